"""A subject or noun phrase next to a cue -> the party that speaks.

Split from speaker_cues.py, which finds the cue: this reads what the cue's subject stands
for, where the parse alone would give the wrong party.

- A speech noun speaks for its owner (`her reply`, `Okonjo's message`); a document with no
  author named (`sent an email saying`) for whoever sent it.
- Signs and banners carry the words of whoever holds them up (`held signs that read`).
- `it said` is the statement, letter or organisation just named, never a person.
- A relative `who` is the person the relative clause describes, even when the parser hung
  it on a noun inside that person's appositive.
- Of two subjects the parser gives a cue, the one nearest it; a passive cue's agent.
- `the Vasquez campaign` is a body, not the person it is named after.
- An epithet no cast member holds as a role (`the frontrunner`, `the incumbent`, or an
  office with a place or party modifier: `the Manitoba senator`, `the Labour minister`) is
  the person the previous sentence is about (its subject, or whose act its subject is:
  `Okonjo's plan drew fire`). A bare office, a spokesman, an aide or any
  word for an unnamed source is never read as an epithet.

Does NOT handle: epithets that point further back than the previous sentence, or `it`
for an organisation named two sentences before.
"""

from __future__ import annotations

from spacy.tokens import Token

from digests.analysis import Analysis, Party
from digests.joint_speakers import joint_party
from digests.lexicon import (
    ANONYMOUS_NOUNS,
    GROUP_NOUNS,
    ORG_DESCRIPTORS,
    RELATIVE_PRONOUNS,
    TITLE_WORDS,
)
from digests.parties import (
    SUBJECT_DEPS,
    Discourse,
    body_party,
    party_of,
    person_party,
)
from digests.quotes.epithets import epithet_person
from digests.quotes.role_holders import office_holder
from digests.salience import binding_body, is_body_subject

SPEECH_NOUNS = frozenset(
    """
    message response reply answer assessment advice verdict view words remark remarks
    comment comments explanation argument reasoning retort warning promise pitch plea
    tweet post statement take conclusion prediction question promise pledge slogan
    mantra motto line claim vow refrain catchphrase phrase
    """.split()
)
# Nouns that head a text quoted in full ("The full transcript reads:").
TRANSCRIPT_NOUNS = frozenset(
    {"transcript", "excerpt", "excerpts", "text", "statement", "letter", "memo", "release"}
)
DOCUMENT_WORDS = TRANSCRIPT_NOUNS | {"report", "filing", "announcement", "notice", "email"}
# Things that carry words and are held up or worn, not speakers themselves.
DISPLAY_NOUNS = frozenset(
    {"sign", "banner", "placard", "poster", "shirt", "t-shirt", "sticker", "button", "flag"}
)
# Bodies that take a person's name ("the Vasquez campaign").
BODY_NOUNS = frozenset(
    {"campaign", "administration", "team", "camp", "government", "office", "staff", "foundation"}
    | {"institute", "center", "centre", "library", "family"}
)

# Heads a misattached relative clause or appositive hangs from on its way to the person.
NOUN_CHAIN_DEPS = frozenset({"pobj", "prep", "appos", "poss", "compound"})


def speech_owner(noun: Token) -> Token | None:
    if noun.lemma_.lower() not in SPEECH_NOUNS:
        return None
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def nearest_subject(an: Analysis, node: Token, cue: Token) -> Token | None:
    """The subject of `node` outside quotes; of two, the one nearest the cue."""
    subjects = [
        c
        for c in node.children
        if c.dep_ in SUBJECT_DEPS and (not an.in_quote(c) or scare_quoted_name(an, c))
    ]
    if any(s.dep_ == "nsubjpass" for s in subjects) and node.lemma_.lower() != "be":
        # `the rally was called by Reyes`: the passive subject is what was said or
        # addressed; the speaker, if any, is the agent
        agent = next((c for c in node.children if c.dep_ == "agent"), None)
        return next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
    if not subjects:
        return _acronym_read_as_auxiliary(an, node)
    return min(subjects, key=lambda s: abs(s.i - cue.i))


def scare_quoted_name(an: Analysis, subj: Token) -> bool:
    """`the "Harbour Wolves" chanted`: a subject whose quote marks hold nothing but its own
    capitalised name after a determiner (a nickname set off by the writer), not words."""
    qi = an.token_quote[subj.i]
    tokens = an.quote_tokens(qi) if qi >= 0 else None
    if tokens is None or not 1 <= len(tokens) <= 6:
        return False
    if an.in_quote(subj.left_edge):
        return False  # `"Meh," wrote X`: words that open the sentence, not a nickname
    inside = [t for t in tokens if not t.is_punct]
    phrase = {t.i for t in subj.subtree}
    return bool(inside) and all(t.i in phrase and t.is_title for t in inside)


