"""Poison articles: one that stops a digest worker (a timeout) or the whole bot (SIGKILL)
twice is moved to failed/ with the reason and never taken up again, at start-up included,
while the bot goes on serving. Real worker processes, the real folder pipeline, a real
SIGKILL of a bot process, the Slack stand-in; nothing mocked.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import psutil
from sqlalchemy import select

from bot import background
from bot.app import create_app
from bot.intake.folder import FolderIntake
from bot.services import build_services
from bot.storage.store import Store
from bot.storage.tables import DigestAttemptRow
from digests.workers import DigestPool
from tests.bot.conftest import (
    FOLDER,
    FOLDER_ARTICLE,
    ROOT,
    bot_settings,
    folder_watcher,
    kill,
    new_service,
    parents,
    serve,
    wait_for,
)
from tests.slack_standin import SlackStandIn

PEOPLE = [("Mayor", "Irena Valdes"), ("harbour master", "Tomas Reyka"), ("engineer", "Lia Okoro")]


def heavy_article(parts: int) -> str:
    """A long made-up article: many short reports in one text (seconds for a worker)."""
    lines = ["Harbour dispute drags on"]
    for i in range(parts):
        (role_a, a), (role_b, b) = PEOPLE[i % 3], PEOPLE[(i + 1) % 3]
        lines += [
            f"{role_a} {a} met {role_b} {b} on Monday at the pier office, session {i}.",
            f'"We are not there yet," {a.split()[-1]} said after session {i}.',
            f"{b.split()[-1]} urged the council to publish the harbour accounts.",
        ]
    return "\n".join(lines)


def test_an_article_that_times_out_a_worker_twice_is_failed_and_never_retried(
    slack: SlackStandIn, tmp_path: Path
) -> None:
    inbox, db_url = tmp_path / "inbox", f"sqlite:///{tmp_path / 'bot.db'}"
    with DigestPool(1, time_limit=1) as pool:
        service = new_service(slack, db_url, pool=pool)
        try:
            with folder_watcher(inbox, service):
                heavy = heavy_article(400)  # seconds of parsing: over the 1 s limit
                (inbox / "heavy.txt").write_text(heavy, encoding="utf-8")
                note = inbox / "failed" / "heavy.txt.error.txt"
                # The note is written before the file moves: the moved file means it is done.
                wait_for((inbox / "failed" / "heavy.txt").exists, timeout=60, what="failed/")
                reason = note.read_text(encoding="utf-8")
                assert "took longer than 1 s, twice" in reason, reason
                assert pool.stats.replaced == {"timeout": 2}

                # The same article again (another name, same text): refused at once.
                (inbox / "heavy-again.txt").write_text(heavy, encoding="utf-8")
                again = inbox / "failed" / "heavy-again.txt.error.txt"
                wait_for((inbox / "failed" / "heavy-again.txt").exists, timeout=30, what="again")
                assert "took longer than 1 s, twice" in again.read_text(encoding="utf-8")
                assert pool.stats.replaced == {"timeout": 2}  # not tried a third time

                # The bot keeps serving.
                (inbox / "tram.txt").write_text(FOLDER_ARTICLE, encoding="utf-8")
                wait_for((inbox / "processed" / "tram.txt").exists, timeout=60, what="tram")
            [parent] = parents(slack)
            assert "Harbour tram line approved" in parent.all_text()
        finally:
            service.store.close()


# -- a real kill of the bot, twice, while it digests ---------------------------------------------

BOT_SCRIPT = textwrap.dedent(
    """
    import sys, time
    from bot import background
    from bot.services import build_services
    from bot.settings import Settings

    def main():
        inbox, db_url, api_url, token, channel = sys.argv[1:6]
        settings = Settings(
            _env_file=None, slack_bot_token=token, slack_signing_secret="unused",
            slack_api_url=api_url, database_url=db_url, watch_dir=inbox,
            digest_channel=channel, watch_stable_seconds=0.1, slack_max_retries=1,
            digest_processes=1, digest_time_limit=600,
        )
        services = build_services(settings)
        background.start(services)
        print("ready", *services.digests.pool.pids(), flush=True)
        while True:
            time.sleep(1)

    if __name__ == "__main__":
        main()
    """
)


def spawn_bot(slack: SlackStandIn, inbox: Path, db_url: str) -> tuple[subprocess.Popen, list[int]]:
    """The bot (folder intake, one digest worker) in its own process; and its workers' pids."""
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            BOT_SCRIPT,
            str(inbox),
            db_url,
            slack.api_url,
            slack.bot_token,
            FOLDER,
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.stdout is not None
    first, *workers = proc.stdout.readline().split()
    assert first == b"ready"
    return proc, [int(w) for w in workers]


def unfinished_digests(db_url: str) -> int:
    """The count of digests begun on article text and never ended (0 when none)."""
    store = Store(db_url)
    try:
        with store.session() as s:
            rows = s.scalars(select(DigestAttemptRow).where(DigestAttemptRow.key.like("text:%")))
            return max((r.attempts for r in rows), default=0)
    finally:
        store.close()


