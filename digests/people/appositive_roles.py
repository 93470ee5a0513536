"""Roles set off beside a name: an appositive after it, or the name as the appositive.

"Rui Costa, the mill foreman,", "Rui Costa, who is the foreman,", "Acme's chief executive,
Piet Ferrante,", and "A spokesman for Acme, Piet Ferrante," (the parser hangs the name on
the body; it stands for the title). Split out of `roles.py`, which reads the titles before
a name; the cast tries both.

Does NOT handle: a role in a later sentence ("Ruiz is the treasurer", see
`clause_roles.py`), or a list of people read as appositions (skipped, not read as roles).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from digests.lexicon import AGENT_SUFFIXES, CUE_VERBS, TITLE_WORDS
from digests.people.roles import TITLE_PREPS, _trim_role_span


def role_after(name: Span) -> Span | None:
    """An appositive or 'who is' clause after the name: 'Rui Costa, the mill foreman,'.

    Also the inverted form, where the name is the appositive: 'Acme's chief executive,
    Piet Ferrante,'.
    """
    doc = name.doc
    root = name.root
    head = title_over_body(root) or root.head
    inverted = root.dep_ == "appos" and head.i < name.start and head.pos_ in {"NOUN", "PROPN"}
    if inverted and (head.lower_ in TITLE_WORDS or head.lemma_.lower() in TITLE_WORDS):
        end = name.start
        while end > head.left_edge.i and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        return _trim_role_span(doc[head.left_edge.i : end])
    for child in root.children:
        if child.i < name.end:
            continue
        if child.dep_ == "appos" and child.pos_ in {"NOUN", "PROPN"}:
            span = doc[child.left_edge.i : child.right_edge.i + 1]
            if child.pos_ == "PROPN" and not any(
                t.pos_ == "NOUN" or t.lower_.rstrip(".") in TITLE_WORDS for t in span
            ):
                continue
            role = _trim_role_span(_first_conjunct(span))
            if role is not None and _ends_in_name(role):
                continue  # a list of people parsed as appositions: the next one's name
            if role is not None and _names_a_person(role):
                return role
            continue
        if child.dep_ == "appos" and child.like_num:
            continue  # an age
        if child.dep_ == "relcl" and child.lemma_ == "be":
            for attr in child.children:
                if attr.dep_ == "attr":
                    return _trim_role_span(doc[attr.left_edge.i : attr.right_edge.i + 1])
    # "X, a staff representative with Y, said": the parser often misses the appositive.
    j = name.end
    if j + 3 < len(doc) and doc[j].text == "," and doc[j + 1].like_num and doc[j + 2].text == ",":
        j += 2  # "Gloria Diaz, 67, a retired nurse,": skip the age
    if j + 1 < len(doc) and doc[j].text == "(":
        close = next((k for k in range(j, min(j + 8, len(doc))) if doc[k].text == ")"), None)
        j = close + 1 if close is not None else j  # "Ana Ruiz (D-Ore.), chair of ..."
    if j + 2 < len(doc) and doc[j].text == "," and _opens_role(doc[j + 1]):
        k = j + 1
        while k < len(doc) and doc[k].text not in {",", ".", "\n"} and not doc[k].is_space:
            if doc[k].pos_ in {"VERB", "AUX"} and doc[k].dep_ not in {"amod", "acl"}:
                return None
            k += 1
        # a role closes with a comma, or with the sentence after an inverted "said X"
        closes = k < len(doc) and (
            doc[k].text == "," or doc[k].text == "." and name.root.head.lemma_ in CUE_VERBS
        )
        role = _trim_role_span(_first_conjunct(doc[j + 1 : k])) if closes and k - j <= 28 else None
        if role is not None and _ends_in_name(role):
            return None  # "Ana Ruiz, Ambassador Bo Lund and ...": the next titled name
        if role is not None and _names_a_person(role):
            return role
    return None


def title_over_body(root: Token) -> Token | None:
    """'A spokesman for Talbrec Airport, Ana Ruiz,' / 'the treasurer of the Farmers Union,
    Ana Ruiz,': the parser hangs the name set off after a title's body on the body; the
    name stands for the title noun (returned), not for the body."""
    if (
        root.dep_ != "appos"
        or root.i == 0
        or root.nbor(-1).text != ","
        and not any(t.text == "," for t in root.doc[root.head.i : root.i])
    ):
        return None
    body = root.head
    for _ in range(2):  # "the director of the museum of modern art, Ana Ruiz,"
        prep = body.head
        if body.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in TITLE_PREPS:
            return None
        title = prep.head
        if title.lemma_.lower() in TITLE_WORDS and title.pos_ in {"NOUN", "PROPN"}:
            return title
        body = title
    return None


def _ends_in_name(role: Span) -> bool:
    """'Ambassador Bo Lund': a titled name of two or more words, not a role."""
    if len(role) <= 2 or not all(t.ent_type_ == "PERSON" for t in role[-2:]):
        return False
    # "chief executive of Kelvara Water": a body after a preposition, whatever its tag
    return role[-3].lower_ not in TITLE_PREPS


def _first_conjunct(span: Span) -> Span:
    """'business agent for the local and a lead negotiator': a long role up to its 'and'."""
    if len(span) <= 14:
        return span
    cc = next((t for t in span if t.dep_ == "cc" or t.lower_ == "and"), None)
    return span.doc[span.start : cc.i] if cc is not None and cc.i > span.start else span


def _opens_role(tok: Token) -> bool:
    """'a', 'the', 'one of', or a noun phrase with a title noun in its first words
    ('chair of ...', 'business manager for ...', 'Deputy Energy Minister') opens an
    appositive role."""
    if tok.lower_ in {"the", "a", "an"}:
        return True
    if tok.lower_ == "one" and tok.nbor(1).lower_ == "of":
        return True
    if tok.lower_ in {"acting", "interim", "former"} and tok.i + 1 < tok.sent.end:
        return _opens_role(tok.nbor(1))  # "acting chief executive of Kelvara Water"
    if tok.pos_ not in {"NOUN", "PROPN", "ADJ"}:
        return False
    for t in tok.doc[tok.i : min(tok.i + 4, tok.sent.end)]:
        if t.text in {",", "."} or t.pos_ in {"VERB", "AUX", "ADP"}:
            return False
        if t.lemma_.lower() in TITLE_WORDS and t.pos_ in {"NOUN", "PROPN"}:
            return True
    return False


def _names_a_person(role: Span) -> bool:
    """An appositive states a role only when its head noun can be a person: a title word
    or an agent noun ('the second shooting this year' is about an event, not a person)."""
    head = role.root
    if head.lower_ == "one":
        head = next((g for c in head.children for g in c.children if g.dep_ == "pobj"), head)
    lemma = head.lemma_.lower()
    if lemma in TITLE_WORDS or head.pos_ == "NOUN" and lemma.endswith(AGENT_SUFFIXES):
        return True  # "organiser", not a surname like "Lindqvist"
    # "Director Member Services", "Sr. Manager Audit": a capitalised title that opens the
    # phrase, before the unit it runs (the parse takes the unit for the head)
    return any(
        t.is_title and t.lower_.rstrip(".") in TITLE_WORDS and t.pos_ in {"NOUN", "PROPN"}
        for t in role[:3]
    )
