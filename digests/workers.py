"""Digests built in worker processes: one slow or poisonous article stalls one worker, not
the caller, and a worker that runs over its time limit or dies is replaced.

    pool = DigestPool(processes=2, time_limit=120)
    digest = pool.build(text, title=..., source=...)   # blocks; raises WorkerFailure
    pool.close()

Why processes: spaCy holds the GIL while it parses (its tokenizer is quadratic on some
inputs), so a digest in a thread of the bot stalls every other thread, acks included; and a
parse that runs out of memory takes its whole process down. In a worker process it takes
down only the worker.

How it is built, and why not `concurrent.futures.ProcessPoolExecutor`: that executor marks
itself broken as soon as one worker dies and fails every pending job, and it cannot kill one
job that runs too long. Here each worker is one `multiprocessing.Process` (forkserver start
method: forked from a clean server process that has already imported spaCy, so no thread
state is inherited and a replacement starts in about a second) with its own pipe, supervised
by the thread that sent it a job:

    - a caller checks out an idle worker, sends the job, and waits on the pipe and the
      process's sentinel for at most `time_limit` seconds;
    - the answer arrives: the digest is returned (an exception the engine raised comes back
      as `EngineError`, and the worker stays);
    - the limit passes: the worker is killed (SIGKILL) and replaced, `WorkerTimeout`;
    - the worker dies (a crash, the system's OOM killer) or catches a `MemoryError` (the
      optional RLIMIT_AS cap, `memory_limit_mb`): replaced, `WorkerCrashed` /
      `WorkerOutOfMemory`.

The message of each `WorkerFailure` says why in words ("it took longer than 120 s", "it ran
out of memory", "the worker crashed"), for whoever asked. Each worker loads the spaCy model
once, at start, before it takes work: the time limit counts the digest only.

The main module of a program that builds a pool must be importable without side effects
(the usual `if __name__ == "__main__":` guard), as for any forkserver or spawn program.

Long articles never block short ones for long: with two workers or more, one worker takes
only articles of at most `short_chars` characters (`reserve_for_short`), so a burst of long
articles (or a poisonous one) leaves it free for short ones.

With `processes=0` the digest is built in the calling process, one at a time (the spaCy
pipeline is not documented as thread-safe), with no time limit: for debugging, and for
callers that want no child processes.

Workers die with their parent: on Linux each sets PR_SET_PDEATHSIG, so a bot killed with
SIGKILL does not leave a worker parsing on. Not handled here: which articles to refuse after
failures (the caller counts them; `bot.service` does), or retrying.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import signal
import threading
import time
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

from digests.model import Digest
from digests.worker_process import Job, build, worker_main

log = logging.getLogger(__name__)

DEFAULT_TIME_LIMIT = 120.0
# Articles up to this many characters (about 4,000 words) are "short": the reserved worker
# takes them. Every article in a normal news feed is short; what stalls a worker is longer.
SHORT_CHARS = 25_000
# How long a new worker may take to import and load the model before it counts as broken.
START_TIMEOUT = 300.0


class WorkerFailure(RuntimeError):
    """The article stopped its worker (too slow, out of memory, a crash); the worker has been
    replaced. `str(error)` says why in words; `kind` is "timeout", "memory" or "crash"."""

    kind = "crash"


class WorkerTimeout(WorkerFailure):
    """The digest took longer than the time limit; the worker was killed."""

    kind = "timeout"


class WorkerOutOfMemory(WorkerFailure):
    """The worker ran out of memory (its cap, or the system killed it)."""

    kind = "memory"


class WorkerCrashed(WorkerFailure):
    """The worker process died while digesting."""

    kind = "crash"


class EngineError(RuntimeError):
    """The engine raised an exception on this article (a bug); the worker is fine.
    `remote_traceback` is the worker's traceback, for the log."""

    def __init__(self, message: str, remote_traceback: str = "") -> None:
        super().__init__(message)
        self.remote_traceback = remote_traceback


class WorkerStartError(RuntimeError):
    """A worker could not start (no spaCy model, a memory cap too low to load it): a setup
    problem, not the article's fault."""


class PoolClosed(RuntimeError):
    """The pool was closed (the bot is stopping): nothing more is digested."""


