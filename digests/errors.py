"""Errors a caller of the engine handles without importing spaCy (the CLI catches
`ModelNotFoundError` whether or not it loads the model itself)."""

from __future__ import annotations


class ModelNotFoundError(RuntimeError):
    """No usable spaCy model is installed."""
