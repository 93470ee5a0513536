"""Block Kit rendering: escaping, and Slack's limits respected by trimming or splitting."""

from __future__ import annotations

from bot.blocks import (
    MAX_BLOCKS,
    MAX_HEADER_CHARS,
    MAX_SECTION_CHARS,
    digest_message,
    escape,
    quote_message,
    split_text,
    truncate,
    unfurl_line,
)
from digests.model import Demand, Digest, Meeting, Person, Quote


def texts_of(blocks):
    for block in blocks:
        if "text" in block:
            yield block["text"]
        yield from block.get("elements", [])


def sample() -> Digest:
    return Digest(
        title="Transit strike talks stall",
        source="https://news.example.com/strike?a=1&b=2",
        people=[
            Person("Jane Ortiz", "mayor", key=True),
            Person("Sam Patel", "union leader", key=True),
            Person("Lee Wong", None),
        ],
        meetings=[
            Meeting(["Jane Ortiz", "Sam Patel"], when="Tuesday", where="City Hall", status="past")
        ],
        demands=[Demand("Sam Patel", "Jane Ortiz", "restore the bus routes")],
        quotes=[Quote("We will not back down,", "Jane Ortiz", "mayor")],
    )


def test_escape_neutralises_slack_control_characters():
    assert escape("<!channel> & <@U123>") == "&lt;!channel&gt; &amp; &lt;@U123&gt;"
    assert escape(None) == ""


def test_digest_message_shows_people_meeting_demand_and_quote_count():
    message = digest_message(sample(), requested_by="U0ALICE")
    blocks = message.blocks
    assert blocks[0] == {
        "type": "header",
        "text": {"type": "plain_text", "text": "Transit strike talks stall", "emoji": False},
    }
    mrkdwn = "\n".join(t["text"] for t in texts_of(blocks) if t.get("type") == "mrkdwn")
    assert "*Jane Ortiz*, mayor" in mrkdwn
    assert "• *Lee Wong*" not in mrkdwn  # listed with roles: only the key people
    assert "_Also named:_ Lee Wong" in mrkdwn
    assert "Jane Ortiz and Sam Patel · _when:_ Tuesday · _where:_ City Hall" in mrkdwn
    assert "restore the bus routes" in mrkdwn
    assert "1 quote," in mrkdwn
    assert "a=1&amp;b=2" in mrkdwn  # the source link is escaped too
    assert "<@U0ALICE>" in mrkdwn  # our own mention of the requester stays a mention
    assert "Jane Ortiz" in message.text and "1 quote(s)" in message.text


def test_empty_digest_says_so_instead_of_failing():
    message = digest_message(Digest())
    assert message.blocks[0]["text"]["text"] == "Article digest"
    assert "No people" in str(message.blocks)


def test_huge_digest_stays_within_block_kit_limits():
    people = [Person(f"Person Number {i} " + "x" * 80, "role " * 20, key=True) for i in range(300)]
    meetings = [Meeting([f"P{i}", f"Q{i}"], when="y" * 900) for i in range(200)]
    digest = Digest(title="T" * 500, people=people, meetings=meetings, quotes=[])
    message = digest_message(digest)
    assert len(message.blocks) <= MAX_BLOCKS
    assert len(message.blocks[0]["text"]["text"]) <= MAX_HEADER_CHARS
    for block in message.blocks:
        if block["type"] == "section":
            assert len(block["text"]["text"]) <= MAX_SECTION_CHARS
    assert "more section(s) not shown" in str(message.blocks[-1])
    assert len(message.text) <= 3000


def test_long_quote_is_split_across_sections_not_cut():
    words = " ".join(f"word{i}" for i in range(2000))  # ~17,000 characters
    message = quote_message(Quote(words, "Jane Ortiz", "mayor"), index=0, total=1)
    sections = [b for b in message.blocks if b["type"] == "section"]
    assert len(sections) > 1
    assert all(len(s["text"]["text"]) <= MAX_SECTION_CHARS for s in sections)
    joined = " ".join(s["text"]["text"].lstrip(">") for s in sections)
    assert "word0 " in joined and "word1999" in joined
    assert "Jane Ortiz, mayor" in str(message.blocks[-1])


def test_quote_without_a_known_speaker_says_so():
    message = quote_message(Quote("It was chaos.", None))
    assert "speaker not stated" in message.text


def test_truncate_and_split_never_break_an_entity():
    text = "a" * 95 + "&amp;" + "b" * 10
    assert truncate(text, 98).endswith("a…")
    for chunk in split_text(("x" * 7 + "&amp;") * 1000, 500):
        assert len(chunk) <= 500
        assert not chunk.endswith(("&", "&a", "&am", "&amp"))


def test_unfurl_line_names_key_people_and_the_meeting():
    line = unfurl_line(sample())
    assert "Jane Ortiz (mayor)" in line
    assert "Meeting: Jane Ortiz and Sam Patel · _when:_ Tuesday · _where:_ City Hall" in line


def test_quote_reply_drops_the_comma_that_led_into_the_attribution():
    message = quote_message(Quote("We will not back down,", "Jane Ortiz", "mayor"))
    assert message.blocks[0]["text"]["text"] == ">We will not back down"
    assert message.text == "“We will not back down” — Jane Ortiz, mayor"
