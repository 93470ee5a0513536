"""Person mentions -> one `Cast` entry per human, with role, aliases and gender.

The small English model is a weak guide on its own: it tags surnames as ORG or GPE at
times ("Adams said"), folds titles into names, and calls sports teams PERSON. So mentions
are gathered in three passes:

1. PERSON entities, trimmed of titles, determiners and possessive 's, become names; full
   names (two or more tokens) found the clusters, keyed by surname.
2. Any other token sequence that equals a known surname or full name is that person,
   whatever its label.
3. Title-only mentions ("the mayor", "the border czar", office nicknames like "Hizzoner")
   are linked to the one person whose role has that head noun.

Roles come from a title chain before the name ("Border czar Tom Homan"), an appositive
("X, the refinery manager,") or a relative clause ("X, who is ..."), first mention first.

Does NOT handle: two different people sharing a surname with no first name to tell them
apart (they merge), or roles stated only in a later sentence ("He is the city's ...").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .lexicon import (
    CUE_VERBS,
    GENDERED_ROLE_WORDS,
    HONORIFICS,
    OFFICE_NICKNAMES,
    ORG_HEAD_WORDS,
    PRONOUN_GENDER,
    TITLE_WORDS,
)
from .model import Person

DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
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
MAX_KEY_PEOPLE = 5
ROLE_DEPS = frozenset({"compound", "amod", "nmod", "poss", "case", "punct", "npadvmod", "nummod"})


@dataclass
class CastMember:
    """What the article tells us about one person, built up as mentions are read."""

    name: str
    surname: str
    first: str | None
    role: str | None = None
    gender: str | None = None
    aliases: list[str] = field(default_factory=list)
    mention_tokens: list[int] = field(default_factory=list)  # first token of each mention
    title_nouns: set[str] = field(default_factory=set)
    outside_quote_mentions: int = 0

    def add_alias(self, form: str) -> None:
        form = " ".join(form.split())
        if form and form != self.name and form not in self.aliases:
            self.aliases.append(form)


@dataclass
class Cast:
    """The article's people and a token -> person index for every resolved mention."""

    members: list[CastMember]
    token_person: dict[int, int]
    mention_spans: dict[int, tuple[int, int]]  # first token -> (start, end) of the mention

    def person_at(self, token: Token | int) -> int | None:
        i = token if isinstance(token, int) else token.i
        return self.token_person.get(i)

    def person_in(self, tokens: Span | list[Token]) -> int | None:
        for tok in tokens:
            idx = self.token_person.get(tok.i)
            if idx is not None:
                return idx
        return None

    def by_role_noun(self, noun: str, modifiers: tuple[str, ...] = ()) -> int | None:
        """The single person whose role ends in `noun` (and contains the modifiers)."""
        hits = []
        for i, m in enumerate(self.members):
            words = (m.role or "").lower().replace("-", " ").split()
            holds = noun in m.title_nouns or noun in words
            if holds and all(mod in words for mod in modifiers):
                hits.append(i)
        return hits[0] if len(hits) == 1 else None


def _clean_name_span(span: Span) -> Span | None:
    """Trim a PERSON entity to the name itself: no titles, determiners, 's or newlines."""
    doc = span.doc
    start, end = span.start, span.end
    while start < end and (doc[start].is_space or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].text in POSSESSIVE):
        end -= 1
    while end > start and doc[end - 1].is_punct and doc[end - 1].text != ".":
        end -= 1
    while start < end and _is_title_token(doc[start]) and end - start > 1:
        start += 1
    while start < end and (doc[start].lower_ in DETERMINERS or doc[start].lower_ in HONORIFICS):
        start += 1
    if start >= end:
        return None
    for tok in doc[start:end]:
        if "\n" in tok.text:
            end = tok.i
            break
    if start >= end:
        return None
    name = doc[start:end]
    if not any(t.text[:1].isupper() for t in name):
        return None
    if any(t.lower_ in ORG_HEAD_WORDS for t in name):
        return None
    if start > 0 and doc[start - 1].text in {"#", "@"}:
        return None
    return name


