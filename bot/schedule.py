"""Scheduled channel roundups: `/digest schedule ...`, APScheduler jobs, roundup messages.

    /digest schedule daily 09:00
    /digest schedule weekdays 08:30 Europe/Berlin
    /digest schedule weekly mon 09:00 [zone] [quiet]
    /digest schedule list | off

Jobs live in APScheduler's SQLAlchemy job store inside the bot's own database, so they survive
restarts. A job names its function by the textual reference `JOB_FUNC`, never by a pickled
object, and carries only plain data (channel, quiet, the spec as a dict), so renaming a class
here never strands a stored job. Runs missed while the bot was down fire once at start-up
(`coalesce=True`) if they are within `misfire_grace_seconds`.

Not handled: per-user time zones (Slack has no workspace zone in its API; `default_timezone`
comes from settings), or more than one roundup period per run (a roundup covers everything
posted in the channel since the previous roundup, whichever schedule fired it).
"""

from __future__ import annotations

import logging
import re
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger

from digests.model import Digest

from .blocks import escape as escape_mrkdwn

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from .app import Services
    from .service import DigestService
    from .store import RoundupRecord, Store

log = logging.getLogger(__name__)

JOB_FUNC = "bot.schedule:run_scheduled_roundup"
JOB_TABLE = "apscheduler_jobs"
JOB_PREFIX = "roundup:"
DEFAULT_MISFIRE_GRACE_SECONDS = 6 * 3600

Cadence = Literal["daily", "weekdays", "weekly"]
CADENCES: tuple[Cadence, ...] = ("daily", "weekdays", "weekly")
WEEKDAY_NAMES = {
    "mon": "mon",
    "monday": "mon",
    "tue": "tue",
    "tues": "tue",
    "tuesday": "tue",
    "wed": "wed",
    "wednesday": "wed",
    "thu": "thu",
    "thur": "thu",
    "thurs": "thu",
    "thursday": "thu",
    "fri": "fri",
    "friday": "fri",
    "sat": "sat",
    "saturday": "sat",
    "sun": "sun",
    "sunday": "sun",
}
QUIET_WORDS = frozenset({"quiet", "--quiet"})
_TIME = re.compile(r"^(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$", re.I)

SCHEDULE_HELP = (
    "*Scheduled roundups* (run the command in the channel that should get them):\n"
    "• `/digest schedule daily 09:00`\n"
    "• `/digest schedule weekdays 08:30 Europe/Berlin`\n"
    "• `/digest schedule weekly mon 09:00`\n"
    "• add `quiet` to skip the roundup when nothing new arrived\n"
    "• `/digest schedule list` shows this channel's schedules, `/digest schedule off` stops them"
)

# Roundup message limits (Slack Block Kit): 50 blocks, 3,000 characters a section, 150 a header.
MAX_BLOCKS = 50
MAX_SECTION_CHARS = 3000
MAX_HEADER_CHARS = 150
MAX_LINE_CHARS = 600
MAX_KEY_PEOPLE_IN_LINE = 3


class ScheduleError(ValueError):
    """A schedule command that cannot be understood; the message is for the user."""


@dataclass(frozen=True)
class ScheduleSpec:
    """When a channel gets its roundup."""

    cadence: Cadence
    hour: int
    minute: int
    timezone: str = "UTC"
    days: str | None = None  # weekly only: "mon" or "mon,thu"
    quiet: bool = False

    def trigger(self) -> CronTrigger:
        day_of_week = {"daily": "*", "weekdays": "mon-fri", "weekly": self.days}[self.cadence]
        return CronTrigger(
            day_of_week=day_of_week,
            hour=self.hour,
            minute=self.minute,
            timezone=ZoneInfo(self.timezone),
        )

    def describe(self) -> str:
        when = f"{self.hour:02d}:{self.minute:02d} {self.timezone}"
        if self.cadence == "weekly":
            days = ", ".join(d.capitalize() for d in (self.days or "").split(","))
            text = f"weekly on {days} at {when}"
        else:
            text = f"{self.cadence} at {when}"
        return text + (" (quiet)" if self.quiet else "")

    def job_id(self, channel: str) -> str:
        at = f"{self.hour:02d}{self.minute:02d}"
        return f"{JOB_PREFIX}{channel}:{self.cadence}:{self.days or '-'}:{at}:{self.timezone}"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ScheduleSpec:
        return cls(**{k: data[k] for k in cls.__dataclass_fields__ if k in data})


