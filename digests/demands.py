"""Demands: who wants whom to do what, with the sentence that says so.

Triggers (CAMEO 100 'demand', 020 'appeal'): want/ask/urge/press/push/call on/demand/insist/
seek/require/expect with an addressee or a wanted thing; the nouns "demands"/"requests"
with a for-addressee; and, inside a quote, "I hope X will ..." or "X must / has to ..."
aimed at a third party. For each:
- by: the trigger's subject (the quote's speaker for "I"/"we" inside a quote);
- of: the object, the on-/of-object, or the subject of the complement clause;
- text: the complement ("to direct the NYPD to ...", "for higher wages").

Does NOT handle: demands stated as nouns without a requester ("the demand for ..."),
imperatives shouted without an addressee, or hopes and wishes about oneself
("we want to work with them" is a wish, not a demand of anyone).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .analysis import Analysis, Party
from .lexicon import CUE_VERBS, DEMAND_VERBS
from .model import Demand, Quote
from .parties import SUBJECT_DEPS, Discourse, party_of

DEMAND_NOUNS = frozenset({"demand", "request", "ultimatum"})
WISH_NOUNS = frozenset({"hope", "wish", "demand", "request", "call", "plea", "goal"})
HOPE_VERBS = frozenset({"hope", "wish"})
OBLIGATION_MODALS = frozenset({"must", "should"})
STATIVE_VERBS = frozenset({"be", "have", "get", "see", "know", "remain", "arrive", "expect"})
FIRST_PERSON = frozenset({"i", "we", "my", "our", "me", "us"})
# Verbs that make a demand only as "VERB someone to do something".
DIRECTIVE_VERBS = frozenset(
    {"tell", "direct", "instruct", "encourage", "challenge", "warn", "advise"}
)
NOBODY = frozenset({"nobody", "no", "none", "everyone", "everybody", "somebody", "someone"})
# Verbs whose direct object is the thing wanted; the others' object is who must act.
THING_VERBS = frozenset({"want", "demand", "seek", "request", "require"})
ADDRESSEE_VERBS = frozenset({"order", "urge", "press", "pressure", "push", "implore", "beg"})
CONDITIONAL_MODALS = frozenset({"would", "could", "might", "may", "'d", "’d"})
QUESTION_WORDS = frozenset({"whether", "if", "what", "why", "how", "when", "where", "who"})
NON_TARGETS = frozenset({"there", "it", "i", "we", "you", "this", "that", "everyone"})
MAX_TEXT_WORDS = 24
ASIDE_OPEN = {"-": "-", "—": "—", "–": "–", "(": ")", ",": ","}


def extract_demands(
    an: Analysis, quotes: list[Quote], discourse: Discourse | None = None
) -> list[Demand]:
    """Every demand in article order; one per trigger.

    `quotes` give "I" and "we" inside a quote their speaker; `discourse` (from the quote
    reader) says which cast member spoke each quote.
    """
    discourse = discourse or Discourse.of(an)
    speaker_at = _quote_speakers(an, quotes, discourse)
    demands: list[Demand] = []
    seen: set[tuple] = set()
    for tok in an.doc:
        if tok.idx < an.headline_end:
            continue  # a headline restates the story; the body carries the demand
        found = _demand_at(an, tok, speaker_at)
        if found is None:
            continue
        by, of, text = found
        key = (tok.sent.start, by.name if by else None, of.name if of else None)
        if key in seen:
            continue
        seen.add(key)
        demands.append(
            Demand(
                by=by.name if by else None,
                of=of.name if of else None,
                text=text,
                evidence=_evidence(an, tok),
            )
        )
    return demands


@dataclass
class _Voices:
    """Who speaks each quote, and the discourse that resolves pronouns outside quotes."""

    by_quote: dict[int, Party | None]
    discourse: Discourse

    def get(self, qi: int) -> Party | None:
        return self.by_quote.get(qi)


def _quote_speakers(an: Analysis, quotes: list[Quote], discourse: Discourse) -> _Voices:
    by_quote: dict[int, Party | None] = {}
    starts = {q.start: q for q in quotes}
    for qi, span in enumerate(an.quotes):
        q = starts.get(span.start)
        if q is None or not q.speaker:
            by_quote[qi] = None
            continue
        person = discourse.speakers.get(qi)
        by_quote[qi] = Party(name=q.speaker, kind=q.speaker_kind or "named", person=person)
    return _Voices(by_quote, discourse)


def _demand_at(an: Analysis, tok: Token, speaker_at) -> tuple | None:
    lemma = tok.lemma_.lower()
    in_quote = an.in_quote(tok)
    if tok.pos_ == "VERB" and lemma in DEMAND_VERBS:
        return _verb_demand(an, tok, speaker_at)
    if tok.pos_ == "VERB" and lemma in DIRECTIVE_VERBS and _directs_someone(tok):
        return _verb_demand(an, tok, speaker_at)
    if tok.pos_ == "NOUN" and lemma in DEMAND_NOUNS and not in_quote:
        return _noun_demand(an, tok, speaker_at)
    if tok.pos_ == "NOUN" and lemma in WISH_NOUNS and tok.dep_ == "nsubj":
        return _wish_for_demand(an, tok, speaker_at)
    if in_quote and tok.pos_ == "VERB" and lemma in HOPE_VERBS:
        return _hope_demand(an, tok, speaker_at)
    if _is_obligation(tok) and (in_quote or _reporter(an, tok) is not None):
        return _obligation_demand(an, tok, speaker_at)
    return None


def _party(an: Analysis, tok: Token | None, speaker_at) -> Party | None:
    """Like party_of, but 'I'/'we' inside a quote are the quote's speaker."""
    if tok is None:
        return None
    if tok.lower_ in FIRST_PERSON and an.in_quote(tok):
        return speaker_at.get(an.token_quote[tok.i])
    if an.in_quote(tok) and tok.pos_ == "PRON":
        return None
    return party_of(an, tok, allow_in_quote=an.in_quote(tok), discourse=speaker_at.discourse)


