"""App Home over signed HTTP: `app_home_opened` publishes the person's Home tab with their
latest digests (linked), the watched channels they are in with roundups and feeds, and a
how-to; never anything from a conversation they are not in."""

from __future__ import annotations

from bot.slack.blocks import MAX_VIEW_BLOCKS
from bot.storage.store import Store
from bot.views.home_content import HomeChannel, HomeContent
from bot.views.home_view import home_view
from digests.model import Digest
from tests.bot.conftest import HARBOR_ARTICLE, HARBOR_TITLE, ORTIZ_ARTICLE, ORTIZ_TITLE
from tests.slack_standin import block_kit_problem

NEWS, SECRET, LEFT, QUIET = "C0NEWS", "C0SECRET", "C0LEFT", "C0QUIET"
ALICE, BOB = "U0ALICE", "U0BOB"

CANAL_TITLE = "Canal boats return to the old quay"
CANAL_ARTICLE = [
    "Boat owner Marta Lindqvist moored the first of forty canal boats at the old quay.",
    '"The quay has been empty for too long," Lindqvist said on Sunday.',
]
DEPOT_TITLE = "Tram depot plans go on show"
DEPOT_ARTICLE = [
    "Planner Oskar Nyberg unveiled the plans for the new tram depot at the library.",
    '"Every neighbour can see the drawings this week," Nyberg said.',
]
FEED_TITLE = "The Quayside Bulletin"


def rss(site, entry_url: str) -> str:
    """A one-entry RSS 2.0 feed served by the article site; its URL."""
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>{FEED_TITLE}</title><link>{site.url('/')}</link>"
        "<description>Quay news</description>"
        f"<item><title>{CANAL_TITLE}</title><link>{entry_url}</link>"
        "<guid isPermaLink='false'>quay-1</guid></item></channel></rss>"
    ).encode()
    site.pages["/quay.rss"] = (200, "application/rss+xml", body)
    return site.url("/quay.rss")


def command(bot, text: str, *, channel: str, user: str = ALICE) -> None:
    delivery = bot.sender.command(
        text, channel=channel, user=user, response_url=bot.slack.response_url()
    )
    assert delivery.status == 200


def open_home(bot, user: str) -> str:
    """Open the user's Home tab; the text of the view published for them."""
    before = len([c for c in bot.slack.calls_to("views.publish") if c.get("user_id") == user])
    _, delivery = bot.sender.app_home_opened(user=user)
    assert delivery.status == 200 and delivery.elapsed < 2.5
    bot.slack.wait_for("views.publish", count=before + 1, where=lambda c: c.get("user_id") == user)
    return bot.slack.home_text(user)


