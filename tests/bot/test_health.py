"""/healthz and /readyz in both modes, from a real `digest-bot run` process, and the image's
HEALTHCHECK command against it."""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys

from sqlalchemy import create_engine, text

from bot.ops.health import HealthChecks, database_check, serve_health
from bot.storage.database import make_engine
from tests.bot.bot_process import ROOT, after, get, start_bot
from tests.bot.conftest import postgres_database

READY_LINE = "the spaCy model is loaded: ready"


def readiness(url: str) -> tuple[int, dict]:
    status, body = get(url)
    return status, json.loads(body)


def healthcheck_command() -> list[str]:
    """The Dockerfile's HEALTHCHECK CMD (exec form), as the container runs it."""
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    match = re.search(r"^HEALTHCHECK\b.*?CMD\s+(\[.*?\])\s*$", dockerfile, re.M | re.S)
    assert match, "the Dockerfile has a HEALTHCHECK in exec form"
    command = json.loads(match.group(1).replace("\\\n", " "))
    assert command[0] == "python"
    return [sys.executable, *command[1:]]


def test_http_mode_answers_healthz_at_once_and_readyz_once_the_model_is_loaded(
    slack, tmp_path
) -> None:
    bot = start_bot(slack, tmp_path)
    try:
        line = bot.wait_line("listening for Slack on")
        base = after(line, "listening for Slack on ").removesuffix("/slack/events")
        assert get(f"{base}/healthz") == (200, b"ok")
        bot.wait_line(READY_LINE)
        status, body = readiness(f"{base}/readyz")
        assert status == 200
        checks = {"model": True, "database": True, "slack": True, "listeners": True}
        assert body == {"ready": True, "checks": checks}
        assert slack.calls_to("auth.test")  # what "slack: true" stands for
        bot.terminate()
        assert bot.wait() == 0
    finally:
        bot.close()


def test_socket_mode_serves_health_on_its_own_port_and_the_image_healthcheck_passes(
    slack, tmp_path
) -> None:
    bot = start_bot(
        slack, tmp_path, SLACK_APP_TOKEN=slack.app_token, SLACK_SIGNING_SECRET="", HEALTH_PORT=0
    )
    try:
        line = bot.wait_line("connected to Slack in Socket Mode")
        health = after(line, "health checks on ")
        assert health.startswith("http://127.0.0.1:")  # loopback unless HEALTH_HOST says
        assert health.endswith("/healthz")
        assert get(health) == (200, b"ok")
        bot.wait_line(READY_LINE)
        status, body = readiness(health.replace("/healthz", "/readyz"))
        assert status == 200 and body["ready"] is True

        # The container's HEALTHCHECK finds the port from the same settings the bot read.
        port = health.split(":")[2].split("/")[0]
        env = {
            "PYTHONPATH": str(ROOT),
            "SLACK_APP_TOKEN": slack.app_token,
            "HEALTH_PORT": port,
            "PATH": "/usr/bin:/bin",
        }
        probe = subprocess.run(
            healthcheck_command(), env=env, cwd=tmp_path, capture_output=True, timeout=30
        )
        assert probe.returncode == 0, probe.stderr
        bot.terminate()
        assert bot.wait() == 0
        down = subprocess.run(
            healthcheck_command(), env=env, cwd=tmp_path, capture_output=True, timeout=30
        )
        assert down.returncode == 1  # nothing answers any more: unhealthy
    finally:
        bot.close()


def test_readyz_stays_503_while_auth_test_fails_and_turns_200_once_it_passes(
    slack, tmp_path
) -> None:
    slack.fail("auth.test", "fatal_error", times=1_000_000)  # until told otherwise
    bot = start_bot(slack, tmp_path)
    try:
        bot.wait_line("Slack did not answer auth.test (fatal_error)")
        line = bot.wait_line("listening for Slack on")
        base = after(line, "listening for Slack on ").removesuffix("/slack/events")
        bot.wait_line(READY_LINE)  # the model is loaded: only Slack is missing
        status, body = readiness(f"{base}/readyz")
        assert status == 503 and body["ready"] is False
        assert body["checks"]["slack"] == "auth.test has not passed: fatal_error"
        assert body["checks"]["model"] is True and body["checks"]["listeners"] is True
        assert get(f"{base}/healthz") == (200, b"ok")  # alive all the same

        slack.clear_faults()  # Slack answers again
        bot.wait_line("Slack's auth.test passed")
        status, body = readiness(f"{base}/readyz")
        assert status == 200 and body["ready"] is True
        assert len(slack.calls_to("auth.test")) == 1  # the one that passed
        bot.terminate()
        assert bot.wait() == 0
    finally:
        bot.close()
    assert "Traceback" not in bot.output()


def test_socket_mode_health_binds_loopback_and_a_taken_port_names_health_port(
    slack, tmp_path
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        bot = start_bot(
            slack,
            tmp_path,
            SLACK_APP_TOKEN=slack.app_token,
            SLACK_SIGNING_SECRET="",
            HOST="0.0.0.0",  # HTTP mode's setting: not where Socket Mode's health listens
            HEALTH_PORT=port,
        )
        try:
            assert bot.wait() == 1
        finally:
            bot.close()
    [line] = [x for x in bot.output().splitlines() if "health checks" in x]
    assert line.startswith(f"digest-bot: cannot listen on 127.0.0.1:{port} for health checks")
    assert "HEALTH_PORT" in line and "Traceback" not in bot.output()


def test_a_model_that_cannot_load_keeps_readyz_at_503_saying_why(slack, tmp_path) -> None:
    bot = start_bot(slack, tmp_path, SPACY_MODEL="no_such_spacy_model")
    try:
        line = bot.wait_line("listening for Slack on")
        base = after(line, "listening for Slack on ").removesuffix("/slack/events")
        bot.wait_line("the spaCy model did not load")
        status, body = readiness(f"{base}/readyz")
        assert status == 503 and body["ready"] is False
        assert body["checks"]["model"].startswith("failed to load: no spaCy model found")
        assert body["checks"]["database"] is True and body["checks"]["slack"] is True
        assert get(f"{base}/healthz") == (200, b"ok")  # alive all the same
        bot.terminate()
        assert bot.wait() == 0
    finally:
        bot.close()


def test_readyz_names_a_database_that_stopped_answering(postgres_url) -> None:
    with postgres_database(postgres_url) as url:
        engine = make_engine(url)
        checks = HealthChecks(database=database_check(engine))
        checks.model_loaded.set()
        checks.slack_ok.set()
        checks.listeners_ok.set()
        server, _ = serve_health(checks, host="127.0.0.1", port=0)
        ready_url = f"http://127.0.0.1:{server.server_address[1]}/readyz"
        try:
            assert readiness(ready_url)[0] == 200
            name = engine.url.database
            admin = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
            admin.dispose()
            status, body = readiness(ready_url)
            assert status == 503
            assert body["checks"]["database"].startswith("unreachable: ")
            assert name in body["checks"]["database"]  # "database ... does not exist"
            assert get(ready_url.replace("/readyz", "/healthz")) == (200, b"ok")
        finally:
            server.shutdown()
            server.server_close()
            engine.dispose()
