"""When roundups run: `/digest schedule ...` parsed into a `ScheduleSpec`, and
`RoundupScheduler`, the APScheduler wrapper that keeps one job per (channel, spec).

    /digest schedule daily 09:00
    /digest schedule weekdays 08:30 Europe/Berlin
    /digest schedule weekly mon 09:00 [zone] [quiet]
    /digest schedule list | off

Jobs live in APScheduler's SQLAlchemy job store inside the bot's own database, so they survive
restarts. A job names its function by the textual reference `JOB_FUNC`, never by a pickled
object, and carries only plain data (channel, quiet, the spec as a dict), so renaming a class
here never strands a stored job. Runs missed while the bot was down fire once at start-up
(`coalesce=True`) if they are within `misfire_grace_seconds`.

The stored job function, `roundup_due`, only says which roundup is due: a stored job cannot
hold live objects (the Slack client, the store), and a module-level "current bot" would be a
hidden global. The scheduler hears the job's EVENT_JOB_EXECUTED and hands the due roundup to
the `run_roundup` it was given, on its own worker thread; `on_finished(channel, outcome)`
is told when the run is over (tests wait on it).

A schedule that names no zone runs in the requester's Slack time zone when the caller can
say it (`handle_command(..., requester_zone=...)`, from `users.info`), else in
`default_timezone` (settings), and the reply says which. The first roundup of a channel
covers one period back (a day for daily and weekdays, a week for weekly), so a schedule made
at noon does not say "nothing new" the next morning.

How a roundup is composed and posted is `bot.digesting.roundups`'.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo

from apscheduler.events import EVENT_JOB_EXECUTED, JobExecutionEvent
from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy.engine import Engine

from bot.digesting.job_store import JOB_FUNC, JOB_TABLE, RoundupJobStore
from bot.digesting.wall_clock import WEEKDAY_NAMES, WallClockTrigger
from bot.digesting.zones import canonical_zone
from bot.slack.blocks import escape as escape_mrkdwn
from bot.storage.store import Store

log = logging.getLogger(__name__)

JOB_PREFIX = "roundup:"
DEFAULT_MISFIRE_GRACE_SECONDS = 6 * 3600

Cadence = Literal["daily", "weekdays", "weekly"]
CADENCES: tuple[Cadence, ...] = ("daily", "weekdays", "weekly")
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

    def trigger(self) -> WallClockTrigger:
        """The trigger for this spec: once on each of its days, on its zone's wall clock
        (one run on days the clocks change: `bot.digesting.wall_clock`)."""
        days = {"daily": None, "weekdays": "mon,tue,wed,thu,fri", "weekly": self.days}
        return WallClockTrigger(
            hour=self.hour, minute=self.minute, timezone=self.timezone, days=days[self.cadence]
        )

    def describe(self) -> str:
        """`weekly on Mon at 09:00 Europe/Berlin (quiet)`, as replies and listings show it."""
        when = f"{self.hour:02d}:{self.minute:02d} {self.timezone}"
        if self.cadence == "weekly":
            days = ", ".join(d.capitalize() for d in (self.days or "").split(","))
            text = f"weekly on {days} at {when}"
        else:
            text = f"{self.cadence} at {when}"
        return text + (" (quiet)" if self.quiet else "")

    def period(self) -> timedelta:
        """How far back the first roundup reaches: one run's worth."""
        return timedelta(days=7 if self.cadence == "weekly" else 1)

    def job_id(self, channel: str) -> str:
        """The job's id: the same spec in the same channel is the same job (replaced)."""
        at = f"{self.hour:02d}{self.minute:02d}"
        return f"{JOB_PREFIX}{channel}:{self.cadence}:{self.days or '-'}:{at}:{self.timezone}"

    def to_dict(self) -> dict[str, Any]:
        """Plain data for the stored job's kwargs (never a pickled class)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ScheduleSpec:
        """The spec back from a stored job's kwargs (unknown keys ignored)."""
        return cls(**{k: data[k] for k in cls.__dataclass_fields__ if k in data})


@dataclass(frozen=True)
class ScheduleCommand:
    """A parsed `/digest schedule ...`: what to do, and the spec for `set`."""

    action: Literal["set", "list", "off", "help"]
    spec: ScheduleSpec | None = None
    # Whether the user named the zone (else the spec has the default one).
    zone_named: bool = False


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
    """Check an IANA zone name (`Europe/Berlin`, `UTC`) and return its canonical spelling;
    any other string (a folder of the zone database, a 300-character name) is one line."""
    if (name := canonical_zone(value)) is None:
        shown = escape_mrkdwn(value.strip()[:40])  # a 300-character name is cut
        raise ScheduleError(f"`{shown}` is not a time zone I know; use one like Europe/Berlin")
    return name


