"""A thread reply (a digest's quote, a roundup's article) is in its thread once even when the
answer to chat.postMessage never arrives: the process is killed after Slack accepted the
reply but before its ts was stored, or the connection drops under it.

The same mechanism as parents (test_parent_once.py): the reply is recorded in flight with a
key that rides in its metadata, and only a reply left in flight is looked up, with one
conversations.replies call for its thread. Kills are real: a subprocess running the pipeline
gets SIGKILL while the stand-in holds a reply it has accepted. Restarts run the real store
(the same SQLite file), the real service and, for the roundup, the real app's start-up hooks.
"""

from __future__ import annotations

from pathlib import Path

from bot.digesting.service import DigestRequest
from bot.slack.send import SEND_EVENT_TYPE
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
    in_flight,
    is_reply,
    kill_when_held,
    lookups,
    new_service,
    restarted_app,
    restarted_folder_bot,
    roundup_parents,
    roundup_poster,
    spawn_pipeline,
    spawn_roundup,
    wait_for,
)
from tests.slack_standin import Call, SlackStandIn


def thread_texts(slack: SlackStandIn, channel: str, thread_ts: str) -> list[str]:
    """What Slack holds in the thread (every reply it accepted, answered or not)."""
    return [
        Call("chat.postMessage", m, None).all_text()  # its text and every block text
        for m in slack.messages(channel)
        if m.get("thread_ts") == thread_ts and m["ts"] != thread_ts
    ]


def assert_each_once(texts: list[str], markers: list[str]) -> None:
    assert len(texts) == len(markers)
    assert [sum(marker in t for t in texts) for marker in markers] == [1] * len(markers)


# -- a real kill between Slack taking a reply and its ts reaching the store -----------------


def test_kill_after_slack_took_a_quote_reply_then_restart_threads_each_quote_once(
    tmp_path: Path,
    database_url: str,
) -> None:
    inbox, db_url = tmp_path / "inbox", database_url
    inbox.mkdir()
    with SlackStandIn() as slack:
        held = kill_when_held(  # at the thread's first reply
            slack,
            is_reply,
            lambda: spawn_pipeline(slack, inbox, db_url),
            then=lambda: (inbox / "tram.txt").write_text(FOLDER_ARTICLE, encoding="utf-8"),
        )
        store = Store(db_url)
        try:
            [post] = store.posts_since(FOLDER)
            quotes = len(store.article(post.article_id).digest.quotes)
            assert quotes >= 2  # a reply after the held one, so the resumed thread goes on
            assert post.parent_ts and not post.completed
            assert store.posted_replies(post.id) == {}
            send = store.send_in_flight("post_reply", post.id)
            assert send is not None and send.thread_ts == post.parent_ts
            assert held["metadata"]["event_type"] == SEND_EVENT_TYPE
            assert held["metadata"]["event_payload"]["post_key"] == send.key
        finally:
            store.close()

        with restarted_folder_bot(slack, inbox, db_url) as restarted:
            assert_posted_exactly_once(slack, restarted.store)  # parent once, each quote once
            markers = [f"quote {i + 1} of {quotes}" for i in range(quotes)]
            assert_each_once(thread_texts(slack, FOLDER, post.parent_ts), markers)
            [finished] = restarted.store.posts_since(FOLDER)
            assert finished.completed
            assert restarted.store.posted_replies(post.id)[send.part] == held.response["ts"]
            [lookup] = lookups(slack, "conversations.replies")  # one look-up for the thread
            assert lookup["ts"] == post.parent_ts
            assert lookups(slack) == []  # the parent was never in doubt
        assert in_flight(db_url) == 0


def test_kill_after_slack_took_a_roundup_reply_then_restart_threads_each_article_once(
    tmp_path: Path,
    database_url: str,
) -> None:
    with SlackStandIn() as slack:
        settings = bot_settings(slack, tmp_path, database_url=database_url)
        db_url = settings.database_url
        digest_for_roundup(slack, db_url, TRAM, BRIDGE)
        # Every digest's thread is done: the next reply is the roundup's first article.
        held = kill_when_held(slack, is_reply, lambda: spawn_roundup(slack, db_url))
        assert in_flight(db_url) == 1
        [roundup] = roundup_parents(slack)
        thread_ts = roundup.response["ts"]
        assert held["thread_ts"] == thread_ts

        with restarted_app(settings) as app:  # roundups resume in its start-up hooks
            wait_for(lambda: not app.services.store.incomplete_roundups(), what="roundup done")
            assert roundup_parents(slack) == [roundup]
            assert_each_once(thread_texts(slack, NEWS, thread_ts), ["Tram line", "Old bridge"])
            thread = slack.posts(NEWS, thread_ts=thread_ts)
            assert_each_once([c.all_text() for c in thread], ["Tram line", "Old bridge"])
            [lookup] = lookups(slack, "conversations.replies")
            assert lookup["ts"] == thread_ts
        assert in_flight(db_url) == 0


# -- in one process: the SDK does not resend a reply whose answer was lost --------------------


def test_a_dropped_connection_after_slack_took_a_quote_reply_does_not_post_it_again(bot) -> None:
    """The app's client retries connection errors and 5xx; a reply is looked up instead."""
    from tests.bot.test_commands import slash, wait_for_digest

    url = bot.site.add("/news/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    bot.slack.lose_response(how="drop", when=is_reply)
    slash(bot, url)
    [parent] = wait_for_digest(bot, quotes_at_least=2)
    wait_for(lambda: all(p.completed for p in bot.store.posts_since(NEWS)), what="thread done")
    bot.settle()

    [post] = bot.store.posts_since(NEWS)
    quotes = len(bot.store.article(post.article_id).digest.quotes)
    thread = bot.slack.posts(NEWS, thread_ts=parent.response["ts"])
    [lost] = [c for c in thread if not c.delivered]  # the app never saw this answer...
    markers = [f"quote {i + 1} of {quotes}" for i in range(quotes)]
    assert_each_once([c.all_text() for c in thread], markers)  # ...and did not resend it
    assert_each_once(thread_texts(bot.slack, NEWS, parent.response["ts"]), markers)
    assert lost.response["ts"] in bot.store.posted_replies(post.id).values()
    [lookup] = lookups(bot.slack, "conversations.replies")
    assert lookup["include_all_metadata"] in ("1", "true")
    assert bot.store.send_in_flight("post_reply", post.id) is None


def test_a_dropped_connection_after_slack_took_a_roundup_reply_does_not_post_it_again(
    database_url: str,
) -> None:
    with SlackStandIn() as slack:
        service = new_service(slack, database_url)  # retries drops
        store = service.store
        try:
            store.enable_roundups(NEWS)
            for text in (TRAM, BRIDGE):
                service.digest_and_post(DigestRequest(channel=NEWS, text=text))
            slack.lose_response(how="drop", when=is_reply)
            result = roundup_poster(service)(NEWS)
            thread = slack.posts(NEWS, thread_ts=result.parent_ts)
            assert [c.delivered for c in thread] == [False, True]
            assert_each_once([c.all_text() for c in thread], ["Tram line", "Old bridge"])
            assert len(lookups(slack, "conversations.replies")) == 1
            assert not store.incomplete_roundups()
        finally:
            store.close()