def _is_title_token(tok: Token) -> bool:
    low = tok.lower_
    return low in TITLE_WORDS or low.rstrip(".") in TITLE_WORDS or tok.text.islower()


def _looks_like_group(name: Span) -> bool:
    """'the Rams', 'Northrop Grumman officials': PERSON-tagged names that are not people."""
    doc = name.doc
    before = doc[name.start - 1] if name.start > 0 else None
    if before is not None and before.lower_ == "the" and len(name) == 1:
        return True
    root = name.root
    return (
        root.dep_ == "compound"
        and root.head.pos_ == "NOUN"
        and root.head.i >= name.end
        and root.head.tag_ == "NNS"
    )


def _drop_organisation_names(doc: Doc, members, token_person, mention_spans) -> None:
    """A 'person' whose name also heads an organisation name ("Harmon" in "Harmon
    Development") is the organisation: the model tags such names PERSON when they stand
    alone ("asked Harmon to cut ...").

    So is a one-word name that no title, honorific or first name ever marks as a human and
    that modifies a thing ("the Zorba engine", "Zorba's shares"): a company or a product.
    """
    for idx, m in enumerate(members):
        if " " in m.name:
            continue
        key = m.name.lower()
        org_like = any(
            tok.lower_ == key
            and tok.i + 1 < len(doc)
            and doc[tok.i + 1].is_title
            and doc[tok.i + 1].lower_ in ORG_HEAD_WORDS
            for tok in doc
        ) or (_never_marked_human(doc, key) and _modifies_a_thing(doc, key))
        if not org_like:
            continue
        m.mention_tokens.clear()
        m.outside_quote_mentions = 0
        for i in [i for i, owner in token_person.items() if owner == idx]:
            del token_person[i]
            mention_spans.pop(i, None)


def _never_marked_human(doc: Doc, key: str) -> bool:
    """No honorific, human title or first name stands before any mention of the word."""
    for tok in doc:
        if tok.lower_ != key or tok.i == 0:
            continue
        prev = doc[tok.i - 1]
        if prev.lower_ in HONORIFICS or prev.lemma_.lower() in TITLE_WORDS:
            return False
        if prev.pos_ == "PROPN" and prev.ent_type_ == "PERSON":
            return False
    return True


def _modifies_a_thing(doc: Doc, key: str) -> bool:
    """'the Zorba air bag', 'a Zorba account': the word modifies a common noun that is no
    role ("a Ruiz aide" would be a person's aide)."""
    return any(
        tok.lower_ == key
        and tok.dep_ in {"compound", "amod"}
        and tok.head.pos_ == "NOUN"
        and tok.head.i > tok.i
        and tok.head.lemma_.lower() not in TITLE_WORDS
        for tok in doc
    )


def _names_after_titles(doc: Doc, found: list[Span]) -> list[Span]:
    """'Engineer Priya Nair', 'Mr. Osei': a title or honorific followed by capitalised words
    is a name even where the model tagged nothing (or an ORG) there."""
    taken = {i for span in found for i in range(span.start, span.end)}
    extra: list[Span] = []
    for tok in doc:
        low = tok.lower_
        if low not in HONORIFICS and not (low in TITLE_WORDS and tok.pos_ in {"NOUN", "PROPN"}):
            continue
        j = tok.i + 1
        while (
            j < len(doc)
            and j - tok.i <= 3
            and doc[j].pos_ == "PROPN"
            and doc[j].is_title
            and j not in taken
            and not _is_title_token(doc[j])
            and doc[j].ent_type_ in {"", "PERSON", "ORG"}
        ):
            j += 1
        if j == tok.i + 1 or j - tok.i > 3:
            continue
        span = doc[tok.i + 1 : j]
        if any(t.ent_type_ == "ORG" for t in span) and any(
            e.label_ == "ORG" and e.start <= tok.i < e.end and e.end > j for e in doc.ents
        ):
            continue  # the title and name are part of a longer organisation name
        if span.root.dep_ == "compound" and span.root.head.i >= j:
            continue  # "Mayor Smith administration"
        if any(t.lower_ in ORG_HEAD_WORDS for t in span):
            continue
        extra.append(span)
        taken.update(range(span.start, span.end))
    for span in _names_in_title_appositions(doc):
        if not any(i in taken for i in range(span.start, span.end)):
            extra.append(span)
            taken.update(range(span.start, span.end))
    return extra


