"""The folder watcher on a real temporary folder with real watchdog events.

The handler here loads the article with the real loader and records what it got; the
pipeline tests (test_watcher_pipeline.py) plug in the real digest-and-post path.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

import pytest

from bot.intake.folder import folder_article
from bot.intake.watcher import ERROR_SUFFIX, FolderWatcher, is_candidate_name
from digests import ArticleError
from digests.text.article import headline_from_text, url_from_file
from tests.bot.conftest import wait_for

ARTICLE = (
    "Council weighs new tram line\n"
    'Mayor Jane Ortiz said "the tram will reach the harbour by spring" on Monday.\n'
    "Residents of the east side asked the council to publish the cost estimates."
)


class Recorder:
    """A handler that loads the article like the bot does and remembers each call."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str, str]] = []
        self.lock = threading.Lock()

    def __call__(self, path: Path, channel: str) -> None:
        article = folder_article(path)
        with self.lock:
            self.calls.append((path.name, channel, article.text))

    def names(self) -> list[str]:
        with self.lock:
            return [name for name, _, _ in self.calls]


def make_watcher(root: Path, handler, **kw) -> FolderWatcher:
    kw.setdefault("default_channel", "C_DEFAULT")
    kw.setdefault("stable_seconds", 0.2)
    kw.setdefault("poll_seconds", 0.03)
    kw.setdefault("retry_seconds", 0.05)
    return FolderWatcher(root, handler, **kw)


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    return tmp_path / "inbox"


def test_new_file_is_handled_once_and_moved_to_processed(inbox: Path) -> None:
    rec = Recorder()
    with make_watcher(inbox, rec) as watcher:
        (inbox / "tram.txt").write_text(ARTICLE, encoding="utf-8")
        wait_for(lambda: (inbox / "processed" / "tram.txt").exists(), what="processed/tram.txt")
        wait_for(watcher.idle)
    assert rec.calls == [("tram.txt", "C_DEFAULT", ARTICLE)]
    assert not (inbox / "tram.txt").exists()
    assert (inbox / "processed" / "tram.txt").read_text(encoding="utf-8") == ARTICLE


def test_watch_dir_is_created_if_missing(tmp_path: Path) -> None:
    root = tmp_path / "deep" / "inbox"
    with make_watcher(root, Recorder()):
        assert root.is_dir()


def test_file_written_slowly_is_read_only_when_complete(inbox: Path) -> None:
    rec = Recorder()
    lines = [f"Line {i} of a report that arrives slowly over the network." for i in range(8)]
    with make_watcher(inbox, rec, stable_seconds=0.5) as watcher:
        with open(inbox / "slow.md", "w", encoding="utf-8") as f:
            for line in lines:
                f.write(line + "\n")
                f.flush()
                time.sleep(0.05)  # far shorter than the stability wait: never looks finished
        wait_for(lambda: rec.names() == ["slow.md"], what="slow.md handled")
        wait_for(watcher.idle)
    assert rec.calls[0][2] == "\n".join(lines)


def test_dot_files_and_temp_files_are_left_alone(inbox: Path) -> None:
    rec = Recorder()
    ignored = [".hidden.txt", "draft.txt~", "report.txt.part", "~$notes.md", "a.txt.swp", "x.pdf"]
    with make_watcher(inbox, rec) as watcher:
        for name in ignored:
            (inbox / name).write_text(ARTICLE, encoding="utf-8")
        (inbox / "real.txt").write_text(ARTICLE, encoding="utf-8")
        wait_for(lambda: rec.names() == ["real.txt"], what="real.txt handled")
        wait_for(watcher.idle)
        # A scan queues every candidate in the folder: none of the ignored names is one.
        assert watcher.scan() == 0 and watcher.idle()
    assert rec.names() == ["real.txt"]
    for name in ignored:
        assert (inbox / name).exists(), name


def test_a_temp_file_renamed_into_place_is_handled(inbox: Path) -> None:
    rec = Recorder()
    with make_watcher(inbox, rec) as watcher:
        tmp = inbox / ".incoming.tmp"
        tmp.write_text(ARTICLE, encoding="utf-8")
        os.replace(tmp, inbox / "renamed.txt")
        wait_for(lambda: rec.names() == ["renamed.txt"], what="renamed.txt handled")
        wait_for(watcher.idle)
    assert (inbox / "processed" / "renamed.txt").exists()


# A stability wait no test sits through: with it, only an event saying the file is whole
# (moved in, closed by its writer) makes a file ready before the test gives up.
FOREVER = 3600.0
inotify_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="close-after-write events are inotify's"
)


