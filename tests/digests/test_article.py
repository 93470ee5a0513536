"""Loading articles: every kind of bad input gets one clear line, never a traceback."""

from __future__ import annotations

import pytest

from digests.text.article import (
    MAX_BYTES,
    MEGABYTE,
    ArticleError,
    article_from_bytes,
    article_from_text,
    check_file,
    headline_from_text,
    load_article,
)


def test_text_file_keeps_paragraphs(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("First paragraph.\r\n\r\nSecond paragraph.\n", encoding="utf-8")
    article = load_article(path)
    assert article.text == "First paragraph.\nSecond paragraph."
    assert article.source == str(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ],
)
def test_bad_bytes_are_refused_with_one_line(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError, match=message) as info:
        load_article(path)
    assert "\n" not in str(info.value)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(ArticleError, match="no such file"):
        load_article(tmp_path / "nope.txt")
    with pytest.raises(ArticleError, match="directory"):
        load_article(tmp_path)


def test_oversized_file_is_refused(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"a" * (MAX_BYTES + 1))
    with pytest.raises(ArticleError, match="limit"):
        load_article(path)


def test_latin1_text_is_decoded():
    data = "The caf\u00e9 owner said the r\u00e9sum\u00e9 was fine. " * 5
    article = article_from_bytes(data.encode("cp1252"))
    assert "caf\u00e9" in article.text


def test_html_article_is_extracted_without_boilerplate():
    body = " ".join(
        f"<p>Paragraph {i} of the story says the council met on Tuesday to talk budgets.</p>"
        for i in range(6)
    )
    html = (
        "<html><head><title>Council meets</title></head><body>"
        "<nav>Home | Sports | Weather</nav><article><h1>Council meets</h1>"
        f"{body}</article><footer>Copyright</footer></body></html>"
    )
    article = article_from_bytes(html.encode(), source="page.html", is_html=True)
    assert "council met on Tuesday" in article.text
    assert "Home | Sports" not in article.text
    assert article.title == "Council meets"


def test_html_without_article_is_refused():
    with pytest.raises(ArticleError, match="no article text"):
        article_from_bytes(b"<html><body><nav>Home</nav></body></html>", is_html=True)


def test_malformed_html_does_not_crash():
    html = b"<html><body><p>Unclosed <b>bold <i>and " + b"<div>" * 200 + b"words " * 50
    try:
        article = article_from_bytes(html, is_html=True)
    except ArticleError as e:
        assert "\n" not in str(e)
    else:
        assert "words" in article.text


def test_url_files_are_loaded_by_the_loader_like_a_link(tmp_path):
    # A .url file holds one link; the loader fetches it (here it refuses the loopback host),
    # so the CLI, the folder and Slack all read .url files the same way.
    shortcut = tmp_path / "story.url"
    shortcut.write_text("[InternetShortcut]\r\nURL=http://127.0.0.1:9/story\r\n", "utf-8")
    with pytest.raises(ArticleError, match="private or local address"):
        load_article(shortcut)
    empty = tmp_path / "empty.url"
    empty.write_text("no link here\n", encoding="utf-8")
    with pytest.raises(ArticleError, match="no http"):
        load_article(empty)


def test_pasted_text_is_checked_as_text_and_named_as_pasted():
    assert article_from_text("  One line.\r\n\r\nTwo lines.  ").text == "One line.\nTwo lines."
    with pytest.raises(ArticleError, match="^the pasted text: empty"):
        article_from_text("   \n ")
    with pytest.raises(ArticleError, match=r"the pasted text: over the 5 MB limit"):
        article_from_text("a" * (MAX_BYTES + 1))


def test_file_checks_and_the_size_limit_share_one_megabyte(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * (MAX_BYTES + MEGABYTE // 2))
    with pytest.raises(ArticleError, match=r"big.txt: 5.5 MB is over the 5 MB limit"):
        check_file(path, label=path.name)
    small = tmp_path / "small.txt"
    small.write_bytes(b"abc")
    assert check_file(small) == 3


def test_markdown_headings_title_the_article(tmp_path):
    md = tmp_path / "notes.md"
    md.write_text("# Harbour deal signed\n\nThe port authority signed the deal.", "utf-8")
    assert load_article(md).title == "Harbour deal signed"
    headline = "Council weighs new tram line"
    assert headline_from_text(f"{headline}\nBody.") == headline


BOM_TEXT = "Ferry fares rise\nThe caf\u00e9 on Pier 4 said \u201cno\u201d to the new fares.\n"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be"])
def test_utf16_and_utf32_files_with_a_byte_order_mark_are_read(tmp_path, encoding):
    import codecs

    boms = {
        "utf-16-le": codecs.BOM_UTF16_LE,
        "utf-16-be": codecs.BOM_UTF16_BE,
        "utf-32-be": codecs.BOM_UTF32_BE,
    }
    path = tmp_path / "story.txt"
    path.write_bytes(boms.get(encoding, b"") + BOM_TEXT.encode(encoding))
    article = load_article(path)
    assert article.text == BOM_TEXT.strip()


def test_utf16_html_with_a_byte_order_mark_is_read_as_html(tmp_path):
    html = (
        "<html><head><title>Ferry fares rise</title></head><body><article>"
        "<p>Transport commissioner Ana Silva said the caf\u00e9 fares will rise in May.</p>"
        "</article></body></html>"
    )
    path = tmp_path / "story.page"  # no suffix to go by: the decoded text is sniffed
    path.write_bytes(html.encode("utf-16"))
    article = load_article(path)
    assert "fares will rise" in article.text and "<p>" not in article.text


def test_a_byte_order_mark_followed_by_broken_text_is_refused_in_words(tmp_path):
    path = tmp_path / "broken.txt"
    path.write_bytes(b"\xff\xfe" + "ok".encode("utf-16-le") + b"\x00\xd8")  # lone surrogate
    with pytest.raises(ArticleError, match="starts as UTF-16 but is not valid UTF-16"):
        load_article(path)


def test_a_file_deleted_after_it_was_seen_is_a_clean_error(tmp_path):
    # what the folder intake meets when someone removes a file it has just hashed
    path = tmp_path / "gone.txt"
    path.write_text("Ferry fares rise on Monday, the commissioner said.", encoding="utf-8")
    assert check_file(path) > 0
    path.unlink()
    with pytest.raises(ArticleError, match="no such file") as info:
        load_article(path)
    assert "\n" not in str(info.value) and str(path) in str(info.value)
    link = tmp_path / "dangling.url"
    link.symlink_to(tmp_path / "never-there.url")
    with pytest.raises(ArticleError, match="no such file"):
        load_article(link)
