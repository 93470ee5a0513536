"""Demands: who wants whom to do what, with the sentence that says so.

Each token that can carry a demand is tried against the patterns of four modules, one per
way a demand is put (split so that each stays readable and testable alone):
- demand_verbs: the active verb, 'X urged / asked / called on / pressed Y to act', 'X
  demanded a raise', 'X told Y to act', 'we need Y to act';
- demand_frames: passives ('Y was asked to act', 'Called on to explain, Y ...', 'as
  demanded by X'), suggestions ('X suggested Y act') and ultimatums ('threatening to
  strike if Y does not ...');
- demand_nouns: 'a set of demands on Y', 'its calls for Y to act', 'at the urging of X',
  'listed by X as a demand', 'my hope is for Y to act';
- demand_modals: 'Y must / has to / has got to act' (quoted or reported), '"You should
  ..."', 'it is time for Y to act', 'I hope Y will ...', 'I'd like to see Y ...'.
demand_common holds what they share: the party rule (by and of are cast members, named
bodies or group-headed phrases, else null), the subject rule and the wanted-action text.

Every demand needs a party on at least one side and a wanted action that names something;
a question ('Do you want X to ...?') makes no demand. One demand per trigger; the weaker
frames ('at the urging of', a reported hope) only add a demand to a sentence no other
demand came from.

Does NOT handle: demands stated as nouns without a requester or addressee ('the demand for
housing'), imperatives shouted without an addressee ('Resign!'), 'you should ...' aimed at
whoever the speaker faces, or hopes and wishes about oneself ('we want to work with them'
is a wish, not a demand of anyone).
"""

from __future__ import annotations

from spacy.tokens import Token

from digests.analysis import Analysis, Party
from digests.events.demand_common import Voices, is_action_text
from digests.events.demand_frames import (
    DEADLINE_VERBS,
    SUGGEST_VERBS,
    THREAT_VERBS,
    deadline_demand,
    suggestion_demand,
    ultimatum_demand,
)
from digests.events.demand_modals import (
    CHANT_VERBS,
    NECESSITY_WORDS,
    chant_demand,
    hope_demand,
    is_obligation,
    necessity_demand,
    obligation_demand,
    reporter_of,
    see_wish_demand,
)
from digests.events.demand_nouns import noun_demand, urging_demand, wish_for_demand
from digests.events.demand_verbs import is_trigger, verb_demand
from digests.lexicon import HOPE_VERBS
from digests.model import Demand, Quote
from digests.parties import Discourse

HOPE_FORMS = frozenset({"hopes", "hoped", "hoping"})  # the model lemmatises "hopes" as "hop"
SENTENCE_MARKS = frozenset({".", "?", "!"})


def extract_demands(
    an: Analysis, quotes: list[Quote], discourse: Discourse | None = None
) -> list[Demand]:
    """Every demand in article order; one per trigger.

    `quotes` give "I" and "we" inside a quote their speaker; `discourse` (from the quote
    reader) says which cast member spoke each quote.
    """
    discourse = discourse or Discourse.of(an)
    voices = _quote_speakers(an, quotes, discourse)
    found: list[tuple[Token, bool, tuple]] = []
    for tok in an.doc:
        if tok.idx < an.headline_end:
            continue  # a headline restates the story; the body carries the demand
        hit = _demand_at(an, tok, voices)
        if hit is None:
            continue
        primary, (by, of, text) = hit
        if (by is None and of is None) or not is_action_text(text):
            continue  # nobody named on either side, or nothing named as wanted
        if _is_question(an, tok):
            continue
        found.append((tok, primary, (by, of, text)))
    return _one_per_trigger(an, found)


def _one_per_trigger(an: Analysis, found: list[tuple[Token, bool, tuple]]) -> list[Demand]:
    """Drop repeats (same sentence, same parties), demands nested in another's wanted act,
    and secondary frames in a sentence that already has a verb demand."""
    primary_sents = {tok.sent.start for tok, primary, _ in found if primary}
    triggers = {tok.i for tok, _, _ in found}
    demands: list[Demand] = []
    seen: set[tuple] = set()
    for tok, primary, (by, of, text) in found:
        if not primary and tok.sent.start in primary_sents:
            continue
        if any(a.i in triggers for a in tok.ancestors):
            continue  # "wants the mayor to direct the police to ...": part of the outer demand
        key = (tok.sent.start, by.name if by else None, of.name if of else None)
        if key in seen:
            continue
        seen.add(key)
        demands.append(
            Demand(
                by=by.name if by else None,
                of=of.name if of else None,
                text=text,
                evidence=an.sentence_of(tok),
            )
        )
    return demands


def _quote_speakers(an: Analysis, quotes: list[Quote], discourse: Discourse) -> Voices:
    by_quote: dict[int, Party | None] = {}
    starts = {q.start: q for q in quotes}
    for qi, span in enumerate(an.quotes):
        q = starts.get(span.start)
        if q is None or not q.speaker:
            by_quote[qi] = None
            continue
        person = discourse.speakers.get(qi)
        by_quote[qi] = Party(name=q.speaker, kind=q.speaker_kind or "named", person=person)
    return Voices(by_quote, discourse)


def _demand_at(an: Analysis, tok: Token, voices: Voices) -> tuple[bool, tuple] | None:
    """(primary, (by, of, text)) for the pattern this token triggers, if any."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB":
        found = None
        if is_trigger(tok):
            found = verb_demand(an, tok, voices)
        elif lemma in SUGGEST_VERBS:
            found = suggestion_demand(an, tok, voices)
        elif lemma in THREAT_VERBS:
            found = ultimatum_demand(an, tok, voices)
        elif lemma in DEADLINE_VERBS:
            found = deadline_demand(an, tok, voices)
        elif lemma in CHANT_VERBS:
            found = chant_demand(an, tok, voices)
        elif lemma == "see":
            found = see_wish_demand(an, tok, voices)
        elif lemma in HOPE_VERBS or tok.lower_ in HOPE_FORMS:
            found = hope_demand(an, tok, voices)
            if found is not None and not an.in_quote(tok):
                return False, found  # a reported hope: weaker than a demand beside it
        reported = an.in_quote(tok) or reporter_of(an, tok) is not None
        if found is None and reported and is_obligation(tok):
            found = obligation_demand(an, tok, voices)
        return (True, found) if found is not None else None
    if tok.lemma_ in NECESSITY_WORDS and tok.pos_ in {"NOUN", "ADJ"}:
        found = necessity_demand(an, tok, voices)
        return (True, found) if found is not None else None
    if tok.pos_ == "NOUN":
        found = noun_demand(an, tok, voices) or wish_for_demand(an, tok, voices)
        if found is not None:
            return True, found
        found = urging_demand(an, tok, voices)
        return (False, found) if found is not None else None
    return None


def _is_question(an: Analysis, tok: Token) -> bool:
    """A sentence that asks ('Do you want X to ...?') puts a question, not a demand.

    Inside a quote the question mark may come before the attribution ('"Do you want X
    ...?" she said'), so the clause ends at the first sentence mark after the trigger.
    """
    sent = tok.sent
    qi = an.token_quote[tok.i]
    for t in an.doc[tok.i : sent.end]:
        if qi >= 0 and an.token_quote[t.i] != qi:
            break
        if t.text in SENTENCE_MARKS:
            return t.text == "?"
    last = next((t for t in reversed(sent) if not (t.is_space or t.is_quote)), None)
    return last is not None and last.text == "?"
