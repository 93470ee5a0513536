"""Fillers of the second fresh demand suite (demand_fresh2_checklist): invented parties,
acts and things, and the one way a template is filled for row `i`.

Parties come with the words a reader's `by` / `of` must keep and their pronouns, so the
same template can be filled with a titled person, a body or a country.
"""

from __future__ import annotations

from dataclasses import dataclass

NOBODY = ("",)  # the sentence names no asker: `by` must be empty


@dataclass(frozen=True)
class Party:
    """A filler party: its text, the words its name must keep, and its pronoun."""

    text: str
    keys: tuple[str, ...]
    pron: str = "It"
    poss: str = "its"


@dataclass(frozen=True)
class Case:
    """One sentence (or two, for pronoun subjects) and what a reader should find in it."""

    cls: str
    text: str
    demand: bool
    by: tuple[str, ...] | None = None
    of: tuple[str, ...] | None = None


PEOPLE = [
    Party("Councillor Brenna Haldane", ("Haldane",), "She", "her"),
    Party("Senator Idris Okonjo", ("Okonjo",), "He", "his"),
    Party("Opposition leader Marta Villanueva", ("Villanueva",), "She", "her"),
    Party("Health Secretary Daniel Petrie", ("Petrie",), "He", "his"),
    Party("Attorney General Lena Korhonen", ("Korhonen",), "She", "her"),
    Party("Union leader Dario Ferrante", ("Ferrante",), "He", "his"),
    Party("Congresswoman Ayesha Mbeki", ("Mbeki",), "She", "her"),
    Party("Deputy Mayor Colm Fitzgerald", ("Fitzgerald",), "He", "his"),
]
BODIES = [
    Party("The Ashford Teachers Union", ("Ashford",)),
    Party("The Riverside Tenants Association", ("Riverside", "Tenants")),
    Party("Amnesty International", ("Amnesty",)),
    Party("The Federation of Small Businesses", ("Federation", "Small Businesses")),
    Party("The Clearwater Residents Group", ("Clearwater",)),
    Party("The National Farmers Union", ("Farmers",)),
    Party("The Brookfield Chamber of Commerce", ("Brookfield", "Chamber")),
    Party("Human Rights Watch", ("Human Rights Watch",)),
]
COUNTRIES = [
    Party("France", ("France",)),
    Party("Japan", ("Japan",)),
    Party("Brazil", ("Brazil",)),
    Party("Canada", ("Canada",)),
    Party("Germany", ("Germany",)),
    Party("Mexico", ("Mexico",)),
]
TARGETS = [
    Party("the city council", ("council",)),
    Party("Mayor Tomas Berglund", ("Berglund",), "He", "his"),
    Party("the Hollings Water Company", ("Hollings",)),
    Party("the transport ministry", ("ministry",)),
    Party("Governor Alma Reyes", ("Reyes",), "She", "her"),
    Party("the school board", ("board",)),
    Party("Prime Minister Jonas Edvik", ("Edvik",), "He", "his"),
    Party("the regional health authority", ("health authority", "authority")),
    Party("Norvane Energy", ("Norvane",)),
]
TARGET_PEOPLE = [t for t in TARGETS if t.pron != "It"]
TARGET_BODIES = [t for t in TARGETS if t.pron == "It"]
ACTS = [
    "reopen the maternity ward",
    "publish the safety report",
    "halt the demolition of the old market",
    "scrap the fare increase",
    "raise the minimum wage",
    "release the detained journalists",
    "withdraw the draft law",
    "delay the vote on the budget",
    "repay the missing pension funds",
    "cancel the mine expansion",
    "restore the night bus service",
]
COUNTRY_ACTS = [
    "withdraw its troops from the border",
    "release the detained sailors",
    "lift the trade sanctions",
    "halt its missile tests",
    "reopen its embassy",
]
THINGS = [
    "compensation",
    "a public apology",
    "a full refund",
    "written assurances",
    "higher pay",
    "a clear timetable",
]
COURT_ACTS = [
    "block the merger",
    "overturn the ruling",
    "order a recount",
    "suspend the new law",
    "halt the eviction",
]
STOP_ACTS = [
    "demolishing the old market",
    "closing the clinic",
    "raising fares",
    "selling the land",
]
ASKERS = [p for trio in zip(PEOPLE, BODIES, PEOPLE[::-1], strict=True) for p in trio]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _low(text: str) -> str:
    """A body's 'The' mid-sentence; names keep their capitals."""
    return "the" + text[3:] if text.startswith("The ") else text


def _pick(items: list, i: int, step: int = 1, offset: int = 0):
    return items[(i * step + offset) % len(items)]


def fill(
    template: str, i: int, askers: list[Party], targets: list[Party]
) -> tuple[str, Party, Party]:
    """Fill one template for row `i`: asker, target, act, thing; never the same party twice."""
    a = _pick(askers, i, 1, 0)
    a2 = _pick(askers, i, 1, 4)
    b = _pick(targets, i, 2, 1)
    b2 = _pick(targets, i, 2, 4)
    act = _pick(ACTS, i, 3, 2)
    text = template.format(
        A=a.text,
        a=_low(a.text),
        Ag=a.text + "'s",
        ag=_low(a.text) + "'s",
        A2=_low(a2.text),
        B2=b2.text,
        Bg=b.text + "'s",
        act2=_pick(ACTS, i, 3, 7),
        B=b.text,
        Bc=_cap(b.text),
        Apron=a.pron,
        Apron_l=a.pron.lower(),
        Aposs=a.poss,
        Bpron=b.pron.lower(),
        Bobj={"It": "it", "He": "him", "She": "her"}[b.pron],
        act=act,
        cact=_pick(COUNTRY_ACTS, i, 1, 0),
        thing=_pick(THINGS, i, 1, 1),
        court=_pick(COURT_ACTS, i, 1, 0),
        stop=_pick(STOP_ACTS, i, 1, 0),
    )
    return _cap(text), a, b
