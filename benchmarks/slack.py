"""Slack app speed, against the local Slack stand-in (nothing leaves 127.0.0.1).

The real Bolt app runs in HTTP mode on loopback with a temporary SQLite store; articles are
served by a loopback web server, so each figure includes fetching, extraction, the digest and
every Web API call. Reports:
    - app_mention -> last thread reply posted (median, p95, max over distinct articles)
    - slash-command acknowledgement time while digests are being built in the digest worker
      processes (DIGEST_PROCESSES; Slack's limit: 3 s)

    .venv/bin/python -c "import benchmarks.slack as b; b.run()"     (or: make bench)
"""

from __future__ import annotations

import html
import statistics
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

MENTIONS = 12
ACKS = 20
SIGNING_SECRET = "bench-signing-secret"
CHANNEL = "C0BENCH"

# Made-up people and places; each article combines them differently.
CAST = [
    ("Mayor", "Jane Ortiz"),
    ("Governor", "Luis Romero"),
    ("union leader", "Sam Patel"),
    ("Councillor", "Rosa Alvarez"),
    ("Senator", "Mark Lindqvist"),
    ("Police Chief", "Omar Haddad"),
]
TOPICS = ["the transit strike", "the harbor cleanup", "the school budget", "the bridge repairs"]
PLACES = ["City Hall", "the state capitol", "the north library", "the harbor office"]


def article(i: int, *, paragraphs: int = 6) -> tuple[str, list[str]]:
    """A short news story with a meeting, a demand and attributed quotes."""
    (t1, a), (t2, b) = CAST[i % len(CAST)], CAST[(i + 1) % len(CAST)]
    topic, place = TOPICS[i % len(TOPICS)], PLACES[(i // 2) % len(PLACES)]
    last_a, last_b = a.split()[-1], b.split()[-1]
    body = [
        f"{t1} {a} met {t2.lower()} {b} on Tuesday at {place} to discuss {topic} (story {i}).",
        f'"We will keep working until {topic} is settled," {last_a} said after the meeting.',
        f"{last_b} urged {last_a} to publish the full plan before the vote next month.",
        f'"People deserve to see the numbers," {last_b} said.',
    ]
    for k in range(max(0, paragraphs - len(body))):
        body.append(
            f"Residents who attended the hearing number {k} asked about {topic}, and "
            f'"nobody has answered them yet," {last_b} told reporters.'
        )
    return f"Story {i}: talks on {topic}", body


class _Site:
    def __init__(self) -> None:
        self.pages: dict[str, bytes] = {}
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                body = site.pages.get(self.path)
                self.send_response(200 if body else 404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body or b"")))
                self.end_headers()
                self.wfile.write(body or b"")

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True).start()

    def add(self, path: str, title: str, paragraphs: list[str]) -> str:
        paras = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
        self.pages[path] = (
            f"<!doctype html><html><head><title>{html.escape(title)}</title></head><body>"
            f"<article><h1>{html.escape(title)}</h1>{paras}</article></body></html>"
        ).encode()
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"


def _wait_complete(store, ts: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(p.reply_to_ts == ts and p.completed for p in store.posts_since(CHANNEL)):
            return
        time.sleep(0.005)
    raise TimeoutError(f"digest for mention {ts} not completed in {timeout}s")


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def run() -> None:
    from bot.app import create_app, serve_http
    from bot.services import build_services
    from bot.settings import Settings
    from tests.slack_standin import SlackSender, SlackStandIn

    with tempfile.TemporaryDirectory() as tmp, SlackStandIn() as slack:
        site = _Site()
        settings = Settings(
            _env_file=None,
            slack_bot_token=slack.bot_token,
            slack_signing_secret=SIGNING_SECRET,
            slack_api_url=slack.api_url,
            database_url=f"sqlite:///{Path(tmp) / 'bench.db'}",
            allow_private_urls=True,
        )
        services = build_services(settings)
        app = create_app(settings, services)
        server, _ = serve_http(app, host="127.0.0.1", port=0)
        sender = SlackSender(
            f"http://127.0.0.1:{server.server_address[1]}/slack/events", SIGNING_SECRET
        )
        store = services.store
        try:
            # Warm-up: loads the spaCy model once, as the first request after start-up does.
            url = site.add("/warm", *article(999))
            t0 = time.monotonic()
            event, _ = sender.mention(f"<{url}>", channel=CHANNEL)
            _wait_complete(store, event["ts"])
            cold = time.monotonic() - t0

            latencies, replies = [], []
            for i in range(MENTIONS):
                url = site.add(f"/story/{i}", *article(i))
                t0 = time.monotonic()
                event, delivery = sender.mention(f"<{url}>", channel=CHANNEL)
                assert delivery.status == 200
                _wait_complete(store, event["ts"])
                thread = slack.posts(thread_ts=event["ts"])
                latencies.append(max(c.at for c in thread) - t0)
                replies.append(len(thread) - 1)

            # Slash commands acked while long digests are being built in the background.
            busy_urls = [site.add(f"/long/{i}", *article(100 + i, paragraphs=60)) for i in range(4)]
            busy = []
            for u in busy_urls:
                event, _ = sender.mention(f"<{u}>", channel=CHANNEL)
                busy.append(event["ts"])
            acks, acks_help = [], []
            for i in range(ACKS):
                u = site.add(f"/queued/{i}", *article(200 + i))
                d = sender.command(f"<{u}>", channel=CHANNEL, response_url=slack.response_url())
                assert d.status == 200
                acks.append(d.elapsed)
                h = sender.command("help", channel=CHANNEL, response_url=slack.response_url())
                acks_help.append(h.elapsed)
            still_building = sum(
                1
                for ts in busy
                if not any(p.reply_to_ts == ts and p.completed for p in store.posts_since(CHANNEL))
            )
            for ts in busy:
                _wait_complete(store, ts, timeout=300)
        finally:
            server.shutdown()
            services.close()

    ms = 1000.0
    print("Slack app (stand-in on 127.0.0.1, HTTP mode, real fetch + engine + Web API calls)")
    print(f"  first mention after start (loads spaCy): {cold * ms:7.0f} ms")
    print(
        f"  app_mention -> last thread reply, {MENTIONS} articles "
        f"({statistics.mean(replies):.1f} quote replies each): "
        f"median {statistics.median(latencies) * ms:.0f} ms, "
        f"p95 {_pct(latencies, 0.95) * ms:.0f} ms, max {max(latencies) * ms:.0f} ms"
    )
    print(
        f"  /digest <link> ack while digests are built ({still_building} of {len(busy)} long "
        f"digests still running when the acks finished), {ACKS} commands: "
        f"median {statistics.median(acks) * ms:.0f} ms, p99 {_pct(acks, 0.99) * ms:.0f} ms, "
        f"max {max(acks) * ms:.0f} ms (Slack's limit 3000 ms)"
    )
    print(
        f"  /digest help ack meanwhile: median {statistics.median(acks_help) * ms:.0f} ms, "
        f"p99 {_pct(acks_help, 0.99) * ms:.0f} ms, max {max(acks_help) * ms:.0f} ms"
    )


if __name__ == "__main__":
    run()