def parse_days(value: str) -> str:
    """`mon,Thursday` -> "mon,thu"; raises `ScheduleError` for a word that is not a day."""
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
    return ScheduleCommand("set", spec, zone_named=bool(rest))


# -- the scheduler ----------------------------------------------------------------------------

RunRoundup = Callable[[str, bool], object]
# Told when a run is over: (channel, what run_roundup returned, or the exception it raised).
OnFinished = Callable[[str, object], None]
# The requester's time zone (an IANA name), or None when it cannot be had.
ZoneLookup = Callable[[], str | None]


def roundup_due(
    channel: str, quiet: bool = False, spec: dict | None = None, team_id: str | None = None
) -> tuple[str, bool]:
    """The job function every stored roundup job points at (see `JOB_FUNC`): which roundup
    is due. `RoundupScheduler` hears the job's result and runs that roundup."""
    return channel, quiet


@dataclass(frozen=True)
class ScheduledRoundup:
    """A roundup job as listings show it: its spec and when it next runs."""

    job_id: str
    channel: str
    spec: ScheduleSpec
    next_run: datetime | None


class RoundupScheduler:
    """APScheduler with its job store in the bot's database; one job per (channel, spec)."""

    def __init__(
        self,
        engine: Engine,
        run_roundup: RunRoundup,
        *,
        misfire_grace_seconds: int = DEFAULT_MISFIRE_GRACE_SECONDS,
        default_timezone: str = "UTC",
        store: Store | None = None,
        on_finished: OnFinished | None = None,
        workers: int = 2,
    ) -> None:
        self.run_roundup = run_roundup
        self.store = store
        self.misfire_grace_seconds = misfire_grace_seconds
        self.default_timezone = default_timezone
        self.on_finished = on_finished
        self.workers = workers
        self._pool: ThreadPoolExecutor | None = None
        self.scheduler = BackgroundScheduler(
            jobstores={"default": RoundupJobStore(engine=engine, tablename=JOB_TABLE)},
            job_defaults={
                "coalesce": True,
                "misfire_grace_time": misfire_grace_seconds,
                "max_instances": 1,
            },
            timezone=ZoneInfo("UTC"),
        )
        self.scheduler.add_listener(self._roundup_is_due, EVENT_JOB_EXECUTED)

    def start(self, *, paused: bool = False) -> None:
        """Start the scheduler: stored jobs run from now on (missed ones within the grace)."""
        self._pool = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="roundup")
        # Start paused so jobs stored under an older grace setting get today's before any
        # missed run is judged against it.
        self.scheduler.start(paused=True)
        grace = self.misfire_grace_seconds
        for job in self.scheduler.get_jobs():
            if job.id.startswith(JOB_PREFIX) and job.misfire_grace_time != grace:
                job.modify(misfire_grace_time=grace)
            if job.id.startswith(JOB_PREFIX) and not isinstance(job.trigger, WallClockTrigger):
                # Stored before WallClockTrigger: its next run kept, its clock changes fixed.
                spec = ScheduleSpec.from_dict(job.kwargs.get("spec") or {})
                job.modify(trigger=spec.trigger())
        if not paused:
            self.scheduler.resume()

    def shutdown(self, wait: bool = True) -> None:
        """Stop firing jobs; `wait` lets a roundup being posted finish first."""
        if self.scheduler.running:
            self.scheduler.shutdown(wait=wait)
        if self._pool is not None:
            self._pool.shutdown(wait=wait, cancel_futures=not wait)
            self._pool = None

    def _roundup_is_due(self, event: JobExecutionEvent) -> None:
        """A stored job ran (`roundup_due`): run the roundup it names on our own thread."""
        if not event.job_id.startswith(JOB_PREFIX) or self._pool is None:
            return
        channel, quiet = event.retval
        self._pool.submit(self._run, channel, quiet)

    def _run(self, channel: str, quiet: bool) -> None:
        try:
            outcome: object = self.run_roundup(channel, quiet)
        except Exception as e:  # one channel's trouble must not stop the scheduler
            log.exception("roundup for %s failed", channel)
            outcome = e
        if self.on_finished is not None:
            self.on_finished(channel, outcome)

    def _team(self, team_id: str | None) -> str | None:
        return self.store.team(team_id) if self.store is not None else team_id

    def add(
        self, channel: str, spec: ScheduleSpec, *, team_id: str | None = None
    ) -> ScheduledRoundup:
        """Schedule the channel's roundup (the same spec again replaces it); with many
        workspaces the job is the team's (a shared channel's other team keeps its own)."""
        team = self._team(team_id)
        if self.store is not None:
            # Collect from one period back (the first roundup is not empty for want of a
            # past), not from the dawn of time; a channel already collecting keeps its start.
            since = datetime.now(UTC).replace(tzinfo=None) - spec.period()
            self.store.enable_roundups(channel, since=since)
        job = self.scheduler.add_job(
            JOB_FUNC,
            trigger=spec.trigger(),
            id=spec.job_id(channel) + (f":{team}" if team else ""),
            name=f"roundup {channel} {spec.describe()}",
            kwargs={"channel": channel, "quiet": spec.quiet, "spec": spec.to_dict()}
            | ({"team_id": team} if team else {}),
            replace_existing=True,
        )
        return ScheduledRoundup(job.id, channel, spec, self._next_run_of(job))

    def for_channel(self, channel: str, *, team_id: str | None = None) -> list[ScheduledRoundup]:
        """The channel's scheduled roundups (the team's, with many), soonest first."""
        found = []
        team = self._team(team_id)
        for job in self.scheduler.get_jobs():
            owner = job.kwargs.get("team_id")
            if team is not None and owner is not None and owner != team:
                continue
            if job.id.startswith(JOB_PREFIX) and job.kwargs.get("channel") == channel:
                spec = ScheduleSpec.from_dict(job.kwargs.get("spec") or {})
                found.append(ScheduledRoundup(job.id, channel, spec, self._next_run_of(job)))
        return sorted(found, key=lambda r: (r.next_run is None, r.next_run or datetime.min))

    def _next_run_of(self, job: Any) -> datetime | None:
        """The job's next run; before the scheduler starts (jobs still pending), when its
        trigger would fire next, so listings say the same before and after start-up."""
        if self.scheduler.running:
            return job.next_run_time
        return job.trigger.get_next_fire_time(None, datetime.now(UTC))

    def remove_channel(self, channel: str, *, team_id: str | None = None) -> int:
        """Remove the channel's roundups (the team's) and stop collecting; how many."""
        jobs = self.for_channel(channel, team_id=team_id)
        for job in jobs:
            self.scheduler.remove_job(job.job_id)
        if self.store is not None:
            self.store.disable_roundups(channel, team_id=team_id)
        return len(jobs)

    def handle_command(
        self, text: str, channel: str, *, requester_zone: ZoneLookup | None = None
    ) -> str:
        """Run a `/digest schedule ...` command for `channel`; the reply for the user.
        `requester_zone` gives the zone for a schedule that names none (asked only then)."""
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
        spec, zone_note = command.spec, ""
        if not command.zone_named and requester_zone is not None:
            spec, zone_note = self._in_requester_zone(spec, requester_zone)
        scheduled = self.add(channel, spec)
        reply = f"Roundup scheduled: {spec.describe()}{_next_run(scheduled.next_run)}.{zone_note}"
        others = [
            r.spec.describe() for r in self.for_channel(channel) if r.job_id != scheduled.job_id
        ]
        if others:
            reply += (
                f"\nThis channel also has: {'; '.join(others)}. "
                "`/digest schedule off` clears them all."
            )
        return reply

    def _in_requester_zone(
        self, spec: ScheduleSpec, lookup: ZoneLookup
    ) -> tuple[ScheduleSpec, str]:
        """The spec in the requester's zone and a note saying so, or in the default zone
        with a note saying why (the lookup failed or gave a zone we don't know)."""
        try:
            zone = lookup()
            zone = parse_timezone(zone) if zone else None
        except ScheduleError:
            zone = None
        except Exception:  # the zone is a courtesy; never let its look-up stop the schedule
            log.warning("could not look up the requester's time zone", exc_info=True)
            zone = None
        if zone is None:
            example = f"`/digest schedule {_example_command(spec)} Europe/Berlin`"
            note = (
                f"\nI couldn't read your Slack time zone, so it runs in {spec.timezone}. "
                f"Name a zone to change it: {example}."
            )
            return spec, note
        return replace(spec, timezone=zone), f"\n{zone} is your Slack time zone."


def _example_command(spec: ScheduleSpec) -> str:
    """`daily 09:00` / `weekly mon 09:00`: the spec as the user would type it, sans zone."""
    days = f" {spec.days}" if spec.cadence == "weekly" and spec.days else ""
    quiet = " quiet" if spec.quiet else ""
    return f"{spec.cadence}{days} {spec.hour:02d}:{spec.minute:02d}{quiet}"


def next_run_in_zone(scheduled: ScheduledRoundup) -> datetime | None:
    """When the roundup next runs, on the clock of its own zone."""
    if scheduled.next_run is None:
        return None
    return scheduled.next_run.astimezone(ZoneInfo(scheduled.spec.timezone))


def _next_run(when: datetime | None) -> str:
    return f" (next: {when:%a %Y-%m-%d %H:%M %Z})" if when else ""
