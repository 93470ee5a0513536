"""DMs over signed HTTP: links sent to the bot in its Messages tab (message.im), and
`/digest` in the bot's DM and in a DM between two people the bot is not part of."""

from __future__ import annotations

from bot.app import create_app
from bot.services import build_services
from tests.bot.conftest import HARBOR_ARTICLE, HARBOR_TITLE, ORTIZ_ARTICLE, ORTIZ_TITLE, serve
from tests.slack_standin import BOT_ID, BOT_USER_ID, DM_CHANNEL

QUOTE = "We will not back down"


def parents_in(bot, channel: str = DM_CHANNEL):
    """Digest parents (a header block) posted in the conversation."""
    return [c for c in bot.slack.posts(channel) if c.blocks and c.blocks[0]["type"] == "header"]


def test_links_sent_in_a_dm_get_one_digest_each_in_that_dm(bot):
    first = bot.site.add("/news/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    second = bot.site.add("/news/harbor", HARBOR_TITLE, HARBOR_ARTICLE)
    message, delivery = bot.sender.direct_message(f"can you read these? <{first}> <{second}>")
    assert delivery.status == 200 and delivery.elapsed < 2.5
    bot.slack.wait_for("chat.postMessage", where=lambda c: QUOTE in (c.get("text") or ""))
    bot.slack.wait_for(
        "chat.postMessage", where=lambda c: "belongs to everyone" in (c.get("text") or "")
    )
    bot.settle()
    assert all(p["channel"] == DM_CHANNEL for p in bot.slack.posts())
    parents = parents_in(bot)
    assert sorted(p.blocks[0]["text"]["text"] for p in parents) == sorted(
        [ORTIZ_TITLE, HARBOR_TITLE]
    )
    # Each digest is a message of its own in the DM, its quotes in its own thread.
    assert all(not p.get("thread_ts") for p in parents)
    [strike] = [p for p in parents if p.blocks[0]["text"]["text"] == ORTIZ_TITLE]
    thread = bot.slack.posts(DM_CHANNEL, thread_ts=strike.response["ts"])
    assert any(QUOTE in (c.get("text") or "") for c in thread)
    assert "<@U0ALICE>" in strike.all_text()  # requested by


def test_a_dm_digest_is_posted_once_across_resends_and_a_restart(bot, tmp_path):
    url = bot.site.add("/news/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    message, _ = bot.sender.direct_message(f"<{url}>", event_id="Ev0DMONCE")
    for retry in (1, 2):
        bot.sender.event(message, event_id="Ev0DMONCE", retry_num=retry)
    bot.slack.wait_for("chat.postMessage", where=lambda c: QUOTE in (c.get("text") or ""))
    bot.settle()
    before = len(bot.slack.posts())
    assert len(parents_in(bot)) == 1

    # A new process on the same database, and Slack resending the event once more.
    services = build_services(bot.settings)
    server, sender = serve(create_app(bot.settings, services))
    try:
        again = sender.event(message, event_id="Ev0DMONCE", retry_num=3)
        assert again.status == 200
        assert services.listener_executor.wait_idle(30)
    finally:
        server.shutdown()
        server.server_close()
        services.close()
    assert len(bot.slack.posts()) == before


def test_the_same_link_again_in_the_dm_links_to_the_earlier_digest(bot):
    url = bot.site.add("/news/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    bot.sender.direct_message(f"<{url}>")
    bot.slack.wait_for("chat.postMessage", where=lambda c: QUOTE in (c.get("text") or ""))
    bot.settle()
    bot.sender.direct_message(f"this one again {url}")
    [notice] = bot.slack.wait_for(
        "chat.postMessage", where=lambda c: "already digested" in (c.get("text") or "")
    )
    assert notice["channel"] == DM_CHANNEL
    assert "standin.slack.com/archives" in notice["text"]
    bot.settle()
    assert len(parents_in(bot)) == 1


def test_bot_messages_edits_and_the_bots_own_dm_messages_are_ignored(bot):
    url = bot.site.add("/news/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    bot.sender.direct_message(f"<{url}>", user=BOT_USER_ID, bot_id=BOT_ID)
    bot.sender.direct_message(f"<{url}>", user=None, subtype="bot_message", bot_id="B0OTHERAPP")
    bot.sender.direct_message(f"<{url}>", bot_id="B0OTHERAPP")  # an app writing as a user
    bot.sender.direct_message(
        "",
        user=None,
        subtype="message_changed",
        extra={"message": {"type": "message", "user": "U0ALICE", "text": f"<{url}>", "ts": "1.1"}},
    )
    bot.settle()
    assert bot.slack.posts() == []
    assert bot.site.hits == []


def test_a_dm_without_a_link_gets_a_short_how_to(bot):
    bot.sender.direct_message("hello, what can you do?")
    [reply] = bot.slack.wait_for("chat.postMessage")
    assert reply["channel"] == DM_CHANNEL
    assert "link" in reply["text"]


def test_a_dm_link_that_cannot_be_digested_is_answered_in_the_dm(bot):
    bot.sender.direct_message(f"<{bot.site.url('/news/gone')}>")
    [reply] = bot.slack.wait_for("chat.postMessage")
    assert reply["channel"] == DM_CHANNEL
    assert "not found" in reply["text"]
    assert not reply.get("thread_ts")


def test_slash_digest_in_the_bots_dm_posts_the_digest_there(bot):
    url = bot.site.add("/news/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    delivery = bot.sender.command(
        url,
        channel=DM_CHANNEL,
        channel_name="directmessage",
        response_url=bot.slack.response_url(),
    )
    assert delivery.status == 200
    bot.slack.wait_for("chat.postMessage", where=lambda c: QUOTE in (c.get("text") or ""))
    bot.settle()
    assert [p.blocks[0]["text"]["text"] for p in parents_in(bot)] == [ORTIZ_TITLE]
    assert not any("invite" in (r.get("text") or "").lower() for r in bot.slack.responses)


def test_slash_digest_in_a_dm_between_two_people_answers_in_that_dm(bot):
    url = bot.site.add("/news/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    people_dm = "D0ALICEBOB"
    bot.slack.not_member_of.add(people_dm)  # a DM the bot is not part of
    delivery = bot.sender.command(
        url, channel=people_dm, channel_name="directmessage", response_url=bot.slack.response_url()
    )
    assert delivery.status == 200
    assert "Reading" in delivery.json()["text"]  # the ack
    responses = bot.slack.wait_for_response(count=2)  # the digest, then its quotes
    bot.settle()
    assert len(bot.slack.responses) == 2
    assert all(r.get("response_type") == "in_channel" for r in responses)
    digest, quotes = responses
    assert digest["blocks"][0]["text"]["text"] == ORTIZ_TITLE
    assert QUOTE in quotes["text"] + str(quotes["blocks"])
    assert not any("invite" in (r.get("text") or "").lower() for r in responses)
    assert bot.slack.posts() == []  # chat.postMessage was refused there; nothing else went out