@dataclass(frozen=True)
class ScheduleCommand:
    action: Literal["set", "list", "off", "help"]
    spec: ScheduleSpec | None = None


def parse_time(value: str) -> tuple[int, int]:
    """`09:00`, `9:00`, `9am`, `5:30pm` -> (hour, minute) on a 24-hour clock."""
    match = _TIME.match(value.strip())
    if not match:
        raise ScheduleError(f"`{value}` is not a time; write it like 09:00 or 17:30")
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    meridiem = (match.group(3) or "").lower()
    if meridiem:
        if not 1 <= hour <= 12:
            raise ScheduleError(f"`{value}` is not a time on a 12-hour clock")
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    elif match.group(2) is None:
        raise ScheduleError(f"`{value}` is not a time; write it like 09:00 or 17:30")
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise ScheduleError(f"`{value}` is not a time of day")
    return hour, minute


def parse_timezone(value: str) -> str:
    """Check an IANA zone name (`Europe/Berlin`, `UTC`) and return its canonical spelling."""
    name = value.strip()
    if name.upper() in ("UTC", "GMT", "Z"):
        return "UTC"
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as e:
        raise ScheduleError(
            f"`{value}` is not a time zone I know; use an IANA name like Europe/Berlin"
        ) from e
    return name


def parse_days(value: str) -> str:
    days = []
    for part in value.lower().split(","):
        day = WEEKDAY_NAMES.get(part.strip())
        if day is None:
            raise ScheduleError(f"`{part}` is not a day of the week; use mon, tue, ... sun")
        if day not in days:
            days.append(day)
    return ",".join(days)


def parse_schedule_command(text: str, *, default_timezone: str = "UTC") -> ScheduleCommand:
    """Parse what follows `/digest schedule`; raises `ScheduleError` with a plain message."""
    words = text.split()
    if not words or words[0].lower() in ("help", "?"):
        return ScheduleCommand("help")
    head, rest = words[0].lower(), words[1:]
    if head in ("list", "ls", "show"):
        return ScheduleCommand("list")
    if head in ("off", "stop", "clear", "remove", "cancel"):
        return ScheduleCommand("off")
    if head not in CADENCES:
        raise ScheduleError(
            f"I don't know the schedule `{words[0]}`. Try `daily 09:00`, `weekdays 08:30` "
            "or `weekly mon 09:00`."
        )
    quiet = any(w.lower() in QUIET_WORDS for w in rest)
    rest = [w for w in rest if w.lower() not in QUIET_WORDS]
    days = None
    if head == "weekly":
        if not rest:
            raise ScheduleError("Say which day: `weekly mon 09:00`.")
        days, rest = parse_days(rest[0]), rest[1:]
    if not rest:
        raise ScheduleError(f"Say what time: `{head} 09:00`.")
    hour, minute = parse_time(rest[0])
    rest = rest[1:]
    zone = parse_timezone(rest[0]) if rest else parse_timezone(default_timezone)
    if len(rest) > 1:
        raise ScheduleError(f"I did not understand `{' '.join(rest[1:])}`.")
    spec = ScheduleSpec(head, hour, minute, timezone=zone, days=days, quiet=quiet)
    return ScheduleCommand("set", spec)


# -- roundup messages -----------------------------------------------------------------------


@dataclass(frozen=True)
class RoundupItem:
    """One article posted in the channel during the period."""

    digest: Digest
    permalink: str | None = None


def headline_of(digest: Digest) -> str:
    return (digest.title or digest.source or "Untitled article").strip() or "Untitled article"


