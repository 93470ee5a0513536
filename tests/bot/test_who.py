"""`/digest who <name>` over signed HTTP: the channel's articles that mention a person, found
by name, surname or title, accent- and case-blind, newest first, each linking its digest;
never another channel's; an ambiguous name names the candidates instead."""

from __future__ import annotations

from datetime import datetime

from bot.digesting.person_index import lookup_in
from bot.digesting.service import DigestRequest
from bot.storage.records import ArticleRecord, PostedDigest, PostRecord
from digests.model import Digest, Person, Quote
from tests.bot.conftest import Bot

CHANNEL = "C0NEWS"
OTHER = "C0OTHER"

# Written for these tests (invented people). The first names its water commissioner in
# full with her title; the second only by surname; the third not at all.
RESERVOIR = (
    "Reservoir levels fall for a third month\n"
    "Water commissioner Marta Vuković met Mayor Jane Ortiz on Tuesday at City Hall to "
    "discuss the drought.\n"
    '"We have never seen the reservoir this low," Vuković said after the meeting.\n'
    "The water commissioner urged residents to cut their use by a fifth.\n"
    '"Every household can help," Ortiz said.'
)
FERRY = (
    "Night ferry returns to the harbour\n"
    "Harbour master Ines Duarte said the night ferry runs again from Friday.\n"
    '"The crews are ready," Duarte said on Monday.\n'
    "The service was suspended in the spring."
)
RATIONING = (
    "City weighs water rationing\n"
    "The council will vote on Thursday on a plan to ration water through the summer.\n"
    '"Rationing is the last thing we want," Vuković told reporters on Monday.\n'
    '"But the numbers leave us little choice," Vuković said.\n'
    "Council member Piet Anders opposed the plan."
)
PILOTS = (
    "Harbour pilots threaten a strike\n"
    "Harbour pilot Carlos Ortiz said the pilots will stop work next week.\n"
    '"Nobody has listened to us for a year," Ortiz said on Wednesday.\n'
    "The port authority declined to comment."
)


def digest_in(bot: Bot, channel: str, text: str) -> str:
    """Digest and post `text` in `channel` (the one digest path every intake uses); the
    permalink the stand-in gives its digest."""
    result = bot.services.digests.digest_and_post(DigestRequest(channel=channel, text=text))
    assert result.status == "posted"
    post = bot.store.post_for(channel, result.article.id)
    return f"https://standin.slack.com/archives/{channel}/p{post.parent_ts.replace('.', '')}"


def who(bot: Bot, name: str, channel: str = CHANNEL) -> dict:
    """`/digest who <name>` as Slack sends it (text entity-encoded); the ephemeral reply."""
    encoded = name.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    before = len(bot.slack.responses)
    delivery = bot.sender.command(
        f"who {encoded}", channel=channel, response_url=bot.slack.response_url()
    )
    assert delivery.status == 200 and delivery.elapsed < 3.0
    replies = bot.slack.wait_for_response(count=before + 1)
    reply = replies[before]
    assert reply["response_type"] == "ephemeral"
    return reply


def shown(reply: dict) -> str:
    return "\n".join(b["text"]["text"] for b in reply.get("blocks") or [] if b.get("text"))


def test_who_finds_a_person_by_title_surname_and_accentless_name_newest_first(bot: Bot) -> None:
    reservoir = digest_in(bot, CHANNEL, RESERVOIR)
    digest_in(bot, CHANNEL, FERRY)
    rationing = digest_in(bot, CHANNEL, RATIONING)
    digest_in(bot, OTHER, RESERVOIR)  # another channel's digest is not this channel's

    reply = who(bot, "the water commissioner")
    text = shown(reply)
    assert "*Marta Vuković* appears in 2 articles in this channel, newest first:" in text
    lines = [line for line in text.splitlines() if line.startswith("• ")]
    assert len(lines) == 2
    newest, oldest = lines
    assert newest.startswith(f"• <{rationing}|City weighs water rationing>: 2 quotes, <!date^")
    assert oldest.startswith(
        f"• <{reservoir}|Reservoir levels fall for a third month>: water commissioner, 1 quote, "
    )
    assert OTHER not in text and "Night ferry" not in text

    for alias in ("Vukovic", "VUKOVIĆ", "vuković's", "Marta Vukovic", "Commissioner Vuković"):
        assert shown(who(bot, alias)) == text, alias


