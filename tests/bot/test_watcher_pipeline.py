"""The folder pipeline end to end: real watchdog, the real store (SQLite file), the real
digest-and-post service, and the Slack stand-in on loopback.

Crashes are simulated two ways: the stand-in refuses a post (the watcher is then stopped
before it retries, like a process dying at that point), and a subprocess running the pipeline
is killed with SIGKILL. Either way, a restart on the same database and folder must post
every article exactly once.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.storage.store import Store
from tests.bot.conftest import (
    FOLDER,
    FOLDER_ARTICLE,
    assert_posted_exactly_once,
    expected_quotes,
    folder_watcher,
    kill,
    new_service,
    parents,
    restarted_folder_bot,
    spawn_pipeline,
    start_folder_bot,
    wait_for,
)
from tests.slack_standin import SlackStandIn


@pytest.fixture
def paths(tmp_path: Path, database_url: str) -> tuple[Path, str]:
    """The watched folder, and the database: a SQLite file, then a PostgreSQL database."""
    return tmp_path / "inbox", database_url


def test_a_dropped_article_is_posted_once_with_its_thread(slack, paths) -> None:
    inbox, db_url = paths
    bot = start_folder_bot(slack, inbox, db_url)
    try:
        (inbox / "tram.txt").write_text(FOLDER_ARTICLE, encoding="utf-8")
        wait_for(lambda: (inbox / "processed" / "tram.txt").exists(), what="processed")
        wait_for(bot.watcher.idle, what="watcher idle")
        assert_posted_exactly_once(slack, bot.store)
        [parent] = parents(slack)
        assert parent["unfurl_links"] in (False, "false", "0", 0)
        assert "Harbour tram line approved" in parent.all_text()
        [post] = bot.store.posts_since(FOLDER)
        assert post.intake == "folder" and post.completed
    finally:
        bot.stop()


def test_the_same_file_again_is_not_posted_twice(slack, paths) -> None:
    inbox, db_url = paths
    bot = start_folder_bot(slack, inbox, db_url)
    try:
        (inbox / "tram.txt").write_text(FOLDER_ARTICLE, encoding="utf-8")
        wait_for(lambda: (inbox / "processed" / "tram.txt").exists(), what="first copy")
        (inbox / "tram-copy.txt").write_text(FOLDER_ARTICLE, encoding="utf-8")
        wait_for(lambda: (inbox / "processed" / "tram-copy.txt").exists(), what="second copy")
        wait_for(bot.watcher.idle, what="watcher idle")
        assert len(parents(slack)) == 1
    finally:
        bot.stop()


def test_crash_between_digest_and_post_resumes_without_a_second_digest(slack, paths) -> None:
    inbox, db_url = paths
    # The parent post fails; the watcher would retry only after a minute, so stopping it now
    # leaves the state a crash right after the digest was stored would leave.
    slack.fail("chat.postMessage", "internal_error", when=lambda p: not p.get("thread_ts"))
    bot = start_folder_bot(slack, inbox, db_url, retry_seconds=60, max_attempts=99)
    (inbox / "tram.txt").write_text(FOLDER_ARTICLE, encoding="utf-8")
    slack.wait_for("chat.postMessage", ok_only=False)
    wait_for(lambda: not bot.watcher.busy(), what="attempt over")
    bot.stop()
    [post] = bot.store.posts_since(FOLDER) or [None]
    assert post is None or post.parent_ts is None
    assert parents(slack) == []
    assert (inbox / "tram.txt").exists()  # not lost, not moved to failed/

    with restarted_folder_bot(slack, inbox, db_url) as restarted:
        assert_posted_exactly_once(slack, restarted.store)


def test_crash_between_parent_and_thread_replies_posts_only_the_missing_replies(
    slack, paths
) -> None:
    inbox, db_url = paths
    slack.fail("chat.postMessage", "internal_error", when=lambda p: bool(p.get("thread_ts")))
    bot = start_folder_bot(slack, inbox, db_url, retry_seconds=60, max_attempts=99)
    (inbox / "tram.txt").write_text(FOLDER_ARTICLE, encoding="utf-8")
    wait_for(lambda: len(parents(slack)) == 1, what="parent posted")
    wait_for(lambda: bool(bot.store.posts_since(FOLDER)), what="post recorded")
    quotes = expected_quotes(bot.store)
    if quotes == 0:
        bot.stop()
        pytest.skip("the extractor found no quotes, so there is no thread to interrupt")
    slack.wait_for("chat.postMessage", ok_only=False, where=lambda c: bool(c.get("thread_ts")))
    bot.stop()  # waits for the file being handled: its failed reply is in the store
    [post] = bot.store.posts_since(FOLDER)
    assert post.parent_ts and not post.completed
    assert (inbox / "tram.txt").exists()

    with restarted_folder_bot(slack, inbox, db_url) as restarted:
        assert_posted_exactly_once(slack, restarted.store)


def test_a_file_posted_but_not_yet_moved_is_just_moved_after_a_restart(slack, paths) -> None:
    inbox, db_url = paths
    bot = start_folder_bot(slack, inbox, db_url)
    (inbox / "tram.txt").write_text(FOLDER_ARTICLE, encoding="utf-8")
    wait_for(lambda: (inbox / "processed" / "tram.txt").exists(), what="processed")
    bot.stop()
    # The state a kill between the last reply and the move leaves: posted, still in the inbox.
    shutil.copy2(inbox / "processed" / "tram.txt", inbox / "tram.txt")
    calls_before = len(slack.calls)

    with restarted_folder_bot(slack, inbox, db_url, moved="tram-2.txt") as restarted:
        assert len(slack.calls) == calls_before  # not a single Slack call
        assert_posted_exactly_once(slack, restarted.store)


def test_slack_refusing_the_channel_ends_in_failed_with_the_reason(slack, paths) -> None:
    inbox, db_url = paths
    slack.fail("chat.postMessage", "not_in_channel", times=10)
    bot = start_folder_bot(slack, inbox, db_url, retry_seconds=0.05, max_attempts=2)
    try:
        (inbox / "tram.txt").write_text(FOLDER_ARTICLE, encoding="utf-8")
        note = inbox / "failed" / "tram.txt.error.txt"
        wait_for(note.exists, what="failed/ note")
        assert "not a member" in note.read_text(encoding="utf-8")
        assert (inbox / "failed" / "tram.txt").read_text(encoding="utf-8") == FOLDER_ARTICLE
    finally:
        bot.stop()


# -- a real kill -------------------------------------------------------------------------------


def test_sigkill_mid_thread_then_restart_posts_each_article_exactly_once(slack, paths) -> None:
    inbox, db_url = paths
    inbox.mkdir(parents=True)
    names = [f"story-{i}.txt" for i in range(3)]
    for i, name in enumerate(names):
        (inbox / name).write_text(
            FOLDER_ARTICLE.replace("approved", f"approved, part {i}"), "utf-8"
        )

    def reply_to_part_one(params: dict) -> bool:
        thread_ts = params.get("thread_ts")
        return bool(thread_ts) and thread_ts == _parent_ts(slack, "part 1")

    # Every thread reply under part 1's digest fails: that process is stuck mid-thread.
    slack.fail("chat.postMessage", "internal_error", times=1000, when=reply_to_part_one)
    proc = spawn_pipeline(slack, inbox, db_url)
    try:
        wait_for(lambda: len(parents(slack)) == 3, what="three parents")
        # Parts 0 and 2 are moved to processed/ once their threads are complete.
        done = [inbox / "processed" / n for n in (names[0], names[2])]
        wait_for(lambda: all(p.exists() for p in done), what="parts 0 and 2 processed")
    finally:
        kill(proc)
    slack.clear_faults()
    store = Store(db_url)
    try:
        has_quotes = any(
            store.article(p.article_id).digest.quotes for p in store.posts_since(FOLDER)
        )
        stuck = [p for p in store.posts_since(FOLDER) if not p.completed]
    finally:
        store.close()
    if has_quotes:
        assert len(stuck) == 1, "part 1's thread should have been left incomplete"
        assert (inbox / "story-1.txt").exists()

    proc = spawn_pipeline(slack, inbox, db_url)
    try:
        wait_for(
            lambda: all((inbox / "processed" / n).exists() for n in names), what="all processed"
        )
    finally:
        kill(proc)
    store = Store(db_url)
    try:
        assert len(parents(slack)) == 3  # one parent per article, none reposted
        for post in store.posts_since(FOLDER):
            quotes = len(store.article(post.article_id).digest.quotes)
            assert len(slack.posts(FOLDER, thread_ts=post.parent_ts)) == quotes
            assert post.completed
    finally:
        store.close()


def _parent_ts(slack: SlackStandIn, marker: str) -> str | None:
    for call in parents(slack):
        if marker in call.all_text():
            return call.response["ts"]
    return None


def test_url_and_html_files_are_digested_like_any_other(slack, paths) -> None:
    from tests.bot.conftest import ArticleSite

    inbox, db_url = paths
    site = ArticleSite()
    url = site.add(
        "/news/ferry",
        "Night ferry service returns",
        [
            'Harbour master Ines Duarte said "the night ferry runs again from Friday" on Monday.',
            "The service was suspended in the spring after a fuel shortage hit the operator.",
        ],
    )
    service = new_service(slack, db_url, allow_private_urls=True)
    store = service.store
    watcher = folder_watcher(inbox, service)
    try:
        with watcher:
            (inbox / "ferry.url").write_text(f"[InternetShortcut]\nURL={url}\n", "utf-8")
            (inbox / "bridge.html").write_text(
                "<html><head><title>Bridge deck replaced</title></head><body><article>"
                "<h1>Bridge deck replaced</h1><p>Engineer Sam Okafor said the new deck "
                "will carry trams as well as cars from next year.</p></article></body></html>",
                encoding="utf-8",
            )
            processed = inbox / "processed"
            wait_for(
                lambda: (processed / "ferry.url").exists() and (processed / "bridge.html").exists(),
                what="both processed",
            )
        texts = [c.all_text() for c in parents(slack)]
        assert len(texts) == 2
        assert any("Night ferry service returns" in t for t in texts)
        assert any("Bridge deck replaced" in t for t in texts)
        assert site.hits == ["/news/ferry"]
        [from_url] = [
            a for p in store.posts_since(FOLDER) if (a := store.article(p.article_id)).url
        ]
        assert from_url.url == url
    finally:
        store.close()
        site.close()


def test_watch_channels_setting() -> None:
    from bot.settings import parse_watch_channels

    assert parse_watch_channels("") == {}
    assert parse_watch_channels("politics=C01, sports/ = C02;") == {
        "politics": "C01",
        "sports": "C02",
    }
    with pytest.raises(ValueError, match="sub-folder=CHANNEL_ID"):
        parse_watch_channels("politics")
    with pytest.raises(ValueError):
        parse_watch_channels("a/b=C01")
