"""The message shortcut "Digest this article" over signed HTTP: the message's links are
digested into its thread; whatever goes wrong is told to the person, ephemerally."""

from __future__ import annotations

import threading

from bot.app import create_app
from bot.services import build_services
from tests.bot.conftest import HARBOR_ARTICLE, HARBOR_TITLE, ORTIZ_ARTICLE, ORTIZ_TITLE, serve

NEWS = "C0NEWS"
QUOTE = "We will not back down"


def someone_posted(bot, text: str, **extra) -> dict:
    """A message Bob posted (the shortcut's target)."""
    return {"ts": bot.sender.next_ts(), "user": "U0BOB", "text": text, **extra}


def choose_shortcut(bot, message: dict, *, channel: str = NEWS, channel_name: str = "news"):
    delivery = bot.sender.message_shortcut(
        message, channel=channel, channel_name=channel_name, response_url=bot.slack.response_url()
    )
    assert delivery.status == 200
    assert delivery.elapsed < 2.5  # acknowledged well within Slack's 3 seconds
    return delivery


def parents_in_thread(bot, thread_ts: str):
    return [
        c
        for c in bot.slack.posts(thread_ts=thread_ts)
        if c.blocks and c.blocks[0]["type"] == "header"
    ]


def test_the_shortcut_digests_every_link_of_the_message_into_its_thread(bot):
    first = bot.site.add("/news/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    second = bot.site.add("/news/harbor", HARBOR_TITLE, HARBOR_ARTICLE)
    message = someone_posted(bot, f"two good reads <{first}> and <{second}|this>")
    choose_shortcut(bot, message)
    bot.slack.wait_for("chat.postMessage", where=lambda c: QUOTE in (c.get("text") or ""))
    bot.slack.wait_for(
        "chat.postMessage", where=lambda c: "belongs to everyone" in (c.get("text") or "")
    )
    bot.settle()
    assert all(p.get("thread_ts") == message["ts"] for p in bot.slack.posts())
    headers = sorted(p.blocks[0]["text"]["text"] for p in parents_in_thread(bot, message["ts"]))
    assert headers == sorted([ORTIZ_TITLE, HARBOR_TITLE])
    assert any("<@U0ALICE>" in p.all_text() for p in parents_in_thread(bot, message["ts"]))
    assert bot.slack.responses == []  # nothing to say: the digests speak for themselves


def test_on_a_reply_in_a_thread_the_digest_goes_to_that_thread(bot):
    url = bot.site.add("/news/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    root = bot.sender.next_ts()
    message = someone_posted(bot, f"<{url}>", thread_ts=root)
    choose_shortcut(bot, message)
    bot.slack.wait_for("chat.postMessage", where=lambda c: QUOTE in (c.get("text") or ""))
    bot.settle()
    assert all(p.get("thread_ts") == root for p in bot.slack.posts())


def test_a_message_without_a_link_is_explained_ephemerally(bot):
    choose_shortcut(bot, someone_posted(bot, "lunch at noon?"))
    [reply] = bot.slack.wait_for_response()
    assert reply["response_type"] == "ephemeral"
    assert "no link" in reply["text"]
    bot.settle()
    assert bot.slack.posts() == []


def test_a_page_that_cannot_be_read_is_told_to_the_person_only(bot):
    choose_shortcut(bot, someone_posted(bot, f"<{bot.site.url('/news/gone')}>"))
    [reply] = bot.slack.wait_for_response()
    assert reply["response_type"] == "ephemeral"
    assert "not found" in reply["text"]
    bot.settle()
    assert bot.slack.posts() == []  # the thread is someone else's: nothing there


def test_in_a_private_channel_the_bot_is_not_in_the_person_is_told_to_invite_it(bot):
    url = bot.site.add("/news/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    bot.slack.private.add("C0SECRET")
    bot.slack.not_member_of.add("C0SECRET")
    choose_shortcut(bot, someone_posted(bot, f"<{url}>"), channel="C0SECRET")
    [reply] = bot.slack.wait_for_response()
    assert reply["response_type"] == "ephemeral"
    assert "not in this conversation" in reply["text"] and "/invite @digest-bot" in reply["text"]
    bot.settle()
    assert bot.slack.posts() == []


def test_in_a_dm_between_two_people_the_digest_comes_through_the_response_url(bot):
    url = bot.site.add("/news/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    bot.slack.not_member_of.add("D0ALICEBOB")
    choose_shortcut(bot, someone_posted(bot, f"<{url}>"), channel="D0ALICEBOB")
    digest, quotes = bot.slack.wait_for_response(count=2)
    assert digest["response_type"] == quotes["response_type"] == "in_channel"
    assert digest["blocks"][0]["text"]["text"] == ORTIZ_TITLE
    assert QUOTE in str(quotes["blocks"])
    bot.settle()
    assert bot.slack.posts() == []


def test_in_a_group_dm_without_the_bot_the_digest_comes_through_the_response_url(bot):
    url = bot.site.add("/news/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    bot.slack.private.add("C0GROUPDM")  # a group DM with a C id: only its name says so
    bot.slack.not_member_of.add("C0GROUPDM")
    message = someone_posted(bot, f"<{url}>")
    choose_shortcut(bot, message, channel="C0GROUPDM", channel_name="mpdm-alice--bob--cleo-1")
    digest, _quotes = bot.slack.wait_for_response(count=2)
    assert digest["response_type"] == "in_channel"
    assert digest["blocks"][0]["text"]["text"] == ORTIZ_TITLE


def test_choosing_it_twice_makes_one_digest_and_links_to_it(bot):
    url = bot.site.add("/news/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    message = someone_posted(bot, f"<{url}>")
    clicks = [threading.Thread(target=choose_shortcut, args=(bot, message)) for _ in range(2)]
    for click in clicks:
        click.start()
    for click in clicks:
        click.join()
    bot.slack.wait_for("chat.postMessage", where=lambda c: QUOTE in (c.get("text") or ""))
    bot.settle()
    assert len(parents_in_thread(bot, message["ts"])) == 1
    quotes = [p for p in bot.slack.posts() if QUOTE in (p.get("text") or "")]
    assert len(quotes) == 1
    [again] = bot.slack.wait_for_response()
    assert "already digested" in again["text"] and again["response_type"] == "ephemeral"


def test_a_shortcut_digest_is_not_posted_again_after_a_restart(bot):
    url = bot.site.add("/news/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    message = someone_posted(bot, f"<{url}>")
    choose_shortcut(bot, message)
    bot.slack.wait_for("chat.postMessage", where=lambda c: QUOTE in (c.get("text") or ""))
    bot.settle()
    posted = len(bot.slack.posts())

    services = build_services(bot.settings)  # a new process on the same database
    server, sender = serve(create_app(bot.settings, services))
    try:
        delivery = sender.message_shortcut(
            message, channel=NEWS, response_url=bot.slack.response_url()
        )
        assert delivery.status == 200
        [reply] = bot.slack.wait_for_response()
        assert services.listener_executor.wait_idle(30)
    finally:
        server.shutdown()
        server.server_close()
        services.close()
    assert "already digested" in reply["text"]
    assert len(bot.slack.posts()) == posted
