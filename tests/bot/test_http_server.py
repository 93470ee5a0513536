"""The production HTTP server (waitress, `bot.http_server`) against the running bot
(`digest-bot run` as a process, HTTP mode, loopback only): slow clients are dropped within
the channel timeout holding no thread meanwhile, thousands of idle connections leave
/healthz and a signed command answering at once, and a 20 MB body gets 413.

Every wait is on an event (a socket's end, a response, a log line), each bounded; the time
limits asserted are the server's promises, with room for two busy CPUs.
"""

from __future__ import annotations

import resource
import selectors
import socket
import threading
import time
import urllib.parse
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

from tests.bot.bot_process import SIGNING_SECRET, BotProcess, after, start_bot
from tests.slack_standin import SlackSender, SlackStandIn

CHANNEL_TIMEOUT = 2  # seconds; the server sweeps every max(1, timeout / 4) = 1 s
SWEEP = 1
IDLE_CONNECTIONS = 3000
# Room for a loaded 2-CPU machine on top of what the server promises.
SLACK_SECONDS = 3.0


@contextmanager
def running_bot(slack: SlackStandIn, tmp_path, **env: object) -> Iterator[tuple[BotProcess, str]]:
    """The bot in HTTP mode; yields it and its base URL (http://127.0.0.1:PORT)."""
    bot = start_bot(slack, tmp_path, **env)
    try:
        line = bot.wait_line("listening for Slack on")
        base = after(line, "listening for Slack on ").removesuffix("/slack/events")
        yield bot, base
        bot.terminate()
        assert bot.wait() == 0
    finally:
        bot.close()
    assert "Traceback" not in bot.output()


def port_of(base: str) -> int:
    return int(base.rsplit(":", 1)[1])


def timed_get(port: int, path: str = "/healthz", timeout: float = 10.0) -> tuple[bytes, float]:
    """(the raw response, seconds from connect to its end) for GET `path`."""
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
        answer = read_to_end(sock)
    return answer, time.monotonic() - started


def read_to_end(sock: socket.socket) -> bytes:
    chunks = []
    try:
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    except ConnectionResetError:  # the unread upload can turn the close into a reset
        pass
    return b"".join(chunks)


def timed_command(base: str) -> tuple[int, float]:
    """(status, seconds) of a signed `/digest help`."""
    sender = SlackSender(f"{base}/slack/events", SIGNING_SECRET)
    started = time.monotonic()
    delivery = sender.command("help")
    return delivery.status, time.monotonic() - started


def closed_by_server(sockets: list[socket.socket], timeout: float) -> float:
    """Block until the server has closed every socket (EOF or reset), up to `timeout`;
    returns the seconds it took. Fails naming how many are still open."""
    started = time.monotonic()
    deadline = started + timeout
    open_ones = set(sockets)
    with selectors.DefaultSelector() as selector:
        for sock in sockets:
            selector.register(sock, selectors.EVENT_READ)
        while open_ones:
            remaining = deadline - time.monotonic()
            assert remaining > 0, f"{len(open_ones)} of {len(sockets)} still open"
            for key, _ in selector.select(remaining):
                sock = key.fileobj
                try:
                    data = sock.recv(65536)
                except ConnectionError:
                    data = b""
                if not data:  # a slow client's answer is the connection closing
                    selector.unregister(sock)
                    open_ones.discard(sock)
    return time.monotonic() - started


def test_two_hundred_slow_clients_hold_no_thread_and_are_dropped_within_the_timeout(
    slack: SlackStandIn, tmp_path
) -> None:
    with running_bot(slack, tmp_path, HTTP_CHANNEL_TIMEOUT=CHANNEL_TIMEOUT) as (_bot, base):
        port = port_of(base)
        slow: list[socket.socket] = []
        try:
            for i in range(200):
                sock = socket.create_connection(("127.0.0.1", port), timeout=10)
                slow.append(sock)
                if i % 2:  # a body declared, 10 bytes of it sent
                    sock.sendall(
                        b"POST /slack/events HTTP/1.1\r\nHost: x\r\n"
                        b"Content-Type: application/x-www-form-urlencoded\r\n"
                        b"Content-Length: 1000\r\n\r\ntext=hello"
                    )
                else:  # headers dripped in pieces, never finished
                    for piece in (b"POST /slack/ev", b"ents HTTP/1.1\r\n", b"Host: x\r\nX-Sl"):
                        sock.sendall(piece)
            sent_at = time.monotonic()
            # Meanwhile the server answers: the slow ones hold buffers, not its 8 threads.
            answer, seconds = timed_get(port)
            assert answer.startswith(b"HTTP/1.1 200") and answer.endswith(b"ok")
            assert seconds < 1.0, seconds
            status, seconds = timed_command(base)
            assert status == 200 and seconds < 1.0, (status, seconds)
            closed_by_server(slow, timeout=CHANNEL_TIMEOUT + SWEEP + SLACK_SECONDS)
            # Dropped within the channel timeout (plus one sweep), never before it.
            elapsed = time.monotonic() - sent_at
            assert CHANNEL_TIMEOUT - 0.5 <= elapsed <= CHANNEL_TIMEOUT + SWEEP + SLACK_SECONDS
        finally:
            for sock in slow:
                sock.close()


