"""`digest-bot` entry point: `run` (the bot), `digest` (one-off digests on the terminal).

Each command imports what it needs when it runs, not with this module: `digest --jobs N`
never imports spaCy or the bot in this process (its workers' fork server does, meanwhile),
and `digest` imports only the bot's settings (`bot.settings`, no Slack): SPACY_MODEL and
ALLOW_PRIVATE_URLS come from the environment or `.env`, as `run` reads them.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import logging
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor

from pydantic import ValidationError

from digests.errors import ModelNotFoundError
from digests.model import Digest
from digests.workers import DigestPool, WorkerFailure, WorkerStartError

FORMATS = ("text", "markdown", "json")


def _version() -> str:
    try:
        return importlib.metadata.version("digest-bot")
    except importlib.metadata.PackageNotFoundError:  # run from a checkout never installed
        return "unknown"


def _jobs(value: str) -> int:
    """--jobs: a whole number of worker processes, at least 1."""
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {jobs}")
    return jobs


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="digest-bot", description="Digests of news articles: people, meetings, demands."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = parser.add_subparsers(dest="command", required=True)
    dig = sub.add_parser("digest", help="digest articles and print the result")
    dig.add_argument(
        "inputs",
        nargs="+",
        metavar="PATH|URL|-",
        help="article file (.txt .md .html .url), URL or -",
    )
    dig.add_argument("--format", choices=FORMATS, default="text")
    dig.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        default=1,
        metavar="N",
        help="digest in N worker processes, output in input order (default 1: this process)",
    )
    dig.add_argument(
        "--explain",
        action="store_true",
        help="with each quote, the sieve that chose its speaker and the cue it read; with each "
        "meeting, its trigger's construction and the rule that gave each party",
    )
    run = sub.add_parser("run", help="run the Slack bot")
    run.add_argument("inputs", nargs="*", help=argparse.SUPPRESS)
    sub.add_parser(
        "rotate-key", help="re-seal stored bot tokens under TOKEN_ENCRYPTION_KEY's first key"
    )
    return parser


def cmd_digest(
    inputs: Sequence[str],
    fmt: str,
    jobs: int = 1,
    *,
    explain: bool = False,
    allow_private: bool = False,
    model: str | None = None,
) -> int:
    """Digest each input; bad inputs get one line on stderr and a non-zero exit.

    Every input is tried: one that fails (bad input, or a bug the engine hits on it) is
    reported and skipped, so a batch never loses the digests of the others. With `jobs` > 1
    the digests are built in that many worker processes (`digests.workers`), while the
    output keeps the order of `inputs`. With `explain`, each quote says which sieve chose
    its speaker and on which cue (text), or carries it as `attribution` (JSON).
    `allow_private` and `model` are ALLOW_PRIVATE_URLS and SPACY_MODEL (`digest_settings`).
    """
    if jobs <= 1:
        from digests import build_digest
        from digests.text.nlp import use_model

        if model:
            use_model(model)
        outcomes: Iterable[Outcome] = (
            _digest_one(target, build_digest, allow_private) for target in inputs
        )
        return _print_all(outcomes, fmt, explain)
    # A batch wants every worker on long articles too: none is kept for short ones.
    with DigestPool(jobs, reserve_for_short=False, model=model) as pool:
        window = 8 * jobs
        return _print_all(
            _in_order(inputs, pool, window=window, allow_private=allow_private), fmt, explain
        )


def digest_settings() -> tuple[str | None, bool]:
    """(SPACY_MODEL, ALLOW_PRIVATE_URLS) from the environment, then `.env`, as `run` reads
    them (`bot.settings`); a setting that does not parse raises pydantic's ValidationError."""
    from bot.settings import Settings

    settings = Settings()
    return settings.spacy_model or None, settings.allow_private_urls


# What became of one input: its digest, or the line to print on stderr.
Outcome = tuple[Digest | None, str | None]


def _digest_one(target: str, build: Callable[..., Digest], allow_private: bool = False) -> Outcome:
    from digests.text.article import ArticleError, load_article

    try:
        article = load_article(target, allow_private=allow_private)
    except ArticleError as e:
        return None, f"digest-bot: {e}"
    try:
        return build(article.text, title=article.title, source=article.source), None
    except WorkerFailure as e:  # the worker was replaced; the batch goes on
        return None, f"digest-bot: {target}: {e}"
    except (ModelNotFoundError, WorkerStartError):  # no model: no input can be digested
        raise
    except Exception as e:  # a bug on one article must not lose the rest of a batch
        return None, f"digest-bot: {target}: internal error ({type(e).__name__}: {e})"


def _in_order(
    inputs: Sequence[str], pool: DigestPool, *, window: int, allow_private: bool = False
) -> Iterator[Outcome]:
    """Each input's outcome in input order, while up to `window` are loaded and digested at
    once (threads load and wait; the pool's processes digest)."""
    with ThreadPoolExecutor(max_workers=window) as threads:
        pending: deque[Future[Outcome]] = deque()
        for target in inputs:
            pending.append(threads.submit(_digest_one, target, pool.build, allow_private))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _print_all(outcomes: Iterable[Outcome], fmt: str, explain: bool = False) -> int:
    from digests.render import to_markdown, to_text

    failures = 0
    printed = 0
    for digest, problem in outcomes:
        if digest is None:
            print(problem, file=sys.stderr)
            failures += 1
            continue
        if fmt == "json":
            sys.stdout.write(json.dumps(digest.to_dict(explain=explain), ensure_ascii=False) + "\n")
        else:
            if printed:
                sys.stdout.write("\n" + "-" * 60 + "\n\n")
            rendered = to_markdown if fmt == "markdown" else to_text
            sys.stdout.write(rendered(digest, explain=explain))
        printed += 1
        sys.stdout.flush()
    return 1 if failures else 0


def cmd_run(inputs: Sequence[str]) -> int:
    """Run the Slack bot. Articles given on the command line are digested instead (old usage)."""
    if inputs:
        return cmd_digest(inputs, "text")
    from bot.runner import run_bot

    return run_bot()


def main(argv: Sequence[str] | None = None) -> int:
    """`digest-bot digest ...` or `digest-bot run`; returns the exit code."""
    args = _parser().parse_args(argv)
    if args.command == "digest":
        # Each failed input gets its own line; the pool's log of replacing a worker would
        # say the same thing twice.
        logging.basicConfig(level=logging.ERROR, format="digest-bot: %(message)s")
    try:
        if args.command == "digest":
            model, allow_private = digest_settings()
            return cmd_digest(
                args.inputs,
                args.format,
                args.jobs,
                explain=args.explain,
                allow_private=allow_private,
                model=model,
            )
        if args.command == "rotate-key":
            from bot.ops.rotate_key import rotate_key

            return rotate_key()
        return cmd_run(args.inputs)
    except ValidationError as e:  # a setting in the environment or .env that does not parse
        from bot.settings import invalid_settings_line

        print(invalid_settings_line(e), file=sys.stderr)
        return 2
    except (ModelNotFoundError, WorkerStartError) as e:
        print(f"digest-bot: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
