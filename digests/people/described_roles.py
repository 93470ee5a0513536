"""Roles given only by a definite description after the name: 'the quarterback said'.

Writers name a person once and then call them by their post: "Ana Ruiz threw for 300
yards. The rookie quarterback said ...", "Coach Bo Lund praised Ruiz, saying the
quarterback had ...". When a person has no role from their own mentions, a definite
title noun ("the [rookie] quarterback", "the Kelvaran ambassador's office") that is the
subject or possessor of its clause, held by nobody in the cast, and said within a
sentence after the one role-less person named just before it, describes that person.

The result is a *described* role (`CastMember.described_role`): shown in the digest, but
not read by the quote and event extractors, which use `role` to resolve title-only
mentions; a guessed link must not move a quote to another speaker.

Does NOT handle: descriptions with several role-less people named just before (the
description could be any one's), descriptions as objects ("critics attacked the
minister"), or descriptions inside quotes.
"""

from __future__ import annotations

import bisect
from typing import Protocol

from spacy.tokens import Doc, Span, Token

from digests.lexicon import GENDERED_ROLE_WORDS, OFFICE_TITLES, TITLE_WORDS
from digests.people.missed_names import list_mates
from digests.people.name_shapes import first_name_gender
from digests.people.roles import _trim_role_span, expand_abbreviations

# A description refers back when it is what its clause is about.
REFERRING_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})
DEFINITE = frozenset({"the", "this"})
# Modifiers that belong to the description's own words ("the rookie quarterback").
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod", "poss"})
# Prepositions whose phrase completes a post ("the head of the agency").
POST_PREPS = frozenset({"of", "for", "to", "at"})
# Kin and bystander words: "the father" or "the victim" is rarely the named person's post.
NOT_POSTS = frozenset(
    """
    mother father son daughter wife husband sister brother grandmother grandfather uncle
    aunt cousin friend member resident student parent worker employee customer patient
    victim survivor witness bystander tenant partner official representative
    """.split()
)
MAX_ROLE_TOKENS = 8


class DescribedHolder(Protocol):
    """The parts of a cast member this pass reads and fills."""

    role: str | None
    described_role: str | None
    name: str
    gender: str | None
    first: str | None
    mention_tokens: list[int]
    title_nouns: set[str]


def roles_from_descriptions(
    doc: Doc,
    members: list[DescribedHolder],
    token_person: dict[int, int],
    in_quote: list[bool],
) -> None:
    """Give role-less people the definite description that follows them (see the module
    docstring)."""
    claimed = {noun for m in members for noun in m.title_nouns}
    mentions = sorted(
        (t, idx) for idx, m in enumerate(members) for t in m.mention_tokens if not in_quote[t]
    )
    for tok in doc:
        if not _description_head(tok, token_person, in_quote, claimed):
            continue
        idx = _antecedent(doc, tok, mentions, members, token_person)
        if idx is None:
            continue
        member = members[idx]
        if not _gender_fits(tok, member):
            continue
        role = _role_words(tok)
        if role is not None and member.described_role is None:
            member.described_role = expand_abbreviations(" ".join(role.text.split()).lower())


def titles_before_the_name(
    doc: Doc,
    members: list[DescribedHolder],
    token_person: dict[int, int],
    in_quote: list[bool],
) -> None:
    """A role-less person first named as a subject takes the unclaimed title said up to two
    sentences before (paragraphs of one sentence included), when nobody else role-less is
    named between: "Norland's ambassador to Keld has been summoned ... / Piet Okafor was
    arrested ... (Okafor has a role) / In response, Ana Ruiz has been called in"."""
    claimed = {noun for m in members for noun in m.title_nouns}
    sents = list(doc.sents)
    sent_index = {s.start: k for k, s in enumerate(sents)}
    for idx, member in enumerate(members):
        if member.role is not None or member.described_role is not None:
            continue
        outside = [t for t in sorted(member.mention_tokens) if not in_quote[t]]
        if not outside:
            continue
        first = doc[outside[0]]
        head = first
        while head.dep_ in {"compound", "flat"} and head.head.i != head.i:
            head = head.head
        if head.dep_ not in {"nsubj", "nsubjpass"} or _listed(first):
            continue
        k = sent_index.get(first.sent.start)
        if k is None:
            continue
        title = None
        for before in reversed(sents[max(0, k - 2) : k]):
            others = {token_person[t.i] for t in before if t.i in token_person} - {idx}
            if any(members[o].role is None for o in others):
                break
            title = _last_unclaimed_title(before, in_quote, token_person, claimed)
            if title is not None:
                break
        if title is None or not _gender_fits(title, member):
            continue
        role = _role_words(title)
        if role is not None:
            member.described_role = expand_abbreviations(" ".join(role.text.split()).lower())
            claimed.add(title.lower_)


