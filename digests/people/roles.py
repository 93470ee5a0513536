"""Roles: the title or position an article gives a person, read off one name mention.

Each function looks at one mention and returns the words that state the role, or None:
a title chain before the name ("Harbour chief Ines Vidal", "ambassador in Lima Ana Ruiz"),
an appositive either way round ("X, the refinery manager," / "Acme's chief, X,"), a title
set off by a comma before the name, a fronted as-phrase ("As director of ..., X"), a
"who is" or copular clause, or a plural title shared by joined names. The cast decides
which of them wins for a person.

Does NOT handle: roles stated only in a later sentence about a pronoun ("He is the
city's ..."), or roles given only by a definite description ("the quarterback said").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from digests.lexicon import HONORIFICS, POSSESSIVE_MARKS, TITLE_WORDS

# Prepositions inside a title: "ambassador to Peru", "minister for Wales".
TITLE_PREPS = frozenset({"in", "to", "for", "at", "of"})

# Words before a title that say how the post is held: part of the role.
TENURE_WORDS = frozenset({"acting", "interim", "former", "outgoing", "incoming", "caretaker"})

DETERMINERS = frozenset({"the", "a", "an", "another", "this", "that", "these", "those"})


TITLE_ABBREVIATIONS = {
    "sen.": "senator",
    "sen": "senator",
    "rep.": "representative",
    "gov.": "governor",
    "lt.": "lieutenant",
    "gen.": "general",
    "sgt.": "sergeant",
    "capt.": "captain",
    "col.": "colonel",
    "adm.": "admiral",
    "cmdr.": "commander",
    "det.": "detective",
    "supt.": "superintendent",
    "prof.": "professor",
    "rev.": "reverend",
    "atty.": "attorney",
    "insp.": "inspector",
    "maj.": "major",
    "cpl.": "corporal",
    "pvt.": "private",
    "hon.": "honorable",
    "amb.": "ambassador",
    "pres.": "president",
    "sec.": "secretary",
    "msgr.": "monsignor",
    "fr.": "father",
}


ROLE_DEPS = frozenset({"compound", "amod", "nmod", "poss", "case", "punct", "npadvmod", "nummod"})


def is_title_token(tok: Token) -> bool:
    low = tok.lower_
    return low in TITLE_WORDS or low.rstrip(".") in TITLE_WORDS or tok.text.islower()


def outranks(post: Span, title: Span) -> bool:
    """A stated post ('chair of the committee') says more than one abbreviated rank
    ('Rep.', 'Sen.'); a relation to someone ("Ruiz's rival") does not."""
    bare_rank = len(title) == 1 and title[0].lower_ in TITLE_ABBREVIATIONS
    relation = any(t.dep_ == "poss" and t.pos_ == "PROPN" for t in post)
    return bare_rank and not relation


def plural_lemma(tok: Token) -> str:
    """'MPs' -> 'mp': the model leaves a capitalised plural's lemma as it is."""
    low = tok.lemma_.lower()
    return low[:-1] if low == tok.lower_ and low.endswith("s") else low


