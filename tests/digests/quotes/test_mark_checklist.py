"""CheckList-style suite for quote marks that do something else (`digests.quotes.spans`).

Templates crossed with invented fillers, each class with negative twins:

- doubled_opening: a mark doubled at the opening (`““We will win,” she said`, `""We ...`)
  opens one quote; twin empty_pair: two marks with nothing between and a space after
  close an empty pair, and the next quote is found as usual.
- inch_mark: a double mark after feet and inches with a closing mark right after it
  (`he's like 6’2”,” she said`) measures, and the quote runs to the closing mark; twin
  digits_close: a closing mark after a score or a year (`"We won 3-2," she said`) closes.

Every class must hold for at least 95% of its cases. Every filler is invented.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from digests.quotes.spans import find_quote_spans

THRESHOLD = 0.95

SAYINGS = [
    "We will rebuild the harbor",
    "Nobody asked the fishermen",
    "The toll plan is dead",
    "Our schools come first",
    "I never wanted this job",
    "This town deserves better",
]
SPEAKERS = ["Ana Ruiz", "she", "the mayor", "Marek Quint", "he", "the chief"]
MARKS = [("“", "”"), ('"', '"')]
HEIGHTS = ["6’2", "5’11", "6'4", "5'9", "6’0", "7'1"]
SCORES = ["3-2", "6-4", "21-17", "2-0", "1999", "101"]


@dataclass(frozen=True)
class Case:
    cls: str
    text: str
    spans: tuple[str, ...]  # every quoted span find_quote_spans should return


def doubled_cases() -> list[Case]:
    cases = []
    for i, saying in enumerate(SAYINGS):
        who = SPEAKERS[i]
        for op, cl in MARKS:
            cases.append(
                Case("doubled_opening", f"{op}{op}{saying},{cl} {who} said.", (f"{saying},",))
            )
            cases.append(
                Case(
                    "doubled_opening",
                    f"The vote came late. {op}{op}{saying}.{cl}\nThe hall emptied.",
                    (f"{saying}.",),
                )
            )
            cases.append(
                Case(
                    "empty_pair",
                    f"The sign read {op}{cl} and then {op}{saying}{cl}, {who} said.",
                    (saying,),
                )
            )
    return cases


def inch_cases() -> list[Case]:
    cases = []
    for i, height in enumerate(HEIGHTS):
        saying, who, score = SAYINGS[i], SPEAKERS[i], SCORES[i]
        inch = "”" if "’" in height else '"'
        op, cl = ("“", "”") if "’" in height else ('"', '"')
        cases += [
            Case(
                "inch_mark",
                f"{op}{saying}; he is like {height}{inch},{cl} {who} said. {op}Ask him.{cl}",
                (f"{saying}; he is like {height}{inch},", "Ask him."),
            ),
            Case(
                "inch_mark",
                f"{op}He stands {height}{inch}.{cl} {who} said. {op}{saying}.{cl}",
                (f"He stands {height}{inch}.", f"{saying}."),
            ),
            Case(
                "inch_mark",
                f"{op}{saying}, and I am only {height}{inch}{cl} {who} said.",
                (f"{saying}, and I am only {height}{inch}",),
            ),
            Case(
                "digits_close",
                f"{op}{saying} by {score},{cl} {who} said. {op}Ask him.{cl}",
                (f"{saying} by {score},", "Ask him."),
            ),
            Case(
                "digits_close",
                f"{op}We won {score}{cl}, {who} said.",
                (f"We won {score}",),
            ),
        ]
    return cases


CASES = doubled_cases() + inch_cases()


def test_the_suite_covers_every_class():
    sizes = {cls: sum(c.cls == cls for c in CASES) for cls in {c.cls for c in CASES}}
    assert set(sizes) == {"doubled_opening", "empty_pair", "inch_mark", "digits_close"}
    assert all(n >= 12 for n in sizes.values()), sizes


@pytest.mark.parametrize("cls", sorted({c.cls for c in CASES}))
def test_each_class_holds(cls):
    results = []
    for case in (c for c in CASES if c.cls == cls):
        got = tuple(s.text_of(case.text) for s in find_quote_spans(case.text))
        results.append((case, got == case.spans))
    failed = [case.text for case, ok in results if not ok]
    rate = 1 - len(failed) / len(results)
    print(f"{cls}: {rate:.2f} ({len(results)} cases)")
    assert rate >= THRESHOLD, failed
