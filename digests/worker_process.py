"""What runs inside a digest worker process (`digests.workers` supervises it from the parent).

A worker loads the model once, then builds one digest per job sent down its pipe and answers
with the digest or with why there is none; a `MemoryError` ends it, since its heap may be in
pieces. Kept apart from the pool so the child's whole life reads on one page.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import traceback
from dataclasses import dataclass
from multiprocessing.connection import Connection

from digests.model import Digest

# prctl(2)'s option: the signal this process gets when its parent dies.
_PR_SET_PDEATHSIG = 1


@dataclass(frozen=True)
class Job:
    text: str
    title: str | None
    source: str | None


def build(job: Job) -> Digest:
    """The engine on one job. Imported here, not with this module: a caller whose digests
    are all built in workers (the CLI's `--jobs N`) never imports spaCy itself; the fork
    server has imported the engine before any worker is forked."""
    from digests.engine import build_digest

    return build_digest(job.text, title=job.title, source=job.source)


def _die_with_parent() -> None:
    """Ask Linux to SIGKILL this process when the process that forked it (the forkserver,
    which exits with the bot) goes away. Elsewhere a no-op: the pipe's EOF ends idle workers."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def worker_main(conn: Connection, model: str | None, memory_limit_mb: int | None) -> None:
    """A worker's whole life: load the model once, then digest jobs until told to stop."""
    _die_with_parent()
    try:
        if memory_limit_mb:
            import resource

            limit = memory_limit_mb * 2**20
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        from digests.text.nlp import get_nlp, loaded_model, use_model

        if model and loaded_model() != model:
            use_model(model)  # not the one the fork server loaded (see preload_model)
        get_nlp()
    except BaseException as e:  # noqa: BLE001 - reported to the parent, which decides
        conn.send(("start_failed", f"{type(e).__name__}: {e}"))
        return
    conn.send(("ready", os.getpid()))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return  # the parent went away
        if job is None:
            return
        try:
            digest = build(job)
        except MemoryError:
            conn.send(("memory", ""))
            return  # the heap may be in pieces: the parent starts a fresh worker
        except Exception as e:  # noqa: BLE001 - an engine bug on one article
            conn.send(("error", (f"{type(e).__name__}: {e}", traceback.format_exc())))
            continue
        conn.send(("ok", digest))
