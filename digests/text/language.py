"""Is this article English? A light check by function words, so that an article in another
language gets one line saying so instead of a digest made of nonsense (the model and every
rule here are English).

Function words (articles, pronouns, prepositions, conjunctions, auxiliaries) make up a
third or more of the running words of any prose and differ from language to language, so
their shares tell languages apart without a model: `guess_language` counts, for English
and six languages a news bot meets most, what share of the words are that language's
function words. An article counts as not English only when it is long enough to judge
(`MIN_WORDS`), English function words are rare in it (under `ENGLISH_FLOOR`) and another
language's are common (over `OTHER_FLOOR`): English with foreign names, quotes or a
paragraph in another language stays English.

Not handled: languages outside the list (an article in Polish is "not English" only if
nothing else matched, and then it is let through); mixed-language articles; very short
texts (let through).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

MIN_WORDS = 40
ENGLISH_FLOOR = 0.12
OTHER_FLOOR = 0.2
# Only the first words are looked at: enough to judge, cheap on a 5 MB article.
SAMPLE_WORDS = 2000

FUNCTION_WORDS: dict[str, frozenset[str]] = {
    name: frozenset(words.split())
    for name, words in {
        "English": """the a an of to in on at for with from by and or but not is are was were be
            been has have had will would can could should this that these those it its he she
            they we you his her their our who which what there as than""",
        "French": """le la les un une des du de et ou mais est sont était été avec pour par dans
            sur au aux ce cette ces il elle ils elles nous vous qui que quoi ne pas plus se sa
            son ses leur leurs lui être avoir""",
        "German": """der die das den dem des ein eine einen einem einer und oder aber ist sind war
            waren mit für von zu im in auf an bei nicht sich es er sie wir ihr wie auch nach
            dass über wird wurde werden hat haben""",
        "Spanish": """el la los las un una unos unas de del y o pero es son fue era con para por
            en al que se su sus lo le les no más como este esta estos estas ha han está
            están""",
        "Italian": """il lo la gli le un una uno di del della dei delle e o ma è sono era con per
            da in nel nella al alla che non si suo sua più come questo questa ha hanno""",
        "Portuguese": """o a os as um uma uns umas de do da dos das e ou mas é são foi era com
            para por em no na nos nas ao que se seu sua não mais como este esta tem""",
        "Dutch": """de het een van en of maar is zijn was waren met voor door in op aan bij niet
            zich er hij zij wij ook naar dat die wordt werd hebben heeft""",
    }.items()
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass(frozen=True)
class LanguageGuess:
    """The language whose function words are most common, and each language's share."""

    language: str
    shares: dict[str, float]
    words: int


def guess_language(text: str) -> LanguageGuess:
    """Each language's share of function words among the first `SAMPLE_WORDS` words."""
    words = [w.lower() for w in _WORD.findall(text[: SAMPLE_WORDS * 12])][:SAMPLE_WORDS]
    counts = Counter(words)
    total = max(1, len(words))
    shares = {
        name: sum(counts[w] for w in vocabulary) / total
        for name, vocabulary in FUNCTION_WORDS.items()
    }
    best = max(shares, key=lambda name: shares[name])
    return LanguageGuess(best, shares, len(words))


def non_english_language(text: str) -> str | None:
    """The language the text is clearly written in when that is not English; else None
    (English, too short to tell, or not clearly anything)."""
    guess = guess_language(text)
    if guess.words < MIN_WORDS or guess.shares["English"] >= ENGLISH_FLOOR:
        return None
    if guess.language == "English" or guess.shares[guess.language] < OTHER_FLOOR:
        return None
    return guess.language
