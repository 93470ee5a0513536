"""`/digest`: digest links or pasted text; `watch`, `unwatch`, `schedule ...`, `help`.

The ack function answers within Slack's 3 seconds (help, watch, schedule, or "reading...");
the digest itself runs in the lazy listener. Errors go back ephemeral through `respond`,
which works even in a channel the bot is not a member of. A new subcommand is a word in
`plan_for`, a branch in `acknowledge_digest` (and in `digest_requested` if it is slow) and a
line in `HELP`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Literal

from slack_bolt import Ack, App, Respond

from ..blocks import SOMETHING_WENT_WRONG, earlier_digest_text, escape, link, problem_text
from ..errors import DigestError
from ..membership import bot_membership
from ..response_url_digest import (
    NOT_THERE_CODES,
    is_direct_conversation,
    post_through_response_url,
)
from ..schedule import ScheduleError, parse_schedule_command
from ..service import DigestRequest
from ..services import Services, bound
from ..slack_text import decode_slack_text, links_in_text, only_links, split_command_text

log = logging.getLogger(__name__)

COMMAND = "/digest"
# Pasted text shorter than this many words is more likely a mistyped subcommand.
MIN_PASTED_WORDS = 8

HELP = """*digest-bot* reads news articles and posts a digest: the key people and their roles, \
the meetings, the demands, and every quote with its speaker in the thread.
• `/digest <link>`: digest an article (several links: one digest each)
• `/digest <pasted article text>`: digest text you paste
• `/digest watch`: from now on, digest every article link posted in this channel, in its thread
• `/digest unwatch`: stop watching this channel
• `/digest help`: this message
You can also mention me with links: `@digest-bot https://…` and I reply in the thread.
• `/digest schedule daily 09:00` (or `weekdays 08:30 Europe/Berlin`, `weekly mon 09:00`, \
`list`, `off`): a roundup of this channel's digests"""

PlanKind = Literal["help", "watch", "unwatch", "schedule", "links", "text", "unknown"]


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
    if word == "schedule":
        return Plan("schedule", word=word, args=args)
    links = only_links(text)
    if links:
        return Plan("links", links=tuple(links))
    pasted = decode_slack_text(text).strip()
    if len(pasted.split()) < MIN_PASTED_WORDS:
        # A few words around links ("/digest this one <url>") still ask for the links.
        links = links_in_text(text)
        return Plan("links", links=tuple(links)) if links else Plan("unknown", word=word)
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
        ack(**schedule_reply(services, plan.args, channel))
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


def schedule_reply(services: Services, args: str, channel: str) -> dict[str, Any]:
    """`/digest schedule ...`: fast (a few database rows), so it answers in the ack.
    Setting or stopping a channel's roundup is news for the channel; the rest is for you."""
    try:
        reply = services.roundups.handle_command(args, channel)
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


def _respond(respond: Respond, text: str) -> None:
    try:
        respond(text=text, response_type="ephemeral", replace_original=False)
    except Exception:  # the reply is a courtesy; never let it mask the result
        log.warning("could not send the ephemeral reply", exc_info=True)
