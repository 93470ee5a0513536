"""`FolderWatcher`: notices articles dropped into `WATCH_DIR` and hands each stable file over.

A watchdog observer notes every file that appears or changes; a poller hands a file to the
handler only once its size and mtime have stayed the same for `stable_seconds`, so a file
still being copied in is never read half-way. Two events say a file is whole sooner: it was
renamed into the folder (how careful tools deliver a file: write elsewhere, then move), so it
is taken at once; or its writer closed it after writing (inotify's IN_CLOSE_WRITE), so it is
taken once it has stayed the same for one poll. Any later change restarts the full wait.
What the handler accepts moves to `processed/`; what it refuses (an `ArticleError`, or a
file that is not a plain article) moves to `failed/` with a `<name>.error.txt` beside it.
Nothing is ever deleted.

Sub-folders named in `channels` post to their own channel; the top level posts to
`default_channel`. Each watched folder has its own `processed/` and `failed/`.

Not handled here: reading or posting a file (`bot.intake.folder` does, through the article
loader and the digest service), or idempotency. A crash between posting and moving the file
means the same file is handed over again after a restart; the handler (through the store)
must recognise it.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver
from watchdog.utils import platform

from digests import ArticleError
from digests.text.article import check_file

log = logging.getLogger(__name__)

ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".url"})
PROCESSED_DIR = "processed"
FAILED_DIR = "failed"
ERROR_SUFFIX = ".error.txt"
# Names editors, browsers and copy tools give to files that are not finished yet.
TEMP_PREFIXES = (".", "~", "#")
TEMP_SUFFIXES = (
    "~",
    "#",
    ".tmp",
    ".temp",
    ".part",
    ".partial",
    ".crdownload",
    ".download",
    ".swp",
    ".swx",
    ".bak",
)

# handler(path, channel): returns when the article is posted; ArticleError = refuse the file.
FileHandler = Callable[[Path, str], None]
# gave_up(path, channel, reason): the watcher stopped retrying the file and moves it to failed/.
GiveUpHook = Callable[[Path, str, str], None]


def is_candidate_name(name: str) -> bool:
    """True for names that may be articles: not hidden, not temporary, a known suffix."""
    lowered = name.lower()
    if lowered.startswith(TEMP_PREFIXES) or lowered.endswith(TEMP_SUFFIXES):
        return False
    return Path(lowered).suffix in ARTICLE_SUFFIXES


def unique_destination(folder: Path, name: str) -> Path:
    """`folder/name`, or `folder/stem-2.ext`... when that name is taken: never overwrite."""
    candidate = folder / name
    stem, suffix = os.path.splitext(name)
    n = 1
    while candidate.exists() or candidate.is_symlink():
        n += 1
        candidate = folder / f"{stem}-{n}{suffix}"
    return candidate


def move_aside(path: Path, folder: Path, *, reason: str | None = None) -> Path:
    """Move `path` (file, directory or the symlink itself) into `folder`; note the reason."""
    folder.mkdir(parents=True, exist_ok=True)
    dest = unique_destination(folder, path.name)
    if reason is not None:
        # The note first: a kill in between leaves the file in place, to be tried again.
        note = dest.with_name(dest.name + ERROR_SUFFIX)
        note.write_text(reason.rstrip() + "\n", encoding="utf-8")
    os.replace(path, dest)
    return dest


@dataclass
class _Pending:
    """A path seen on disk and the (size, mtime) it had when last looked at."""

    signature: tuple[int, int] | None = None
    stable_since: float = 0.0
    not_before: float = 0.0
    attempts: int = 0
    # How long the file must stay the same before it is taken; None: `stable_seconds`.
    settle: float | None = None
    # Events seen for the path: one arriving while it is handled keeps it pending.
    events: int = 0


class FolderWatcher:
    """Watch `root` (and the sub-folders in `channels`) and hand stable files to `handler`."""

    def __init__(
        self,
        root: str | Path,
        handler: FileHandler,
        *,
        default_channel: str | None,
        channels: Mapping[str, str] | None = None,
        stable_seconds: float = 1.0,
        poll_seconds: float = 0.25,
        rescan_seconds: float = 60.0,
        workers: int = 2,
        max_attempts: int = 3,
        retry_seconds: float = 5.0,
        gave_up: GiveUpHook | None = None,
    ) -> None:
        self.root = Path(root).absolute()
        self.handler = handler
        # Told when a file is moved to failed/ after `max_attempts` (FolderIntake.gave_up
        # keeps the store honest).
        self.gave_up = gave_up
        self.default_channel = default_channel or None
        self.channels = dict(channels or {})
        self.stable_seconds = stable_seconds
        self.poll_seconds = poll_seconds
        self.rescan_seconds = rescan_seconds
        self.max_attempts = max_attempts
        self.retry_seconds = retry_seconds
        self._workers = workers
        self._pending: dict[Path, _Pending] = {}
        self._in_flight: set[Path] = set()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._observer: Observer | None = None
        self._poller: threading.Thread | None = None
        self._pool: ThreadPoolExecutor | None = None

    # -- where things go ------------------------------------------------------------------

    def watched_folders(self) -> dict[Path, str]:
        """Each folder whose files are articles, with the channel they are posted to."""
        folders = {self.root / sub: channel for sub, channel in self.channels.items() if channel}
        if self.default_channel:
            folders[self.root] = self.default_channel
        return folders

    def channel_for(self, path: Path) -> str | None:
        """The channel a file in a watched folder goes to; None outside them."""
        return self.watched_folders().get(path.parent)

    def _is_watchable(self, path: Path) -> bool:
        return is_candidate_name(path.name) and self.channel_for(path) is not None

    # -- lifecycle ------------------------------------------------------------------------

    def start(self) -> None:
        """Create the folders, start watching, then queue what arrived while we were down."""
        self.root.mkdir(parents=True, exist_ok=True)
        for folder in self.watched_folders():
            folder.mkdir(parents=True, exist_ok=True)
        self._stop.clear()
        self._pool = ThreadPoolExecutor(max_workers=self._workers, thread_name_prefix="folder")
        observer = _new_observer()
        sink = _EventSink(self)
        for folder in self.watched_folders():  # not recursive: processed/ and failed/ stay quiet
            observer.schedule(sink, str(folder), recursive=False)
        observer.daemon = True
        observer.start()
        self._observer = observer
        self.scan()
        self._poller = threading.Thread(target=self._poll_loop, name="folder-poll", daemon=True)
        self._poller.start()
        log.info("watching %s for articles", self.root)

    def stop(self, timeout: float = 10.0) -> None:
        """Stop watching; a file being posted is finished, queued ones wait for next start."""
        self._stop.set()
        if self._observer is not None:
            self._observer.stop()
            self._observer.join(timeout)
            self._observer = None
        if self._poller is not None:
            self._poller.join(timeout)
            self._poller = None
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        with self._lock:  # files queued but not started are found again by the next scan
            self._in_flight.clear()
            self._pending.clear()

    def __enter__(self) -> FolderWatcher:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- noticing files -------------------------------------------------------------------

    def scan(self) -> int:
        """Queue every candidate already in the watched folders (start-up, and as a safety net)."""
        found = 0
        for folder in self.watched_folders():
            try:
                entries = sorted(folder.iterdir(), key=_arrival_order)
            except OSError:
                continue
            for path in entries:  # oldest first: files are posted in the order they arrived
                if self._is_watchable(path):
                    self.notice(path)
                    found += 1
        return found

    def notice(self, path: Path, *, settle: float | None = None) -> None:
        """Remember that `path` appeared or changed; the poller decides when it is ready.

        `settle` shortens the wait when the event says the file is whole (0: moved in, take
        it at the next poll); None restarts the full `stable_seconds` wait.
        """
        path = Path(path)
        if not self._is_watchable(path):
            return
        with self._lock:
            entry = self._pending.setdefault(path, _Pending())
            entry.events += 1
            entry.settle = settle
            if settle is None:
                entry.signature = None  # any change restarts the stability wait
            else:  # as it is now; a change before it is taken still restarts the wait
                entry.signature, entry.stable_since = _signature(path), time.monotonic()

    def notice_whole(self, path: Path, *, moved_in: bool) -> None:
        """`path` was renamed into the folder (`moved_in`) or closed by its writer: it need
        not wait `stable_seconds`. A closed file still waits one poll, for a writer that
        reopens it at once."""
        self.notice(path, settle=0.0 if moved_in else min(self.poll_seconds, self.stable_seconds))

    def idle(self) -> bool:
        """Nothing pending and nothing being handled."""
        with self._lock:
            return not self._pending and not self._in_flight

    def busy(self) -> bool:
        """A file is being handled right now."""
        with self._lock:
            return bool(self._in_flight)

    def _poll_loop(self) -> None:
        last_scan = time.monotonic()
        while not self._stop.wait(self.poll_seconds):
            try:
                self._dispatch_ready()
                if time.monotonic() - last_scan >= self.rescan_seconds:
                    last_scan = time.monotonic()
                    self.scan()
            except Exception:  # the poller must outlive any one bad file
                log.exception("folder poller error")

    def _dispatch_ready(self) -> None:
        now = time.monotonic()
        ready: list[tuple[Path, int]] = []
        with self._lock:
            for path, entry in list(self._pending.items()):
                if path in self._in_flight or now < entry.not_before:
                    continue
                signature = _signature(path)
                if signature is None:  # gone (moved away or deleted by the user)
                    del self._pending[path]
                    continue
                if signature != entry.signature:
                    entry.signature, entry.stable_since = signature, now
                    continue
                settle = self.stable_seconds if entry.settle is None else entry.settle
                if now - entry.stable_since >= settle:
                    self._in_flight.add(path)
                    ready.append((path, entry.events))
        for path, events in ready:
            if self._pool is None:
                with self._lock:
                    self._in_flight.discard(path)
                return
            self._pool.submit(self._process, path, events)

    # -- handling one file ----------------------------------------------------------------

    def _process(self, path: Path, events: int) -> None:
        """Handle one file; `events` is how many events it had when it was taken, so one that
        arrives meanwhile (a new file under the same name) keeps it pending."""
        retry = False
        try:
            retry = self._handle(path)
        except Exception:
            log.exception("unexpected error on %s", path)
            retry = True
        finally:
            with self._lock:
                self._in_flight.discard(path)
                entry = self._pending.get(path)
                if entry is not None and not retry:
                    if entry.events == events:  # else: changed, or a new file, meanwhile
                        del self._pending[path]
                elif entry is not None:
                    entry.signature, entry.settle = None, None
                    entry.not_before = time.monotonic() + self.retry_seconds

    def _handle(self, path: Path) -> bool:
        """Process one stable file; True when it should be tried again later."""
        channel = self.channel_for(path)
        if channel is None or not (path.exists() or path.is_symlink()):
            return False
        folder = path.parent
        refusal = self.refusal_for(path)
        if refusal:
            self._fail(path, folder, refusal)
            return False
        try:
            self.handler(path, channel)
        except ArticleError as e:
            self._fail(path, folder, str(e))
            return False
        except Exception as e:
            with self._lock:
                entry = self._pending.get(path)
                attempts = entry.attempts + 1 if entry else self.max_attempts
                if entry is not None:
                    entry.attempts = attempts
            if attempts < self.max_attempts:
                log.warning("%s: %s; will retry (%d/%d)", path.name, e, attempts, self.max_attempts)
                return True
            reason = f"gave up after {attempts} attempts: {e}"
            if self.gave_up is not None:
                try:
                    self.gave_up(path, channel, reason)
                except Exception:  # the file still moves aside; the store stays `claimed`
                    log.exception("%s: could not record the failure", path.name)
            self._fail(path, folder, reason)
            return False
        if path.exists() or path.is_symlink():
            move_aside(path, folder / PROCESSED_DIR)
        log.info("%s: posted to %s", path.name, channel)
        return False

    def refusal_for(self, path: Path) -> str | None:
        """Why `path` is not an article we will read, before opening it; None when fine."""
        if path.is_symlink():
            target = Path(os.path.realpath(path))
            if not target.is_relative_to(self.root.resolve()):
                return f"{path.name}: a symlink pointing outside the watched folder ({target})"
            return f"{path.name}: a symlink; copy the file itself into the folder"
        try:
            check_file(path, label=path.name)  # the article loader's own file checks
        except ArticleError as e:
            return str(e)
        return None

    def _fail(self, path: Path, folder: Path, reason: str) -> None:
        log.warning("%s -> %s/: %s", path.name, FAILED_DIR, reason)
        move_aside(path, folder / FAILED_DIR, reason=reason)


def _new_observer() -> BaseObserver:
    """The platform's observer. On Linux, one with inotify's full events: a file moved in
    from an unwatched folder is then reported as a move (so taken at once), not as a file
    created empty."""
    if platform.is_linux():
        try:
            from watchdog.observers.inotify import InotifyObserver
        except Exception:  # no usable inotify: the platform's default (polling)
            return Observer()
        if Observer is InotifyObserver:
            return InotifyObserver(generate_full_events=True)
    return Observer()


def _arrival_order(path: Path) -> tuple[int, str]:
    signature = _signature(path)
    return (signature[1] if signature else 0, path.name)


def _signature(path: Path) -> tuple[int, int] | None:
    try:
        st = path.lstat()
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns)


class _EventSink(FileSystemEventHandler):
    """Turns watchdog events into `FolderWatcher.notice` calls; nothing else."""

    def __init__(self, watcher: FolderWatcher) -> None:
        self.watcher = watcher

    def on_any_event(self, event: FileSystemEvent) -> None:
        """Any creation, change or move in a watched folder: the path may be a new article.
        A move's destination and a file closed after writing are whole already."""
        kind = event.event_type
        if kind in ("deleted", "opened", "closed_no_write"):
            return
        if kind == "closed":
            self.watcher.notice_whole(Path(os.fsdecode(event.src_path)), moved_in=False)
            return
        if event.src_path:  # for a move: the old name (gone, so dropped by the poller)
            self.watcher.notice(Path(os.fsdecode(event.src_path)))
        if kind == "moved" and event.dest_path:
            self.watcher.notice_whole(Path(os.fsdecode(event.dest_path)), moved_in=True)
