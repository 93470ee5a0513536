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

from typing import Protocol

from digests.analysis import Analysis, Party
from digests.events.adjuncts import adjunct_verb, object_tokens
from digests.events.arguments import (
    event_clause,
    is_group_gathering,
    participants,
    party_key,
    previous_parties,
    subject_keys,
)
from digests.events.clause_parties import sentence_parties
from digests.events.merge import (
    SERIES_NOUNS,
    Mention,
    absorb,
    adjacent,
    fill_in,
    is_earlier,
    merge_or_add,
    next_session,
    resumes,
    take_place,
)
from digests.events.modality import read_modality
from digests.events.occasions import by_occasion, named_in, occasions
from digests.events.pairs import nearest_pair
from digests.events.place import (
    arrival_place,
    compound_place,
    dateline_place,
    destination_place,
    sentence_place,
    where_of,
)
from digests.events.precision import (
    arranged,
    called_off,
    calls_a_body,
    inanimate_doer,
    own_session,
    reporter_clause,
)
from digests.events.provenance import (
    LAST_MEETING,
    PREVIOUS_SENTENCE,
    SAME_CLAUSE,
    SENTENCE,
    SESSION,
    STORY_PAIR,
    describe,
)
from digests.events.separate import (
    is_sequel,
    one_by_one,
    sequel_clauses,
    split_by_counterpart,
)
from digests.events.time_place import days_differ, status_of, times_differ, when_of
from digests.events.triggers import is_anaphoric, is_specific, trigger_node
from digests.model import Meeting
from digests.parties import Discourse


class MeetingChooser(Protocol):
    """The last say on which meetings are reported (the learned scorer, meeting_scorer.py):
    given the rules' meetings, returns those to report, with any it adds."""

    def choose(
        self, an: Analysis, mentions: list[Mention], discourse: Discourse
    ) -> list[Mention]: ...


