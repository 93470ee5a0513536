"""Who is in which conversation, as Slack tells it: the bot (`bot_membership`) and a person
(`user_channels`).

Slack's "no" comes in kinds a user must hear apart: the bot is not a member (invite it), the
conversation is private and the bot is not in it (Slack then says it does not exist), or the
app lacks the scope to ask at all (`missing_scope`: an admin must add it and reinstall). The
last one used to be read as "yes, a member", so `/digest watch` in a private channel said
"watching" while no message ever arrived. Here each answer is its own status with its words;
nothing is guessed.
"""

from __future__ import annotations

import itertools
import logging
from dataclasses import dataclass
from http.client import HTTPException
from typing import Literal

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.slack.errors import error_code

log = logging.getLogger(__name__)

MembershipStatus = Literal["member", "not_member", "hidden", "missing_scope", "unknown"]

# users.conversations: the channels a person is in that the bot may see (public ones, and
# private ones it is in too). Needs channels:read and groups:read.
CHANNEL_TYPES = "public_channel,private_channel"
PAGE_SIZE = 200
MAX_PAGES = 20

NOT_A_MEMBER = (
    ":warning: I'm not a member of this channel yet, so I can't see its messages. "
    "Invite me with `/invite @digest-bot` and watching starts."
)
HIDDEN = (
    ":warning: I'm not in this conversation, so Slack doesn't let me see it (a private "
    "channel needs me invited: `/invite @digest-bot`). Watching starts once I'm in."
)
MISSING_SCOPE = (
    ":warning: Slack didn't let me check whether I'm in this channel: the app lacks the "
    "`{needed}` permission. An admin needs to add it (see manifest.yml) and reinstall the "
    "app; until then I can't tell whether watching works here."
)
UNKNOWN = (
    ":warning: I couldn't check with Slack whether I'm in this channel ({why}). "
    "If I'm not, invite me with `/invite @digest-bot`."
)


@dataclass(frozen=True)
class Membership:
    """Whether the bot is in a conversation, and if Slack would not say, why."""

    status: MembershipStatus
    # missing_scope: the scope Slack named as needed; unknown: the error code.
    detail: str = ""

    @property
    def is_member(self) -> bool:
        """Only a definite yes counts: a refused question is not an answer."""
        return self.status == "member"

    def problem(self) -> str | None:
        """The sentence for the user when the bot cannot read the channel; None if it can."""
        if self.status == "member":
            return None
        if self.status == "not_member":
            return NOT_A_MEMBER
        if self.status == "hidden":
            return HIDDEN
        if self.status == "missing_scope":
            return MISSING_SCOPE.format(needed=self.detail or "groups:read")
        return UNKNOWN.format(why=self.detail or "no answer")


def bot_membership(client: WebClient, channel: str) -> Membership:
    """Ask Slack (conversations.info) whether the bot is a member of `channel`."""
    try:
        info = client.conversations_info(channel=channel)
    except SlackApiError as e:
        code = error_code(e)
        if code == "missing_scope":
            needed = _needed_scope(e)
            log.warning("conversations.info for %s refused: missing scope %s", channel, needed)
            return Membership("missing_scope", needed)
        if code == "channel_not_found":
            return Membership("hidden")
        log.info("conversations.info failed for %s: %s", channel, code or e)
        return Membership("unknown", code or "Slack error")
    except (OSError, HTTPException) as e:
        log.info("conversations.info failed for %s: %s", channel, e)
        return Membership("unknown", "no answer from Slack")
    found = info.get("channel") or {}
    if "is_member" not in found:
        # IMs carry no is_member: being able to see one means being in it.
        return Membership("member" if found.get("is_im") else "unknown", "no is_member")
    return Membership("member" if found["is_member"] else "not_member")


@dataclass(frozen=True)
class UserChannels:
    """The channels a person is in (that the bot may see), or why Slack would not say."""

    channels: frozenset[str]
    problem: str | None = None


def user_channels(client: WebClient, user: str) -> UserChannels:
    """Every public and private channel `user` is in that the bot can see, from
    users.conversations: the SDK's response iterates the pages (its cursor), at most
    `MAX_PAGES` of them. On any refusal the set is empty, with the reason: a view that must
    never show a channel the person is not in shows none rather than guess.
    """
    found: set[str] = set()
    try:
        first = client.users_conversations(
            user=user, types=CHANNEL_TYPES, exclude_archived=True, limit=PAGE_SIZE
        )
        for page in itertools.islice(first, MAX_PAGES):
            found.update(c["id"] for c in page.get("channels") or [] if c.get("id"))
    except SlackApiError as e:
        code = error_code(e)
        why = f"missing the `{_needed_scope(e)}` permission" if code == "missing_scope" else code
        log.warning("users.conversations for %s failed: %s", user, why or e)
        return UserChannels(frozenset(), why or "Slack error")
    except (OSError, HTTPException) as e:
        log.warning("users.conversations for %s failed: %s", user, e)
        return UserChannels(frozenset(), "no answer from Slack")
    return UserChannels(frozenset(found))


def _needed_scope(error: SlackApiError) -> str:
    try:
        return str(error.response.get("needed") or "")
    except Exception:  # a body that is not Slack's JSON names no scope
        return ""