def test_who_is_per_channel_and_says_when_no_article_mentions_the_name(bot: Bot) -> None:
    digest_in(bot, CHANNEL, FERRY)
    digest_in(bot, OTHER, RESERVOIR)
    reply = who(bot, "Duarte", channel=OTHER)
    assert reply["text"] == "No article in this channel mentions “Duarte”."
    assert "Ines Duarte" in shown(who(bot, "the harbour master"))
    bot.settle()
    assert not [c for c in bot.slack.posts() if "who" in str(c.get("text"))]  # only ephemeral


def test_a_name_that_fits_two_people_names_both_and_lists_neither(bot: Bot) -> None:
    digest_in(bot, CHANNEL, RESERVOIR)
    digest_in(bot, CHANNEL, PILOTS)
    reply = who(bot, "Ortiz")
    assert reply["text"] == (
        "“Ortiz” could be more than one person in this channel's articles: "
        "*Carlos Ortiz*, *Jane Ortiz*. Ask with a full name."
    )
    assert "Harbour pilots threaten a strike" in shown(who(bot, "Carlos Ortiz"))
    assert "Harbour pilots" not in shown(who(bot, "Mayor Ortiz"))


def test_who_without_a_name_and_odd_names_are_answered_escaped(bot: Bot) -> None:
    delivery = bot.sender.command("who", channel=CHANNEL, response_url=bot.slack.response_url())
    assert delivery.json()["text"] == (
        "Say whose name: `/digest who &lt;name&gt;`, like `/digest who Jane Ortiz`."
    )
    reply = who(bot, "<Ortiz> & co")
    assert reply["text"] == "No article in this channel mentions “&lt;Ortiz&gt; &amp; co”."


def test_a_digest_posted_after_a_question_is_in_the_next_answer(bot: Bot) -> None:
    digest_in(bot, CHANNEL, RESERVOIR)
    assert "appears in 1 article in this channel" in shown(who(bot, "Vukovic"))
    rationing = digest_in(bot, CHANNEL, RATIONING)
    text = shown(who(bot, "Vukovic"))
    assert "appears in 2 articles in this channel" in text
    assert text.splitlines()[1].startswith(f"• <{rationing}|City weighs water rationing>")


# -- matching rules on stored digests, without Slack -------------------------------------------


def _posted(n: int, *people: Person, speakers: tuple[str, ...] = ()) -> PostedDigest:
    digest = Digest(
        title=f"Story {n}", people=list(people), quotes=[Quote("…", s) for s in speakers]
    )
    post = PostRecord(n, CHANNEL, n, "command", None, None, f"170000000{n}.000100", 0, None)
    article = ArticleRecord(n, f"hash{n}", f"https://example.org/{n}", f"Story {n}", digest)
    return PostedDigest(post, article, datetime(2026, 1, n))


def test_a_name_part_after_a_title_is_still_a_part() -> None:
    posted = [
        _posted(2, Person("Dorota Kim", "doctor", ["Kim"])),
        _posted(1, Person("Jane Kim", "doctor", ["Kim", "Dr Jane Kim"])),
    ]
    assert lookup_in(posted, "Dr Kim").candidates == ["Dorota Kim", "Jane Kim"]
    assert [a.post.id for a in lookup_in(posted, "Dr Jane Kim").appearances] == [1]
    assert lookup_in(posted, "the doctor").ambiguous


def test_full_name_aliases_join_spellings_and_quotes_are_counted_per_article() -> None:
    posted = [
        _posted(
            3, Person("Tom Halloran", "port director", ["Halloran"]), speakers=("Tom Halloran",) * 3
        ),
        _posted(2, Person("Lena Fischer", "harbour pilot")),
        _posted(1, Person("Thomas Halloran", "port director", ["Tom Halloran"])),
    ]
    found = lookup_in(posted, "tom halloran")
    assert [(a.post.id, a.name, a.quotes) for a in found.appearances] == [
        (3, "Tom Halloran", 3),
        (1, "Thomas Halloran", 0),
    ]
    assert lookup_in(posted, "the port director").appearances == found.appearances
    assert lookup_in(posted, "x").appearances == [] and not lookup_in(posted, "x").ambiguous