def _last_unclaimed_title(sent: Span, in_quote, token_person, claimed: set[str]) -> Token | None:
    """The last singular title noun of a sentence introduced by an article or a possessive
    ("Norland's ambassador", "a harbour spokeswoman"), held by nobody in the cast."""
    found = None
    for tok in sent:
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or in_quote[tok.i] or tok.i in token_person:
            continue
        lemma = tok.lemma_.lower()
        if lemma not in TITLE_WORDS or lemma in NOT_POSTS or tok.dep_ == "compound":
            continue
        if tok.lower_ in claimed or tok.ent_type_ == "ORG":
            continue
        if tok.dep_ not in {"nsubj", "nsubjpass", "dobj", "pobj", "attr"}:
            continue
        if any(c.dep_ == "poss" or c.lower_ in {"a", "an", "the"} for c in tok.children):
            found = tok
    return found


def office_of_the_main_person(
    doc: Doc,
    members: list[DescribedHolder],
    token_person: dict[int, int],
    in_quote: list[bool],
) -> None:
    """'the prime minister' said twice, held by nobody named, in a story mainly about one
    role-less person (three or more mentions, twice any other role-less person's): the
    office is theirs ("a letter to the prime minister ... the MPs told Ana Ruiz")."""
    role_less = sorted(
        ((len(m.mention_tokens), idx) for idx, m in enumerate(members) if m.role is None),
        reverse=True,
    )
    if not role_less or role_less[0][0] < 3:
        return
    if len(role_less) > 1 and role_less[1][0] * 2 > role_less[0][0]:
        return
    main = members[role_less[0][1]]
    if main.described_role is not None or all(_listed(doc[t]) for t in main.mention_tokens):
        return  # named only beside others ("Ana Ruiz and Bo Lund"): not the story's one
    claimed = {noun for m in members for noun in m.title_nouns}
    said: dict[str, list[Token]] = {}
    for tok in doc:
        if _office_mention(tok, token_person, in_quote, claimed):
            said.setdefault(tok.lemma_.lower(), []).append(tok)
    offices = sorted(((len(toks), toks[0].i, toks) for toks in said.values()), reverse=True)
    if not offices:
        return
    first = offices[0][2][0]
    if offices[0][0] < 2 and first.lemma_.lower() not in OFFICE_TITLES:
        return  # said once, only an office held by one person in the story's place will do
    if not _gender_fits(first, main):
        return
    role = _role_words(first)
    if role is not None:
        main.described_role = expand_abbreviations(" ".join(role.text.split()).lower())


def _office_mention(tok: Token, token_person, in_quote, claimed: set[str]) -> bool:
    """'the quarterback', 'the Prime Minister': a definite singular title noun, anywhere
    in the clause, outside quotes, held by nobody in the cast."""
    if tok.pos_ not in {"NOUN", "PROPN"} or tok.tag_ not in {"NN", "NNP"} or in_quote[tok.i]:
        return False
    lemma = tok.lemma_.lower()
    if lemma not in TITLE_WORDS or lemma in NOT_POSTS or tok.lower_ in claimed:
        return False
    if tok.i in token_person or tok.dep_ == "compound" or tok.ent_type_ == "ORG":
        return False  # "the County Prosecutor's Office" names a body
    if any(c.dep_ == "appos" or c.i in token_person for c in tok.children):
        return False
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children)


def _gender_fits(title: Token, member: DescribedHolder) -> bool:
    """'the king' is no woman's role: the title's gender against the person's, known from
    pronouns and titles or, failing those, from the given name."""
    said = GENDERED_ROLE_WORDS.get(title.lower_)
    known = member.gender or first_name_gender(member.first or member.name.split()[0])
    return said is None or known is None or said == known


