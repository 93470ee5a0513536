"""Folder intake under load: 200 articles dropped into WATCH_DIR at once.

Runs the real bot (Bolt app in HTTP mode on 127.0.0.1, real store on a temporary SQLite
file, real watcher and scheduler from the start-up hooks) against the Slack stand-in, and
reports:
    - seconds from the drop until every digest (parent and thread replies) is posted
    - articles per second
    - peak RSS of the bot with its digest worker processes (DIGEST_PROCESSES, default one
      per CPU), summed
    - slash-command acknowledgement times meanwhile (`/digest help`, `/digest schedule list`),
      median, p99 and max

    .venv/bin/python -c "import benchmarks.folder as b; b.run()"
"""

from __future__ import annotations

import contextlib
import os
import statistics
import tempfile
import threading
import time
from pathlib import Path

ARTICLES = 200
CHANNEL = "C0BENCH"
SIGNING_SECRET = "bench-signing-secret"
TIMEOUT_SECONDS = 900

# Made-up names and places; each article combines them differently.
PEOPLE = [
    ("Mayor", "Jane Ortiz"),
    ("Governor", "Luis Romero"),
    ("union leader", "Sam Patel"),
    ("Councillor", "Rosa Alvarez"),
    ("Senator", "Mark Lindqvist"),
    ("engineer", "Dana Kim"),
    ("Police Chief", "Omar Haddad"),
    ("school board chair", "Priya Nair"),
]
PLACES = ["City Hall", "the harbour office", "the state capitol", "the north library"]
TOPICS = ["the transit strike", "the harbour cleanup", "the school budget", "the bridge repairs"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def article_text(i: int) -> str:
    """A short news story (about 250 words) with people, a meeting, a demand and quotes."""
    (role_a, a), (role_b, b) = PEOPLE[i % len(PEOPLE)], PEOPLE[(i * 3 + 1) % len(PEOPLE)]
    if a == b:
        role_b, b = PEOPLE[(i + 1) % len(PEOPLE)]
    place, topic, day = PLACES[i % 4], TOPICS[(i // 4) % 4], DAYS[i % 5]
    last_a, last_b = a.split()[-1], b.split()[-1]
    paragraphs = [
        f"Update {i}: talks on {topic} continue",
        f"{role_a} {a} met {role_b} {b} on {day} at {place} to discuss {topic}, "
        f"the {i}th round of talks this year.",
        f'"We are closer than we were a week ago," {last_a} said after the meeting.',
        f"{last_b} urged {last_a} to publish the full cost estimates before the next vote.",
        f'"People deserve to see the numbers before anyone asks them to pay," {last_b} said.',
        f"The two sides agreed to meet again next {DAYS[(i + 2) % 5]} at {PLACES[(i + 1) % 4]}.",
        "Residents who attended the session asked both leaders to hold an open hearing, "
        "and several business owners said the delays had already cost them customers.",
        f'"We will hold that hearing," {last_a} said. "Nobody should learn about this from '
        'rumours."',
        f"Observers said the outcome of {topic} would shape the budget for the coming year.",
    ]
    return "\n".join(paragraphs)


class PeakRss:
    """Samples the resident memory of this process and its children (the digest workers)
    every 50 ms, summed; keeps the peak."""

    def __init__(self) -> None:
        import psutil

        self._psutil = psutil
        self._process = psutil.Process()
        self._children: list | None = None
        self.peak = self._rss()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _rss(self) -> int:
        total = self._process.memory_info().rss
        # Listing children scans /proc; the bench's workers never change, so do it once.
        if self._children is None:
            self._children = self._process.children(recursive=True)
        for child in self._children:
            with contextlib.suppress(self._psutil.Error):  # a worker being replaced
                total += child.memory_info().rss
        return total

    def _sample(self) -> None:
        while not self._stop.wait(0.05):
            self.peak = max(self.peak, self._rss())

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._rss())


class CommandPinger:
    """Sends signed `/digest` commands every 200 ms and records how long each ack took."""

    def __init__(self, sender, texts: list[str]) -> None:
        self.sender = sender
        self.texts = texts
        self.latencies: list[float] = []
        self.failures = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        n = 0
        while not self._stop.wait(0.2):
            delivery = self.sender.command(self.texts[n % len(self.texts)], channel=CHANNEL)
            n += 1
            if delivery.status == 200:
                self.latencies.append(delivery.elapsed)
            else:
                self.failures += 1

    def __enter__(self) -> CommandPinger:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def _cpu(process) -> float:
    times = process.cpu_times()
    return times.user + times.system


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def row(label: str, value: str) -> None:
    print(f"  {label:<26}{value}")


def run() -> None:
    import psutil
    from sqlalchemy import func, select

    from bot import background
    from bot.app import create_app, serve_http
    from bot.services import build_services
    from bot.settings import Settings
    from bot.storage.tables import PostRow
    from tests.slack_standin import SlackSender, SlackStandIn

    print(f"folder intake: {ARTICLES} articles dropped at once into WATCH_DIR")
    with tempfile.TemporaryDirectory(prefix="digest-bench-") as tmp, SlackStandIn() as slack:
        root = Path(tmp)
        inbox, staging = root / "inbox", root / "staging"
        staging.mkdir()
        settings = Settings(
            _env_file=None,
            slack_bot_token=slack.bot_token,
            slack_signing_secret=SIGNING_SECRET,
            slack_api_url=slack.api_url,
            database_url=f"sqlite:///{root / 'bot.db'}",
            watch_dir=str(inbox),
            digest_channel=CHANNEL,
        )
        services = build_services(settings)
        app = create_app(settings, services)
        server, _ = serve_http(app, host="127.0.0.1", port=0)
        sender = SlackSender(
            f"http://127.0.0.1:{server.server_address[1]}/slack/events", SIGNING_SECRET
        )
        background.start(services)
        store = services.store

        for i in range(ARTICLES):
            (staging / f"update-{i:03d}.txt").write_text(article_text(i), encoding="utf-8")
        # The workers load the model first: the bench measures intake, not model loading.
        services.digests.pool.wait_ready()

        finished_posts = (
            select(func.count())
            .select_from(PostRow)
            .where(PostRow.channel == CHANNEL, PostRow.intake == "folder")
            .where(PostRow.completed_at.is_not(None))
        )

        def done() -> int:
            # One COUNT, not every post as records: the bench's polling must not load the bot.
            with store.engine.connect() as connection:
                return connection.execute(finished_posts).scalar_one()

        workers = [psutil.Process(pid) for pid in services.digests.pool.pids()]
        cpu_before = _cpu(psutil.Process()), sum(_cpu(w) for w in workers)
        with PeakRss() as rss, CommandPinger(sender, ["help", "schedule list"]) as pinger:
            start = time.perf_counter()
            for path in sorted(staging.iterdir()):
                os.replace(path, inbox / path.name)  # atomic: every file lands complete
            first_post = None
            deadline = start + TIMEOUT_SECONDS
            while time.perf_counter() < deadline:
                finished = done()
                if first_post is None and finished:
                    first_post = time.perf_counter() - start
                if finished >= ARTICLES:
                    break
                time.sleep(0.1)
            elapsed = time.perf_counter() - start
        bot_cpu = _cpu(psutil.Process()) - cpu_before[0]
        worker_cpu = sum(_cpu(w) for w in workers if w.is_running()) - cpu_before[1]

        finished = done()
        processed = len(list((inbox / "processed").glob("*.txt")))
        parents = [c for c in slack.posts(CHANNEL) if not c.get("thread_ts")]
        replies = len(slack.posts(CHANNEL)) - len(parents)
        lat = pinger.latencies
        stable = settings.watch_stable_seconds
        row("stability wait per file", f"{stable:.1f} s (WATCH_STABLE_SECONDS)")
        row("posted", f"{finished}/{ARTICLES} digests, {processed} files in processed/")
        row("Slack messages", f"{len(parents)} parents + {replies} thread replies")
        row("first digest complete", f"{first_post or float('nan'):.2f} s after the drop")
        row("all digests complete", f"{elapsed:.2f} s")
        row("throughput", f"{finished / elapsed:.2f} articles/s")
        row("digest processes", f"{services.digests.pool.processes} (DIGEST_PROCESSES)")
        row("peak RSS, bot + workers", f"{rss.peak / 2**20:.0f} MiB")
        if lat:
            median, p99 = statistics.median(lat) * 1000, _percentile(lat, 0.99) * 1000
            row(
                "/digest acks meanwhile",
                f"n={len(lat)}, median {median:.0f} ms, p99 {p99:.0f} ms, "
                f"max {max(lat) * 1000:.0f} ms, failed {pinger.failures}",
            )
        # Where the CPU went: the bot (stand-in, HTTP, store, posting) and the workers (NLP).
        row(
            "CPU per article",
            f"bot process {bot_cpu / ARTICLES * 1000:.0f} ms (stand-in included), "
            f"workers {worker_cpu / ARTICLES * 1000:.0f} ms",
        )
        row("load average after", f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
        if finished < ARTICLES or len(parents) != finished:
            print("  WARNING: not every article was posted exactly once")

        server.shutdown()
        server.server_close()
        services.close()


if __name__ == "__main__":
    run()
