"""Reading Slack's text: entity decoding and link extraction in both forms."""

from __future__ import annotations

from bot.listeners.commands import plan_for
from bot.slack.text import (
    article_links,
    decode_slack_text,
    links_in_message,
    links_in_text,
    only_links,
)


def test_decode_turns_markup_into_what_a_reader_sees():
    text = (
        "Tom &amp; Jerry &lt;3 <https://a.example/x|the story> by <@U1|alice> in <#C1|news> <!here>"
    )
    assert decode_slack_text(text) == "Tom & Jerry <3 the story by @alice in #news @here"
    assert decode_slack_text("see <https://a.example/x>") == "see https://a.example/x"


def test_links_in_both_forms_in_order_once_each():
    text = (
        "read <https://a.example/one?x=1&amp;y=2|one>, then https://b.example/two. "
        "and <https://a.example/one?x=1&amp;y=2> again, <mailto:x@y.z|mail> <@U1>"
    )
    assert links_in_text(text) == ["https://a.example/one?x=1&y=2", "https://b.example/two"]


def test_links_in_feed_bot_attachments():
    message = {"text": "New item", "attachments": [{"title_link": "https://feed.example/a"}]}
    assert links_in_message(message) == ["https://feed.example/a"]


def test_only_links_tells_a_link_list_from_pasted_text():
    assert only_links(" <https://a.example/x>  https://b.example/y ") == [
        "https://a.example/x",
        "https://b.example/y",
    ]
    assert only_links("Read this https://a.example/x now") is None
    assert only_links("no links") is None


def test_command_plans():
    assert plan_for("").kind == "help"
    assert plan_for("HELP").kind == "help"
    assert plan_for("watch").kind == "watch"
    assert plan_for("<https://a.example/x>").links == ("https://a.example/x",)
    assert plan_for("watsch").kind == "unknown"
    assert plan_for("please read <https://a.example/x>").links == ("https://a.example/x",)
    pasted = plan_for("Mayor Jane Ortiz said the city &amp; the union will meet on Friday.")
    assert pasted.kind == "text"
    assert "city & the union" in pasted.text


def test_article_links_skip_slack_and_in_passing_media():
    links = [
        "https://team.slack.com/archives/C1/p123",
        "https://files.slack.com/files-pri/T1-F1/report.pdf",
        "https://news.example.com/story",
        "https://cdn.example.com/photo.JPG",
    ]
    assert article_links(links) == [
        "https://news.example.com/story",
        "https://cdn.example.com/photo.JPG",
    ]
    assert article_links(links, skip_media=True) == ["https://news.example.com/story"]
