"""`/digest schedule` parsing and the real APScheduler with its SQLite job store.

Runs are driven by moving a job's next run time (as if the bot had been down) or by
running the stored job directly; nothing waits for wall-clock hours.
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta

import pytest
from apscheduler.events import EVENT_JOB_MISSED
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy import create_engine

from bot.digesting.schedule import (
    JOB_FUNC,
    JOB_TABLE,
    RoundupScheduler,
    ScheduleError,
    ScheduleSpec,
    parse_schedule_command,
    parse_time,
)


@pytest.mark.parametrize(
    ("text", "spec"),
    [
        ("daily 09:00", ScheduleSpec("daily", 9, 0, "UTC")),
        ("daily 9:05", ScheduleSpec("daily", 9, 5, "UTC")),
        ("weekdays 08:30 Europe/Berlin", ScheduleSpec("weekdays", 8, 30, "Europe/Berlin")),
        ("weekly mon 09:00", ScheduleSpec("weekly", 9, 0, "UTC", days="mon")),
        ("WEEKLY Friday 5pm quiet", ScheduleSpec("weekly", 17, 0, "UTC", days="fri", quiet=True)),
        (
            "weekly mon,thu 07:45 America/New_York",
            ScheduleSpec("weekly", 7, 45, "America/New_York", days="mon,thu"),
        ),  # noqa: E501
        ("daily quiet 18:00", ScheduleSpec("daily", 18, 0, "UTC", quiet=True)),
    ],
)
def test_parse_set_commands(text: str, spec: ScheduleSpec) -> None:
    command = parse_schedule_command(text)
    assert command.action == "set"
    assert command.spec == spec


def test_default_timezone_applies_when_none_given() -> None:
    spec = parse_schedule_command("daily 09:00", default_timezone="Asia/Tokyo").spec
    assert spec is not None and spec.timezone == "Asia/Tokyo"


@pytest.mark.parametrize(
    ("text", "action"),
    [("list", "list"), ("off", "off"), ("", "help"), ("help", "help")],
)
def test_parse_other_commands(text: str, action: str) -> None:
    assert parse_schedule_command(text).action == action


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("hourly 09:00", "don't know the schedule"),
        ("daily", "what time"),
        ("daily 25:00", "not a time"),
        ("daily 9", "not a time"),
        ("daily 09:00 Mars/Olympus", "time zone"),
        ("weekly someday 09:00", "day of the week"),
        ("weekly", "which day"),
        ("daily 09:00 UTC extra", "did not understand"),
    ],
)
def test_parse_errors_are_plain_sentences(text: str, message: str) -> None:
    with pytest.raises(ScheduleError, match=message):
        parse_schedule_command(text)


def test_parse_time_twelve_hour_clock() -> None:
    assert parse_time("12am") == (0, 0)
    assert parse_time("12:30pm") == (12, 30)
    assert parse_time("9:15am") == (9, 15)


def test_trigger_fires_in_the_given_zone() -> None:
    spec = ScheduleSpec("weekdays", 8, 30, "Europe/Berlin")
    # Saturday 2026-11-28 12:00 UTC: the next weekday 08:30 in Berlin (UTC+1) is Monday 07:30 UTC.
    now = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
    nxt = spec.trigger().get_next_fire_time(None, now)
    assert nxt.astimezone(UTC) == datetime(2026, 11, 30, 7, 30, tzinfo=UTC)


class Runs:
    def __init__(self) -> None:
        self.calls: list[tuple[str, bool]] = []
        self.lock = threading.Lock()

    def __call__(self, channel: str, quiet: bool) -> None:
        with self.lock:
            self.calls.append((channel, quiet))

    def count(self) -> int:
        with self.lock:
            return len(self.calls)


def wait_for(condition, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return False


@pytest.fixture
def db_url(database_url: str) -> str:
    """The job store's database: a SQLite file, then PostgreSQL."""
    return database_url


def test_commands_add_list_and_remove_jobs(db_url: str) -> None:
    sched = RoundupScheduler(create_engine(db_url), Runs())
    sched.start(paused=True)
    try:
        reply = sched.handle_command("weekdays 08:30 Europe/Berlin", "C1")
        assert reply.startswith("Roundup scheduled: weekdays at 08:30 Europe/Berlin")
        also = sched.handle_command("weekly mon 09:00 quiet", "C1")
        assert "also has: weekdays at 08:30 Europe/Berlin" in also
        sched.handle_command("daily 10:00", "C2")
        sched.handle_command("weekdays 08:30 Europe/Berlin", "C1")  # same spec: replaced, not added
        listing = sched.handle_command("list", "C1")
        assert "weekdays at 08:30 Europe/Berlin" in listing
        assert "weekly on Mon at 09:00 UTC (quiet)" in listing
        assert "10:00" not in listing  # C2's schedule is not shown in C1
        assert len(sched.for_channel("C1")) == 2
        assert "Stopped 2 scheduled roundups" in sched.handle_command("off", "C1")
        assert sched.handle_command("list", "C1") == "No roundups are scheduled in this channel."
        assert len(sched.for_channel("C2")) == 1
        assert "don't know" in sched.handle_command("monthly 09:00", "C1")
        assert "&lt;!channel&gt;" in sched.handle_command("<!channel> 09:00", "C1")
    finally:
        sched.shutdown()


