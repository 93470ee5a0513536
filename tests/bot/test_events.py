"""Events over signed HTTP: mentions, watched channels, link unfurls, and Slack's resends."""

from __future__ import annotations

import threading

from tests.bot.conftest import HARBOR_ARTICLE, HARBOR_TITLE, ORTIZ_ARTICLE, ORTIZ_TITLE
from tests.slack_standin import BOT_ID, BOT_USER_ID

CHANNEL = "C0NEWS"


def top_level_in_thread(bot, thread_ts: str):
    """Digest parents posted inside a user's thread (they carry a header block)."""
    return [
        c
        for c in bot.slack.posts(thread_ts=thread_ts)
        if c.blocks and c.blocks[0].get("type") == "header"
    ]


def test_mention_with_two_links_posts_one_digest_each_in_the_mention_thread(bot):
    first = bot.site.add("/news/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    second = bot.site.add("/news/harbor", HARBOR_TITLE, HARBOR_ARTICLE)
    event, delivery = bot.sender.mention(f"digest these please <{first}> and <{second}|harbor>")
    assert delivery.status == 200
    assert delivery.elapsed < 2.5

    bot.slack.wait_for(
        "chat.postMessage",
        count=2,
        where=lambda c: c.get("thread_ts") == event["ts"] and c.blocks[0]["type"] == "header",
    )
    # Every digest and every quote reply is in the thread of the mention.
    bot.slack.wait_for(
        "chat.postMessage", where=lambda c: "We will not back down" in (c.get("text") or "")
    )
    bot.slack.wait_for(
        "chat.postMessage", where=lambda c: "belongs to everyone" in (c.get("text") or "")
    )
    bot.settle()
    posts = bot.slack.posts()
    assert all(p.get("thread_ts") == event["ts"] for p in posts)
    headers = sorted(p.blocks[0]["text"]["text"] for p in top_level_in_thread(bot, event["ts"]))
    assert headers == sorted([ORTIZ_TITLE, HARBOR_TITLE])


def test_mention_in_a_thread_answers_in_that_thread(bot):
    url = bot.site.add("/news/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    root = bot.sender.next_ts()
    event, _ = bot.sender.mention(f"<{url}>", thread_ts=root)
    bot.slack.wait_for("chat.postMessage", where=lambda c: c.get("thread_ts") == root)
    bot.settle()
    assert all(p.get("thread_ts") == root for p in bot.slack.posts())


def test_mention_without_a_link_explains_itself(bot):
    event, _ = bot.sender.mention("what do you do?")
    [reply] = bot.slack.wait_for("chat.postMessage")
    assert reply["thread_ts"] == event["ts"]
    assert "link" in reply["text"]


def test_mention_of_a_missing_page_replies_with_the_reason(bot):
    event, _ = bot.sender.mention(f"<{bot.site.url('/news/gone')}>")
    [reply] = bot.slack.wait_for("chat.postMessage")
    assert reply["thread_ts"] == event["ts"]
    assert "not found" in reply["text"]


def test_a_resent_event_never_makes_a_second_digest(bot):
    url = bot.site.add("/news/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    event, first = bot.sender.mention(f"<{url}>", event_id="Ev0RESENT")
    envelope_event = {k: v for k, v in event.items()}
    again = bot.sender.event(envelope_event, event_id="Ev0RESENT", retry_num=1)
    third = bot.sender.event(envelope_event, event_id="Ev0RESENT", retry_num=2)
    assert first.status == again.status == third.status == 200
    bot.slack.wait_for(
        "chat.postMessage", where=lambda c: "We will not back down" in (c.get("text") or "")
    )
    bot.settle()
    assert len(top_level_in_thread(bot, event["ts"])) == 1
    texts = [p.get("text") for p in bot.slack.posts()]
    assert len(texts) == len(set(texts))


def test_same_article_in_the_same_channel_links_to_the_earlier_digest(bot):
    url = bot.site.add("/news/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    first, _ = bot.sender.mention(f"<{url}>")
    bot.slack.wait_for(
        "chat.postMessage", where=lambda c: "We will not back down" in (c.get("text") or "")
    )
    second, _ = bot.sender.mention(f"again: {url}")
    [notice] = bot.slack.wait_for(
        "chat.postMessage", where=lambda c: c.get("thread_ts") == second["ts"]
    )
    assert "already digested" in notice["text"]
    assert "standin.slack.com/archives" in notice["text"]
    bot.settle()
    assert len(top_level_in_thread(bot, first["ts"])) == 1
    assert top_level_in_thread(bot, second["ts"]) == []


def watch(bot, channel: str = CHANNEL) -> None:
    delivery = bot.sender.command("watch", channel=channel, response_url=bot.slack.response_url())
    assert delivery.status == 200


def test_watched_channel_digests_user_links_in_the_message_thread(bot):
    url = bot.site.add("/news/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    watch(bot)
    message, delivery = bot.sender.channel_message(f"Worth a read <{url}>")
    assert delivery.status == 200
    bot.slack.wait_for(
        "chat.postMessage",
        where=lambda c: c.get("thread_ts") == message["ts"] and c.blocks[0]["type"] == "header",
    )
    bot.slack.wait_for(
        "chat.postMessage", where=lambda c: "We will not back down" in (c.get("text") or "")
    )
    assert all(p.get("thread_ts") == message["ts"] for p in bot.slack.posts())


def test_feed_bot_messages_count_in_a_watched_channel(bot):
    url = bot.site.add("/news/harbor", HARBOR_TITLE, HARBOR_ARTICLE)
    watch(bot)
    # Slack's RSS app posts as a bot_message with the link in an attachment.
    message, _ = bot.sender.channel_message(
        "New item from The Daily Stand-in",
        user=None,
        subtype="bot_message",
        bot_id="B0RSSFEED",
        extra={"attachments": [{"title": HARBOR_TITLE, "title_link": url}]},
    )
    bot.slack.wait_for(
        "chat.postMessage",
        where=lambda c: c.get("thread_ts") == message["ts"] and c.blocks[0]["type"] == "header",
    )


def test_own_messages_edits_deletions_and_unwatched_channels_are_ignored(bot):
    url = bot.site.add("/news/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    watch(bot)
    bot.sender.channel_message(f"<{url}>", user=BOT_USER_ID, bot_id=BOT_ID, subtype="bot_message")
    bot.sender.channel_message(
        "",
        user=None,
        subtype="message_changed",
        extra={"message": {"type": "message", "user": "U0ALICE", "text": f"<{url}>", "ts": "1.1"}},
    )
    bot.sender.channel_message(
        "",
        user=None,
        subtype="message_deleted",
        extra={"previous_message": {"type": "message", "text": f"<{url}>", "ts": "1.2"}},
    )
    bot.sender.channel_message(f"<{url}>", channel="C0ELSEWHERE")
    bot.settle()
    assert bot.slack.posts() == []
    assert bot.site.hits == []  # nothing was even fetched


def test_after_unwatch_links_are_left_alone(bot):
    url = bot.site.add("/news/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    watch(bot)
    bot.sender.command("unwatch", channel=CHANNEL, response_url=bot.slack.response_url())
    bot.sender.channel_message(f"<{url}>")
    bot.settle()
    assert bot.slack.posts() == []


def test_mention_in_a_watched_channel_is_digested_once(bot):
    # Slack sends both app_mention and message.channels for such a message.
    url = bot.site.add("/news/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    watch(bot)
    event, _ = bot.sender.mention(f"<{url}>")
    message = {**event, "type": "message", "channel_type": "channel"}
    bot.sender.event(message)
    bot.slack.wait_for(
        "chat.postMessage", where=lambda c: "We will not back down" in (c.get("text") or "")
    )
    bot.settle()
    assert len(top_level_in_thread(bot, event["ts"])) == 1
    assert not any("already digested" in (p.get("text") or "") for p in bot.slack.posts())


def test_link_shared_unfurls_with_a_one_line_digest(bot):
    url = bot.site.add("/news/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    event, delivery = bot.sender.link_shared([url])
    assert delivery.status == 200
    [unfurl] = bot.slack.wait_for("chat.unfurl")
    assert unfurl["channel"] == CHANNEL
    assert unfurl["ts"] == event["message_ts"]
    blocks = unfurl["unfurls"][url]["blocks"]
    text = blocks[0]["text"]["text"]
    assert ORTIZ_TITLE in text
    assert "Ortiz" in text.replace(ORTIZ_TITLE, "")  # a key person, beyond the headline
    assert bot.slack.posts() == []  # unfurling never posts messages


def test_link_shared_for_an_unreadable_page_is_left_alone(bot):
    bot.sender.link_shared([bot.site.url("/news/gone")])
    bot.settle()
    assert bot.slack.calls_to("chat.unfurl") == []
    assert bot.slack.posts() == []
    assert bot.slack.calls_to("reactions.add", ok_only=False) == []  # not even a reaction


def test_an_unreadable_page_in_a_watched_channel_leaves_one_reaction_and_no_message(bot):
    watch(bot)
    paywalled = bot.site.url("/news/paywalled")
    bot.site.pages["/news/paywalled"] = (403, "text/html", b"<html>Subscribers only</html>")
    message, _ = bot.sender.channel_message(
        f"two for the feed <{bot.site.url('/news/gone')}> <{paywalled}>"
    )
    bot.slack.wait_for("reactions.add")
    bot.settle()
    assert bot.slack.posts() == []  # nothing in the channel or the thread
    [reaction] = bot.slack.calls_to("reactions.add")  # one, though both links failed
    assert reaction["channel"] == CHANNEL and reaction["timestamp"] == message["ts"]
    assert reaction["name"] == "warning"
    assert bot.slack.reactions[(CHANNEL, message["ts"])] == ["warning"]


def test_a_feed_bots_unreadable_link_stays_quiet_even_if_reacting_is_refused(bot):
    watch(bot)
    bot.slack.fail(
        "reactions.add", "missing_scope", extra={"needed": "reactions:write", "provided": "x"}
    )
    bot.sender.channel_message(
        "New item", user=None, subtype="bot_message", bot_id="B0RSSFEED",
        extra={"attachments": [{"title": "Gone", "title_link": bot.site.url("/news/gone")}]},
    )  # fmt: skip
    bot.slack.wait_for("reactions.add", ok_only=False)
    bot.settle()
    assert bot.slack.posts() == []


def test_a_person_who_asked_still_hears_why(bot):
    gone = bot.site.url("/news/gone")
    watch(bot)
    mention, _ = bot.sender.mention(f"<{gone}>")  # a mention in a watched channel
    [reply] = bot.slack.wait_for("chat.postMessage")
    assert reply["thread_ts"] == mention["ts"] and "not found" in reply["text"]
    bot.sender.command(gone, channel=CHANNEL, response_url=bot.slack.response_url())
    responses = bot.slack.wait_for_response()
    assert "not found" in responses[-1]["text"]
    assert responses[-1]["response_type"] == "ephemeral"
    bot.settle()
    assert bot.slack.calls_to("reactions.add", ok_only=False) == []


def test_event_with_a_bad_signature_is_rejected(bot):
    url = bot.site.add("/news/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    _, delivery = bot.sender.mention(f"<{url}>", headers={"X-Slack-Signature": "v0=" + "1" * 64})
    assert delivery.status == 401
    _, stale = bot.sender.mention(f"<{url}>", timestamp=1_000_000_000)
    assert stale.status == 401
    bot.settle()
    assert bot.slack.posts() == []


def test_two_requests_for_one_article_at_once_make_one_digest(bot):
    url = bot.site.add("/news/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    same_article_other_url = bot.site.add("/amp/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    threads = [
        threading.Thread(target=bot.sender.mention, args=(f"<{u}>",))
        for u in (url, url, same_article_other_url)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    bot.slack.wait_for(
        "chat.postMessage", count=2, where=lambda c: "already digested" in (c.get("text") or "")
    )
    bot.settle()
    parents = [p for p in bot.slack.posts() if p.blocks and p.blocks[0]["type"] == "header"]
    assert len(parents) == 1
    quotes = [p for p in bot.slack.posts() if "We will not back down" in (p.get("text") or "")]
    assert len(quotes) == 1


def test_url_verification_challenge_is_answered(bot):
    body = b'{"token": "t", "challenge": "challenge-123", "type": "url_verification"}'
    delivery = bot.sender.post(body, "application/json")
    assert delivery.status == 200
    assert delivery.json() == {"challenge": "challenge-123"}


def test_link_shared_in_the_composer_unfurls_by_unfurl_id(bot):
    url = bot.site.add("/news/harbor", HARBOR_TITLE, HARBOR_ARTICLE)
    event = {
        "type": "link_shared",
        "channel": "COMPOSER",
        "is_bot_user_member": True,
        "user": "U0ALICE",
        "message_ts": "1700000000.000100",
        "unfurl_id": "C123456.1700000000.000100.abc",
        "source": "composer",
        "links": [{"domain": "127.0.0.1", "url": url}],
        "event_ts": "1700000000.000100",
    }
    assert bot.sender.event(event).status == 200
    [unfurl] = bot.slack.wait_for("chat.unfurl")
    assert unfurl["unfurl_id"] == event["unfurl_id"]
    assert unfurl["source"] == "composer"
    assert "Romaris" in unfurl["unfurls"][url]["blocks"][0]["text"]["text"]
