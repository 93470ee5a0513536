"""`digest-bot digest --jobs N PATH...`: digests built in N worker processes, printed in the
order the paths were given, the same digests as one process builds; a bad input in the
middle is one line on stderr and the rest still come out."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import FIXTURES, ROOT

ARTICLES = sorted((FIXTURES / "articles").glob("*.txt"))


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", "digest", *args],
        capture_output=True,
        cwd=ROOT,
        timeout=300,
    )


def made_up_article(i: int) -> str:
    """Short stories of different lengths, so they finish out of order in two workers."""
    lines = [f"Library hours extended, notice {i}"]
    for k in range(1 + (i * 7) % 12):
        lines.append(
            f'"The reading room stays open until nine," librarian Ada Mirek said at meeting {k}.'
        )
    return "\n".join(lines)


def test_two_jobs_keep_the_input_order_and_the_digests(tmp_path: Path) -> None:
    paths = [str(p) for p in ARTICLES]
    for i in range(8):
        path = tmp_path / f"notice-{i}.txt"
        path.write_text(made_up_article(i), encoding="utf-8")
        paths.append(str(path))
    missing = str(tmp_path / "missing.txt")
    paths.insert(4, missing)

    parallel = run(*paths, "--format", "json", "--jobs", "2")
    serial = run(*paths, "--format", "json")

    assert parallel.returncode == 1  # the missing file
    assert parallel.stderr.decode().count("\n") == 1 and "missing.txt" in parallel.stderr.decode()
    lines = [json.loads(line) for line in parallel.stdout.decode().splitlines()]
    assert [d["source"] for d in lines] == [p for p in paths if p != missing]
    assert parallel.stdout == serial.stdout


def test_no_model_is_one_line_and_exit_2_in_either_mode(tmp_path: Path) -> None:
    """With no usable spaCy model, a batch stops at once with one line saying so: not one
    "internal error" per article, and no log of workers being replaced."""
    paths = [str(p) for p in ARTICLES[:3]]
    env = {**os.environ, "SPACY_MODEL": "no_such_model_installed"}
    for jobs in ("1", "2"):
        done = subprocess.run(
            [sys.executable, "-m", "bot.cli", "digest", *paths, "--jobs", jobs],
            capture_output=True,
            cwd=ROOT,
            env=env,
            timeout=300,
        )
        err = done.stderr.decode()
        assert done.returncode == 2, (jobs, err)
        assert done.stdout == b""
        assert err.count("\n") == 1 and "no spaCy model found" in err, (jobs, err)


def test_a_batch_does_not_import_spacy_in_the_calling_process() -> None:
    """`--jobs N` leaves spaCy to the workers' fork server, so the caller starts the
    workers at once instead of importing spaCy itself first (a second of start-up)."""
    probe = (
        "import sys; from bot import cli; "
        "assert 'spacy' not in sys.modules, 'spacy imported by bot.cli'; "
        "import digests, digests.text.article, digests.workers, digests.render; "
        "assert 'spacy' not in sys.modules, 'spacy imported by the light modules'; "
        "digests.build_digest; assert 'spacy' in sys.modules"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr.decode()