def open_file_room(wanted: int) -> int:
    """Raise this process's soft open-file limit towards `wanted` (never past the hard
    limit); returns how many idle connections this process can open."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft < target:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    return target - 200  # the test's own files, the stand-in's sockets


def test_three_thousand_idle_connections_leave_healthz_and_commands_answering(
    slack: SlackStandIn, tmp_path
) -> None:
    room = open_file_room(IDLE_CONNECTIONS + 300)
    count = min(IDLE_CONNECTIONS, room)
    if count < IDLE_CONNECTIONS:
        warnings.warn(
            f"the open-file hard limit allows {count} idle connections, not "
            f"{IDLE_CONNECTIONS}: the test is sized to it",
            stacklevel=1,
        )
    with running_bot(slack, tmp_path) as (_bot, base):
        port = port_of(base)
        idle: list[socket.socket] = []
        try:
            for _ in range(count - 1):
                idle.append(socket.create_connection(("127.0.0.1", port), timeout=30))
            # The server accepts in order: once the last connection is answered, every idle
            # one before it has been accepted and is being held open.
            with socket.create_connection(("127.0.0.1", port), timeout=60) as last:
                last.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                assert read_to_end(last).endswith(b"ok")

            for _ in range(3):
                answer, seconds = timed_get(port)
                assert answer.startswith(b"HTTP/1.1 200") and seconds < 1.0, seconds
                status, seconds = timed_command(base)
                assert status == 200 and seconds < 1.0, (status, seconds)
        finally:
            for sock in idle:
                sock.close()


def test_a_twenty_megabyte_body_gets_413_not_a_reset(slack: SlackStandIn, tmp_path) -> None:
    with running_bot(slack, tmp_path) as (_bot, base):
        port = port_of(base)
        size = 20 * 1024 * 1024
        body = b"text=" + b"x" * (size - 5)
        head = (
            "POST /slack/events HTTP/1.1\r\nHost: x\r\n"
            "Content-Type: application/x-www-form-urlencoded\r\n"
            f"Content-Length: {size}\r\n\r\n"
        ).encode()
        with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
            sending = threading.Thread(target=send_until_refused, args=(sock, head + body))
            sending.start()
            answer = read_until_closed(sock)  # it comes while the body is still on its way
            sending.join(30)
        assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
        assert b"exceeds max_body" in answer
        # And the server goes on answering.
        assert timed_get(port)[0].endswith(b"ok")
        assert slack.calls_to("chat.postMessage", ok_only=False) == []


def read_until_closed(sock: socket.socket) -> bytes:
    """Everything the server sends before it closes the connection (it answers 413 and hangs up)."""
    chunks = []
    try:
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    except ConnectionResetError:  # the unread upload can turn the close into a reset
        pass
    return b"".join(chunks)


def send_until_refused(sock: socket.socket, data: bytes) -> None:
    """Send `data` as a client uploading it would, stopping when the server hangs up."""
    view = memoryview(data)
    try:
        while view:
            sent = sock.send(view[:65536])
            view = view[sent:]
    except OSError:  # the server refused the rest: closed its end
        return


def test_a_chunked_command_within_the_cap_is_answered(slack: SlackStandIn, tmp_path) -> None:
    # waitress reads a chunked body whole and hands Bolt its length: no 411 any more.
    with running_bot(slack, tmp_path) as (_bot, base):
        sender = SlackSender(f"{base}/slack/events", SIGNING_SECRET)
        body = urllib.parse.urlencode(sender.command_payload("help")).encode()
        chunks = b"".join(
            f"{len(part):x}\r\n".encode() + part + b"\r\n" for part in (body[:20], body[20:])
        )
        head = (
            "POST /slack/events HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
            "Content-Type: application/x-www-form-urlencoded\r\nConnection: close\r\n"
            + "".join(f"{k}: {v}\r\n" for k, v in sender.sign(body).items())
            + "\r\n"
        )
        with socket.create_connection(("127.0.0.1", port_of(base)), timeout=10) as sock:
            sock.sendall(head.encode() + chunks + b"0\r\n\r\n")
            answer = read_to_end(sock)
        assert answer.startswith(b"HTTP/1.1 200"), answer[:300]
        assert b"/digest watch" in answer
