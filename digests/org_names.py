"""One name per organisation: the fullest form the article gives, its short forms as aliases.

News names a body in full once and then by acronym or short form: "the Harbour Dock Workers
Union (HDWU) ... HDWU said", "Brenner Freight Holdings ... Brenner said". A reader wants one
name for one body across quotes, meetings and demands, as for people. This registry is built
once per article from the model's ORG entities and parenthesised acronyms, and every stage
that names an organisation asks it for the canonical form.

Links made, most certain first:
- an acronym defined in parentheses right after a name: "Harbour Dock Workers Union (HDWU)";
- an acronym whose letters are the initials of exactly one longer name in the article
  ("HDWU" and "Harbour Dock Workers Union"; "of", "and", "the", "for" may be skipped);
- a short form that opens exactly one longer name ending in a body word ("Brenner" and
  "Brenner Freight Holdings"), when the short form is no generic word ("the Department",
  "House") and no person's name ("Ruiz" is not "Ruiz Holdings").

Quote speakers show an acronym beside the full name ("Harbour Dock Workers Union (HDWU)"):
readers see the form the article uses at the quote and the body it stands for.

Does NOT handle: acronyms from another language ("FARC" for its English gloss), nicknames
("the Fed"), or two bodies that share an acronym (the link is then left out).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from digests.lexicon import ORG_DESCRIPTORS, ORG_HEAD_WORDS, POSSESSIVE_MARKS
from digests.one_body import one_per_body, tidy

# Small words an acronym may leave out ("Federal Bureau of Investigation" -> FBI).
ACRONYM_SKIPPABLE = frozenset({"of", "and", "the", "for", "on", "in", "&", "de", "du", "des"})
# Single words too generic to stand for one longer name ("the House", "the Ministry").
GENERIC_SHORT_FORMS = (
    ORG_HEAD_WORDS
    | ORG_DESCRIPTORS
    | frozenset(
        """
    house senate congress parliament government national federal state city united
    american british canadian european international world new general royal
    """.split()
    )
)
ACRONYM_MIN, ACRONYM_MAX = 2, 8
LEGAL_SUFFIXES = frozenset(
    "inc corp corporation co company ltd limited llc plc lp llp gmbh ag sa nv bv".split()
)
# Labels an acronym of a body may carry besides ORG (places and nationalities excluded).
ACRONYM_LABELS = frozenset({"", "PERSON", "ORG"})


@dataclass
class OrganisationNames:
    """Canonical organisation names and the other forms the article uses for them."""

    canonical_of: dict[str, str] = field(default_factory=dict)  # form -> fullest name

    def canonical(self, name: str) -> str:
        """The fullest name for `name` ("HDWU" or "Harbour Dock Workers Union (HDWU)" ->
        "Harbour Dock Workers Union"), else `name` itself."""
        key = _key(name)
        if key.endswith(")") and " (" in key:
            full, _, acronym = key[:-1].rpartition(" (")
            if self.canonical_of.get(acronym) == full:
                return full
        return self.canonical_of.get(key, name)

    def knows(self, name: str) -> bool:
        """Whether `name` is a short form or acronym of an organisation in the article."""
        return _key(name) in self.canonical_of

    def with_acronym(self, name: str) -> str:
        """'HDWU' -> 'Harbour Dock Workers Union (HDWU)'; a name with no acronym stays
        canonical ('Brenner' -> 'Brenner Freight Holdings')."""
        short = _key(name)
        full = self.canonical(short)
        if full != short and short.startswith(full + " ("):
            return short  # already shown with its acronym
        if full != short and _is_acronym(short):
            return f"{full} ({short})"
        return full

    def aliases_of(self, name: str) -> list[str]:
        """The other forms the article uses for the organisation named `name`."""
        full = self.canonical(name)
        return sorted(form for form, target in self.canonical_of.items() if target == full)


def organisation_names(doc: Doc) -> OrganisationNames:
    """Read the article's organisation names and link their short forms to the fullest."""
    names: list[str] = []
    defined: dict[str, str] = {}
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        name, inside = _open_bracket(_clean(ent))
        if name:
            names.append(name)
        acronym = _acronym_after(ent) or inside
        if acronym and name and not _is_acronym(name):
            defined.setdefault(acronym, name)
    # acronyms the model left unlabelled ("NRGF said") may still stand for a named body
    # (or mislabelled: the model calls an unfamiliar acronym PERSON, or even an adverb)
    names += [t.text for t in doc if t.ent_type_ in ACRONYM_LABELS and _is_acronym(t.text)]
    full_names = sorted({n for n in names if " " in n}, key=len, reverse=True)
    person_words = {t.text for t in doc if t.ent_type_ == "PERSON"}
    links: dict[str, str] = {}
    for acronym, full in defined.items():
        links[acronym] = full
    for name in set(names) - set(full_names):
        if name in links:
            continue
        if _is_acronym(name):
            matches = [f for f in full_names if _initials_match(name, f)]
        elif _may_shorten(name) and name not in person_words:
            matches = [
                f
                for f in full_names
                if f.split()[0] == name
                and _body_name(f)
                and _adds_more_than_a_legal_suffix(name, f)
            ]
        else:
            matches = []
        if len(matches) == 1:
            links[name] = matches[0]
    # a shorter multi-word form that opens exactly one longer one: "Brenner Freight"
    for name in full_names:
        longer = [
            f
            for f in full_names
            if f.startswith(name + " ")
            and _body_name(f)
            and _adds_more_than_a_legal_suffix(name, f)
        ]
        if len(longer) == 1 and _may_shorten(name.split()[0]):
            links[name] = longer[0]
    return OrganisationNames(canonical_of={_key(k): _follow(links, v) for k, v in links.items()})


