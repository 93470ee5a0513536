"""How the bot's log lines look: plain text (the default) or, with LOG_FORMAT=json, one JSON
object per line for log collectors (Loki, CloudWatch, Elasticsearch...).

Both formats pass every line through the same redaction: the configured secrets (the Slack
tokens, the signing secret, the client secret, the database password) and anything shaped
like a Slack token are replaced by `[redacted]` before the line is written, whatever logged
it (our code, Bolt, the Slack SDK, SQLAlchemy) and whether it sits in the message or in a
traceback. Secrets are never meant to reach a log; this is the net under that rule.
"""

from __future__ import annotations

import json
import logging
import re
import threading
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, TextIO

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
REDACTED = "[redacted]"
# xoxb- (bot), xoxp- (user), xoxa-/xoxr- (rotating), xoxe- (refresh), xapp- (app-level).
SLACK_TOKEN = re.compile(r"\bx(?:ox[a-z]|app)-[A-Za-z0-9-]+")
# Secrets shorter than this are not searched for: they would redact ordinary words.
MIN_SECRET_LENGTH = 6


class Redactor:
    """Replaces the given secret values, and anything that looks like a Slack token."""

    def __init__(self, secrets: Iterable[str | None] = ()) -> None:
        values = {s for s in secrets if s and len(s) >= MIN_SECRET_LENGTH}
        # Longest first, so a secret containing another is replaced whole.
        self._secrets = sorted(values, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for value in self._secrets:
            text = text.replace(value, REDACTED)
        return SLACK_TOKEN.sub(REDACTED, text)


class TextFormatter(logging.Formatter):
    """`time LEVEL logger: message`, redacted."""

    def __init__(self, redact: Redactor) -> None:
        super().__init__(TEXT_FORMAT)
        self.redact = redact

    def format(self, record: logging.LogRecord) -> str:
        return self.redact(super().format(record))


class JsonFormatter(logging.Formatter):
    """One JSON object per record, on one line: `time` (ISO 8601, UTC), `level`, `logger`,
    `message`, `thread`, and `exception` (the traceback as one string) when there is one.
    Newlines inside the message stay escaped in the JSON, so a record is always one line."""

    def __init__(self, redact: Redactor) -> None:
        super().__init__()
        self.redact = redact

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": self.redact(record.getMessage()),
            "thread": record.threadName,
        }
        if record.exc_info:
            entry["exception"] = self.redact(self.formatException(record.exc_info))
        if record.stack_info:
            entry["stack"] = self.redact(self.formatStack(record.stack_info))
        return json.dumps(entry, ensure_ascii=False, default=str)


def configure_logging(
    *, level: str, log_format: str, stream: TextIO, secrets: Iterable[str | None] = ()
) -> logging.Handler:
    """Send every log record to `stream`, as text or JSON (`log_format`), redacted; replaces
    whatever handlers the root logger had. Returns the handler."""
    redact = Redactor(secrets)
    handler = logging.StreamHandler(stream)
    formatter = JsonFormatter(redact) if log_format == "json" else TextFormatter(redact)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level.upper())
    # Warnings and exceptions that end a thread would otherwise be printed raw to stderr,
    # breaking "one JSON object per line": they become log records too.
    logging.captureWarnings(True)
    threading.excepthook = _log_thread_exception
    return handler


def _log_thread_exception(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    thread = args.thread.name if args.thread is not None else "?"
    logging.getLogger("digest_bot.threads").error(
        "uncaught exception in thread %s",
        thread,
        exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
    )
