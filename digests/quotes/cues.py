"""Cue words near a quote -> the party they name as its speaker.

Split from quotes.py: this module reads one quote's own sentence (the cue verb governing it,
a cue after or before it, `according to X`, a colon clause introducing it); quotes.py orders
these sieves with the paragraph-level ones (continuation, a paragraph that introduces the
quote) and decides what counts as a quote at all.

Rules, most reliable first:
- a cue verb that governs the quote's words (`X said he was "not happy"`), unless the quote
  is only its adjunct or a time (`kept ringing "every half hour"`); a claim noun whose
  that-clause holds the quote (`allegations that X "lied"`: the claim's words); a cue after
  the quote in its attribution clause (`"...," sources said Wednesday`; across an
  abbreviation that split the sentence, `Capt. X said`, or the main verb of a clause the
  parser split off after `!`/`?`), read first for a whole quoted sentence ending in a comma;
  a cue before it (`X said: "..."`), `according to X`, `as X put it`;
- the cue's subject, the one nearest the cue when the parse gives two (`His assessment:
  "...," he said`), climbing through participles (`..., remarking that ...`) to the main
  clause, not into a subordinate one (`after the senator won, remarking ...`); an
  infinitive's controlling object (`led Okonjo to call Vasquez "timid"`); a passive
  cue's agent; a participle's noun (`a source saying`, `sent an email saying`);
- who the cue names (its subject, an inverted name, `according to X`): cue_speakers.py;
- what that subject stands for (speech nouns, `it`, `who`, epithets): speaker_subjects.py;
- the name after an inverted cue (`said another user, Jo Bell`), never a date or time;
  the name between the quote and a later cue (`"...," Brisco, a deckhand, said`).
- verbs of attacking or praising (mock, deride, tout) only when the quote is not their
  object: `mocked her rival's "plan"` quotes the rival.

Does NOT handle: cue nouns with no verb and no colon (`Okonjo's remark that "..."`), or an
attribution that only a later sentence gives.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from digests.analysis import Analysis, Party
from digests.lexicon import CUE_VERBS, TIME_ENTS
from digests.parties import SUBJECT_DEPS, Discourse, party_of
from digests.quotes.cue_speakers import CLAIM_NOUNS, speaker_of_cue
from digests.quotes.subjects import (
    nearest_subject,
    speech_owner,
)

# Speech-act verbs the shared list lacks, general English reporting verbs (lemmas).
EXTRA_CUE_VERBS = frozenset(
    """
    conclude reassure assure talk speak attack deride ridicule taunt label brand grouse
    gripe muse opine recommend propose concur
    rant rail scoff snap sneer chide mock tout decry lecture preach reiterate
    recommend counsel advise admonish rebut retort fume gush rave
    interject boom thunder intone marvel refer
    """.split()
)
# A quote hung on a verb as an adjunct (`kept ringing "every half hour"`) is not what
# the verb reports.
ADJUNCT_DEPS = frozenset({"npadvmod", "advmod", "tmod", "agent"})
# Verbs of attacking or praising: their object is often the target's words (`X mocked Y's
# "plan"`), so they report the quote only through a clause or complement they govern
# (`attacked him for "..."`, `touted it as "..."`), a colon, or as the attribution after it.
TARGET_VERBS = frozenset({"attack", "mock", "deride", "ridicule", "decry", "tout", "taunt"})
REPORTED_DEPS = frozenset({"ccomp", "xcomp", "prep", "advcl", "oprd", "acomp", "parataxis"})
# Where the parser puts a verb it read as a noun after a quote: the sentence's root, or
# joined to the quote's own root (`"...," the document states`); or anywhere under a word
# of the quote (`"... is one of them," the Saudis state` as the quote's attribute).
MISREAD_CUE_DEPS = frozenset({"ROOT", "conj", "appos", "dep", "parataxis", "npadvmod"})
MAX_CUE_DISTANCE = 5  # tokens from a split-off attribution clause's start to its cue


def is_cue(an: Analysis, tok: Token) -> bool:
    """A reporting verb outside any quote: said, wrote, tweeted, concluded, ..."""
    lemma = tok.lemma_.lower()
    return (
        (lemma in CUE_VERBS or lemma in EXTRA_CUE_VERBS or _is_put_it(tok))
        and tok.pos_ in {"VERB", "AUX"}
        and not an.in_quote(tok)
        and "\n" not in tok.text
    )


def _is_put_it(tok: Token) -> bool:
    """`as Brisco put it:` reports speech with a verb that otherwise does not."""
    return tok.lemma_.lower() == "put" and any(
        c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children
    )


def first_speaker(
    an: Analysis, qi: int, candidates: Iterable[Token], discourse: Discourse, *, governing=False
) -> tuple[Party, Token] | None:
    """The first candidate that is a usable cue for quote qi and names a speaker, with it.

    A candidate counts when it is a cue verb or `according` (any node a governing walk
    found counts: claim nouns too); an attacking verb whose object is the quote, or an
    as-aside that reports another clause, does not.
    """
    tokens = an.quote_tokens(qi)
    if tokens is None or not len(tokens):
        return None
    seen: set[int] = set()
    for tok in candidates:
        if tok.i in seen:
            continue
        seen.add(tok.i)
        subject = None if governing else _cue_read_as_noun(an, tok)
        if subject is not None:
            party = party_of(an, subject, discourse=discourse)
            if party is not None and party.kind == "anonymous":  # `the document`, not `document`
                start = min(
                    c.i
                    for c in tok.children
                    if c.i < tok.i and c.dep_ in {"det", "compound", "amod"} and not an.in_quote(c)
                )
                party = Party(name=an.doc[start : tok.i].text, kind="anonymous")
            if party is not None:
                return party, tok
        if not (governing or is_cue(an, tok) or tok.lower_ == "according"):
            continue
        if tok.lemma_.lower() in TARGET_VERBS and not _reports_quote(an, tok, tokens):
            continue
        if not governing and _aside_before(an, tok, tokens[0]):
            continue
        if tok.pos_ != "NOUN" and _subject_in(an, tok, tokens):
            continue  # `the "Harbour Wolves" chanted`: the quote is the speaker, not words
        speaker = speaker_of_cue(an, tok, discourse)
        if speaker is not None:
            return speaker, tok
    return None


def _cue_read_as_noun(an: Analysis, tok: Token) -> Token | None:
    """`"...," the document states`, `the Saudis state in the paper`: a reporting verb
    spelled like a noun (states, notes, reports, claims) that the parser read as the head
    of the noun phrase after the quote, with the real subject as its modifier. Returns
    that subject; a noun that modifies another (`the state senator`) or is a subject
    itself is no such cue."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in CUE_VERBS or an.in_quote(tok):
        return None
    if tok.dep_ not in MISREAD_CUE_DEPS and not an.in_quote(tok.head):
        return None  # a real noun: `A board report released last year found ...`
    mods = [c for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1]
    return mods[0] if mods and mods[0].pos_ in {"NOUN", "PROPN"} else None