def _description_head(tok: Token, token_person, in_quote, claimed: set[str]) -> bool:
    """'the quarterback' as a clause's subject or possessor: a singular title noun with
    a definite article, not part of a name, not a title someone in the cast holds."""
    if tok.pos_ not in {"NOUN", "PROPN"} or tok.tag_ not in {"NN", "NNP"} or in_quote[tok.i]:
        return False
    lemma = tok.lemma_.lower()
    if lemma not in TITLE_WORDS or lemma in NOT_POSTS or tok.lower_ in claimed:
        return False
    if tok.i in token_person or tok.dep_ not in REFERRING_DEPS or tok.ent_type_ == "ORG":
        return False
    if any(c.dep_ == "appos" or c.i in token_person for c in tok.children):
        return False  # "the minister, Ana Ruiz," is read with the name
    return any(
        c.dep_ == "det" and c.lower_ in DEFINITE or _owner(c, token_person) for c in tok.children
    )


def _owner(child: Token, token_person) -> bool:
    """ "the team's quarterback", "Acme's chief executive": a body that holds the post."""
    if child.dep_ != "poss" or child.i in token_person:
        return False
    if child.pos_ == "NOUN":
        return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in child.children)
    return child.pos_ == "PROPN" and child.ent_type_ in {"ORG", "GPE", "NORP"}


def _antecedent(doc: Doc, tok: Token, mentions, members, token_person) -> int | None:
    """The one role-less person named in the description's sentence before it, or in the
    sentence before that (same paragraph); None when another person stands nearer or
    when the description and the name are arguments of the same verb ("Ruiz met the
    minister")."""
    sent = tok.sent
    window_start = sent.start
    previous = _sentence_before(doc, sent)
    if previous is not None:
        window_start = previous.start
    lo = bisect.bisect_left(mentions, (window_start, -1))
    hi = bisect.bisect_left(mentions, (tok.i, -1))
    near = mentions[lo:hi]  # the mentions in the window, found by halving: no full scan
    if not near:
        return None
    role_less = {idx for _, idx in near if members[idx].role is None}
    nearest_t, nearest = near[-1]
    if len(role_less) != 1 or nearest not in role_less:
        return None
    if _co_argument(doc[nearest_t], tok) or _listed(doc[nearest_t]):
        return None
    return nearest


def _listed(name_tok: Token) -> bool:
    """The name stands in a list of names ("Ana Ruiz and Bo Lund spoke"): a description
    after it could be any one's, named or not."""
    head = name_tok
    while head.dep_ in {"compound", "flat"} and head.head.i != head.i:
        head = head.head
    return bool(list_mates(head))


def _co_argument(name_tok: Token, desc: Token) -> bool:
    """The name and the description hang on the same verb: two different people."""
    return _clause_verb(name_tok) is not None and _clause_verb(name_tok) == _clause_verb(desc)


def _clause_verb(tok: Token) -> int | None:
    head = tok
    while head.dep_ in {"compound", "flat", "poss", "pobj", "prep", "conj", "appos"}:
        if head.head == head:
            break
        head = head.head
    verb = head.head
    return verb.i if verb.pos_ in {"VERB", "AUX"} else None


def _sentence_before(doc: Doc, sent: Span) -> Span | None:
    """The sentence ending right before `sent`, within the same paragraph."""
    i = sent.start - 1
    if i < 0 or doc[i].is_space and "\n" in doc[i].text:
        return None
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0 or "\n" in doc[i].text:
        return None
    return doc[i].sent


def _role_words(tok: Token) -> Span | None:
    """'rookie quarterback', 'head of the agency': the description without its article."""
    doc = tok.doc
    start = tok.i
    for child in tok.lefts:
        if child.dep_ in MODIFIER_DEPS:
            start = min(start, child.left_edge.i)
    end = tok.i + 1
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ in POST_PREPS:
            end = max(end, child.right_edge.i + 1)
            break
    role = _trim_role_span(doc[start:end])
    if role is None or len(role) > MAX_ROLE_TOKENS:
        return None
    return role
