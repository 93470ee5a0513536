"""CheckList-style cases for he/she -> person (stage two of speaker attribution): templates
per salience class crossed with invented same-gender pairs, each with a negative twin where
the rule must give way.

Every name, place and day is invented (the fillers of the people suite); no sentence comes
from an eval article. Each case names the quote it is about (`quote`, an index into the
digest's quotes) and the speaker the reader should see there (`speaker`) or must not see
(`not_speaker`).

Classes:
- main_clause_subject: `Asked by B about X, A said, "..."` then, a paragraph on, `"...,"
  he continued` -> A: the main clause's subject outranks the agent of a fronted participle or the
  subject of an adverbial clause (`When B arrived, A ...`). Twin: the main subject is a body,
  so the one person there, B, stays the pronoun's referent.
- quote_opening_lookback: `A said he admired B.` then `"S1. S2. S3," he said` -> A: the
  look-back starts where the quote opened, so the quote's own sentences do not push the
  subject out of reach and leave only the nearest mention (B). Twin: B has the pronoun's
  gender and A not, so B it is.
- fronted_phrase_not_bound: `As for A, he said ...` -> A: a fronted phrase is not
  c-commanded by the subject, so Principle C does not forbid it. Twin: `Addressing A, he
  said` (the participle's own subject is he) still rules A out.
- sole_holder_modifier: `Sen. A ... "...," the Norland senator said` -> A, the one senator,
  though the article never gave A's place. Twins: someone else is called Norland-something
  (`Norland Mayor B`), or A's own title names another party (place): nobody is guessed.
- modifier_not_subject: `"...," B said. The A campaign sent buses. "...," he said` -> B: a
  name that only modifies the subject noun is no new subject. Twin: the same with `A, the
  organiser, sent buses`, whose apposition makes A the subject.
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.digests.people.people_checklist import DAYS

# (first, last), alternating female and male: invented pairs of common given names and
# surnames, which the small model tags as persons in any position (some of the people
# suite's rarer surnames read as places after "As for", which is the tagger, not salience)
PEOPLE = [
    ("Clara", "Brandt"),
    ("Martin", "Ostrow"),
    ("Ellen", "Voss"),
    ("Simon", "Reyes"),
    ("Maria", "Lund"),
    ("Paul", "Dorn"),
    ("Sofia", "Kerr"),
    ("Adam", "Prost"),
    ("Julia", "Brenner"),
    ("Felix", "Warde"),
    ("Nora", "Quist"),
    ("Hugo", "Lindell"),
    ("Helen", "Marsh"),
    ("Victor", "Sand"),
]

PLACES = [
    "Port Alden",
    "Lake Sorrel",
    "North Varna",
    "Fort Brenning",
    "Fort Varna",
    "Lake Morva",
    "East Talbrec",
]
TOPICS = ["the budget", "the bridge", "the clinics", "the harbour", "the rail line"]


@dataclass(frozen=True)
class PronounCase:
    cls: str
    text: str
    speaker: str | None = None  # the chosen quote's speaker must be this
    not_speaker: str | None = None  # ... or must not be this
    quote: int = -1  # which of the digest's quotes (default: the last)


def _pairs():
    """(a, b, a's surname, a's he/she, c, c's he/she, day, place, topic): a and b share a
    gender, c has the other one (PEOPLE alternates female, male)."""
    n = len(PEOPLE)
    for i, (first, last) in enumerate(PEOPLE):
        pron, other_pron = ("she", "he") if i % 2 == 0 else ("he", "she")
        yield (
            f"{first} {last}",
            " ".join(PEOPLE[(i + 2) % n]),
            last,
            pron,
            " ".join(PEOPLE[(i + 1) % n]),
            other_pron,
            DAYS[i % len(DAYS)],
            PLACES[i % len(PLACES)],
            TOPICS[i % len(TOPICS)],
        )


def main_clause_cases() -> list[PronounCase]:
    cases = []
    for a, b, _, he, _, _, day, place, topic in _pairs():
        cases += [
            PronounCase(
                "main_clause_subject",
                f"Asked by {b} about {topic} on {day}, {a} said, "
                '"What does it say about the rest of us?"\n'
                f'"We will not cut a single post," {he} continued.',
                speaker=a,
            ),
            PronounCase(
                "main_clause_subject",
                f"When {b} arrived in {place} on {day}, {a} told the crowd: "
                '"The trains will run."\n'
                f'"And they will run on time," {he} said.',
                speaker=a,
            ),
            PronounCase(
                "main_clause_subject",
                f"Pressed by {b} over {topic}, {a} promised a review on {day}: "
                '"Nothing is off the table."\n'
                f'"Nothing at all," {he} added.',
                speaker=a,
            ),
            PronounCase(
                "main_clause_subject_twin",
                f"Asked by {b} about {topic} on {day}, the ministry said the numbers were "
                f'sound.\n"We will not cut a single post," {he} said.',
                speaker=b,
            ),
        ]
    return cases


def quote_opening_cases() -> list[PronounCase]:
    cases = []
    for a, b, _, he, c, she, day, place, _ in _pairs():
        cases += [
            PronounCase(
                "quote_opening_lookback",
                f"{a} said on {day} that {he} had long admired {b}.\n"
                '"We talked for hours. We agreed on the roads. We did not agree on taxes. '
                f'That is politics," {he} said.',
                speaker=a,
            ),
            PronounCase(
                "quote_opening_lookback",
                f"In {place} on {day}, {a} thanked the volunteers who had worked for {b}.\n"
                '"They knocked on every door. They never asked for anything. They were '
                f'tired and they kept going," {he} said.',
                speaker=a,
            ),
            PronounCase(
                "quote_opening_lookback_twin",
                f"{a} said on {day} that the team had long admired {c}.\n"
                '"We talked for hours. We agreed on the roads. We did not agree on taxes. '
                f'That is politics," {she} said.',
                speaker=c,
            ),
        ]
    return cases


def fronted_phrase_cases() -> list[PronounCase]:
    cases = []
    for a, b, _, he, _, _, day, place, topic in _pairs():
        cases += [
            PronounCase(
                "fronted_phrase_not_bound",
                f'"The count is wrong," {b} said in {place}.\n'
                f"As for {a}, {he} said on {day} that {topic} was "
                '"a promise kept."',
                speaker=a,
            ),
            PronounCase(
                "fronted_phrase_not_bound",
                f'"We expected more," {b} said on {day}.\n'
                f"For {a}, {he} said, the vote in {place} was "
                '"the end of a long road."',
                speaker=a,
            ),
            PronounCase(
                "fronted_phrase_not_bound_twin",
                f"{b} arrived late in {place}.\n"
                f"Addressing {a} on {day}, {he} said {topic} was "
                '"a promise kept."',
                not_speaker=a,
            ),
        ]
    return cases


def modifier_cases() -> list[PronounCase]:
    cases = []
    for a, b, last, he, _, _, day, place, _ in _pairs():
        cases += [
            PronounCase(
                "modifier_not_subject",
                f"{b} spoke for {a} at the rally on {day}. "
                f'"The square was full," {b} said. The {last} campaign sent '
                f'buses to {place}.\n"We filled every seat," {he} said.',
                speaker=b,
            ),
            PronounCase(
                "modifier_not_subject_twin",
                f"{b} spoke for {a} at the rally on {day}. "
                f'"The square was full," {b} said. {a}, the organiser, sent '
                f'buses to {place}.\n"We filled every seat," {he} said.',
                speaker=a,
            ),
        ]
    return cases


OFFICES = [
    ("Sen.", "senator"),
    ("Governor", "governor"),
    ("Mayor", "mayor"),
    ("Candidate", "candidate"),
]
MARKS = ["Republican", "Democratic", "Ostrava", "Norland"]


def sole_holder_cases() -> list[PronounCase]:
    cases = []
    for i, (a, b, _, _, _, _, day, _, topic) in enumerate(_pairs()):
        title, office = OFFICES[i % len(OFFICES)]
        other_title, _ = OFFICES[(i + 1) % len(OFFICES)]
        mark = MARKS[i % len(MARKS)]
        other_mark = MARKS[(i % len(MARKS)) ^ 1]  # the same kind: party or place
        cases += [
            PronounCase(
                "sole_holder_modifier",
                f"{title} {a} toured {topic} on {day}. Later, {other_title} {b} spoke.\n"
                f'"We will fix it by spring," the {mark} {office} told reporters.',
                speaker=a,
            ),
            PronounCase(
                "sole_holder_modifier_twin",
                f"{title} {a} toured {topic} on {day} with {mark} {other_title} {b}.\n"
                f'"We will fix it by spring," the {mark} {office} told reporters.',
                not_speaker=a,
            ),
            PronounCase(
                "sole_holder_modifier_twin",
                f"{other_mark} {title} {a} toured {topic} on {day}.\n"
                f'"We will fix it by spring," the {mark} {office} told reporters.',
                not_speaker=a,
            ),
        ]
    return cases


def all_pronoun_cases() -> list[PronounCase]:
    return (
        main_clause_cases()
        + quote_opening_cases()
        + fronted_phrase_cases()
        + modifier_cases()
        + sole_holder_cases()
    )
