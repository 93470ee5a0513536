"""`digest-bot rotate-key`: re-seal every stored bot token under TOKEN_ENCRYPTION_KEY's first
key (sealing tokens stored in plain text before a key was set).

To rotate: put the new key first and the old one after it (`TOKEN_ENCRYPTION_KEY=new,old`),
run this once, then drop the old key. Safe to run while the bot runs (each token is
rewritten in one transaction, and either form opens with `new,old`).
"""

from __future__ import annotations

import sys
from typing import TextIO

from pydantic import ValidationError

from bot.settings import Settings, invalid_settings_line
from bot.storage.store import Store
from bot.storage.token_crypto import SealedInstallationStore, rotate_tokens


def rotate_key(*, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """Re-seal the tokens; the exit code (2: no key, or settings that do not load)."""
    try:
        settings = Settings()
    except ValidationError as e:
        print(invalid_settings_line(e), file=err)
        return 2
    cipher = settings.token_cipher()
    if not cipher.on:
        print("digest-bot: set TOKEN_ENCRYPTION_KEY (new key first) to rotate", file=err)
        return 2
    store = Store(settings.database_url)
    try:
        installations = SealedInstallationStore(
            client_id=settings.slack_client_id, engine=store.engine, cipher=cipher
        )
        changed = rotate_tokens(installations, cipher)
    finally:
        store.close()
    print(f"re-sealed {changed} stored token{'s' if changed != 1 else ''}", file=out)
    return 0
