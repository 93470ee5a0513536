"""CheckList-style suite for the frames a quoted fragment hangs from
(`digests.quotes.fragments`, `digests.quotes.titles.is_subject_mention`).

Templates crossed with invented fillers, each class with negative twins. The speaker is
a bare he/she/they (no sieve can name one), so only the frame keeps a fragment:

- conjoined_fragment: a fragment conjoined to a quoted one (`called the plan "cruel"
  and "short-sighted"`) hangs from the same verb and is a quote too; twin conjoined_label:
  the same layout for labels nobody uses (`known as the "Green Mile" and the "Old Way"`).
- judging_fragment: blaming, condemning or mocking in words (`blamed the delay on "bad
  luck"`) reports the subject's words; twin judged_label: the same fragment after a
  verb of doing (`Crews repaired the "Old Mill"`).
- noun_frame: a noun for someone's words that someone owns (`his description of the
  plan as "a mess"`, `her claim that the vote was "rigged"`); twin unowned_noun: the same
  nouns owned by nobody (`The description of the dam as "sturdy" dates from 1950`).
- title_subject: a title-cased span of any length opening a sentence as its subject
  (`"The Harbor Years" opens in March`) is talked about, not said; twin title_uttered:
  the same words with utterance punctuation and a speech verb (`"Harbor Years!" she
  shouted`).
- finding: a body or a document reports findings (`The audit found the dam was
  "unsafe"`); twin found_thing: people find a named thing (`Crews found the "Green
  Mile" flooded`).
- small_word_title: a title with lower-case small words (`"Death by Harbor" star Ana
  Ruiz`, `starred in "Letters from Pellam"`) names a work; twin small_word_uttered: the
  same words said (`"Death by Harbor," she said`).
- source_aside: an aside naming whose words the clause gives (`the plan was, as she put
  it, "dead"`); twin aside_label: an aside with no fragment, or a name the writer uses.
- as_complement: someone presents a thing as the fragment (`defended the plan as
  "fair"`); twin as_role: a use or a role (`used the hall as a "war room"`).
- phrasal_judging: judging in a verb with a particle or object (`hit back at "lies"`,
  `took aim at "insiders"`); twin phrasal_label: the same verbs doing something to a
  named thing (`took the "Old Road" home`).

Every class must hold for at least 95% of its cases. Every filler is invented.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from digests.engine import digest_from_doc

THRESHOLD = 0.95

THINGS = ["toll plan", "school budget", "harbor deal", "zoning rule", "water levy", "bus merger"]
PAIRS = [
    ("cruel", "short-sighted"),
    ("reckless", "a gamble"),
    ("unfair", "unworkable"),
    ("a mess", "a disgrace"),
    ("naive", "dangerous"),
    ("a giveaway", "a scam"),
]
PRONOUNS = ["She", "He", "They", "She", "He", "They"]
LABELS = [
    ("Green Mile", "Old Way"),
    ("Blue Ribbon Plan", "Tollgate Rule"),
    ("Quiet Deal", "Red Line"),
]
CAUSES = ["bad luck", "greedy landlords", "lazy planners", "a rigged count", "outside agitators"]
VERBS_ON = ["blamed", "faulted", "credited"]
VERBS_AS = ["denounced", "mocked", "condemned", "rejected", "ridiculed"]
TITLES = ["The Harbor Years", "Salt and Iron", "Quiet Water Rising", "A Town Called Home"]
PREDICATES = ["opens in March", "tells the story of a mining town", "won three awards", "sold well"]


@dataclass(frozen=True)
class Case:
    cls: str
    text: str
    fragments: tuple[str, ...]  # the quoted words
    is_quote: bool


def conjoined_cases() -> list[Case]:
    cases = []
    for i, thing in enumerate(THINGS):
        a, b = PAIRS[i]
        who = PRONOUNS[i]
        templates = [
            f'{who} called the {thing} "{a}" and "{b}."',
            f'{who} described the {thing} as "{a}" and "{b}" on Monday.',
            f'{who} said the {thing} was "{a}" and "{b}."',
            f'{who} accused the council of being "{a}" and "{b}" about the {thing}.',
        ]
        cases += [Case("conjoined_fragment", t, (a, b), True) for t in templates]
    for i, (a, b) in enumerate(LABELS):
        thing = THINGS[i]
        templates = [
            f'The roads are known as the "{a}" and the "{b}" in the county.',
            f'Crews repaired the "{a}" and the "{b}" on Friday.',
            f'The {thing} covers the "{a}" and the "{b}" next year.',
            f'Traffic slowed near the "{a}" and the "{b}" on Sunday.',
            f'The so-called "{a}" and "{b}" start next week.',
        ]
        cases += [Case("conjoined_label", t, (a, b), False) for t in templates]
    return cases


def judging_cases() -> list[Case]:
    cases = []
    for i, cause in enumerate(CAUSES):
        who = PRONOUNS[i]
        thing = THINGS[i]
        for verb in VERBS_ON:
            cases.append(
                Case("judging_fragment", f'{who} {verb} the {thing} on "{cause}."', (cause,), True)
            )
        verb = VERBS_AS[i]
        cases.append(
            Case(
                "judging_fragment",
                f'{who} {verb} the {thing} as "{PAIRS[i][0]}."',
                (PAIRS[i][0],),
                True,
            )
        )
        label = LABELS[i % len(LABELS)][0]
        cases += [
            Case(
                "judged_label", f'Crews repaired the "{label}" near the {thing}.', (label,), False
            ),
            Case("judged_label", f'{who} drove along the "{label}" on Monday.', (label,), False),
            Case("judged_label", f'The {thing} reached the "{label}" at noon.', (label,), False),
        ]
    return cases


def noun_frame_cases() -> list[Case]:
    cases = []
    for i, thing in enumerate(THINGS[:5]):
        a, b = PAIRS[i]
        cases += [
            Case(
                "noun_frame",
                f'His description of the {thing} as "{a}" angered the council.',
                (a,),
                True,
            ),
            Case(
                "noun_frame",
                f'The mayor\'s claim that the {thing} was "{a}" drew scorn.',
                (a,),
                True,
            ),
            Case(
                "noun_frame", f'Her warning that the {thing} was "{b}" went unheeded.', (b,), True
            ),
            Case("noun_frame", f'Their criticism of the {thing} as "{b}" grew louder.', (b,), True),
            Case(
                "unowned_noun",
                f'The description of the {thing} as "{a}" dates from 1950.',
                (a,),
                False,
            ),
            Case(
                "unowned_noun",
                f'A reference to the "{LABELS[i % 3][0]}" appears in the deed.',
                (LABELS[i % 3][0],),
                False,
            ),
            Case(
                "unowned_noun",
                f'The label "{LABELS[i % 3][1]}" is printed on every crate.',
                (LABELS[i % 3][1],),
                False,
            ),
        ]
    return cases


def title_subject_cases() -> list[Case]:
    cases = []
    for i, title in enumerate(TITLES):
        for predicate in PREDICATES:
            cases.append(Case("title_subject", f'"{title}" {predicate}.', (title,), False))
        cases.append(
            Case(
                "title_uttered",
                f'"{title}!" {PRONOUNS[i].lower()} shouted at the crowd.',
                (f"{title}!",),
                True,
            )
        )
        cases.append(
            Case(
                "title_uttered",
                f'"{title}," {PRONOUNS[i].lower()} said of the plan.',
                (title,),
                True,
            )
        )
    return cases


AS_VERBS = ["defended", "welcomed", "hailed", "framed", "presented"]
ASIDES = ["as she put it", "as he said", "in her words", "as they put it", "in his words"]
PHRASALS = ["hit back at", "took aim at", "lashed out at", "fired back at", "waved off"]
ROUTES = ["Blue Line", "Old Road", "Harbor Days", "Green Mile", "Tollgate Rule"]


def aside_cases() -> list[Case]:
    """An aside names whose words the clause gives (`as she put it`); twins: an aside
    with no fragment, and a fragment that is a name the writer uses."""
    cases = []
    for i, thing in enumerate(THINGS[:5]):
        a, b = PAIRS[i]
        aside = ASIDES[i]
        cases += [
            Case("source_aside", f'The {thing} was, {aside}, "{a}."', (a,), True),
            Case("source_aside", f'The {thing}, {aside}, is "{b}" and must go.', (b,), True),
            Case("source_aside", f'It was, {aside}, "{a}" from the start.', (a,), True),
            Case(
                "aside_label",
                f'The {thing} was, {aside}, late. Crews fixed the "{ROUTES[i]}."',
                (ROUTES[i],),
                False,
            ),
            Case(
                "aside_label",
                f'Traffic, as usual, slowed near the "{ROUTES[i]}" on Friday.',
                (ROUTES[i],),
                False,
            ),
            Case(
                "aside_label",
                f'In the end the "{ROUTES[i]}" opened, as planned.',
                (ROUTES[i],),
                False,
            ),
        ]
    return cases


def as_complement_cases() -> list[Case]:
    """Someone presents a thing as the fragment (`defended the plan as "fair"`); twins: a
    use or a role (`used the room as a "war room"`, `served as "chief fixer"`)."""
    cases = []
    for i, thing in enumerate(THINGS[:5]):
        a, b = PAIRS[i]
        who = PRONOUNS[i]
        cases += [
            Case("as_complement", f'{who} {AS_VERBS[i]} the {thing} as "{a}."', (a,), True),
            Case(
                "as_complement",
                f'{who} {AS_VERBS[(i + 1) % 5]} the {thing} as "{b}" on Monday.',
                (b,),
                True,
            ),
            Case(
                "as_complement",
                f'{who} {AS_VERBS[(i + 2) % 5]} it as "{a}" in a speech.',
                (a,),
                True,
            ),
            Case(
                "as_role",
                f'{who} used the hall as a "{ROUTES[i].lower()}" during the strike.',
                (ROUTES[i].lower(),),
                False,
            ),
            Case(
                "as_role",
                f'{who} served as "{ROUTES[i].lower()} chief" for a year.',
                (f"{ROUTES[i].lower()} chief",),
                False,
            ),
            Case(
                "as_role",
                f'{who} rebuilt the {thing} as a "{ROUTES[i].lower()} hub" last year.',
                (f"{ROUTES[i].lower()} hub",),
                False,
            ),
            Case(
                "as_role",
                f'{who} was hired as "{ROUTES[i].lower()} keeper" in May.',
                (f"{ROUTES[i].lower()} keeper",),
                False,
            ),
        ]
    return cases


def phrasal_cases() -> list[Case]:
    """Judging in a verb with a particle or object (`hit back at "lies"`, `took aim at
    "insiders"`); twins: the same verbs doing something to a named thing."""
    cases = []
    for i, cause in enumerate(CAUSES):
        who = PRONOUNS[i]
        route = ROUTES[i]
        cases += [
            Case("phrasal_judging", f'{who} {PHRASALS[i]} "{cause}" in a speech.', (cause,), True),
            Case(
                "phrasal_judging",
                f'{who} {PHRASALS[(i + 1) % 5]} "{cause}" on Monday.',
                (cause,),
                True,
            ),
            Case(
                "phrasal_judging",
                f'{who} {PHRASALS[(i + 2) % 5]} "{cause}" at the rally.',
                (cause,),
                True,
            ),
            Case("phrasal_label", f'{who} hit the "{route}" stop at noon.', (route,), False),
            Case("phrasal_label", f'{who} took the "{route}" home on Friday.', (route,), False),
            Case(
                "phrasal_label",
                f'{who} pushed back the "{route}" opening to June.',
                (route,),
                False,
            ),
        ]
    return cases


SMALL_WORD_TITLES = [
    "Death by Harbor",
    "Letters from Pellam",
    "Salt is the New Iron",
    "Life as a Tollkeeper",
]
HOLDERS = ["star Ana Ruiz opened up about her life", "author Marek Quint spoke on Monday"]


def small_word_title_cases() -> list[Case]:
    """A title with lower-case small words (`by`, `from`, `is`, `as`) naming the noun
    after it or after a preposition is no quote; twin small_word_uttered: the same words
    said."""
    cases = []
    for i, title in enumerate(SMALL_WORD_TITLES):
        who = PRONOUNS[i].lower()
        cases += [
            Case("small_word_title", f'"{title}" {holder}.', (title,), False) for holder in HOLDERS
        ]
        cases += [
            Case(
                "small_word_title",
                f'{PRONOUNS[i]} starred in "{title}" last year.',
                (title,),
                False,
            ),
            Case("small_word_title", f'The "{title}" host left the show.', (title,), False),
            Case("small_word_uttered", f'"{title}," {who} said with a laugh.', (title,), True),
            Case("small_word_uttered", f'"{title}!" {who} shouted.', (f"{title}!",), True),
        ]
    return cases


FINDERS = ["The audit", "The report", "The court", "An inquiry", "The review"]
FINDING_VERBS = ["found", "concluded", "ruled", "determined", "found"]
FINDERS_NOT = ["Crews", "Hikers", "Divers", "She", "Volunteers"]


def finding_cases() -> list[Case]:
    """A body or document reports findings (`The audit found the dam was "unsafe"`);
    twin found_thing: people find a named thing (`Crews found the "Green Mile" flooded`)."""
    cases = []
    for i, finder in enumerate(FINDERS):
        verb, thing = FINDING_VERBS[i], THINGS[i]
        a, b = PAIRS[i]
        label = ROUTES[i]
        cases += [
            Case("finding", f'{finder} {verb} that the {thing} was "{a}."', (a,), True),
            Case("finding", f'{finder} {verb} the {thing} had been "{b}" for years.', (b,), True),
            Case("finding", f'Last year {finder.lower()} {verb} the {thing} "{a}."', (a,), True),
            Case(
                "found_thing",
                f'{FINDERS_NOT[i]} found the "{label}" flooded on Friday.',
                (label,),
                False,
            ),
            Case("found_thing", f'{FINDERS_NOT[i]} found the "{label}" closed.', (label,), False),
            Case(
                "found_thing",
                f'{FINDERS_NOT[i]} found the "{label}" trail at dawn.',
                (label,),
                False,
            ),
        ]
    return cases


CASES = (
    finding_cases()
    + small_word_title_cases()
    + conjoined_cases()
    + judging_cases()
    + noun_frame_cases()
    + title_subject_cases()
    + aside_cases()
    + as_complement_cases()
    + phrasal_cases()
)
SMALL_CLASSES = {"title_uttered", "small_word_uttered"}


@pytest.fixture(scope="module")
def outcomes(nlp) -> dict[str, list[tuple[Case, bool]]]:
    by_class: dict[str, list[tuple[Case, bool]]] = {}
    docs = nlp.pipe(case.text for case in CASES)
    for case, doc in zip(CASES, docs, strict=True):
        quoted = {q.text.strip(" ,.") for q in digest_from_doc(doc).quotes}
        ok = all((f.strip(" ,.") in quoted) == case.is_quote for f in case.fragments)
        by_class.setdefault(case.cls, []).append((case, ok))
    return by_class


def test_the_suite_covers_every_class():
    sizes = {cls: sum(c.cls == cls for c in CASES) for cls in {c.cls for c in CASES}}
    assert len(sizes) == 18
    assert all(n >= (8 if cls in SMALL_CLASSES else 15) for cls, n in sizes.items()), sizes


@pytest.mark.parametrize("cls", sorted({c.cls for c in CASES}))
def test_each_class_holds(outcomes, cls):
    results = outcomes[cls]
    failed = [case.text for case, ok in results if not ok]
    rate = 1 - len(failed) / len(results)
    print(f"{cls}: {rate:.2f} ({len(results)} cases)")
    assert rate >= THRESHOLD, failed
