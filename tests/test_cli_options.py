"""`digest-bot`'s command line as a user meets it: `--version`, `--jobs` refused below 1,
links of other schemes refused as links (not read as paths), and SPACY_MODEL and
ALLOW_PRIVATE_URLS read from `.env` in the working folder, as `digest-bot run` reads them.
Each run is a real process in a folder of its own, with none of this shell's settings."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.bot.conftest import ArticleSite

ROOT = Path(__file__).resolve().parent.parent
# Written for this test.
STORY_TITLE = "Lighthouse keepers return"
STORY = [
    'Harbour master Ines Valdano said "the lamp will shine again by June" on Friday.',
    "The old lighthouse on the north pier has been dark for three winters.",
]


def digest_bot(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_version(tmp_path: Path) -> None:
    result = digest_bot("--version", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip().startswith("digest-bot ")
    assert result.stdout.split()[1][0].isdigit()


@pytest.mark.parametrize("jobs", ["0", "-3", "two"])
def test_jobs_below_one_is_refused(tmp_path: Path, jobs: str) -> None:
    result = digest_bot("digest", "--jobs", jobs, "story.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert "argument --jobs/-j" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("link", ["ftp://news.example/story.txt", "file:///etc/hostname"])
def test_a_link_of_another_scheme_is_refused_as_a_link(tmp_path: Path, link: str) -> None:
    result = digest_bot("digest", link, cwd=tmp_path)
    assert result.returncode == 1
    scheme = link.split(":")[0]
    assert result.stderr.strip().splitlines() == [
        f"digest-bot: {link}: unsupported link ({scheme}://): only http and https links are fetched"
    ]


def test_spacy_model_comes_from_dot_env(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("SPACY_MODEL=no_such_spacy_model\n", encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text(STORY_TITLE + "\n" + "\n".join(STORY), encoding="utf-8")
    result = digest_bot("digest", str(story), cwd=tmp_path)
    assert result.returncode == 2
    assert "no_such_spacy_model" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_allow_private_urls_comes_from_dot_env(tmp_path: Path) -> None:
    site = ArticleSite()
    try:
        url = site.add("/news/lighthouse", STORY_TITLE, STORY)
        refused = digest_bot("digest", url, cwd=tmp_path)
        assert refused.returncode == 1 and "private" in refused.stderr.lower()
        (tmp_path / ".env").write_text("ALLOW_PRIVATE_URLS=true\n", encoding="utf-8")
        allowed = digest_bot("digest", url, "--format", "json", cwd=tmp_path)
        assert allowed.returncode == 0, allowed.stderr
        assert STORY_TITLE in allowed.stdout
    finally:
        site.close()