def _may_shorten(word: str) -> bool:
    """A capitalised word that is no generic body word ("House", "Ministry")."""
    return word[:1].isupper() and word.lower() not in GENERIC_SHORT_FORMS


def _adds_more_than_a_legal_suffix(short: str, full: str) -> bool:
    """'Brenner' -> 'Brenner Freight Holdings' says more; 'ExxonMobil' -> 'ExxonMobil
    Corporation' only adds the legal form, which readers and writers leave off."""
    extra = full[len(short) :].replace(",", " ").split()
    return any(w.lower().rstrip(".") not in LEGAL_SUFFIXES for w in extra)


def _body_name(name: str) -> bool:
    """'Brenner Freight Holdings', 'Dock Workers Union': a name that ends in a body word,
    so a short form of it names the body (not a product: 'Brenner Business Jet')."""
    return name.split()[-1].lower().rstrip(".") in ORG_HEAD_WORDS


def _follow(links: dict[str, str], name: str) -> str:
    """A chain of links ends at the fullest name: 'Brenner' -> 'Brenner Freight' -> ..."""
    seen = {name}
    while name in links and links[name] not in seen:
        name = links[name]
        seen.add(name)
    return name


def _key(name: str) -> str:
    name = name.strip()
    for prefix in ("the ", "The "):
        name = name.removeprefix(prefix)
    for mark in sorted(POSSESSIVE_MARKS, key=len, reverse=True):
        if name.endswith(mark):
            name = name[: -len(mark)]
            break
    return name.strip()


def _clean(ent: Span) -> str:
    return _key(" ".join(ent.text.split()))


def _open_bracket(name: str) -> tuple[str, str | None]:
    """'Free Army of Vastria (FAV', 'Free Army of Vastria (FAV)': the model ran the name
    into its acronym's brackets. The name is what stands before them, and the acronym is
    defined all the same."""
    full, bracket, inside = name.rpartition(" (")
    inside = inside.removesuffix(")")
    if bracket and full and ")" not in inside and _is_acronym(inside):
        return full, inside
    return name, None


def _is_acronym(name: str) -> bool:
    letters = name.replace("-", "").replace("&", "").replace(".", "")
    return ACRONYM_MIN <= len(letters) <= ACRONYM_MAX and letters.isalpha() and letters.isupper()


def _acronym_after(ent: Span) -> str | None:
    """'Harbour Dock Workers Union (HDWU)': the acronym in parentheses after the name."""
    doc = ent.doc
    i = ent.end
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
        text = doc[i + 1].text
        return text if _is_acronym(text) else None
    return None


def _initials_match(acronym: str, full: str) -> bool:
    """'HDWU' and 'Harbour Dock Workers Union'; small words may be skipped or kept."""
    letters = acronym.replace("-", "").replace(".", "").upper()
    words = [w for w in full.replace("-", " ").split() if w not in POSSESSIVE_MARKS]
    every = "".join(w[0] for w in words if w[0].isalnum()).upper()
    content = "".join(w[0] for w in words if w.lower() not in ACRONYM_SKIPPABLE).upper()
    return letters in {every, content}


def canonical_facts(names: OrganisationNames, people: set[str], meetings, demands, quotes) -> None:
    """Name every organisation in the digest's facts by its fullest form, in place.

    The extractors build organisation parties in several places; this last pass makes
    sure a reader sees one name for one body everywhere ("HDWU said" -> the union's full
    name). Names of people are left as they are.
    """

    def fix(name: str | None) -> str | None:
        if name is None or name in people:
            return name
        return names.canonical(name)

    for meeting in meetings:
        named = list(dict.fromkeys(fix(tidy(n)) or n for n in meeting.participants))
        # "KFL" and "KFL rebels", "Norland" and "Norland's Interior Ministry": one body
        meeting.participants, moved = one_per_body(named, people, names.canonical)
        for why in meeting.provenance or []:
            renamed = ((fix(tidy(n)) or n, rule) for n, rule in why.parties.items())
            why.parties = {moved.get(n, n): rule for n, rule in renamed}
    for demand in demands:
        demand.by, demand.of = fix(demand.by), fix(demand.of)
    for quote in quotes:
        if not quote.speaker or quote.speaker in people:
            continue
        if quote.speaker_kind == "organization" or names.knows(quote.speaker):
            quote.speaker = names.with_acronym(quote.speaker)
            quote.speaker_kind = "organization"