def test_the_home_tab_shows_only_what_the_person_can_see(bot):
    slack, site = bot.slack, bot.site
    slack.join(NEWS, ALICE, BOB)
    slack.join(LEFT, BOB)  # Alice asked for a digest here, then left
    slack.private.add(SECRET)
    slack.join(SECRET, BOB)  # a private channel Alice is not in
    slack.join(QUIET, BOB)  # watched, but not Alice's
    strike = site.add("/news/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    harbor = site.add("/news/harbor", HARBOR_TITLE, HARBOR_ARTICLE)
    depot = site.add("/news/depot", DEPOT_TITLE, DEPOT_ARTICLE)
    canal = site.add("/news/canal", CANAL_TITLE, CANAL_ARTICLE)

    command(bot, strike, channel=NEWS)
    bot.sender.mention(f"<{harbor}>", channel=LEFT, user=ALICE)
    bot.sender.direct_message(f"<{depot}>")  # Alice's DM with the bot
    command(bot, canal, channel=SECRET, user=BOB)
    for channel in (NEWS, SECRET, QUIET):
        command(bot, "watch", channel=channel, user=BOB)
    command(bot, "schedule daily 09:00 Europe/Berlin", channel=NEWS)
    command(bot, f"feed add {rss(site, canal)}", channel=NEWS)
    bot.slack.wait_for(
        "chat.postMessage", count=2, where=lambda c: "quay has been empty" in c.all_text()
    )  # Bob's digest, and the feed's newest entry
    bot.settle()

    home = open_home(bot, ALICE)
    assert ORTIZ_TITLE in home and DEPOT_TITLE in home
    assert HARBOR_TITLE not in home  # she is no longer in that channel
    assert CANAL_TITLE not in home  # Bob's, in a channel she is not in
    assert f"<#{NEWS}>" in home
    assert f"<#{SECRET}>" not in home and f"<#{QUIET}>" not in home and f"<#{LEFT}>" not in home
    assert "daily at 09:00 Europe/Berlin" in home
    assert FEED_TITLE in home
    assert "Digest this article" in home and "/digest watch" in home  # the how-to
    # Each digest links to its message in Slack.
    view = bot.slack.home_views[ALICE]
    linked = [t for t in home.splitlines() if ORTIZ_TITLE in t]
    assert any("standin.slack.com/archives/C0NEWS/p" in t for t in linked), linked
    assert view["type"] == "home"

    home = open_home(bot, BOB)
    assert CANAL_TITLE in home and f"<#{SECRET}>" in home and f"<#{QUIET}>" in home
    assert ORTIZ_TITLE not in home and DEPOT_TITLE not in home  # Alice's, not his


def test_the_home_tab_lists_the_last_ten_digests_newest_first(bot):
    bot.slack.join(NEWS, ALICE)
    titles = [f"Pier notice number {n} goes up" for n in range(12)]
    for n, title in enumerate(titles):
        text = (
            f"{title}\nHarbour clerk Nils Berg posted notice {n} on the pier gate on Monday. "
            f'"Notice {n} tells every visitor what changes," Berg said.'
        )
        command(bot, text, channel=NEWS)
        bot.settle()
    home = open_home(bot, ALICE)
    shown = [t for t in titles if t in home]
    assert sorted(shown) == sorted(titles[2:])
    assert home.index(titles[11]) < home.index(titles[2])  # newest first
    assert titles[0] not in home and titles[1] not in home


def test_when_slack_wont_say_which_channels_the_person_is_in_none_are_shown(bot):
    bot.slack.join(NEWS, ALICE)
    strike = bot.site.add("/news/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    depot = bot.site.add("/news/depot", DEPOT_TITLE, DEPOT_ARTICLE)
    command(bot, strike, channel=NEWS)
    command(bot, "watch", channel=NEWS)
    bot.sender.direct_message(f"<{depot}>")
    bot.settle()
    everything = {
        "app_mentions:read", "channels:history", "channels:read", "chat:write",
        "chat:write.public", "commands", "im:history", "links:read", "links:write",
    }  # fmt: skip
    bot.slack.scopes = everything  # groups:read is missing
    home = open_home(bot, ALICE)
    assert "couldn't check with Slack which channels you're in" in home
    assert "groups:read" in home
    assert ORTIZ_TITLE not in home and f"<#{NEWS}>" not in home
    assert DEPOT_TITLE in home  # her DM with the bot is hers whatever Slack says


def test_opening_the_messages_tab_publishes_nothing(bot):
    bot.sender.app_home_opened(tab="messages")
    bot.settle()
    assert bot.slack.calls_to("views.publish", ok_only=False) == []


def test_a_person_with_no_digests_gets_the_how_to(bot):
    home = open_home(bot, "U0NEWCOMER")
    assert "No digests yet" in home
    assert "send me a link" in home


def test_a_rate_limited_slack_still_gets_the_home_tab(bot):
    bot.slack.join(NEWS, ALICE)
    command(bot, "watch", channel=NEWS)
    bot.settle()
    bot.slack.rate_limit("users.conversations", retry_after=1)
    bot.slack.rate_limit("views.publish", retry_after=1)
    home = open_home(bot, ALICE)
    assert f"<#{NEWS}>" in home
    limited = [c for c in bot.slack.calls if c.status == 429]
    assert {c.method for c in limited} == {"users.conversations", "views.publish"}


def test_the_store_finds_a_persons_digests_in_their_conversations_only(database_url):
    store = Store(database_url)
    try:
        for n, (channel, user) in enumerate(
            [(NEWS, ALICE), ("D0ALICE", ALICE), (LEFT, ALICE), (NEWS, BOB), ("D0BOB", BOB)]
        ):
            article = store.save_article(content_hash=f"h{n}", digest=Digest(title=f"T{n}"))
            post, _ = store.begin_post(
                channel=channel, article_id=article.id, quotes_total=0, requested_by=user
            )
            store.set_parent_ts(post.id, f"1700000000.00000{n}")
        unposted = store.save_article(content_hash="never", digest=Digest(title="never"))
        store.begin_post(channel=NEWS, article_id=unposted.id, quotes_total=0, requested_by=ALICE)

        mine = store.digests_requested_by(ALICE, channels={NEWS}, with_dms=True)
        assert [d.article.digest.title for d in mine] == ["T1", "T0"]  # newest first
        assert [d.post.channel for d in store.digests_requested_by(ALICE, channels=set())] == []
        assert len(store.digests_requested_by(ALICE, limit=2)) == 2
        assert store.watched_channels() == []
        store.watch(NEWS)
        store.watch(SECRET)
        assert sorted(store.watched_channels()) == [NEWS, SECRET]
    finally:
        store.close()


def test_a_home_tab_with_many_watched_channels_stays_within_a_views_limits() -> None:
    channels = tuple(HomeChannel(f"C{i:04d}", schedules=(), feeds=()) for i in range(150))
    view = home_view(HomeContent(user="U1", digests=(), channels=channels))
    assert len(view["blocks"]) <= MAX_VIEW_BLOCKS
    assert block_kit_problem(view["blocks"], max_blocks=MAX_VIEW_BLOCKS) is None
    assert "more section(s) not shown" in str(view["blocks"][-1])
