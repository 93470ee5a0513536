"""`/digest`: digest links or pasted text; `watch`, `unwatch`, `help`; more subcommands plug in.

The ack function answers within Slack's 3 seconds (help, watch, or "reading..."); the digest
itself runs in the lazy listener. Errors go back ephemeral through `respond`, which works
even in a channel the bot is not a member of.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from slack_sdk.errors import SlackApiError

from bot.blocks import escape, link
from bot.service import DigestError, DigestRequest, DigestResult
from bot.slack_text import decode_slack_text, links_in_text, only_links, split_command_text

if TYPE_CHECKING:
    from slack_bolt import Ack, App, Respond

    from bot.app import Services

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
You can also mention me with links: `@digest-bot https://…` and I reply in the thread."""


@dataclass(frozen=True)
class Subcommand:
    """A `/digest <name> ...` handler that answers fast; its return text is the ack reply."""

    name: str
    handle: Callable[[str, dict[str, Any], Services], str | dict[str, Any]]
    usage: str = ""


# Other features (scheduled roundups) add theirs with `add_subcommand` before the app starts.
SUBCOMMANDS: dict[str, Subcommand] = {}


def add_subcommand(
    name: str,
    handle: Callable[[str, dict[str, Any], Services], str | dict[str, Any]],
    usage: str = "",
) -> None:
    SUBCOMMANDS[name.lower()] = Subcommand(name.lower(), handle, usage)


def help_text() -> str:
    extra = "".join(f"\n• {s.usage}" for s in SUBCOMMANDS.values() if s.usage)
    return HELP + extra


@dataclass(frozen=True)
class Plan:
    """What a `/digest` invocation asks for, decided once for ack and lazy work alike."""

    kind: str  # "help" | "watch" | "unwatch" | "sub" | "links" | "text" | "unknown"
    links: tuple[str, ...] = ()
    text: str = ""
    word: str = ""
    args: str = ""


def plan_for(text: str) -> Plan:
    word, args = split_command_text(text)
    if word in ("", "help", "-h", "--help", "?"):
        return Plan("help")
    if word in ("watch", "unwatch") and not args:
        return Plan(word)
    if word in SUBCOMMANDS:
        return Plan("sub", word=word, args=args)
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
    settings = services.settings

    def acknowledge_digest(ack: Ack, command: dict[str, Any]) -> None:
        def ack_ephemeral(text: str) -> None:
            ack(text=text, response_type="ephemeral")

        plan = plan_for(command.get("text", ""))
        channel, user = command["channel_id"], command["user_id"]
        if plan.kind == "help":
            ack_ephemeral(help_text())
        elif plan.kind == "unknown":
            ack_ephemeral(f"I don't know `/digest {escape(plan.word)}`.\n\n{help_text()}")
        elif plan.kind == "watch":
            ack(**watch_reply(services, channel, user))
        elif plan.kind == "unwatch":
            was = services.store.unwatch(channel)
            ack_ephemeral(
                "I've stopped watching this channel."
                if was
                else "I wasn't watching this channel. `/digest watch` starts."
            )
        elif plan.kind == "sub":
            try:
                reply = SUBCOMMANDS[plan.word].handle(plan.args, command, services)
            except Exception:
                log.exception("/digest %s failed", plan.word)
                reply = f":warning: `/digest {plan.word}` failed. It has been logged."
            ack(
                **(
                    {"text": reply, "response_type": "ephemeral"}
                    if isinstance(reply, str)
                    else reply
                )
            )
        elif plan.kind == "links":
            shown = ", ".join(link(u, u) for u in plan.links[: settings.max_links_per_message])
            ack_ephemeral(f":hourglass_flowing_sand: Reading {shown}…")
        else:
            ack_ephemeral(":hourglass_flowing_sand: Digesting the text you pasted…")

    def digest_requested(command: dict[str, Any], respond: Respond) -> None:
        plan = plan_for(command.get("text", ""))
        channel, user = command["channel_id"], command["user_id"]
        if plan.kind == "links":
            requests = [
                DigestRequest(channel=channel, url=url, requested_by=user, intake="command")
                for url in plan.links[: settings.max_links_per_message]
            ]
        elif plan.kind == "text":
            requests = [
                DigestRequest(channel=channel, text=plan.text, requested_by=user, intake="command")
            ]
        elif plan.kind == "watch":
            if not channel.startswith("D") and not is_member(services, channel):
                _respond(respond, NOT_A_MEMBER)
            return
        else:
            return
        for request in requests:
            reply = command_outcome(services, request)
            if reply:
                _respond(respond, reply)

    app.command(COMMAND)(ack=acknowledge_digest, lazy=[digest_requested])


def watch_reply(services: Services, channel: str, user: str) -> dict[str, Any]:
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


NOT_A_MEMBER = (
    ":warning: I'm not a member of this channel yet, so I can't see its messages. "
    "Invite me with `/invite @digest-bot` and watching starts."
)


def is_member(services: Services, channel: str) -> bool:
    """Whether the bot can see the channel's messages; True when Slack won't say."""
    try:
        info = services.client.conversations_info(channel=channel)
    except SlackApiError as e:
        log.info("conversations.info failed for %s: %s", channel, e.response.get("error"))
        return True
    return bool((info.get("channel") or {}).get("is_member", True))


def command_outcome(services: Services, request: DigestRequest) -> str | None:
    """Run one digest; the ephemeral reply for the user, or None when the post speaks for itself."""
    try:
        result: DigestResult = services.digests.digest_and_post(request)
    except DigestError as e:
        return f":warning: {escape(str(e))}" if e.code == "article" else f":warning: {e}"
    except Exception:
        log.exception("digest failed for %s in %s", request.url or "pasted text", request.channel)
        return ":warning: Something went wrong while digesting that. It has been logged."
    title = f"“{escape(result.article.title)}”" if result.article.title else "That article"
    where = link(result.permalink, "see the digest") if result.permalink else "above"
    if result.status == "already_posted":
        return f"{title} was already digested in this channel: {where}."
    if result.status == "resumed":
        return f"{title} was digested here before; I finished its thread: {where}."
    return None


def _respond(respond: Respond, text: str) -> None:
    try:
        respond(text=text, response_type="ephemeral", replace_original=False)
    except Exception:  # the reply is a courtesy; never let it mask the result
        log.warning("could not send the ephemeral reply", exc_info=True)
