"""Write docs/configuration.md from `bot.settings.Settings`, so the settings page cannot go stale.

Run by `make docs`; `tests/test_docs.py` fails when the committed page differs from what this
prints, or when a setting has no description.

Each field's description is its `Field(description=...)` if it has one, else the `#` comment
block written above it in bot/settings.py. Fields in one run (no blank line between them)
share the comment above the run, as the source reads: `slack_app_token` sits under
"Slack credentials. ...". Names, types, defaults and bounds come from pydantic's own field
information, so whatever is added to `Settings` appears here at the next `make docs`.

    .venv/bin/python docs/configuration.py            # rewrite docs/configuration.md
    .venv/bin/python docs/configuration.py --check    # exit 1 if it is out of date
"""

from __future__ import annotations

import argparse
import ast
import inspect
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

import annotated_types
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from anywhere: bot/ is beside docs/

from bot import settings as settings_module  # noqa: E402
from bot.settings import Settings  # noqa: E402

PAGE = ROOT / "docs" / "configuration.md"


@dataclass(frozen=True)
class Setting:
    """One row of the page."""

    env: str
    type: str
    default: str
    description: str


def comments_above_fields(source: str, class_name: str = "Settings") -> dict[str, str]:
    """{field name: the comment block above it (or above its run of fields)} in `source`."""
    lines = source.splitlines()
    tree = ast.parse(source)
    cls = next(
        node for node in tree.body if isinstance(node, ast.ClassDef) and node.name == class_name
    )
    found: dict[str, str] = {}
    shared = ""  # the comment of the current run of fields
    previous_end = None
    for node in cls.body:
        if not (isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)):
            previous_end, shared = None, ""
            continue
        block: list[str] = []
        row = node.lineno - 2  # 0-based index of the line above the field
        while row >= 0 and lines[row].strip().startswith("#"):
            block.insert(0, lines[row].strip().lstrip("#").strip())
            row -= 1
        if block:
            shared = " ".join(block)
        elif previous_end is None or node.lineno - 1 != previous_end:
            shared = ""  # a blank line or other code ends the run
        found[node.target.id] = shared
        previous_end = node.end_lineno
    return found


def type_name(info: FieldInfo, annotation_source: str) -> str:
    """The type as a reader sets it (`int, >= 0, <= 65535`; `text` or `json`; secret)."""
    if get_origin(info.annotation) is Literal:
        shown = " or ".join(f"`{choice}`" for choice in get_args(info.annotation))
    else:
        shown = annotation_source.replace(" | None", "").replace("SecretStr", "secret")
    bounds = []
    for rule in info.metadata:
        for kind, sign in (("ge", ">="), ("gt", ">"), ("le", "<="), ("lt", "<")):
            value = getattr(rule, kind, None)
            if isinstance(rule, annotated_types.BaseMetadata) and value is not None:
                bounds.append(
                    f"{sign} {value:g}" if isinstance(value, float) else f"{sign} {value}"
                )
    return ", ".join([shown, *bounds])


def default_text(info: FieldInfo) -> str:
    """The default as a reader would set it in `.env`."""
    if info.default_factory is not None:
        doc = inspect.getdoc(info.default_factory) or info.default_factory.__name__
        return f"computed: {doc.splitlines()[0]}"
    value: Any = info.default
    if value is PydanticUndefined:
        return "required"
    if value is None:
        return "unset"
    if isinstance(value, bool):
        return f"`{str(value).lower()}`"
    if value == "":
        return "empty"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"`{value}`"


def env_name(name: str, info: FieldInfo) -> str:
    """The environment variable: the field's alias if it has one, else its name with the
    model's prefix, upper-cased (the settings are read case-insensitively)."""
    alias = info.validation_alias if isinstance(info.validation_alias, str) else info.alias
    prefix = Settings.model_config.get("env_prefix", "") or ""
    return (alias or f"{prefix}{name}").upper()


def annotations_in_source(source: str, class_name: str = "Settings") -> dict[str, str]:
    """{field name: its annotation as written}, e.g. `SecretStr | None`."""
    tree = ast.parse(source)
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == class_name)
    return {
        node.target.id: ast.unparse(node.annotation)
        for node in cls.body
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
    }


def settings_rows() -> list[Setting]:
    """Every field of `Settings`, in source order, with what the page says of it."""
    source = inspect.getsource(settings_module)
    comments = comments_above_fields(source)
    annotations = annotations_in_source(source)
    rows = []
    for name, info in Settings.model_fields.items():
        description = (info.description or comments.get(name, "")).strip()
        annotation = annotations.get(name) or getattr(info.annotation, "__name__", "")
        rows.append(
            Setting(
                env=env_name(name, info),
                type=type_name(info, annotation),
                default=default_text(info),
                description=description,
            )
        )
    return rows


def cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return text.replace("|", "\\|").replace("\n", " ")


def render(rows: list[Setting] | None = None) -> str:
    """The whole page."""
    rows = settings_rows() if rows is None else rows
    out = [
        "# Configuration",
        "",
        "<!-- Generated by `make docs` (docs/configuration.py) from bot/settings.py: edit the",
        "     comment above a field there, not this page. -->",
        "",
        "Every setting comes from the environment or from a `.env` file in the working folder",
        "(names are case-insensitive; the environment wins over `.env`). `.env.example` lists",
        "them with a starting value. Secrets are read as secrets: printing or logging the",
        "settings never shows them. A value out of its bounds stops the bot at start-up with",
        "one line naming the setting.",
        "",
        "Which settings each way of running needs: [README](../README.md#slack-setup) and",
        "[deployment](deployment.md).",
        "",
        "| Setting | Type | Default | What it does |",
        "|---|---|---|---|",
    ]
    first_of_run = ""  # a comment shared by a run of fields is written once, at its first
    for index, row in enumerate(rows):
        if index and row.description == rows[index - 1].description:
            described = f"See `{first_of_run}`."
        else:
            first_of_run, described = row.env, cell(row.description)
        out.append(f"| `{row.env}` | {cell(row.type)} | {cell(row.default)} | {described} |")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the page is stale")
    args = parser.parse_args(argv)
    rows = settings_rows()
    undescribed = [row.env for row in rows if not row.description]
    if undescribed:
        print(
            "settings without a description (add a # comment above the field in "
            f"bot/settings.py): {', '.join(undescribed)}",
            file=sys.stderr,
        )
        return 1
    page = render(rows)
    if args.check:
        if not PAGE.exists() or PAGE.read_text(encoding="utf-8") != page:
            print(f"{PAGE.relative_to(ROOT)} is out of date: run `make docs`", file=sys.stderr)
            return 1
        return 0
    PAGE.write_text(page, encoding="utf-8")
    print(f"wrote {PAGE.relative_to(ROOT)} ({len(rows)} settings)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
