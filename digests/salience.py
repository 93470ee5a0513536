"""Which earlier person a he/she most likely stands for: salience tests over the cast.

Split from `digests.parties` (which orders these tests in `resolve_pronoun`): each looks at
the sentences before a pronoun and names a cast member, or passes.

Does NOT handle: cataphora (a pronoun before the name it stands for).
"""

from __future__ import annotations

from spacy.tokens import Token

from digests.analysis import Analysis
from digests.lexicon import ANONYMOUS_NOUNS, ORG_DESCRIPTORS
from digests.people.name_shapes import first_name_gender

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
PRONOUN_REACH = 8  # sentences back a he/she may reach when nobody nearer fits


def nearest_fitting(an: Analysis, k: int, fits) -> int | None:
    """Last resort, as a coreference system would: the nearest earlier person mention
    outside quotes whose gender fits, within `PRONOUN_REACH` sentences, unless an unnamed
    person ("a resident") is the subject of a sentence nearer than that mention."""
    for s in reversed(an.sents[max(0, k - PRONOUN_REACH) : k]):
        for t in reversed(s):
            if an.in_quote(t):
                continue
            if t.dep_ in SUBJECT_DEPS and t.tag_ == "NN" and t.lemma_.lower() in ANONYMOUS_NOUNS:
                return None  # "a resident ... she said": someone unnamed is nearer
            idx = an.cast.person_at(t)
            if idx is not None and fits(idx):
                return idx
    return None


def new_subject_before(an: Analysis, k: int, para: int, fits) -> int | None:
    """`X said "...". Kral disagreed.` then `"...," she said.`: a person brought in as the
    subject of the sentence just before the paragraph break, with no quote of their own,
    is more salient than the last quote's speaker."""
    if k == 0:
        return None
    sent = an.sents[k - 1]
    if an.paragraph_of(sent.start_char) != para - 1 or any(an.in_quote(t) for t in sent):
        return None
    subj = next((c for c in sent.root.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is None:
        return None
    idx = an.cast.person_at(subj)
    if idx is None:
        # "Ana Ruiz, the mayor," yes; "The Ruiz campaign" no: that name only modifies
        idx = next(
            (
                found
                for c in subj.children
                if c.dep_ in {"appos", "compound", "flat"}
                and (found := an.cast.person_at(c)) is not None
                and mention_head(an, c, found) is not None
            ),
            None,
        )
    return idx if idx is not None and fits(idx) else None


def only_person_of_gender(an: Analysis, gender: str | None, k: int) -> int | None:
    """Across paragraph breaks: when the last three sentences name nobody, the one person
    of the pronoun's known gender named in the sentences before them ("Governor Ana Ruiz
    toured ... [three sentences on the flood] ... she said")."""
    if gender is None:
        return None
    for s in an.sents[max(0, k - 3) : k]:
        if any(
            t.dep_ in SUBJECT_DEPS
            and t.tag_ == "NN"
            and t.lemma_.lower() in ANONYMOUS_NOUNS
            and not an.in_quote(t)
            for t in s
        ):
            return None  # "a resident ... she said": someone unnamed is nearer
    found = {
        idx
        for s in an.sents[max(0, k - PRONOUN_REACH) : max(0, k - 3)]
        for t in s
        if (idx := an.cast.person_at(t)) is not None
        and not an.in_quote(t)
        and person_gender(an, idx) == gender
    }
    return found.pop() if len(found) == 1 else None


def person_gender(an: Analysis, idx: int) -> str | None:
    """The gender the text gives a person (Mr./Ms., a gendered role noun, he/she used for
    them), else the one their first name nearly always has; None when the two disagree,
    since either may be wrong."""
    member = an.cast.members[idx]
    by_name = first_name_gender(member.first)
    if member.gender and by_name and member.gender != by_name:
        return None
    return member.gender or by_name


def is_subject_in(an: Analysis, idx: int, sent) -> bool:
    for t in sent:
        if an.cast.person_at(t) != idx or an.in_quote(t):
            continue
        head = mention_head(an, t, idx)
        if head is not None and acts_as_subject(head):
            return True
    return False


def mention_head(an: Analysis, tok: Token, idx: int) -> Token | None:
    """The head of the noun phrase a name mention stands in (through the rest of the
    name and appositives), or None when the name only modifies another noun (`Trump
    campaign chairman Paul Manafort`: Trump is not the subject, Manafort is)."""
    head = tok
    while head.dep_ in {"compound", "flat", "appos"} and head.head != head:
        if head.dep_ == "compound" and an.cast.person_at(head.head) != idx:
            return None
        head = head.head
    return head


def in_main_clause(head: Token) -> bool:
    """A subject (or passive agent) of the sentence's main verb, or of a verb conjoined
    with it: `Asked by Quint about it, Brask said ...` -> Brask, not Quint; `... whether
    Quint will win` -> not Quint. Centering ranks the main clause's subject first."""
    verb = head.head.head if head.dep_ == "pobj" else head.head
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return verb.dep_ == "ROOT"


def acts_as_subject(head: Token) -> bool:
    """A clause's subject, or the agent of a passive ('the claims were made by Brask'),
    who is as much the sentence's topic as a subject would be."""
    if head.dep_ in SUBJECT_DEPS:
        return True
    return head.dep_ == "pobj" and head.head.dep_ == "agent"


def binding_body(an: Analysis, pronoun: Token) -> Token | None:
    """The body that binds an `it` or `they` from a clause above it, as a person subject
    binds a he/she: `The union is fighting what they call "..."`, `The campaign released
    ads it described as "..."`. The nearest clause up the tree that has a subject of its
    own decides; when that subject is not a body described by its kind (`who`, `the
    growers`, a person), nothing is bound."""
    node = pronoun.head
    for _ in range(8):
        if node.head.i == node.i:
            return None
        node = node.head
        subj = next((c for c in node.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None and subj.i != pronoun.i:
            return subj if is_body_subject(an, subj) else None
    return None


def is_body_subject(an: Analysis, subj: Token) -> bool:
    """`the group`, `Ruiz's campaign`, `The city council`: a body described by its kind."""
    return not an.in_quote(subj) and subj.tag_ == "NN" and subj.lemma_.lower() in ORG_DESCRIPTORS
