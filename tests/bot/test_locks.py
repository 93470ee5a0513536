"""`KeyedLocks`: one caller per key at a time, and no lock kept for a key nobody uses."""

from __future__ import annotations

import threading

from bot.ops.locks import KeyedLocks


def test_one_caller_per_key_and_locks_are_freed() -> None:
    locks = KeyedLocks()
    inside = threading.Event()
    release = threading.Event()
    order: list[str] = []

    def first() -> None:
        with locks.held(("C1", "a")):
            inside.set()
            release.wait(10)
            order.append("first")

    thread = threading.Thread(target=first)
    thread.start()
    assert inside.wait(10)
    with locks.held(("C1", "b")):  # another key is not held up
        order.append("other key")
    release.set()
    with locks.held(("C1", "a")):  # the same key waits for the first holder
        order.append("second")
    thread.join(10)
    assert order == ["other key", "first", "second"]
    assert len(locks) == 0  # nothing kept once nobody holds or waits
