"""Handled Slack event ids are pruned after the retention period, at start and periodically,
on SQLite and on PostgreSQL; a resend within the period is still recognised."""

from __future__ import annotations

from datetime import timedelta

from bot.storage.retention import EventPruner
from bot.storage.store import Store
from bot.storage.tables import HandledEventRow, utcnow
from tests.bot.conftest import wait_for


def age(store: Store, key: str, days: float) -> None:
    """Make a recorded delivery key `days` old."""
    with store.session() as s:
        s.get(HandledEventRow, key).created_at = utcnow() - timedelta(days=days)


def keys(store: Store) -> set[str]:
    with store.session() as s:
        return {row.key for row in s.query(HandledEventRow)}


def test_old_event_ids_are_pruned_at_start_and_then_periodically(database_url) -> None:
    store = Store(database_url)
    pruner = EventPruner(store, timedelta(days=7), interval_seconds=0.05)
    try:
        for key in ("event:Ev1", "event:Ev2", "event:Ev3"):
            assert store.claim_event(key)
        age(store, "event:Ev1", 7.5)
        age(store, "event:Ev2", 6.5)

        pruner.start()  # prunes before it returns
        assert keys(store) == {"event:Ev2", "event:Ev3"}
        assert not store.claim_event("event:Ev2")  # within the period: still a resend

        age(store, "event:Ev3", 30)  # time passes for this one while the bot runs
        wait_for(lambda: keys(store) == {"event:Ev2"}, what="the periodic prune")
        assert store.claim_event("event:Ev3")  # forgotten: a new delivery again
    finally:
        pruner.stop()
        store.close()


def test_pruning_reports_how_many_keys_went(database_url) -> None:
    store = Store(database_url)
    try:
        for i in range(5):
            store.claim_event(f"event:Old{i}")
            age(store, f"event:Old{i}", 10)
        store.claim_event("event:New")
        assert store.prune_handled_events(utcnow() - timedelta(days=7)) == 5
        assert store.prune_handled_events(utcnow() - timedelta(days=7)) == 0
        assert keys(store) == {"event:New"}
    finally:
        store.close()
