"""`/digest`: digest links or pasted text; `watch`, `unwatch`, `schedule ...`, `status`,
`who <name>`, `help`.

The ack function answers within Slack's 3 seconds (help, watch, schedule, or "reading...");
the digest itself runs in the lazy listener, and so does whatever asks Slack for more first
(`status` and `who` link each digest, a schedule without a zone reads the requester's Slack
time zone) and answers through `respond`. Errors go back ephemeral through `respond`,
which works even in a channel the bot is not a member of. A new subcommand is a word in
`plan_for`, a branch in `acknowledge_digest` (and in `digest_requested` if it is slow) and a
line in `HELP`.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from typing import Any, Literal

from slack_bolt import Ack, App, Respond
from slack_sdk.errors import SlackApiError

from bot.digesting.response_url import (
    NOT_THERE_CODES,
    is_direct_conversation,
    post_through_response_url,
)
from bot.digesting.schedule import ScheduleError, parse_schedule_command
from bot.digesting.service import DigestRequest
from bot.intake.feed_store import FeedRecord, FeedStore
from bot.listeners.feed_commands import acknowledge_feed, feed_requested
from bot.services import Services, bound
from bot.slack.blocks import SOMETHING_WENT_WRONG, earlier_digest_text, escape, link, problem_text
from bot.slack.errors import DigestError, error_code
from bot.slack.membership import bot_membership
from bot.slack.text import decode_slack_text, links_in_text, only_links, split_command_text
from bot.views.status import (
    WHO_SHOWN,
    DigestLink,
    channel_status_message,
    who_message,
    who_usage_message,
)

log = logging.getLogger(__name__)

COMMAND = "/digest"
# Pasted text shorter than this many words is more likely a mistyped subcommand.
MIN_PASTED_WORDS = 8

# What users type, as plain text; `HELP` is it escaped for mrkdwn, so `<link>` shows as
# typed instead of vanishing as markup. No line here carries markup of its own.
HELP_TEXT = """*digest-bot* reads news articles and posts a digest: the key people and their \
roles, the meetings, the demands, and every quote with its speaker in the thread.
• `/digest <link>`: digest an article (several links: one digest each)
• `/digest <pasted article text>`: digest text you paste
• `/digest watch`: from now on, digest every article link posted in this channel, in its thread
• `/digest unwatch`: stop watching this channel
• `/digest status`: what I do in this channel: watching, feeds, roundups, the last digests
• `/digest who <name>`: the articles here that mention a person, with their role and quotes
• `/digest feed add <feed link>` (or `feed list`, `feed remove <number>`): digest each new \
entry of an RSS or Atom feed here
• `/digest help`: this message
You can also mention me with links: `@digest-bot https://…` and I reply in the thread.
• `/digest schedule daily 09:00` (or `weekdays 08:30 Europe/Berlin`, `weekly mon 09:00`, \
`list`, `off`): a roundup of this channel's digests, in your Slack time zone unless you \
name one"""
HELP = escape(HELP_TEXT)
# How many of the channel's latest digests `/digest status` links.
STATUS_DIGESTS = 5

PlanKind = Literal[
    "help", "watch", "unwatch", "schedule", "status", "who", "feed", "links", "text", "unknown"
]


@dataclass(frozen=True)
class Plan:
    """What a `/digest` invocation asks for, decided once for ack and lazy work alike."""

    kind: PlanKind
    links: tuple[str, ...] = ()
    text: str = ""
    word: str = ""
    args: str = ""


def plan_for(text: str) -> Plan:
    """Read the command text: a subcommand, links, pasted text, or a word we don't know."""
    word, args = split_command_text(text)
    if word in ("", "help", "-h", "--help", "?"):
        return Plan("help")
    if word in ("watch", "unwatch") and not args:
        return Plan(word)
    if word == "schedule":  # Slack's entities decoded: the replies escape what they quote
        return Plan("schedule", word=word, args=decode_slack_text(args))
    if word == "status" and not args:
        return Plan("status")
    if word == "who":
        return Plan("who", word=word, args=decode_slack_text(args).strip())
    if word in ("feed", "feeds"):
        return Plan("feed", word=word, args=args)
    links = only_links(text)
    if links:
        return Plan("links", links=tuple(links))
    pasted = decode_slack_text(text).strip()
    if len(pasted.split()) < MIN_PASTED_WORDS:
        # A few words around links ("/digest this one <url>") still ask for the links.
        links = links_in_text(text)
        unknown = Plan("unknown", word=decode_slack_text(word))
        return Plan("links", links=tuple(links)) if links else unknown
    return Plan("text", text=pasted)


