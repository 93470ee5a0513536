"""A second fresh meeting suite (recall side), written by a new outside tester.

Every earlier meeting suite was written next to the rules it tests, so each passes. This one
was written from the issue's list of phrasing classes and from how wire services, local
papers, business and sports desks word a meeting, before reading any rule: held talks,
hosting and receiving (active and passive), sitting down, phone and video calls, nominal
events ("A's talks with B", "a meeting between A and B"), delegations, courtesy calls,
hearings, summonses, travel to meet and scheduled meetings, relative clauses and
participles, visits, collective and pronoun subjects after a naming sentence, several
counterparts, "his counterpart", briefings and addresses, handshakes, negotiators and
bodies as parties, reported speech, fronted adverbials, headlines, appositions with a role.

Each positive case names the parties a reader would list (>= 2: surnames, or a body's whole
name, matched as the scorer matches them) and, where the sentence gives them, when, where
and status. Negative twins (a few per class; the trap side is another suite's) expect no
meeting between the parties. Every name and body is invented; countries are real vocabulary.
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.digests.events.meeting_fresh2_templates import TEMPLATES, TWINS


@dataclass(frozen=True)
class Person:
    title: str  # "" for a bare name
    name: str
    pron: str  # "he" / "she"

    @property
    def surname(self) -> str:
        return self.name.split()[-1]

    @property
    def full(self) -> str:
        return f"{self.title} {self.name}".strip()


@dataclass(frozen=True)
class Case2:
    cls: str
    text: str
    parties: tuple[str, ...]  # surnames, or bodies' and countries' whole names
    when: str = ""
    where: str = ""
    status: str = ""
    negative: bool = False


# invented people, many naming traditions, with and without a title
PEOPLE = [
    Person("Foreign Minister", "Adaeze Obiora", "she"),
    Person("Prime Minister", "Halvard Stromberg", "he"),
    Person("Senator", "Carmen Villalobos", "she"),
    Person("Trade Minister", "Tariq Mansour", "he"),
    Person("Governor", "Priya Venkataraman", "she"),
    Person("Chancellor", "Dieter Kraus", "he"),
    Person("Mayor", "Siobhan Gallagher", "she"),
    Person("Ambassador", "Yusuf Demirci", "he"),
    Person("Defence Secretary", "Marek Kowalczyk", "he"),
    Person("Health Minister", "Keiko Tanabe", "she"),
    Person("President", "Kwame Asante", "he"),
    Person("Councillor", "Fatima Benali", "she"),
    Person("Commissioner", "Lars Eklund", "he"),
    Person("Interior Minister", "Olga Petrenko", "she"),
    Person("", "Rafael Quintero", "he"),
    Person("", "Meera Krishnan", "she"),
    Person("", "Tomasz Zielinski", "he"),
    Person("", "Hugo Marchetti", "he"),
]

# bodies as a reader would name them (the scorer compares their content words exactly)
ORGS = [
    "the Northgate Transit Union",
    "the Calloway Steel Company",
    "the Riverside Nurses Association",
    "Brightwater Energy",
    "the Eastvale Teachers Federation",
    "the Harrowgate Port Authority",
    "the Dunmore Rail Workers Union",
    "Kestrel Airlines",
]
COMMITTEES = [
    "the Senate Appropriations Committee",
    "the House Oversight Committee",
    "the Public Health Committee",
    "the Transport Select Committee",
    "the Senate Banking Committee",
]
COUNCILS = [
    "the Ashford City Council",
    "the Marlow County Board",
    "the Pembridge Town Council",
    "the Welland Regional Council",
]
# (country, demonym)
COUNTRIES = [
    ("Ghana", "Ghanaian"),
    ("Chile", "Chilean"),
    ("Norway", "Norwegian"),
    ("Indonesia", "Indonesian"),
    ("Kenya", "Kenyan"),
    ("Peru", "Peruvian"),
    ("Poland", "Polish"),
    ("Morocco", "Moroccan"),
    ("Canada", "Canadian"),
]
CITIES = ["Lisbon", "Nairobi", "Hanoi", "Oslo", "Lima", "Cairo", "Warsaw", "Ottawa", "Jakarta"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
VENUES = ["the presidential palace", "State House", "the town hall", "the embassy", "City Hall"]


def _poss(pron: str) -> str:
    return "his" if pron == "he" else "her"


def _obj(pron: str) -> str:
    return "him" if pron == "he" else "her"


def _fill(k: int, t: int) -> dict[str, str]:
    """The k-th filler set for template number t: people, bodies, places and days rotate."""
    n = len(PEOPLE)
    a, b, c = PEOPLE[(k + t) % n], PEOPLE[(k * 5 + t + 3) % n], PEOPLE[(k * 7 + t + 11) % n]
    if b == a:
        b = PEOPLE[(k + t + 1) % n]
    if c in (a, b):
        c = PEOPLE[(k + t + 2) % n]
    if c in (a, b):
        c = PEOPLE[(k + t + 4) % n]
    x, y = COUNTRIES[(k + t) % len(COUNTRIES)], COUNTRIES[(k * 2 + t + 4) % len(COUNTRIES)]
    o1, o2 = ORGS[(k + t) % len(ORGS)], ORGS[(k * 3 + t + 1) % len(ORGS)]
    if o2 == o1:
        o2 = ORGS[(k + t + 1) % len(ORGS)]
    return {
        "A": a.full,
        "An": a.name,
        "a": a.surname,
        "p": a.pron,
        "P": a.pron.capitalize(),
        "his": _poss(a.pron),
        "B": b.full,
        "Bn": b.name,
        "b": b.surname,
        "his_b": _poss(b.pron),
        "him_b": _obj(b.pron),
        "C": c.full,
        "c": c.surname,
        "org1": o1,
        "org2": o2,
        "cmte": COMMITTEES[(k + t) % len(COMMITTEES)],
        "council": COUNCILS[(k + t) % len(COUNCILS)],
        "x": x[0],
        "dx": x[1],
        "y": y[0],
        "dy": y[1],
        "city": CITIES[(k + 2 * t) % len(CITIES)],
        "day": DAYS[(k + t) % len(DAYS)],
        "venue": VENUES[(k + t) % len(VENUES)],
    }


def _key(name: str) -> str:
    return name.removeprefix("the ")


def fresh2_cases(per_template: int = 5) -> list[Case2]:
    """Every case, deterministic: each template crossed with `per_template` filler sets."""
    out: list[Case2] = []
    rows = [(row, False) for row in TEMPLATES] + [(row, True) for row in TWINS]
    for t, ((cls, template, parties, status, checks), negative) in enumerate(rows):
        for k in range(per_template):
            f = _fill(k, t)
            text = template.format(**f)
            text = text[0].upper() + text[1:]
            when = f["day"] if "t" in checks and "{day}" in template else ""
            where = f["city"] if "w" in checks and "{city}" in template else ""
            keys = tuple(_key(f[p]) for p in parties)
            out.append(Case2(cls, text, keys, when, where, status, negative))
    return out
