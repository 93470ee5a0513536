"""Who appears in which of a channel's digests: `PersonIndex` is the one answer to "which
articles here mention this person" (`/digest who`, App Home) and "who appeared in more than
one article" (roundups), so the three never disagree about who is who.

It reads the digests stored for the channel's posts at query time rather than keeping a
table of people: each stored digest already holds its people (name, role, aliases) and its
quotes' speakers, so a table would be a second copy to migrate and keep in step with the
engine's output, while a channel's digests parse in milliseconds.

Names are compared case- and diacritics-insensitively, word by word ("Núñez" is "nunez",
"Homan's" is "homan"). A name someone asks about is matched in three tiers, and the first
tier that matches anyone wins:
    1. full name: the person's name, an alias carrying their surname ("Governor Luis
       Romaris"), or their full name after title words of their role ("Mayor Jane Ortiz");
    2. title: the role the article gives them, or a title-only alias ("the border czar",
       "border czar" for "white house border czar");
    3. part: their first names or surname ("Homan", "Jane"), also after title words of
       their role or a courtesy title ("Governor Romaris", "Dr Kim"), or a one-word alias.

The same person across articles is one identity: the same full name, a full-name alias of
one that is another's name ("Tom Homan" for "Thomas Homan"), or a partial name ("Ortiz")
that fits exactly one fuller name in the set ("Jane Ortiz"). Precision first: a title or a
name part that fits two identities ("Ortiz" with a Jane and a Carlos Ortiz, "the governor"
for two governors) is a match for neither; the lookup names the candidates instead.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from collections import Counter, OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from bot.storage.records import PostedDigest, PostRecord
from bot.storage.store import Store
from digests.model import Digest, Person

Words = tuple[str, ...]

DETERMINERS = frozenset({"the", "a", "an"})
# Courtesy titles that may stand before a surname whatever the article calls the person.
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame"})
FULL, TITLE, PART = 1, 2, 3
# How many channels' people `PersonIndex` keeps between questions.
CHANNELS_KEPT = 32
_POSSESSIVE = re.compile(r"['\u2019]s\b")
_APOSTROPHES = re.compile(r"['\u2019`]")
_WORD = re.compile(r"[^\W_]+")


@functools.lru_cache(maxsize=65536)
def fold(text: str | None) -> Words:
    """The words of a name as compared: no accents, casefolded, no possessive 's, no
    punctuation ("O'Brien's" -> ("obrien",), "Jean-Luc" -> ("jean", "luc"))."""
    if not text:
        return ()
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    bare = _APOSTROPHES.sub("", _POSSESSIVE.sub("", bare))
    return tuple(_WORD.findall(bare))


def _without_determiner(words: Words) -> Words:
    return words[1:] if words and words[0] in DETERMINERS else words


def _is_edge_run(part: Words, whole: Words) -> bool:
    """Whether `part` is `whole`'s first or last words (a first name, a surname), not all."""
    n = len(part)
    return 0 < n < len(whole) and (whole[:n] == part or whole[-n:] == part)


def _names_someone(words: Words) -> bool:
    """Too short to name anyone: an initial, a stray letter."""
    return sum(len(w) for w in words) >= 2


def match_tier(query: Words, person: Person) -> int | None:
    """How `query` fits this article's person: FULL, TITLE, PART, or None (see the module)."""
    name = fold(person.name)
    if not name or not _names_someone(query):
        return None
    aliases = [fold(a) for a in person.aliases]
    role = _without_determiner(fold(person.role))
    if query == name or any(len(a) >= 2 and a == query and name[-1] in a for a in aliases):
        return FULL
    part_with_title = False
    for cut in range(1, len(query)):
        head, tail = query[:cut], query[cut:]
        if all(w in role or w in HONORIFICS for w in head):
            if tail == name:
                return FULL
            # "Dr Kim" is a name part with a title: two doctors Kim make it ambiguous.
            part_with_title = part_with_title or _is_edge_run(tail, name)
    bare = _without_determiner(query)
    title_aliases = [_without_determiner(a) for a in aliases if not set(a) & set(name)]
    if bare and (
        bare == role
        or role[-len(bare) :] == bare  # the role's head noun and what precedes it
        or any(bare == a for a in title_aliases)
    ):
        return TITLE
    if part_with_title or _is_edge_run(query, name):
        return PART
    if any(a == query and set(a) & set(name) for a in aliases):
        return PART
    return None


