"""The bot started the way operators start it, each answering `/digest help` through the
Slack stand-in: the environment `docker run --env-file .env` builds from `.env.example`
(empty values included, as real empty variables) with the two Slack secrets filled in, on
top of the image's `ENV` defaults; the same under compose.yaml's `environment` (on a real
PostgreSQL database); and `make run`'s way, the bot reading `.env` from its folder itself.
HTTP mode and Socket Mode both.

What the test changes, and why (`PLUMBING`): SLACK_API_URL points at the stand-in,
HOST/PORT at a free loopback port (tests never listen beyond loopback), DIGEST_PROCESSES=0
(no worker processes to load the model into: `/digest help` needs none), and the image's
/data and /inbox become folders under tmp_path (this machine has no container). The
compose variant's `db` service is a database on the test's PostgreSQL server.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.bot.bot_process import ROOT, SIGNING_SECRET, BotProcess, after
from tests.bot.conftest import postgres_database
from tests.deploy_files import ENV_EXAMPLE, compose_bot_env, env_file, fill, image_env
from tests.slack_standin import SlackSender, SlackStandIn


def plumbing(slack: SlackStandIn) -> dict[str, str]:
    return {
        "SLACK_API_URL": slack.api_url,
        "HOST": "127.0.0.1",
        "PORT": "0",
        "DIGEST_PROCESSES": "0",
    }


def operator_dotenv(slack: SlackStandIn, mode: str) -> str:
    """.env.example as an operator fills it in for `mode` (their two Slack secrets)."""
    text = ENV_EXAMPLE.read_text(encoding="utf-8")
    if mode == "socket":
        return fill(text, SLACK_BOT_TOKEN=slack.bot_token, SLACK_APP_TOKEN=slack.app_token)
    return fill(text, SLACK_BOT_TOKEN=slack.bot_token, SLACK_SIGNING_SECRET=SIGNING_SECRET)


def in_container(env: dict[str, str], tmp_path: Path) -> dict[str, str]:
    """The image's absolute folders, which this machine lacks, under tmp_path instead."""
    for folder in ("data", "inbox"):
        (tmp_path / folder).mkdir(exist_ok=True)
    return {
        name: value.replace("/data/", f"{tmp_path}/data/").replace("/inbox", f"{tmp_path}/inbox")
        for name, value in env.items()
    }


def process_env(values: dict[str, str]) -> dict[str, str]:
    """Only what a container would have: its PATH and our code, nothing of this shell's."""
    return {"PATH": os.environ["PATH"], "PYTHONPATH": str(ROOT), **values}


def answers_help(bot: BotProcess, slack: SlackStandIn, mode: str) -> None:
    """`/digest help` through the stand-in, over HTTP or Socket Mode, gets the help text."""
    if mode == "socket":
        bot.wait_line("connected to Slack in Socket Mode")
        slack.socket.wait_connected()
        payload = SlackSender("unused", "unused").command_payload(
            "help", response_url=slack.response_url()
        )
        envelope = slack.socket.send("slash_commands", payload, accepts_response_payload=True)
        assert "/digest watch" in slack.socket.wait_ack(envelope)["payload"]["text"]
    else:
        url = after(bot.wait_line("listening for Slack on"), "listening for Slack on ")
        reply = SlackSender(url, SIGNING_SECRET).command("help", response_url=slack.response_url())
        assert reply.status == 200, (reply.status, reply.body)
        assert "/digest watch" in reply.json()["text"]


def run_and_ask_help(env: dict[str, str], cwd: Path, slack: SlackStandIn, mode: str) -> str:
    bot = BotProcess(env, cwd)
    try:
        answers_help(bot, slack, mode)
        bot.terminate()
        assert bot.wait() == 0
    finally:
        bot.close()
    output = bot.output()
    assert "Traceback" not in output
    assert "No installation" not in output  # Bolt never went looking for OAuth stores
    assert "InstallationStore" not in output and "will be unused" not in output
    return output


def test_env_example_sets_only_what_an_operator_must_fill_in() -> None:
    handed_over = env_file(ENV_EXAMPLE.read_text(encoding="utf-8"))
    required = {"SLACK_BOT_TOKEN": "", "SLACK_SIGNING_SECRET": "", "POSTGRES_PASSWORD": ""}
    assert handed_over == required


@pytest.mark.parametrize("mode", ["http", "socket"])
def test_docker_run_with_env_file_from_env_example_answers_help(
    slack: SlackStandIn, tmp_path: Path, mode: str
) -> None:
    handed_over = env_file(operator_dotenv(slack, mode))
    # Empty values are in the environment as empty variables, as --env-file makes them.
    empty = {name for name, value in handed_over.items() if value == ""}
    assert "POSTGRES_PASSWORD" in empty
    assert ("SLACK_SIGNING_SECRET" in empty) == (mode == "socket")
    env = in_container({**image_env(), **handed_over}, tmp_path)
    output = run_and_ask_help(process_env({**env, **plumbing(slack)}), tmp_path, slack, mode)
    assert (tmp_path / "data" / "digest-bot.db").exists()  # the image's /data, not ./data
    assert "SLACK_CLIENT" not in output


def test_compose_environment_from_env_example_answers_help(
    slack: SlackStandIn, tmp_path: Path, postgres_url: str
) -> None:
    dotenv = env_file(fill(operator_dotenv(slack, "http"), POSTGRES_PASSWORD="composepw1"))
    env = compose_bot_env(dotenv)
    assert env["DATABASE_URL"].startswith("postgresql+psycopg://digest:composepw1@db:5432/")
    with postgres_database(postgres_url) as database_url:
        env["DATABASE_URL"] = database_url  # the `db` service
        env = in_container({**image_env(), **env}, tmp_path)
        run_and_ask_help(process_env({**env, **plumbing(slack)}), tmp_path, slack, "http")


def test_make_run_reading_dot_env_in_its_folder_answers_help_in_socket_mode(
    slack: SlackStandIn, tmp_path: Path
) -> None:
    (tmp_path / ".env").write_text(operator_dotenv(slack, "socket"), encoding="utf-8")
    run_and_ask_help(process_env(plumbing(slack)), tmp_path, slack, "socket")
    assert (tmp_path / "data" / "digest-bot.db").exists()  # SQLite beside it, by default


def test_empty_oauth_variables_leave_the_bot_token_in_charge(
    slack: SlackStandIn, tmp_path: Path
) -> None:
    # The old .env.example's `SLACK_CLIENT_ID=` / `SLACK_CLIENT_SECRET=`, as --env-file
    # hands them over: Bolt used to switch to its OAuth stores and answer nothing.
    text = operator_dotenv(slack, "http") + "\nSLACK_CLIENT_ID=\nSLACK_CLIENT_SECRET=\n"
    env = in_container({**image_env(), **env_file(text)}, tmp_path)
    run_and_ask_help(process_env({**env, **plumbing(slack)}), tmp_path, slack, "http")
