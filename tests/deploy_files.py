"""The deployment files read the way their tools read them, for tests that start the bot as
an operator would: `.env.example` as `docker run --env-file` (and compose's `env_file`)
hands it over, the Dockerfile's `ENV` defaults, compose.yaml's `environment` interpolated
from the .env. No Docker daemon is needed (none runs on these machines).
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Mapping
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
ENV_EXAMPLE = ROOT / ".env.example"


def dockerfile_instructions(name: str) -> list[str]:
    """The arguments of each Dockerfile instruction `name`, continuation lines joined and
    comments dropped."""
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    joined = "\n".join(lines).replace("\\\n", " ")
    return [
        line.split(None, 1)[1] if " " in line else ""
        for line in joined.splitlines()
        if line.split(None, 1)[:1] == [name]
    ]


def image_env() -> dict[str, str]:
    """The image's `ENV name=value ...` defaults (the Dockerfile's last word wins)."""
    values: dict[str, str] = {}
    for args in dockerfile_instructions("ENV"):
        for word in shlex.split(args):
            name, _, value = word.partition("=")
            values[name] = value
    return values


def env_file(text: str, host: Mapping[str, str] | None = None) -> dict[str, str]:
    """What `docker run --env-file` puts in the environment: every `NAME=value` line as it
    stands (no quote removal, no comment stripping, an empty value kept as an empty
    variable), a bare `NAME` taken from the host if it has it, `#` lines skipped."""
    values: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.lstrip()
        if not line or line.startswith("#"):
            continue
        name, sep, value = line.partition("=")
        if not sep:
            if host is not None and name.strip() in host:
                values[name.strip()] = host[name.strip()]
            continue
        values[name] = value
    return values


def fill(text: str, **values: str) -> str:
    """The .env an operator makes from `text`: each named line (commented out or not) set
    to its value, as they would edit it."""
    for name, value in values.items():
        pattern = re.compile(rf"^#?\s*{re.escape(name)}=.*$", re.M)
        assert pattern.search(text), f"{name} is not in .env.example"
        text = pattern.sub(f"{name}={value}", text, count=1)
    return text


def compose() -> dict:
    return yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))


def interpolate(value: str, env: Mapping[str, str]) -> str:
    """compose's `${NAME}`, `${NAME:-default}` and `${NAME:?message}` (an empty value
    counts as unset for `:-` and `:?`, as compose has it)."""

    def one(match: re.Match[str]) -> str:
        name, op, arg = match.group(1), match.group(2), match.group(3) or ""
        found = env.get(name, "")
        if op == ":-":
            return found or arg
        if op == ":?" and not found:
            raise ValueError(f"compose refuses to start: {arg}")
        return found

    return re.sub(r"\$\{([A-Z][A-Z0-9_]*)(?:(:-|:\?)([^}]*))?\}", one, value)


def compose_bot_env(dotenv: Mapping[str, str]) -> dict[str, str]:
    """The bot service's environment: its `env_file` (the .env) under its `environment`
    entries, each interpolated from the .env as compose does."""
    bot = compose()["services"]["bot"]
    assert bot["env_file"] == ".env"
    values = dict(dotenv)
    for name, value in bot["environment"].items():
        values[name] = interpolate(str(value), dotenv)
    return values