def _names_in_title_appositions(doc: Doc) -> list[Span]:
    """'Ambassador to Peru, Lena Ortiz': a first and last name set off after a title phrase.

    The model often tags such a name as a place or nothing at all. Only two or three
    capitalised proper nouns count, and only when the surname recurs in the article
    ("Ortiz said") or the model called them a PERSON, so an organisation or a place in
    apposition ("the director, Acme Corp") is not taken for a person.
    """
    found = []
    counts: dict[str, int] = {}
    for t in doc:
        if t.pos_ == "PROPN":
            counts[t.text] = counts.get(t.text, 0) + 1
    for tok in doc:
        if tok.lemma_.lower() not in TITLE_WORDS or tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        k = tok.i + 1
        if k < len(doc) and doc[k].lower_ in {"to", "in", "of", "for"}:
            k += 1
            while k < len(doc) and doc[k].ent_type_ in {"GPE", "LOC"}:
                k += 1
        if k >= len(doc) or doc[k].text != ",":
            continue
        j = k + 1
        while j < len(doc) and j - k <= 4 and doc[j].pos_ == "PROPN" and doc[j].is_title:
            j += 1
        span = doc[k + 1 : j]
        if not 2 <= len(span) <= 3 or j < len(doc) and doc[j].pos_ == "PROPN":
            continue
        if any(_is_title_token(t) or t.lower_ in ORG_HEAD_WORDS for t in span):
            continue
        if any(t.ent_type_ not in {"", "PERSON", "ORG", "GPE"} for t in span):
            continue
        if counts.get(span[-1].text, 0) >= 2 or all(t.ent_type_ == "PERSON" for t in span):
            found.append(span)
    return found


def _untagged_first_names(doc: Doc, surname: Token, token_person) -> int | None:
    """Start of the name ending at `surname`: earlier capitalised name words the model
    left untagged ("Engineer Priya Nair"), or the surname itself. None when the word
    before belongs to some other proper name."""
    start = surname.i
    while start > 0:
        prev = doc[start - 1]
        if prev.i in token_person or prev.pos_ != "PROPN" or _is_title_token(prev):
            break
        if prev.ent_type_ not in {"", "PERSON"} or not prev.is_title:
            return None
        start -= 1
    if surname.i - start > 2:
        return None
    return start


def _distinct_first_names(a: str | None, b: str | None) -> bool:
    if not a or not b or a.lower() == b.lower():
        return False
    return len(a) > 2 and len(b) > 2 and not a.endswith(".") and not b.endswith(".")


def _name_key(tokens: list[str]) -> tuple[str | None, str]:
    words = [t for t in tokens if t.lower() not in NAME_SUFFIXES]
    words = words or tokens
    first = words[0] if len(words) > 1 else None
    return first, words[-1]


