"""Slack's `auth.test` at start-up, and again until it passes: what `/readyz`'s "slack"
check stands for in single-workspace mode.

A token Slack refuses (`invalid_auth`, `token_revoked`, ...) will not start working by
itself: `digest-bot run` says so in one line and exits 1. Anything else (Slack not
reachable, a 5xx, a rate limit, Slack's `fatal_error`) is passing: the bot starts all the
same, says so in one line, and `SlackAuthRetry` tries again in the background (1 s, doubling
up to a minute) with `/readyz` answering 503 and the reason until it passes.

The probe's client has no retry handlers and a silenced logger: slack_sdk logs every
failed connection at ERROR, which made an unreachable Slack ten lines of retries before
the one that said what was wrong.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from http.client import HTTPException

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.settings import Settings, secret
from bot.slack.errors import error_code

log = logging.getLogger("digest_bot.run")

# Answers that mean the token itself is refused: trying again will not help.
REFUSED = frozenset(
    {
        "invalid_auth",
        "not_authed",
        "account_inactive",
        "token_revoked",
        "token_expired",
        "no_permission",
        "org_login_required",
        "ekm_access_denied",
        "not_allowed_token_type",
    }
)
FIRST_RETRY_SECONDS = 1.0
MAX_RETRY_SECONDS = 60.0
TIMEOUT_SECONDS = 10


@dataclass(frozen=True)
class AuthOutcome:
    """One auth.test: passed, or why not and whether trying again can help."""

    passed: bool
    reason: str = ""
    refused: bool = False


def quiet_sdk_logger() -> logging.Logger:
    """slack_sdk's logger for start-up calls (auth.test, the Socket Mode connection): its
    per-failure ERROR lines and per-retry INFO lines are ours to say, once."""
    logger = logging.getLogger("digest_bot.slack_auth.sdk")
    logger.setLevel(logging.CRITICAL)
    logger.propagate = False
    return logger


def auth_test(settings: Settings) -> AuthOutcome:
    """Ask Slack once whether the bot token works (no retries: the caller decides)."""
    client = WebClient(
        token=secret(settings.slack_bot_token),
        base_url=settings.slack_api_url,
        timeout=TIMEOUT_SECONDS,
        retry_handlers=[],
        logger=quiet_sdk_logger(),
    )
    try:
        client.auth_test()
    except SlackApiError as e:
        code = error_code(e)
        status = getattr(e.response, "status_code", 200)
        reason = code or f"HTTP {status}"
        return AuthOutcome(False, reason, refused=code in REFUSED)
    except (OSError, HTTPException, ValueError) as e:
        return AuthOutcome(False, _one_line(e))
    return AuthOutcome(True)


def _one_line(error: BaseException) -> str:
    return (" ".join(str(error).split()) or type(error).__name__)[:300]


class SlackAuthRetry:
    """Runs auth.test until it passes (or `stop` is set), backing off; `on_pass` is told."""

    def __init__(
        self,
        settings: Settings,
        *,
        stop: threading.Event,
        on_pass: Callable[[], None],
        on_fail: Callable[[AuthOutcome], None],
        test: Callable[[Settings], AuthOutcome] = auth_test,
    ) -> None:
        self.settings = settings
        self.stop = stop
        self.on_pass = on_pass
        self.on_fail = on_fail
        self.test = test
        self.thread = threading.Thread(target=self._run, name="digest-bot-auth", daemon=True)

    def start(self) -> SlackAuthRetry:
        self.thread.start()
        return self

    def _run(self) -> None:
        wait = FIRST_RETRY_SECONDS
        refused_said = False
        while not self.stop.wait(wait):  # a stop ends the wait at once
            outcome = self.test(self.settings)
            if outcome.passed:
                self.on_pass()  # before the line: whoever reads it finds /readyz ready
                log.info("Slack's auth.test passed: the bot token works")
                return
            self.on_fail(outcome)
            if outcome.refused and not refused_said:
                log.error("Slack refuses the bot token (%s): fix SLACK_BOT_TOKEN", outcome.reason)
                refused_said = True
            else:
                log.debug("auth.test did not pass (%s); trying again in %g s", outcome.reason, wait)
            wait = min(wait * 2, MAX_RETRY_SECONDS)
