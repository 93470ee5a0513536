"""Meeting candidates for the learned scorer: the rules' meetings plus a broader recall layer.

The rules (meetings.py) read a meeting's parties from the parse and miss meetings whose
grammar they do not cover. The recall layer adds, for every sentence the rules left alone,
a co-occurrence candidate: a meeting word (any lemma of the frame lexicon, strict sense
check or not) with two or more named parties in its sentence: the parties the rules would
name ("cooccur"), else the model's entities as written, quotes and headline included
("entities"). Each candidate
keeps the token that triggered it, so meeting_features.py can describe it without a second
parse; meeting_scorer.py decides which candidates to keep.

Does NOT handle: meetings told across sentences (a trigger in one, parties in the next);
the rules' own fallbacks cover some of those.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from digests.analysis import Analysis, Party, strip_possessive
from digests.entities import entity_at
from digests.events.clause_parties import sentence_parties
from digests.events.frames import (
    COUNTERPART_VERBS,
    EVENT_NOUNS,
    HEARING_VERBS,
    PARTNER_NOUNS,
    PARTNER_VERBS,
)
from digests.events.merge import Mention
from digests.events.place import sentence_place, where_of
from digests.events.time_place import status_of, times_differ, when_of
from digests.events.triggers import trigger_node
from digests.parties import Discourse, person_party
from digests.party_rule import PARTY_ENTS, party_key

# Every meeting word of the lexicon, by lemma (and lower-cased form for nouns like "talks").
MEETING_WORDS = frozenset(
    {w for lexicon in (COUNTERPART_VERBS, PARTNER_VERBS, HEARING_VERBS) for w in lexicon}
    | set(EVENT_NOUNS)
    | set(PARTNER_NOUNS)
    | {"talk", "negotiate", "mediate", "mediator", "sideline", "sidelines"}
) - {"call_in", "appear"}
# A sentence with more named parties than this lists a crowd, not who met.
MAX_PARTIES = 6


@dataclass
class Candidate:
    """One meeting the scorer may keep: its mention, the token that reports it, and where
    it came from ("rule": the grammar's meeting; "cooccur": the recall layer)."""

    mention: Mention
    trigger: Token
    source: str
    strict: bool  # the trigger passes the rules' sense check (trigger_node)
    repeats: bool = False  # shares two parties with an earlier candidate
    new_time: bool = False  # ... and states a time none of those states


def meeting_candidates(
    an: Analysis, mentions: list[Mention], discourse: Discourse
) -> list[Candidate]:
    """The rules' meetings (in their order), then the recall layer's, in article order.

    A recall candidate that shares two parties with an earlier candidate is marked as a
    repeat (and as a new occasion when it states a time of its own): the scorer weighs
    both, since a story tells one meeting many times and sometimes the same sides' next one.
    """
    found = [_rule_candidate(an, m) for m in mentions]
    taken = {m.sent_no for m in mentions}
    for k, sent in enumerate(an.sents):
        if k in taken:
            continue
        cand = _cooccurrence(an, k, sent, discourse)
        if cand is None:
            continue
        earlier = [c.mention for c in found if len(c.mention.keys & cand.mention.keys) >= 2]
        cand.repeats = bool(earlier)
        when = cand.mention.when
        cand.new_time = bool(earlier) and all(times_differ(when, e.when) for e in earlier)
        found.append(cand)
    return found


def _rule_candidate(an: Analysis, mention: Mention) -> Candidate:
    """The rules' meeting with its trigger: the first meeting word of its sentence that
    passes the sense check (the rules found it there), else the first meeting word."""
    sent = an.sents[mention.sent_no] if 0 <= mention.sent_no < len(an.sents) else None
    trigger, strict = None, False
    if sent is not None:
        words = [t for t in sent if _meeting_word(t)]
        trigger = next((t for t in words if trigger_node(t, an.text) is not None), None)
        strict = trigger is not None
        trigger = trigger or (words[0] if words else sent.root)
    else:
        trigger = an.doc[0]
    return Candidate(mention=mention, trigger=trigger, source="rule", strict=strict)


def _cooccurrence(an: Analysis, k: int, sent: Span, discourse: Discourse) -> Candidate | None:
    """The sentence's first meeting word (outside quotes and passing the sense check when
    one does), when two to MAX_PARTIES named parties share the sentence with it: the
    parties the rules would name, else the model's entities as written ("entities")."""
    words = [t for t in sent if _meeting_word(t)]
    if not words:
        return None
    ranked = sorted(words, key=lambda t: (an.in_quote(t), trigger_node(t, an.text) is None, t.i))
    trigger = ranked[0]
    source = "cooccur"
    parties = [p for p in sentence_parties(an, trigger, discourse) if p.kind != "pronoun"]
    if len(parties) < 2:
        parties, source = _entity_parties(an, sent), "entities"
    if not 2 <= len(parties) <= MAX_PARTIES:
        return None
    mention = Mention(
        parties=parties,
        when=when_of(trigger),
        where=where_of(an, trigger) or sentence_place(an, trigger),
        status=status_of(trigger),
        evidence=an.sentence_of(trigger),
        sent_no=k,
        from_sentence=True,
        keys=frozenset(party_key(p) for p in parties),
        sent_end=sent.end,
        by_verb=trigger.pos_ == "VERB",
    )
    strict = trigger_node(trigger, an.text) is not None
    return Candidate(mention=mention, trigger=trigger, source=source, strict=strict)


def _entity_parties(an: Analysis, sent: Span) -> list[Party]:
    """The sentence's people, organisations, places and nationalities as the model marks
    them, quotes and headline included: a cast member by the cast's name, the rest by
    their own text."""
    found: dict = {}
    for t in sent:
        if t.ent_iob_ != "B" or t.ent_type_ not in PARTY_ENTS:
            continue
        ent = entity_at(t)
        if ent is None:
            continue
        idx = an.cast.person_at(t)
        if idx is not None:
            party = person_party(an, idx, "named")
        else:
            kind = "named" if ent.label_ == "PERSON" else "organization"
            party = Party(name=strip_possessive(ent.text), kind=kind)
        found.setdefault(party_key(party), party)
    return list(found.values())


def _meeting_word(tok: Token) -> bool:
    if tok.pos_ not in {"VERB", "NOUN", "PROPN"}:
        return False
    return tok.lemma_.lower() in MEETING_WORDS or tok.lower_ in MEETING_WORDS