def test_a_file_moved_in_whole_is_taken_without_the_stability_wait(
    inbox: Path, tmp_path: Path
) -> None:
    staging = tmp_path / "staging"  # not watched: the move arrives as a file moved in
    staging.mkdir()
    rec = Recorder()
    with make_watcher(inbox, rec, stable_seconds=FOREVER) as watcher:
        (staging / "moved.txt").write_text(ARTICLE, encoding="utf-8")
        os.replace(staging / "moved.txt", inbox / "moved.txt")
        wait_for(lambda: rec.names() == ["moved.txt"], what="moved.txt handled")
        wait_for(watcher.idle)
    assert rec.calls[0][2] == ARTICLE


@inotify_only
def test_a_file_written_in_place_is_taken_once_its_writer_closes_it(
    inbox: Path, tmp_path: Path
) -> None:
    staging = tmp_path / "staging"
    staging.mkdir()
    rec = Recorder()
    first, rest = ARTICLE[:40], ARTICLE[40:]
    with make_watcher(inbox, rec, stable_seconds=FOREVER) as watcher:
        with open(inbox / "open.txt", "w", encoding="utf-8") as writer:
            writer.write(first)
            writer.flush()
            # Another file is taken meanwhile; the one still open is not.
            (staging / "other.txt").write_text(ARTICLE, encoding="utf-8")
            os.replace(staging / "other.txt", inbox / "other.txt")
            wait_for(lambda: rec.names() == ["other.txt"], what="other.txt handled")
            wait_for(lambda: not watcher.busy(), what="other.txt done")
            assert rec.names() == ["other.txt"]
            writer.write(rest)
        wait_for(lambda: rec.names() == ["other.txt", "open.txt"], what="open.txt handled")
        wait_for(watcher.idle)
    assert rec.calls[1][2] == ARTICLE  # whole: nothing read before the writer was done


def test_start_up_scan_picks_up_files_that_arrived_while_down(inbox: Path) -> None:
    inbox.mkdir(parents=True)
    for i in range(3):
        (inbox / f"early-{i}.txt").write_text(f"{ARTICLE}\nEdition {i}.", encoding="utf-8")
    rec = Recorder()
    with make_watcher(inbox, rec) as watcher:
        wait_for(lambda: len(rec.calls) == 3, what="three early files")
        wait_for(watcher.idle)
    assert sorted(rec.names()) == ["early-0.txt", "early-1.txt", "early-2.txt"]
    assert sorted(p.name for p in (inbox / "processed").iterdir()) == sorted(rec.names())


def test_sub_folders_post_to_their_own_channel(inbox: Path) -> None:
    rec = Recorder()
    channels = {"politics": "C_POLITICS"}
    with make_watcher(inbox, rec, channels=channels) as watcher:
        (inbox / "politics" / "vote.txt").write_text(ARTICLE, encoding="utf-8")
        (inbox / "unmapped").mkdir()
        (inbox / "unmapped" / "stray.txt").write_text(ARTICLE, encoding="utf-8")
        wait_for(lambda: rec.names() == ["vote.txt"], what="vote.txt handled")
        wait_for(watcher.idle)
    assert rec.calls[0][1] == "C_POLITICS"
    assert (inbox / "politics" / "processed" / "vote.txt").exists()
    assert (inbox / "unmapped" / "stray.txt").exists()


def test_same_name_twice_keeps_both_in_processed(inbox: Path) -> None:
    rec = Recorder()
    with make_watcher(inbox, rec) as watcher:
        (inbox / "daily.txt").write_text(ARTICLE, encoding="utf-8")
        wait_for(lambda: (inbox / "processed" / "daily.txt").exists(), what="first copy")
        (inbox / "daily.txt").write_text(ARTICLE + "\nUpdated.", encoding="utf-8")
        wait_for(lambda: (inbox / "processed" / "daily-2.txt").exists(), what="second copy")
        wait_for(watcher.idle)
    assert len(rec.calls) == 2