def build_cast(doc: Doc, in_quote: list[bool]) -> Cast:
    """Gather person mentions, merge them into people, and attach roles and genders."""
    members: list[CastMember] = []
    token_person: dict[int, int] = {}
    mention_spans: dict[int, tuple[int, int]] = {}
    by_surname: dict[str, int] = {}

    def register(idx: int, start: int, end: int) -> None:
        for i in range(start, end):
            token_person[i] = idx
        mention_spans[start] = (start, end)
        m = members[idx]
        m.mention_tokens.append(start)
        if not in_quote[start]:
            m.outside_quote_mentions += 1

    names: list[Span] = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        name = _clean_name_span(ent)
        if name is None or _looks_like_group(name):
            continue
        names.append(name)

    names += _names_after_titles(doc, names)

    # Pass 1: full names found the clusters; single names join them or stand alone.
    for name in sorted(names, key=lambda s: (-len(s), s.start)):
        words = [t.text for t in name if not t.is_punct or t.text == "."]
        words = [w for w in words if w != "."]
        if not words:
            continue
        first, surname = _name_key(words)
        key = surname.lower()
        idx = by_surname.get(key)
        if idx is None and len(words) == 1:
            idx = next(
                (i for i, m in enumerate(members) if m.first and m.first.lower() == key), None
            )
        if idx is not None:
            m = members[idx]
            # Two full first names that differ: a different person with the same surname.
            if _distinct_first_names(first, m.first):
                idx = None
        if idx is None:
            members.append(CastMember(name=name.text, surname=surname, first=first))
            idx = len(members) - 1
            by_surname.setdefault(key, idx)
        elif len(name.text) > len(members[idx].name) and len(words) > 1:
            members[idx].add_alias(members[idx].name)
            members[idx].name = name.text
            members[idx].first = first
        if name.text != members[idx].name:
            members[idx].add_alias(name.text)
        register(idx, name.start, name.end)

    # Pass 2: surnames the model tagged as something else ("Adams" as ORG).
    for tok in doc:
        if tok.i in token_person or not tok.text[:1].isupper():
            continue
        idx = by_surname.get(tok.lower_)
        if idx is None or tok.pos_ not in {"PROPN", "NOUN", "ADJ", "X"}:
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.pos_ == "PROPN" and nxt.ent_type_ not in {"", "PERSON"}:
            continue
        start = _untagged_first_names(doc, tok, token_person)
        if start is None:
            continue  # part of another proper name ("John Adams" vs "Adams")
        m = members[idx]
        if start < tok.i:
            first = doc[start].text
            if m.first and _distinct_first_names(first, m.first):
                continue
            full = doc[start : tok.i + 1].text
            if m.first is None:
                m.add_alias(m.name)
                m.name, m.first = full, first
            m.add_alias(full)
        else:
            m.add_alias(tok.text)
        register(idx, start, tok.i + 1)

    _drop_organisation_names(doc, members, token_person, mention_spans)
    for m in members:
        if m.surname != m.name:
            m.add_alias(m.surname)

    # Roles and genders from each name mention: mentions by full name first (a title on a
    # bare surname may belong to a namesake: "President Clinton" beside "Hillary Clinton"),
    # then in article order.
    def mention_order(start: int) -> tuple[bool, int]:
        return mention_spans[start][1] - start < 2 and " " in members[
            token_person[start]
        ].name, start

    for start in sorted(mention_spans, key=mention_order):
        idx = token_person[start]
        span = doc[start : mention_spans[start][1]]
        m = members[idx]
        _note_mention_role(m, span, in_quote)
        before = doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.lower_ in HONORIFICS and HONORIFICS[before.lower_]:
            m.gender = m.gender or HONORIFICS[before.lower_]

    _link_title_mentions(doc, members, token_person, mention_spans, register)
    _assign_unclaimed_titles(doc, members, token_person, mention_spans, register, in_quote)
    _infer_genders(doc, members, token_person, in_quote)
    return Cast(members=members, token_person=token_person, mention_spans=mention_spans)


def _note_mention_role(m: CastMember, span: Span, in_quote: list[bool]) -> None:
    """The role one mention gives its person, most specific form first.

    A title before the name ("Rep. Ana Ruiz") gives way to an appositive after it ("Ana
    Ruiz, chair of the budget committee,") when the title is only an abbreviated rank.
    """
    doc = span.doc
    pre = _title_before(span)
    if pre is not None:
        m.add_alias(doc[pre.start : span.end].text)
    post = None
    if not in_quote[span.start] and (m.role is None or pre is None):
        post = _role_after(span) or _role_as(span) or _title_set_off_before(span)
    if m.role is None and pre is not None and post is not None and _outranks(post, pre):
        _note_role(m, post)
    _note_role(m, pre)
    _note_role(m, post)
    if m.role is None and not in_quote[span.start]:
        _note_role(m, _copular_role(span))
    if m.role is None:
        _note_role(m, _shared_plural_title(span))


