"""The word classes an English dictionary gives a word: noun, verb, adjective, adverb.

Name rules need to know whether a capitalised word could be a common English word of some
class ("Renew" is only a verb, "Together" only an adverb or adjective: no given name opens
so). The model's own tagger says PROPN for any capitalised word inside a name, so it cannot
tell. The spaCy English model ships WordNet's lemma index inside its lemmatizer tables
(`lemma_index`: ~58,000 nouns, 8,700 verbs, 21,000 adjectives, 3,800 adverbs), so no new
dependency or data file is needed. Read once, lazily, like the pipeline itself.

Does NOT cover: inflected forms (the index lists lemmas: "renews" is absent) or names the
dictionary lists as nouns ("Drew", "Bill").
"""

from __future__ import annotations

from functools import lru_cache

from digests.text.nlp import get_nlp

WORD_CLASSES = ("noun", "verb", "adj", "adv")


@lru_cache(maxsize=1)
def _index() -> dict[str, frozenset[str]]:
    """Lemmas per word class; empty when the loaded model ships no index (the rules that
    ask then see no class and stay silent)."""
    nlp = get_nlp()
    if "lemmatizer" not in nlp.pipe_names:
        return {}
    lookups = nlp.get_pipe("lemmatizer").lookups
    if lookups is None or not lookups.has_table("lemma_index"):
        return {}
    table = lookups.get_table("lemma_index")
    return {cls: frozenset(table[cls]) for cls in WORD_CLASSES if cls in table}


def word_classes(word: str) -> frozenset[str]:
    """The classes the dictionary lists the lower-cased word under ('renew' -> {'verb'})."""
    low = word.lower()
    return frozenset(cls for cls, words in _index().items() if low in words)


def verb_or_adverb_only(word: str) -> bool:
    """A word English uses as a verb or an adverb and never as a noun: 'Renew', 'Unite',
    'Together'; not 'Forward' (a player) or 'Sue' (the index lists both as nouns too)."""
    classes = word_classes(word)
    return "noun" not in classes and bool(classes & {"verb", "adv"})