class Identities:
    """Which name keys (folded full names) are the same person, over a set of digests'
    people: equal names, a full-name alias equal to another's name, or a partial name that
    fits exactly one fuller name."""

    def __init__(self, people: Iterable[Person]) -> None:
        self._parent: dict[Words, Words] = {}
        people = list(people)
        for person in people:
            self._add(fold(person.name))
        keys = set(self._parent)
        for person in people:
            name = fold(person.name)
            for alias in map(fold, person.aliases):
                if alias != name and alias in keys and len(alias) >= 2 and alias[-1] == name[-1]:
                    self._union(alias, name)
        # Each fuller name under its first and last words, so a partial name finds the
        # names it is part of without comparing every pair.
        runs: dict[Words, set[Words]] = {}
        for key in keys:
            for n in range(1, len(key)):
                runs.setdefault(key[:n], set()).add(key)
                runs.setdefault(key[-n:], set()).add(key)
        for key in keys:
            fuller = {self.root(k) for k in runs.get(key, ())}
            if len(fuller) == 1:
                self._union(key, fuller.pop())

    def _add(self, key: Words) -> None:
        if key:
            self._parent.setdefault(key, key)

    def root(self, key: Words) -> Words:
        """The identity a name key belongs to (itself if it joins no other)."""
        while self._parent.get(key, key) != key:
            key = self._parent[key]
        return key

    def _union(self, a: Words, b: Words) -> None:
        ra, rb = self.root(a), self.root(b)
        if ra != rb:
            # The longer name becomes the identity, so it is what lists show.
            keep, drop = (ra, rb) if (len(ra), ra) >= (len(rb), rb) else (rb, ra)
            self._parent[drop] = keep


@dataclass(frozen=True)
class Appearance:
    """One article of the channel that mentions the person, as its digest has them."""

    post: PostRecord
    title: str | None
    url: str | None
    name: str  # as this article names them
    role: str | None  # the role this article gives them
    quotes: int  # quotes of theirs in this article
    posted_at: datetime  # when the digest was posted (naive UTC)

    @property
    def channel(self) -> str:
        return self.post.channel

    @property
    def parent_ts(self) -> str | None:
        """The digest's message in the channel (for its permalink)."""
        return self.post.parent_ts


@dataclass(frozen=True)
class PersonLookup:
    """What a name found in a channel: the person's appearances, newest first, or, when the
    name fits more than one person, who it could be (and no appearances)."""

    query: str
    appearances: list[Appearance] = field(default_factory=list)
    candidates: list[str] = field(default_factory=list)

    @property
    def ambiguous(self) -> bool:
        return bool(self.candidates)

    @property
    def name(self) -> str:
        """The person's fullest name in their articles (the newest if several are as
        full: "Marta Vuković" over a later "Vuković"), else the query."""
        if not self.appearances:
            return self.query
        return max(self.appearances, key=lambda a: len(fold(a.name))).name


def quotes_by(digest: Digest, person: Person) -> int:
    """How many of the digest's quotes the person speaks."""
    return sum(1 for q in digest.quotes if q.speaker == person.name)


def recurring_people(digests: Sequence[Digest]) -> list[tuple[str, int]]:
    """People in more than one of the digests (one identity counted once per digest), most
    articles first; each under the fullest name an article gives it (the first, of equals)."""
    identities = Identities(p for d in digests for p in d.people)
    counts: Counter[Words] = Counter()
    spelling: dict[Words, str] = {}
    for digest in digests:
        seen: set[Words] = set()
        for person in digest.people:
            key = fold(person.name)
            if not key:
                continue
            root = identities.root(key)
            if root not in seen:
                seen.add(root)
                counts[root] += 1
                shown = " ".join(person.name.split())
                if len(key) > len(fold(spelling.get(root))):
                    spelling[root] = shown
    repeated = [(spelling[k], n) for k, n in counts.items() if n > 1]
    return sorted(repeated, key=lambda item: (-item[1], item[0]))


