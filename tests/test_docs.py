"""The generated documents: docs/configuration.md matches `Settings`, every setting says
what it does, and the digest picture can still be drawn from the real Block Kit output."""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from types import ModuleType

from bot.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
# A link in Markdown: [label](target), the target up to a space or the closing parenthesis.
LINK = re.compile(r"\]\(([^)\s]+)\)")


def load(script: str) -> ModuleType:
    """A script of docs/ as a module (docs/ is not a package: it ships with nothing)."""
    spec = importlib.util.spec_from_file_location(f"docs_{script}", DOCS / f"{script}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


def test_every_setting_has_a_description():
    rows = load("configuration").settings_rows()
    assert [row.env for row in rows] == [name.upper() for name in Settings.model_fields]
    undescribed = [row.env for row in rows if not row.description]
    assert not undescribed, (
        f"settings without a description: {undescribed}; write a # comment above each field "
        "in bot/settings.py (or Field(description=...)), then run `make docs`"
    )


def test_configuration_page_is_generated_from_settings():
    configuration = load("configuration")
    committed = (DOCS / "configuration.md").read_text(encoding="utf-8")
    assert committed == configuration.render(), (
        "docs/configuration.md differs from bot/settings.py: run `make docs`"
    )


def test_a_field_in_a_run_shares_the_comment_above_the_run():
    source = """
class Settings:
    model_config = {}

    # Where to listen.
    # Two lines of it.
    host: str = "0.0.0.0"
    port: int = 3000

    plain: str = ""
    # Its own.
    other: int = Field(
        default=1,
    )
    after_a_multiline_field: int = 2
"""
    comments = load("configuration").comments_above_fields(source)
    assert comments == {
        "host": "Where to listen. Two lines of it.",
        "port": "Where to listen. Two lines of it.",
        "plain": "",
        "other": "Its own.",
        "after_a_multiline_field": "Its own.",
    }


def test_module_map_lists_every_module():
    page = load("modules").render()
    for module in ("digests/engine.py", "bot/settings.py", "bot/listeners/"):
        assert f"| `{module}` |" in page


def test_digest_picture_draws_from_the_real_blocks(tmp_path):
    draw = load("draw_digest")
    svg = tmp_path / "digest.svg"
    draw.main(["--out", str(svg)])
    root = ElementTree.parse(svg).getroot()
    assert root.tag.endswith("svg")
    text = " ".join("".join(node.itertext()) for node in root.iter() if node.tag.endswith("text"))
    assert "Key people" in text and "quote 1 of" in text


def test_readme_reads_in_a_few_screens():
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    assert len(lines) < 200, "README.md is for a newcomer: move the detail into docs/"


def test_every_relative_link_in_the_documents_leads_to_a_file():
    broken = []
    for page in [ROOT / "README.md", *sorted(DOCS.glob("*.md"))]:
        for target in LINK.findall(page.read_text(encoding="utf-8")):
            path = target.split("#", 1)[0]
            if path and "://" not in path and not (page.parent / path).exists():
                broken.append(f"{page.relative_to(ROOT)}: {target}")
    assert not broken, broken
