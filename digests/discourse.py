"""What the story has said so far that later mentions lean on: the organisations that acted.

Split from `parties` (which turns a token into a party) so that both the quote reader, which
builds the discourse as it goes, and the party resolver, which reads it, share one small
module. `describes` says which organisations a definite description can stand for.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from digests.analysis import Analysis, Party, organisation_name, strip_possessive
from digests.lexicon import ORG_DESCRIPTORS, ORG_HEAD_WORDS

# Name words that let a descriptor refer to an organisation: "the union" is the
# "Air Line Pilots Association", "the department" the "Department of Health".
ORG_NAME_WORDS = {
    "union": {"union", "association", "federation", "guild", "brotherhood", "local", "teamsters"},
    "agency": {"agency", "administration", "authority", "commission", "office", "bureau"},
    "government": {"government", "administration", "ministry", "cabinet"},
    "school": {"school", "academy", "college", "university", "district"},
}
GENERIC_ORG_NOUNS = frozenset({"company", "firm", "corporation", "business", "employer"})
ORG_KIND_WORDS = ORG_DESCRIPTORS | ORG_HEAD_WORDS | {"authority", "workers", "local"}


@dataclass
class Discourse:
    """What the story has said so far that later mentions lean on.

    "He said" after a quote points at whoever spoke it, and "the company said" at the
    organisation that last spoke. The quote reader builds this as it goes and returns it;
    meetings and demands take it as an input. Nothing else writes to it, so every stage can
    also run alone with `Discourse.of(an)`, which knows only the organisations that act.
    """

    speakers: dict[int, int] = field(default_factory=dict)  # quote index -> cast member
    organisations: list[tuple[int, Party]] = field(default_factory=list)  # (char, party)
    # noun -> the organisations above whose names it can describe ('the union' -> unions),
    # kept in step with them: "the last union before here" is then one bisection, not a
    # pass over every organisation (which made a long article's digest quadratic)
    _described: dict[str, list[tuple[int, Party]]] = field(
        default_factory=dict, repr=False, compare=False
    )
    # noun -> the one ORG entity of the article that noun describes (None: not one)
    _only_named: dict[str, Party | None] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def of(cls, an: Analysis) -> Discourse:
        """The discourse before any quote is read: organisations that act as subjects."""
        return cls(organisations=list(an.organisations))

    def note_organisation(self, char: int, party: Party | None) -> None:
        """Remember an organisation as a speaker or actor, for later 'the company' mentions."""
        if party is not None and party.kind == "organization":
            item = (char, party)
            bisect.insort(self.organisations, item, key=_char_of)
            for noun, found in self._described.items():
                if describes(noun, party.name):
                    bisect.insort(found, item, key=_char_of)

    def last_before(self, char: int, noun: str | None = None) -> Party | None:
        """The last organisation noted before `char` (that `noun` describes, if given)."""
        if noun is None:
            items = self.organisations
        else:
            items = self._described.get(noun)
            if items is None:
                items = [o for o in self.organisations if describes(noun, o[1].name)]
                self._described[noun] = items
        k = bisect.bisect_left(items, char, key=_char_of)
        return items[k - 1][1] if k else None

    def last_since(self, since: int, char: int) -> Party | None:
        """The last organisation noted between `since` and `char`: the body a passage
        was just about."""
        k = bisect.bisect_left(self.organisations, char, key=_char_of)
        if k and self.organisations[k - 1][0] >= since:
            return self.organisations[k - 1][1]
        return None

    def only_named(self, an: Analysis, noun: str) -> Party | None:
        """The one multi-word ORG the article names that `noun` describes, else None."""
        if noun not in self._only_named:
            named = {
                an.org_names.canonical(organisation_name(e))
                for e in an.doc.ents
                if e.label_ == "ORG" and len(e) > 1 and describes(noun, e.text)
            }
            only = Party(name=named.pop(), kind="organization") if len(named) == 1 else None
            self._only_named[noun] = only
        return self._only_named[noun]


def _char_of(item: tuple[int, Party]) -> int:
    return item[0]


def describes(noun: str, name: str) -> bool:
    """Whether a definite `noun` ("the union") can stand for the body called `name`."""
    words = {w.lower() for w in strip_possessive(name).split()}
    if noun == "union" and any(w.endswith("workers") for w in words):
        return True  # "United Ropeworkers", "Allied Dock Workers"
    kinds = ORG_NAME_WORDS.get(noun, {noun})
    return bool(words & kinds) or noun in GENERIC_ORG_NOUNS and not words & ORG_KIND_WORDS
