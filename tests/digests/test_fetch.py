"""Safe fetching against a loopback web server: redirects, limits, types, refusals."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from http.server import ThreadingHTTPServer as _ThreadingHTTPServer

import pytest

from digests.text.article import ArticleError, load_article
from digests.text.fetch import FetchError, fetch_url
from digests.text.guard import RefusedAddress, is_public_address

PAGE = (
    b"<!doctype html><html><head><title>Ferry fares rise</title></head><body>"
    b"<nav>Home | City</nav><article><h1>Ferry fares rise</h1>"
    b"<p>Transport commissioner Ana Silva said on Monday that ferry fares will rise in May.</p>"
    b'<p>"We held prices for six years," Silva said.</p></article></body></html>'
)


class ThreadingHTTPServer(_ThreadingHTTPServer):
    """A loopback test site that stays quiet when a client hangs up on purpose
    (the timeout and size-cap tests abort mid-response)."""

    daemon_threads = True

    def handle_error(self, request, client_address):
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class Site(BaseHTTPRequestHandler):
    """Routes for each behaviour under test; `server.other_port` is a second loopback server."""

    def log_message(self, *args) -> None:
        pass

    def send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8", **headers):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        if "length" not in headers:
            self.send_header("Content-Length", str(len(body)))
        for key, value in headers.items():
            if key != "length":
                self.send_header(key.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        port = self.server.server_address[1]
        routes = {
            "/article": lambda: self.send(200, PAGE),
            "/plain": lambda: self.send(200, b"Plain words, one line.", "text/plain"),
            "/pdf": lambda: self.send(200, b"%PDF-1.7", "application/pdf"),
            "/json": lambda: self.send(200, b"{}", "application/json"),
            "/redirect": lambda: self.redirect("/article"),
            "/to-metadata": lambda: self.redirect("http://169.254.169.254/latest/meta-data/"),
            "/to-private": lambda: self.redirect(f"http://127.0.0.2:{port}/article"),
            "/to-ftp": lambda: self.redirect("ftp://127.0.0.1/file"),
            "/loop": lambda: self.redirect("/loop"),
            "/slow": self.slow,
            "/drip": self.drip,
            "/huge-declared": lambda: self.send(
                200, b"", Content_Length=str(6 * 2**20), length=True
            ),
            "/huge-chunked": self.huge_chunked,
            "/empty-page": lambda: self.send(200, b"<html><body><nav>Home</nav></body></html>"),
            "/error": lambda: self.send(500, b"oops"),
        }
        routes.get(self.path, lambda: self.send(404, b"<html>Not found</html>"))()

    def slow(self) -> None:
        time.sleep(2)
        self.send(200, PAGE)

    def drip(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        try:
            for _ in range(40):
                self.wfile.write(b"<p>more</p>")
                self.wfile.flush()
                time.sleep(0.1)
        except OSError:
            pass

    def huge_chunked(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()  # no Content-Length: the size is only known while reading
        chunk = b"<p>" + b"x" * 65536 + b"</p>"
        try:
            for _ in range(120):  # ~7.5 MB
                self.wfile.write(chunk)
        except OSError:
            pass


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


TRUST_LOOPBACK_ONLY = frozenset({"127.0.0.1"})


def test_html_page_is_fetched_and_marked_html(site):
    page = fetch_url(site + "/article", allow_private=True)
    assert page.is_html
    assert page.body == PAGE
    assert page.url == site + "/article"


def test_plain_text_is_accepted(site):
    page = fetch_url(site + "/plain", allow_private=True)
    assert not page.is_html
    assert page.body == b"Plain words, one line."


def test_redirects_are_followed_and_the_final_url_reported(site):
    page = fetch_url(site + "/redirect", allow_private=True)
    assert page.url == site + "/article"


def test_loopback_is_refused_unless_allowed(site):
    with pytest.raises(RefusedAddress, match="private or local address"):
        fetch_url(site + "/article")
    with pytest.raises(RefusedAddress):
        fetch_url(site.replace("127.0.0.1", "localhost") + "/article")


@pytest.mark.parametrize("path", ["/to-metadata", "/to-private"])
def test_redirect_to_a_private_address_is_refused(site, path):
    # The first hop is trusted; the redirect target is checked again on its own and refused.
    with pytest.raises(RefusedAddress, match="private or local address"):
        fetch_url(site + path, trusted_addresses=TRUST_LOOPBACK_ONLY)
    # The same trust lets the direct page through, so the refusal is the redirect's.
    assert fetch_url(site + "/article", trusted_addresses=TRUST_LOOPBACK_ONLY).is_html


def test_redirect_to_another_scheme_is_refused(site):
    with pytest.raises(FetchError, match="only http and https"):
        fetch_url(site + "/to-ftp", allow_private=True)


def test_redirect_loop_stops(site):
    with pytest.raises(FetchError, match="redirects"):
        fetch_url(site + "/loop", allow_private=True)


def test_not_found_and_server_errors_say_so(site):
    with pytest.raises(FetchError, match=r"page not found \(HTTP 404\)"):
        fetch_url(site + "/nothing-here", allow_private=True)
    with pytest.raises(FetchError, match="HTTP 500"):
        fetch_url(site + "/error", allow_private=True)


def test_slow_site_times_out_with_a_clear_message(site):
    start = time.monotonic()
    with pytest.raises(FetchError, match="did not answer within 0.5 seconds"):
        fetch_url(site + "/slow", allow_private=True, timeout=0.5)
    assert time.monotonic() - start < 1.8


def test_a_page_dripping_bytes_is_cut_off_at_the_total_deadline(site):
    start = time.monotonic()
    with pytest.raises(FetchError, match="in time"):
        fetch_url(site + "/drip", allow_private=True, timeout=0.5)
    assert time.monotonic() - start < 1.8


@pytest.mark.parametrize("path", ["/huge-declared", "/huge-chunked"])
def test_oversize_pages_are_refused(site, path):
    with pytest.raises(FetchError, match="over the 5 MB limit"):
        fetch_url(site + path, allow_private=True)


@pytest.mark.parametrize(("path", "shown"), [("/pdf", "application/pdf"), ("/json", "json")])
def test_only_html_or_plain_text(site, path, shown):
    with pytest.raises(FetchError, match=shown) as info:
        fetch_url(site + path, allow_private=True)
    assert "only HTML or plain text" in str(info.value)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("file:///etc/passwd", "only http and https"),
        ("http://user:secret@127.0.0.1/", "user name or password"),
    ],
)
def test_bad_links_are_refused_before_connecting(url, message):
    with pytest.raises(FetchError, match=message):
        fetch_url(url, allow_private=True)


def test_load_article_from_a_url_extracts_the_text(site):
    article = load_article(site + "/article", allow_private=True)
    assert "ferry fares will rise" in article.text
    assert "Home | City" not in article.text
    assert article.source == site + "/article"


def test_page_without_article_text_gets_a_clear_error(site):
    with pytest.raises(ArticleError, match="no article text"):
        load_article(site + "/empty-page", allow_private=True)


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("93.184.215.14", True),
        ("2606:4700::6810:84e5", True),
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("172.16.0.1", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),
        ("100.64.0.1", False),  # carrier-grade NAT
        ("224.0.0.1", False),
        ("0.0.0.0", False),
        ("::1", False),
        ("fe80::1", False),
        ("fc00::1", False),
        ("::ffff:127.0.0.1", False),  # IPv4-mapped loopback
        ("240.0.0.1", False),  # reserved
    ],
)
def test_public_address_classification(address, public):
    assert is_public_address(address) is public


@pytest.fixture(scope="module")
def tls_site(tmp_path_factory) -> Iterator[str]:
    """An HTTPS server on 127.0.0.1 with a self-signed certificate for `localhost`."""
    import shutil
    import ssl
    import subprocess

    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"]
        + ["-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost"]
        + ["-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    server.daemon_threads = True
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    yield f"https://localhost:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_https_certificates_are_verified_against_the_host_name(tls_site):
    # The connection is pinned to the checked IP, yet TLS still checks the name `localhost`:
    # a self-signed certificate is refused, in one line.
    with pytest.raises(FetchError, match="could not fetch the page") as info:
        fetch_url(tls_site + "/article", allow_private=True)
    assert "CERTIFICATE_VERIFY_FAILED" in str(info.value)
    assert "\n" not in str(info.value)


def test_load_article_reports_fetch_refusals_as_article_errors(site):
    # fetch.py has its own error type (no import of article.py); the loader turns it into the
    # one error every intake catches, with the same one-line message.
    with pytest.raises(ArticleError, match=r"page not found \(HTTP 404\)") as info:
        load_article(site + "/nothing-here", allow_private=True)
    assert isinstance(info.value.__cause__, FetchError)
    with pytest.raises(ArticleError, match="private or local address"):
        load_article(site + "/article")


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://example.org/" + "a" * 70_000, "over the 8,192-character limit"),
        ("http://example.org/a\x00b", "control characters"),
        ("http://example.org/a\nb", "control characters"),
        ("http://exa mple.org/", "spaces or control characters"),
        ("http://[::1/story", "not a valid link"),
        ("http://example.org:99999/", "not a valid link"),
    ],
)
def test_every_malformed_link_is_an_article_error_in_words(url, message):
    with pytest.raises(ArticleError, match=message) as info:
        load_article(url)
    assert isinstance(info.value.__cause__, FetchError)
    shown = str(info.value)
    assert "\n" not in shown and "\x00" not in shown and len(shown) < 400


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("2002:7f00:1::1", False),  # 6to4 for 127.0.0.1
        ("2002:a00:1::1", False),  # 6to4 for 10.0.0.1
        ("2002:a9fe:a9fe::1", False),  # 6to4 for 169.254.169.254
        ("2002:5db8:d70e::1", True),  # 6to4 for a public address
        ("64:ff9b::7f00:1", False),  # NAT64 for 127.0.0.1
        ("64:ff9b::c0a8:101", False),  # NAT64 for 192.168.1.1
        ("64:ff9b::5db8:d70e", True),  # NAT64 for a public address
    ],
)
def test_addresses_embedding_ipv4_are_judged_by_the_ipv4_address(address, public):
    assert is_public_address(address) is public


def test_a_6to4_loopback_literal_is_refused_before_connecting():
    with pytest.raises(RefusedAddress, match="private or local address"):
        fetch_url("http://[2002:7f00:1::1]/story")