def _person_label(digest: Digest, name: str) -> str:
    person = digest.person(name)
    return f"{name} ({person.role})" if person and person.role else name


def roundup_line(item: RoundupItem) -> str:
    """`• *Headline* — key people · meeting`, escaped, on one line."""
    digest = item.digest
    headline = escape_mrkdwn(_clip(headline_of(digest), MAX_HEADER_CHARS))
    if item.permalink:
        headline = f"<{item.permalink}|{headline}>"
    parts = [f"*{headline}*"]
    people = digest.key_people or digest.people
    if people:
        labels = [_person_label(digest, p.name) for p in people[:MAX_KEY_PEOPLE_IN_LINE]]
        more = len(people) - MAX_KEY_PEOPLE_IN_LINE
        parts.append(", ".join(labels) + (f" and {more} more" if more > 0 else ""))
    if digest.meetings:
        meeting = digest.meetings[0]
        bits = [" and ".join(meeting.participants) or "a meeting"]
        bits += [b for b in (meeting.when, meeting.where) if b]
        parts.append("meeting: " + ", ".join(bits))
    # The headline part is escaped already (it may carry link markup); the rest is not.
    line = parts[0] + "".join(f" — {escape_mrkdwn(p)}" for p in parts[1:])
    return "• " + _clip(line, MAX_LINE_CHARS)


def recurring_people(digests: Sequence[Digest]) -> list[tuple[str, int]]:
    """People named in more than one digest, most articles first (names compared casefolded)."""
    counts: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    for digest in digests:
        seen = set()
        for person in digest.people:
            key = " ".join(person.name.split()).casefold()
            if key and key not in seen:
                seen.add(key)
                counts[key] += 1
                spelling.setdefault(key, person.name)
    repeated = [(spelling[k], n) for k, n in counts.items() if n > 1]
    return sorted(repeated, key=lambda item: (-item[1], item[0]))


def compose_roundup(
    items: Sequence[RoundupItem], *, since: datetime | None = None
) -> dict[str, Any]:
    """The roundup's parent message (`text` + `blocks`); per-article digests go in its thread."""
    count = len(items)
    title = f"Roundup: {count} new article{'s' if count != 1 else ''}"
    period = f"since {since:%Y-%m-%d %H:%M} UTC" if since else "so far"
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": _clip(title, MAX_HEADER_CHARS)}},
        {
            "type": "context",
            "elements": [{"type": "mrkdwn", "text": f"Everything posted {period}"}],
        },
    ]
    repeated = recurring_people([i.digest for i in items])
    footer: list[dict[str, Any]] = []
    if repeated:
        names = ", ".join(f"{escape_mrkdwn(name)} ({n})" for name, n in repeated)
        footer.append(_section(_clip(f"*In more than one article:* {names}", MAX_SECTION_CHARS)))
    footer.append(
        {"type": "context", "elements": [{"type": "mrkdwn", "text": "Full digests in the thread."}]}
    )
    room = MAX_BLOCKS - len(blocks) - len(footer) - 1  # one spare for the "and N more" line
    chunk: list[str] = []
    shown = 0
    for item in items:
        line = roundup_line(item)
        if sum(len(x) + 1 for x in chunk) + len(line) > MAX_SECTION_CHARS:
            if room == 0:
                break
            blocks.append(_section("\n".join(chunk)))
            room -= 1
            chunk = []
        chunk.append(line)
        shown += 1
    if chunk and room > 0:
        blocks.append(_section("\n".join(chunk)))
    elif chunk:
        shown -= len(chunk)
    if shown < count:
        blocks.append(_section(f"…and {count - shown} more in the thread."))
    blocks += footer
    headlines = "; ".join(escape_mrkdwn(_clip(headline_of(i.digest), 80)) for i in items[:10])
    text = f"{title} {period}: {headlines}"
    return {"text": _clip(text, 3000), "blocks": blocks}


