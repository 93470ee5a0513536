"""Meeting events: who met (or will meet) whom, when, where, and whether it is past.

Triggers are meeting verbs ("met with", "will meet", "sit down with", "spoke by phone")
and nouns ("the meeting", "a sit-down", "talks", "summit"). For each trigger outside a
quote:
- participants: the trigger's subject and with-/between-objects, coordinated names,
  the holder of a held/attended meeting, "the pair"/"the two sides" as the last two
  parties; failing those, the people named in the same sentence;
- when: the nearest date or time expression in the sentence;
- where: an at/in phrase naming a facility, place or organisation;
- status: from tense, modals and words like "will", "scheduled", "last".
Mentions of the same meeting (same parties, same status) merge into one.

Does NOT handle: meetings only proposed or demanded ("urged the dean to sit down with
tenants" is a demand), habitual meetings ("those meetings usually include ..."), or meetings
reported only inside quotes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from digests.analysis import Analysis, Party
from digests.events.arguments import (
    is_group_gathering,
    participants,
    party_key,
    sentence_parties,
)
from digests.events.modality import read_modality
from digests.events.time_place import days_differ, same_day, status_of, when_of, where_of
from digests.events.triggers import is_anaphoric, is_specific, trigger_node
from digests.model import Meeting
from digests.parties import Discourse

# Talks that run in sessions, the verbs that start another, the nouns for one session.
SESSION_NOUNS = frozenset({"talk", "talks", "negotiation", "negotiations", "discussion"})
CONTINUE_VERBS = frozenset({"resume", "continue", "reconvene", "restart"})
ROUND_NOUNS = frozenset({"round", "session", "day", "week"})
SESSION_REACH = 4  # sentences: a later session is told close to the talks it continues
# Plural nouns that report several meetings ("bilateral meetings with ..."); "talks" is one.
SERIES_NOUNS = frozenset({"meeting", "conversation", "discussion", "call", "session"})
# A mention is folded into one of the last MERGE_REACH meetings found, no further back:
# comparing each with every earlier one made a book-length text quadratic (news articles
# report a handful of meetings, far below the reach)
MERGE_REACH = 200


@dataclass
class _Mention:
    parties: list[Party]
    when: str | None
    where: str | None
    status: str
    evidence: str
    sent_no: int = 0
    from_sentence: bool = False
    keys: frozenset = field(default_factory=frozenset)
    sent_end: int = 0
    by_verb: bool = False
    gathering: bool = False  # one group meeting among itself: "the leaders met"
    series: bool = False  # "held meetings with ...": several meetings, not one


def extract_meetings(an: Analysis, discourse: Discourse | None = None) -> list[Meeting]:
    """Every meeting the article reports, in order of first mention.

    `discourse` (from the quote reader) lets "he" and "the company" resolve to whoever last
    spoke; without it they resolve from the text alone.
    """
    discourse = discourse or Discourse.of(an)
    mentions: list[_Mention] = []
    pending: _Mention | None = None  # "an historic meeting Tuesday": time known, parties later
    for tok in an.doc:
        node = trigger_node(tok, an.text)
        if node is None or an.in_quote(tok) or tok.idx < an.headline_end:
            continue
        if not read_modality(node).is_real:
            continue
        earlier = [m.parties for m in mentions]
        lone = is_anaphoric(node) and bool(mentions)
        parties = participants(an, node, earlier, discourse, lone_actor=lone)
        from_sentence = False
        session = _next_session(an, node, mentions) if not parties else None
        if session is not None:
            _merge_or_add(mentions, session)  # "talks resume Thursday": the same talks again
            continue
        if not parties and is_anaphoric(node) and mentions:
            _fill_in(mentions[-1], node, an)  # "the meeting" again: maybe its time or place
            continue
        if len(parties) < 2 and is_specific(node):
            keys = {party_key(p) for p in parties}
            extra = [p for p in sentence_parties(an, node, discourse) if party_key(p) not in keys]
            from_sentence = not parties
            parties = parties + extra
        mention = _Mention(
            parties=parties,
            when=when_of(node),
            where=where_of(an, node),
            status=status_of(node),
            evidence=an.sentence_of(node),
            sent_no=an.sentence_number(node),
            from_sentence=from_sentence,
            keys=frozenset(party_key(p) for p in parties),
            sent_end=node.sent.end,
            by_verb=node.pos_ == "VERB",
        )
        mention.series = node.tag_ == "NNS" and node.lemma_.lower() in SERIES_NOUNS
        mention.gathering = len(parties) == 1 and is_group_gathering(node, parties[0])
        if len(parties) < 2 and (from_sentence or not parties):
            if mention.when or mention.where:
                pending = mention
            continue
        # a time told just before the parties carries over; talks going on take it too
        if (
            pending is not None
            and (pending.status == mention.status or mention.status == "ongoing")
            and _adjacent(pending, node)
        ):
            mention.when = mention.when or pending.when
            mention.where = mention.where or pending.where
        pending = None
        if is_anaphoric(node) and mentions and not days_differ(mention.when, mentions[-1].when):
            _absorb(mentions[-1], mention)
            continue
        _merge_or_add(mentions, mention)
    # a meeting with one party ("the council meeting") waited for later mentions to name
    # who else was there; alone it is not reported
    return [
        Meeting(
            participants=[p.name for p in m.parties],
            when=m.when,
            where=m.where,
            status=m.status,  # type: ignore[arg-type]
            evidence=m.evidence,
        )
        for m in mentions
        if len(m.parties) >= 2 or m.gathering
    ]


def _next_session(an: Analysis, node: Token, mentions: list[_Mention]) -> _Mention | None:
    """'Talks resume this week', 'an earlier round had taken place in May', 'negotiations,
    which will continue Thursday': talks with no parties of their own, resumed, continued or
    held at a time of their own, are another session of the talks just reported.

    Only within a few sentences of that report, and only with a stated time.
    """
    if not mentions or node.lemma_.lower() not in SESSION_NOUNS:
        return None
    last = mentions[-1]
    if an.sentence_number(node) - last.sent_no > SESSION_REACH or len(last.parties) < 2:
        return None
    head = _session_head(node)
    verb = None
    if head.dep_ in {"nsubj", "nsubjpass"} and _continues(head.head):
        verb = head.head
    else:
        verb = next((c for c in head.children if c.dep_ == "relcl" and _continues(c)), None)
    if verb is None:
        return None
    when = when_of(verb)
    if when is None or when == last.when:
        return None
    return _Mention(
        parties=list(last.parties),
        when=when,
        where=where_of(an, verb),
        status=status_of(verb),
        evidence=an.sentence_of(node),
        sent_no=an.sentence_number(node),
        keys=last.keys,
        sent_end=node.sent.end,
        by_verb=True,
    )


def _session_head(node: Token) -> Token:
    """'a second round of negotiations': the round stands for the talks in the clause."""
    holder = node.head.head
    if node.dep_ == "pobj" and node.head.lower_ == "of" and holder.lemma_.lower() in ROUND_NOUNS:
        return holder
    return node


def _continues(verb: Token) -> bool:
    """resume / continue / reconvene, or a passive 'was held'."""
    lemma = verb.lemma_.lower()
    if lemma in CONTINUE_VERBS:
        return True
    return lemma == "hold" and any(c.dep_ == "auxpass" for c in verb.children)


def _fill_in(target: _Mention, node: Token, an: Analysis) -> None:
    """'the meeting' again, with no parties: maybe its time or place; it is recent again."""
    target.sent_no = max(target.sent_no, an.sentence_number(node))
    if status_of(node) != target.status:
        return
    target.when = target.when or when_of(node)
    target.where = target.where or where_of(an, node)


def _adjacent(pending: _Mention, node: Token) -> bool:
    """A pending time or place carries over to the same or the next sentence only."""
    return node.sent.start <= pending.sent_end + 1 and pending.sent_end <= node.sent.end


def _absorb(target: _Mention, new: _Mention) -> None:
    target.sent_no = max(target.sent_no, new.sent_no)
    for p in new.parties:
        k = party_key(p)
        if k not in target.keys:
            target.parties.append(p)
            target.keys = target.keys | {k}
    target.when = target.when or new.when
    target.where = target.where or new.where


def _merge_or_add(mentions: list[_Mention], new: _Mention) -> None:
    """Fold a mention into an earlier one about the same meeting.

    Same meeting: same status, and the same parties (one set within the other), or a
    shared named person, or the same stated day; never two different stated days.
    Only the last `MERGE_REACH` meetings are looked at.
    """
    for m in mentions[-MERGE_REACH:]:
        if days_differ(new.when, m.when):
            continue
        same_parties = new.keys <= m.keys or m.keys <= new.keys
        ongoing = "ongoing" in {m.status, new.status} and same_parties
        if m.status != new.status and not ongoing:
            if not same_day(new.when, m.when):
                continue
            if new.by_verb and not m.by_verb:
                m.status = new.status  # a verb's tense beats a noun's surroundings
        # the same stated day joins mentions, unless each names different people
        people_new = {k for k in new.keys if isinstance(k, int)}
        people_old = {k for k in m.keys if isinstance(k, int)}
        # a shared person joins them unless each also names someone the other does not
        # ("X held talks with Y" and "X met Z" are two meetings)
        shared_person = bool(people_new & people_old) and (
            people_new <= people_old or people_old <= people_new
        )
        one_day = same_day(new.when, m.when) and not (people_new and people_old)
        if (m.series or new.series) and not same_parties:
            continue  # a series of meetings does not take in one meeting of it
        if not (same_parties or shared_person or one_day):
            continue
        for p in new.parties:
            if party_key(p) not in m.keys:
                m.parties.append(p)
        m.keys = m.keys | new.keys
        m.when = m.when or new.when
        m.where = m.where or new.where
        return
    mentions.append(new)
