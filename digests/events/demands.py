"""Demands: who wants whom to do what, with the sentence that says so.

A pipeline in four stages, each in its own module:
1. candidates (demand_triggers): every token that can put a demand, with its frame;
2. arguments, read per frame by general dependency rules: demand_verbs (the active verb,
   'X urged / asked / called on / pressed Y to act'), demand_frames (passives, suggestions,
   ultimatums, deadlines), demand_nouns ('its calls for Y to act', 'a request by X',
   'at the urging of X'), demand_calls ('a plea to Y to act', 'Y faces calls to act'),
   demand_modals (deontic modals and hopes: 'Y must act', 'I hope Y acts', chanted
   slogans); demand_common holds the party, subject and text rules;
3. modality (the shared events.modality): a demand that is negated, refused, denied,
   withdrawn, hypothetical, conditional, asked about or habitual was not made;
4. merge (here): one demand per trigger; repeats in one sentence, demands nested in another's
   wanted act, and weak frames beside a stronger one are dropped.

Every demand needs a party on at least one side and a wanted action that names something.

Does NOT handle: demands stated as nouns without a requester or addressee ('the demand for
housing'), 'you should ...' aimed at whoever the speaker faces, or hopes and wishes about
oneself ('we want to work with them' is a wish, not a demand of anyone).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from digests.analysis import Analysis, Party
from digests.events.demand_calls import call_demand, owned_demand
from digests.events.demand_common import Voices, is_action_text, is_polite_want
from digests.events.demand_frames import (
    THREAT_VERBS,
    deadline_demand,
    suggestion_demand,
    ultimatum_demand,
)
from digests.events.demand_implicit import (
    anaphoric_demand,
    answered,
    implicit_demand,
    modality_anchor,
    renames_clause,
)
from digests.events.demand_modals import (
    chant_demand,
    duty_demand,
    hope_demand,
    necessity_demand,
    need_demand,
    obligation_demand,
    see_wish_demand,
)
from digests.events.demand_nouns import noun_demand, urging_demand, wish_for_demand
from digests.events.demand_petitions import petition_demand
from digests.events.demand_prospect import in_prospect_or_retracted
from digests.events.demand_senses import is_legal_filing, is_market_demand
from digests.events.demand_triggers import (
    DEONTIC_FRAMES,
    WEAK_FRAMES,
    Candidate,
    Frame,
    candidates,
)
from digests.events.demand_verbs import verb_demand
from digests.events.modality import DEONTIC_MODALS, Modality, read_modality
from digests.grammar import noun_host
from digests.model import Demand, Quote
from digests.parties import Discourse

SENTENCE_MARKS = frozenset({".", "?", "!"})
ARGUMENT_READERS = {
    Frame.REQUEST: verb_demand,
    Frame.SUGGESTION: suggestion_demand,
    Frame.ULTIMATUM: ultimatum_demand,
    Frame.DEADLINE: deadline_demand,
    Frame.CHANT: chant_demand,
    Frame.HOPE: hope_demand,
    Frame.SEE_WISH: see_wish_demand,
    Frame.OBLIGATION: obligation_demand,
    Frame.NECESSITY: necessity_demand,
    Frame.PETITION: petition_demand,
    Frame.DUTY: duty_demand,
    Frame.NEED: need_demand,
}
# Verbs a speaker asks with in the first person ('"We demand ..."'), not wishes ('we want').
SPEAKER_ASKS = frozenset("demand urge call insist implore appeal request ask".split())
# Governing words that make a demand an attempt, which is still a demand put ('tried to
# persuade Y to act'), unlike a wish to ask ('wants to ask Y').
ATTEMPTS = frozenset({"try", "attempt", "strive", "seek", "aim"})
# How a conditional threat's own modal and condition read ("would strike unless ...").
PROMISE_CONDITIONS = frozenset({"would", "'d", "unless", "if"})
# How a deontic frame's own word reads: "Y must act" is the demand, not a wish about it.
OWN_DEONTIC = DEONTIC_MODALS | {"like", "love", "want", "wish", "hope"}
# Frames whose demand is known by its owner more than by its words: they give way to a
# demand the same owner states elsewhere in the article ('the union's demands' restate it).
KNOWN_BY_OWNER = frozenset({Frame.OWNED, Frame.IMPLICIT})


@dataclass(frozen=True)
class Found:
    """A candidate whose arguments were read: (by, of, wanted act)."""

    token: Token
    frame: Frame
    by: Party | None
    of: Party | None
    text: str


def extract_demands(
    an: Analysis, quotes: list[Quote], discourse: Discourse | None = None
) -> list[Demand]:
    """Every demand in article order; one per trigger.

    `quotes` give "I" and "we" inside a quote their speaker; `discourse` (from the quote
    reader) says which cast member spoke each quote.
    """
    discourse = discourse or Discourse.of(an)
    voices = _quote_speakers(an, quotes, discourse)
    found: list[Found] = []
    for cand in candidates(an):
        hit = _arguments(an, cand, voices)
        if hit is None:
            continue
        if (hit.by is None and hit.of is None and not _reported_request(an, hit)) or not (
            is_action_text(hit.text)
        ):
            continue  # nobody named on either side, or nothing named as wanted
        if _is_question(an, cand.token) or not _is_made(hit):
            continue
        found.append(hit)
    return _merge(an, found)


def _arguments(an: Analysis, cand: Candidate, voices: Voices) -> Found | None:
    """Stage 2: who asks whom for what, read by the frame's own rules."""
    tok, frame = cand.token, cand.frame
    if frame is Frame.NOUN and is_market_demand(tok):
        return None  # "China's demand for oil rose": a market's, asked of no one
    if frame is Frame.PETITION and is_legal_filing(tok):
        return None  # "filed a petition for bankruptcy": a court filing of one's own
    if frame is Frame.NOUN:
        args = noun_demand(an, tok, voices) or wish_for_demand(an, tok, voices)
        args = args or call_demand(an, tok, voices)
        if args is None:
            args, frame = urging_demand(an, tok, voices), Frame.URGING
        if args is None:
            args, frame = owned_demand(an, tok, voices), Frame.OWNED
        if args is None:
            args, frame = implicit_demand(an, tok, voices), Frame.IMPLICIT
    elif any(c.dep_ == "dobj" and renames_clause(c) for c in tok.children):
        return None  # "wants to act, a demand ...": the noun renames the clause, read there
    else:
        args = ARGUMENT_READERS[frame](an, tok, voices)
        if args is None and frame is Frame.REQUEST:
            args = anaphoric_demand(an, tok, voices)
    if args is None:
        return None
    by, of, text = args
    return Found(tok, frame, by, of, text)


