"""Schedules against strange zone strings and clock changes (issue 19.5).

Any zone string gets a one-line answer, never a 500 (`Europe` is a folder of the zone
database, `__pycache__` a folder beside it, a 300-character name is too long for a file
name); SCHEDULE_TIMEZONE=Europe stops start-up with one line. On days the clocks change a
roundup runs once: at the first occurrence of a repeated time (fall back), at the first
valid minute after a time that does not exist (spring forward, Havana's midnight).
"""

from __future__ import annotations

import io
import pickle
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from apscheduler.triggers.cron import CronTrigger
from sqlalchemy import text

from bot.digesting.job_store import JOB_FUNC, JOB_TABLE
from bot.digesting.schedule import (
    RoundupScheduler,
    ScheduleError,
    ScheduleSpec,
    parse_schedule_command,
)
from bot.digesting.wall_clock import WallClockTrigger
from bot.runner import run_bot
from bot.storage.store import Store
from tests.bot.conftest import Bot

STRANGE_ZONES = [
    "Europe",
    "America",
    "Asia",
    "__pycache__",
    "x" * 300,
    "../../etc/passwd",
    "/etc/localtime",
    "Europe/",
    "Europe/Nowhere",
]


@pytest.mark.parametrize("zone", STRANGE_ZONES)
def test_a_string_that_is_no_zone_is_one_line(zone: str) -> None:
    with pytest.raises(ScheduleError) as refused:
        parse_schedule_command(f"daily 09:00 {zone}")
    assert "is not a time zone I know" in str(refused.value)
    assert "\n" not in str(refused.value) and len(str(refused.value)) < 200


@pytest.mark.parametrize("zone", ["Europe", "__pycache__", "y" * 300])
def test_the_command_answers_in_the_ack_not_with_a_500(bot: Bot, zone: str) -> None:
    delivery = bot.sender.command(f"schedule daily 09:00 {zone}", channel="C0NEWS")
    assert delivery.status == 200, delivery.body
    assert "is not a time zone I know" in delivery.body.decode()


def test_zone_names_are_case_folded_to_the_databases_spelling() -> None:
    command = parse_schedule_command("daily 09:00 europe/berlin")
    assert command.spec is not None and command.spec.timezone == "Europe/Berlin"


def test_a_folder_as_schedule_timezone_stops_start_up_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # no .env here
    monkeypatch.setenv("SCHEDULE_TIMEZONE", "Europe")
    out = io.StringIO()
    assert run_bot(out=out) == 2
    lines = out.getvalue().strip().splitlines()
    assert len(lines) == 1 and "SCHEDULE_TIMEZONE" in lines[0], lines


# -- clock changes ---------------------------------------------------------------------------


def runs_by_day(trigger: WallClockTrigger, start: datetime, days: int) -> dict[date, list]:
    """Every run from `start` for `days` days, as the scheduler asks for them, by local date."""
    zone = ZoneInfo(trigger.timezone)
    found: dict[date, list] = {}
    previous, now = None, start
    end = start + timedelta(days=days)
    for _ in range(days * 2 + 2):  # bounded: at most one run a day is expected
        fire = trigger.get_next_fire_time(previous, now)
        if fire is None or fire >= end:
            break
        found.setdefault(fire.astimezone(zone).date(), []).append(fire.astimezone(UTC))
        previous, now = fire, fire + timedelta(seconds=1)
    return found


@pytest.mark.parametrize(
    ("zone", "hour", "minute", "day", "at_utc"),
    [
        # Fall back: the repeated hour runs once, at its first occurrence.
        ("Europe/Berlin", 2, 30, date(2026, 10, 25), datetime(2026, 10, 25, 0, 30, tzinfo=UTC)),
        ("America/New_York", 1, 30, date(2026, 11, 1), datetime(2026, 11, 1, 5, 30, tzinfo=UTC)),
        ("America/Havana", 0, 0, date(2026, 11, 1), datetime(2026, 11, 1, 4, 0, tzinfo=UTC)),
        # Spring forward: a time in the gap runs at the first valid minute after it.
        ("America/New_York", 2, 30, date(2026, 3, 8), datetime(2026, 3, 8, 7, 0, tzinfo=UTC)),
        ("America/Havana", 0, 0, date(2026, 3, 8), datetime(2026, 3, 8, 5, 0, tzinfo=UTC)),
        ("Europe/Berlin", 2, 30, date(2026, 3, 29), datetime(2026, 3, 29, 1, 0, tzinfo=UTC)),
    ],
)
def test_one_run_on_a_day_the_clocks_change(
    zone: str, hour: int, minute: int, day: date, at_utc: datetime
) -> None:
    trigger = WallClockTrigger(hour=hour, minute=minute, timezone=zone)
    start = datetime(day.year, day.month, day.day, tzinfo=UTC) - timedelta(days=3)
    runs = runs_by_day(trigger, start, 7)
    assert runs[day] == [at_utc]
    assert all(len(on) == 1 for on in runs.values()), runs
    assert len(runs) >= 6  # every day around it has its run


def test_weekly_days_are_kept() -> None:
    spec = parse_schedule_command("weekly mon,thu 09:00 Europe/Berlin").spec
    assert spec is not None
    runs = runs_by_day(spec.trigger(), datetime(2026, 10, 19, tzinfo=UTC), 14)
    assert sorted(d.weekday() for d in runs) == [0, 0, 3, 3]


def test_jobs_stored_with_a_cron_trigger_get_the_wall_clock_at_start(tmp_path: Path) -> None:
    """A job as an older release stored it: a cron trigger, and the function under its old
    module name. Both are brought along at start; neither loses the schedule."""
    store = Store(f"sqlite:///{tmp_path / 'bot.db'}")
    try:
        scheduler = RoundupScheduler(store.engine, lambda channel, quiet: None)
        spec = ScheduleSpec("daily", 2, 30, timezone="Europe/Berlin")
        scheduler.start(paused=True)
        scheduler.scheduler.add_job(
            JOB_FUNC,
            trigger=CronTrigger(hour=2, minute=30, timezone=ZoneInfo("Europe/Berlin")),
            id=spec.job_id("C0NEWS"),
            kwargs={"channel": "C0NEWS", "quiet": False, "spec": spec.to_dict()},
        )
        scheduler.shutdown()
        rename_stored_job_func(store, "bot.schedule:roundup_due")

        scheduler = RoundupScheduler(store.engine, lambda channel, quiet: None)
        scheduler.start(paused=True)
        try:
            [job] = scheduler.scheduler.get_jobs()
            assert isinstance(job.trigger, WallClockTrigger)
            assert job.func_ref == JOB_FUNC
        finally:
            scheduler.shutdown()
    finally:
        store.close()


def rename_stored_job_func(store: Store, func_ref: str) -> None:
    """Point every stored job at `func_ref`, as a release that named it so stored it."""
    with store.engine.begin() as connection:
        rows = connection.execute(text(f"SELECT id, job_state FROM {JOB_TABLE}")).all()
        assert rows
        for job_id, job_state in rows:
            state = pickle.loads(job_state)
            state["func"] = func_ref
            connection.execute(
                text(f"UPDATE {JOB_TABLE} SET job_state = :state WHERE id = :id"),
                {"state": pickle.dumps(state), "id": job_id},
            )
