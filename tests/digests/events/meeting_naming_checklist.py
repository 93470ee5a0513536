"""CheckList cases for how a meeting NAMES its parties: one body, one name, as the article
words it.

Classes (each with a negative twin where the rule could over-reach):
- owner_kept: "summoned to Kelmar's Foreign Office" -> "Kelmar's Foreign Office", owner and
  all (a generic body name says whose it is only with its owner); twins: owner_time, "at
  Monday's Harlow Union rally" keeps no time in the union's name; owner_of_named_body,
  "Kelmar's Brightwater Energy" is Brightwater Energy (a name of its own needs no owner).
- one_body: "Kelmar and KFL rebels renewed talks" -> Kelmar and KFL, not KFL a second time
  as "KFL rebels" (its twins, a group with no other name for its body and a group of no
  named body, are in tests/digests/test_one_body.py, on the naming step alone).
- owner_not_party: "officials from Norland's Interior Ministry met X": Norland is whose
  ministry it is, not a party of its own.
- they_body: "The Harlow Dock Union have confirmed they are in talks with X" -> the union
  (British English makes a body plural); twin they_not_person: "Ruiz confirmed they are in
  talks with X and Y" does not make Ruiz 'they'.

Every name is invented; none comes from the eval articles.
"""

from __future__ import annotations

from tests.digests.events.meeting_checklist import CITIES, DAYS, Case

ENVOYS = [
    ("Ambassador Bo Lund", "Lund"),
    ("Ambassador Eva Dahl", "Dahl"),
    ("Envoy Kai Moberg", "Moberg"),
    ("Ambassador Lena Aasen", "Aasen"),
    ("Envoy Rune Falk", "Falk"),
    ("Ambassador Siri Holt", "Holt"),
]
LANDS = ["Kelmar", "Vastria", "Norland", "Ostrel", "Brevia", "Taldor"]
MINISTRIES = ["Foreign Office", "Foreign Ministry", "Interior Ministry", "Trade Ministry"]
# (land, rebel group's acronym): the small model reads some invented acronyms as places or
# people, which no naming rule can mend; these it reads as bodies
REBELS = [
    ("Kelmar", "KFL"),
    ("Norland", "ODP"),
    ("Brevia", "KLA"),
    ("Taldor", "MLF"),
    ("Kelmar", "PDF"),
    ("Vastria", "ULF"),
    ("Norland", "SNF"),
]
COMPANIES = ["Brightwater Energy", "Kestrel Mining", "Harlow Freight"]
UNIONS = ["Harlow Dock Union", "Kestrel Miners Union", "Brightwater Nurses Union"]
PEOPLE = [
    ("Ana Ruiz", "Ruiz"),
    ("Tomas Brandt", "Brandt"),
    ("Mira Solberg", "Solberg"),
    ("Lucas Brenner", "Brenner"),
    ("Nora Calder", "Calder"),
    ("Daniel Strand", "Strand"),
]


def naming_cases() -> list[Case]:
    out: list[Case] = []
    for k, (envoy, surname) in enumerate(ENVOYS):
        land = LANDS[k]
        day, city = DAYS[k % len(DAYS)], CITIES[k % len(CITIES)]
        body = MINISTRIES[k % len(MINISTRIES)]
        owned = f"{land}'s {body}"
        out += [
            Case(
                "owner_kept",
                f"{envoy} was called in for a meeting at {owned} in {city} on {day}.",
                (surname, owned),
                exact=True,
            ),
            Case(
                "owner_kept",
                f"{envoy} was summoned to {owned} on {day}.",
                (surname, owned),
                exact=True,
            ),
            Case("owner_kept", f"{owned} summoned {envoy} on {day}.", (surname, owned), exact=True),
        ]
    for k, (envoy, surname) in enumerate(ENVOYS):
        land, company = LANDS[k], COMPANIES[k % len(COMPANIES)]
        day = DAYS[k % len(DAYS)]
        out += [
            Case(
                "owner_of_named_body",
                f"{envoy} held talks with {land}'s {company} on {day}.",
                (surname, company),
                (f"{land}'s {company}",),
            ),
            Case(
                "owner_of_named_body",
                f"{land}'s {company} met {envoy} on {day}.",
                (surname, company),
                (f"{land}'s {company}",),
            ),
        ]
    for k, (name, surname) in enumerate(PEOPLE):
        union = UNIONS[k % len(UNIONS)]
        day = DAYS[k % len(DAYS)]
        out += [
            # twin: a time is not whose union it is
            Case(
                "owner_time",
                f"{name} met the {union} at {day}'s rally in {CITIES[k]}.",
                (surname, union),
                (f"{day}'s {union}",),
            ),
        ]
    for k, (land, acr) in enumerate(REBELS):
        day, city = DAYS[k % len(DAYS)], CITIES[(k + 2) % len(CITIES)]
        out += [
            Case(
                "one_body",
                f"{land} and {acr} rebels renewed peace talks in {city} on {day}.",
                (land, acr),
                (f"{acr} rebels",),
            ),
            Case(
                "one_body",
                f"Talks between {land} and {acr} rebels resumed in {city} on {day}.",
                (land, acr),
                (f"{acr} rebels",),
            ),
        ]
    for k, (name, surname) in enumerate(PEOPLE):
        union = UNIONS[k % len(UNIONS)]
        first, second = COMPANIES[k % 3], COMPANIES[(k + 1) % 3]
        day = DAYS[k % len(DAYS)]
        out += [
            Case(
                "they_body",
                f"The {union} have confirmed they are in talks with {first} on {day}.",
                (union, first),
            ),
            Case(
                "they_body",
                f"The {union} said they would meet {name} on {day}.",
                (union, surname),
            ),
            Case(
                "they_not_person",
                f"{name} confirmed they are in talks with {first} and {second} on {day}.",
                (first, second),
                (surname,),
            ),
        ]
    for k, (name, surname) in enumerate(PEOPLE):
        land = LANDS[k]
        body = MINISTRIES[k % len(MINISTRIES)]
        day = DAYS[k % len(DAYS)]
        out += [
            Case(
                "owner_not_party",
                f"Officials from {land}'s {body} met {name} on {day}.",
                (surname,),
                (land,),
            ),
            Case(
                "owner_not_party",
                f"Delegates from {land}'s {body} held talks with {name} on {day}.",
                (surname,),
                (land,),
            ),
        ]
    return out
