"""Posting a channel's roundup: the parent (every article digested there since the last
roundup), then one thread reply per article with its full digest.

Progress is in the store (`begin_roundup` decides once which posts a run covers, and each
post lands in exactly one roundup), so a run cut short resumes where it stopped. The parent
and each reply go out through the send protocol (`SlackMessages.post_once`): a run killed
after Slack took a message but before its ts was stored finds it again by the key in its
metadata instead of posting a second roundup or an article twice in the thread.

Who appears in more than one article is the person index's answer (`bot.digesting.person_index`),
the same one `/digest who` and the App Home give.

Not handled: more than one roundup period per run (a roundup covers everything posted in
the channel since the previous roundup, whichever schedule fired it).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from bot.digesting.person_index import PersonIndex
from bot.ops.locks import KeyedLocks
from bot.slack import blocks
from bot.slack.send import SlackMessages
from bot.storage.records import RoundupRecord
from bot.storage.store import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RoundupResult:
    """What a run posted: how many articles, under which parent (None: nothing posted)."""

    channel: str
    articles: int
    parent_ts: str | None


class RoundupPoster:
    """Posts roundups, one run per channel at a time. Call it with (channel, quiet)."""

    def __init__(
        self,
        store: Store,
        messages: SlackMessages,
        people: PersonIndex | None = None,
        *,
        locks: KeyedLocks | None = None,
    ) -> None:
        self.store = store
        self.messages = messages
        self.people = people or PersonIndex(store)
        # Replicas pass `SharedLocks` (bot.ops.shared_locks), which also hold across processes.
        self._locks = locks if locks is not None else KeyedLocks()

    def __call__(self, channel: str, quiet: bool = False) -> RoundupResult:
        """Run the channel's roundup now (`quiet`: post nothing when nothing is new)."""
        with self._locks.held(channel):
            return self._finish(self.store.begin_roundup(channel), quiet=quiet)

    def resume_incomplete(self) -> int:
        """Finish roundups a crash or a Slack outage cut short; returns how many."""
        done = 0
        for record in self.store.incomplete_roundups():
            with self._locks.held(record.channel):
                try:
                    self._finish(record, quiet=True)
                    done += 1
                except Exception as e:  # one channel's trouble must not stop the others
                    log.warning(
                        "could not finish roundup %s in %s: %s", record.id, record.channel, e
                    )
        return done

    def _finish(self, record: RoundupRecord, *, quiet: bool) -> RoundupResult:
        channel = record.channel
        items = self._items(record)
        parent_ts = record.parent_ts
        if parent_ts is None:
            # A run killed while its parent was on its way: adopt the parent if Slack has it.
            parent_ts = self.messages.recover("roundup", record.id)
            if parent_ts is not None:
                self.store.set_roundup_parent(record.id, parent_ts)
        if not items:
            if not quiet and parent_ts is None:
                self._post_parent(record, blocks.nothing_new_message(record.period_start))
            self.store.complete_roundup(record.id)
            return RoundupResult(channel, 0, None)
        if parent_ts is None:
            recurring = self.people.recurring([i.digest for i in items])
            message = blocks.compose_roundup(items, since=record.period_start, recurring=recurring)
            parent_ts = self._post_parent(record, message)
        replies_done = record.replies_done

        def adopt(roundup_id: int, index: int, _ts: str) -> None:
            nonlocal replies_done
            replies_done = max(replies_done, index + 1)
            self.store.set_roundup_progress(roundup_id, replies_done)

        # A reply left in flight by an interrupted run: adopted if Slack has it.
        self.messages.recover("roundup_reply", record.id, adopt=adopt)
        for index, item in enumerate(items):
            if index < replies_done:
                continue
            self.messages.post_once(
                "roundup_reply",
                record.id,
                channel,
                blocks.roundup_thread_message(item),
                thread_ts=parent_ts,
                part=index,
            )
            self.store.set_roundup_progress(record.id, index + 1)
        self.store.complete_roundup(record.id)
        return RoundupResult(channel, len(items), parent_ts)

    def _post_parent(self, record: RoundupRecord, message: blocks.Message) -> str:
        ts = self.messages.post_once("roundup", record.id, record.channel, message)
        self.store.set_roundup_parent(record.id, ts)
        return ts

    def _items(self, record: RoundupRecord) -> list[blocks.RoundupItem]:
        items = []
        for post_id in record.post_ids:
            post = self.store.get_post(post_id)
            article = self.store.article(post.article_id) if post else None
            if post is None or article is None:
                continue
            permalink = self.messages.permalink(post.channel, post.parent_ts)
            items.append(blocks.RoundupItem(article.digest, permalink=permalink))
        return items
