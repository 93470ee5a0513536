"""Bodies that inflate far past the byte cap (issue 19.1): the cap counts decoded bytes while
inflating, more than one content coding is refused, and honest compressed pages still read.

The peak memory of a fetch is measured in a child process (its VmHWM minus its resident size
just before the fetch), so the test process's own history does not blur it.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from digests.text.fetch import FetchError, fetch_feed, fetch_url
from tests.hostile_site import HostileSite, gzip_layers

ROOT = Path(__file__).resolve().parents[2]
PAGE = (
    b"<!doctype html><html><head><title>Tram depot</title></head><body><article>"
    b"<h1>Tram depot opens</h1><p>Engineer Petra Olsen said the depot opens in May.</p>"
    b"</article></body></html>"
)
# Peak growth allowed for one refused fetch (the cap is 5 MB; a few buffers of it).
MAX_GROWTH_MB = 100

MEASURE = """
import json, sys
from digests.text.fetch import FetchError, fetch_feed, fetch_url

def kb(field):
    for line in open("/proc/self/status"):
        if line.startswith(field):
            return int(line.split()[1])

before = kb("VmRSS:")
fetch = fetch_feed if sys.argv[1] == "feed" else fetch_url
try:
    fetch(sys.argv[2], allow_private=True)
    error = None
except FetchError as e:
    error = str(e)
print(json.dumps({"error": error, "growth_mb": (kb("VmHWM:") - before) / 1024}))
"""


@pytest.fixture(scope="module")
def site() -> Iterator[HostileSite]:
    served = HostileSite()
    gib_twice = gzip_layers(1024, 2)  # 1 GB of zeros in about 2 KB
    served.serve("/double", gib_twice, Content_Encoding="gzip, gzip")
    served.serve("/double-feed", gib_twice, "application/rss+xml", Content_Encoding="gzip, gzip")
    served.serve("/single", gzip_layers(1024, 1), Content_Encoding="gzip")  # 1 MB -> 1 GB
    served.serve("/single-feed", gzip_layers(64, 1), "application/xml", Content_Encoding="gzip")
    served.serve("/page.gz", gzip.compress(PAGE), Content_Encoding="gzip")
    served.serve("/page.zlib", zlib.compress(PAGE), Content_Encoding="deflate")
    raw = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    served.serve("/page.raw", raw.compress(PAGE) + raw.flush(), Content_Encoding="deflate")
    served.serve("/page.br", PAGE, Content_Encoding="br")
    served.serve("/page.broken", b"not gzip at all", Content_Encoding="gzip")
    yield served
    served.close()


def measured(kind: str, url: str) -> dict:
    """Fetch `url` in a child process: its error line and its peak memory growth in MB."""
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, kind, url],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(done.stdout)


@pytest.mark.parametrize(
    ("kind", "path", "says"),
    [
        ("page", "/double", "more than one content coding (gzip, gzip)"),
        ("feed", "/double-feed", "more than one content coding (gzip, gzip)"),
        ("page", "/single", "over the 5 MB limit"),
    ],
)
def test_a_compression_bomb_is_refused_in_one_line_without_filling_memory(
    site: HostileSite, kind: str, path: str, says: str
) -> None:
    result = measured(kind, site.url(path))
    assert result["error"] is not None and says in result["error"], result
    assert "\n" not in result["error"]
    assert result["growth_mb"] < MAX_GROWTH_MB, result


def test_a_feed_that_inflates_past_its_cap_is_refused(site: HostileSite) -> None:
    with pytest.raises(FetchError, match="over the 1 MB limit"):
        fetch_feed(site.url("/single-feed"), allow_private=True, max_bytes=1024 * 1024)


@pytest.mark.parametrize("path", ["/page.gz", "/page.zlib", "/page.raw"])
def test_honest_compressed_pages_are_decoded(site: HostileSite, path: str) -> None:
    page = fetch_url(site.url(path), allow_private=True)
    assert page.body == PAGE
    assert page.encoding == "utf-8"


def test_unknown_or_broken_codings_are_refused_in_words(site: HostileSite) -> None:
    with pytest.raises(FetchError, match=r"content coding we do not read \(br\)"):
        fetch_url(site.url("/page.br"), allow_private=True)
    with pytest.raises(FetchError, match="not valid gzip data"):
        fetch_url(site.url("/page.broken"), allow_private=True)