def register(app: App, services: Services) -> None:
    """`/digest`: the reply in the ack, the digests in the lazy listener."""
    app.command(COMMAND)(
        ack=bound(acknowledge_digest, services), lazy=[bound(digest_requested, services)]
    )


def acknowledge_digest(ack: Ack, command: dict[str, Any], *, services: Services) -> None:
    """Answer within 3 seconds: fast subcommands in full, slow ones with "reading..."."""
    plan = plan_for(command.get("text", ""))
    channel, user = command["channel_id"], command["user_id"]
    if plan.kind == "help":
        ack(text=HELP, response_type="ephemeral")
    elif plan.kind == "unknown":
        reply = f"I don't know `/digest {escape(plan.word)}`.\n\n{HELP}"
        ack(text=reply, response_type="ephemeral")
    elif plan.kind == "watch":
        ack(**watch_reply(services, channel, user))
    elif plan.kind == "unwatch":
        was = services.store.unwatch(channel)
        reply = (
            "I've stopped watching this channel."
            if was
            else "I wasn't watching this channel. `/digest watch` starts."
        )
        ack(text=reply, response_type="ephemeral")
    elif plan.kind == "schedule":
        if needs_requester_zone(plan.args):
            ack()  # the reply comes once the requester's time zone is known
        else:
            ack(**schedule_reply(services, plan.args, channel))
    elif plan.kind == "who" and not plan.args:
        ack(**who_usage_message().as_kwargs(), response_type="ephemeral")
    elif plan.kind == "feed":
        ack(**acknowledge_feed(services, plan.args, channel=channel))
    elif plan.kind in ("status", "who"):
        ack()  # the reply links each digest: it comes from the lazy listener
    elif plan.kind == "links":
        limit = services.settings.max_links_per_message
        shown = ", ".join(link(u, u) for u in plan.links[:limit])
        ack(text=f":hourglass_flowing_sand: Reading {shown}…", response_type="ephemeral")
    else:
        reply = ":hourglass_flowing_sand: Digesting the text you pasted…"
        ack(text=reply, response_type="ephemeral")


def digest_requested(command: dict[str, Any], respond: Respond, *, services: Services) -> None:
    """After the ack: digest the links or text (or check membership for `watch`)."""
    plan = plan_for(command.get("text", ""))
    channel, user = command["channel_id"], command["user_id"]
    if plan.kind == "watch":
        if not channel.startswith("D"):
            # A refused question (missing_scope) is no yes: say which problem it is.
            problem = bot_membership(services.client, channel).problem()
            if problem:
                _respond(respond, problem)
        return
    if plan.kind == "schedule":
        if needs_requester_zone(plan.args):
            zone = functools.partial(requester_timezone, services, user)
            _send(respond, schedule_reply(services, plan.args, channel, requester_zone=zone))
        return
    if plan.kind == "status":
        _send(respond, status_reply(services, channel))
        return
    if plan.kind == "feed":
        feed_requested(services, plan.args, command, respond)
        return
    if plan.kind == "who" and plan.args:
        _send(respond, who_reply(services, channel, plan.args))
        return
    if plan.kind == "links":
        limit = services.settings.max_links_per_message
        requests = [
            DigestRequest(channel=channel, url=url, requested_by=user, intake="command")
            for url in plan.links[:limit]
        ]
    elif plan.kind == "text":
        requests = [
            DigestRequest(channel=channel, text=plan.text, requested_by=user, intake="command")
        ]
    else:
        return
    # In a DM the bot is not part of, its digest goes out through the response_url.
    direct = is_direct_conversation(channel, command.get("channel_name") or "")
    for request in requests:
        reply = command_outcome(services, request, respond=respond if direct else None)
        if reply:
            _respond(respond, reply)


def watch_reply(services: Services, channel: str, user: str) -> dict[str, Any]:
    """`/digest watch`: start watching (announced in the channel) or say why not."""
    if channel.startswith("D"):
        return {
            "response_type": "ephemeral",
            "text": "Watching works in channels, not in direct messages.",
        }
    if not services.store.watch(channel, user=user):
        return {
            "response_type": "ephemeral",
            "text": "I'm already watching this channel. `/digest unwatch` stops.",
        }
    return {
        "response_type": "in_channel",
        "text": (
            f"<@{user}> asked me to watch this channel: every article link posted here gets "
            "its digest in the message's thread. `/digest unwatch` stops."
        ),
    }


