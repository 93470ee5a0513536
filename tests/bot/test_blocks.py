"""Block Kit rendering: escaping, and Slack's limits respected by trimming or splitting."""

from __future__ import annotations

from bot.digesting.person_index import recurring_people
from bot.digesting.service import DigestRequest
from bot.slack.blocks import (
    MAX_BLOCKS,
    MAX_HEADER_CHARS,
    MAX_SECTION_CHARS,
    Message,
    RoundupItem,
    compose_roundup,
    digest_message,
    escape,
    fit_blocks,
    problem_text,
    quote_message,
    roundup_thread_message,
    split_text,
    truncate,
    unfurl_blocks,
    unfurl_line,
)
from bot.slack.errors import SLACK_ERROR_MESSAGES, DigestError
from bot.storage.records import content_hash
from digests.model import Demand, Digest, Meeting, Person, Quote
from tests.bot.conftest import NEWS, new_service
from tests.slack_standin import SlackStandIn, block_kit_problem


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
    people = [Person(f"Person Number {i} " + "x" * 80, "role " * 20, key=True) for i in range(600)]
    meetings = [Meeting([f"P{i}", f"Q{i}"], when="y" * 900) for i in range(200)]
    digest = Digest(title="T" * 500, people=people, meetings=meetings, quotes=[])
    message = digest_message(digest)
    assert len(message.blocks) <= MAX_BLOCKS
    assert len(message.blocks[0]["text"]["text"]) <= MAX_HEADER_CHARS
    for block in message.blocks:
        if block["type"] == "section":
            assert len(block["text"]["text"]) <= MAX_SECTION_CHARS
    assert "more section(s) not shown" in str(message.blocks[-2])
    # The quote count the thread is checked against is never the part that gives way.
    assert "No direct quotes" in str(message.blocks[-1])
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


# -- every string within its element's limit ---------------------------------------------------

# What a page of deeply nested markup gives the engine as one "role" or "name".
HUGE = ("deputy director of the regional office for " * 1200).strip()  # ~50,000 characters


def huge_digest() -> Digest:
    person = Person("Marta " + "Vell" * 3000, HUGE, key=True)
    return Digest(
        title="Ferry " * 5000,
        source="https://news.example.com/" + "p" * 5000,
        people=[person, Person("Ivo " * 4000, HUGE)],
        meetings=[Meeting([person.name, "Ivo " * 4000], when=HUGE, where=HUGE)],
        demands=[Demand(person.name, "Ivo " * 4000, HUGE * 2)],
        quotes=[
            Quote(HUGE * 4, person.name, HUGE, start=0),
            Quote("Short and plain.", "Ivo " * 4000, HUGE, start=10),
        ],
    )


def test_a_huge_role_name_headline_and_quote_fit_every_block_kit_limit():
    digest = huge_digest()
    total = len(digest.quotes)
    messages = [
        digest_message(digest, requested_by="U0ALICE"),
        *(quote_message(q, index=i, total=total) for i, q in enumerate(digest.quotes)),
        compose_roundup(
            [RoundupItem(digest, permalink="https://standin.slack.com/p1")],
            recurring=recurring_people([digest]),
        ),
        roundup_thread_message(RoundupItem(digest, permalink="https://standin.slack.com/p1")),
    ]
    for message in messages:
        assert block_kit_problem(message.blocks) is None  # what Slack would refuse
        assert len(message.text) <= 3000
    parent, first, second = messages[:3]
    assert "2 quotes" in str(parent.blocks[-1])  # the count still shows
    # Each reply keeps its speaker line and its place in the thread.
    assert "quote 1 of 2" in str(first.blocks[-1]) and "Marta" in str(first.blocks[-1])
    assert "quote 2 of 2" in str(second.blocks[-1])
    assert "Short and plain." in str(second.blocks[0])
    assert "shortened" in str(first.blocks[-1])  # a 200,000-character quote is cut, and says so
    assert len(unfurl_blocks(digest)[0]["text"]["text"]) <= MAX_SECTION_CHARS


def test_a_digest_of_an_article_cut_to_the_limit_says_so_in_one_line():
    digest = sample()
    assert "were digested" not in str(digest_message(digest).blocks)
    digest.truncated_at = 400_000
    blocks = digest_message(digest).blocks
    [note] = [b for b in blocks if "400,000 characters" in str(b)]
    assert note["type"] == "context" and len(note["elements"]) == 1
    assert "1 quote," in str(blocks[-1])  # the quote count stays last


