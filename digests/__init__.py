"""The digest engine: article text in, `Digest` out. Knows nothing of Slack.

Public surface:
    build_digest(text, *, title=None, source=None, max_chars=MAX_PARSE_CHARS) -> Digest
    load_article(path_or_url) -> Article         # a file, a .url file, a URL or "-" (stdin)
    article_from_text(text) -> Article           # text a person pasted

The names are imported on first use, not with the package: `import digests.workers` (the
CLI's batch mode, whose fork server loads spaCy) and `import digests.article` must not pay
the second it takes to import spaCy in a process that never parses.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from digests.engine import build_digest, build_digests
    from digests.model import Demand, Digest, Meeting, Person, Quote
    from digests.text.article import Article, ArticleError, article_from_text, load_article

# Each public name and the submodule that defines it.
_HOMES = {
    "Article": "digests.text.article",
    "ArticleError": "digests.text.article",
    "article_from_text": "digests.text.article",
    "load_article": "digests.text.article",
    "build_digest": "digests.engine",
    "build_digests": "digests.engine",
    "Demand": "digests.model",
    "Digest": "digests.model",
    "Meeting": "digests.model",
    "Person": "digests.model",
    "Quote": "digests.model",
}

__all__ = [
    "Article",
    "ArticleError",
    "Demand",
    "Digest",
    "Meeting",
    "Person",
    "Quote",
    "article_from_text",
    "build_digest",
    "build_digests",
    "load_article",
]


def __getattr__(name: str) -> Any:
    """Import a public name's submodule on first use (PEP 562), then keep the name here."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
