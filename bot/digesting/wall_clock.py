"""A roundup's trigger on the wall clock of its zone, run once a day whatever the clocks do.

Why not APScheduler's CronTrigger: on the day clocks go back, a time in the repeated hour
happens twice and CronTrigger fires at both (Berlin 02:30 on 2026-10-25); where clocks go
forward at midnight (Havana, Santiago, Beirut) a 00:00 schedule has no 00:00 that day and
CronTrigger skips the day. Here each day that matches has exactly one run: at the first
occurrence of a repeated time, and at the first valid minute after a time that does not
exist (03:00 for 02:30 on New York's spring-forward day, 01:00 for Havana's midnight).

Stored jobs pickle the trigger by this module's path and class name.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

from apscheduler.triggers.base import BaseTrigger

# Python's weekday() numbers, by the day names schedules use.
WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
# The day names `/digest schedule weekly` takes, by the names above.
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
# A gap in a zone's clock is at most a day long (Samoa skipped 2011-12-30).
MAX_GAP_MINUTES = 24 * 60


def _exists(wall: datetime, zone: tzinfo) -> bool:
    """Whether the naive wall time happens in `zone` (it is not in a gap)."""
    there = wall.replace(tzinfo=zone).astimezone(UTC).astimezone(zone)
    return there.replace(tzinfo=None) == wall


def resolve(wall: datetime, zone: tzinfo) -> datetime:
    """The one instant a naive wall time runs at: its first occurrence, or, inside a gap,
    the first minute after the gap."""
    for _ in range(MAX_GAP_MINUTES):
        if _exists(wall, zone):
            return wall.replace(tzinfo=zone, fold=0)
        wall += timedelta(minutes=1)
    raise ValueError(f"no valid time near {wall} in {zone}")


class WallClockTrigger(BaseTrigger):
    """Fires at hour:minute in `timezone` on the given days (None: every day)."""

    def __init__(self, *, hour: int, minute: int, timezone: str, days: str | None = None):
        self.hour = hour
        self.minute = minute
        self.timezone = timezone
        self.days = days

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def _on(self, day: date) -> bool:
        if not self.days:
            return True
        return day.weekday() in {WEEKDAYS[d] for d in self.days.split(",")}

    def get_next_fire_time(
        self, previous_fire_time: datetime | None, now: datetime
    ) -> datetime | None:
        """The first run at or after `now` (or just after the previous run, if earlier, so
        a run missed while the bot was down is still found)."""
        start = now
        if previous_fire_time is not None:
            start = min(now, previous_fire_time + timedelta(microseconds=1))
        zone = self.zone
        first_day = start.astimezone(zone).date() - timedelta(days=1)
        for offset in range(9):
            day = first_day + timedelta(days=offset)
            if not self._on(day):
                continue
            instant = resolve(datetime.combine(day, time(self.hour, self.minute)), zone)
            if instant >= start:
                return instant
        return None

    def __getstate__(self) -> dict:
        return {"version": 1, **self.__dict__}

    def __setstate__(self, state: dict) -> None:
        state = dict(state)
        state.pop("version", None)
        self.__dict__.update(state)

    def __str__(self) -> str:
        days = self.days or "daily"
        return f"wall clock {days} at {self.hour:02d}:{self.minute:02d} {self.timezone}"