def nothing_new_message(since: datetime | None = None) -> dict[str, Any]:
    period = f" since {since:%Y-%m-%d %H:%M} UTC" if since else ""
    return {"text": f"Roundup: nothing new{period}."}


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# -- posting a roundup -----------------------------------------------------------------------


@dataclass(frozen=True)
class RoundupResult:
    channel: str
    articles: int
    parent_ts: str | None


class RoundupPoster:
    """Posts a channel's roundup through the digest service: the parent, then one thread
    reply per article. Progress is in the store, so a run cut short resumes where it stopped.
    The parent and each reply go out through `DigestService.post_once`: a run killed after
    Slack took a message but before its ts was stored finds it again (by the key in its
    metadata) instead of posting a second roundup or an article twice in the thread.
    """

    def __init__(self, service: DigestService) -> None:
        self.service = service
        self.store: Store = service.store
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def __call__(self, channel: str, quiet: bool = False) -> RoundupResult:
        with self._lock(channel):
            return self._finish(self.store.begin_roundup(channel), quiet=quiet)

    def resume_incomplete(self) -> int:
        """Finish roundups a crash or a Slack outage cut short; returns how many."""
        done = 0
        for record in self.store.incomplete_roundups():
            with self._lock(record.channel):
                try:
                    self._finish(record, quiet=True)
                    done += 1
                except Exception as e:  # one channel's trouble must not stop the others
                    log.warning(
                        "could not finish roundup %s in %s: %s", record.id, record.channel, e
                    )
        return done

    def _finish(self, record: RoundupRecord, *, quiet: bool) -> RoundupResult:
        from . import blocks

        channel = record.channel
        items = self._items(record)
        parent_ts = record.parent_ts
        if parent_ts is None:
            # A run killed while its parent was on its way: adopt the parent if Slack has it.
            parent_ts = self.service.recover("roundup", record.id)
            if parent_ts is not None:
                self.store.set_roundup_parent(record.id, parent_ts)
        if not items:
            if not quiet and parent_ts is None:
                message = nothing_new_message(record.period_start)
                parent_ts = self.service.post_once(
                    "roundup", record.id, channel, blocks.Message(**message)
                )
                self.store.set_roundup_parent(record.id, parent_ts)
            self.store.complete_roundup(record.id)
            return RoundupResult(channel, 0, None)
        if parent_ts is None:
            message = compose_roundup(items, since=record.period_start)
            parent_ts = self.service.post_once(
                "roundup", record.id, channel, blocks.Message(**message)
            )
            self.store.set_roundup_parent(record.id, parent_ts)
        replies_done = record.replies_done

        def adopt(roundup_id: int, index: int, _ts: str) -> None:
            nonlocal replies_done
            replies_done = max(replies_done, index + 1)
            self.store.set_roundup_progress(roundup_id, replies_done)

        # A reply left in flight by an interrupted run: adopted if Slack has it.
        self.service.recover("roundup_reply", record.id, adopt=adopt)
        for index, item in enumerate(items):
            if index < replies_done:
                continue
            self.service.post_once(
                "roundup_reply",
                record.id,
                channel,
                roundup_thread_message(item),
                thread_ts=parent_ts,
                part=index,
            )
            self.store.set_roundup_progress(record.id, index + 1)
        self.store.complete_roundup(record.id)
        return RoundupResult(channel, len(items), parent_ts)

    def _items(self, record: RoundupRecord) -> list[RoundupItem]:
        items = []
        for post_id in record.post_ids:
            post = self.store.post(post_id)
            article = self.store.article(post.article_id) if post else None
            if post is None or article is None:
                continue
            items.append(RoundupItem(article.digest, permalink=self.service.permalink(post)))
        return items

    def _lock(self, channel: str) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(channel, threading.Lock())


def roundup_thread_message(item: RoundupItem) -> Any:
    """An article's full digest for the roundup thread, pointing at its original post."""
    from . import blocks

    message = blocks.digest_message(item.digest)
    if not item.permalink:
        return message
    note = {
        "type": "context",
        "elements": [{"type": "mrkdwn", "text": f"<{item.permalink}|Original digest and quotes>"}],
    }
    extra = [note] if len(message.blocks) < MAX_BLOCKS else []
    return blocks.Message(text=message.text, blocks=[*message.blocks, *extra])