def extract_meetings(
    an: Analysis, discourse: Discourse | None = None, chooser: MeetingChooser | None = None
) -> list[Meeting]:
    """Every meeting the article reports, in order of first mention.

    `discourse` (from the quote reader) lets "he" and "the company" resolve to whoever last
    spoke; without it they resolve from the text alone. `chooser`, when given, decides from
    the rules' meetings which to report; without it the rules' meetings are reported.
    """
    discourse = discourse or Discourse.of(an)
    mentions: list[Mention] = []
    pending: Mention | None = None  # "an historic meeting Tuesday": time known, parties later
    for tok in an.doc:
        node = trigger_node(tok, an.text)
        if node is None or an.in_quote(tok) or tok.idx < an.headline_end:
            continue
        reading = read_modality(node)
        if mentions and called_off(node, reading, mentions[-1], an.sentence_number(node)):
            mentions.pop()  # "X was due to meet Y. The meeting was cancelled."
        if not reading.is_real or inanimate_doer(node) or calls_a_body(node):
            continue
        earlier = [(m.sent_no, m.parties) for m in mentions]
        lone = is_anaphoric(node) and bool(mentions)
        rules: dict = {}  # each party's argument rule, and the stage that added the others
        parties = participants(an, node, earlier, discourse, lone_actor=lone, rules=rules)
        stage: dict = {}
        from_sentence = False
        session = next_session(an, node, mentions) if not parties else None
        if session is not None:
            session.why = (describe(node, session.parties, {}, _all(session.parties, SESSION)),)
            merge_or_add(mentions, session)  # "talks resume Thursday": the same talks again
            continue
        tense = node  # the word whose tense gives the status
        if not parties and (continuing := resumes(node)) is not None:
            # "Talks resumed on Monday" after a sentence naming both sides: theirs
            before = previous_parties(an, node, discourse)
            if len(before) < 2:
                before = nearest_pair(an, node, earlier, reach=1)  # "an offer from Y"
            if len(before) >= 2:
                parties, stage, tense = before, _all(before, PREVIOUS_SENTENCE), continuing
        if not parties and not mentions and is_anaphoric(node):
            # "The talks on Friday ended without a deal" in a story that has so far told only
            # of a dispute between two parties: their talks
            parties = nearest_pair(an, node, earlier, reach=1)
            stage = _all(parties, STORY_PAIR)
        if not parties and mentions and is_earlier(node) and when_of(node):
            parties = list(mentions[-1].parties)  # "their last meeting, in May": theirs again
            stage = _all(parties, LAST_MEETING)
        if not parties and is_anaphoric(node) and mentions:
            fill_in(mentions[-1], node, an)  # "the meeting" again: maybe its time or place
            continue
        if is_specific(node) or len(parties) == 1:
            keys = {party_key(p) for p in parties}
            specific = is_specific(node)
            # the counterpart is named in the trigger's own clause, not in a clause of its
            # own elsewhere in the sentence; "X said Y was summoned": X's clause
            clause = reporter_clause(node) or event_clause(node)
            found = sentence_parties(an, node, discourse, within=clause)
            extra = [p for p in found if party_key(p) not in keys]
            if len(parties) >= 2 and is_sequel(node):
                extra = []  # "met A, then met B": A was at the meeting before this one
            later = {
                party_key(p)
                for v in sequel_clauses(node)
                for p in sentence_parties(an, v, discourse, within=v)
            }
            extra = [p for p in extra if party_key(p) not in later]  # B: the next meeting's
            act = adjunct_verb(node)
            if act is not None and trigger_node(act, an.text) is None:
                # "X criticised Y after a cabinet meeting": Y is the criticism's, not the meeting's
                objects = object_tokens(act)
                extra = [p for p in extra if not named_in(an, p, objects)]
            if not specific:
                extra = [p for p in extra if p.person is None] or extra[:1]
            from_sentence = not parties
            stage |= _all(extra, SENTENCE if len(parties) < 2 else SAME_CLAUSE)
            parties = parties + extra
        own = any(c.dep_ == "poss" for c in node.children)  # "the council's meeting"
        if (
            len(parties) == 1
            and not own
            and not is_group_gathering(node, parties[0])
            and not own_session(node, parties[0])
        ):
            # "He then met the press secretary" with one party: the other is who the
            # previous sentence put on stage
            keys = {party_key(parties[0])}
            before = [p for p in previous_parties(an, node, discourse) if party_key(p) not in keys]
            stage |= _all(before, PREVIOUS_SENTENCE)
            parties = parties + before
        own_place = where_of(an, node) or compound_place(node, [p.name for p in parties])
        mention = Mention(
            parties=parties,
            when=when_of(node),
            where=own_place or sentence_place(an, node) or destination_place(an, node),
            status=status_of(tense),
            evidence=an.sentence_of(node),
            sent_no=an.sentence_number(node),
            from_sentence=from_sentence,
            keys=frozenset(party_key(p) for p in parties),
            sent_end=node.sent.end,
            by_verb=node.pos_ == "VERB",
        )
        mention.earlier = is_earlier(node)
        mention.planned = arranged(node)
        mention.why = (describe(node, parties, rules, stage),)
        mention.weak_where = own_place is None
        if mention.where is None:
            mention.where = arrival_place(an, node, [p.name for p in parties])
            mention.weak_where = True
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
            and adjacent(pending, node)
        ):
            mention.when = mention.when or pending.when
            take_place(mention, pending.where, pending.weak_where)
        pending = None
        if (
            is_anaphoric(node)
            and mentions
            and not mention.earlier
            and not _between_others(node, mention, mentions[-1])
            and not days_differ(mention.when, mentions[-1].when)
        ):
            absorb(mentions[-1], mention)
            continue
        split = [mention]
        if one_by_one(node):
            split = split_by_counterpart(mention, subject_keys(an, node, discourse))
        for one in split:
            for each in by_occasion(an, one, occasions(an, node), node):
                merge_or_add(mentions, each)
    # a meeting with one party ("the council meeting") waited for later mentions to name
    # who else was there; alone it is not reported
    dateline = dateline_place(an)
    mentions = [m for m in _one_per_sentence(mentions) if len(m.parties) >= 2 or m.gathering]
    if chooser is not None:
        mentions = chooser.choose(an, mentions, discourse)
    return [
        Meeting(
            participants=[p.name for p in m.parties],
            when=m.when,
            where=m.where or dateline,
            status=m.status,  # type: ignore[arg-type]
            evidence=m.evidence,
            provenance=list(m.why),
        )
        for m in mentions
    ]


def _all(parties: list[Party], stage: str) -> dict:
    """The stage that added these parties, by party key."""
    return {party_key(p): stage for p in parties}


def _between_others(node, mention: Mention, last: Mention) -> bool:
    """'the talks between X and Y' after a meeting of A and B: a definite noun whose own
    between-phrase names two parties, none of them the last meeting's, is another meeting."""
    between = any(c.dep_ == "prep" and c.lower_ == "between" for c in node.children)
    return between and len(mention.keys) >= 2 and not mention.keys & last.keys


def _one_per_sentence(mentions: list[Mention]) -> list[Mention]:
    """Two mentions with the same parties told in the same sentence, with no time of their
    own that differs, are one meeting read twice ("the meeting ... since the sides met")."""
    kept: list[Mention] = []
    for m in mentions:
        twin = next(
            (
                k
                for k in kept
                if k.evidence == m.evidence
                and k.keys == m.keys
                and not (k.occasion and m.occasion and k.occasion != m.occasion)
                and not times_differ(k.when, m.when)
            ),
            None,
        )
        if twin is None:
            kept.append(m)
        else:
            twin.when = twin.when or m.when
            take_place(twin, m.where, m.weak_where)
    return kept
