"""The store's idempotent operations, and that state survives a restart."""

from __future__ import annotations

from bot.store import Store, content_hash
from digests.model import Digest, Quote


def test_state_survives_a_restart(tmp_path):
    url = f"sqlite:///{tmp_path / 'bot.db'}"
    store = Store(url)
    digest = Digest(title="T", quotes=[Quote("Hi", "A"), Quote("Bye", None)])
    article = store.save_article(content_hash="h1", digest=digest, url="https://x.example/a")
    post, created = store.begin_post(channel="C1", article_id=article.id, quotes_total=2)
    assert created
    store.set_parent_ts(post.id, "1.0001")
    store.record_reply(post.id, 0, "1.0002")
    store.watch("C9", user="U1")
    assert store.claim_event("event:Ev1")
    store.close()

    again = Store(url)
    assert again.article_by_url("https://x.example/a").digest == digest
    assert again.article_by_hash("h1").id == article.id
    assert again.is_watched("C9")
    assert not again.claim_event("event:Ev1")
    [incomplete] = again.incomplete_posts()
    assert incomplete.parent_ts == "1.0001"
    assert again.posted_replies(post.id) == {0: "1.0002"}
    again.close()


def test_unique_keys_make_repeats_harmless():
    store = Store("sqlite://")
    article = store.save_article(content_hash="h", digest=Digest(title="A"))
    assert store.save_article(content_hash="h", digest=Digest(title="B")).id == article.id
    first, created = store.begin_post(channel="C", article_id=article.id, quotes_total=0)
    second, created_again = store.begin_post(channel="C", article_id=article.id, quotes_total=0)
    assert created and not created_again and first.id == second.id
    assert store.record_reply(first.id, 0, "1.1")
    assert not store.record_reply(first.id, 0, "1.2")
    assert store.watch("C") and not store.watch("C")
    assert store.unwatch("C") and not store.unwatch("C")


def test_content_hash_ignores_whitespace_differences():
    assert content_hash("One  two\nthree") == content_hash(" One two three ")
    assert content_hash("One two") != content_hash("One three")
