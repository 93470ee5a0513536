"""Imported by the digest pool's fork server (`DigestPool`), never by anything else.

Importing it loads the spaCy model into the fork server once, so every worker forked from
it starts with the model already in memory (shared copy-on-write) instead of reading it from
disk again: a pool starts, and a worker replaced after a timeout or a crash is back, in
milliseconds instead of seconds. The model is the one `SPACY_MODEL` names in the fork
server's environment; a worker asked for another one loads that itself.

The loaded objects are then moved out of the garbage collector's sight (`gc.freeze`): a
collection in a worker would otherwise write to the header of every one of them, and so copy
every memory page the fork shares, in each worker.
"""

from __future__ import annotations

import contextlib
import gc

from digests.text.nlp import get_nlp

# A missing model is not this module's to report: the worker that needs it says so.
with contextlib.suppress(Exception):
    get_nlp()
gc.freeze()