# -- the scheduler ----------------------------------------------------------------------------

# The roundup runner of the running bot. A stored job holds only a textual reference to
# `run_scheduled_roundup`, so the live objects (Slack client, store) are found here.
_active_runner: Callable[[str, bool], None] | None = None


def run_scheduled_roundup(channel: str, quiet: bool = False, spec: dict | None = None) -> None:
    """The job function every stored roundup job points at (see `JOB_FUNC`)."""
    runner = _active_runner
    if runner is None:
        log.warning("roundup for %s fired with no running bot; skipped", channel)
        return
    runner(channel, quiet)


@dataclass(frozen=True)
class ScheduledRoundup:
    job_id: str
    channel: str
    spec: ScheduleSpec
    next_run: datetime | None


class RoundupScheduler:
    """APScheduler with its job store in the bot's database; one job per (channel, spec)."""

    def __init__(
        self,
        engine: Engine,
        run_roundup: Callable[[str, bool], None],
        *,
        misfire_grace_seconds: int = DEFAULT_MISFIRE_GRACE_SECONDS,
        default_timezone: str = "UTC",
        store: Store | None = None,
    ) -> None:
        self.run_roundup = run_roundup
        self.store = store
        self.misfire_grace_seconds = misfire_grace_seconds
        self.default_timezone = default_timezone
        self.scheduler = BackgroundScheduler(
            jobstores={"default": SQLAlchemyJobStore(engine=engine, tablename=JOB_TABLE)},
            job_defaults={
                "coalesce": True,
                "misfire_grace_time": misfire_grace_seconds,
                "max_instances": 1,
            },
            timezone=ZoneInfo("UTC"),
        )

    def start(self, *, paused: bool = False) -> None:
        global _active_runner
        _active_runner = self.run_roundup
        # Start paused so jobs stored under an older grace setting get today's before any
        # missed run is judged against it.
        self.scheduler.start(paused=True)
        grace = self.misfire_grace_seconds
        for job in self.scheduler.get_jobs():
            if job.id.startswith(JOB_PREFIX) and job.misfire_grace_time != grace:
                job.modify(misfire_grace_time=grace)
        if not paused:
            self.scheduler.resume()

    def shutdown(self, wait: bool = True) -> None:
        global _active_runner
        if self.scheduler.running:
            self.scheduler.shutdown(wait=wait)
        if _active_runner is self.run_roundup:
            _active_runner = None

    def add(self, channel: str, spec: ScheduleSpec) -> ScheduledRoundup:
        if self.store is not None:
            self.store.enable_roundups(channel)  # collect from now on, not from the dawn of time
        job = self.scheduler.add_job(
            JOB_FUNC,
            trigger=spec.trigger(),
            id=spec.job_id(channel),
            name=f"roundup {channel} {spec.describe()}",
            kwargs={"channel": channel, "quiet": spec.quiet, "spec": spec.to_dict()},
            replace_existing=True,
        )
        return ScheduledRoundup(job.id, channel, spec, getattr(job, "next_run_time", None))

    def for_channel(self, channel: str) -> list[ScheduledRoundup]:
        found = []
        for job in self.scheduler.get_jobs():
            if job.id.startswith(JOB_PREFIX) and job.kwargs.get("channel") == channel:
                spec = ScheduleSpec.from_dict(job.kwargs.get("spec") or {})
                found.append(ScheduledRoundup(job.id, channel, spec, job.next_run_time))
        return sorted(found, key=lambda r: (r.next_run is None, r.next_run or datetime.min))

    def remove_channel(self, channel: str) -> int:
        jobs = self.for_channel(channel)
        for job in jobs:
            self.scheduler.remove_job(job.job_id)
        if self.store is not None:
            self.store.disable_roundups(channel)
        return len(jobs)

    def handle_command(self, text: str, channel: str) -> str:
        """Run a `/digest schedule ...` command for `channel`; the reply for the user."""
        try:
            command = parse_schedule_command(text, default_timezone=self.default_timezone)
        except ScheduleError as e:  # it quotes the user's words: escape them like article text
            return f"{escape_mrkdwn(str(e))}\n\n{SCHEDULE_HELP}"
        if command.action == "help":
            return SCHEDULE_HELP
        if command.action == "list":
            scheduled = self.for_channel(channel)
            if not scheduled:
                return "No roundups are scheduled in this channel."
            lines = [f"• {r.spec.describe()}{_next_run(r.next_run)}" for r in scheduled]
            return "Roundups scheduled in this channel:\n" + "\n".join(lines)
        if command.action == "off":
            removed = self.remove_channel(channel)
            if not removed:
                return "No roundups were scheduled in this channel."
            return f"Stopped {removed} scheduled roundup{'s' if removed != 1 else ''} here."
        assert command.spec is not None
        scheduled = self.add(channel, command.spec)
        reply = f"Roundup scheduled: {command.spec.describe()}{_next_run(scheduled.next_run)}."
        others = [
            r.spec.describe() for r in self.for_channel(channel) if r.job_id != scheduled.job_id
        ]
        if others:
            reply += (
                f"\nThis channel also has: {'; '.join(others)}. "
                "`/digest schedule off` clears them all."
            )
        return reply


