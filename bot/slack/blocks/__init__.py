"""Every Slack message the bot composes (Block Kit via `slack_sdk.models.blocks`), escaped:
digests, quote replies, roundups, unfurls, notices and the error texts users see.

Every string that comes from an article goes through `escape()` before it lands in mrkdwn or
in the notification `text`, so an article quoting `<!channel>` or `<@U123>` pings nobody.
Every error a user sees goes through `problem_text` (escaped, capped), whatever raised it.

Block Kit limits are respected by trimming or splitting, never by failing. Two layers:
  * at the source, each article string is clipped to what reads well (`MAX_NAME_CHARS`,
    `MAX_ROLE_CHARS`, ...) before it is escaped, so a line keeps its other parts (a reply's
    "quote 2 of 5" survives a 50,000-character role);
  * in one place, `fit_blocks` (run by every `Message`) trims every string of every block to
    its element's limit: `LIMITS`, taken from slack_sdk's Block Kit models where they carry
    one (header 150, section 3,000, button text 75, alt text 2,000, block_id 255, ...), and
    ours where slack_sdk builds an over-long object without a word and Slack then answers
    `invalid_blocks`: any text object (a context element's text) 3,000, a section field
    2,000. At most 50 blocks; the fallback `text` at most 40,000 characters.
A `Message` is plain data (`text` fallback + block dicts) ready for `chat.postMessage(**...)`.

One module per family: `digest_messages`, `roundups`, `notices`; beneath them `markup`
(escaping, clipping, small builders), `fitting` (`fit_blocks`, `Message`) and `limits`. This
`__init__` names what callers use, so `blocks.digest_message(...)` reads the same everywhere.
"""

from __future__ import annotations

from bot.slack.blocks.digest_messages import (
    digest_message,
    quote_message,
    unfurl_blocks,
    unfurl_line,
)
from bot.slack.blocks.fitting import (
    Message,
    fit_blocks,
)
from bot.slack.blocks.limits import (
    MAX_BLOCKS,
    MAX_HEADER_CHARS,
    MAX_SECTION_CHARS,
    MAX_VIEW_BLOCKS,
    SOMETHING_WENT_WRONG,
)
from bot.slack.blocks.markup import (
    clip,
    escape,
    link,
    slack_date,
    split_text,
    truncate,
)
from bot.slack.blocks.notices import (
    earlier_digest_text,
    notice,
    problem_text,
)
from bot.slack.blocks.roundups import (
    RoundupItem,
    compose_roundup,
    nothing_new_message,
    roundup_line,
    roundup_thread_message,
    shown_headline,
)

__all__ = [
    "MAX_BLOCKS",
    "MAX_HEADER_CHARS",
    "MAX_SECTION_CHARS",
    "MAX_VIEW_BLOCKS",
    "Message",
    "RoundupItem",
    "SOMETHING_WENT_WRONG",
    "clip",
    "compose_roundup",
    "digest_message",
    "earlier_digest_text",
    "escape",
    "fit_blocks",
    "link",
    "nothing_new_message",
    "notice",
    "problem_text",
    "quote_message",
    "roundup_line",
    "roundup_thread_message",
    "shown_headline",
    "slack_date",
    "split_text",
    "truncate",
    "unfurl_blocks",
    "unfurl_line",
]
