"""The people behavioural suite: every class of `people_checklist` at 95% or better.

A class below 95% is a bug in a general rule, not a reason to add a word. The per-class
figures are printed (pytest -s) so a regression shows which class moved.
"""

from __future__ import annotations

from collections import Counter

import pytest

from digests.engine import digest_from_doc
from digests.model import Digest

from .bodies_checklist import body_name_cases
from .compound_names_checklist import compound_name_cases
from .credit_checklist import credit_cases
from .described_checklist import described_role_cases
from .people_checklist import Case, all_cases
from .relation_checklist import relation_cases
from .role_checklist import role_cases
from .staff_checklist import staff_cases
from .things_checklist import thing_cases

# the module fixture digests some 900 invented sentences: several seconds, slow tier
pytestmark = pytest.mark.slow

THRESHOLD = 0.95
CASES = (
    all_cases()
    + role_cases()
    + described_role_cases()
    + thing_cases()
    + compound_name_cases()
    + staff_cases()
    + body_name_cases()
    + credit_cases()
    + relation_cases()
)
ROLE_CLASSES = {case.cls for case in role_cases() + described_role_cases()}
NAMES_IN_ROLE_CASES = "role_cases_name_listed"

# Known gaps, kept in the suite so they stay visible (reported, not asserted); none now.
# Bare untitled lists the parser reads as appositions ("A, B and C arrived") are still
# left out on purpose (listing them cost role accuracy on unseen news); lists that name a
# group's members ("a delegation of A, B and C") are listed.
KNOWN_GAPS: dict[str, str] = {}


def _holds(case: Case, digest: Digest) -> bool:
    people = {p.name: p for p in digest.people}
    forms = {form for p in digest.people for form in (p.name, *p.aliases)}
    if any(name not in people and name not in forms for name in case.present):
        return False
    if any(name in people for name in case.absent):
        return False
    if case.role_word and case.present:
        person = people.get(case.present[0]) or next(
            (p for p in digest.people if case.present[0] in p.aliases), None
        )
        if person is None or case.role_word not in (person.role or ""):
            return False
    if case.role_not and case.present:
        person = people.get(case.present[0])
        if person is not None and case.role_not in (person.role or ""):
            return False
    speakers = [q.speaker or "" for q in digest.quotes]
    return not case.speaker or any(case.speaker in speaker for speaker in speakers)


@pytest.fixture(scope="module")
def outcomes(nlp) -> dict[str, list[tuple[Case, bool]]]:
    by_class: dict[str, list[tuple[Case, bool]]] = {}
    docs = nlp.pipe(case.text for case in CASES)
    for case, doc in zip(CASES, docs, strict=True):
        digest = digest_from_doc(doc)
        if case.cls in ROLE_CLASSES:
            # two phenomena: is the person listed at all (name finding), and is the
            # role read (the class itself); each is asserted on its own
            listed = _listed(case, digest)
            by_class.setdefault(NAMES_IN_ROLE_CASES, []).append((case, listed))
            if not listed:
                continue
        by_class.setdefault(case.cls, []).append((case, _holds(case, digest)))
    return by_class


def _listed(case: Case, digest: Digest) -> bool:
    forms = {form for p in digest.people for form in (p.name, *p.aliases)}
    return all(name in forms for name in case.present)


def test_the_suite_is_large_and_covers_every_class():
    classes = Counter(case.cls for case in CASES)
    assert len(CASES) >= 300
    assert all(n >= 8 for n in classes.values()), classes


@pytest.mark.parametrize("cls", sorted({case.cls for case in CASES} | {NAMES_IN_ROLE_CASES}))
def test_class_accuracy(outcomes, cls):
    results = outcomes[cls]
    passed = sum(ok for _, ok in results)
    accuracy = passed / len(results)
    print(f"{cls}: {passed}/{len(results)} = {accuracy:.2f}")
    failures = [case.text for case, ok in results if not ok][:5]
    if cls in KNOWN_GAPS and accuracy < THRESHOLD:
        pytest.xfail(KNOWN_GAPS[cls])
    assert accuracy >= THRESHOLD, failures
