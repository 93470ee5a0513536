"""CheckList-style suite for quoted spans: which ones are quotes (`digests.quotes.fragments`,
`digests.quotes.not_quotes`).

Templates crossed with invented fillers, each class with negative twins: a short fragment
someone is reported as characterising something with is a quote even when that someone
is only "she" (`she described the plan as "reckless"`); the same words as a label nobody
is said to use (`known as the "Harbor Pledge"`, `the so-called "water levy"`) or a thing
the writer names (`crews finished the "Green Mile"`) are not. Titles set off by a comma from
a noun for a kind of work (`her memoir, "The Long Road,"`) and a signature closing a run-on
quotation (`Ana Ruiz, director of the institute."`) are not quotes; a name someone gives
(`called his rival "Lady Ledger"`) is. Every class must hold for at least 95% of its
cases. Every filler is invented.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from digests.engine import digest_from_doc

THRESHOLD = 0.95

THINGS = ["toll plan", "school budget", "harbor deal", "zoning rule", "water levy", "bus merger"]
PHRASES = ["a total mess", "a bold gamble", "a win for families", "deeply unfair", "unworkable"]
ADJECTIVES = ["reckless", "short-sighted", "naive", "cruel", "lazy", "timid"]
LABELS = ["Harbor Pledge", "Green Mile", "Quiet Deal", "Blue Ribbon Plan", "Tollgate Rule"]


@dataclass(frozen=True)
class Case:
    cls: str
    text: str
    fragment: str  # the quoted words
    is_quote: bool


def characterised_cases() -> list[Case]:
    """Someone (a bare he/she/they: no speaker can be named) characterises in words."""
    cases = []
    for i, thing in enumerate(THINGS):
        phrase = PHRASES[i % len(PHRASES)]
        adj = ADJECTIVES[i % len(ADJECTIVES)]
        templates = [
            (f'She described the {thing} as "{phrase}" at the meeting.', phrase),
            (f'He called the {thing} "{adj}" on Monday.', adj),
            (f'They said the {thing} was "{phrase}" and vowed to fight it.', phrase),
            (f'He brushed off the {thing} as "{phrase}" in an interview.', phrase),
            (f'She accused the council of being "{adj}" about the {thing}.', adj),
            (f'He praised the {thing}, calling it "{phrase}."', phrase),
            (f'They have dubbed the {thing} "{adj}" since the vote.', adj),
        ]
        cases += [Case("characterised_fragment", t, f, True) for t, f in templates]
    return cases


def label_cases() -> list[Case]:
    """Twins: the same kind of words as a name something goes by, nobody using it."""
    cases = []
    for i, thing in enumerate(THINGS):
        label = LABELS[i % len(LABELS)]
        templates = [
            f'The {thing} is known as the "{label}" in the county.',
            f'The so-called "{label}" starts next week, officials confirmed.',
            f'Crews finished work on the "{label}" on Monday.',
            f'The {thing} was named the "{label}" after a vote.',
            f'Traffic slowed near the "{label}" on Friday evening.',
        ]
        cases += [Case("label_fragment", t, label, False) for t in templates]
    return cases


WORKS = ["memoir", "book", "film", "ad", "documentary", "podcast"]
TITLES = ["The Long Road", "Harbor Lights", "Rising Tide", "Salt and Iron", "Quiet Water"]
NAMES = ["Ana Ruiz", "Marek Quint", "Tamsin Oduya", "Ilse Varga", "Bram Okafor"]
EPITHETS = ["Lady Ledger", "Mister Maybe", "Captain Delay", "Tollbooth Tom", "Mrs. Fix"]
ANSWERS = ["Never Again", "Not Now", "Ask Me Later", "Over My Dead Body", "Why Not"]


def title_cases() -> list[Case]:
    """A title set off by a comma from a noun for a kind of work; twins: the same words set
    off from a speech noun, or said."""
    cases = []
    for i, work in enumerate(WORKS):
        title, name = TITLES[i % len(TITLES)], NAMES[i % len(NAMES)]
        answer = ANSWERS[i % len(ANSWERS)]
        cases += [
            Case("set_off_title", f'Her new {work}, "{title}," came out on Monday.', title, False),
            Case("set_off_title", f'One {work}, "{title}," shows a harbor at dawn.', title, False),
            Case(
                "set_off_title",
                f'The press will release "{title}," a {work} by {name}, in May.',
                title,
                False,
            ),
            Case("set_off_answer", f'{name} gave one answer, "{answer}," and left.', answer, True),
            Case("set_off_answer", f'"{answer}," {name} said of the {work}.', answer, True),
        ]
    return cases


def signature_cases() -> list[Case]:
    """A run-on quote whose last paragraph only names and describes its speaker; twins: a
    last paragraph that says something."""
    cases = []
    for i, name in enumerate(NAMES):
        title = TITLES[i % len(TITLES)]
        opening = f'"The harbor needs {title.lower()} and a plan.'
        cases += [
            Case(
                "signature_line",
                f'{opening}\n{name}, director of the {title} Institute."\nThe vote is Monday.',
                f"{name}, director of the {title} Institute.",
                False,
            ),
            Case(
                "signature_line",
                f'{opening}\n{name}, a fellow at Northgate College."\nTalks resume Friday.',
                f"{name}, a fellow at Northgate College.",
                False,
            ),
            Case(
                "signature_twin",
                f'{opening}\n{name}, you know, was right all along."\nThe vote is Monday.',
                f"{name}, you know, was right all along.",
                True,
            ),
        ]
    return cases


def epithet_cases() -> list[Case]:
    """A name someone gives (`called his rival "Lady Ledger"`) is their word; twins: the
    same name as what a thing is called, nobody calling it that."""
    cases = []
    for i, epithet in enumerate(EPITHETS):
        name, other = NAMES[i % len(NAMES)], NAMES[(i + 1) % len(NAMES)]
        cases += [
            Case("given_epithet", f'{name} called {other} "{epithet}" at a rally.', epithet, True),
            Case(
                "given_epithet",
                f'{name} has dubbed the mayor "{epithet}" for years.',
                epithet,
                True,
            ),
            Case(
                "given_epithet",
                f'Rivals -- dubbed "{epithet}" by {name} -- met on Friday.',
                epithet,
                True,
            ),
            Case(
                "named_thing",
                f'Crews repaired a ferry named "{epithet}" on Friday.',
                epithet,
                False,
            ),
            Case("named_thing", f'The so-called "{epithet}" tour starts soon.', epithet, False),
            Case("named_thing", f'The bridge is known as "{epithet}" in town.', epithet, False),
        ]
    return cases


TERMS = ["Top secret", "Containment", "Non-paper", "Backchannel", "Gridlock"]


def mention_cases() -> list[Case]:
    """A word or two in quote marks opening a sentence as its subject is talked about
    (`"Gridlock" is a term for ...`); twins: punctuated words someone utters there."""
    cases = []
    for i, term in enumerate(TERMS):
        name = NAMES[i % len(NAMES)]
        cases += [
            Case("subject_mention", f'"{term}" is a term for a stalled talk.', term, False),
            Case(
                "subject_mention",
                f'The file was marked. "{term}" has been the rule since 1990.',
                term,
                False,
            ),
            Case("subject_mention", f'"{term}" became the word of the year.', term, False),
            Case("uttered_words", f'"{term}!" {name} shouted at the crowd.', f"{term}!", True),
        ]
    return cases


CASES = (
    characterised_cases()
    + label_cases()
    + title_cases()
    + signature_cases()
    + epithet_cases()
    + mention_cases()
)
SMALL_CLASSES = {"signature_line", "signature_twin", "set_off_answer", "uttered_words"}


@pytest.fixture(scope="module")
def outcomes(nlp) -> dict[str, list[tuple[Case, bool]]]:
    by_class: dict[str, list[tuple[Case, bool]]] = {}
    docs = nlp.pipe(case.text for case in CASES)
    for case, doc in zip(CASES, docs, strict=True):
        wanted = case.fragment.strip(" ,.")
        quoted = any(q.text.strip(" ,.") == wanted for q in digest_from_doc(doc).quotes)
        by_class.setdefault(case.cls, []).append((case, quoted == case.is_quote))
    return by_class


def test_the_suite_covers_every_class():
    sizes = {cls: sum(c.cls == cls for c in CASES) for cls in {c.cls for c in CASES}}
    assert len(sizes) == 10
    assert all(n >= (5 if cls in SMALL_CLASSES else 15) for cls, n in sizes.items()), sizes


@pytest.mark.parametrize("cls", sorted({c.cls for c in CASES}))
def test_each_class_holds(outcomes, cls):
    results = outcomes[cls]
    failed = [case.text for case, ok in results if not ok]
    rate = 1 - len(failed) / len(results)
    print(f"{cls}: {rate:.2f} ({len(results)} cases)")
    assert rate >= THRESHOLD, failed
