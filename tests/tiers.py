"""The two test tiers: `make test-fast` runs the tests not marked `slow`, `make test` all.

A test is `slow` when running it starts a process or a database server: it, a fixture it
uses (directly or through another fixture), or a helper of the `tests` package they call
mentions one of `PROCESS_STARTS` in its source. The source is read, not a list of files, so a
new test file lands in the right tier without anyone marking it, and an old one moves when it
starts spawning. `database_url` is the one fixture decided by its parameter: its SQLite
variant is fast, its PostgreSQL variant slow. `SLOW_FIXTURES` are slow by their workload
(the whole gold set), and `@pytest.mark.slow` marks by hand a test that is slow by its own
input (a 150,000-character parse).

A test that is fast by this rule but slow in fact (its call, or its setup: a module-scoped
fixture that digests a whole behavioural suite) shows up in the summary of any run
(`SLOW_SECONDS`), so the fast tier does not creep back towards the whole suite unnoticed.
"""

from __future__ import annotations

import ast
import functools
import inspect
import re
import textwrap
from collections.abc import Callable, Iterator
from typing import Any

import pytest

# What starts a process or a server of its own, as it reads in source.
PROCESS_STARTS = re.compile(
    r"\bsubprocess\b|\bPopen\(|\bDigestPool\(|\bmultiprocessing\b|\bos\.fork\(|"
    r"\bpostgres_server\.start\("
)
# Fixtures that are slow by their workload, not by a process: every test using one is slow.
SLOW_FIXTURES = {"eval_texts"}  # the engine over every gold article
# Fixtures whose tier depends on their parameter rather than their source.
PARAMETRISED = {"database_url": {"postgresql"}}
# A test of the fast tier that takes longer than this is named in the run's summary.
SLOW_SECONDS = 5.0


def _source(obj: Any) -> str:
    try:
        return textwrap.dedent(inspect.getsource(obj))
    except (OSError, TypeError):
        return ""


def _helpers(obj: Any, source: str) -> Iterator[Any]:
    """Functions and classes of the `tests` package that `obj`'s source names."""
    module = inspect.getmodule(obj)
    namespace = vars(module) if module else {}
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
            value = namespace.get(node.id)
            owner = getattr(value, "__module__", "") or ""
            if (inspect.isfunction(value) or inspect.isclass(value)) and (
                owner == "tests" or owner.startswith("tests.")
            ):
                yield value


@functools.cache
def _reads(obj: Any) -> tuple[bool, tuple[Any, ...]]:
    """Whether `obj`'s own source starts a process, and the `tests` helpers it names."""
    source = _source(obj)
    if PROCESS_STARTS.search(source):
        return True, ()
    return False, tuple(dict.fromkeys(_helpers(obj, source)))


@functools.cache
def starts_processes(obj: Any) -> bool:
    """Whether `obj`, or a `tests` helper it names (transitively), starts a process."""
    seen, todo = {id(obj)}, [obj]
    while todo:
        starts, helpers = _reads(todo.pop())
        if starts:
            return True
        for helper in helpers:
            if id(helper) not in seen:
                seen.add(id(helper))
                todo.append(helper)
    return False


def _fixture_functions(item: pytest.Item) -> Iterator[tuple[str, Callable[..., Any]]]:
    info = getattr(item, "_fixtureinfo", None)
    for name, definitions in (info.name2fixturedefs if info else {}).items():
        for definition in definitions:
            yield name, definition.func


def is_slow(item: pytest.Item) -> bool:
    """Whether `item` starts a process or server (see the module docstring)."""
    if item.get_closest_marker("slow"):
        return True
    if SLOW_FIXTURES.intersection(getattr(item, "fixturenames", ())):
        return True
    params = getattr(getattr(item, "callspec", None), "params", {})
    for name, slow_values in PARAMETRISED.items():
        if params.get(name) in slow_values:
            return True
    function = getattr(item, "function", None)
    if function is not None and starts_processes(function):
        return True
    return any(
        name not in PARAMETRISED and starts_processes(func)
        for name, func in _fixture_functions(item)
    )


def mark_slow(items: list[pytest.Item]) -> None:
    """Add the `slow` marker to every item that starts a process or server."""
    for item in items:
        if is_slow(item) and not item.get_closest_marker("slow"):
            item.add_marker(pytest.mark.slow)


class SlowInFastTier:
    """Collects fast-tier tests that took over `SLOW_SECONDS` and names them at the end."""

    def __init__(self) -> None:
        self.found: list[tuple[str, float]] = []

    @pytest.hookimpl
    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        # Setup counts: a module-scoped fixture that digests a thousand sentences is paid
        # by the module's first test.
        fast = report.when in ("setup", "call") and "slow" not in report.keywords
        if fast and report.duration > SLOW_SECONDS:
            self.found.append((f"{report.nodeid} ({report.when})", report.duration))

    @pytest.hookimpl
    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        if not self.found:
            return
        terminalreporter.section(f"fast-tier tests over {SLOW_SECONDS:.0f} s")
        for nodeid, seconds in sorted(self.found, key=lambda found: -found[1]):
            terminalreporter.write_line(f"{seconds:5.1f} s  {nodeid}")
        terminalreporter.write_line(
            "Mark them @pytest.mark.slow, or make them faster (tests/tiers.py says how the "
            "tiers are chosen)."
        )
