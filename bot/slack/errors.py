"""What went wrong, in words for the person who asked: `DigestError` and Slack's error codes.

Every intake catches the one exception, `DigestError`; its message is a sentence fit to show
in Slack (blocks.problem_text decides how). Slack's own error codes become such sentences
here, once, so a listener never reads a raw `SlackApiError`.
"""

from __future__ import annotations

import logging

from slack_sdk.errors import SlackApiError

log = logging.getLogger(__name__)

SLACK_TROUBLE = "Slack is having trouble right now. Try again in a minute."

# Slack error codes a user can act on, in plain words. `{channel}` is the channel id.
SLACK_ERROR_MESSAGES = {
    "not_in_channel": (
        "I'm not a member of <#{channel}>, so I can't post there. "
        "Invite me with `/invite @digest-bot` and try again."
    ),
    "channel_not_found": (
        "I can't see this channel (a private channel or a DM I'm not in?). "
        "Invite me with `/invite @digest-bot` and try again."
    ),
    "is_archived": "This channel is archived, so I can't post the digest there.",
    "restricted_action": "This workspace does not let me post in <#{channel}>.",
    "ratelimited": "Slack is rate-limiting me right now. Try again in a minute.",
    "invalid_auth": "My Slack token was refused. An admin needs to check SLACK_BOT_TOKEN.",
    "not_authed": "My Slack token was refused. An admin needs to check SLACK_BOT_TOKEN.",
    "account_inactive": "My Slack token is no longer active. An admin needs to reinstall the app.",
}


class DigestError(Exception):
    """A request that could not be completed; `str(error)` is one sentence for the user.

    `code` says what kind: "article" (the input; its text quotes the article, so it is
    escaped before display), a Slack error code, or "5xx" (Slack trouble, worth a retry).
    """

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.code = code


def error_code(error: SlackApiError) -> str:
    """Slack's `error` field, or "" when the body is not Slack's JSON (a proxy's error page)."""
    if error.response is None:
        return ""
    try:
        return str(error.response.get("error") or "")
    except Exception:  # a non-JSON body has no error code
        return ""


def slack_error(error: SlackApiError, *, channel: str = "") -> DigestError:
    """Translate a Web API error (after the SDK's retries) into a sentence for the user."""
    code = error_code(error)
    status = getattr(error.response, "status_code", None)
    if code in SLACK_ERROR_MESSAGES:
        return DigestError(SLACK_ERROR_MESSAGES[code].format(channel=channel), code=code)
    if status and status >= 500:
        return DigestError(SLACK_TROUBLE, code="5xx")
    log.warning("Slack API error %s (HTTP %s)", code or "unknown", status)
    return DigestError(
        f"Slack refused the message ({code or f'HTTP {status}'}).", code=code or None
    )