def _next_run(when: datetime | None) -> str:
    return f" (next: {when:%a %Y-%m-%d %H:%M %Z})" if when else ""


# -- running inside the bot ---------------------------------------------------------------------

SCHEDULE_USAGE = (
    "`/digest schedule daily 09:00` (or `weekdays 08:30 Europe/Berlin`, `weekly mon 09:00`, "
    "`list`, `off`): a roundup of this channel's digests"
)
_services_lock = threading.Lock()


def roundups_for(services: Services) -> RoundupScheduler:
    """The bot's running scheduler, started on first use (start-up hook or first command)."""
    import atexit

    with _services_lock:
        existing = getattr(services, "roundups", None)
        if existing is not None:
            return existing
        settings = services.settings
        poster = RoundupPoster(services.digests)
        scheduler = RoundupScheduler(
            services.store.engine,
            poster,
            misfire_grace_seconds=settings.roundup_grace_seconds,
            default_timezone=parse_timezone(settings.schedule_timezone),
            store=services.store,
        )
        scheduler.start()
        atexit.register(scheduler.shutdown, wait=False)
        services.roundups = scheduler  # type: ignore[attr-defined]
        return scheduler


def start_roundups(app: object, services: Services) -> RoundupScheduler:
    """Start hook: run the stored schedules and finish roundups a crash cut short."""
    scheduler = roundups_for(services)
    poster = scheduler.run_roundup
    if isinstance(poster, RoundupPoster):
        threading.Thread(
            target=poster.resume_incomplete, name="roundup-resume", daemon=True
        ).start()
    return scheduler


def schedule_subcommand(args: str, command: dict[str, Any], services: Services) -> dict[str, Any]:
    """`/digest schedule ...`: fast (a few database rows), so it answers in the ack."""
    reply = roundups_for(services).handle_command(args, command["channel_id"])
    try:
        action = parse_schedule_command(args).action
    except ScheduleError:
        action = "help"
    # Setting or stopping a channel's roundup is news for the channel; the rest is for you.
    shared = action in ("set", "off") and not reply.startswith("No roundups")
    return {"text": reply, "response_type": "in_channel" if shared else "ephemeral"}


def install() -> None:
    """Register `/digest schedule` and the scheduler's start-up hook (once)."""
    from .app import STARTUP_HOOKS
    from .listeners.commands import SUBCOMMANDS, add_subcommand

    if "schedule" not in SUBCOMMANDS:
        add_subcommand("schedule", schedule_subcommand, usage=SCHEDULE_USAGE)
    if start_roundups not in STARTUP_HOOKS:
        STARTUP_HOOKS.append(start_roundups)
