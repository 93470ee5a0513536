"""Digest -> readable text or Markdown for the terminal (Slack rendering lives in bot/)."""

from __future__ import annotations

from digests.model import Digest, Meeting, MeetingProvenance, Person, Quote


def person_label(person: Person) -> str:
    return f"{person.name}, {person.role}" if person.role else person.name


def meeting_label(meeting: Meeting, *, explain: bool = False) -> str:
    """`Past: A and B; when: ...; where: ...`; with `explain`, why it is reported: each
    mention's trigger, construction and frame, and the rule that gave each party."""
    who = " and ".join(meeting.participants) if meeting.participants else "unnamed parties"
    parts = [f"{meeting.status.capitalize()}: {who}"]
    if meeting.when:
        parts.append(f"when: {meeting.when}")
    if meeting.where:
        parts.append(f"where: {meeting.where}")
    label = "; ".join(parts)
    if not explain:
        return label
    if not meeting.provenance:
        return f"{label} [no rule recorded]"
    return f"{label} [" + " | ".join(map(_why, meeting.provenance)) + "]"


def _why(why: MeetingProvenance) -> str:
    """'"met" verb + object (Meet_with); A: subject, B: object'."""
    parties = ", ".join(f"{name}: {rule}" for name, rule in why.parties.items())
    return f"\u201c{why.trigger}\u201d {why.construction} ({why.frame}); {parties}"


def quote_label(quote: Quote, *, explain: bool = False) -> str:
    """`“...” — Speaker`; with `explain`, the sieve that chose the speaker and its cue."""
    label = f"\u201c{quote.text}\u201d \u2014 {quote.speaker or 'unattributed'}"
    if not explain:
        return label
    why = quote.attribution
    if why is None:
        return f"{label} [no sieve decided]"
    cue = f", cue: {why.cue}" if why.cue else ""
    return f"{label} [sieve: {why.sieve}{cue}]"


def _sections(digest: Digest, explain: bool = False) -> list[tuple[str, list[str]]]:
    key = digest.key_people or digest.people
    others = [p for p in digest.people if p not in key]
    people = [person_label(p) for p in key]
    if others:
        people.append("Also mentioned: " + "; ".join(person_label(p) for p in others))
    demands = [f"{d.by or 'Someone'} -> {d.of or 'unspecified'}: {d.text}" for d in digest.demands]
    quotes = [quote_label(q, explain=explain) for q in digest.quotes]
    return [
        ("Key people", people),
        ("Meetings", [meeting_label(m, explain=explain) for m in digest.meetings]),
        ("Demands", demands),
        ("Quotes", quotes),
    ]


def to_text(digest: Digest, *, explain: bool = False) -> str:
    lines = [digest.title or "Untitled article"]
    if digest.source:
        lines.append(digest.source)
    if digest.truncation_note():
        lines.append(f"Note: {digest.truncation_note()}")
    for heading, items in _sections(digest, explain):
        lines.append("")
        lines.append(f"{heading}:")
        lines.extend(f"  - {item}" for item in items) if items else lines.append("  (none)")
    return "\n".join(lines) + "\n"


def to_markdown(digest: Digest, *, explain: bool = False) -> str:
    lines = [f"# {digest.title or 'Untitled article'}"]
    if digest.source:
        lines.append(f"<{digest.source}>" if digest.source.startswith("http") else digest.source)
    if digest.truncation_note():
        lines.append(f"_{digest.truncation_note()}_")
    for heading, items in _sections(digest, explain):
        lines.append("")
        lines.append(f"## {heading}")
        lines.extend(f"- {item}" for item in items) if items else lines.append("_None._")
    return "\n".join(lines) + "\n"
