"""`digest-bot run` as a process: without credentials one screen on what to set (exit 2); a
database it cannot use or a refused token in one line (exit 1); HTTP mode served until
SIGTERM; LOG_FORMAT=json lines with no secret in them; old handled-event ids pruned at
start-up. (Health checks: test_health.py; SIGTERM with work in flight: test_shutdown.py.)"""

from __future__ import annotations

import importlib.util
import io
import json
import logging
import os
import signal
import subprocess
import sys
import threading
import urllib.request
from datetime import timedelta
from pathlib import Path

import pytest

from bot.ops.log_format import JsonFormatter, Redactor
from bot.storage.store import Store
from bot.storage.tables import HandledEventRow, utcnow
from tests.bot.bot_process import SIGNING_SECRET, start_bot
from tests.postgres_server import free_port
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
    headline = result.stderr.splitlines()[0]
    # Either path: Socket Mode needs the app token, HTTP mode the signing secret.
    assert headline.endswith(
        "missing: SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode)"
    )
    assert "xoxb-not-checked" not in result.stderr  # secrets are never echoed


def test_on_the_socket_mode_path_only_the_bot_token_is_asked_for(tmp_path):
    result = run_bot(tmp_path, SLACK_APP_TOKEN="xapp-not-checked", SLACK_SIGNING_SECRET="")
    assert result.returncode == 2
    assert result.stderr.splitlines()[0].endswith("missing: SLACK_BOT_TOKEN")


def test_the_setup_screen_names_a_command_that_works(tmp_path):
    # Run as `make run` does: the venv's script, with the venv not on PATH.
    script = Path(sys.executable).with_name("digest-bot")
    clean = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
    clean["PATH"] = "/usr/bin:/bin"
    result = subprocess.run(
        [str(script), "run"], cwd=ROOT, env=clean, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    [line] = [x for x in result.stderr.splitlines() if "without Slack" in x]
    shown = line.split(":", 1)[1].split()[0]
    assert shown == str(script.relative_to(ROOT))  # .venv/bin/digest-bot
    assert (ROOT / shown).exists()


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
        # Keep reading what it logs, so a full pipe never holds the bot up at shutdown.
        drain = threading.Thread(target=process.stderr.read, daemon=True)
        drain.start()
        sender = SlackSender(url, "run-secret")
        delivery = sender.command("help", response_url=slack.response_url())
        assert delivery.status == 200
        assert "/digest watch" in delivery.json()["text"]
        health = urllib.request.urlopen(url.replace("/slack/events", "/healthz"), timeout=5)
        assert health.read() == b"ok"
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=20) == 0


# -- the database at start-up ------------------------------------------------------------------


def test_a_database_that_cannot_be_reached_is_reported_as_such_in_one_line(tmp_path, slack):
    port = free_port()  # nothing listens there
    result = run_bot(
        tmp_path,
        SLACK_BOT_TOKEN=slack.bot_token,
        SLACK_SIGNING_SECRET="s",
        SLACK_API_URL=slack.api_url,
        DATABASE_URL=f"postgresql+psycopg://digest:hunter22@127.0.0.1:{port}/digest_bot",
    )
    assert result.returncode == 1
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("digest-bot: cannot reach the database at postgresql+psycopg://")
    assert "Connection refused" in line
    assert "hunter22" not in result.stderr  # the password is hidden
    assert "Slack" not in line
    assert slack.calls == []  # the database is checked before Slack


def test_a_missing_database_driver_is_reported_as_such_in_one_line(tmp_path, slack):
    if importlib.util.find_spec("pg8000") is not None:
        pytest.skip("pg8000 is installed here: no missing driver to show")
    result = run_bot(
        tmp_path,
        SLACK_BOT_TOKEN=slack.bot_token,
        SLACK_SIGNING_SECRET="s",
        SLACK_API_URL=slack.api_url,
        DATABASE_URL="postgresql+pg8000://digest:hunter22@db.invalid:5432/digest_bot",
    )
    assert result.returncode == 1
    [line] = result.stderr.strip().splitlines()
    assert "driver `pg8000` is not installed" in line
    assert "pip install 'digest-bot[postgres]'" in line
    assert "could not connect to Slack" not in line
    assert "hunter22" not in result.stderr