def _subject(tok: Token) -> Token | None:
    node = tok
    for _ in range(3):
        subj = next((c for c in node.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None:
            return subj
        if node.dep_ not in {"xcomp", "conj", "advcl"} or node.head is node:
            return None
        node = node.head
    return None


def _verb_demand(an: Analysis, verb: Token, speaker_at) -> tuple | None:
    lemma = verb.lemma_.lower()
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return None  # "when asked whether ...": a question put to someone, not a demand
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    children = list(verb.children)
    dobj = next((c for c in children if c.dep_ in {"dobj", "dative"}), None)
    comp = next((c for c in children if c.dep_ in {"xcomp", "ccomp"}), None)
    if comp is None and dobj is not None:
        # "pressed the chief on Tuesday to explain": the infinitive often hangs as advcl
        comp = next(
            (
                c
                for c in children
                if c.dep_ == "advcl" and c.i > dobj.i and any(a.tag_ == "TO" for a in c.children)
            ),
            None,
        )
    preps = {c.lower_: c for c in children if c.dep_ == "prep"}
    if comp is not None and any(
        c.lower_ in QUESTION_WORDS and c.i < comp.i for c in comp.subtree if c.dep_ == "mark"
    ):
        return None
    if comp is not None and comp.lower_ in QUESTION_WORDS:
        return None
    if comp is None and dobj is not None:
        comp = _infinitive_after_aside(dobj)
    target: Token | None = dobj
    text_root: Token | None = comp
    if lemma == "call":
        on = preps.get("on")
        if on is None and "for" not in preps:
            return None
        if on is not None:
            target = next((g for g in on.children if g.dep_ == "pobj"), None)
            text_root = comp or next((c for c in on.subtree if c.dep_ in {"xcomp", "relcl"}), None)
        else:
            text_root = preps["for"]
    if comp is not None and target is None:
        comp_subj = next((c for c in comp.children if c.dep_ == "nsubj"), None)
        if comp_subj is not None:
            target = comp_subj
    if target is None and "for" in preps or "for" in preps and text_root is None:
        text_root = preps["for"]
    if text_root is None and dobj is None:
        return None
    if lemma in THING_VERBS and text_root is None:
        # "wants something immediate", "demanded a raise": the object is the thing wanted
        text_root = dobj
        target = None
    if lemma == "expect" and (text_root is None or target is None):
        return None  # "expected real progress" is a forecast; "expects X to act" a demand
    if lemma in ADDRESSEE_VERBS and text_root is None:
        return None  # "ordered more coffee": an order for a thing, nobody asked to act
    if lemma == "insist" and not _is_mandative(comp):
        return None  # "insisted his team would not panic": an assertion, not a demand
    if lemma == "ask" and (text_root is None or target is None and "for" not in preps):
        return None  # "asked him a question", "asked not to be named"
    if text_root is not None and text_root.dep_ == "prep":
        wanted = next((g for g in text_root.children if g.dep_ == "pobj"), None)
        if wanted is None or wanted.pos_ == "PRON":
            return None  # "what we ask for": no thing named
    subj = _subject(verb)
    if subj is None and lemma not in {"want", "demand", "urge", "call"}:
        return None
    if subj is not None and subj.lower_ in NOBODY:
        return None  # "nobody wanted a strike"
    by = _party(an, subj, speaker_at)
    of = _party(an, target, speaker_at) if target is not None else None
    if of is not None and by is not None and of.name == by.name:
        return None
    if (
        lemma == "want"
        and text_root is not None
        and text_root.dep_ == "xcomp"
        and dobj is None
        and not any(c.dep_ in SUBJECT_DEPS for c in text_root.children)
    ):
        return None  # "wants to work with them": a wish about oneself
    return by, of, _text(an, text_root or dobj)


def _is_mandative(verb: Token | None) -> bool:
    """'insisted that he resign' / 'that they must pay': the clause orders, not reports."""
    if verb is None:
        return False
    aux = [c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(a in OBLIGATION_MODALS for a in aux):
        return True
    if aux:
        return False
    if verb.tag_ == "VB":
        return True
    # "that the council hold a vote": a base verb after a singular subject is subjunctive
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return verb.tag_ == "VBP" and subj is not None and subj.tag_ in {"NN", "NNP"}


def _directs_someone(verb: Token) -> bool:
    """'told the board to withdraw it': an object and an infinitive, not 'told reporters that'."""
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "dative"}), None)
    comp = next((c for c in verb.children if c.dep_ in {"xcomp", "ccomp"}), None)
    return (
        obj is not None
        and comp is not None
        and comp.i > obj.i
        and any(c.tag_ == "TO" for c in comp.children)
    )