def needs_requester_zone(args: str) -> bool:
    """Whether `/digest schedule <args>` sets a roundup without naming its time zone (then
    the requester's Slack time zone is asked for, after the ack)."""
    try:
        command = parse_schedule_command(args)
    except ScheduleError:
        return False
    return command.action == "set" and not command.zone_named


def requester_timezone(services: Services, user: str) -> str | None:
    """The user's Slack time zone (`users.info` -> `tz`; needs users:read), None if unknown."""
    try:
        info = services.client.users_info(user=user)
    except SlackApiError as e:
        log.info("users.info failed for %s: %s", user, error_code(e) or "no answer")
        return None
    return (info.get("user") or {}).get("tz") or None


def schedule_reply(
    services: Services, args: str, channel: str, *, requester_zone: Any = None
) -> dict[str, Any]:
    """`/digest schedule ...`: fast (a few database rows), so it answers in the ack unless it
    needs the requester's time zone. Setting or stopping a channel's roundup is news for the
    channel; the rest is for you."""
    try:
        reply = services.roundups.handle_command(args, channel, requester_zone=requester_zone)
    except Exception:
        log.exception("/digest schedule failed")
        return {
            "text": ":warning: `/digest schedule` failed. It has been logged.",
            "response_type": "ephemeral",
        }
    try:
        action = parse_schedule_command(args).action
    except ScheduleError:
        action = "help"
    shared = action in ("set", "off") and not reply.startswith("No roundups")
    return {"text": reply, "response_type": "in_channel" if shared else "ephemeral"}


def status_reply(services: Services, channel: str) -> dict[str, Any]:
    """`/digest status`: watching, feeds, roundups and the last digests, for the asker."""
    try:
        posted = services.store.posted_digests(channel, limit=STATUS_DIGESTS)
        digests = [
            DigestLink(p, services.messages.permalink(p.post.channel, p.post.parent_ts))
            for p in posted
        ]
        message = channel_status_message(
            watched=services.store.is_watched(channel),
            feeds=channel_feeds(services, channel),
            schedules=services.roundups.for_channel(channel),
            digests=digests,
        )
    except Exception:
        log.exception("/digest status failed in %s", channel)
        return {"text": ":warning: `/digest status` failed. It has been logged."}
    return message.as_kwargs()


def channel_feeds(services: Services, channel: str) -> list[FeedRecord]:
    """The channel's feed subscriptions, in the order `/digest feed list` numbers them."""
    return FeedStore(services.store).feeds_for(channel)


def who_reply(services: Services, channel: str, name: str) -> dict[str, Any]:
    """`/digest who <name>`: the channel's articles mentioning the person, newest first."""
    try:
        found = services.people.lookup(channel, name)
        links = {
            a.post.id: services.messages.permalink(a.channel, a.parent_ts)
            for a in found.appearances[:WHO_SHOWN]
        }
        message = who_message(found, links)
    except Exception:
        log.exception("/digest who failed in %s", channel)
        return {"text": ":warning: `/digest who` failed. It has been logged."}
    return message.as_kwargs()


def command_outcome(
    services: Services, request: DigestRequest, *, respond: Respond | None = None
) -> str | None:
    """Run one digest; the ephemeral reply for the user, or None when the post speaks for itself.
    With `respond`, a DM the bot is not in gets the digest through the response_url."""
    try:
        result = services.digests.digest_and_post(request)
    except DigestError as e:
        if respond is not None and e.code in NOT_THERE_CODES:
            return post_through_response_url(services.digests, request, respond)
        return problem_text(e)
    except Exception:
        log.exception("digest failed for %s in %s", request.url or "pasted text", request.channel)
        return SOMETHING_WENT_WRONG
    if result.status == "posted":
        return None
    resumed = result.status == "resumed"
    return earlier_digest_text(result.article.title, result.permalink, resumed=resumed)


def _send(respond: Respond, reply: dict[str, Any]) -> None:
    """A reply built above (text, maybe blocks and response_type; ephemeral by default)."""
    try:
        respond(**{"response_type": "ephemeral", **reply}, replace_original=False)
    except Exception:  # the reply is a courtesy; never let it mask the result
        log.warning("could not send the reply", exc_info=True)


def _respond(respond: Respond, text: str) -> None:
    try:
        respond(text=text, response_type="ephemeral", replace_original=False)
    except Exception:  # the reply is a courtesy; never let it mask the result
        log.warning("could not send the ephemeral reply", exc_info=True)
