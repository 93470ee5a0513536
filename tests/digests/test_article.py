"""Loading articles: every kind of bad input gets one clear line, never a traceback."""

from __future__ import annotations

import pytest

from digests.article import MAX_BYTES, ArticleError, article_from_bytes, load_article


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
