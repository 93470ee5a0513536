"""The one article loader: files, `.url` files, URLs, stdin and pasted text -> `Article`.

Every intake (the CLI, the folder watcher, Slack) goes through here, so one set of rules
decides what counts as an article, each written once:
    - the file checks (`check_file`): exists, a regular file, at most `MAX_BYTES`;
    - the content checks (`article_from_bytes`, `article_from_text`): not empty, not binary,
      decodable, and for HTML some article text that trafilatura can find;
    - the language check (`check_english`, `digests.text.language`): an article clearly
      in another language is refused in one line rather than digested into nonsense;
    - a `.url` file holds one link (a bare URL line or an `[InternetShortcut]` `URL=` line),
      which is fetched like any URL by `digests.text.fetch`.
Each refusal is an `ArticleError` whose message is one plain line fit to show a user, naming
the input by its `label` (a path, a URL, "the pasted text").

Not handled: PDFs, word-processor files, e-mail; an article split over several files.
"""

from __future__ import annotations

import codecs
import re
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

import trafilatura
from charset_normalizer import from_bytes

from digests.text.fetch import MAX_BYTES, MEGABYTE, FetchError, fetch_url
from digests.text.headline import headline_of
from digests.text.language import non_english_language

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
URL_FILE_SUFFIX = ".url"
# A .url file is a line or two; anything bigger is not one.
MAX_URL_FILE_BYTES = 64 * 1024
# Extracted HTML shorter than this is navigation or a cookie banner, not an article.
MIN_HTML_ARTICLE_CHARS = 40
_HTML_SNIFF = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[\s>])", re.I)
# Byte-order marks that name their encoding beyond doubt; UTF-32 first, since its
# little-endian mark begins with UTF-16's.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_URL = re.compile(r"^https?://", re.I)
# Any other scheme://: a link the bot does not fetch, never a file path.
_OTHER_LINK = re.compile(r"^([a-z][a-z0-9+.-]*)://", re.I)
_URL_LINE = re.compile(r"^(?:URL\s*=\s*)?(https?://\S+)\s*$", re.I)
_MARKDOWN_HEADING = re.compile(r"^#{1,3}\s+(.+?)\s*#*\s*$")

__all__ = [
    "MAX_BYTES",
    "MEGABYTE",
    "Article",
    "ArticleError",
    "article_from_bytes",
    "article_from_text",
    "check_file",
    "headline_from_text",
    "load_article",
    "url_from_file",
]


class ArticleError(ValueError):
    """Input that cannot be digested; the message is one line for the user."""


@dataclass(frozen=True)
class Article:
    """Plain article text plus what we know of where it came from."""

    text: str
    title: str | None = None
    source: str | None = None


def is_url(value: str) -> bool:
    """Whether a command-line or Slack argument is an http(s) link rather than a path."""
    return bool(_URL.match(value.strip()))


def load_article(path_or_url: str | Path, *, allow_private: bool = False) -> Article:
    """Load an article from a file path (a `.url` file too), `-` (stdin) or an http(s) URL.

    `allow_private` lets URLs reach private and loopback addresses (tests, closed networks).
    """
    target = str(path_or_url)
    if target == "-":
        return article_from_bytes(sys.stdin.buffer.read(), source="stdin")
    if is_url(target):
        return article_from_url(target, allow_private=allow_private)
    other = _OTHER_LINK.match(target.strip())
    if other:
        raise ArticleError(
            f"{target}: unsupported link ({other.group(1).lower()}://): only http and https "
            "links are fetched"
        )
    path = Path(target)
    if path.suffix.lower() == URL_FILE_SUFFIX:
        check_file(path)
        return article_from_url(url_from_file(path), allow_private=allow_private)
    return article_from_file(path)


def article_from_url(url: str, *, allow_private: bool = False) -> Article:
    """Fetch a page safely (see `digests.text.fetch`) and read the article in it."""
    try:
        page = fetch_url(url, allow_private=allow_private, max_bytes=MAX_BYTES)
    except FetchError as e:
        raise ArticleError(str(e)) from e
    return article_from_bytes(
        page.body, source=page.url, is_html=page.is_html, encoding=page.encoding
    )


def too_large(label: str, size: int | None = None) -> ArticleError:
    """The one wording of the size limit, with the size when it is known."""
    limit = f"the {MAX_BYTES // MEGABYTE} MB limit"
    if size is None:
        return ArticleError(f"{label}: over {limit}")
    return ArticleError(f"{label}: {size / MEGABYTE:.1f} MB is over {limit}")


def check_file(path: Path, *, label: str | None = None) -> int:
    """Refuse what is not a regular file within the size limit; returns its size in bytes.

    Called before a file is opened (the folder watcher calls it before claiming one), so a
    directory, a device or a huge file is refused without reading it.
    """
    label = label or str(path)
    try:
        info = path.stat()  # one stat: a file deleted meanwhile is "no such file", no trace
    except FileNotFoundError as e:
        raise ArticleError(f"{label}: no such file") from e
    except OSError as e:
        raise ArticleError(f"{label}: cannot read ({e.strerror or e})") from e
    if stat.S_ISDIR(info.st_mode):
        raise ArticleError(f"{label}: is a directory, not an article")
    if not stat.S_ISREG(info.st_mode):
        raise ArticleError(f"{label}: not a regular file")
    size = info.st_size
    if size > MAX_BYTES:
        raise too_large(label, size)
    return size


