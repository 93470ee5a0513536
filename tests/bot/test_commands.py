"""`/digest` over signed HTTP: fast acks, digests in the channel, ephemeral errors, no repeats."""

from __future__ import annotations

import time

from tests.bot.conftest import (
    HARBOR_ARTICLE,
    HARBOR_TITLE,
    ORTIZ_ARTICLE,
    ORTIZ_TITLE,
    PING_ARTICLE,
    PING_TITLE,
    mrkdwn_and_fallback_texts,
)

CHANNEL = "C0NEWS"


def slash(bot, text: str, **kw):
    response_url = bot.slack.response_url()
    delivery = bot.sender.command(text, response_url=response_url, channel=CHANNEL, **kw)
    assert delivery.status == 200, delivery.body
    return delivery


def wait_for_digest(bot, *, quotes_at_least: int = 1, parents: int = 1):
    """The parent digest posts and their first threaded quote replies."""
    parent_calls = bot.slack.wait_for(
        "chat.postMessage", count=parents, where=lambda c: not c.get("thread_ts")
    )
    for parent in parent_calls:
        ts = parent.response["ts"]
        bot.slack.wait_for(
            "chat.postMessage",
            count=quotes_at_least,
            where=lambda c, ts=ts: c.get("thread_ts") == ts,
        )
    return parent_calls


def test_help_is_answered_in_the_ack_without_posting(bot):
    delivery = slash(bot, "help")
    assert "/digest watch" in delivery.json()["text"]
    assert delivery.elapsed < 1.5
    bot.settle()
    assert bot.slack.posts() == []


def test_empty_command_and_unknown_word_show_help(bot):
    assert "/digest &lt;link&gt;" in slash(bot, "").json()["text"]
    reply = slash(bot, "sumarize").json()["text"]
    assert "don't know" in reply
    assert "/digest help" in reply


def test_help_escapes_what_is_not_markup_so_slack_shows_it_as_typed(bot):
    text = slash(bot, "help").json()["text"]
    lines = text.splitlines()
    assert "• `/digest &lt;link&gt;`: digest an article (several links: one digest each)" in lines
    assert "• `/digest &lt;pasted article text&gt;`: digest text you paste" in lines
    assert any(line.startswith("• `/digest who &lt;name&gt;`: ") for line in lines)
    assert any(line.startswith("• `/digest status`: ") for line in lines)
    # Nothing left that Slack would read as markup (<...>) or as a broken entity (&).
    assert "<" not in text and ">" not in text
    assert all(part.startswith(("amp;", "lt;", "gt;")) for part in text.split("&")[1:])


def test_error_replies_escape_the_users_words(bot):
    # Slack sends the typed `<` `>` `&` entity-encoded; the reply shows them as typed.
    reply = slash(bot, "&lt;b&gt;&amp;").json()["text"]
    assert reply.startswith("I don't know `/digest &lt;b&gt;&amp;`.\n\n*digest-bot* reads")
    schedule = slash(bot, "schedule weekly &lt;mon&gt; 09:00").json()["text"]
    assert schedule.startswith("`&lt;mon&gt;` is not a day of the week")
    assert "<mon>" not in schedule