def _outranks(post: Span, title: Span) -> bool:
    """A stated post ('chair of the committee') says more than one abbreviated rank
    ('Rep.', 'Sen.'); a relation to someone ("Ruiz's rival") does not."""
    bare_rank = len(title) == 1 and title[0].lower_ in TITLE_ABBREVIATIONS
    relation = any(t.dep_ == "poss" and t.pos_ == "PROPN" for t in post)
    return bare_rank and not relation


def _role_as(name: Span) -> Span | None:
    """'As director of the campaign, Ortiz has ...': a role given in a fronted as-phrase."""
    root = name.root
    if root.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    for prep in root.head.children:
        if prep.dep_ == "prep" and prep.lower_ == "as" and prep.i < name.start:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.lemma_.lower() in TITLE_WORDS:
                return _trim_role_span(name.doc[obj.left_edge.i : obj.right_edge.i + 1])
    return None


def _shared_plural_title(name: Span) -> Span | None:
    """'candidates Ana Ruiz and Ben Ode': a plural title before the first of joined names."""
    root = name.root
    first = root.head if root.dep_ == "conj" else None
    if first is None or first.ent_type_ != "PERSON":
        return None
    start = first.i
    while start > 0 and first.doc[start - 1].ent_type_ == "PERSON":
        start -= 1
    first_name = first.doc[start : first.i + 1]
    title = _title_before(first_name) or _role_after(first_name)
    return title if title is not None and title[-1].tag_ == "NNS" else None


def _title_before(name: Span) -> Span | None:
    """The role words directly before a name: 'Mayoral spokeswoman' in '... Kayla Mamelak'.

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
    sent_start = name.sent.start
    while i >= sent_start:
        tok = doc[i]
        if tok.is_space or tok.lower_ in DETERMINERS:
            break
        word_internal_hyphen = (
            tok.text == "-" and not tok.whitespace_ and not (i > 0 and doc[i - 1].whitespace_)
        )
        if tok.is_punct and tok.text not in POSSESSIVE and not word_internal_hyphen:
            break
        if (
            tok.pos_ in {"VERB", "AUX", "ADP", "PRON", "SCONJ", "CCONJ"}
            and tok.text not in POSSESSIVE
        ):
            break
        in_np = tok.head.i >= start  # attached to the chain built so far, or the name
        if not in_np and tok.head != head and tok.dep_ not in ROLE_DEPS:
            break
        start = i
        i -= 1
    end = name.start
    while end > start and doc[end - 1].lower_ in HONORIFICS:
        end -= 1
    if start >= end:
        return None
    chain = doc[start:end]
    # The role noun must be a noun ("newly Trump-indebted Adams" has none; "a major
    # figure" has an adjective).
    last = _role_head(chain)
    if last.pos_ == "ADJ" and not last.is_title:
        return None
    if last.pos_ not in {"NOUN", "PROPN"} and last.lower_ not in TITLE_WORDS:
        return None
    if last.pos_ == "PROPN" and not _is_title_token(last):
        return None
    if last.ent_type_ in {"GPE", "ORG", "NORP"} and last.lower_ not in TITLE_WORDS:
        return None
    return chain


def _title_set_off_before(name: Span) -> Span | None:
    """'Chilean Ambassador to Peru, Marta Quilodran held ...': a title, a comma, the name."""
    doc = name.doc
    comma = name.start - 1
    sent_start = name.sent.start
    if comma <= sent_start or doc[comma].text != ",":
        return None
    start = _skip_place_of_title(doc, comma - 1, sent_start)
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
    ):
        return None  # the title is part of a longer clause, not a label for the name
    return doc[start:comma]


def _skip_place_of_title(doc: Doc, i: int, sent_start: int) -> int:
    """Where a title chain ending at token i starts once 'ambassador in Lima' is read as
    one title: the title noun's index, or i + 1 when no place phrase ends at i."""
    j = i
    while j >= sent_start and doc[j].ent_type_ in {"GPE", "LOC"} and doc[j].pos_ == "PROPN":
        j -= 1
    if j == i or j < sent_start + 1 or doc[j].lower_ not in {"in", "to", "for", "at"}:
        return i + 1
    title = doc[j - 1]
    if title.lemma_.lower() in TITLE_WORDS and title.pos_ in {"NOUN", "PROPN"}:
        return j - 1
    return i + 1