def _subject_in(an: Analysis, cue: Token, tokens) -> bool:
    subj = nearest_subject(an, cue, cue)
    return subj is not None and tokens.start <= subj.i < tokens.end


def governing_cues(an: Analysis, qi: int) -> Iterator[Token]:
    """Cue verbs (and claim nouns) that govern the quote's words in the parse."""
    tokens = an.quote_tokens(qi)
    if tokens is None or not len(tokens):
        return iter(())
    return _governing(an, tokens, [])


def reporting_nodes(an: Analysis, qi: int) -> list[Token]:
    """Weaker reporters met on the way up from the quote: any verb whose that-clause holds
    it ('Hale shot back that the state needed "honest food"'), a speech noun with an owner
    ('Okonjo's "no new tolls" pledge')."""
    tokens = an.quote_tokens(qi)
    if tokens is None or not len(tokens):
        return []
    reporters: list[Token] = []
    for _ in _governing(an, tokens, reporters):
        pass
    return list(dict.fromkeys(reporters))


def cues_after(an: Analysis, qi: int) -> Iterator[Token]:
    """Tokens of the attribution clause after the quote (`"...," X said`)."""
    tokens = an.quote_tokens(qi)
    if tokens is None or not len(tokens):
        return iter(())
    return _after_quote(an, qi, tokens[-1].i)