def title_before(name: Span) -> Span | None:
    """The role words directly before a name: 'Council press officer' in '... Joy Amadi'.

    An honorific between title and name is skipped ("Shadow Chancellor Mr Osei"), and a
    title with a place after it stays whole ("ambassador in Lima Ana Ruiz").
    """
    doc = name.doc
    head = name.root
    if head.dep_ == "compound" and head.head.i >= name.end and head.head.pos_ == "NOUN":
        return None  # "a major Ruiz ally": the words before describe the ally, not Ruiz
    i = name.start - 1
    if i >= name.sent.start and doc[i].lower_ in HONORIFICS:
        i -= 1
    title = _skip_place_of_title(doc, i, name.sent.start)
    start = title if title < i else i + 1
    i = start - 1
    sent_start = title_sentence_start(name)
    while i >= sent_start:
        tok = doc[i]
        if tok.is_space or tok.lower_ in DETERMINERS:
            break
        word_internal_hyphen = (
            tok.text == "-" and not tok.whitespace_ and not (i > 0 and doc[i - 1].whitespace_)
        )
        if tok.is_punct and tok.text not in POSSESSIVE_MARKS and not word_internal_hyphen:
            break
        if _joined_to_title(tok, name, sent_start):
            start = i  # "porter and guide Ana Ruiz": a lowercase noun (or verb-tagged noun)
            i -= 1
            continue
        if tok.lower_ == "and" and start < name.start and _coordinated_title(doc, i, sent_start):
            start = i - 1  # "porter and guide Ana Ruiz", "Lakeland CM and ZPA chief Ana Ruiz"
            i -= 2
            continue
        if tok.lower_ in TENURE_WORDS and i == start - 1 < name.start - 1:
            start = i  # "Acting treasurer Ana Ruiz" (the model reads 'Acting' as a verb)
            i -= 1
            continue
        if (
            tok.pos_ in {"VERB", "AUX", "ADP", "PRON", "SCONJ", "CCONJ"}
            and tok.text not in POSSESSIVE_MARKS
        ):
            break
        in_np = tok.head.i >= start  # attached to the chain built so far, or the name
        # a title noun right before the name is its title, however the parser hung it
        # ("director Ana Ruiz and counsel Bram Ode": 'counsel' parsed as a conjunct)
        next_to_name = i == start - 1 == name.start - 1 and (
            tok.lemma_.lower() in TITLE_WORDS
            or tok.lower_ in TITLE_ABBREVIATIONS
            # "chairman of the board and senior adviser Ana Ruiz"
            or tok.tag_ == "NN"
            and tok.is_lower
            and tok.dep_ == "conj"
            and tok.head.lemma_.lower() in TITLE_WORDS
        )
        # ... and so is a lowercase noun right before that title ('union counsel')
        next_to_name |= i == start - 1 < name.start - 1 and tok.pos_ == "NOUN" and tok.is_lower
        # the owner of a possessive in the chain, however the parser hung it ("Harbour CM
        # and BLP's Ana Ruiz": 'BLP' parsed as a conjunct of 'CM')
        next_to_name |= (
            i == start - 1 and doc[start].text in POSSESSIVE_MARKS and tok.pos_ in {"PROPN", "NOUN"}
        )
        if not in_np and tok.head != head and tok.dep_ not in ROLE_DEPS and not next_to_name:
            break
        start = i
        i -= 1
    end = name.start
    while end > start and doc[end - 1].lower_ in HONORIFICS:
        end -= 1
    if start >= end:
        return None
    chain = _valid_conjunct(doc[start:end])
    if (
        chain is not None
        and start > 0
        and (doc[start - 1].lower_ in DETERMINERS or doc[start - 1].tag_ == "PRP$")
    ):
        # "The King and Queen Consort", "his wife and daughter Ana": two people described,
        # the title next to the name is the named one's
        cut = next((t.i for t in chain if t.lower_ == "and"), None)
        chain = doc[cut + 1 : end] if cut is not None and cut + 1 < end else chain
    if chain is None:
        return None
    # The role noun must be a noun ("newly cash-rich Okafor" has none; "a major
    # figure" has an adjective).
    last = _role_head(chain)
    if last.pos_ == "ADJ" and not last.is_title:
        return None
    if last.pos_ not in {"NOUN", "PROPN"} and last.lower_ not in TITLE_WORDS:
        return None
    if last.pos_ == "PROPN" and not is_title_token(last):
        return None
    if last.ent_type_ in {"GPE", "ORG", "NORP"} and last.lower_ not in TITLE_WORDS:
        return None
    return chain


def title_sentence_start(name: Span) -> int:
    """The sentence start, or the one before when the model split the sentence between a
    title and its name: after an abbreviated rank ('... Investigations Cmdr.' / 'Ana Ruiz
    said.') or after a word that cannot end a sentence ('... ZPA chief' / 'K Rao met')."""
    start = name.sent.start
    doc = name.doc
    if start != name.start or start == 0:
        return start
    before = doc[start - 1]
    if before.lower_ in TITLE_ABBREVIATIONS or before.is_alpha and not before.is_space:
        return before.sent.start
    if before.text == ")":
        return before.sent.start  # "... Directorate of Security (DOS)" / "Ana Ruiz arrived"
    return start


