"""The one fitting function and `Message`, the plain data every composer returns: every
string of every block trimmed to its element's limit (`fit_blocks`), at most 50 blocks,
never a failure.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from slack_sdk.models.blocks import (
    Block,
    ButtonElement,
    ImageBlock,
    InputBlock,
)
from slack_sdk.models.blocks.basic_components import ConfirmObject, Option

from bot.slack.blocks.limits import (
    MAX_ACTION_ID_CHARS,
    MAX_ALT_TEXT_CHARS,
    MAX_BLOCK_ID_CHARS,
    MAX_BLOCKS,
    MAX_BUTTON_TEXT_CHARS,
    MAX_FIELD_CHARS,
    MAX_HEADER_CHARS,
    MAX_MESSAGE_TEXT_CHARS,
    MAX_PLACEHOLDER_CHARS,
    MAX_SECTION_CHARS,
    MAX_TEXT_OBJECT_CHARS,
)
from bot.slack.blocks.markup import (
    context_block,
    truncate,
)


@dataclass(frozen=True)
class Message:
    """What to post: the notification fallback and the Block Kit blocks (as dicts)."""

    text: str
    blocks: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        # Whoever built it, what is posted is within Slack's limits (see `fit_blocks`).
        object.__setattr__(self, "text", truncate(self.text or "", MAX_MESSAGE_TEXT_CHARS))
        object.__setattr__(self, "blocks", fit_blocks(self.blocks))

    def as_kwargs(self) -> dict[str, Any]:
        """The `text` and `blocks` arguments of chat.postMessage."""
        return {"text": self.text, "blocks": self.blocks}


# For each Block Kit type: field -> limit. A field holds a string, a text object (its `text`
# is cut) or a list of text objects (section fields). Nested elements (an accessory, a
# context's or an actions block's elements) are fitted by their own type's entry.
_TEXT = {"text": MAX_TEXT_OBJECT_CHARS}


LIMITS: dict[str, dict[str, int]] = {
    "header": {"text": MAX_HEADER_CHARS},
    "section": {"text": MAX_SECTION_CHARS, "fields": MAX_FIELD_CHARS},
    "image": {
        "alt_text": MAX_ALT_TEXT_CHARS,
        "image_url": ImageBlock.image_url_max_length,
        "title": ImageBlock.title_max_length,
    },
    "button": {
        "text": MAX_BUTTON_TEXT_CHARS,
        "value": ButtonElement.value_max_length,
        "url": ButtonElement.url_max_length,
    },
    "input": {"label": InputBlock.label_max_length, "hint": InputBlock.hint_max_length},
    "mrkdwn": _TEXT,
    "plain_text": _TEXT,
}


# On any node that has them.
COMMON_LIMITS = {
    "block_id": MAX_BLOCK_ID_CHARS,
    "action_id": MAX_ACTION_ID_CHARS,
    "placeholder": MAX_PLACEHOLDER_CHARS,
}


# Objects without a `type`, known by the field that holds them.
_CONFIRM = {
    "title": ConfirmObject.title_max_length,
    "text": ConfirmObject.text_max_length,
    "confirm": ConfirmObject.confirm_max_length,
    "deny": ConfirmObject.deny_max_length,
}


_OPTION = {"text": Option.label_max_length, "value": Option.value_max_length}


UNTYPED_LIMITS = {
    "confirm": _CONFIRM,
    "options": _OPTION,
    "initial_option": _OPTION,
    "initial_options": _OPTION,
}


def fit_blocks(
    blocks: Sequence[Block | Mapping[str, Any]], *, max_blocks: int = MAX_BLOCKS
) -> list[dict[str, Any]]:
    """Blocks (models or dicts) as dicts within every Block Kit limit in `LIMITS`: at most
    `max_blocks` (50 in a message, `MAX_VIEW_BLOCKS` in a view; the last slot says how many
    were left out), each string cut to its limit at a word, never inside an escape entity
    or link markup. Never raises for length."""
    dicts = [b.to_dict() if isinstance(b, Block) else dict(b) for b in blocks]
    if len(dicts) > max_blocks:
        dropped = len(dicts) - (max_blocks - 1)
        note = context_block(f"…{dropped} more section(s) not shown").to_dict()
        dicts = [*dicts[: max_blocks - 1], note]
    return [_fit_node(d) for d in dicts]


def _fit_node(node: Any, untyped: Mapping[str, int] | None = None) -> Any:
    if isinstance(node, list):
        return [_fit_node(item, untyped) for item in node]
    if not isinstance(node, Mapping):
        return node
    kind = node.get("type")
    own = LIMITS.get(str(kind), {}) if kind else (untyped or {})
    limits = {**COMMON_LIMITS, **own}
    fitted: dict[str, Any] = {}
    for key, value in node.items():
        limit = limits.get(key)
        if limit is not None:
            value = _cut(value, limit)
        fitted[key] = _fit_node(value, UNTYPED_LIMITS.get(key))
    return fitted


def _cut(value: Any, limit: int) -> Any:
    """A string, a text object's text or each of a list of text objects, cut to `limit`."""
    if isinstance(value, str):
        return truncate(value, limit)
    if isinstance(value, Mapping) and isinstance(value.get("text"), str):
        return {**value, "text": truncate(value["text"], limit)}
    if isinstance(value, list):
        return [_cut(item, limit) for item in value]
    return value
