"""`digest-bot digest`: formats, several inputs, and one clear line for bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import FIXTURES

ARTICLE = FIXTURES / "articles" / "harbor_talks.txt"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", "digest", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
    )


def test_json_lines_for_several_inputs():
    out = run(str(ARTICLE), str(FIXTURES / "articles" / "no_meeting.txt"), "--format", "json")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.decode().splitlines()
    assert len(lines) == 2
    first = json.loads(lines[0])
    assert set(first) == {
        "title",
        "source",
        "people",
        "meetings",
        "demands",
        "quotes",
        "truncated_at",
    }


def test_text_and_markdown_formats():
    text = run(str(ARTICLE)).stdout.decode()
    assert "Key people:" in text and "Helen Marsh, port commissioner" in text
    md = run(str(ARTICLE), "--format", "markdown").stdout.decode()
    assert md.startswith("# Port strike talks") and "## Meetings" in md


def test_stdin():
    out = run("-", "--format", "json", stdin=ARTICLE.read_bytes())
    assert out.returncode == 0
    assert json.loads(out.stdout)["source"] == "stdin"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("binary.txt", bytes(range(256)) * 4, "binary"),
        ("page.html", b"<html><body><nav>Menu</nav></body></html>", "no article text"),
        ("bad.txt", b"\x81\xfe\xfa\xfb\x9d" * 20 + b"\x00", "binary"),
    ],
)
def test_bad_input_one_line_no_traceback(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    out = run(str(path))
    assert out.returncode != 0
    err = out.stderr.decode().strip()
    assert message in err
    assert len(err.splitlines()) == 1 and "Traceback" not in err


def test_missing_and_oversized(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(6 * 1024 * 1024)
    for target, message in ((tmp_path / "nope.txt", "no such file"), (big, "limit")):
        out = run(str(target))
        assert out.returncode != 0
        assert message in out.stderr.decode() and "Traceback" not in out.stderr.decode()


def test_undecodable_text_is_refused(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes(b"Hello \x81\x8d\x8f\x90\x9d world " * 3 + "caf\u00e9".encode("utf-16-le"))
    out = run(str(path))
    err = out.stderr.decode()
    if out.returncode == 0:  # decoded by a legacy charset: still no traceback
        assert "Traceback" not in err
    else:
        assert len(err.strip().splitlines()) == 1


def test_good_and_bad_inputs_together(tmp_path):
    out = run(str(ARTICLE), str(tmp_path / "missing.txt"), "--format", "json")
    assert out.returncode == 1
    assert len(out.stdout.decode().splitlines()) == 1


def test_a_url_file_is_read_like_its_link(tmp_path):
    # The CLI reads .url files through the one loader: here the link's host is refused.
    shortcut = tmp_path / "story.url"
    shortcut.write_text("[InternetShortcut]\nURL=http://127.0.0.1:9/story\n", encoding="utf-8")
    out = run(str(shortcut))
    assert out.returncode != 0
    [line] = out.stderr.decode().strip().splitlines()
    assert "private or local address" in line


def test_explain_names_each_quote_s_sieve_and_cue_in_text(tmp_path):
    article = tmp_path / "pier.txt"
    article.write_text('"The pier is safe," Priya Nair said. "It will reopen."\n', "utf-8")
    out = run(str(article), "--explain")
    assert out.returncode == 0, out.stderr
    text = out.stdout.decode()
    assert "— Priya Nair [sieve: trailing_attribution, cue: said]" in text
    assert '— Priya Nair [sieve: previous_quote, cue: "The pier is safe,"]' in text


def test_explain_adds_attribution_to_json_and_plain_json_has_none(tmp_path):
    article = tmp_path / "pier.txt"
    article.write_text('"The pier is safe," Priya Nair said.\n', "utf-8")
    (quote,) = json.loads(run(str(article), "--format", "json", "--explain").stdout)["quotes"]
    assert quote["speaker"] == "Priya Nair"
    assert quote["attribution"] == {"sieve": "trailing_attribution", "cue": "said"}
    (plain,) = json.loads(run(str(article), "--format", "json").stdout)["quotes"]
    assert "attribution" not in plain


def test_explain_reads_back_from_stored_json(tmp_path):
    from digests.model import Attribution, Digest

    article = tmp_path / "pier.txt"
    article.write_text('"The pier is safe," Priya Nair said.\n', "utf-8")
    data = json.loads(run(str(article), "--format", "json", "--explain").stdout)
    (quote,) = Digest.from_dict(data).quotes
    assert quote.attribution == Attribution(sieve="trailing_attribution", cue="said")


def test_explain_says_why_each_meeting_is_reported(tmp_path):
    from digests.model import Digest, MeetingProvenance

    article = tmp_path / "talks.txt"
    article.write_text("Mayor Ilse Drummond met Governor Otto Rask in Pellam on Monday.\n", "utf-8")
    text = run(str(article), "--explain").stdout.decode()
    assert (
        "Ilse Drummond and Otto Rask; when: Monday; where: Pellam "
        "[\u201cmet\u201d verb + object (Meet_with); Ilse Drummond: subject, Otto Rask: object]"
    ) in text
    data = json.loads(run(str(article), "--format", "json", "--explain").stdout)
    (meeting,) = data["meetings"]
    why = {"trigger": "met", "construction": "verb + object", "frame": "Meet_with"}
    assert meeting["provenance"] == [
        {**why, "parties": {"Ilse Drummond": "subject", "Otto Rask": "object"}}
    ]
    (back,) = Digest.from_dict(data).meetings
    assert back.provenance == [MeetingProvenance(**meeting["provenance"][0])]
    (plain,) = json.loads(run(str(article), "--format", "json").stdout)["meetings"]
    assert "provenance" not in plain