def cues_before(an: Analysis, qi: int) -> Iterator[Token]:
    """Tokens before the quote in its sentence, nearest first (`X said: "..."`)."""
    tokens = an.quote_tokens(qi)
    if tokens is None or not len(tokens):
        return iter(())
    return _before_quote(an, qi, tokens[0])


def quoted_sentence_with_comma(an: Analysis, qi: int) -> bool:
    """A whole sentence quoted and ending in a comma (`"...," it said`): its attribution
    follows, and a verb the parser made govern it from before (`read from a letter:
    "..."`) is the scene, not the speaker."""
    return _opens_a_sentence(an, qi) and an.quotes[qi].text_of(an.text).rstrip().endswith(",")


def _reports_quote(an: Analysis, verb: Token, tokens) -> bool:
    """An attacking or praising verb reports the quote when the quote comes before it (its
    attribution, `"...," she mocked`), after it and a colon, or in a clause or complement
    it governs; not when the quote is (inside) its object (`mocked his rival's "plan"`)."""
    if tokens[0].i > verb.i and any(t.text == ":" for t in an.doc[verb.i : tokens[0].i]):
        return True
    if tokens[-1].i < verb.i:
        return True
    deps = set()
    for tok in tokens:
        if tok.is_punct:
            continue
        node = tok
        while node.head.i != node.i and node.head.i != verb.i:
            node = node.head
        if node.head.i == verb.i and node.i != verb.i:
            deps.add(node.dep_)
    return bool(deps) and deps <= REPORTED_DEPS


def _aside_before(an: Analysis, cue: Token, first: Token) -> bool:
    """`... has no rival, as the auditor has said, and she can "..."`: an as-clause cue
    before the quote reports the clause it hangs on; when that clause does not hold the
    quote and another subject stands between them, the quote is not what it reports."""
    if cue.i > first.i or cue.dep_ != "advcl":
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children):
        return False
    if first.i in {t.i for t in cue.head.subtree}:
        return False  # `As the clerk explained, ... "..."`: the as-clause frames the quote
    aside = {t.i for t in cue.subtree}
    between = an.doc[cue.right_edge.i + 1 : first.i]
    return any(t.dep_ in {"nsubj", "nsubjpass"} and t.i not in aside for t in between)


def _opens_a_sentence(an: Analysis, qi: int) -> bool:
    """The quote starts a sentence or follows a colon: a whole quoted sentence."""
    before = an.text[max(0, an.quotes[qi].open_mark - 40) : an.quotes[qi].open_mark].rstrip()
    return not before or before[-1] in ".!?:\n" or before[-1] in '”"'


def _governing(an: Analysis, tokens, reporters: list[Token]) -> Iterator[Token]:
    """Cue verbs that govern the quote's words; collects weaker reporting verbs as well."""
    for tok in tokens:
        node = tok
        for _ in range(8):
            if node.head == node:
                break
            child, node = node, node.head
            adjunct = child.dep_ in ADJUNCT_DEPS or child.ent_type_ in TIME_ENTS
            if not adjunct and is_cue(an, node) or _claim_holding(an, node, child):
                yield _outer_cue(an, node, child)
                break
            if _reports_clause(an, node, child) or _owned_speech(an, node):
                reporters.append(node)


