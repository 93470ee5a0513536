"""The store's idempotent operations, and that state survives a restart, on a SQLite file
and on PostgreSQL (`database_url`)."""

from __future__ import annotations

from bot.storage.records import content_hash
from bot.storage.store import Store
from digests.model import Digest, Quote


def test_state_survives_a_restart(database_url):
    url = database_url
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


def test_unique_keys_make_repeats_harmless(database_url):
    store = Store(database_url)
    article = store.save_article(content_hash="h", digest=Digest(title="A"))
    assert store.save_article(content_hash="h", digest=Digest(title="B")).id == article.id
    first, created = store.begin_post(channel="C", article_id=article.id, quotes_total=0)
    second, created_again = store.begin_post(channel="C", article_id=article.id, quotes_total=0)
    assert created and not created_again and first.id == second.id
    assert store.record_reply(first.id, 0, "1.1")
    assert not store.record_reply(first.id, 0, "1.2")
    assert store.watch("C") and not store.watch("C")
    assert store.unwatch("C") and not store.unwatch("C")
    store.close()


def test_content_hash_ignores_whitespace_differences():
    assert content_hash("One  two\nthree") == content_hash(" One two three ")
    assert content_hash("One two") != content_hash("One three")


def test_a_database_from_before_reply_sends_gains_the_part_column(tmp_path):
    """`parent_sends` shipped without `part`: opening such a database adds it, keeps the row
    in flight, and replies can be recorded in flight alongside it."""
    import sqlite3

    path = tmp_path / "old.db"
    with sqlite3.connect(path) as db:
        db.execute(
            "CREATE TABLE parent_sends (key VARCHAR(64) PRIMARY KEY, kind VARCHAR(16), "
            "target_id INTEGER, channel VARCHAR(32), thread_ts VARCHAR(32), attempts INTEGER, "
            "started_at DATETIME, CONSTRAINT uq_parent_send_target UNIQUE (kind, target_id))"
        )
        db.execute(
            "INSERT INTO parent_sends VALUES ('k1', 'post', 7, 'C1', NULL, 1, "
            "'2026-01-01 00:00:00')"
        )
    store = Store(f"sqlite:///{path}")
    try:
        old = store.send_in_flight("post", 7)
        assert old is not None and old.key == "k1" and old.part is None
        reply = store.begin_send("post_reply", 7, channel="C1", thread_ts="1.1", part=3)
        assert store.send_in_flight("post_reply", 7) == reply and reply.part == 3
        again = store.begin_send("post_reply", 7, channel="C1", thread_ts="1.1", part=3)
        assert again.key == reply.key and again.attempts == 2  # the same message, retried
        nxt = store.begin_send("post_reply", 7, channel="C1", thread_ts="1.1", part=4)
        assert nxt.key != reply.key and nxt.part == 4
    finally:
        store.close()
    Store(f"sqlite:///{path}").close()  # opening it again changes nothing
