"""`digest-bot run` as a real subprocess, for tests of start-up, health checks, log lines and
SIGTERM: the environment a deployment would give it (pointed at the Slack stand-in), its
stderr read line by line on a thread, and waits on those lines or on the process's exit.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.slack_standin import SlackStandIn

ROOT = Path(__file__).resolve().parents[2]
SIGNING_SECRET = "process-signing-secret"


def bot_env(slack: SlackStandIn, tmp_path: Path, **env: str) -> dict[str, str]:
    """The environment of a bot in HTTP mode on a free loopback port, SQLite in tmp_path,
    digests built in its own process (no worker processes to start); `env` overrides."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DIGEST_"))}
    clean.update(
        PYTHONPATH=str(ROOT),
        SLACK_BOT_TOKEN=slack.bot_token,
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        SLACK_API_URL=slack.api_url,
        HOST="127.0.0.1",
        PORT="0",
        DATABASE_URL=f"sqlite:///{tmp_path / 'bot.db'}",
        ALLOW_PRIVATE_URLS="true",
        DIGEST_PROCESSES="0",
        SLACK_MAX_RETRIES="1",
    )
    clean.update(env)
    return clean


class BotProcess:
    """A running `digest-bot run`; stderr lines collected as they come."""

    def __init__(self, env: dict[str, str], cwd: Path, command: list[str] | None = None) -> None:
        self.proc = subprocess.Popen(
            command or [sys.executable, "-m", "bot.cli", "run"],
            cwd=cwd,  # no .env there
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: list[str] = []
        self._cond = threading.Condition()
        self._reader = threading.Thread(target=self._read, name="bot-stderr", daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            with self._cond:
                self.lines.append(line.rstrip("\n"))
                self._cond.notify_all()
        with self._cond:
            self._cond.notify_all()

    def wait_line(self, match: Callable[[str], bool] | str, timeout: float = 60.0) -> str:
        """The first stderr line matching (a substring or a predicate); fails on timeout or
        if the process ends without printing it."""
        test = match if callable(match) else (lambda line: match in line)
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for line in self.lines:
                    if test(line):
                        return line
                if not self._reader.is_alive():
                    raise AssertionError(f"bot exited without {match!r}:\n" + self.output())
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"no line {match!r} in {timeout}s:\n" + self.output())
                self._cond.wait(remaining)

    def output(self) -> str:
        with self._cond:
            return "\n".join(self.lines)

    def terminate(self) -> None:
        self.proc.send_signal(signal.SIGTERM)

    def wait(self, timeout: float = 30.0) -> int:
        """The exit code, once the process has ended and its stderr is read to the end."""
        code = self.proc.wait(timeout)
        self._reader.join(10)
        return code

    def close(self) -> None:
        """Kill it if a test left it running."""
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)
        self._reader.join(10)


def after(line: str, marker: str) -> str:
    """The first word after `marker` in `line` (a URL the bot printed)."""
    return line.split(marker, 1)[1].split()[0].rstrip(".;,")


def get(url: str, timeout: float = 10.0) -> tuple[int, bytes]:
    """(status, body) of GET url; HTTP errors are answers too."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def start_bot(slack: SlackStandIn, tmp_path: Path, **env: Any) -> BotProcess:
    return BotProcess(bot_env(slack, tmp_path, **{k: str(v) for k, v in env.items()}), tmp_path)