def test_a_file_the_bot_was_killed_digesting_twice_is_failed_at_the_next_start(
    slack: SlackStandIn, tmp_path: Path
) -> None:
    inbox, db_url = tmp_path / "inbox", f"sqlite:///{tmp_path / 'bot.db'}"
    inbox.mkdir()
    (inbox / "heavy.txt").write_text(heavy_article(400), encoding="utf-8")
    Store(db_url).close()  # the schema, before two processes read the database

    for attempt in (1, 2):
        proc, workers = spawn_bot(slack, inbox, db_url)
        try:
            # Counted before the digest starts, so the kill lands mid-digest.
            wait_for(lambda n=attempt: unfinished_digests(db_url) == n, timeout=60, what="digest")
        finally:
            kill(proc)
        # The worker dies with the bot: no orphan goes on parsing.
        wait_for(lambda ws=workers: not any(_alive(w) for w in ws), timeout=60, what="worker gone")
        assert (inbox / "heavy.txt").exists()  # still in the inbox, claimed

    proc, _ = spawn_bot(slack, inbox, db_url)
    try:
        note = inbox / "failed" / "heavy.txt.error.txt"
        wait_for((inbox / "failed" / "heavy.txt").exists, timeout=60, what="failed/heavy.txt")
        reason = note.read_text(encoding="utf-8")
        assert "the bot stopped while digesting it" in reason and "twice" in reason, reason
        (inbox / "tram.txt").write_text(FOLDER_ARTICLE, encoding="utf-8")  # still serving
        wait_for((inbox / "processed" / "tram.txt").exists, timeout=60, what="tram processed")
    finally:
        kill(proc)
    [parent] = parents(slack)
    assert "Harbour tram line approved" in parent.all_text()


def _alive(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


# -- 100,000 quote marks: the bot answers throughout ---------------------------------------------


def test_100k_quote_marks_in_a_folder_file_never_slow_the_acks(
    slack: SlackStandIn, tmp_path: Path
) -> None:
    inbox = tmp_path / "inbox"
    settings = bot_settings(
        slack, tmp_path, watch_dir=str(inbox), digest_channel=FOLDER, watch_stable_seconds=0.1
    )
    with DigestPool(1, time_limit=10) as pool:
        services = build_services(settings, pool=pool)
        app = create_app(settings, services)
        server, sender = serve(app)
        try:
            background.start(services)
            pool.wait_ready()
            done = threading.Event()
            acks: list[float] = []

            def ask_for_help() -> None:
                while not done.is_set():
                    delivery = sender.command("help", response_url=slack.response_url())
                    assert delivery.status == 200
                    acks.append(delivery.elapsed)

            pinger = threading.Thread(target=ask_for_help)
            pinger.start()
            try:
                (inbox / "quotes.txt").write_text('"' * 100_000, encoding="utf-8")
                processed = inbox / "processed" / "quotes.txt"
                failed = inbox / "failed" / "quotes.txt"
                note = inbox / "failed" / "quotes.txt.error.txt"
                wait_for(lambda: processed.exists() or failed.exists(), timeout=120, what="quotes")
            finally:
                done.set()
                pinger.join(30)
            if failed.exists():
                assert note.read_text(encoding="utf-8").strip()  # a reason, in words
            assert acks and max(acks) < 1.0, f"{len(acks)} acks, slowest {max(acks):.2f} s"
        finally:
            server.shutdown()
            server.server_close()
            services.close()


# -- answered with the reason; a file that vanishes ------------------------------------------------


def test_a_slash_command_for_a_poison_article_is_answered_with_the_reason(
    slack: SlackStandIn, site, tmp_path: Path
) -> None:
    paragraphs = heavy_article(400).split("\n")
    url = site.add("/news/dispute", paragraphs[0], paragraphs[1:])
    settings = bot_settings(slack, tmp_path)
    with DigestPool(1, time_limit=1) as pool:
        services = build_services(settings, pool=pool)
        app = create_app(settings, services)
        server, sender = serve(app)
        try:
            for _ in range(2):  # the second request is refused without a third try
                delivery = sender.command(f"<{url}>", response_url=slack.response_url())
                assert delivery.status == 200
                assert services.listener_executor.wait_idle(60)
            first, second = slack.wait_for_response(count=2)
            for reply in (first, second):
                assert reply["response_type"] == "ephemeral"
                assert "took longer than 1 s, twice, so I won't try it again" in reply["text"]
            assert pool.stats.replaced == {"timeout": 2}
            assert slack.posts() == []
        finally:
            server.shutdown()
            server.server_close()
            services.close()


def test_a_file_deleted_before_it_is_read_leaves_nothing_behind(
    slack: SlackStandIn, tmp_path: Path, caplog
) -> None:
    inbox, db_url = tmp_path / "inbox", f"sqlite:///{tmp_path / 'bot.db'}"
    inbox.mkdir()
    service = new_service(slack, db_url)
    try:
        intake = FolderIntake(service.store, service)
        intake.handle(inbox / "gone.html", FOLDER)  # deleted before the watcher handed it on
        assert list(inbox.iterdir()) == []  # no failed/, no .error.txt
        assert "Traceback" not in caplog.text
    finally:
        service.store.close()