def _joined_to_title(tok: Token, name: Span, sent_start: int) -> bool:
    """A lowercase word right before the name, after 'and' and a title noun."""
    i = tok.i
    return (
        i == name.start - 1
        and tok.is_lower
        and tok.tag_ in {"NN", "VB"}
        and i - 1 > sent_start
        and tok.nbor(-1).lower_ == "and"
        and _coordinated_title(tok.doc, i - 1, sent_start)
    )


def _coordinated_title(doc: Doc, i: int, sent_start: int) -> bool:
    """'and' at i joins two titles: the word before it is a title noun."""
    before = doc[i - 1] if i - 1 >= sent_start else None
    return (
        before is not None
        and before.pos_ in {"NOUN", "PROPN"}
        and (
            plural_lemma(before) in TITLE_WORDS
            or before.is_upper
            and len(before) > 1  # "CM", "MLA"
            or before.tag_ == "NN"
            and before.is_lower
            and doc[i + 1].is_lower
            and before.head.i > i  # not the object of an 'of' before ("chair of the board")
        )
    )


def _valid_conjunct(chain: Span) -> Span | None:
    """A chain joined by 'and' keeps only its titled part: 'Harbour CM and BLP's' is
    'Harbour CM'; 'porter and guide' stays whole."""
    doc = chain.doc
    cut = next((t.i for t in chain if t.lower_ == "and"), None)
    if cut is None:
        return chain
    right = doc[cut + 1 : chain.end]
    last = right[-1] if len(right) else None
    if last is not None and (last.pos_ in {"NOUN", "PROPN"} or last.is_lower and last.tag_ == "VB"):
        return chain
    left = doc[chain.start : cut]
    return left if len(left) else None


def title_set_off_before(name: Span, *, determined: bool = False) -> Span | None:
    """'Chilean Ambassador to Peru, Marta Quilodran held ...': a title, a comma, the name.

    With `determined`, also 'the mayor of Talbrec, Ana Ruiz,': a title of a place after its
    determiner, when the name is set off on both sides and the place holds a word the model
    does not know as a place. The parser then reads the place and the name as one noun
    phrase, a list or a conjunction, so only the words' order is trusted (a known place's
    apposition is parsed, and read by `role_after`); the cast asks for it last, for people
    no other rule gave a role."""
    doc = name.doc
    comma = name.start - 1
    sent_start = name.sent.start
    if comma <= sent_start or doc[comma].text != ",":
        return None
    start = _skip_place_of_title(doc, comma - 1, sent_start, loose=True)
    placed = start != comma and any(
        t.is_title and t.ent_type_ not in {"GPE", "LOC"} for t in doc[start + 2 : comma]
    )
    if start == comma:
        start = comma - 1  # no place phrase: the word before the comma is the title
    title = doc[start]
    if title.lemma_.lower() not in TITLE_WORDS or title.pos_ not in {"NOUN", "PROPN"}:
        return None
    while start > sent_start and doc[start - 1].dep_ in {"amod", "compound"}:
        if doc[start - 1].head.i < start or doc[start - 1].head.i >= comma:
            break
        start -= 1
    if (
        start > sent_start
        and doc[start - 1].text not in {",", "\n"}
        and not doc[start - 1].is_space
        and not (doc[start - 1].lower_ in {";", "and"} and doc[start].lower_ in TITLE_WORDS)
        and not (determined and placed and doc[start - 1].lower_ in DETERMINERS and _closed(name))
    ):
        # the title is part of a longer clause, not a label for the name; but a list of
        # labelled names goes on after 'and' or ';' ("... and CEO, Ana Ruiz")
        return None
    return doc[start:comma]


