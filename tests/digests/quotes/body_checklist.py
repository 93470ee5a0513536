"""CheckList-style cases for `it`/`they` bound by a body that is its sentence's subject
(stage two: mention -> party).

`The union is fighting what they call "a land grab."` and `The campaign released two ads
it described as "closing arguments."`: the body the main clause makes its subject says the
quoted words, as a person subject binds a he/she in a clause below it
(`digests.salience.main_body_subject`). Templates crossed with invented bodies; no name
or sentence comes from the eval articles.

Classes:
- `body_binds_pronoun`: the body the sentence is about speaks.
- `body_pronoun_twin`: a person as the main subject is never an `it`; a plural subject
  nearer the `they` (`the growers fought what they call`) is theirs, not the body's.
"""

from __future__ import annotations

from .cue_checklist import Case

BODIES = [
    "The dockworkers union",
    "The harbour council",
    "The ferry board",
    "The growers group",
    "The Nair campaign",
    "The port authority",
]
FRAMES = [
    '{body} is fighting what it calls "a land grab by the port."',
    '{body} is fighting what they call "a land grab by the port."',
    '{body} released two new ads it described as "a land grab by the port."',
    '{body} wants to end what it called "a land grab by the port."',
]
PEOPLE = [("Priya", "Nair"), ("Tomas", "Brenn"), ("Odile", "Marchetti")]


def body_cases() -> list[Case]:
    out = []
    for body in BODIES:
        for frame in FRAMES:
            text = "The harbour plan was debated on Monday.\n" + frame.format(body=body)
            out.append(Case("body_binds_pronoun", text, "land grab", body))
        plural = (
            f"{body} met the growers on Monday, and the growers fought what they call "
            '"a land grab by the port."'
        )
        out.append(Case("body_pronoun_twin", plural, "land grab", None, body))
    for first, last in PEOPLE:
        text = (
            f"{first} {last} praised the dockworkers union, which fights what it calls "
            '"a land grab by the port."'
        )
        out.append(Case("body_pronoun_twin", text, "land grab", None, f"{first} {last}"))
        text = f'{first} {last} is fighting what it calls "a land grab by the port."'
        out.append(Case("body_pronoun_twin", text, "land grab", None, f"{first} {last}"))
    return out


def all_cases() -> list[Case]:
    return body_cases()