# -- JSON log lines, and the handled-event ids pruned at start-up ------------------------------


def test_log_format_json_writes_one_json_object_per_line_and_no_secret(tmp_path, slack):
    db_url = f"sqlite:///{tmp_path / 'bot.db'}"
    store = Store(db_url)
    try:  # one key past the retention period, one within it
        store.claim_event("event:Ev-old")
        store.claim_event("event:Ev-new")
        with store.session() as s:
            s.get(HandledEventRow, "event:Ev-old").created_at = utcnow() - timedelta(days=8)
            s.get(HandledEventRow, "event:Ev-new").created_at = utcnow() - timedelta(days=6)
    finally:
        store.close()

    bot = start_bot(slack, tmp_path, LOG_FORMAT="json", LOG_LEVEL="DEBUG", DATABASE_URL=db_url)
    try:
        listening = bot.wait_line(lambda line: "listening for Slack on" in line)
        bot.wait_line("the spaCy model is loaded")
        bot.terminate()
        assert bot.wait() == 0
    finally:
        bot.close()
    records = [as_json(line) for line in bot.output().splitlines()]  # every line is JSON
    assert as_json(listening)["level"] == "INFO"
    assert {"time", "level", "logger", "message"} <= set(records[0])
    assert any(r["message"] == "stopped" for r in records)
    assert any("pruned 1 handled Slack event ids" in r["message"] for r in records)
    text = bot.output()
    assert slack.bot_token not in text and SIGNING_SECRET not in text

    store = Store(db_url)
    try:
        with store.session() as s:
            kept = {row.key for row in s.query(HandledEventRow)}
    finally:
        store.close()
    assert kept == {"event:Ev-new"}  # pruned at start-up: older than 7 days


def as_json(line: str) -> dict:
    try:
        return json.loads(line)
    except ValueError:
        pytest.fail(f"not a JSON log line: {line!r}")


def test_the_log_formatter_redacts_tokens_and_configured_secrets():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter(Redactor(["sup3r-signing-secret"])))
    logger = logging.getLogger("tests.redaction")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.warning("token %s and secret %s", "xoxb-123-456-abc", "sup3r-signing-secret")
        try:
            raise RuntimeError("bad xapp-1-A0-99-zz")
        except RuntimeError:
            logger.exception("multi\nline")
    finally:
        logger.removeHandler(handler)
    first, second = stream.getvalue().splitlines()
    assert json.loads(first)["message"] == "token [redacted] and secret [redacted]"
    failure = json.loads(second)
    assert failure["message"] == "multi\nline"  # one line of JSON all the same
    assert "RuntimeError: bad [redacted]" in failure["exception"]


# -- Slack not reachable at start-up: one line, not the SDK's line per retry ----------------


def test_an_unreachable_slack_is_one_line_in_http_mode_and_the_bot_starts(tmp_path, slack):
    nowhere = f"http://127.0.0.1:{free_port()}/api/"  # nothing listens there
    bot = start_bot(slack, tmp_path, SLACK_API_URL=nowhere)
    try:
        said = bot.wait_line("Slack did not answer auth.test")
        assert "Connection refused" in said and "/readyz answers 503" in said
        bot.wait_line("listening for Slack on")
        bot.terminate()
        assert bot.wait() == 0
    finally:
        bot.close()
    assert "slack_sdk" not in bot.output()  # no "Going to retry", no "Failed to send"
    said_about_slack = [x for x in bot.output().splitlines() if x.startswith("digest-bot: Slack")]
    assert said_about_slack == [said]


def test_an_unreachable_slack_is_one_line_in_socket_mode(tmp_path, slack):
    nowhere = f"http://127.0.0.1:{free_port()}/api/"
    bot = start_bot(
        slack,
        tmp_path,
        SLACK_API_URL=nowhere,
        SLACK_APP_TOKEN=slack.app_token,
        SLACK_SIGNING_SECRET="",
        HEALTH_PORT=0,
    )
    try:
        assert bot.wait() == 1
    finally:
        bot.close()
    assert "slack_sdk" not in bot.output()
    lines = bot.output().splitlines()
    errors = [x for x in lines if x.startswith(("digest-bot: could not", "digest-bot: Slack"))]
    assert len(errors) == 1, errors
    assert errors[0].startswith("digest-bot: could not open the Socket Mode connection")
