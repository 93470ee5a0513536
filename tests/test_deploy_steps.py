"""docs/deployment.md's "Without a container" steps, run as written: a fresh virtual
environment, the bot installed into it with `constraints.txt`, `.env` made from
`.env.example`, sourced the shell's way, and `digest-bot run` answering `/digest help`
through the Slack stand-in with `/readyz` ready.

The only changes to the steps: `/opt/digest-bot` is a temporary folder, and the `.env` is
filled in (as the operator would) with the stand-in's tokens and a loopback port. The
install takes minutes (every package, from PyPI), so the test runs only with
`DEPLOY_STEPS=1`, which `.ci/run` sets after `make test`.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest

from tests.bot.bot_process import SIGNING_SECRET, BotProcess, after, get
from tests.deploy_files import fill
from tests.slack_standin import SlackSender, SlackStandIn

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "deployment.md"
PREFIX = "/opt/digest-bot"

pytestmark = pytest.mark.skipif(
    os.environ.get("DEPLOY_STEPS") != "1",
    reason="installs every package into a fresh venv: DEPLOY_STEPS=1 (.ci/run sets it)",
)


def documented_steps() -> list[str]:
    """The command lines between the deploy-steps markers, as the document shows them."""
    text = DOC.read_text(encoding="utf-8")
    block = re.search(r"<!-- deploy-steps -->\n(.*?)<!-- /deploy-steps -->", text, re.S)
    assert block, "docs/deployment.md has no deploy-steps block"
    return [line.strip() for line in block.group(1).splitlines() if line.strip()]


def test_the_documented_steps_install_and_run_the_bot(tmp_path: Path) -> None:
    steps = [line.replace(PREFIX, str(tmp_path / "opt")) for line in documented_steps()]
    install, run = steps[:3], steps[3:]
    assert install[0].startswith("python3.11 -m venv") and run[-1].startswith("exec ")
    (tmp_path / "opt").mkdir()
    for line in install:  # from a checkout, as an operator runs them
        done = subprocess.run(
            ["bash", "-euc", line], cwd=ROOT, capture_output=True, text=True, timeout=1800
        )
        assert done.returncode == 0, f"{line}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"

    with SlackStandIn() as slack:
        dotenv = tmp_path / "opt" / ".env"
        dotenv.write_text(
            fill(
                dotenv.read_text(encoding="utf-8"),
                SLACK_BOT_TOKEN=slack.bot_token,
                SLACK_SIGNING_SECRET=SIGNING_SECRET,
                SLACK_API_URL=slack.api_url,
                HOST="127.0.0.1",
                PORT="0",
            ),
            encoding="utf-8",
        )
        bot = BotProcess(
            {"PATH": "/usr/bin:/bin"}, tmp_path, command=["bash", "-euc", "\n".join(run)]
        )
        try:
            url = after(bot.wait_line("listening for Slack on"), "listening for Slack on ")
            sender = SlackSender(url, SIGNING_SECRET)
            reply = sender.command("help", response_url=slack.response_url())
            assert reply.status == 200 and "/digest watch" in reply.json()["text"]
            bot.wait_line("the spaCy model is loaded", timeout=300)
            status, body = get(url.replace("/slack/events", "/readyz"))
            assert status == 200, body
            assert json.loads(body)["ready"] is True
            bot.terminate()
            assert bot.wait(60) == 0
        finally:
            bot.close()
    assert (tmp_path / "opt" / "data" / "digest-bot.db").exists()  # SQLite in the folder
    assert "Traceback" not in bot.output()
