"""The layout a newcomer reads from `ls`: bot/ in packages by feature, each package's docstring
saying what it may import, and the imports keeping to it.

Each package under bot/ ends its `__init__` docstring with a "May import:" list; an import of
another part of bot/ that is not on the list fails here, naming the file. Parts are the
packages (`bot.slack`, ...) and the top-level composition modules (`bot.settings`, ...).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BOT = ROOT / "bot"
MOST_TOP_LEVEL_MODULES = 8


def packages() -> list[Path]:
    return sorted(p for p in BOT.iterdir() if (p / "__init__.py").exists())


def allowed_imports(package: Path) -> set[str]:
    doc = ast.get_docstring(ast.parse((package / "__init__.py").read_text(encoding="utf-8")))
    match = re.search(r"May import:(.*)", doc or "", re.S)
    assert match, f"{package.name}/__init__.py: its docstring has no 'May import:' list"
    return {name.strip(" .\n") for name in re.split(r",", match.group(1))} - {""}


def part_of(module: str) -> str:
    """`bot.slack.send` -> `bot.slack`; `bot.settings` -> `bot.settings`."""
    return ".".join(module.split(".")[:2])


def bot_imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name == "bot" or name.startswith("bot.")}


def test_bot_has_few_top_level_modules():
    top = sorted(p.name for p in BOT.glob("*.py"))
    assert len(top) <= MOST_TOP_LEVEL_MODULES, top


def test_every_package_keeps_to_what_its_docstring_lets_it_import():
    wrong = []
    for package in packages():
        allowed = allowed_imports(package) | {f"bot.{package.name}"}
        for path in sorted(package.rglob("*.py")):
            for module in bot_imports(path):
                if part_of(module) not in allowed:
                    wrong.append(f"{path.relative_to(ROOT)} imports {module}")
    assert not wrong, "\n".join(wrong)


def test_no_relative_imports_in_bot():
    """Absolute imports name where a thing lives, so a moved module shows in every importer."""
    relative = [
        str(path.relative_to(ROOT))
        for path in sorted(BOT.rglob("*.py"))
        if any(
            isinstance(node, ast.ImportFrom) and node.level
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        )
    ]
    assert not relative, relative


MOST_LINES = 450


def test_no_module_is_over_450_lines():
    """A module a reader can hold in their head: past 450 lines it is two jobs, so split it."""
    long = {
        str(path.relative_to(ROOT)): lines
        for package in ("bot", "digests")
        for path in sorted((ROOT / package).rglob("*.py"))
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MOST_LINES
    }
    assert not long, long