def test_link_is_acked_fast_then_digested_with_quotes_threaded(bot):
    url = bot.site.add("/news/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    delivery = slash(bot, f"<{url}>")
    assert delivery.elapsed < 2.5
    assert "Reading" in delivery.json()["text"]

    [parent] = wait_for_digest(bot, quotes_at_least=2)
    assert parent["channel"] == CHANNEL
    assert parent.get("unfurl_links") is False
    assert parent.blocks[0]["type"] == "header"
    assert "Transit strike" in parent.blocks[0]["text"]["text"]
    assert "Ortiz" in parent.all_text()
    assert url.split("//")[1] in parent.all_text()  # the source link

    replies = bot.slack.posts(thread_ts=parent.response["ts"])
    assert any("We will not back down" in r.all_text() for r in replies)
    back_down = next(r for r in replies if "We will not back down" in r.all_text())
    assert "Ortiz" in back_down.all_text()  # the speaker is named under the quote
    assert all(r["channel"] == CHANNEL for r in replies)


def test_same_link_again_links_to_the_first_digest_instead_of_reposting(bot):
    url = bot.site.add("/news/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    slash(bot, url)
    wait_for_digest(bot)
    bot.settle()
    posted = len(bot.slack.posts())

    slash(bot, f"<{url}|the strike story>")
    [reply] = bot.slack.wait_for_response(count=1)
    assert reply["response_type"] == "ephemeral"
    assert "already digested" in reply["text"]
    assert "standin.slack.com/archives" in reply["text"]
    bot.settle()
    assert len(bot.slack.posts()) == posted


def test_pasted_text_is_entity_decoded_and_digested(bot):
    # Slack sends pasted text entity-encoded and with links as <url|label> markup.
    text = (
        "Mayor Jane Ortiz met union leader Sam Patel on Tuesday at City Hall &amp; the two "
        "sides talked for hours.\n"
        '"We will not back down on <https://example.org/strike|the transit strike>," '
        "Ortiz said after the meeting.\n"
        '"Our drivers deserve a fair contract," Patel said.'
    )
    delivery = slash(bot, text)
    assert "pasted" in delivery.json()["text"]
    [parent] = wait_for_digest(bot)
    assert "Ortiz" in parent.all_text()
    replies = bot.slack.posts(thread_ts=parent.response["ts"])
    quote = next(r for r in replies if "We will not back down" in r.all_text())
    assert "the transit strike" in quote.all_text()  # the link's label, not its markup
    assert "example.org" not in quote.all_text()
    assert "&amp;amp;" not in "".join(c.all_text() for c in bot.slack.posts())


def test_several_links_give_one_digest_each(bot):
    first = bot.site.add("/news/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    second = bot.site.add("/news/harbor", HARBOR_TITLE, HARBOR_ARTICLE)
    slash(bot, f"<{first}> <{second}>")
    parents = wait_for_digest(bot, parents=2)
    headers = sorted(p.blocks[0]["text"]["text"] for p in parents)
    assert headers == sorted([ORTIZ_TITLE, HARBOR_TITLE])


def test_missing_page_gets_an_ephemeral_plain_error(bot):
    slash(bot, bot.site.url("/news/gone"))
    [reply] = bot.slack.wait_for_response(count=1)
    assert reply["response_type"] == "ephemeral"
    assert "not found" in reply["text"]
    assert "Traceback" not in reply["text"]
    assert bot.slack.posts() == []


def test_non_article_content_type_is_refused_in_plain_words(bot):
    bot.site.pages["/report.pdf"] = (200, "application/pdf", b"%PDF-1.7 ...")
    slash(bot, bot.site.url("/report.pdf"))
    [reply] = bot.slack.wait_for_response(count=1)
    assert "only HTML or plain text" in reply["text"]


def test_not_in_channel_says_how_to_invite(bot):
    url = bot.site.add("/news/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    bot.slack.fail("chat.postMessage", "not_in_channel")
    slash(bot, url)
    [reply] = bot.slack.wait_for_response(count=1)
    assert reply["response_type"] == "ephemeral"
    assert "/invite @digest-bot" in reply["text"]
    assert bot.slack.posts() == []

    # Once invited, asking again posts the digest (the failed attempt did not block it).
    slash(bot, url)
    wait_for_digest(bot)


def test_rate_limit_is_retried_after_retry_after_and_posts_once(bot):
    url = bot.site.add("/news/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    bot.slack.rate_limit("chat.postMessage", retry_after=1)
    slash(bot, url)
    [parent] = wait_for_digest(bot)
    limited = [c for c in bot.slack.calls_to("chat.postMessage", ok_only=False) if c.status == 429]
    assert len(limited) == 1
    assert parent.at - limited[0].at >= 0.9  # waited for Retry-After
    assert len([p for p in bot.slack.posts() if not p.get("thread_ts")]) == 1


def test_server_error_is_retried_without_duplicates(bot):
    url = bot.site.add("/news/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    bot.slack.server_error("chat.postMessage", status=503)  # the parent's first attempt fails
    slash(bot, url)
    [parent] = wait_for_digest(bot, quotes_at_least=2)
    bot.settle()
    texts = [c.get("text") for c in bot.slack.posts()]
    assert len(texts) == len(set(texts))  # nothing posted twice
    assert [p for p in bot.slack.posts() if not p.get("thread_ts")] == [parent]


def test_broken_thread_is_completed_by_a_retry_without_reposting_the_parent(bot):
    url = bot.site.add("/news/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    # The second quote reply fails for good (not retryable): the thread is left half-done.
    bot.slack.fail(
        "chat.postMessage",
        "fatal_error",
        when=lambda params: bool(params.get("thread_ts")) and "fair contract" in params["text"],
    )
    slash(bot, url)
    [error] = bot.slack.wait_for_response(count=1)
    assert "fatal_error" in error["text"]
    [parent] = [p for p in bot.slack.posts() if not p.get("thread_ts")]
    before = bot.slack.posts(thread_ts=parent.response["ts"])
    assert not any("fair contract" in r.all_text() for r in before)

    slash(bot, url)
    bot.slack.wait_for("chat.postMessage", where=lambda c: "fair contract" in (c.get("text") or ""))
    bot.settle()
    assert [p for p in bot.slack.posts() if not p.get("thread_ts")] == [parent]
    after = bot.slack.posts(thread_ts=parent.response["ts"])
    assert len(after) == len(before) + 1
    finished = bot.slack.wait_for_response(count=2)[1]
    assert "finished its thread" in finished["text"]


def test_article_strings_cannot_ping_anyone(bot):
    url = bot.site.add("/news/council", PING_TITLE, PING_ARTICLE)
    slash(bot, url)
    [parent] = wait_for_digest(bot)
    bot.settle()
    calls = bot.slack.posts()
    for call in calls:
        for text in mrkdwn_and_fallback_texts(call):
            assert "<!channel>" not in text
            assert "<!here>" not in text
            assert "<@U123>" not in text
    everything = "\n".join(c.all_text() for c in calls)
    assert "&lt;!here&gt;" in parent.get("text")  # the headline, escaped in the fallback
    assert "&lt;!channel&gt;" in everything  # the quote, escaped in its reply


def test_watch_and_unwatch_answer_at_once(bot):
    delivery = slash(bot, "watch")
    bot.slack.wait_for("conversations.info")  # membership is checked after the ack
    body = delivery.json()
    assert body["response_type"] == "in_channel"
    assert "watch this channel" in body["text"]
    assert bot.store.is_watched(CHANNEL)
    assert "already watching" in slash(bot, "watch").json()["text"]
    assert "stopped watching" in slash(bot, "unwatch").json()["text"]
    assert not bot.store.is_watched(CHANNEL)
    assert "wasn't watching" in slash(bot, "unwatch").json()["text"]


def test_bad_signature_and_stale_timestamp_are_rejected(bot):
    url = bot.site.add("/news/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    unsigned = bot.sender.command(url, signed=False, response_url=bot.slack.response_url())
    assert unsigned.status == 401
    forged = bot.sender.command(
        url,
        response_url=bot.slack.response_url(),
        headers={"X-Slack-Signature": "v0=" + "0" * 64},
    )
    assert forged.status == 401
    stale = bot.sender.command(
        url, response_url=bot.slack.response_url(), timestamp=int(time.time()) - 60 * 10
    )
    assert stale.status == 401
    bot.settle()
    assert bot.slack.posts() == []
    assert bot.slack.responses == []


def test_page_without_article_text_gets_a_plain_reply(bot):
    bot.site.pages["/news/empty"] = (
        200,
        "text/html",
        b"<html><body><nav>Home | City | Sports</nav><footer>(c)</footer></body></html>",
    )
    slash(bot, bot.site.url("/news/empty"))
    [reply] = bot.slack.wait_for_response(count=1)
    assert "no article text" in reply["text"]
    assert bot.slack.posts() == []


def test_threads_left_half_posted_are_finished_at_start_up(bot):
    url = bot.site.add("/news/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    # Every thread reply fails, as if the bot died right after posting the parent.
    bot.slack.fail("chat.postMessage", "fatal_error", times=99, when=lambda p: "thread_ts" in p)
    slash(bot, url)
    bot.slack.wait_for_response(count=1)
    [parent] = bot.slack.posts()
    bot.slack.clear_faults()

    assert bot.services.digests.resume_incomplete() == 1
    replies = bot.slack.posts(thread_ts=parent.response["ts"])
    assert any("We will not back down" in r.all_text() for r in replies)
    assert [p for p in bot.slack.posts() if not p.get("thread_ts")] == [parent]
    assert bot.services.digests.resume_incomplete() == 0  # nothing left to finish


def test_watch_in_a_direct_message_is_declined(bot):
    delivery = bot.sender.command(
        "watch", channel="D0DIRECT", response_url=bot.slack.response_url()
    )
    assert "not in direct messages" in delivery.json()["text"]
    assert not bot.store.is_watched("D0DIRECT")


def test_watch_in_a_channel_the_bot_is_not_in_says_to_invite_it(bot):
    bot.slack.not_member_of.add(CHANNEL)
    assert (
        bot.sender.command("watch", channel=CHANNEL, response_url=bot.slack.response_url()).json()[
            "response_type"
        ]
        == "in_channel"
    )
    [reply] = bot.slack.wait_for_response(count=1)
    assert reply["response_type"] == "ephemeral"
    assert "/invite @digest-bot" in reply["text"]
    assert bot.store.is_watched(CHANNEL)  # it starts as soon as the bot is invited


def test_oversized_headline_and_quote_are_trimmed_or_split_not_refused(bot):
    # The stand-in refuses what Slack refuses (over 50 blocks, 3,000-char sections, 150-char
    # headers) with invalid_blocks, so a post that lands here fits Slack's limits.
    long_title = "Budget hearing " + "runs long " * 40
    long_quote = " ".join(["The budget keeps every bus route and every library open"] * 80)
    url = bot.site.add(
        "/news/long",
        long_title,
        [
            "Mayor Jane Ortiz spoke for an hour at the budget hearing on Monday.",
            f'"{long_quote}," Ortiz said.',
        ],
    )
    slash(bot, url)
    [parent] = wait_for_digest(bot)
    assert len(parent.blocks[0]["text"]["text"]) <= 150
    [reply] = bot.slack.posts(thread_ts=parent.response["ts"])
    sections = [b for b in reply.blocks if b["type"] == "section"]
    assert len(sections) > 1  # the quote was split, not cut
    assert "Ortiz" in reply.all_text()
    assert not [c for c in bot.slack.calls if c.response and c.response.get("error")]