def test_schedules_survive_a_restart_and_name_the_job_function_textually(db_url: str) -> None:
    first = RoundupScheduler(create_engine(db_url), Runs())
    first.start(paused=True)
    first.handle_command("weekly mon 09:00 Europe/Berlin quiet", "C1")
    first.shutdown()

    second = RoundupScheduler(create_engine(db_url), Runs())
    second.start(paused=True)
    try:
        [job] = second.for_channel("C1")
        assert job.spec == ScheduleSpec("weekly", 9, 0, "Europe/Berlin", days="mon", quiet=True)
        stored = second.scheduler.get_job(job.job_id)
        assert stored.func_ref == JOB_FUNC
        assert stored.coalesce is True and stored.misfire_grace_time > 0
        assert job.next_run is not None and job.next_run > datetime.now(UTC)
    finally:
        second.shutdown()


def _stop_with_missed_runs(db_url: str, slots_missed: int, grace: int) -> str:
    """A daily roundup whose last slot was an hour ago, and a bot down for `slots_missed` slots.

    The stored job is edited while no scheduler runs, as if the clock had moved on.
    """
    last_slot = (datetime.now(UTC) - timedelta(hours=1)).replace(second=0, microsecond=0)
    spec = ScheduleSpec("daily", last_slot.hour, last_slot.minute, "UTC", quiet=True)
    sched = RoundupScheduler(create_engine(db_url), Runs(), misfire_grace_seconds=grace)
    sched.start(paused=True)
    job_id = sched.add("C1", spec).job_id
    sched.shutdown()
    jobs = SQLAlchemyJobStore(engine=create_engine(db_url), tablename=JOB_TABLE)
    jobs.start(BackgroundScheduler(), "default")
    job = jobs.lookup_job(job_id)
    job.next_run_time = last_slot - timedelta(days=slots_missed - 1)
    jobs.update_job(job)
    jobs.shutdown()
    return job_id


def test_runs_missed_while_down_fire_once_at_start_up(db_url: str) -> None:
    # Down for three daily slots, back an hour after the last: one roundup, not three.
    job_id = _stop_with_missed_runs(db_url, slots_missed=3, grace=60)  # grace re-read at start
    runs = Runs()
    finished = threading.Event()  # the roundup's completion event
    sched = RoundupScheduler(
        create_engine(db_url),
        runs,
        misfire_grace_seconds=2 * 3600,
        on_finished=lambda *_: finished.set(),
    )
    sched.start()
    try:
        assert wait_for(lambda: runs.count() >= 1), "the missed roundup never fired"
        assert finished.wait(10)
        # Past the missed slots (coalesced into the one run): nothing else is due.
        assert wait_for(lambda: sched.scheduler.get_job(job_id).next_run_time > datetime.now(UTC))
        assert runs.calls == [("C1", True)]
        assert sched.scheduler.get_job(job_id).next_run_time > datetime.now(UTC)
    finally:
        sched.shutdown()


def test_runs_missed_beyond_the_grace_time_are_skipped(db_url: str) -> None:
    # Back an hour after the slot, but the grace time is ten minutes: skipped, not late.
    job_id = _stop_with_missed_runs(db_url, slots_missed=1, grace=600)
    runs = Runs()
    sched = RoundupScheduler(create_engine(db_url), runs, misfire_grace_seconds=600)
    missed = threading.Event()  # APScheduler's own event for a run judged too late
    sched.scheduler.add_listener(lambda _event: missed.set(), EVENT_JOB_MISSED)
    sched.start()
    try:
        assert missed.wait(10), "the late run was neither run nor reported missed"
        assert wait_for(lambda: sched.scheduler.get_job(job_id).next_run_time > datetime.now(UTC))
        assert runs.calls == []
    finally:
        sched.shutdown()


def test_a_due_job_runs_through_the_textual_reference(db_url: str) -> None:
    runs = Runs()
    sched = RoundupScheduler(create_engine(db_url), runs)
    sched.start()
    try:
        scheduled = sched.add("C9", ScheduleSpec("weekly", 9, 0, "UTC", days="mon"))
        sched.scheduler.modify_job(scheduled.job_id, next_run_time=datetime.now(UTC))
        assert wait_for(lambda: runs.count() == 1)
        assert runs.calls == [("C9", False)]
    finally:
        sched.shutdown()
