"""Threads that heal: a background retrier that finishes digest and roundup threads Slack
errors cut short, while the bot runs, so a parent's "3 quotes in the thread" is not left
showing none until the next restart.

A thread breaks when Slack keeps failing a reply (5xx after the send protocol's own
attempts, 429 after the SDK's retries): the parent is out, some replies are not, and the
store says so (the post or roundup stays incomplete). The healer looks for such threads
every `THREAD_HEAL_SECONDS` and, when it finds any, finishes them through the same code the
start-up resumption uses: `DigestService.resume_incomplete` (under the service's per-article
locks, re-reading each post, skipping replies already out and looking up one left in
flight) and `RoundupPoster(channel)` (under the poster's channel lock, which resumes the
channel's unfinished roundup). So a reply is never posted twice, even when a request or a
scheduled roundup for the same thing runs at that moment.

The healer looks every `THREAD_HEAL_SECONDS`; each broken thread keeps its own wait, doubled
after each try that left it broken, up to `THREAD_HEAL_MAX_SECONDS`, so one thread that stays
broken does not slow the healing of another. A thread whose channel is gone for good
(archived, deleted: Slack's `is_archived`, `channel_not_found`) is given up with one log
line: marked complete, never tried again.

With replicas on one database only the leader heals (`leads`, from `bot.ops.leader`); the
service's and the poster's locks hold across processes as well (`bot.ops.shared_locks`), so a
request on another replica and the healer still finish a thread once.

Not handled: a roundup finished by its own run between the healer's look and its lock is
followed by an early roundup of whatever was posted since, if anything was (never a post
twice: each post lands in one roundup).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from bot.digesting.roundups import RoundupPoster
from bot.digesting.service import DigestService
from bot.slack.errors import DigestError
from bot.storage.records import PostRecord
from bot.storage.store import Store

log = logging.getLogger(__name__)

# Slack's answers that mean a channel is gone for good: its threads are given up.
GONE = frozenset({"is_archived", "channel_not_found"})


@dataclass(frozen=True)
class HealPass:
    """One look at the store: how many broken threads it found, finished and left."""

    number: int
    found: int
    healed: int
    left: int


class ThreadHealer:
    """Retries incomplete digest and roundup threads in a background thread, with backoff.

    `start()` / `stop()` run it (see `bot.background`); `heal_once()` is one pass; tests
    and callers that know a thread just broke use `poke()` and `wait_healed()`.
    """

    def __init__(
        self,
        *,
        store: Store,
        digests: DigestService,
        roundups: RoundupPoster,
        base_seconds: float = 30.0,
        max_seconds: float = 900.0,
        leads: Callable[[], bool] | None = None,
    ) -> None:
        self.store = store
        # With replicas, only the leader heals (as only it finishes a dead leader's work).
        self.leads = leads or (lambda: True)
        self.digests = digests
        self.roundups = roundups
        self.base_seconds = base_seconds
        self.max_seconds = max(max_seconds, base_seconds)
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._passes = threading.Condition()
        self._started = 0  # passes begun
        self._last_whole = 0  # the latest pass that ended with nothing left broken
        self._thread: threading.Thread | None = None
        # Each broken thread's own backoff: (failed tries, monotonic time of its next try).
        self._waits: dict[tuple[str, int], tuple[int, float]] = {}

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> None:
        """Start looking in the background (once; a second call does nothing)."""
        if self._thread is not None:
            return
        self._stopping.clear()
        self._thread = threading.Thread(target=self._run, name="thread-healer", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop; a pass under way finishes its current thread first (bounded by `timeout`)."""
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def poke(self) -> None:
        """Look now rather than at the next interval (a thread is known to have broken)."""
        self._wake.set()

    def delay(self, failed_passes: int) -> float:
        """Seconds before the next try: the base, doubled per try that left it broken."""
        return min(self.base_seconds * 2 ** min(failed_passes, 32), self.max_seconds)

    def _run(self) -> None:
        store_failures = 0  # the store itself failing: the whole loop backs off
        while not self._stopping.is_set():
            self._wake.wait(self.delay(store_failures))
            self._wake.clear()
            if self._stopping.is_set():
                return
            if not self.leads():
                self._waits.clear()
                continue
            try:
                self.heal_once()
                store_failures = 0
            except Exception:  # the store unreachable: keep trying, with backoff
                log.exception("thread healer: a pass failed")
                store_failures += 1

    # -- one pass ----------------------------------------------------------------------------

    def heal_once(self) -> HealPass:
        """Try every broken digest and roundup thread that is due once; what was found and
        is left."""
        with self._passes:
            self._started += 1
            number = self._started
        left = found = healed = 0
        whole = False
        try:
            posts = self._broken_post_records()
            roundups = self._broken_roundups()
            found = len(posts) + len(roundups)
            for post in posts:
                if self._stopping.is_set():
                    break
                healed += self._try(("post", post.id), post.channel, self._resume_post(post))
            for channel, roundup_id in roundups.items():
                if self._stopping.is_set():
                    break
                healed += self._try(
                    ("roundup", roundup_id), channel, self._resume_roundup(channel, roundup_id)
                )
            left = len(self.broken_posts()) + len(self.broken_roundup_channels()) if found else 0
            whole = left == 0
        finally:
            with self._passes:
                if whole:
                    self._last_whole = max(self._last_whole, number)
                self._passes.notify_all()
        if healed:
            log.info("thread healer: finished %d broken thread(s), %d left", healed, left)
        elif left:
            log.debug("thread healer: %d thread(s) still broken; retrying later", left)
        return HealPass(number, found, healed, left)

    def _resume_post(self, post: PostRecord) -> Callable[[], bool]:
        def resume() -> bool:
            self.digests.resume_post(post)
            now = self.store.get_post(post.id)
            return now is None or now.completed

        return resume

    def _resume_roundup(self, channel: str, roundup_id: int) -> Callable[[], bool]:
        def resume() -> bool:
            self.roundups(channel, True)  # quiet: the unfinished one, nothing new
            return self._broken_roundups().get(channel) != roundup_id

        return resume

    def _try(self, key: tuple[str, int], channel: str, resume: Callable[[], bool]) -> int:
        """One try at one thread, if its own wait is over; 1 if it was finished."""
        now = time.monotonic()
        failures, due = self._waits.get(key, (0, 0.0))
        if due > now:
            return 0
        try:
            finished = resume()
        except DigestError as e:
            if e.code in GONE:
                self._give_up(key, channel, e.code or "")
                return 0
            self._waits[key] = (failures + 1, now + self.delay(failures + 1))
            log.warning("thread healer: %s %s in %s still broken: %s", *key, channel, e)
            return 0
        except Exception as e:  # one thread's trouble must not stop the others
            self._waits[key] = (failures + 1, now + self.delay(failures + 1))
            log.warning("thread healer: %s %s in %s still broken: %s", *key, channel, e)
            return 0
        if not finished:
            self._waits[key] = (failures + 1, now + self.delay(failures + 1))
            return 0
        self._waits.pop(key, None)
        return 1

    def _give_up(self, key: tuple[str, int], channel: str, code: str) -> None:
        kind, target = key
        log.warning(
            "thread healer: giving up on the %s thread %s in %s (%s): the channel is gone",
            kind,
            target,
            channel,
            code,
        )
        if kind == "post":
            self.store.complete_post(target)
        else:
            self.store.complete_roundup(target)
        self._waits.pop(key, None)

    def _broken_post_records(self) -> list[PostRecord]:
        return [
            post
            for post in self.store.incomplete_posts()
            if post.parent_ts is not None or self.store.send_in_flight("post", post.id)
        ]

    def _broken_roundups(self) -> dict[str, int]:
        """{channel: its unfinished roundup's id} whose parent is out (or on its way)."""
        found: dict[str, int] = {}
        for record in self.store.incomplete_roundups():
            if record.parent_ts is not None or self.store.send_in_flight("roundup", record.id):
                found.setdefault(record.channel, record.id)
        return found

    def broken_posts(self) -> list[int]:
        """Digests whose parent is out (or on its way) but whose thread is not finished."""
        return [post.id for post in self._broken_post_records()]

    def broken_roundup_channels(self) -> list[str]:
        """Channels whose unfinished roundup has its parent out (or on its way)."""
        return list(self._broken_roundups())

    # -- waiting on it -----------------------------------------------------------------------

    def wait_healed(self, timeout: float) -> bool:
        """Block until a pass begun after this call found nothing left broken; False if
        none did within `timeout`. (It waits for the healer's own schedule: `poke` first
        to have it look now.)"""
        with self._passes:
            after = self._started
            return self._passes.wait_for(lambda: self._last_whole > after, timeout)
