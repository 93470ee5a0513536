"""CheckList for one name per body in a meeting (digests.one_body), on the naming step alone.

Templates crossed with invented bodies, places and people; every positive class has a
negative twin where the rule must leave the names alone. The engine-level cases (whole
sentences through the model) are in tests/digests/events/meeting_naming_checklist.py.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from digests.one_body import body_name, one_per_body, tidy
from digests.org_names import organisation_names
from digests.text.nlp import get_nlp

ACRONYMS = {
    "KFL": "Kelmar Freedom League",
    "ODP": "Ostrel Democratic Party",
    "TMU": "Taldor Miners Union",
}
BODIES = ["Harlow Freight", "Kestrel Mining", "Brightwater Energy"]
LANDS = ["Kelmar", "Vastria", "Norland"]
GROUPS = ["rebels", "officials", "members", "executives"]
OFFICES = ["Foreign Office", "Interior Ministry", "executive committee"]
TITLES = ["chief privacy officer", "President", "ambassador"]
STAFF = ["negotiators", "representatives", "workers"]
PEOPLE = ["Ana Ruiz", "Tomas Brandt"]
THRESHOLD = 0.95


@dataclass(frozen=True)
class Row:
    cls: str
    names: tuple[str, ...]
    expected: tuple[str, ...]


def _canonical(name: str) -> str:
    """The article's fullest name for an acronym, as org_names would give it."""
    return ACRONYMS.get(name, name)


def _rows() -> list[Row]:
    rows: list[Row] = []
    for body in [*BODIES, *ACRONYMS]:
        for group in GROUPS:
            for person in PEOPLE:
                plain = _canonical(body)
                rows += [
                    Row("group_of_listed_body", (body, f"{body} {group}", person), (body, person)),
                    Row(
                        "group_of_listed_body",
                        (f"the {body} {group}", person, plain),
                        (plain, person),
                    ),
                    # twin: no other name for the body, so the group is the party
                    Row("group_alone", (f"{body} {group}", person), (f"{body} {group}", person)),
                    # twin: a lower-case group names no body
                    Row(
                        "group_of_no_name",
                        (f"city {group}", "City", person),
                        (f"city {group}", "City", person),
                    ),
                ]
    for land in LANDS:
        for person in PEOPLE:
            for office in OFFICES:
                owned = f"{land}'s {office}"
                rows += [
                    Row("owner_listed", (person, owned, land), (person, owned)),
                    Row(
                        "owner_listed",
                        (land, person, f"officials from {owned}"),
                        (person, f"officials from {owned}"),
                    ),
                ]
            for title in TITLES:
                # twin: an office holder leaves the owner a party (the body they act for)
                rows += [
                    Row(
                        "owner_of_office",
                        (person, f"{land}'s {title}", land),
                        (person, f"{land}'s {title}", land),
                    ),
                    Row(
                        "owner_of_office",
                        (f"the {title} of {land}", land, person),
                        (f"the {title} of {land}", land, person),
                    ),
                    Row(
                        "owner_of_office",
                        (person, f"{land}'s {title} in Lindford", land),
                        (person, f"{land}'s {title} in Lindford", land),
                    ),
                ]
            for staff in STAFF:
                # twin: the people of a body leave the body a party
                rows += [
                    Row(
                        "owner_of_people",
                        (person, f"{land}'s {staff}", land),
                        (person, f"{land}'s {staff}", land),
                    ),
                    Row(
                        "owner_of_people",
                        (f"{staff} of {land}", land, person),
                        (f"{staff} of {land}", land, person),
                    ),
                ]
        for acr in ACRONYMS:
            rows += [
                Row("joined_phrase", (f"{land} and {acr} rebels", land, acr), (land, acr)),
                # twin: a joined phrase whose parts are not both listed stays
                Row(
                    "joined_alone",
                    (f"{land} and {acr} rebels", PEOPLE[0]),
                    (f"{land} and {acr} rebels", PEOPLE[0]),
                ),
            ]
    for person in PEOPLE:
        # people are compared as they are, never as a body's group or owner
        rows.append(
            Row("people_alone", (person, f"{person}'s office"), (person, f"{person}'s office"))
        )
    return rows


def test_every_class_reaches_threshold() -> None:
    by_class: dict[str, list[tuple[Row, tuple[str, ...]]]] = defaultdict(list)
    for row in _rows():
        got, _ = one_per_body(list(row.names), set(PEOPLE), _canonical)
        by_class[row.cls].append((row, tuple(got)))
    assert len(by_class) >= 9
    failing = {}
    for cls, results in by_class.items():
        ok = sum(got == row.expected for row, got in results)
        if ok / len(results) < THRESHOLD:
            failing[cls] = [(row.names, got) for row, got in results if got != row.expected][:3]
    assert not failing, failing


def test_dropped_names_say_where_they_went() -> None:
    _, moved = one_per_body(["Kelmar", "KFL rebels", "KFL"], set(), _canonical)
    assert moved == {"KFL rebels": "KFL"}


def test_body_name_and_tidy() -> None:
    assert body_name("the KFL rebels") == "KFL"
    assert body_name("Free Army of Vastria (FAV) rebels") == "Free Army of Vastria"
    assert body_name("SCO foreign ministers") == "SCO foreign ministers"
    assert tidy("Popular Front (") == "Popular Front"
    assert tidy("Popular Front (PF") == "Popular Front (PF)"
    assert tidy("Acme (Kelmar) Ltd") == "Acme (Kelmar) Ltd"


# (name, acronym) of invented bodies, for the model's cut names
CUT_BODIES = [
    ("Free Army of Vastria", "FAV"),
    ("Kelmar Freedom League", "KFL"),
    ("Ostrel Democratic Party", "ODP"),
    ("Taldor Miners Union", "TMU"),
    ("Harbour Dock Workers Union", "HDWU"),
    ("Brevia Nurses Federation", "BNF"),
]


def _cut_doc(name: str, inside: str, close: bool):
    """'The <name> (<inside>) said ...', the ORG entity ending inside the brackets as the
    small model sometimes ends it (or, with `close`, taking the closing bracket too)."""
    words = ["The", *name.split(), "(", inside, ")", "said", "talks", "went", "well", "."]
    spaces = [
        w not in {"(", inside} and nxt != "."
        for w, nxt in zip(words, [*words[1:], ""], strict=True)
    ]
    doc = Doc(get_nlp().vocab, words=words, spaces=spaces)
    end = 1 + len(name.split()) + 2 + (1 if close else 0)
    doc.ents = [Span(doc, 1, end, label="ORG")]
    return doc


def test_a_name_cut_inside_its_brackets_defines_its_acronym() -> None:
    results = defaultdict(list)
    for name, acronym in CUT_BODIES:
        for close in (False, True):
            names = organisation_names(_cut_doc(name, acronym, close))
            results["bracket_cut"].append(names.canonical(acronym) == name)
        # twin: a bracketed word that is no acronym defines nothing, and the name stays
        names = organisation_names(_cut_doc(name, "Lindford", False))
        results["bracket_no_acronym"].append(not names.knows("Lindford"))
    for cls, oks in results.items():
        assert sum(oks) / len(oks) >= THRESHOLD, cls
