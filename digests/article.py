"""Articles from files, stdin, raw bytes or URLs, with the limits that keep bad input out.

Every intake (CLI, folder watcher, Slack) goes through here, so one set of rules decides
what counts as an article: at most `MAX_BYTES`, text not binary, decodable, and for HTML
some article text that trafilatura can find. Each refusal is an `ArticleError` whose
message is one plain line fit to show a user.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 5 * 1024 * 1024
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_HTML_SNIFF = re.compile(rb"^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[\s>])", re.I)
_URL = re.compile(r"^https?://", re.I)


class ArticleError(ValueError):
    """Input that cannot be digested; the message is one line for the user."""


@dataclass(frozen=True)
class Article:
    """Plain article text plus what we know of where it came from."""

    text: str
    title: str | None = None
    source: str | None = None


def is_url(value: str) -> bool:
    return bool(_URL.match(value.strip()))


def load_article(path_or_url: str | Path, *, allow_private: bool = False) -> Article:
    """Load an article from a file path, `-` (stdin) or an http(s) URL."""
    target = str(path_or_url)
    if target == "-":
        return article_from_bytes(sys.stdin.buffer.read(), source="stdin")
    if is_url(target):
        from .fetch import fetch_url

        page = fetch_url(target, allow_private=allow_private)
        return article_from_bytes(
            page.body, source=page.url, is_html=page.is_html, encoding=page.encoding
        )
    return article_from_file(Path(target))


def article_from_file(path: Path) -> Article:
    """Read a .txt/.md/.html file, refusing what is not a regular, readable, sane file."""
    if not path.exists():
        raise ArticleError(f"{path}: no such file")
    if path.is_dir():
        raise ArticleError(f"{path}: is a directory, not an article")
    if not path.is_file():
        raise ArticleError(f"{path}: not a regular file")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ArticleError(f"{path}: {size / 1e6:.1f} MB is over the {MAX_BYTES // 2**20} MB limit")
    suffix = path.suffix.lower()
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ArticleError(f"{path}: cannot read ({e.strerror or e})") from e
    is_html = True if suffix in HTML_SUFFIXES else None  # other suffixes: sniff the bytes
    return article_from_bytes(data, source=str(path), is_html=is_html)


def article_from_bytes(
    data: bytes,
    *,
    source: str | None = None,
    is_html: bool | None = None,
    encoding: str | None = None,
    label: str | None = None,
) -> Article:
    """Decode and, for HTML, extract the article. `is_html=None` sniffs the content.

    `label` names the input in error messages ("the pasted text"); it defaults to `source`.
    """
    label = label or source or "input"
    if len(data) > MAX_BYTES:
        raise ArticleError(f"{label}: over the {MAX_BYTES // 2**20} MB limit")
    if not data.strip():
        raise ArticleError(f"{label}: empty, nothing to digest")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleError(f"{label}: looks like a binary file, not text or HTML")
    text = decode_text(data, encoding=encoding, label=label)
    if is_html is None:
        is_html = bool(_HTML_SNIFF.match(data[:2048]))
    if is_html:
        return article_from_html(text, source=source, label=label)
    text = normalise_text(text)
    if not text:
        raise ArticleError(f"{label}: empty, nothing to digest")
    return Article(text=text, title=None, source=source)


def decode_text(data: bytes, *, encoding: str | None = None, label: str = "input") -> str:
    """UTF-8 first (the common case), then the declared charset, then a careful guess."""
    for enc in ("utf-8-sig", encoding):
        if not enc:
            continue
        try:
            return data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.chaos > 0.1 or best.encoding in {"utf_16", "utf_32"}:
        raise ArticleError(f"{label}: not UTF-8 and the text encoding cannot be recognised")
    return str(best)


def normalise_text(text: str) -> str:
    """Unify line endings and drop blank lines: paragraphs are single newline-separated lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    lines = (line.strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def article_from_html(html: str, *, source: str | None = None, label: str | None = None) -> Article:
    """Extract the main text with trafilatura; boilerplate-only pages are refused."""
    import trafilatura

    label = label or source or "page"
    try:
        text = trafilatura.extract(
            html, include_comments=False, include_tables=False, favor_precision=True
        )
        meta = trafilatura.extract_metadata(html)
    except Exception as e:  # trafilatura raises assorted lxml errors on broken markup
        raise ArticleError(f"{label}: could not read the HTML ({type(e).__name__})") from e
    text = normalise_text(text or "")
    if len(text) < 40:
        raise ArticleError(f"{label}: no article text found in the page")
    title = (meta.title if meta else None) or None
    return Article(text=text, title=title, source=source)
