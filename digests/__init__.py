"""The digest engine: article text in, `Digest` out. Knows nothing of Slack.

Public surface:
    build_digest(text, *, title=None, source=None, max_chars=MAX_PARSE_CHARS) -> Digest
    load_article(path_or_url) -> Article         # a file, a .url file, a URL or "-" (stdin)
    article_from_text(text) -> Article           # text a person pasted
"""

from .article import Article, ArticleError, article_from_text, load_article
from .engine import build_digest, build_digests
from .model import Demand, Digest, Meeting, Person, Quote

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