def _outer_cue(an: Analysis, cue: Token, child: Token | None = None) -> Token:
    """'X said the firm had offered 5 percent and described the strike as "reckless"': a
    cue with no subject of its own, joined to a verb inside another cue's that-clause, is
    the outer speaker's act (the parser hangs it on the reported clause), not the firm's.
    Likewise 'X said that Y begged for help and "would have dropped to his knees"': the
    quote is a predicate joined to the inner cue, not what the inner cue reports."""
    if (
        child is not None
        and child.dep_ == "conj"
        and child.pos_ in {"VERB", "AUX"}
        and not any(c.dep_ in SUBJECT_DEPS for c in child.children)
        and cue.dep_ == "ccomp"
        and cue.head != cue
        and is_cue(an, cue.head)
    ):
        return cue.head
    if cue.dep_ != "conj" or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return cue
    clause = cue.head
    outer = clause.head
    if clause.dep_ == "ccomp" and outer != clause and is_cue(an, outer):
        return outer
    return cue


def _claim_holding(an: Analysis, noun: Token, clause: Token) -> bool:
    """`claims that the port board "hid the survey"`: the words are the claim's,
    not those of whoever answers or rejects it."""
    return (
        noun.pos_ == "NOUN"
        and noun.lemma_.lower() in CLAIM_NOUNS
        and clause.dep_ in {"acl", "ccomp"}
        and not an.in_quote(noun)
    )


def _before_quote(an: Analysis, qi: int, first: Token) -> Iterator[Token]:
    """Tokens before the quote in its sentence, nearest first, up to another quote."""
    j = first.i - 1
    start = an.sent_starts[an.sentence_number(first)]
    while j >= start:
        if an.token_quote[j] >= 0 and an.token_quote[j] != qi:
            return
        yield an.doc[j]
        j -= 1


def _after_quote(an: Analysis, qi: int, last: int) -> Iterator[Token]:
    """Tokens after the quote up to the end of its attribution clause.

    That is the rest of the quote's sentence, read on past a sentence break the parser put
    after an abbreviation (`Capt.`); when the parser starts a new sentence right after the
    quote, the start of that sentence if the quote ended in `!`, `?` or `,` (`"Go home!"
    some protesters chanted`), since a quote ending in a full stop closes its sentence.
    """
    doc = an.doc
    crossing = an.quotes[qi].text_of(an.text).rstrip()[-1:] in {"!", "?", ","}
    first: int | None = None
    i = _past_gloss(an, qi, last + 1)
    while i < len(doc):
        tok = doc[i]
        i += 1
        if "\n" in tok.text or (an.token_quote[tok.i] >= 0 and an.token_quote[tok.i] != qi):
            return
        if an.token_quote[tok.i] == qi:
            continue
        if first is None:
            first = tok.i
            if tok.i == tok.sent.start:
                if not crossing:
                    return
            else:
                crossing = False
        if crossing and tok.i - first > MAX_CUE_DISTANCE:
            return
        if crossing and tok.dep_ != "ROOT" and tok.pos_ in {"VERB", "AUX"}:
            continue  # in a split-off clause only its main verb attributes the quote
        yield tok
        if tok.is_sent_end and not (tok.text.endswith(".") and len(tok.text) > 1):
            return


def _past_gloss(an: Analysis, qi: int, i: int) -> int:
    """`"Fuera!" (Out!) they shouted`: skip an English gloss in brackets after the quote."""
    doc, j = an.doc, i
    while j < len(doc) and an.token_quote[j] == qi:
        j += 1
    if j < len(doc) and doc[j].text == "(":
        for k in range(j + 1, min(j + 16, len(doc))):
            if "\n" in doc[k].text or an.in_quote(doc[k]):
                break
            if doc[k].text == ")":
                return k + 1
    return i


def _owned_speech(an: Analysis, node: Token) -> bool:
    """`Okonjo's "no new tolls" pledge`, `her motto was that "..."`: words set in
    a speech noun that has an owner, or in what such a noun is said to be."""
    if an.in_quote(node):
        return False
    if node.pos_ == "NOUN":
        return speech_owner(node) is not None
    if node.lemma_ != "be":
        return False
    return any(c.dep_ == "nsubj" and speech_owner(c) is not None for c in node.children)


def _reports_clause(an: Analysis, verb: Token, clause: Token) -> bool:
    return (
        verb.pos_ == "VERB"
        and clause.dep_ == "ccomp"
        and not an.in_quote(verb)
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    )
