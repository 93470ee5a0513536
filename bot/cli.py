"""`digest-bot` entry point: `run` (the bot), `digest` (one-off digests on the terminal)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from digests import ArticleError, build_digest, load_article
from digests.nlp import ModelNotFoundError
from digests.render import to_markdown, to_text

from .runner import run_bot

FORMATS = ("text", "markdown", "json")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="digest-bot", description="Digests of news articles: people, meetings, demands."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    dig = sub.add_parser("digest", help="digest articles and print the result")
    dig.add_argument(
        "inputs",
        nargs="+",
        metavar="PATH|URL|-",
        help="article file (.txt .md .html .url), URL or -",
    )
    dig.add_argument("--format", choices=FORMATS, default="text")
    run = sub.add_parser("run", help="run the Slack bot")
    run.add_argument("inputs", nargs="*", help=argparse.SUPPRESS)
    return parser


def cmd_digest(inputs: Sequence[str], fmt: str) -> int:
    """Digest each input; bad inputs get one line on stderr and a non-zero exit.

    Every input is tried: one that fails (bad input, or a bug the engine hits on it) is
    reported and skipped, so a batch never loses the digests of the others.
    """
    failures = 0
    for i, target in enumerate(inputs):
        try:
            article = load_article(target)
        except ArticleError as e:
            print(f"digest-bot: {e}", file=sys.stderr)
            failures += 1
            continue
        try:
            digest = build_digest(article.text, title=article.title, source=article.source)
        except Exception as e:  # a bug on one article must not lose the rest of a batch
            print(
                f"digest-bot: {target}: internal error ({type(e).__name__}: {e})", file=sys.stderr
            )
            failures += 1
            continue
        if fmt == "json":
            sys.stdout.write(json.dumps(digest.to_dict(), ensure_ascii=False) + "\n")
        else:
            if i:
                sys.stdout.write("\n" + "-" * 60 + "\n\n")
            sys.stdout.write(to_markdown(digest) if fmt == "markdown" else to_text(digest))
        sys.stdout.flush()
    return 1 if failures else 0


def cmd_run(inputs: Sequence[str]) -> int:
    """Run the Slack bot. Articles given on the command line are digested instead (old usage)."""
    if inputs:
        return cmd_digest(inputs, "text")
    return run_bot()


def main(argv: Sequence[str] | None = None) -> int:
    """`digest-bot digest ...` or `digest-bot run`; returns the exit code."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "digest":
            return cmd_digest(args.inputs, args.format)
        return cmd_run(args.inputs)
    except ModelNotFoundError as e:
        print(f"digest-bot: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
