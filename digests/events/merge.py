"""Merge: repeat mentions of one meeting become one entry; separate sessions stay apart.

The last stage of the meeting pipeline (triggers -> arguments -> modality -> merge). A story
reports a summit in its lead, again in paragraph four ("the meeting lasted two hours"), and
names the next round ("talks resume Thursday"). Mentions with the same parties and no
conflicting day fold into one; "the meeting" with no parties of its own lends its time or
place to the last one; a resumed or later round with a day of its own is another session.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from digests.analysis import Analysis, Party
from digests.events.place import where_of
from digests.events.time_place import days_differ, same_day, status_of, times_differ, when_of
from digests.party_rule import party_key

# Talks that run in sessions, the verbs that start another, the nouns for one session.
SESSION_NOUNS = frozenset({"talk", "talks", "negotiation", "negotiations", "discussion"})
CONTINUE_VERBS = frozenset({"resume", "continue", "reconvene", "restart", "reopen"})
ROUND_NOUNS = frozenset({"round", "session", "day", "week"})
SESSION_REACH = 4  # sentences: a later session is told close to the talks it continues
# Plural nouns that report several meetings ("bilateral meetings with ..."); "talks" is one.
SERIES_NOUNS = frozenset({"meeting", "conversation", "discussion", "call", "session"})
# A mention is folded into one of the last MERGE_REACH meetings found, no further back:
# comparing each with every earlier one made a book-length text quadratic (news articles
# report a handful of meetings, far below the reach)
MERGE_REACH = 200


@dataclass
class Mention:
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
    earlier: bool = False  # "the two last met in May": a meeting before the one reported
    # the place was only named elsewhere in the sentence ("met, ahead of the summit in
    # Brazil"), not on the meeting itself: a later mention's own place replaces it
    weak_where: bool = False
    # why it is reported: one MeetingProvenance per mention folded in (provenance.py)
    why: tuple = ()
    # which of the occasions its sentence tells ("met in X in March and in Y in June"):
    # two occasions of one sentence are two meetings (occasions.py)
    occasion: int = 0
    # only arranged when told ("was due to meet", "will meet"): a cancellation just after
    # takes it back (precision.called_off)
    planned: bool = False


def take_place(target: Mention, where: str | None, weak: bool = False) -> None:
    """Give `target` a place from another mention of the same meeting: a place of its own
    fills a gap, and replaces a place the first mention only took from its sentence
    ("...met ahead of the summit in Brazil. They held the talks at the hotel in Rio")."""
    if where and (target.where is None or target.weak_where and not weak):
        target.where = where
        target.weak_where = weak


def next_session(an: Analysis, node: Token, mentions: list[Mention]) -> Mention | None:
    """'Talks resume this week', 'an earlier round had taken place in May', 'negotiations,
    which will continue Thursday': talks with no parties of their own, resumed, continued or
    held at a time of their own, are another session of the talks just reported.

    Only within a few sentences of that report, and only with a stated time.
    """
    another = _another(node)
    if not mentions or node.lemma_.lower() not in SESSION_NOUNS and not another:
        return None
    last = mentions[-1]
    if an.sentence_number(node) - last.sent_no > SESSION_REACH or len(last.parties) < 2:
        return None
    head = _session_head(node)
    verb = None
    if head.dep_ in {"nsubj", "nsubjpass"} and (another or _continues(head.head)):
        verb = head.head  # "another meeting is set for Friday": the next one of theirs
    else:
        verb = next((c for c in head.children if c.dep_ == "relcl" and _continues(c)), None)
    if verb is None:
        return None
    when = when_of(verb)
    if when is None or when == last.when:
        return None
    return Mention(
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


# "another meeting", "a second round", "a follow-up session": a new occasion of the same talks
ANOTHER_WORDS = frozenset({"another", "second", "third", "fourth", "further", "follow-up"})


def _another(node: Token) -> bool:
    """'another meeting', 'a second session', 'a follow-up meeting' (the noun or its round)."""
    nodes = [node, _session_head(node)]
    return any(
        c.dep_ in {"det", "amod", "compound"}
        and c.doc[c.left_edge.i : c.right_edge.i + 1].text.lower() in ANOTHER_WORDS
        for n in nodes
        for c in n.children
    )  # the whole modifier: "follow-up" is three tokens


def resumes(node: Token) -> Token | None:
    """'Talks resumed on Monday', 'the negotiations will continue': a session noun (with no
    holder or partner of its own) as the subject of a verb of continuing. Said after a
    sentence naming two sides, the talks are theirs (meetings.py takes them from it).
    The verb of continuing (its tense is the talks' status), or None."""
    if node.lemma_.lower() not in SESSION_NOUNS or _another(node):
        return None
    head = _session_head(node)
    if any(c.dep_ in {"poss", "prep"} and c.lower_ != "on" for c in head.children):
        return None
    if head.dep_ == "ROOT":  # "Negotiations restarted on Tuesday", misparsed as a noun's acl
        return next((c for c in head.children if c.dep_ == "acl" and _continues(c)), None)
    if head.dep_ in {"nsubj", "nsubjpass"} and _continues(head.head):
        return head.head
    return None


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


# Words that place a meeting before the one a story reports: "last met", "a previous summit".
EARLIER_WORDS = frozenset({"last", "previously", "previous", "earlier", "prior", "once"})


def is_earlier(node: Token) -> bool:
    """'The two last met in May', 'at the previous summit': an earlier meeting of theirs
    (the parser may read 'the two last' as the subject 'last'); 'last met for a meeting':
    the verb a meeting noun hangs on says it too."""
    nodes = [node]
    if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.pos_ == "VERB":
        nodes.append(node.head.head)
    return any(
        (c.dep_ in {"advmod", "amod"} or c.dep_ == "nsubj" and c.lower_ == "last")
        and c.lower_ in EARLIER_WORDS
        and c.i < n.i
        for n in nodes
        for c in n.children
    )


def fill_in(target: Mention, node: Token, an: Analysis) -> None:
    """'the meeting' again, with no parties: maybe its time or place; it is recent again."""
    target.sent_no = max(target.sent_no, an.sentence_number(node))
    if status_of(node) != target.status:
        # "an attempt to spark talks fizzled. The meeting lasted an hour in X": a tense
        # read off an infinitive may differ, yet "the meeting" still places the only one
        if target.where is None:
            take_place(target, where_of(an, node))
        return
    target.when = target.when or when_of(node)
    take_place(target, where_of(an, node))


def adjacent(pending: Mention, node: Token) -> bool:
    """A pending time or place carries over to the same or the next sentence only."""
    return node.sent.start <= pending.sent_end + 1 and pending.sent_end <= node.sent.end


def absorb(target: Mention, new: Mention) -> None:
    target.sent_no = max(target.sent_no, new.sent_no)
    target.why = target.why + new.why
    for p in new.parties:
        k = party_key(p)
        if k not in target.keys:
            target.parties.append(p)
            target.keys = target.keys | {k}
    target.when = target.when or new.when
    take_place(target, new.where, new.weak_where)


def merge_or_add(mentions: list[Mention], new: Mention) -> None:
    """Fold a mention into an earlier one about the same meeting.

    Same meeting: same status, and the same parties (one set within the other), or a
    shared named person, or the same stated day; never two different stated days.
    Only the last `MERGE_REACH` meetings are looked at.
    """
    for m in mentions[-MERGE_REACH:]:
        if days_differ(new.when, m.when) or times_differ(new.when, m.when):
            continue
        occasions = new.occasion and m.occasion and new.evidence == m.evidence
        if occasions and new.occasion != m.occasion:
            continue  # "met in X in March and again in Y in June": two meetings
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
        if m.earlier != new.earlier and (new.when or m.when):
            continue  # "they last met in May" is not the meeting the story reports
        if m.series != new.series or m.series and not same_parties:
            # a series of meetings ("have had only casual meetings") and one meeting
            # ("spoke by phone on Monday") are told apart, even between the same sides
            continue
        if not (same_parties or shared_person or one_day):
            continue
        for p in new.parties:
            if party_key(p) not in m.keys:
                m.parties.append(p)
        m.keys = m.keys | new.keys
        m.why = m.why + new.why
        m.when = m.when or new.when
        take_place(m, new.where, new.weak_where)
        return
    mentions.append(new)
