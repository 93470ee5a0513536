"""The digest engine: article text in, `Digest` out. Knows nothing of Slack.

Public surface:
    build_digest(text, *, title=None, source=None) -> Digest
    load_article(path_or_url) -> Article
"""

from .article import Article, ArticleError, load_article
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
    "build_digest",
    "build_digests",
    "load_article",
]