class ChannelPeople:
    """The people of one channel's digests (newest first), folded and grouped into
    identities once, so each lookup only compares the query."""

    def __init__(self, posted: Sequence[PostedDigest]) -> None:
        self.entries = [(p, person) for p in posted for person in p.article.digest.people]
        self.identities = Identities(person for _, person in self.entries)
        self._roots = [self.identities.root(fold(person.name)) for _, person in self.entries]
        # Entries by each word of their name, aliases and role: every tier needs the query's
        # last word among them, so only those entries are compared.
        self._by_word: dict[str, list[int]] = {}
        for i, (_, person) in enumerate(self.entries):
            words = {w for text in (person.name, person.role, *person.aliases) for w in fold(text)}
            for word in words:
                self._by_word.setdefault(word, []).append(i)

    def lookup(self, name: str) -> PersonLookup:
        """The person `name` names here and their appearances (see the module docstring)."""
        query = " ".join(name.split())
        words = fold(query)
        candidates = self._by_word.get(words[-1], []) if words else []
        matched = [
            (tier, self._roots[i])
            for i in candidates
            if (tier := match_tier(words, self.entries[i][1])) is not None
        ]
        if not matched:
            return PersonLookup(query)
        best = min(tier for tier, _ in matched)
        # One word is a name part even where it is someone's whole name ("Ortiz" when an
        # article knew no first name): it must fit one identity among all the parts it fits.
        one_word = len(words) == 1 and best in (FULL, PART)
        tiers_used = {FULL, PART} if one_word else {best}
        roots = {root for tier, root in matched if tier in tiers_used}
        if len(roots) > 1 and (best != FULL or one_word):
            return PersonLookup(query, candidates=self._candidates(roots))
        return PersonLookup(query, appearances=self._appearances(roots))

    def _appearances(self, roots: set[Words]) -> list[Appearance]:
        found: list[Appearance] = []
        seen_posts: set[int] = set()
        for (p, person), root in zip(self.entries, self._roots, strict=True):
            if p.post.id in seen_posts or root not in roots:
                continue
            seen_posts.add(p.post.id)
            found.append(
                Appearance(
                    post=p.post,
                    title=p.article.title or p.article.digest.title,
                    url=p.article.url,
                    name=person.name,
                    role=person.role,
                    quotes=quotes_by(p.article.digest, person),
                    posted_at=p.posted_at,
                )
            )
        found.sort(key=lambda a: (a.posted_at, a.post.id), reverse=True)
        return found

    def _candidates(self, roots: set[Words]) -> list[str]:
        """The people an ambiguous name could be, by how many articles they are in, each
        under its newest article's spelling."""
        articles: Counter[Words] = Counter()
        spelling: dict[Words, str] = {}
        counted: set[tuple[int, Words]] = set()
        for (p, person), root in zip(self.entries, self._roots, strict=True):  # newest first
            if root in roots and (p.post.id, root) not in counted:
                counted.add((p.post.id, root))
                articles[root] += 1
                spelling.setdefault(root, person.name)
        ranked = sorted(articles.items(), key=lambda kv: (-kv[1], kv[0]))
        return [spelling[r] for r, _ in ranked]


def lookup_in(posted: Sequence[PostedDigest], name: str) -> PersonLookup:
    """`PersonIndex.lookup` over digests already read (newest first)."""
    return ChannelPeople(posted).lookup(name)


class PersonIndex:
    """People across a channel's digests, read from the store (see the module docstring).

    The last few channels' people are kept, each under the store's version of the channel's
    posted digests: a new digest (or one gone) reads the channel again, so nothing stale is
    ever answered and a busy channel is not re-read for every question."""

    def __init__(self, store: Store, *, channels_kept: int = CHANNELS_KEPT) -> None:
        self.store = store
        self.channels_kept = channels_kept
        self._kept: OrderedDict[str, tuple[tuple[int, int], ChannelPeople]] = OrderedDict()
        self._lock = threading.Lock()

    def appearances(self, channel: str, name: str) -> list[Appearance]:
        """The channel's articles that mention the person `name` names, newest first
        (empty when it names no one, or more than one person: see `lookup`)."""
        return self.lookup(channel, name).appearances

    def lookup(self, channel: str, name: str) -> PersonLookup:
        """The person `name` names in this channel's digests, and their appearances."""
        return self.people_of(channel).lookup(name)

    def people_of(self, channel: str) -> ChannelPeople:
        """The channel's people as its posted digests stand now."""
        version = self.store.posted_digests_version(channel)
        with self._lock:
            kept = self._kept.get(channel)
            if kept is not None and kept[0] == version:
                self._kept.move_to_end(channel)
                return kept[1]
        people = ChannelPeople(self.store.posted_digests(channel))
        with self._lock:
            self._kept[channel] = (version, people)
            self._kept.move_to_end(channel)
            while len(self._kept) > self.channels_kept:
                self._kept.popitem(last=False)
        return people

    def recurring(self, digests: Sequence[Digest]) -> list[tuple[str, int]]:
        """Who appears in more than one of these digests (a roundup's articles)."""
        return recurring_people(digests)
