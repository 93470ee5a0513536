"""Roles stated in the sentence before a person is first named.

News often introduces a person by post before giving the name: "A Harbour Line
spokeswoman struck a similar tone. '...,' Ana Ruiz said." or "... the arrest of Norland's
top envoy in Lima. Piet Okafor was held for hours." When a person has no role from any of
their own mentions, is first named as the subject of their sentence, and the sentence
just before names nobody but holds an unclaimed singular title noun, that title is theirs.

Does NOT handle: a title two or more sentences back, or several untitled people named in
the same sentence (the title could be any one's).
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Doc, Span, Token

from digests.lexicon import GENDERED_ROLE_WORDS, TITLE_WORDS
from digests.people.missed_names import list_mates
from digests.people.roles import _trim_role_span, expand_abbreviations

INTRODUCING_DETS = frozenset({"a", "an", "the", "another"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


class RoleHolder(Protocol):
    """The parts of a cast member this pass reads and fills."""

    role: str | None
    gender: str | None
    mention_tokens: list[int]
    title_nouns: set[str]


def roles_from_sentence_before(
    doc: Doc,
    members: list[RoleHolder],
    token_person: dict[int, int],
    mention_spans: dict[int, tuple[int, int]],
    in_quote: list[bool],
) -> None:
    """Give each role-less person the unnamed title of the sentence before their first
    name (see the module docstring)."""
    claimed = {noun for m in members for noun in m.title_nouns}
    for idx, member in enumerate(members):
        if member.role is not None or not member.mention_tokens:
            continue
        first = min(member.mention_tokens)
        if in_quote[first]:
            continue
        name = doc[first : mention_spans[first][1]]
        sent = doc[first].sent
        if name.root.dep_ not in SUBJECT_DEPS or _others_named(sent, idx, token_person):
            continue
        if list_mates(name.root):
            continue  # "Ana Ruiz and Bo Lund signed": the title may be the other's
        before = _sentence_before(doc, sent)
        if before is None or any(t.i in token_person for t in before):
            continue
        title = _last_unclaimed_title(before, in_quote, claimed)
        if title is None or not _gender_fits(title, member.gender):
            continue
        role = _trim_role_span(doc[title.left_edge.i : title.right_edge.i + 1])
        if role is None:
            continue
        member.role = expand_abbreviations(" ".join(role.text.split()).lower())
        member.title_nouns.add(title.lower_)
        claimed.add(title.lower_)


def _others_named(sent: Span, idx: int, token_person: dict[int, int]) -> bool:
    return any(token_person.get(t.i, idx) != idx for t in sent)


def _sentence_before(doc: Doc, sent: Span) -> Span | None:
    """The sentence ending right before `sent`, within the same paragraph."""
    i = sent.start - 1
    if i < 0 or doc[i].is_space and "\n\n" in doc[i].text:
        return None
    while i >= 0 and doc[i].is_space:
        i -= 1
    return doc[i].sent if i >= 0 else None


def _last_unclaimed_title(sent: Span, in_quote: list[bool], claimed: set[str]) -> Token | None:
    """The last singular title noun introduced by an article or a possessive ('a Harbour
    Line spokeswoman', "Norland's top envoy"), held by no named person."""
    found = None
    for tok in sent:
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or in_quote[tok.i]:
            continue
        if tok.lemma_.lower() not in TITLE_WORDS or tok.dep_ == "compound":
            continue
        if tok.lower_ in claimed:
            continue
        if any(c.dep_ == "poss" or c.lower_ in INTRODUCING_DETS for c in tok.children):
            found = tok
    return found


def _gender_fits(title: Token, gender: str | None) -> bool:
    said = GENDERED_ROLE_WORDS.get(title.lower_)
    return said is None or gender is None or said == gender