def test_bad_files_go_to_failed_with_a_reason_and_nothing_is_deleted(
    inbox: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("Private notes that must never be posted anywhere.", encoding="utf-8")
    inbox.mkdir(parents=True)
    bad = {
        "empty.txt": b"",
        "image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200),
        "garbled.txt": bytes(range(0x80, 0x100)) * 40,
    }
    rec = Recorder()
    with make_watcher(inbox, rec) as watcher:
        for name, data in bad.items():
            (inbox / name).write_bytes(data)
        with open(inbox / "huge.txt", "wb") as f:  # 50 MB, sparse: instant to create
            f.truncate(50 * 1024 * 1024)
        (inbox / "folder.md").mkdir()
        (inbox / "folder.md" / "inside.txt").write_text(ARTICLE, encoding="utf-8")
        (inbox / "link.txt").symlink_to(outside)
        expected = [*bad, "huge.txt", "folder.md", "link.txt"]
        failed = inbox / "failed"
        wait_for(
            lambda: all((failed / (n + ERROR_SUFFIX)).exists() for n in expected),
            timeout=15,
            what="every bad file in failed/",
        )
        wait_for(watcher.idle)
    assert rec.calls == []
    reasons = {n: (failed / (n + ERROR_SUFFIX)).read_text(encoding="utf-8") for n in expected}
    assert "empty" in reasons["empty.txt"]
    assert "binary" in reasons["image.txt"]
    assert "UTF-8" in reasons["garbled.txt"]
    assert "limit" in reasons["huge.txt"]
    assert "directory" in reasons["folder.md"]
    assert "outside" in reasons["link.txt"]
    # Nothing deleted: every file kept its bytes, the symlink is still a symlink to its target.
    for name, data in bad.items():
        assert (failed / name).read_bytes() == data
    assert (failed / "huge.txt").stat().st_size == 50 * 1024 * 1024
    assert (failed / "folder.md" / "inside.txt").read_text(encoding="utf-8") == ARTICLE
    assert (failed / "link.txt").is_symlink()
    assert outside.read_text(encoding="utf-8").startswith("Private notes")


def test_transient_errors_are_retried_then_given_up_with_a_reason(inbox: Path) -> None:
    attempts: list[str] = []

    def flaky(path: Path, channel: str) -> None:
        attempts.append(path.name)
        if path.name == "flaky.txt" and attempts.count("flaky.txt") < 2:
            raise ConnectionError("Slack is unreachable")
        if path.name == "broken.txt":
            raise ConnectionError("Slack is still unreachable")

    with make_watcher(inbox, flaky, max_attempts=3) as watcher:
        (inbox / "flaky.txt").write_text(ARTICLE, encoding="utf-8")
        (inbox / "broken.txt").write_text(ARTICLE, encoding="utf-8")
        wait_for(lambda: (inbox / "processed" / "flaky.txt").exists(), what="flaky processed")
        wait_for(lambda: (inbox / "failed" / "broken.txt").exists(), what="broken failed")
        wait_for(watcher.idle)
    assert attempts.count("flaky.txt") == 2
    assert attempts.count("broken.txt") == 3
    reason = (inbox / "failed" / ("broken.txt" + ERROR_SUFFIX)).read_text(encoding="utf-8")
    assert "3 attempts" in reason and "still unreachable" in reason


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("story.txt", True),
        ("story.MD", True),
        ("page.html", True),
        ("link.url", True),
        (".story.txt", False),
        ("story.txt~", False),
        ("#story.txt#", False),
        ("story.txt.crdownload", False),
        ("story.docx", False),
    ],
)
def test_candidate_names(name: str, expected: bool) -> None:
    assert is_candidate_name(name) is expected


def test_url_files_bare_and_internet_shortcut(tmp_path: Path) -> None:
    bare = tmp_path / "a.url"
    bare.write_text("\n  https://news.example.org/story/1  \n", encoding="utf-8")
    shortcut = tmp_path / "b.url"
    shortcut.write_text("[InternetShortcut]\r\nURL=https://news.example.org/b\r\n", "utf-8")
    empty = tmp_path / "c.url"
    empty.write_text("no link here\n", encoding="utf-8")
    assert url_from_file(bare) == "https://news.example.org/story/1"
    assert url_from_file(shortcut) == "https://news.example.org/b"
    with pytest.raises(ArticleError, match="no http"):
        url_from_file(empty)


def test_folder_article_titles_from_first_line_or_file_name(tmp_path: Path) -> None:
    md = tmp_path / "notes.md"
    md.write_text("# Harbour deal signed\n\nThe port authority signed the deal.", "utf-8")
    plain = tmp_path / "plain-story.txt"
    plain.write_text("The port authority signed the deal on Monday.", encoding="utf-8")
    assert folder_article(md).title == "Harbour deal signed"
    assert folder_article(md).source == "notes.md"
    assert folder_article(plain).title == "plain-story"
    assert (
        headline_from_text("Council weighs new tram line\nBody.") == "Council weighs new tram line"
    )