def _infinitive_after_aside(dobj: Token) -> Token | None:
    """'asked the mayor - in Athens that day - to sit down': skip the aside to find 'to'."""
    doc = dobj.doc
    i = dobj.right_edge.i + 1
    if i >= len(doc) or doc[i].text not in ASIDE_OPEN:
        return None
    closer = ASIDE_OPEN[doc[i].text]
    for j in range(i + 1, min(dobj.sent.end, i + 40)):
        if doc[j].text == closer:
            nxt = doc[j + 1] if j + 1 < len(doc) else None
            if nxt is not None and nxt.tag_ == "TO" and nxt.head.pos_ == "VERB":
                return nxt.head
            return None
    return None


def _noun_demand(an: Analysis, noun: Token, speaker_at: _Voices) -> tuple | None:
    """'X have a list of demands for the administration'."""
    holder = noun
    while holder.dep_ in {"pobj", "prep", "dobj", "attr"} and holder.head is not holder:
        holder = holder.head
        if holder.pos_ == "VERB":
            break
    if holder.pos_ != "VERB" or holder.lemma_.lower() not in {"have", "make", "issue", "present"}:
        return None
    target = None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in {"for", "to", "on"}:
            target = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if target is None:
        return None
    subj = _subject(holder)
    by = _party(an, subj, speaker_at)
    of = _party(an, target, speaker_at)
    return by, of, _text(an, noun)


def _wish_for_demand(an: Analysis, noun: Token, speaker_at) -> tuple | None:
    """'My hope is for the board to act', 'Their demand was for the city to pay'."""
    verb = noun.head
    if verb.lemma_ != "be":
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    by = _party(an, owner, speaker_at) if owner is not None else None
    # "for the council to reopen": parsed as a for-clause ...
    for clause in verb.children:
        if clause.pos_ == "VERB" and any(
            m.dep_ == "mark" and m.lower_ == "for" for m in clause.children
        ):
            subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return by, _party(an, subj, speaker_at), _text(an, clause)
    # ... or as a for-phrase whose object carries the infinitive
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            action = next(
                (
                    c
                    for c in obj.children
                    if c.pos_ == "VERB" and any(a.tag_ == "TO" for a in c.children)
                ),
                None,
            )
            if action is None:
                continue
            return by, _party(an, obj, speaker_at), _text(an, action)
    return None


