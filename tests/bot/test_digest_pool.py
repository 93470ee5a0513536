"""The digest worker pool (digests/workers.py) with real worker processes and the real model:
digests come back as the engine builds them; a worker that runs over its time limit, runs out
of memory or crashes is replaced and the next article still digests; a short article is not
kept waiting behind long ones."""

from __future__ import annotations

import os
import signal
import threading

import psutil
import pytest

from digests import build_digest
from digests.workers import (
    DigestPool,
    WorkerCrashed,
    WorkerOutOfMemory,
    WorkerTimeout,
)
from tests.bot.conftest import wait_for

CAST = [("Mayor", "Irena Valdes"), ("harbour master", "Tomas Reyka"), ("engineer", "Lia Okoro")]


def story(i: int) -> str:
    """A short made-up news story (about 120 words) with a meeting and two quotes."""
    (role_a, a), (role_b, b) = CAST[i % 3], CAST[(i + 1) % 3]
    return "\n".join(
        [
            f"Ferry talks resume, part {i}",
            f"{role_a} {a} met {role_b} {b} on Monday at the pier office to discuss the ferry.",
            f'"We are close to a timetable," {a.split()[-1]} said after the meeting.',
            f"{b.split()[-1]} urged the council to publish the costs before the vote.",
            f'"Nobody should pay for a boat they never see," {b.split()[-1]} said.',
        ]
    )


def long_story(parts: int) -> str:
    """Many stories in one text: seconds of work for a worker (over 25,000 characters, a
    long article for the pool, from 85 parts)."""
    return "\n".join(story(i) for i in range(parts))


@pytest.fixture
def lone_pool():
    """A pool of one worker that the test may break."""
    pool = DigestPool(1, time_limit=60)
    yield pool
    pool.close()


def test_the_pool_digests_as_the_engine_does_in_other_processes(digest_pool) -> None:
    text = story(1)
    digest = digest_pool.build(text, title="Ferry talks", source="ferry.txt")
    assert digest.to_dict() == build_digest(text, title="Ferry talks", source="ferry.txt").to_dict()
    assert len(digest.quotes) == 2
    assert os.getpid() not in digest_pool.pids() and len(digest_pool.pids()) == 2


def test_a_worker_over_the_time_limit_is_replaced_and_the_next_article_digests() -> None:
    with DigestPool(1, time_limit=0.001) as pool:
        pool.wait_ready()
        [first] = pool.pids()
        with pytest.raises(WorkerTimeout, match=r"took longer than 0\.001 s"):
            pool.build(story(2))  # a normal article: milliseconds, far over the limit
        assert gone(first)
        [second] = pool.pids()
        assert second != first
        digest = pool.build(story(3), time_limit=60)
        assert len(digest.quotes) == 2
        assert pool.stats.replaced == {"timeout": 1}


def test_a_worker_that_crashes_mid_digest_is_replaced(lone_pool) -> None:
    lone_pool.wait_ready()
    [worker] = lone_pool.pids()
    outcome: dict[str, BaseException] = {}

    def digest_long() -> None:
        try:
            lone_pool.build(long_story(60))
        except BaseException as e:  # noqa: BLE001 - handed to the test thread
            outcome["error"] = e

    thread = threading.Thread(target=digest_long)
    thread.start()
    # The worker is parsing (running, not waiting on its pipe): crash it now.
    wait_for(lambda: psutil.Process(worker).status() == psutil.STATUS_RUNNING, what="worker busy")
    os.kill(worker, signal.SIGSEGV)
    thread.join(60)
    assert isinstance(outcome.get("error"), WorkerCrashed)
    assert "the worker crashed (signal SIGSEGV)" in str(outcome["error"])
    assert len(lone_pool.build(story(4)).quotes) == 2


def test_a_worker_that_died_while_idle_is_replaced_without_blaming_the_article(lone_pool) -> None:
    lone_pool.wait_ready()
    [worker] = lone_pool.pids()
    os.kill(worker, signal.SIGKILL)
    wait_for(lambda: gone(worker), what="worker dead")
    assert len(lone_pool.build(story(5)).quotes) == 2
    assert lone_pool.stats.replaced == {"died while idle": 1}


def test_a_worker_over_its_memory_cap_fails_the_article_in_words_and_is_replaced() -> None:
    # The model alone needs about 320 MB of address space; a 250 KB article needs far more.
    with DigestPool(1, memory_limit_mb=380) as pool:
        with pytest.raises(WorkerOutOfMemory, match="ran out of memory .over the 380 MB limit"):
            pool.build(long_story(300))
        assert len(pool.build(story(6)).quotes) == 2


def test_a_short_article_is_not_kept_waiting_behind_long_ones(digest_pool) -> None:
    digest_pool.wait_ready()
    finished: list[str] = []
    lock = threading.Lock()

    def digest(name: str, text: str) -> None:
        digest_pool.build(text)
        with lock:
            finished.append(name)

    longs = [
        threading.Thread(target=digest, args=(f"long-{i}", long_story(85 + i))) for i in range(2)
    ]
    for thread in longs:
        thread.start()
    wait_for(lambda: len(_busy(digest_pool)) >= 1, what="a long digest running")
    digest("short", story(7))  # one worker is kept for articles like this one
    for thread in longs:
        thread.join(120)
    assert finished[0] == "short"
    assert sorted(finished[1:]) == ["long-0", "long-1"]


def test_no_processes_builds_in_the_calling_process() -> None:
    pool = DigestPool(0)
    assert pool.pids() == []
    assert len(pool.build(story(8)).quotes) == 2
    pool.close()


def gone(pid: int) -> bool:
    """The process has exited (reaped, or a zombie waiting to be)."""
    try:
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def _busy(pool: DigestPool) -> list[int]:
    return [p for p in pool.pids() if psutil.Process(p).status() == psutil.STATUS_RUNNING]