def _reported_request(an: Analysis, hit: Found) -> bool:
    """A request verb with neither side named as a party ('Officials were asked to explain
    the delay'): still a demand, with by and of null. Not a plain present ('they call for
    attacks' says what some do, not a demand made)."""
    tok = hit.token
    if hit.frame is Frame.REQUEST and _speaker_asks(an, tok):
        return True  # '"We demand justice"' in a quote its sentence does not attribute
    present = {"VBP", "VBZ"}
    shared = tok.dep_ == "conj" and tok.head.tag_ in present  # "they post videos and call for"
    base = tok.tag_ == "VB" and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children)
    return hit.frame is Frame.REQUEST and tok.tag_ not in present and not shared and not base


def _speaker_asks(an: Analysis, tok: Token) -> bool:
    """'"We demand justice"', '"I urge the council to act"': a speaker's own demand, in the
    present of speaking, whoever the quote turns out to be by."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    own = subj is not None and subj.lower_ in {"we", "i"}
    return own and an.in_quote(tok) and tok.tag_ == "VBP" and tok.lemma_.lower() in SPEAKER_ASKS


def _is_made(hit: Found) -> bool:
    """Stage 3: the shared modality reading says the demand was put.

    A deontic frame's own modal is the demand ('Y must act'); an attempt to persuade is a
    demand put; a request someone else rejected was still made ('the board rejected a
    request by the union').
    """
    anchor = modality_anchor(hit.token) if hit.frame is Frame.IMPLICIT else hit.token
    if _adjunct(anchor):
        anchor = anchor.head  # "opposed the plan, pressing for an inquiry": as its clause is
    if in_prospect_or_retracted(anchor):
        return False  # "plans to ask X", "stopped short of urging X": not put to anyone
    reading = read_modality(anchor)
    host = noun_host(anchor) if hit.frame is Frame.NOUN else anchor
    if host.i != anchor.head.i and reading.reason != "no":
        # "made a demand for X to act", parsed with the noun as the subject of 'to act': the
        # demand is made as 'made' is, not as 'act' reads
        reading = read_modality(host)
    if hit.frame is Frame.ULTIMATUM and hit.token.lemma_.lower() not in THREAT_VERBS:
        # "will strike unless Y pays": the promise and its condition are the demand; so is a
        # refusal promised ("won't attend unless Y pays"), negated by its own 'not'
        if any(c.dep_ == "neg" for c in hit.token.children):
            return reading.modality is Modality.NEGATED or reading.is_real
        return reading.is_real or reading.reason in PROMISE_CONDITIONS
    if reading.is_real:
        return not _future(hit.token)
    if reading.reason in {"would", "'d"} and is_polite_want(hit.token):
        return True  # "would like the board to act": a want put politely
    if _pressed_noun(anchor, reading.reason):
        verb = anchor.head.head if anchor.dep_ == "pobj" else anchor.head
        return read_modality(verb).is_real and not _future(verb)
    if reading.modality in {Modality.WISHED, Modality.PROPOSED}:
        if reading.reason in ATTEMPTS:
            return True
        return hit.frame in DEONTIC_FRAMES and reading.reason in OWN_DEONTIC
    if reading.modality is Modality.NEGATED and hit.frame is Frame.OBLIGATION:
        return _prohibition(hit.token)
    if reading.modality in {Modality.REFUSED, Modality.DENIED}:
        if hit.frame is Frame.IMPLICIT:
            return answered(hit.token)  # "the council rejected the demands": made of it
        return hit.frame in {Frame.NOUN, Frame.PETITION, Frame.OWNED} and _answered_by_other(hit)
    return False


def _pressed_noun(tok: Token, reason: str) -> bool:
    """'pressed home its demand for a raise', 'pushed its call for an inquiry': a demand noun
    pressed by the verb over it is made as that verb is (a push proposes an act, but the
    demand pushed is the asking itself)."""
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head  # "pressing ahead with it"
    pressing = verb.lemma_.lower() in {"press", "push"} and reason.startswith(("press", "push"))
    return tok.pos_ == "NOUN" and tok.dep_ in {"dobj", "pobj"} and pressing


def _adjunct(tok: Token) -> bool:
    """'Residents pushed back against the plan, pressing for an inquiry': a participle set
    off after its clause says what the subject did besides; it is not the content of the
    clause's verb (not a push proposed), so it is made as that clause is made."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.i < tok.head.i:
        return False
    before = tok.doc[tok.i - 1]
    return before.text == "," and not any(c.dep_ in {"mark", "aux", "nsubj"} for c in tok.children)


def _prohibition(tok: Token) -> bool:
    """'X must not close the clinic', 'X should not appear': a deontic modal negated in its
    own clause forbids an act, which is a demand too ('does not have to' lifts one, and
    'should never have built' is a counterfactual)."""
    aux = [c for c in tok.children if c.dep_ == "aux"]
    perfect = any(c.lemma_.lower() == "have" for c in aux)
    deontic = any(c.lower_ in DEONTIC_MODALS for c in aux)
    return deontic and not perfect and any(c.dep_ == "neg" for c in tok.children)


def _future(tok: Token) -> bool:
    """'the union will insist on a raise': a demand not yet made (unlike a meeting, which
    is real once scheduled)."""
    return tok.pos_ == "VERB" and any(
        c.dep_ == "aux" and c.lower_ in {"will", "'ll", "’ll", "shall"} for c in tok.children
    )


def _answered_by_other(hit: Found) -> bool:
    """'The council rejected the union's request', 'officials refused to accept a petition
    signed by villagers': refused by the one asked, not withdrawn by the one asking."""
    noun = hit.token
    answer = noun.head
    if noun.dep_ not in {"dobj", "nsubjpass"} or answer.pos_ != "VERB":
        return False
    if hit.by is None and hit.of is not None:
        return True  # "the mayor rejected calls to resign": the one answering was asked
    subj = next((c for c in answer.children if c.dep_ == "nsubj"), None)
    if subj is None and answer.dep_ == "xcomp":  # "refused to accept a petition"
        subj = next((c for c in answer.head.children if c.dep_ == "nsubj"), None)
    own = any(
        c.dep_ == "poss"
        or c.dep_ == "prep"
        and c.lower_ in {"by", "from", "of"}
        or c.dep_ == "acl"
        and any(a.dep_ == "agent" for a in c.children)  # "signed by X"
        for c in noun.children
    )
    return own and (hit.by is None or subj is None or subj.text not in hit.by.name)


def _merge(an: Analysis, found: list[Found]) -> list[Demand]:
    """Stage 4: drop repeats (same sentence, same parties), demands nested in another's
    wanted act, and weak frames in a sentence that already has a stronger demand."""
    strong_sents = {h.token.sent.start for h in found if not _weak(an, h)}
    # "rejected the union's demands": only where the article states none of the union's
    stated = {h.by.name for h in found if h.by is not None and h.frame not in KNOWN_BY_OWNER}
    # a petition holds its asks; demands known by their owner hold no act of their own
    triggers = {h.token.i for h in found if not _weak(an, h) and h.frame not in KNOWN_BY_OWNER}
    demands: list[Demand] = []
    seen: set[tuple] = set()
    petitions = 0
    for hit in found:
        tok = hit.token
        if _weak(an, hit) and tok.sent.start in strong_sents:
            continue
        if hit.frame in KNOWN_BY_OWNER and (hit.by is None or hit.by.name in stated):
            continue
        if _nested(tok, triggers):
            continue  # "wants the mayor to direct the police to ...": part of the outer demand
        key = (tok.sent.start, hit.by.name if hit.by else None, hit.of.name if hit.of else None)
        if key in seen:
            continue
        if hit.frame is Frame.PETITION and petitions:
            continue  # later mentions of the petition ("received the petition") repeat it
        seen.add(key)
        petitions += hit.frame is Frame.PETITION
        demands.append(
            Demand(
                by=hit.by.name if hit.by else None,
                of=hit.of.name if hit.of else None,
                text=hit.text,
                evidence=an.sentence_of(tok),
            )
        )
    return demands


def _nested(tok: Token, triggers: set[int]) -> bool:
    """The trigger sits inside another trigger's wanted act, not beside it as a conjunct
    ('demanded a raise and called on the city to ...' are two demands)."""
    node = tok
    while node.head.i != node.i:
        if node.head.i in triggers and node.dep_ != "conj":
            return True
        node = node.head
    return False


def _weak(an: Analysis, hit: Found) -> bool:
    """'at the urging of X' and a hope reported outside quotes are weaker than a demand
    verb beside them."""
    return hit.frame in WEAK_FRAMES or hit.frame is Frame.HOPE and not an.in_quote(hit.token)


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
