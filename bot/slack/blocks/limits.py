"""Block Kit's limits (slack_sdk's where its models carry one, ours where Slack answers
`invalid_blocks` without slack_sdk noticing) and what reads well for each article string.
"""

from __future__ import annotations

from slack_sdk.models.blocks import (
    Block,
    ButtonElement,
    HeaderBlock,
    ImageElement,
    SectionBlock,
)

MAX_BLOCKS = 50


MAX_VIEW_BLOCKS = 100  # an App Home or modal view (views.publish / views.open)


# Limits slack_sdk's models know (and check in to_dict()).
MAX_SECTION_CHARS = SectionBlock.text_max_length  # 3000


MAX_HEADER_CHARS = HeaderBlock.text_max_length  # 150


MAX_BUTTON_TEXT_CHARS = ButtonElement.text_max_length  # 75


MAX_ALT_TEXT_CHARS = ImageElement.alt_text_max_length  # 2000


MAX_BLOCK_ID_CHARS = Block.block_id_max_length  # 255


# Limits slack_sdk does not check (Slack answers invalid_blocks / msg_too_long).
MAX_TEXT_OBJECT_CHARS = 3000  # any text object, a context element's among them


MAX_FIELD_CHARS = 2000  # each of a section's fields


MAX_ACTION_ID_CHARS = 255


MAX_PLACEHOLDER_CHARS = 150


MAX_MESSAGE_TEXT_CHARS = 40_000


# What we show of one context line: well inside the limit, so it reads as one line.
MAX_CONTEXT_ELEMENT_CHARS = 2000


# Slack truncates notification text long before its 40,000-char hard limit; keep it readable.
MAX_FALLBACK_CHARS = 3000


# Article strings, clipped before escaping (names and roles collapse their whitespace too).
MAX_NAME_CHARS = 100


MAX_ROLE_CHARS = 200


MAX_PLACE_CHARS = 200  # a meeting's when / where


MAX_DEMAND_CHARS = 500


MAX_LINK_URL_CHARS = 3000  # longer URLs are shown as clipped text, not as a link


# An error reply: one sentence, even when it quotes a 65,000-character URL.
MAX_ERROR_CHARS = 1000


MAX_PEOPLE_LISTED = 8


# A quote reply shows this many sections (of ~1,400 characters) at most, then its speaker.
MAX_QUOTE_SECTIONS = 20


# A roundup line per article, naming at most this many key people.
MAX_ROUNDUP_LINE_CHARS = 600


MAX_KEY_PEOPLE_IN_LINE = 3


ELLIPSIS = "…"


UNTITLED = "Untitled article"


SOMETHING_WENT_WRONG = ":warning: Something went wrong while digesting that. It has been logged."
