"""`make bench`: run each benchmark in turn (minimal; the engine benchmark merges in here)."""

from __future__ import annotations

from . import slack

if __name__ == "__main__":
    slack.run()
