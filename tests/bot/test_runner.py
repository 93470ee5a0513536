"""`digest-bot run` without credentials: one screen on what to set, no traceback, exit 2."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

from tests.slack_standin import SlackSender

ROOT = Path(__file__).resolve().parents[2]


def run_bot(tmp_path, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
    clean.update(env)
    clean["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", "run"],
        cwd=tmp_path,  # no .env here
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_without_credentials_it_explains_what_to_set(tmp_path):
    result = run_bot(tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "SLACK_BOT_TOKEN" in result.stderr
    assert "SLACK_APP_TOKEN" in result.stderr
    assert "manifest.yml" in result.stderr
    assert len(result.stderr.splitlines()) <= 25  # one screen


def test_bot_token_alone_asks_for_a_signing_secret_or_app_token(tmp_path):
    result = run_bot(tmp_path, SLACK_BOT_TOKEN="xoxb-not-checked")
    assert result.returncode == 2
    assert "missing: SLACK_SIGNING_SECRET" in result.stderr
    assert "xoxb-not-checked" not in result.stderr  # secrets are never echoed


def test_invalid_setting_is_one_line(tmp_path):
    result = run_bot(tmp_path, PORT="not-a-port")
    assert result.returncode == 2
    assert "PORT" in result.stderr
    assert "Traceback" not in result.stderr


def test_manifest_declares_what_the_app_uses():
    manifest = (ROOT / "manifest.yml").read_text()
    for needed in (
        "command: /digest",
        "app_mention",
        "message.channels",
        "link_shared",
        "links:write",
        "chat:write",
        "commands",
        "socket_mode_enabled: true",
        "unfurl_domains",
    ):
        assert needed in manifest


def test_a_refused_token_is_one_line_and_exit_1(tmp_path, slack):
    result = run_bot(
        tmp_path,
        SLACK_BOT_TOKEN="xoxb-wrong",
        SLACK_SIGNING_SECRET="s",
        SLACK_API_URL=slack.api_url,
    )
    assert result.returncode == 1
    assert "could not connect to Slack" in result.stderr
    assert "invalid_auth" in result.stderr
    assert "Traceback" not in result.stderr
    assert "xoxb-wrong" not in result.stderr


def test_make_run_serves_http_mode_until_terminated(tmp_path, slack):
    clean = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
    clean.update(
        PYTHONPATH=str(ROOT),
        SLACK_BOT_TOKEN=slack.bot_token,
        SLACK_SIGNING_SECRET="run-secret",
        SLACK_API_URL=slack.api_url,
        HOST="127.0.0.1",
        PORT="0",
        DATABASE_URL=f"sqlite:///{tmp_path / 'run.db'}",
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "run"],
        cwd=tmp_path,
        env=clean,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = ""
        for line in process.stderr:
            if "listening for Slack on" in line:
                break
        url = line.split("listening for Slack on ")[1].split()[0]
        sender = SlackSender(url, "run-secret")
        delivery = sender.command("help", response_url=slack.response_url())
        assert delivery.status == 200
        assert "/digest watch" in delivery.json()["text"]
        health = urllib.request.urlopen(url.replace("/slack/events", "/healthz"), timeout=5)
        assert health.read() == b"ok"
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=20) == 0