def _acronym_read_as_auxiliary(an: Analysis, node: Token) -> Token | None:
    """'NRGF said in a statement': the parser reads an unknown all-capitals name right
    before the verb as its auxiliary or modifier and leaves the verb with no subject."""
    if node.i == 0:
        return None
    before = node.doc[node.i - 1]
    if before.head.i != node.i or before.dep_ not in {"aux", "advmod", "npadvmod", "dep"}:
        return None
    if an.in_quote(before) or not (before.is_upper and before.is_alpha and len(before) >= 2):
        return None
    return before


def subject_party(an: Analysis, verb: Token, subj: Token, discourse: Discourse) -> Party | None:
    """The party a subject stands for, reading speech nouns, `it` and `who` through."""
    low = subj.lower_
    if an.in_quote(subj):  # `the "Harbour Wolves" chanted`: a name in scare quotes
        if not scare_quoted_name(an, subj):
            return None
        words = an.doc[subj.left_edge.i : subj.i + 1].text
        return Party(name=" ".join(w.strip('"“”‘’') for w in words.split()), kind="anonymous")
    if low in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return _described_party(an, _relative_antecedent(verb.head, subj), discourse)
    if low == "it" and subj.pos_ == "PRON":
        return _it_party(an, subj, discourse)
    owner = speech_owner(subj)
    if owner is not None:
        return party_of(an, owner, discourse=discourse)
    joint = joint_party(an, subj)
    if joint is not None:
        return joint
    named = _appositive_person(an, subj)
    if named is not None:
        return person_party(an, named, "named")
    body = _body_named_for_person(an, subj) or _named_by_close_appositive(an, subj)
    if body is not None:
        return body
    party = party_of(an, subj, discourse=discourse)
    if party is not None and party.kind == "anonymous":
        return office_holder(an, subj) or epithet_person(an, subj) or party
    if party is not None and party.person is None:
        return epithet_person(an, subj) or party  # `the Democrat`, read as a body
    return party


def _appositive_person(an: Analysis, subj: Token) -> int | None:
    """`a spokeswoman, Ana Ruiz,` and `a spokeswoman for Acme, Ana Ruiz,`: the person an
    appositive names. The parser hangs the name on the nearest noun, so a name set off
    after a body (`for Acme`, `of the union`) is taken back to the person before it: a body
    is not a person, so the name can only describe the spokeswoman."""
    for child in subj.children:
        if child.dep_ == "appos" and an.cast.person_at(child) is not None:
            return an.cast.person_at(child)
    for prep in (c for c in subj.children if c.dep_ == "prep" and c.i > subj.i):
        for body in (c for c in prep.children if c.dep_ == "pobj"):
            if not _is_body(body):
                continue  # `a spokeswoman for Ana Ruiz, ...`: the name may be hers
            for child in body.children:
                if child.dep_ == "appos" and an.cast.person_at(child) is not None:
                    return an.cast.person_at(child)
    return None


def _is_body(noun: Token) -> bool:
    """A named organisation or place, or a word for a body (`the union`), never a person."""
    low = noun.lemma_.lower()
    if low in TITLE_WORDS or low in ANONYMOUS_NOUNS:
        return False
    if noun.ent_type_ == "PERSON":
        return False
    return noun.ent_type_ in {"ORG", "GPE", "NORP", "FAC"} or low in ORG_DESCRIPTORS


def _relative_antecedent(head: Token, relative: Token) -> Token:
    """`a meeting with the Harbour Board, dock workers – who claimed ...`: the parser may
    hang the relative clause on a noun whose appositive stands nearer the `who`; the
    nearer noun phrase is the one described."""
    nearer = [c for c in head.children if c.dep_ == "appos" and head.i < c.i < relative.i]
    return nearer[-1] if nearer else head


def _body_named_for_person(an: Analysis, noun: Token) -> Party | None:
    """`the Vasquez campaign`, `the Okonjo administration`: a body, not the person it is
    named after (`Vasquez's spokesman` stays a description)."""
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.lemma_.lower() not in BODY_NOUNS:
        return None
    named = [c for c in noun.children if c.dep_ == "compound" and an.cast.person_at(c) is not None]
    if not named:
        return None
    name = an.doc[named[0].i : noun.i + 1].text
    return Party(name=name, kind="organization")


