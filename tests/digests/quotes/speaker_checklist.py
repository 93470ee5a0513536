"""CheckList-style speaker cases for stage two (mention -> party): templates per class
crossed with invented fillers, each class with a negative twin where the rule could
overreach.

Every name, body, place and day is invented (the fillers of the people suite); no sentence
comes from an eval article. Each case gives the speaker the quote's reader should see
(`speaker`), or one it must not be (`not_speaker`).

Classes:
- office_holder: `the president said` when the cast has several presidents -> the one the
  article titled with the bare office (not `union president X`, `Vice President Y`,
  `former governor Z`, not `adviser to the president`);
- office_holder_twin: two bare holders, or a sentence before about someone whose office was
  never given: no holder is guessed.
- participle_after_preposition: `X deflected questions before saying "..."` -> X, the
  subject of the verb the phrase hangs on (not the person the questions were about);
- participle_object_control: `Rivals attacked X for saying "..."`, `Y accused X of calling`
  -> X, the verb's object, not its subject;
- participle_blamed_act: `X attacked Y for proposing a "reckless tower"` -> X: the participle
  is the act blamed, not words of Y, so the quoted characterisation is the critic's.
- epithet_after_possessor: `X's plan drew rebukes. "...," the billionaire said` -> X, whose
  act the sentence before was about; twin: a body's plan leaves the epithet unresolved.
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.digests.people.people_checklist import DAYS, PEOPLE, UNIONS

PLACES = ["Kelvara", "Ostrin", "Morvala", "Dessin", "Varnholm", "Talbrec", "Essenor"]
BODIES = [full for full, _ in UNIONS]


@dataclass(frozen=True)
class SpeakerCase:
    cls: str
    text: str
    speaker: str | None = None  # the first quote's speaker must be this
    not_speaker: str | None = None  # ... or must not be this


def _fillers():
    n = len(PEOPLE)
    for i, (first, last) in enumerate(PEOPLE):
        b, c, d = PEOPLE[(i + 3) % n], PEOPLE[(i + 5) % n], PEOPLE[(i + 7) % n]
        yield (
            f"{first} {last}",
            " ".join(b),
            " ".join(c),
            " ".join(d),
            DAYS[i % len(DAYS)],
            PLACES[i % len(PLACES)],
            BODIES[i % len(BODIES)],
        )


def office_holder_cases() -> list[SpeakerCase]:
    cases = []
    for a, b, c, d, day, place, body in _fillers():
        cases += [
            SpeakerCase(
                "office_holder",
                f"President {a} met union president {b} and Vice President {c} on {day}. "
                'The talks ran late. "We made progress," the president said.',
                speaker=a,
            ),
            SpeakerCase(
                "office_holder",
                f"Governor {a} and former governor {b} toured {place} on {day}. Crowds were "
                'thin. "The roads will be fixed by spring," the governor said.',
                speaker=a,
            ),
            SpeakerCase(
                "office_holder",
                f"Vice President {c} introduced President {a} at the rally in {place}. "
                f"The president told the crowd on {day} that the plan was "
                '"a promise kept."',
                speaker=a,
            ),
            SpeakerCase(
                "office_holder",
                f"{b}, the president of the {body}, welcomed President {a} to {place} on "
                f'{day}. "This port will grow again," the president said.',
                speaker=a,
            ),
            SpeakerCase(
                "office_holder_twin",
                f"Senator {a} and Senator {b} toured {place} on {day}. Crowds were thin. "
                '"The roads will be fixed by spring," the senator said.',
                speaker="the senator",
            ),
            SpeakerCase(
                "office_holder_twin",
                f"President {a} met union president {b} in {place} on {day}. {d} toured "
                'the harbour the next morning. "We made progress," the president said.',
                not_speaker=a,
            ),
        ]
    return cases


def participle_cases() -> list[SpeakerCase]:
    cases = []
    for a, b, _c, _d, day, place, body in _fillers():
        cases += [
            SpeakerCase(
                "participle_after_preposition",
                f"On {day}, {a} deflected questions about {b} before saying, "
                '"It is time to talk about jobs."',
                speaker=a,
            ),
            SpeakerCase(
                "participle_after_preposition",
                f"{a} left the stage in {place} after telling the crowd that the vote was "
                '"already won."',
                speaker=a,
            ),
            SpeakerCase(
                "participle_after_preposition",
                f"{a} ended the {body} meeting on {day} by calling the offer "
                '"an insult to every worker."',
                speaker=a,
            ),
            SpeakerCase(
                "participle_object_control",
                f'Rivals attacked {a} on {day} for saying that the plan was "a fraud."',
                speaker=a,
            ),
            SpeakerCase(
                "participle_object_control",
                f'{b} accused {a} of calling the {body} strike "a stunt."',
                speaker=a,
            ),
            SpeakerCase(
                "participle_blamed_act",
                f'{a} attacked {b} on {day} for proposing a "reckless, ugly tower."',
                speaker=a,
            ),
            SpeakerCase(
                "participle_blamed_act",
                f'{a} criticised {b} for approving a "wasteful and rushed" budget in {place}.',
                speaker=a,
            ),
        ]
    return cases


def epithet_owner_cases() -> list[SpeakerCase]:
    cases = []
    for a, _b, _c, _d, day, place, body in _fillers():
        cases += [
            SpeakerCase(
                "epithet_after_possessor",
                f"Reporters waited for {a} in {place}. {a}'s plan to close the port drew "
                f'rebukes from the unions on {day}. "We have to move faster," the '
                "billionaire told reporters.",
                speaker=a,
            ),
            SpeakerCase(
                "epithet_after_possessor",
                f"Crowds booed {a} in {place}. {a}'s remarks about the {body} angered "
                f"several lawmakers on {day}. "
                '"I stand by every word," the candidate said.',
                speaker=a,
            ),
            SpeakerCase(
                "epithet_after_possessor_twin",
                f"The {body}'s plan to close the {place} port drew rebukes on {day}. "
                '"We have to move faster," the billionaire told reporters.',
                speaker="the billionaire",
            ),
        ]
    return cases


def all_speaker_cases() -> list[SpeakerCase]:
    return office_holder_cases() + participle_cases() + epithet_owner_cases()