class _Worker:
    """One worker slot: its current process and the parent's end of that process's pipe.
    The slot outlives its processes: a replacement takes the dead one's place."""

    def __init__(self, *, reserved: bool) -> None:
        self.reserved = reserved
        self.process: Any = None
        self.conn: Connection | None = None
        self.ready = False

    def stop(self, *, kill: bool) -> None:
        """End the current process: ask it to exit, or (`kill`) SIGKILL it at once."""
        self.begin_stop(kill=kill)
        self.finish_stop(time.monotonic() + 5)

    def begin_stop(self, *, kill: bool) -> None:
        """Ask the process to exit; SIGKILL it if `kill`, or if it is still loading the model
        (it has no work, and would not read the request until the model is in)."""
        if self.process is None or self.conn is None:
            return
        if (kill or not self.ready) and self.process.is_alive():
            self.process.kill()
        else:
            with contextlib.suppress(OSError, ValueError):
                self.conn.send(None)

    def finish_stop(self, deadline: float) -> None:
        """Wait for the process until `deadline` (monotonic), then SIGKILL it."""
        if self.process is None or self.conn is None:
            return
        self.process.join(max(0.0, deadline - time.monotonic()))
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)
        self.conn.close()


@dataclass
class PoolStats:
    """What the pool has done, for logs and tests: digests, and workers replaced by cause."""

    digests: int = 0
    replaced: dict[str, int] = field(default_factory=dict)


