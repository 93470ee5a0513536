"""The digest model: plain dataclasses, so every consumer (CLI, Slack, store) shares one shape.

`Digest.to_dict()` is the JSON contract (top-level keys title, source, people, meetings,
demands, quotes, truncated_at); `Digest.from_dict()` reads it back (JSON from before
truncated_at existed too), so the bot can store digests as JSON and re-render them later
without re-running the NLP.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

MeetingStatus = Literal["past", "upcoming", "ongoing"]
SpeakerKind = Literal["named", "pronoun", "anonymous", "organization", "continuation"]


@dataclass
class Person:
    """One human, however many ways the article names them."""

    name: str
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    key: bool = False
    mentions: int = 0


@dataclass
class MeetingProvenance:
    """Why a meeting is reported, one entry per mention merged into it: the trigger word,
    the construction and frame it was read in, and the rule that supplied each party
    (`digest --explain`; see digests.events.provenance)."""

    trigger: str
    construction: str
    frame: str = ""
    parties: dict[str, str] = field(default_factory=dict)


@dataclass
class Meeting:
    """A meeting, call or talks between named parties that the article reports."""

    participants: list[str]
    when: str | None = None
    where: str | None = None
    status: MeetingStatus = "past"
    evidence: str = ""
    # Which rules reported it (`--explain`): a reading aid, so two meetings that differ only
    # here are the same meeting.
    provenance: list[MeetingProvenance] | None = field(default=None, compare=False)


@dataclass
class Demand:
    """Who wants whom to do what; `evidence` is the sentence that says so."""

    by: str | None
    of: str | None
    text: str
    evidence: str = ""


@dataclass
class Attribution:
    """Why a quote has its speaker: the sieve that decided and the cue words it read
    (`digest --explain`; see digests.quotes.sieves)."""

    sieve: str
    cue: str | None = None


@dataclass
class Quote:
    """A direct quotation: `start`/`end` index the quoted words in the input text."""

    text: str
    speaker: str | None
    speaker_role: str | None = None
    start: int = 0
    end: int = 0
    evidence: str = ""
    speaker_kind: SpeakerKind | None = None
    partial: bool = False
    # Several people who said it together ("Senators A, B and C wrote"), in the order
    # given; None for one speaker. `speaker` then reads "A, B and C" (the project's
    # guidelines name every joint speaker); this keeps the names apart for a program.
    speakers: list[str] | None = None
    # How the speaker was chosen (`--explain`): a reading aid, not part of what was said, so
    # two quotes that differ only here are the same quote.
    attribution: Attribution | None = field(default=None, compare=False)


@dataclass
class Digest:
    """Everything the bot posts about one article."""

    title: str | None = None
    source: str | None = None
    people: list[Person] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    demands: list[Demand] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    # Characters read when the article was longer than the engine's budget
    # (digests.text.budget.MAX_PARSE_CHARS): it was cut there, at a paragraph. None: read whole.
    truncated_at: int | None = None

    @property
    def key_people(self) -> list[Person]:
        return [p for p in self.people if p.key]

    def person(self, name: str | None) -> Person | None:
        """The person entry for a canonical name, if the digest has one."""
        return next((p for p in self.people if name and p.name == name), None)

    def truncation_note(self) -> str | None:
        """The one wording of "this article was cut", for every renderer; None if not cut."""
        if self.truncated_at is None:
            return None
        return (
            f"Only the first {self.truncated_at:,} characters were digested: "
            "the article is longer than the digest limit."
        )

    def is_empty(self) -> bool:
        return not (self.people or self.meetings or self.demands or self.quotes)

    def to_dict(self, *, explain: bool = False) -> dict[str, Any]:
        """The JSON contract; each quote's `attribution` (sieve and cue) and each meeting's
        `provenance` (trigger construction and party rules) only with `explain`."""
        data = asdict(self)
        for meeting in data["meetings"]:
            if not explain or meeting["provenance"] is None:
                del meeting["provenance"]
        for quote in data["quotes"]:
            if not explain or quote["attribution"] is None:
                del quote["attribution"]
            if quote["speakers"] is None:
                del quote["speakers"]  # optional: only joint speakers carry the list
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Digest:
        """Rebuild a digest from `to_dict()` output, ignoring keys this version does not know."""

        def build(kind: type, item: dict[str, Any]) -> Any:
            known = {f.name for f in fields(kind)}
            return kind(**{k: v for k, v in item.items() if k in known})

        return cls(
            title=data.get("title"),
            source=data.get("source"),
            people=[build(Person, p) for p in data.get("people") or []],
            meetings=[_meeting(m, build) for m in data.get("meetings") or []],
            demands=[build(Demand, d) for d in data.get("demands") or []],
            quotes=[_quote(q, build) for q in data.get("quotes") or []],
            truncated_at=data.get("truncated_at"),
        )


def _quote(item: dict[str, Any], build: Any) -> Quote:
    """A quote from JSON, its explanation (if stored) back as an `Attribution`."""
    quote = build(Quote, item)
    if isinstance(quote.attribution, dict):
        quote.attribution = build(Attribution, quote.attribution)
    return quote


def _meeting(item: dict[str, Any], build: Any) -> Meeting:
    """A meeting from JSON, its provenance (if stored) back as `MeetingProvenance`s."""
    meeting = build(Meeting, item)
    if isinstance(meeting.provenance, list):
        meeting.provenance = [
            build(MeetingProvenance, p) if isinstance(p, dict) else p for p in meeting.provenance
        ]
    return meeting
