"""A parent message is posted once even when the answer to chat.postMessage never arrives:
the process is killed after Slack accepted the parent but before its ts was stored, the
connection drops, or Slack answers too late.

The stand-in really accepts the message (it is in the channel, with its metadata) and then
loses the answer. Kills are real: a subprocess running the pipeline gets SIGKILL while its
parent post is held. Restarts run the real store (the same SQLite file), the real service and,
for the roundup, the real app's start-up hooks. The one fallback (Slack refusing the look-up,
e.g. `missing_scope`) is shown too: the digest is still completed, at the price of a second
parent, and the reason is logged once.
"""

from __future__ import annotations

import logging
from pathlib import Path

from slack_sdk import WebClient

from bot.digesting.service import DigestRequest
from bot.intake.folder import file_sha256
from bot.slack.send import PARENT_EVENT_TYPE
from bot.storage.store import Store
from tests.bot.conftest import (
    BRIDGE,
    FOLDER,
    FOLDER_ARTICLE,
    NEWS,
    ORTIZ_ARTICLE,
    ORTIZ_TITLE,
    TRAM,
    assert_posted_exactly_once,
    bot_settings,
    digest_for_roundup,
    folder_watcher,
    in_flight,
    is_parent,
    kill_when_held,
    lookups,
    new_service,
    parents,
    restarted_app,
    restarted_folder_bot,
    roundup_parents,
    spawn_pipeline,
    spawn_roundup,
    wait_for,
)
from tests.slack_standin import SlackStandIn


def parent_keys(slack: SlackStandIn, channel: str) -> list[str]:
    """The post keys in the metadata of every top-level message in the channel."""
    return [
        m["metadata"]["event_payload"]["post_key"]
        for m in slack.messages(channel)
        if "metadata" in m and not m.get("thread_ts")
    ]


# -- in one process: the answer is lost, the message is found -------------------------------