def _named_by_close_appositive(an: Analysis, noun: Token) -> Party | None:
    """`the campaign group Renewable Iowa Future is "confident"`: a body's descriptor
    followed at once by its capitalised name speaks as that body."""
    if noun.lemma_.lower() not in ORG_DESCRIPTORS or noun.tag_ != "NN":
        return None
    for child in noun.children:
        if child.dep_ != "appos" or child.left_edge.i != noun.i + 1:
            continue
        span = an.doc[child.left_edge.i : child.right_edge.i + 1]
        words = [t for t in span if not t.is_punct and t.tag_ != "POS"]
        if not words or not all(t.is_title or t.is_upper for t in words):
            return None
        if an.cast.person_in(span) is not None or any(an.in_quote(t) for t in span):
            return None
        return Party(name=an.org_names.with_acronym(span.text), kind="organization")
    return None


def _described_party(an: Analysis, head: Token, discourse: Discourse) -> Party | None:
    """`Delacroix, the candidate for Amundsen's seat, who has told ...`: the relative clause
    describes the person even when the parser hung it on a noun inside the appositive."""
    node = head
    for _ in range(6):
        idx = an.cast.person_at(node)
        if idx is not None:
            return person_party(an, idx, "named")
        if node.dep_ not in NOUN_CHAIN_DEPS or node.head == node:
            break
        node = node.head
    if head.lemma_.lower() in DISPLAY_NOUNS:
        return noun_with_participle(an, head, discourse)  # `signs that read "..."`
    return party_of(an, head, discourse=discourse)


def _it_party(an: Analysis, it: Token, discourse: Discourse) -> Party | None:
    """`it said`: the statement or letter named just before, else an organisation named
    there, else nobody (never a person: `it` is not one)."""
    k = an.sentence_number(it)
    start = an.sents[k - 1].start if k > 0 else it.sent.start
    window = [t for t in reversed(an.doc[start : it.i]) if not an.in_quote(t)]
    for tok in window:
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in DOCUMENT_WORDS:
            party = party_of(an, tok, discourse=discourse)
            if party is not None and party.person is None:
                return party
    for tok in window:
        if tok.ent_type_ == "ORG" and an.cast.person_at(tok) is None:
            party = party_of(an, tok, discourse=discourse)
            if party is not None and party.kind == "organization":
                return party
    # `The group fights what it calls "..."`: the body of a clause above binds it
    binder = binding_body(an, it)
    if binder is not None:
        return body_party(an, binder, discourse)
    # `The foreign ministry said ... It also called on ...`: the body the sentence
    # before made its subject, even unnamed
    if k > 0:
        prev = an.sents[k - 1]
        subj = next((c for c in prev.root.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None and is_body_subject(an, subj):
            return body_party(an, subj, discourse)
    return None


def noun_with_participle(an: Analysis, noun: Token, discourse: Discourse) -> Party | None:
    """`a source saying ...` is the source; `sent an email saying ...` is whoever sent it,
    when the email itself names no author; `carried signs reading ...` whoever carried
    them."""
    low = noun.lemma_.lower()
    party = None if low in DISPLAY_NOUNS else subject_party(an, noun, noun, discourse)
    if low not in DOCUMENT_WORDS | DISPLAY_NOUNS or party is not None and party.kind != "anonymous":
        return party
    verb = noun.head
    if noun.dep_ in {"dobj", "pobj"} and verb.pos_ == "VERB" and not an.in_quote(verb):
        subj = nearest_subject(an, verb, verb)
        if subj is not None:
            return subject_party(an, verb, subj, discourse)
    return party


def can_speak(noun: Token) -> bool:
    """A noun for someone or something that can say words: a person, a group, a body, a
    document or a sign, a named entity; not `a reference`, `his meeting`, `an expletive`."""
    low = noun.lemma_.lower()
    return (
        noun.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}
        or noun.tag_ in {"NNS", "NNPS"}
        or low in ANONYMOUS_NOUNS
        or low in GROUP_NOUNS
        or low in TITLE_WORDS
        or low in SPEECH_NOUNS
        or low in DOCUMENT_WORDS
        or low in DISPLAY_NOUNS
    )


def verb_above(an: Analysis, noun: Token, steps: int = 6) -> Token | None:
    """The nearest verb outside quotes that a noun phrase hangs from, within `steps` heads."""
    node = noun
    for _ in range(steps):
        if node.head == node:
            return None
        node = node.head
        if an.in_quote(node):
            return None
        if node.pos_ in {"VERB", "AUX"}:
            return node
    return None
