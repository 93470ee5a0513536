"""CheckList-style cue-attachment cases (stage one: which mention a cue names).

Templates per class crossed with invented fillers (no name or sentence comes from the eval
articles), each class with negative twins. A case gives a text, the quote (by a word it
holds) and the speaker that quote must get (None: the case only says who it must NOT be,
in `not_speaker`).

Classes:
- `participle_past_thing`: a participle (`adding`, `noting`, ...) the parser hung on a
  reported clause whose subject is a thing (`the budget could be "late"`) belongs to the
  reporter, not to the thing.
- `participle_own_subject` (twin): when the clause the participle hangs on is a speech
  act of a document or a clause of a person, that subject speaks.
- `participle_under_preposition`: `punctuated her list by saying "..."`: a participle
  a preposition holds speaks for the subject of the verb the preposition hangs on.
- `preposition_in_subordinate` (twin): `After X won the vote by saying "...", Y left`:
  the nearest clause's subject, not the main clause's.
- `cataphoric_pronoun`: `After he blasted the film for being too "soft," Pastor X ...`:
  a he/she subject of a fronted clause nothing before resolves is the main subject.
- `anaphoric_pronoun` (twin): when a person came before, the pronoun is theirs.
- `inverted_title_chain`: `"...," said <body> spokesman <rank> <Name>, who ...`: the name
  after a long chain of titles.
- `inverted_no_reach` (twin): a name after the title chain and a comma is someone else.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Case:
    cls: str
    text: str
    quote_word: str
    speaker: str | None
    not_speaker: str | None = None


NAMES = [
    ("Priya", "Nair"),
    ("Tomas", "Brenn"),
    ("Odile", "Marchetti"),
    ("Kwame", "Asante"),
    ("Lena", "Vastergaard"),
    ("Ruben", "Halloran"),
]
WOMEN = {"Priya", "Odile", "Lena"}
THINGS = ["the process of writing the budget", "the ferry plan", "the harbour bill", "the vote"]
PARTICIPLES = ["adding", "noting", "insisting"]
PREPOSITIONS = [("by", "saying"), ("after", "telling the crowd"), ("before", "adding")]
RANKS = ["Navy Capt.", "Army Lt. Col.", "Deputy Chief", "former Rep."]
BODIES = ["harbour board", "port authority", "Pentagon", "city council"]


def participle_cases() -> list[Case]:
    out = []
    for k, (first, last) in enumerate(NAMES):
        for j, thing in enumerate(THINGS):
            part = PARTICIPLES[(k + j) % len(PARTICIPLES)]
            text = (
                f"{first} {last} chairs the port committee. In an interview on Monday, "
                f'{last} said {thing} could be "messy," {part}, "Democracy is messy and slow."'
            )
            out.append(Case("participle_past_thing", text, "Democracy", f"{first} {last}"))
            twin = (
                f"{first} {last} chairs the port committee. The report said {thing} could "
                f'be "messy," {part}, "Democracy is messy and slow."'
            )
            out.append(Case("participle_own_subject", twin, "Democracy", "The report"))
    return out


def preposition_cases() -> list[Case]:
    out = []
    for k, (first, last) in enumerate(NAMES):
        other_first, other_last = NAMES[(k + 2) % len(NAMES)]
        for prep, participle in PREPOSITIONS:
            text = (
                f"{first} {last} listed the towns hit by the floods. {last} ended the "
                f"speech {prep} {participle} “Too many, far too many.”"
            )
            out.append(Case("participle_under_preposition", text, "Too many", f"{first} {last}"))
            twin = (
                f"{first} {last} spoke on Monday. After {other_first} {other_last} won the "
                f"vote {prep} {participle} “trust the harbour,” {last} left the hall."
            )
            out.append(
                Case("preposition_in_subordinate", twin, "trust", f"{other_first} {other_last}")
            )
    return out


def cataphora_cases() -> list[Case]:
    out = []
    films = ["Winterfall", "Kestrel Bay", "Night Ferry"]
    for k, (first, last) in enumerate(NAMES):
        other_first, other_last = NAMES[(k + 3) % len(NAMES)]
        he, his = ("she", "her") if first in WOMEN else ("he", "his")
        for film in films:
            text = (
                f"After {he} blasted the film “{film}” for being too “soft on crime,” Pastor "
                f"{first} {last} has now set {his} sights on the harbour scouts."
            )
            out.append(Case("cataphoric_pronoun", text, "soft", f"{first} {last}"))
            twin = (
                f"{first} {last} runs the film club. After {he} blasted the film “{film}” for "
                f"being too “soft on crime,” {other_first} {other_last} left the club."
            )
            out.append(Case("anaphoric_pronoun", twin, "soft", f"{first} {last}"))
    return out


def inverted_cases() -> list[Case]:
    out = []
    for k, (first, last) in enumerate(NAMES):
        for j, rank in enumerate(RANKS):
            body = BODIES[(k + j) % len(BODIES)]
            text = (
                f"The {body} rejected the plan on Monday.\n"
                f'"We are already working on the harbour," said {body} spokesman {rank} '
                f"{first} {last}, who was asked about the plan."
            )
            out.append(Case("inverted_title_chain", text, "harbour", f"{first} {last}"))
            other_first, other_last = NAMES[(k + 1) % len(NAMES)]
            twin = (
                f"{other_first} {other_last} runs the docks.\n"
                f'"We are already working on the harbour," said the {body} press officer, '
                f"who praised {other_first} {other_last} on Monday."
            )
            out.append(
                Case("inverted_no_reach", twin, "harbour", None, f"{other_first} {other_last}")
            )
    return out


def all_cases() -> list[Case]:
    return participle_cases() + preposition_cases() + cataphora_cases() + inverted_cases()