def article_from_file(path: Path) -> Article:
    """Read a .txt/.md/.html file, refusing what is not a regular, readable, sane file."""
    check_file(path)
    data = _read(path)
    suffix = path.suffix.lower()
    is_html = True if suffix in HTML_SUFFIXES else None  # other suffixes: sniff the bytes
    article = article_from_bytes(data, source=str(path), is_html=is_html)
    if article.title is None and suffix in MARKDOWN_SUFFIXES:
        return Article(text=article.text, title=headline_from_text(article.text), source=str(path))
    return article


def _read(path: Path, limit: int = MAX_BYTES) -> bytes:
    """At most `limit` + 1 bytes of a file; a file gone since it was checked (moved or
    deleted by someone else meanwhile) is an `ArticleError`, like any unreadable one."""
    try:
        with path.open("rb") as f:
            return f.read(limit + 1)
    except FileNotFoundError as e:
        raise ArticleError(f"{path}: the file was moved or deleted before it was read") from e
    except OSError as e:
        raise ArticleError(f"{path}: cannot read ({e.strerror or e})") from e


def url_from_file(path: Path) -> str:
    """The link a `.url` file holds: a bare URL line, or an `[InternetShortcut]` `URL=` line."""
    data = _read(path, MAX_URL_FILE_BYTES)
    if len(data) > MAX_URL_FILE_BYTES:
        raise ArticleError(f"{path.name}: too large for a .url file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ArticleError(f"{path.name}: a .url file must be UTF-8 text") from e
    for line in text.splitlines():
        match = _URL_LINE.match(line.strip())
        if match:
            return match.group(1)
    raise ArticleError(f"{path.name}: no http(s) link found in the .url file")


def headline_from_text(text: str) -> str | None:
    """The headline of plain or markdown text: a leading `#` heading, else `headline_of`."""
    heading = _MARKDOWN_HEADING.match(text.split("\n", 1)[0].strip())
    if heading:
        return heading.group(1)
    return headline_of(text)


def article_from_text(text: str, *, label: str = "the pasted text") -> Article:
    """Text a person pasted (already a `str`): the same limits as a file, no bytes round trip."""
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise too_large(label)
    return _plain_article(text, source=None, label=label)


def article_from_bytes(
    data: bytes,
    *,
    source: str | None = None,
    is_html: bool | None = None,
    encoding: str | None = None,
    label: str | None = None,
) -> Article:
    """Decode and, for HTML, extract the article. `is_html=None` sniffs the content.

    `label` names the input in error messages; it defaults to `source`.
    """
    label = label or source or "input"
    if len(data) > MAX_BYTES:
        raise too_large(label)
    if not data.strip():
        raise ArticleError(f"{label}: empty, nothing to digest")
    if b"\x00" in data[:8192] and not data.startswith(tuple(bom for bom, _ in BOMS)):
        raise ArticleError(f"{label}: looks like a binary file, not text or HTML")
    text = decode_text(data, encoding=encoding, label=label)
    if is_html is None:
        is_html = bool(_HTML_SNIFF.match(text[:2048]))
    if is_html:
        return article_from_html(text, source=source, label=label)
    return _plain_article(text, source=source, label=label)


def _plain_article(text: str, *, source: str | None, label: str) -> Article:
    text = normalise_text(text)
    if not text:
        raise ArticleError(f"{label}: empty, nothing to digest")
    check_english(text, label)
    return Article(text=text, title=None, source=source)


def check_english(text: str, label: str) -> None:
    """Refuse, in one line, an article clearly written in another language than English."""
    language = non_english_language(text)
    if language is not None:
        raise ArticleError(
            f"{label}: the article looks {language}, not English; digests are made of "
            "English articles only"
        )


def decode_text(data: bytes, *, encoding: str | None = None, label: str = "input") -> str:
    """A UTF-16/32 byte-order mark first (it names the encoding beyond doubt), then UTF-8
    (the common case), then the declared charset, then a careful guess."""
    for bom, bom_encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(bom_encoding)
            except UnicodeDecodeError as e:
                name = bom_encoding.upper()
                raise ArticleError(f"{label}: starts as {name} but is not valid {name}") from e
    for enc in ("utf-8-sig", encoding):
        if not enc:
            continue
        try:
            return data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            pass
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
    """Extract the main text and the title with trafilatura, in one pass over the page
    (`bare_extraction` with its metadata); boilerplate-only pages are refused."""
    label = label or source or "page"
    try:
        document = trafilatura.bare_extraction(
            html,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            with_metadata=True,
        )
    except Exception as e:  # trafilatura raises assorted lxml errors on broken markup
        raise ArticleError(f"{label}: could not read the HTML ({type(e).__name__})") from e
    text = normalise_text((document.text if document else None) or "")
    if len(text) < MIN_HTML_ARTICLE_CHARS:
        raise ArticleError(f"{label}: no article text found in the page")
    check_english(text, label)
    title = (document.title if document else None) or None
    return Article(text=text, title=title, source=source)
