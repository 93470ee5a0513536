"""`make bench`: every benchmark in turn, each printing its own figures."""

from __future__ import annotations

import importlib

BENCHMARKS = ("engine", "slack", "folder", "cli_batch", "feeds", "people", "worst_case")

if __name__ == "__main__":
    for name in BENCHMARKS:
        print(f"== {name}", flush=True)
        importlib.import_module(f"benchmarks.{name}").run()
        print(flush=True)
