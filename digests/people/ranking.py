"""The people a digest lists: cast members who act in the story, most prominent first.

The cast (`cast.py`) knows every person the article names; the extractors know who spoke,
met and demanded. This module weighs the two, so the ranking lives with people rather than
in the engine.

Does NOT handle: people the story is about who never act, speak or hold a stated role
(named once in passing, they are left out on purpose).
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Token

from digests.lexicon import CUE_VERBS
from digests.model import Person
from digests.people.appositive_roles import title_over_body
from digests.people.cast import Cast
from digests.people.missed_names import list_mates
from digests.people.name_shapes import first_name_gender

MAX_KEY_PEOPLE = 5
# A line that credits the article's makers: "By Ana Ruiz", "Reporting by X; Editing by Y",
# "Additional reporting by X", "Writing by X in Ostrin".
CREDIT_LINE = re.compile(
    r"^\s*(additional\s+)?(reporting|editing|writing|compiled|photographs?|photos?)\s+by\s"
    r"|;\s*editing\s+by\s",
    re.IGNORECASE,
)
# "By Ana Ruiz" as a line of its own: short, no full stop ("By Tuesday, the council had
# agreed ..." opens a paragraph of the story).
BYLINE = re.compile(r"^\s*by\s+[A-Z][^.!?]{0,60}$", re.IGNORECASE)
# A credit anywhere: "AP writer X contributed to this report", "X contributed reporting".
CONTRIBUTED = re.compile(
    r"\bcontributed\s+(additional\s+)?(reporting|to\s+this\s+(report|story|article))",
    re.IGNORECASE,
)
# A tagline closing the article, about its writer: "X is a reporter for the Harbour
# Times", "X covers transport for ...", "Contact X at ...", "- X, Harbour Times".
NAME = r"[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){1,3}"
JOURNALISTS = (
    r"reporter|correspondent|writer|columnist|editor|journalist|contributor|photographer"
    r"|producer|freelancer|intern"
)
TAGLINE = re.compile(
    rf"^\s*{NAME}\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}(?:{JOURNALISTS})s?\b"
    rf"|^\s*{NAME}\s+(?:covers|writes\s+about|reports\s+on)\s"
    rf"|^\s*(?:contact|reach|email|follow)\s+{NAME}\s+(?:at|on|via)\s"
    rf"|^\s*[-\u2013\u2014]+\s*{NAME},\s+[A-Z][^.!?]{{0,50}}$"
)
TAGLINE_LINES = 3  # a tagline stands in the article's last lines
TAGLINE_MAX_WORDS = 40


def rank_people(
    cast: Cast,
    doc: Doc,
    in_quote: list[bool],
    *,
    actors: set[int],
    speaker_quotes: Counter[int],
    body_start: int = 0,
) -> list[Person]:
    """Cast members who act in the story, most prominent first; the top ones are key.

    `actors` are the cast members the extractors found speaking, meeting or demanding;
    `speaker_quotes` counts the quotes each one speaks; `body_start` is the first token
    after the headline. A person named once in passing
    ("while he sits behind X") is left out; one who acts, holds a stated role, reports
    something, or recurs as a subject stays.
    """
    scored = []
    credits = _credit_line_tokens(doc)
    for idx, m in enumerate(cast.members):
        # the headline restates the story, and its capitals mislead the model: a name
        # found only there ("Minister Holds Talks") is no one the story is about; nor is
        # a reporter named in a credit line ("Reporting by X; Editing by Y")
        body = [
            t for t in m.mention_tokens if not in_quote[t] and t >= body_start and t not in credits
        ]
        if not body:
            continue
        heads = [_clause_role(doc[t]) for t in body]
        reports = any(dep == "nsubj" and head.lemma_ in CUE_VERBS for dep, head in heads)
        subject = any(dep in {"nsubj", "agent"} for dep, _ in heads)
        recurring = subject and m.outside_quote_mentions >= 2
        actor = idx in actors
        # a stated role keeps a person who recurs or acts as a subject ("Acme's chief,
        # Ana Ruiz, apologized"), not one named once in passing ("after former manager
        # Ana Ruiz retired" is background)
        acts = any(dep == "nsubj" and head.dep_ == "ROOT" for dep, head in heads)
        if not (
            actor
            or m.role
            and (len(body) >= 2 or acts)
            or reports
            or recurring
            or _introduced(cast, idx, doc, body, heads)
        ):
            continue
        score = m.outside_quote_mentions + 3 * speaker_quotes[idx] + (2 if actor else 0)
        score += (1 if m.role else 0) + (1 if reports else 0)
        scored.append((score, -min(m.mention_tokens), idx))
    scored.sort(reverse=True)
    people = []
    for rank, (score, _, idx) in enumerate(scored):
        m = cast.members[idx]
        people.append(
            Person(
                name=m.name,
                role=m.role or m.described_role,
                aliases=list(m.aliases),
                key=rank < MAX_KEY_PEOPLE and (rank < 2 or score >= 4),
                mentions=len(m.mention_tokens),
            )
        )
    return people


def _name_head(tok: Token) -> Token:
    """The token that carries a name mention's place in the parse."""
    head = tok
    while head.dep_ in {"compound", "flat", "appos"} and head.head != head:
        # "A spokesman for Acme, Ana Ruiz, said": the name stands in the title's place
        head = title_over_body(head) or head.head
    return head