def test_fit_blocks_cuts_what_slack_sdk_lets_through():
    # slack_sdk builds these without complaint; Slack refuses every one with invalid_blocks.
    blocks = [
        {"type": "context", "elements": [{"type": "mrkdwn", "text": "a " * 5000}]},
        {"type": "section", "fields": [{"type": "mrkdwn", "text": "b " * 2000}]},
        {
            "type": "actions",
            "block_id": "x" * 400,
            "elements": [
                {
                    "type": "button",
                    "text": {"type": "plain_text", "text": "Open the digest " * 10},
                    "action_id": "y" * 400,
                    "value": "v" * 3000,
                    "confirm": {
                        "title": {"type": "plain_text", "text": "t" * 200},
                        "text": {"type": "plain_text", "text": "c " * 400},
                        "confirm": {"type": "plain_text", "text": "Yes " * 20},
                        "deny": {"type": "plain_text", "text": "No " * 20},
                    },
                }
            ],
        },
        {"type": "image", "image_url": "https://img.example.com/a.png", "alt_text": "z " * 2000},
        {"type": "header", "text": {"type": "plain_text", "text": "H " * 200}},
    ]
    fitted = fit_blocks(blocks)
    assert block_kit_problem(fitted) is None
    assert len(fitted[0]["elements"][0]["text"]) <= 3000
    assert len(fitted[1]["fields"][0]["text"]) <= 2000
    button = fitted[2]["elements"][0]
    assert len(button["text"]["text"]) <= 75 and button["text"]["text"].endswith("…")
    assert len(fitted[2]["block_id"]) <= 255 and len(button["action_id"]) <= 255
    assert len(button["value"]) <= 2000
    assert len(button["confirm"]["title"]["text"]) <= 100
    assert len(button["confirm"]["text"]["text"]) <= 300
    assert len(button["confirm"]["confirm"]["text"]) <= 30
    assert len(fitted[3]["alt_text"]) <= 2000
    assert len(fitted[4]["text"]["text"]) <= 150
    assert len(fit_blocks([blocks[0]] * 80)) == MAX_BLOCKS
    # A Message fits whatever it is given, its fallback text too.
    message = Message(text="w " * 30_000, blocks=blocks)
    assert len(message.text) <= 40_000 and message.blocks == fitted


def test_a_cut_never_leaves_half_a_link_or_entity():
    link = "<https://news.example.com/a|the article>"
    text = "see " + link * 200
    for limit in range(20, 300, 7):
        cut = truncate(text, limit)
        assert cut.count("<") == cut.count(">")
        assert not cut.rstrip("…").endswith(("&", "&a", "&am", "&amp"))


def test_every_error_reply_is_escaped_and_one_capped_line():
    article = DigestError("I couldn't digest <!channel> & <@U123>: nothing there", code="article")
    slack = DigestError("Slack refused the message (<!here>).", code="weird")
    assert "<!" not in problem_text(article) and "<@" not in problem_text(article)
    assert "&lt;!here&gt;" in problem_text(slack)
    # Our own channel links stay links (they ping nobody).
    member = SLACK_ERROR_MESSAGES["not_in_channel"].format(channel="C0NEWS")
    assert "<#C0NEWS>" in problem_text(DigestError(member, code="not_in_channel"))
    long_url = "https://news.example.com/" + "q" * 70_000
    text = problem_text(DigestError(f"I couldn't digest {long_url}: too long\nline", code="x"))
    assert len(text) <= 1100 and "\n" not in text


# -- through Slack: a digest with huge strings posts its whole thread ----------------------------


def test_a_digest_with_a_huge_role_name_and_quote_posts_its_whole_thread(
    slack: SlackStandIn, database_url: str
) -> None:
    """The finding: a 50,000-character role from nested markup made Slack answer
    invalid_blocks, and the thread stayed at 0 of 1. The stand-in refuses what Slack does."""
    service = new_service(slack, database_url)
    try:
        digest = huge_digest()
        record = service.store.save_article(
            content_hash=content_hash(HUGE), digest=digest, url=None, title=digest.title
        )
        result = service.post_digest(record, DigestRequest(channel=NEWS, text=HUGE))
        assert result.post.completed
    finally:
        service.store.close()
    refused = [c for c in slack.calls_to("chat.postMessage", ok_only=False) if not c.ok]
    assert refused == []
    [parent] = [c for c in slack.posts(NEWS) if not c.get("thread_ts")]
    thread = slack.posts(NEWS, thread_ts=parent.response["ts"])
    assert [("quote 1 of 2" in c.all_text(), "quote 2 of 2" in c.all_text()) for c in thread] == [
        (True, False),
        (False, True),
    ]
    assert "2 quotes" in parent.all_text()
