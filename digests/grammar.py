"""Small readings of spaCy's dependency tree that every stage asks for.

People, quotes and events each need "the object of this word's `of`/`for`/`as` phrase" or
"the to-infinitive of this word"; written once here so that the stages read them the same way.
"""

from __future__ import annotations

from spacy.tokens import Token


def prep_objects(head: Token, preposition: str) -> list[Token]:
    """The objects of `head`'s prepositional phrases opened by `preposition`
    ('claims by rivals and by unions' -> rivals, unions)."""
    return [
        obj
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == preposition
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]


def prep_object(head: Token, preposition: str) -> Token | None:
    """The first object of `head`'s `preposition` phrase, if it has one."""
    return next(iter(prep_objects(head, preposition)), None)


def has_to(verb: Token) -> bool:
    """A verb with its infinitive marker: 'to act'."""
    return any(a.tag_ == "TO" for a in verb.children)


def infinitive_of(tok: Token) -> Token | None:
    """'calls to resign', 'an ultimatum to X to act': the to-infinitive hung on a word (the
    parser may call it acl, relcl or advcl)."""
    deps = {"acl", "relcl", "advcl"}
    return next((c for c in tok.children if c.dep_ in deps and has_to(c)), None)


def infinitive_after(tok: Token) -> Token | None:
    """'... for the board to act': the to-infinitive right after a noun phrase, wherever the
    parser hung it."""
    i = tok.right_edge.i + 1
    nxt = tok.doc[i] if i < len(tok.doc) else None
    if nxt is not None and nxt.tag_ == "TO" and nxt.head.pos_ == "VERB" and nxt.head.i > i:
        return nxt.head
    return None


def noun_host(noun: Token) -> Token:
    """The verb a noun hangs from. 'made a demand for X to act' is often parsed with the noun
    as the subject of 'to act' (a clause under 'made'); its host is then 'made'."""
    head = noun.head
    if noun.dep_ == "nsubj" and has_to(head) and head.head != head and head.i > noun.i:
        return head.head
    return head


def wanted_after(prep: Token) -> Token | None:
    """What a preposition names: its object, or the gerund it governs ('called for a
    recount', 'called for scrapping the tax'; the parser labels the gerund pcomp)."""
    return next((g for g in prep.children if g.dep_ in {"pobj", "pcomp"}), None)


# The clitic that spells both 'is' and 'has'.
S_CLITICS = frozenset({"'s", "\u2019s"})
# Participles whose 'is' reading names a state of the subject ('he's wanted for questioning',
# 'she's needed at home'): the clitic stays 'is' with them.
STATE_PARTICIPLES = frozenset({"want", "need", "expect"})


def clitic_perfect(verb: Token) -> bool:
    """ "She's urged the council to act", "who's called for new elections": the model reads
    the clitic 's as the passive 'is', but a participle with its own object, or whose
    preposition has an object, after a person's or body's name or a pronoun, is the perfect
    'has'. Not "he's called on to testify" (no object after 'on') nor anything with a
    'by' agent."""
    aux = next((c for c in verb.children if c.dep_ == "auxpass"), None)
    if aux is None or aux.lower_ not in S_CLITICS or verb.tag_ not in {"VBN", "VBD"}:
        return False
    if verb.lemma_.lower() in STATE_PARTICIPLES:
        return False
    if any(c.dep_ in {"agent", "oprd"} for c in verb.children):
        return False  # "he's called a traitor (by some)": the naming passive
    subj = next((c for c in verb.children if c.dep_ in {"nsubjpass", "nsubj"}), None)
    if subj is None or subj.pos_ not in {"PRON", "PROPN"} and not subj.ent_type_:
        return False
    return any(
        c.dep_ in {"dobj", "dative"} or c.dep_ == "prep" and wanted_after(c) is not None
        for c in verb.children
    )


def negative_quantity(subj: Token) -> bool:
    """'Few are calling for X', 'few lawmakers have called for', 'none of the candidates is
    pushing for', 'not one senator': a subject that says the demand is (almost) not made.
    'A few lawmakers' and 'quite a few' are some, not few."""
    if subj.lower_ == "one" and any(c.dep_ == "neg" for c in subj.children):
        return True  # "not one of the senators"
    if subj.lower_ in {"none", "few"} and not any(c.i < subj.i for c in subj.children):
        return not _some_few(subj)
    mods = list(subj.children)
    if any(c.lower_ == "few" and not _some_few(c) for c in mods):
        return True
    negated_one = any(c.lower_ == "one" and any(g.dep_ == "neg" for g in c.children) for c in mods)
    return negated_one or any(c.dep_ == "det" and c.lower_ == "no" for c in mods)


def _some_few(few: Token) -> bool:
    """'a few', 'quite a few': some, unlike a bare 'few'."""
    return few.i > 0 and few.doc[few.i - 1].lower_ in {"a", "quite"}
