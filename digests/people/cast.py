"""Person mentions -> one `Cast` entry per human, with role, aliases and gender.

The small English model is a weak guide on its own: it tags surnames as ORG or GPE at
times ("Okafor said"), folds titles into names, and calls sports teams PERSON. So mentions
are gathered in three passes:

1. PERSON entities, trimmed of titles, determiners and possessive 's, become names; full
   names (two or more tokens) found the clusters, keyed by surname.
2. Any other token sequence that equals a known surname or full name is that person,
   whatever its label.
3. Title-only mentions ("the mayor", "the border czar", office nicknames like "POTUS")
   are linked to the one person whose role has that head noun.

Each mention's role words come from `roles.py`; the cast picks among them (mentions by
full name first, a stated post over an abbreviated rank), and `person_names.py` finds the
names the model misses or mistakes.

Does NOT handle: two different people sharing a surname with no first name to tell them
apart (they merge), or roles stated only in a later sentence ("He is the city's ...").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from digests.lexicon import (
    AGENT_SUFFIXES,
    GENDERED_ROLE_WORDS,
    HONORIFICS,
    OFFICE_NICKNAMES,
    OFFICE_TITLES,
    PRONOUN_GENDER,
    TITLE_WORDS,
)
from digests.people.appositive_roles import role_after
from digests.people.clause_roles import copular_role, post_verb_role, role_as
from digests.people.compound_names import name_words
from digests.people.described_roles import (
    office_of_the_main_person,
    roles_from_descriptions,
    titles_before_the_name,
)
from digests.people.group_titles import list_title, shared_plural_title
from digests.people.long_titles import long_title_before
from digests.people.missed_names import names_the_model_missed
from digests.people.name_shapes import first_name_gender
from digests.people.names import (
    clean_name_span,
    distinct_first_names,
    drop_epithet_prefixes,
    join_particle_splits,
    looks_like_group,
    name_key,
    names_after_titles,
    namesake_by_honorific,
    untagged_first_names,
    with_untagged_given_name,
)
from digests.people.nearby_roles import roles_from_sentence_before
from digests.people.organisations import (
    drop_organisation_names,
    not_a_name,
    trim_trailing_abbreviation,
)
from digests.people.roles import (
    expand_abbreviations,
    is_title_token,
    outranks,
    plural_lemma,
    title_before,
    title_set_off_before,
)
from digests.people.things import drop_thing_names
from digests.people.title_holders import complement_fits, holds_title


@dataclass
class CastMember:
    """What the article tells us about one person, built up as mentions are read."""

    name: str
    surname: str
    first: str | None
    role: str | None = None
    described_role: str | None = None  # from a later description only; see described_roles
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
        hits = [
            i
            for i, m in enumerate(self.members)
            if holds_title(m.role, m.title_nouns, noun, modifiers)
        ]
        return hits[0] if len(hits) == 1 else None


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
        name = clean_name_span(ent)
        if name is None or looks_like_group(name) or not_a_name(name):
            continue
        name = with_untagged_given_name(trim_trailing_abbreviation(name))
        names.append(name)

    names += [n for n in names_after_titles(doc, names) if not not_a_name(n)]
    names += names_the_model_missed(doc, names)
    names = drop_epithet_prefixes(join_particle_splits(names))

    # Pass 1: full names found the clusters; single names join them or stand alone.
    for name in sorted(names, key=lambda s: (-len(s), s.start)):
        words = [w for w in name_words(list(name)) if w != "."]  # "Anna-Lena" one word
        if not words:
            continue
        first, surname = name_key(words)
        key = surname.lower()
        idx = by_surname.get(key)
        if idx is not None and len(words) == 1:
            idx = namesake_by_honorific(doc, name.start, key, members, idx)
        if idx is None and len(words) == 1:
            idx = next(
                (i for i, m in enumerate(members) if m.first and m.first.lower() == key), None
            )
        if idx is not None and distinct_first_names(first, members[idx].first):
            # Two full first names that differ: a different person with the same surname,
            # perhaps one already in the cast ("Marisol Okoye", then "Samuel Okoye" twice).
            idx = next(
                (
                    i
                    for i, m in enumerate(members)
                    if m.surname.lower() == key
                    and m.first
                    and not distinct_first_names(first, m.first)
                ),
                None,
            )
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

    # Pass 2: surnames the model tagged as something else ("Okafor" as ORG).
    for tok in doc:
        if tok.i in token_person or not tok.text[:1].isupper():
            continue
        idx = by_surname.get(tok.lower_)
        if idx is None or tok.pos_ not in {"PROPN", "NOUN", "ADJ", "X"}:
            continue
        idx = namesake_by_honorific(doc, tok.i, tok.lower_, members, idx)
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.pos_ == "PROPN" and nxt.ent_type_ not in {"", "PERSON"}:
            continue
        start = untagged_first_names(doc, tok, token_person)
        if start is None:
            continue  # part of another proper name ("Bram Okafor" vs "Okafor")
        m = members[idx]
        if start < tok.i:
            first = doc[start].text
            if m.first and distinct_first_names(first, m.first):
                continue
            full = doc[start : tok.i + 1].text
            if m.first is None:
                m.add_alias(m.name)
                m.name, m.first = full, first
            m.add_alias(full)
        else:
            m.add_alias(tok.text)
        register(idx, start, tok.i + 1)

    drop_organisation_names(doc, members, token_person, mention_spans)
    drop_thing_names(doc, members, token_person, mention_spans)
    for m in members:
        if m.surname != m.name:
            m.add_alias(m.surname)

    # Roles and genders from each name mention: mentions by full name first (a title on a
    # bare surname may belong to a namesake: "Governor Delgado" beside "Rosa Delgado"),
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
    roles_from_sentence_before(doc, members, token_person, mention_spans, in_quote)
    roles_from_descriptions(doc, members, token_person, in_quote)
    titles_before_the_name(doc, members, token_person, in_quote)
    office_of_the_main_person(doc, members, token_person, in_quote)
    _placed_titles_set_off(doc, members, token_person, mention_spans, in_quote)
    return Cast(members=members, token_person=token_person, mention_spans=mention_spans)


def _note_mention_role(m: CastMember, span: Span, in_quote: list[bool]) -> None:
    """The role one mention gives its person, most specific form first.

    A title before the name ("Rep. Ana Ruiz") gives way to an appositive after it ("Ana
    Ruiz, chair of the budget committee,") when the title is only an abbreviated rank.
    """
    doc = span.doc
    pre = title_before(span)
    longer = long_title_before(span)
    if longer is not None and (pre is None or longer.start < pre.start):
        pre = longer  # "Speaker of the National Assembly Ana Ruiz": the parse split it
    if pre is not None:
        m.add_alias(doc[pre.start : span.end].text)
    post = None
    if not in_quote[span.start] and (m.role is None or pre is None):
        # a title set off right before the name is nearer than an appositive head far
        # back ("Mayor, A, Councillor B and Treasurer, C": C is the treasurer)
        post = title_set_off_before(span) or role_after(span) or role_as(span)
    if m.role is None and pre is not None and post is not None and outranks(post, pre):
        _note_role(m, post)
    _note_role(m, pre)
    _note_role(m, post)
    if m.role is None and not in_quote[span.start]:
        _note_role(m, copular_role(span))
    if m.role is None and not in_quote[span.start]:
        m.role = post_verb_role(span)
    if m.role is None:
        _note_role(m, shared_plural_title(span))
    if m.role is None and not in_quote[span.start]:
        _note_role(m, list_title(span))


def _note_role(member: CastMember, span: Span | None) -> None:
    if span is None:
        return
    words = [t for t in span if not t.is_space]
    heads = {t.lower_ for t in words if t.pos_ in {"NOUN", "PROPN"} or is_title_token(t)}
    member.title_nouns |= {h for h in heads if h in TITLE_WORDS}
    for tok in words:
        gender = GENDERED_ROLE_WORDS.get(tok.lower_)
        if gender:
            member.gender = member.gender or gender
    if member.role is None:
        text = span.text
        # "teachers Ana Ruiz and Bram Ode": each one a teacher
        head = span.root
        if head.tag_ in {"NNS", "NNPS"} and (
            plural_lemma(head) in TITLE_WORDS
            or head.i != span[-1].i
            and head.pos_ == "NOUN"
            and plural_lemma(head).endswith(AGENT_SUFFIXES)
        ):
            # "all nurses at the hospital" -> "nurse at the hospital"
            text = span[: head.i - span.start].text_with_ws + plural_lemma(head)
            text += head.whitespace_ + span[head.i - span.start + 1 :].text
        if words and words[0].lower_ in {"all", "both", "each"}:
            text = text.split(" ", 1)[-1] if " " in text else text
        role = expand_abbreviations(" ".join(text.split()).lower().strip(" ,"))
        if role and role not in HONORIFICS:
            member.role = role


def _link_title_mentions(doc, members, token_person, mention_spans, register) -> None:
    """'the mayor', 'the harbour chief', 'POTUS' -> the one person holding that role."""
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
        if idx is None or not complement_fits(tok, members[idx].role):
            continue  # "the president of Dessin" beside Kelvara's: someone else
        if any(c.dep_ == "prep" for c in tok.children if c.i > tok.i) and not mods:
            continue  # "the mayor of another city" is someone else
        start = dets[0].i
        members[idx].add_alias(doc[start : tok.i + 1].text)
        register(idx, start, tok.i + 1)


def _placed_titles_set_off(doc, members, token_person, mention_spans, in_quote) -> None:
    """'the mayor of Talbrec, Ana Ruiz,' misparsed (the place and the name read as one noun
    phrase): the title, read by word order, for a person no other rule gave a role. Read
    after the title mentions are linked, so it names the person and no later 'the mayor'."""
    for start in sorted(mention_spans):
        m = members[token_person[start]]
        if m.role is None and not in_quote[start]:
            span = doc[start : mention_spans[start][1]]
            _note_role(m, title_set_off_before(span, determined=True))


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

    Writers give famous people their surname alone and refer to them by office ("Okafor
    said ...", "the council pressed the governor"); the office is their role.
    """
    counts: dict[str, list[Token]] = {}
    for tok in _title_only_mentions(doc, token_person):
        if not in_quote[tok.i]:
            counts.setdefault(tok.lower_, []).append(tok)
    for noun, toks in counts.items():
        if noun not in OFFICE_TITLES:
            continue  # "the officer" twice is anyone in uniform, not the one bare surname
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
    """Genders from pronouns that can only mean one person, for people whose given name
    does not already say it (a he/she near "Hillary Clinton" is more likely someone else's).

    A sentence with one person and a subject he/she after the name (not "his"/"her", which
    may be someone else's), or a sentence that opens with
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
            if not first_name_gender(members[idx].first):
                members[idx].gender = members[idx].gender or PRONOUN_GENDER[opener.lower_]
        previous = people
        if len(people) != 1:
            continue
        idx = next(iter(people))
        if members[idx].gender or first_name_gender(members[idx].first):
            continue  # a known given name outweighs a nearby he/she, which may be another's
        first_mention = min(t.i for t in sent if token_person.get(t.i) == idx)
        for tok in sent:
            # a subject he/she only: "her career" may be anyone's
            if tok.i > first_mention and not in_quote[tok.i] and tok.lower_ in {"he", "she"}:
                members[idx].gender = PRONOUN_GENDER[tok.lower_]
                break