class DigestPool:
    """Build digests in `processes` worker processes, each with the model loaded once.

    Thread-safe: any number of threads may call `build` at once; each waits for a free
    worker (a short article for any, a long one for a worker that is not reserved).
    """

    def __init__(
        self,
        processes: int,
        *,
        time_limit: float = DEFAULT_TIME_LIMIT,
        memory_limit_mb: int | None = None,
        model: str | None = None,
        reserve_for_short: bool = True,
        short_chars: int = SHORT_CHARS,
    ) -> None:
        if processes < 0:
            raise ValueError("processes must be 0 (build in this process) or more")
        self.processes = processes
        self.time_limit = time_limit
        self.memory_limit_mb = memory_limit_mb or None
        self.model = model or None
        self.short_chars = short_chars
        self.stats = PoolStats()
        self._inline_lock = threading.Lock()
        self._idle = threading.Condition()
        self._closed = False
        reserve = reserve_for_short and processes >= 2
        self._workers = [_Worker(reserved=reserve and i == 0) for i in range(processes)]
        self._free = list(self._workers)
        self._context = multiprocessing.get_context("forkserver") if processes else None
        if self._context is not None:
            # Workers fork from a server that has imported the engine and loaded the model
            # once (digests.preload_model): a new or replacement worker is ready at once.
            self._context.set_forkserver_preload(["digests.engine", "digests.preload_model"])
            for worker in self._workers:
                self._spawn(worker)

    # -- building ---------------------------------------------------------------------------------

    def build(
        self,
        text: str,
        *,
        title: str | None = None,
        source: str | None = None,
        time_limit: float | None = None,
    ) -> Digest:
        """`digests.build_digest` in a worker, within the time limit (`time_limit` overrides
        the pool's for this article). Raises `WorkerFailure` (the worker was replaced),
        `EngineError` (the engine raised), `WorkerStartError` (no worker can start)."""
        if not self.processes:
            with self._inline_lock:
                digest = build(Job(text, title, source))
        else:
            limit = self.time_limit if time_limit is None else time_limit
            worker = self._check_out(short=len(text) <= self.short_chars)
            try:
                digest = self._run(worker, Job(text, title, source), limit)
            finally:
                self._check_in(worker)
        with self._idle:
            self.stats.digests += 1
        return digest

    def __call__(self, text: str, *, title: str | None = None, source: str | None = None) -> Digest:
        """The pool as a drop-in `build_digest`."""
        return self.build(text, title=title, source=source)

    def _run(self, worker: _Worker, job: Job, limit: float) -> Digest:
        if worker.ready and not worker.process.is_alive():
            self._replace(worker, "died while idle")  # not this article's doing
        self._wait_ready(worker)
        assert worker.conn is not None
        try:
            worker.conn.send(job)
            if not wait([worker.conn, worker.process.sentinel], timeout=limit):
                self._replace(worker, "timeout")
                raise WorkerTimeout(f"it took longer than {_seconds(limit)} s")
            answer, payload = worker.conn.recv()
        except (EOFError, OSError):
            worker.process.join(5)
            code = worker.process.exitcode
            if self._closed:  # close() killed it: the bot is stopping, not the article's doing
                raise PoolClosed("the digest workers are shutting down") from None
            if code == -signal.SIGKILL:
                # Nobody here sent that SIGKILL: on Linux it is the out-of-memory killer.
                self._replace(worker, "memory")
                raise WorkerOutOfMemory(
                    "it ran out of memory (the system killed the worker)"
                ) from None
            self._replace(worker, "crash")
            raise WorkerCrashed(f"the worker crashed ({_exit_description(code)})") from None
        if answer == "ok":
            return payload
        if answer == "memory":
            self._replace(worker, "memory")
            cap = self.memory_limit_mb
            raise WorkerOutOfMemory(
                f"it ran out of memory (over the {cap} MB limit)" if cap else "it ran out of memory"
            )
        message, remote = payload
        raise EngineError(message, remote)

    def _wait_ready(self, worker: _Worker) -> None:
        """Block until a (new) worker has loaded the model; the time limit starts after."""
        if worker.ready:
            return
        assert worker.conn is not None
        if not wait([worker.conn, worker.process.sentinel], timeout=START_TIMEOUT):
            self._replace(worker, "start")
            raise WorkerStartError(f"a digest worker did not start in {START_TIMEOUT:.0f} s")
        try:
            answer, payload = worker.conn.recv()
        except (EOFError, OSError):
            worker.process.join(5)
            code = worker.process.exitcode
            self._replace(worker, "start")
            raise WorkerStartError(
                f"a digest worker died while starting ({_exit_description(code)})"
            ) from None
        if answer != "ready":
            self._replace(worker, "start")
            raise WorkerStartError(f"a digest worker could not start: {payload}")
        worker.ready = True

    # -- the workers ------------------------------------------------------------------------------

    def _spawn(self, worker: _Worker) -> None:
        """Start a fresh process in the slot; it loads the model, then says it is ready."""
        assert self._context is not None
        parent_end, child_end = self._context.Pipe(duplex=True)
        process = self._context.Process(
            target=worker_main,
            args=(child_end, self.model, self.memory_limit_mb),
            name="digest-worker",
            daemon=True,
        )
        process.start()
        child_end.close()  # so the parent sees EOF when the worker dies
        worker.process, worker.conn, worker.ready = process, parent_end, False

    def _replace(self, worker: _Worker, cause: str) -> None:
        """Kill the slot's process and start a fresh one (loading its model) in its place."""
        log.warning("digest worker %s replaced: %s", worker.process.pid, cause)
        worker.stop(kill=True)
        with self._idle:
            self.stats.replaced[cause] = self.stats.replaced.get(cause, 0) + 1
            closed = self._closed
        if not closed:
            self._spawn(worker)

    def _check_out(self, *, short: bool) -> _Worker:
        with self._idle:
            while True:
                if self._closed:
                    raise PoolClosed("the digest workers are shutting down")
                # Ready workers first (a fresh one is still loading its model), then the
                # unreserved: the reserved one stays free for the next short article.
                for worker in sorted(self._free, key=lambda w: (not w.ready, w.reserved)):
                    if short or not worker.reserved:
                        self._free.remove(worker)
                        return worker
                self._idle.wait()

    def _check_in(self, worker: _Worker) -> None:
        with self._idle:
            self._free.append(worker)
            self._idle.notify_all()

    def wait_ready(self) -> None:
        """Block until every worker has loaded its model (benchmarks, a warm start)."""
        if not self.processes:
            from digests.text.nlp import get_nlp

            get_nlp()
            return
        taken = [self._check_out(short=True) for _ in self._workers]
        try:
            for worker in taken:
                self._wait_ready(worker)
        finally:
            for worker in taken:
                self._check_in(worker)

    def pids(self) -> list[int]:
        """The worker processes' ids (tests and operators check they are there)."""
        with self._idle:
            return [w.process.pid for w in self._workers if w.process is not None]

    def close(self) -> None:
        """Stop every worker; a digest in progress is killed (its caller gets an error)."""
        with self._idle:
            if self._closed:
                return
            self._closed = True
            busy = [w for w in self._workers if w not in self._free]
            self._idle.notify_all()
        # Every worker is told at once, then all are waited for together: stopping takes
        # one worker's exit time, not the sum of them.
        for worker in self._workers:
            worker.begin_stop(kill=worker in busy)
        deadline = time.monotonic() + 5
        for worker in self._workers:
            worker.finish_stop(deadline)

    def __enter__(self) -> DigestPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _seconds(limit: float) -> str:
    return f"{limit:g}" if limit >= 1 else f"{limit:.3g}"


def _exit_description(code: int | None) -> str:
    if code is None:
        return "no exit code"
    if code < 0:
        try:
            return f"signal {signal.Signals(-code).name}"
        except ValueError:
            return f"signal {-code}"
    return f"exit code {code}"