def _clause_role(tok: Token) -> tuple[str, Token]:
    """The dependency a name mention fills in its clause, seen through its name compounds
    and through a coordination ("Ana Ruiz and Bo Lund met": both are subjects)."""
    head = _name_head(tok)
    while head.dep_ == "conj" and head.head != head and head.head.pos_ in {"PROPN", "NOUN"}:
        head = _name_head(head.head)
    if head.dep_ == "pobj" and head.head.lower_ == "by":
        return "agent", head.head.head
    return head.dep_, head.head


# Words that make a sentence about someone's death: the dead person is background.
DEATH_WORDS = frozenset(
    "death died dies dead late killed killing funeral memorial obituary assassination".split()
)
# Head nouns of a "role" that is really a place description ("the resort city Sochi").
PLACE_ROLE_NOUNS = frozenset(
    "city town village resort region province state county district capital port island".split()
)
# Nouns for something a person does: their possessor takes part ("Ruiz's visit to Lima").
EVENT_NOUNS = frozenset(
    "trip visit tour meeting talks call speech arrival departure resignation appointment".split()
)
MAIN_CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp"})
SUBORDINATE_DEPS = frozenset({"advcl", "pcomp"})


def _introduced(cast: Cast, idx: int, doc: Doc, body: list[int], heads) -> bool:
    """A person named once can still take part: a full name introduced with its post
    ("summoned Danish envoy Karin Holm"), as a main clause's subject or object ("Karin
    Holm was arrested on Saturday", "prosecutors charged Karin Holm"), or in a list of
    people ("a delegation of Ana Ruiz, Bo Lund and Kofi Mensah"). So is a given name used
    alone in those places ("William and Kate will greet the president"): royals, artists
    and children go by one name.

    Not when every mention only qualifies a thing ("Holm's plan"), sits in an adverbial
    clause ("after former manager Karin Holm retired") or in a sentence about a death.
    """
    m = cast.members[idx]
    if _only_background(doc, body, heads):
        return False
    placed = _main_argument(heads)
    if " " in m.name:
        placed = placed or _listed(cast, idx, doc, body)
        return placed or m.role is not None and not _place_role(m.role)
    return placed and first_name_gender(m.name) is not None


def _main_argument(heads: list[tuple[str, Token]]) -> bool:
    """The name is the subject (active or passive) or object of a clause that reports an
    event, not of a subordinate one."""
    return any(
        dep in {"nsubj", "nsubjpass", "agent", "dobj"} and head.dep_ in MAIN_CLAUSE_DEPS
        for dep, head in heads
    )


def _listed(cast: Cast, idx: int, doc: Doc, body: list[int]) -> bool:
    """The name stands in a coordination with another person ("Ana Ruiz and Bo Lund")."""
    for t in body:
        head = _name_head(doc[t])
        untitled = cast.members[idx].role is None
        mates = head.conjuncts if untitled and not _group_of(head) else list_mates(head)
        for other in mates:
            owner = cast.person_at(other)
            if owner is not None and owner != idx and " " in cast.members[owner].name:
                return True
    return False


def _group_of(head: Token) -> bool:
    """The list names the members of a group: 'a delegation of Ana Ruiz, Bo Lund and ...'
    (its members take part even untitled; a bare list parsed as appositions may not)."""
    first = head
    while first.dep_ in {"appos", "conj"} and first.head.pos_ == "PROPN":
        first = first.head
    prep = first.head
    return (
        first.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.pos_ == "NOUN"
        and prep.head.tag_ == "NN"
        and prep.head.dep_ in {"nsubj", "nsubjpass", "dobj"}
    )


def _only_background(doc: Doc, body: list[int], heads: list[tuple[str, Token]]) -> bool:
    """Every mention only qualifies a thing ("Ruiz's 1969 plan"), sits in an adverbial
    clause ("after former manager Ana Ruiz retired") or in a sentence about a death ("the
    death of former senator Ana Ruiz")."""
    for t, (dep, _) in zip(body, heads, strict=True):
        if dep == "poss" and doc[t].head.lemma_.lower() not in EVENT_NOUNS:
            continue  # "Ruiz's plan" is background; "Ruiz's visit" is the story
        if any(w.lower_ in DEATH_WORDS for w in doc[t].sent):
            continue
        if any(a.dep_ in SUBORDINATE_DEPS for a in doc[t].ancestors):
            continue  # "after former manager Ana Ruiz retired": the story's background
        return False
    return True


def _place_role(role: str) -> bool:
    words = role.split()
    return bool(words) and words[-1] in PLACE_ROLE_NOUNS


def _credit_line_tokens(doc: Doc) -> set[int]:
    """Tokens of the lines that credit the article's reporters and editors: credit and
    byline lines, contributor notes, and taglines about the writer among the last lines."""
    tokens: set[int] = set()
    start = 0
    lines = doc.text.split("\n")
    last = [k for k, line in enumerate(lines) if line.strip()][-TAGLINE_LINES:]
    for k, line in enumerate(lines):
        end = start + len(line)
        tagline = k in last and len(line.split()) <= TAGLINE_MAX_WORDS and TAGLINE.search(line)
        if (
            CREDIT_LINE.search(line)
            or BYLINE.match(line)
            and len(line.split()) <= 10
            or CONTRIBUTED.search(line)
            and len(line.split()) <= TAGLINE_MAX_WORDS
            or tagline
        ):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                tokens.update(range(span.start, span.end))
        start = end + 1
    return tokens