def test_a_dropped_connection_after_slack_took_the_parent_does_not_post_it_again(bot) -> None:
    """The SDK would resend after a dropped connection; the parent is looked up instead."""
    from tests.bot.test_commands import slash, wait_for_digest

    url = bot.site.add("/news/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    bot.slack.lose_response(how="drop", when=is_parent)
    slash(bot, url)
    [parent] = wait_for_digest(bot, quotes_at_least=2)
    bot.settle()

    assert not parent.delivered  # the app never saw this answer...
    assert [p for p in bot.slack.posts(NEWS) if not p.get("thread_ts")] == [parent]
    [lookup] = lookups(bot.slack)  # ...and found the message by its metadata
    assert lookup["include_all_metadata"] in ("1", "true")
    assert float(lookup["oldest"]) < float(parent.response["ts"])
    metadata = parent["metadata"]
    assert metadata["event_type"] == PARENT_EVENT_TYPE
    assert len(metadata["event_payload"]["post_key"]) == 32
    [post] = bot.store.posts_since(NEWS)
    assert post.parent_ts == parent.response["ts"] and post.completed
    quotes = len(bot.store.article(post.article_id).digest.quotes)
    assert len(bot.slack.posts(NEWS, thread_ts=post.parent_ts)) == quotes
    assert bot.store.send_in_flight("post", post.id) is None  # nothing left in flight


def test_an_answer_too_slow_for_the_client_is_found_in_the_thread(database_url: str) -> None:
    """A parent inside a mention's thread: looked up with conversations.replies."""
    with SlackStandIn() as slack:
        service = new_service(slack, database_url, timeout=1)
        store = service.store
        try:
            slack.lose_response(how="slow", delay=1.6, when=lambda p: p.get("thread_ts") == "1.5")
            request = DigestRequest(
                channel=NEWS, text=FOLDER_ARTICLE, reply_to_ts="1.5", intake="mention"
            )
            result = service.digest_and_post(request)
            in_thread = slack.posts(NEWS, thread_ts="1.5")
            quotes = len(result.digest.quotes)
            assert len(in_thread) == 1 + quotes  # the parent once, then each quote once
            assert result.post.parent_ts == in_thread[0].response["ts"] and result.post.completed
            assert lookups(slack, "conversations.replies")
            assert lookups(slack) == []  # a threaded parent is not in the channel's history
        finally:
            store.close()


def test_refused_lookup_falls_back_to_posting_again_and_says_why_once(
    database_url: str, caplog
) -> None:
    """Without channels:history the message cannot be found: the digest still completes,
    with a second parent (the documented fallback), and the reason is logged once."""
    with SlackStandIn() as slack:
        service = new_service(slack, database_url)
        store = service.store
        try:
            slack.fail(
                "conversations.history",
                "missing_scope",
                times=10,
                extra={"needed": "channels:history", "provided": "chat:write"},
            )
            slack.lose_response(how="drop", when=is_parent, times=2)
            caplog.set_level(logging.WARNING, logger="bot.digesting.service")
            first = service.digest_and_post(DigestRequest(channel=NEWS, text=FOLDER_ARTICLE))
            second = service.digest_and_post(
                DigestRequest(channel=NEWS, text=FOLDER_ARTICLE.replace("approved", "delayed"))
            )
            tops = [p for p in slack.posts(NEWS) if not p.get("thread_ts")]
            assert len(tops) == 4  # two per article: the lost one and the repost
            for result in (first, second):
                assert result.post.completed
                assert result.post.parent_ts in {p.response["ts"] for p in tops if p.delivered}
                quotes = len(result.digest.quotes)
                assert len(slack.posts(NEWS, thread_ts=result.post.parent_ts)) == quotes
            refusals = [r for r in caplog.records if "missing_scope" in r.getMessage()]
            assert len(refusals) == 1
            assert "channels:history" in refusals[0].getMessage()
        finally:
            store.close()


# -- a real kill between Slack taking the parent and the ts reaching the store ----------------


def test_kill_after_slack_took_the_parent_then_restart_posts_it_once(
    tmp_path: Path, database_url: str
) -> None:
    inbox, db_url = tmp_path / "inbox", database_url
    inbox.mkdir()
    with SlackStandIn() as slack:
        held = kill_when_held(
            slack,
            is_parent,
            lambda: spawn_pipeline(slack, inbox, db_url),
            then=lambda: (inbox / "tram.txt").write_text(FOLDER_ARTICLE, encoding="utf-8"),
        )
        store = Store(db_url)
        try:
            [post] = store.posts_since(FOLDER)
            assert post.parent_ts is None
            send = store.send_in_flight("post", post.id)
            assert send is not None and parent_keys(slack, FOLDER) == [send.key]
        finally:
            store.close()

        with restarted_folder_bot(slack, inbox, db_url) as restarted:
            assert parents(slack) == [held]  # adopted, not posted again
            assert_posted_exactly_once(slack, restarted.store)
            [post] = restarted.store.posts_since(FOLDER)
            assert post.parent_ts == held.response["ts"] and post.completed
            assert len(lookups(slack)) == 1
        assert in_flight(db_url) == 0


def test_kill_after_slack_took_a_roundup_parent_then_restart_posts_it_once(
    tmp_path, database_url: str
) -> None:
    with SlackStandIn() as slack:
        settings = bot_settings(slack, tmp_path, database_url=database_url)
        db_url = settings.database_url
        digest_for_roundup(slack, db_url, TRAM, BRIDGE)

        def roundup_parent(params: dict) -> bool:
            return is_parent(params) and str(params.get("text", "")).startswith("Roundup")

        held = kill_when_held(slack, roundup_parent, lambda: spawn_roundup(slack, db_url))
        assert in_flight(db_url) == 1

        # The restarted bot: the real app and its start-up hooks (roundups resume there).
        with restarted_app(settings) as app:
            thread_ts = held.response["ts"]
            slack.wait_for(
                "chat.postMessage", count=2, where=lambda c: c.get("thread_ts") == thread_ts
            )
            wait_for(lambda: not app.services.store.incomplete_roundups(), what="roundup done")
            assert roundup_parents(slack) == [held]
            thread = slack.posts(NEWS, thread_ts=thread_ts)
            assert len(thread) == 2
            assert sum("Tram line" in c.all_text() for c in thread) == 1
            assert sum("Old bridge" in c.all_text() for c in thread) == 1
        assert in_flight(db_url) == 0


def test_a_send_in_flight_that_never_reached_slack_is_posted_at_start_up(database_url: str) -> None:
    """Killed after the store noted the send but before Slack got it: the look-up finds
    nothing, so start-up posts the parent (once) and the thread."""
    with SlackStandIn() as slack:
        service = new_service(slack, database_url)
        store = service.store
        try:
            record = service.digest_article(DigestRequest(channel=NEWS, text=FOLDER_ARTICLE))
            post, _ = store.begin_post(
                channel=NEWS, article_id=record.id, quotes_total=len(record.digest.quotes)
            )
            store.begin_send("post", post.id, channel=NEWS)
            assert slack.calls == []

            assert service.resume_incomplete() == 1
            [parent] = [p for p in slack.posts(NEWS) if not p.get("thread_ts")]
            assert len(lookups(slack)) == 1
            finished = store.get_post(post.id)
            assert finished.parent_ts == parent.response["ts"] and finished.completed
            quotes = len(record.digest.quotes)
            assert len(slack.posts(NEWS, thread_ts=finished.parent_ts)) == quotes
            assert store.send_in_flight("post", post.id) is None
        finally:
            store.close()


# -- the folder watcher's honest failure record ------------------------------------------------


def test_a_file_the_watcher_gives_up_on_is_failed_in_the_store(
    tmp_path: Path, database_url: str
) -> None:
    inbox = tmp_path / "inbox"
    with SlackStandIn() as slack:
        service = new_service(slack, database_url)
        store = service.store
        slack.fail("chat.postMessage", "internal_error", times=10)
        watcher = folder_watcher(inbox, service, retry_seconds=0.05, max_attempts=2)
        try:
            with watcher:
                (inbox / "tram.txt").write_text(FOLDER_ARTICLE, encoding="utf-8")
                note = inbox / "failed" / "tram.txt.error.txt"
                wait_for(note.exists, what="failed/ note")
            record = store.folder_file(FOLDER, file_sha256(inbox / "failed" / "tram.txt"))
            assert record is not None and record.status == "failed"
            assert "gave up after 2 attempts" in note.read_text(encoding="utf-8")
            [post] = store.posts_since(FOLDER)
            assert store.send_in_flight("post", post.id) is None  # refused outright: not in flight
        finally:
            store.close()


# -- the stand-in reads messages back the way Slack does -----------------------------------------


def test_standin_history_and_replies_have_slacks_shape() -> None:
    with SlackStandIn() as slack:
        client = WebClient(token=slack.bot_token, base_url=slack.api_url)
        metadata = {"event_type": "demo", "event_payload": {"n": 1}}
        sent = [
            client.chat_postMessage(channel=NEWS, text=f"m{i}", metadata=metadata)["ts"]
            for i in range(5)
        ]
        client.chat_postMessage(channel=NEWS, text="reply", thread_ts=sent[0])

        first = client.conversations_history(channel=NEWS, limit=2)
        assert [m["ts"] for m in first["messages"]] == sent[:-3:-1]  # newest first
        assert first["has_more"] and first["response_metadata"]["next_cursor"]
        assert all("metadata" not in m for m in first["messages"])  # not asked for
        seen = [m["ts"] for m in first["messages"]]
        cursor = first["response_metadata"]["next_cursor"]
        while cursor:
            page = client.conversations_history(
                channel=NEWS, limit=2, cursor=cursor, include_all_metadata=True
            )
            assert all(m["metadata"] == metadata for m in page["messages"])
            seen += [m["ts"] for m in page["messages"]]
            cursor = (page.get("response_metadata") or {}).get("next_cursor")
            assert bool(cursor) == page["has_more"]
        assert seen == sent[::-1]  # every top-level message once; the reply is not there

        newer = client.conversations_history(channel=NEWS, oldest=sent[2])
        assert [m["ts"] for m in newer["messages"]] == sent[:2:-1]  # oldest is exclusive

        thread = client.conversations_replies(channel=NEWS, ts=sent[0], include_all_metadata=True)
        assert [m["text"] for m in thread["messages"]] == ["m0", "reply"]
        assert thread["messages"][0]["metadata"] == metadata
