"""Does a digest satisfy one `UnseenCase`? Returns the verdict and, when it fails, why."""

from __future__ import annotations

from digests.model import Digest, Person

from .unseen_checklist import UnseenCase


def _person(name: str, digest: Digest) -> Person | None:
    """The person listed under any of `name`'s "|" alternatives, as name or alias."""
    options = name.split("|")
    for p in digest.people:
        if p.name in options or any(a in options for a in p.aliases):
            return p
    return None


def holds(case: UnseenCase, digest: Digest) -> tuple[bool, str]:
    for name in case.present:
        if _person(name, digest) is None:
            return False, f"missing {name}"
    for name in case.absent:
        if any(name == p.name for p in digest.people):
            return False, f"listed {name}"
    if case.role_word and case.present:
        person = _person(case.present[0], digest)
        role = (person.role if person else None) or ""
        if case.role_word not in role.lower():
            return False, f"role {role!r}"
    if case.count is not None and len(digest.people) != case.count:
        return False, f"{len(digest.people)} people"
    return True, ""
