"""The test tiers: a test that starts a process, itself or through a helper of `tests`, is
`slow` (left out of `make test-fast`); one that only computes is not."""

from __future__ import annotations

import subprocess
import sys

from tests.tiers import starts_processes


def _spawn() -> str:
    return subprocess.run([sys.executable, "-c", "print(1)"], capture_output=True).stdout


def _through_a_helper() -> str:
    return _spawn()


def _pure() -> int:
    return sum(range(10))


def _calls_only_pure_helpers() -> int:
    return _pure() + len(str(_pure))


# Named through a dict, so that the tests below (which only read the samples' source) are
# not themselves marked slow for naming a function that spawns.
SAMPLES = {
    "spawn": _spawn,
    "through_a_helper": _through_a_helper,
    "pure": _pure,
    "calls_only_pure_helpers": _calls_only_pure_helpers,
}


def test_a_function_that_starts_a_process_is_slow():
    assert starts_processes(SAMPLES["spawn"])


def test_a_helper_that_starts_one_makes_its_caller_slow():
    assert starts_processes(SAMPLES["through_a_helper"])


def test_pure_functions_are_fast(request):
    assert not starts_processes(SAMPLES["pure"])
    assert not starts_processes(SAMPLES["calls_only_pure_helpers"])
    assert not request.node.get_closest_marker("slow")