def _hope_demand(an: Analysis, verb: Token, speaker_at) -> tuple | None:
    """'"I hope the company offers something fair"': a demand of the company."""
    subj = _subject(verb)
    if subj is None or subj.lower_ not in FIRST_PERSON:
        return None
    comp = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if comp is None:
        return None
    comp_subj = next((c for c in comp.children if c.dep_ in SUBJECT_DEPS), None)
    if comp_subj is None or comp_subj.lower_ in NON_TARGETS:
        return None
    return _party(an, subj, speaker_at), _party(an, comp_subj, speaker_at), _text(an, comp)


def _is_obligation(tok: Token) -> bool:
    """'has to change' / 'must go': an obligation put on someone (not 'going to have to').

    'should have power back by Tuesday' is a forecast: 'should' counts only with an action.
    """
    if tok.pos_ != "VERB":
        return False
    if tok.lemma_ in STATIVE_VERBS and any(c.lower_ == "should" for c in tok.children):
        return False
    if tok.lemma_ in {"have", "need"} and any(c.dep_ == "xcomp" for c in tok.children):
        return tok.head.lemma_ != "go" and tok.dep_ not in {"xcomp"}
    return any(c.lower_ in OBLIGATION_MODALS and c.dep_ == "aux" for c in tok.children)


def _obligation_demand(an: Analysis, verb: Token, speaker_at) -> tuple | None:
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in NON_TARGETS:
        return None
    if any(c.dep_ == "aux" and c.lower_ in CONDITIONAL_MODALS for c in verb.children):
        return None  # "my daughter would have to walk": a consequence, not a demand
    if any(c.dep_ == "poss" and c.lower_ in {"my", "our"} for c in subj.children):
        return None
    action = next((c for c in verb.children if c.dep_ == "xcomp"), verb)
    if any(c.dep_ == "auxpass" for c in action.children):
        return None  # "payment has to be cleared": nobody is named to do it
    if an.in_quote(verb):
        by = speaker_at.get(an.token_quote[verb.i])
    else:
        by = party_of(an, _subject(_reporter(an, verb)), discourse=speaker_at.discourse)
    of = _party(an, subj, speaker_at)
    if of is None or by is not None and of.name == by.name:
        return None
    return by, of, _text(an, action)


def _reporter(an: Analysis, verb: Token) -> Token | None:
    """The cue verb reporting this clause: 'X said the city must act' -> said."""
    head = verb.head
    if verb.dep_ == "ccomp" and head.lemma_.lower() in CUE_VERBS and not an.in_quote(head):
        return head
    return None


def _text(an: Analysis, root: Token | None) -> str:
    """The wanted action as a short phrase: 'direct the police to ...', not 'him to direct'."""
    if root is None:
        return ""
    if root.dep_ == "prep":
        root = next((c for c in root.children if c.dep_ == "pobj"), root)  # "for a review"
    start = root.left_edge.i
    passive = any(c.dep_ == "nsubjpass" for c in root.children)
    if root.pos_ in {"VERB", "AUX"} and not passive:
        lead = [
            c
            for c in root.children
            if c.i < root.i and (c.dep_ in SUBJECT_DEPS or c.dep_ in {"mark", "aux"})
        ]
        if lead and all(c.dep_ in SUBJECT_DEPS | {"mark", "aux"} for c in lead):
            start = max(c.right_edge.i for c in lead) + 1
            start = min(start, root.i)
    end = root.right_edge.i + 1
    qi = an.token_quote[root.i]
    # stay inside the quote (or outside quotes) the action is in; cap the length
    tokens = [
        t
        for t in an.doc[start:end]
        if (qi < 0 or an.token_quote[t.i] == qi) and not t.is_space and not t.is_quote
    ]
    tokens = tokens[: MAX_TEXT_WORDS + 8]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_quote):
        tokens.pop()
    while tokens and (tokens[0].is_punct or tokens[0].is_quote):
        tokens.pop(0)
    if not tokens:
        return ""
    text = an.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1])]
    if (text.count('"') + text.count("“") + text.count("”")) % 2:
        text = text.replace('"', "").replace("“", "").replace("”", "")  # a half-cut quote
    words = text.split()
    return " ".join(words[:MAX_TEXT_WORDS]) + (" ..." if len(words) > MAX_TEXT_WORDS else "")


def _evidence(an: Analysis, tok: Token) -> str:
    """The sentence that carries the demand; for a quote, the sentence within the quote."""
    return tok.sent.text.strip()