def _closed(name: Span) -> bool:
    """The name ends its apposition: a comma (not one opening a list's next name), a bracket,
    or the sentence's end follows it."""
    doc = name.doc
    if name.end >= len(doc) or doc[name.end].text in {".", "(", ";", "\n"}:
        return True
    if doc[name.end].text != ",":
        return False
    nxt = doc[name.end + 1] if name.end + 1 < len(doc) else None
    return nxt is None or not (nxt.is_title and nxt.pos_ == "PROPN") and nxt.lower_ != "and"


def _names_a_body_or_place(tok: Token, *, loose: bool = False) -> bool:
    """'Lima' in 'ambassador in Lima', 'Board' in 'Chairman of the Board'.

    `loose` (a title set off by a comma before the name): also a town the model does not
    know, whatever it tags it ('the governor of Talbrec,': NORP, CARDINAL, or a one-word
    PERSON), right after the title's preposition and no title word itself."""
    if tok.pos_ != "PROPN" or not tok.is_title:
        return False
    before = tok.nbor(-1).lower_ if tok.i > 0 else ""
    if tok.ent_type_ != "PERSON" and (tok.ent_type_ in {"GPE", "LOC"} or before == "the"):
        return True
    if not loose or before not in TITLE_PREPS or tok.lemma_.lower() in TITLE_WORDS:
        return False
    alone = tok.i + 1 == len(tok.doc) or tok.nbor(1).ent_iob_ != "I"
    return tok.ent_type_ != "PERSON" or tok.ent_iob_ == "B" and alone


def _skip_place_of_title(doc: Doc, i: int, sent_start: int, *, loose: bool = False) -> int:
    """Where a title chain ending at token i starts once 'ambassador in Lima' is read as
    one title: the title noun's index, or i + 1 when no place phrase ends at i."""
    j = i
    while j >= sent_start and i - j < 4 and _names_a_body_or_place(doc[j], loose=loose):
        j -= 1
    if j < i and doc[j].lower_ == "the":
        j -= 1  # "Chairman of the Board Ana Ruiz"
    if j == i or j < sent_start + 1 or doc[j].lower_ not in TITLE_PREPS:
        return i + 1
    title = doc[j - 1]
    if title.lemma_.lower() in TITLE_WORDS and title.pos_ in {"NOUN", "PROPN"}:
        return j - 1
    return i + 1


def _role_head(chain: Span) -> Token:
    """The title noun of a chain: its last word, or the word before 'in Lima', or the
    title before 'and' when the last word was read as a verb ('porter and guide')."""
    for tok in reversed(chain):
        if tok.lower_ in TITLE_PREPS:
            return chain.doc[tok.i - 1]
        if tok.lower_ == "and" and chain[-1].tag_ == "VB" and tok.i > chain.start:
            return chain.doc[tok.i - 1]
    return chain[-1]


def _trim_role_span(span: Span) -> Span | None:
    doc = span.doc
    start, end = span.start, span.end
    while start < end and (
        doc[start].lower_ in DETERMINERS or doc[start].is_punct or doc[start].tag_ == "PRP$"
    ):
        start += 1  # "its president", "their spokesperson": the role without the owner
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    for tok in doc[start:end]:
        if tok.dep_ == "relcl" and tok.left_edge.i > start:
            end = min(end, tok.left_edge.i)  # "a nurse who has worked there": cut at "who"
        if tok.text in {",", "—", "("} or tok.lower_ in {"who", "which", "that"} and tok.i > start:
            end = min(end, tok.i)
            break
    if end <= start or end - start > 14:
        return None
    return doc[start:end]


def expand_abbreviations(role: str) -> str:
    """'sen. for kelvara' -> 'senator for kelvara'; 'then-cmdr.' -> 'then-commander'."""
    return " ".join(_expand_word(w) for w in role.split())


def _expand_word(word: str) -> str:
    if word in TITLE_ABBREVIATIONS:
        return TITLE_ABBREVIATIONS[word]
    prefix, dash, last = word.rpartition("-")
    if dash and prefix and last in TITLE_ABBREVIATIONS:
        return f"{prefix}-{TITLE_ABBREVIATIONS[last]}"  # "then-cmdr.", "ex-gov."
    return word