def _role_head(chain: Span) -> Token:
    """The title noun of a chain: its last word, or the word before 'in Lima'."""
    for tok in reversed(chain):
        if tok.lower_ in {"in", "to", "for", "at"}:
            return chain.doc[tok.i - 1]
    return chain[-1]


def _role_after(name: Span) -> Span | None:
    """An appositive or 'who is' clause after the name: 'Dan Harris, the refinery manager,'.

    Also the inverted form, where the name is the appositive: 'Acme's chief executive,
    Paul Ferrante,'.
    """
    doc = name.doc
    root = name.root
    head = root.head
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
                t.pos_ == "NOUN" or _is_title_token(t) for t in span
            ):
                continue
            return _trim_role_span(span)
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
        if closes and k - j <= 16:
            return _trim_role_span(doc[j + 1 : k])
    return None


def _opens_role(tok: Token) -> bool:
    """'a', 'the', 'one of' or a bare title noun ('chair of ...') can open an appositive."""
    if tok.lower_ in {"the", "a", "an"}:
        return True
    if tok.lower_ == "one" and tok.nbor(1).lower_ == "of":
        return True
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in TITLE_WORDS


def _copular_role(name: Span) -> Span | None:
    """'Ortiz is the city's budget director': a role stated in a sentence of its own."""
    root = name.root
    if root.dep_ != "nsubj" or root.head.lemma_ != "be":
        return None
    if any(c.dep_ == "neg" for c in root.head.children):
        return None
    attr = next((c for c in root.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    if attr is None or attr.lemma_.lower() not in TITLE_WORDS:
        return None
    return _trim_role_span(name.doc[attr.left_edge.i : attr.right_edge.i + 1])


def _trim_role_span(span: Span) -> Span | None:
    doc = span.doc
    start, end = span.start, span.end
    while start < end and (doc[start].lower_ in DETERMINERS or doc[start].is_punct):
        start += 1
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


def _expand_abbreviations(role: str) -> str:
    return " ".join(TITLE_ABBREVIATIONS.get(w, w) for w in role.split())


def _note_role(member: CastMember, span: Span | None) -> None:
    if span is None:
        return
    words = [t for t in span if not t.is_space]
    heads = {t.lower_ for t in words if t.pos_ in {"NOUN", "PROPN"} or _is_title_token(t)}
    member.title_nouns |= {h for h in heads if h in TITLE_WORDS}
    for tok in words:
        gender = GENDERED_ROLE_WORDS.get(tok.lower_)
        if gender:
            member.gender = member.gender or gender
    if member.role is None:
        text = span.text
        if span[-1].tag_ in {"NNS", "NNPS"}:  # "teachers Ana Ruiz and Ben Ode": each a teacher
            text = span[:-1].text_with_ws + span[-1].lemma_
        role = _expand_abbreviations(" ".join(text.split()).lower().strip(" ,"))
        if role and role not in HONORIFICS:
            member.role = role


def _link_title_mentions(doc, members, token_person, mention_spans, register) -> None:
    """'the mayor', 'the border czar', 'Hizzoner' -> the one person holding that role."""
    cast = Cast(members=members, token_person=token_person, mention_spans=mention_spans)
    for tok in doc:
        if tok.i in token_person:
            continue
        low = tok.lower_
        nickname_role = OFFICE_NICKNAMES.get(low)
        if nickname_role:
            idx = cast.by_role_noun(nickname_role)
            if idx is not None:
                members[idx].add_alias(tok.text)
                register(idx, tok.i, tok.i + 1)
            continue
        if tok.pos_ not in {"NOUN", "PROPN"} or low not in TITLE_WORDS:
            continue
        if tok.dep_ == "compound" or tok.head.i in token_person and tok.head.i != tok.i:
            continue
        dets = [c for c in tok.children if c.dep_ == "det" and c.lower_ in {"the", "this", "that"}]
        if not dets:
            continue
        mods = tuple(
            c.lower_
            for c in tok.children
            if c.dep_ in {"compound", "amod"} and c.i < tok.i and c.pos_ in {"NOUN", "ADJ", "PROPN"}
        )
        idx = cast.by_role_noun(low, mods)
        if idx is None:
            continue
        if any(c.dep_ == "prep" for c in tok.children if c.i > tok.i) and not mods:
            continue  # "the mayor of another city" is someone else
        start = dets[0].i
        members[idx].add_alias(doc[start : tok.i + 1].text)
        register(idx, start, tok.i + 1)


def _title_only_mentions(doc: Doc, token_person) -> list[Token]:
    """Definite title nouns standing alone: 'the mayor', not 'the mayor's office' or a name."""
    found = []
    for tok in doc:
        if tok.i in token_person or tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        if tok.lower_ not in TITLE_WORDS or tok.dep_ == "compound":
            continue
        if any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in tok.children):
            found.append(tok)
    return found


def _assign_unclaimed_titles(doc, members, token_person, mention_spans, register, in_quote):
    """'the mayor' said often, nobody named as mayor, one surname-only person: that is them.

    Writers give famous people their surname alone and refer to them by office ("Bloomberg
    said ...", "the unions hounded the mayor"); the office is their role.
    """
    counts: dict[str, list[Token]] = {}
    for tok in _title_only_mentions(doc, token_person):
        if not in_quote[tok.i]:
            counts.setdefault(tok.lower_, []).append(tok)
    for noun, toks in counts.items():
        if len(toks) < 2 or any(noun in m.title_nouns for m in members):
            continue
        bare = [i for i, m in enumerate(members) if m.role is None and " " not in m.name]
        if len(bare) != 1:
            continue
        idx = bare[0]
        members[idx].role = noun
        members[idx].title_nouns.add(noun)
        for tok in toks:
            start = min(c.i for c in tok.children if c.dep_ == "det")
            members[idx].add_alias(doc[start : tok.i + 1].text)
            register(idx, start, tok.i + 1)


def _infer_genders(doc: Doc, members: list[CastMember], token_person, in_quote) -> None:
    """Genders from pronouns that can only mean one person.

    A sentence with one person and a he/she after the name, or a sentence that opens with
    he/she right after a sentence naming one person ("Ortiz won. She said ...").
    """
    previous: set[int] = set()
    for sent in doc.sents:
        people = {token_person[t.i] for t in sent if t.i in token_person and not in_quote[t.i]}
        opener = next((t for t in sent if not t.is_punct and not t.is_space), None)
        if (
            not people
            and len(previous) == 1
            and opener is not None
            and opener.lower_ in {"he", "she"}
            and not in_quote[opener.i]
        ):
            idx = next(iter(previous))
            members[idx].gender = members[idx].gender or PRONOUN_GENDER[opener.lower_]
        previous = people
        if len(people) != 1:
            continue
        idx = next(iter(people))
        if members[idx].gender:
            continue
        first_mention = min(t.i for t in sent if token_person.get(t.i) == idx)
        for tok in sent:
            if tok.i > first_mention and not in_quote[tok.i] and tok.lower_ in PRONOUN_GENDER:
                members[idx].gender = PRONOUN_GENDER[tok.lower_]
                break


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
    for idx, m in enumerate(cast.members):
        # the headline restates the story, and its capitals mislead the model: a name
        # found only there ("Minister Holds Talks") is no one the story is about
        body = [t for t in m.mention_tokens if not in_quote[t] and t >= body_start]
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
        if not (actor or m.role and (len(body) >= 2 or acts) or reports or recurring):
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
                role=m.role,
                aliases=list(m.aliases),
                key=rank < MAX_KEY_PEOPLE and (rank < 2 or score >= 4),
                mentions=len(m.mention_tokens),
            )
        )
    return people


def _clause_role(tok: Token) -> tuple[str, Token]:
    """The dependency a name mention fills in its clause, seen through its name compounds."""
    head = tok
    while head.dep_ in {"compound", "flat", "appos"} and head.head is not head:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ == "by":
        return "agent", head.head.head
    return head.dep_, head.head
