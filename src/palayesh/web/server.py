"""Serve the app on 127.0.0.1 with the standard library's WSGI server, hardened for a shared machine.

- **Host check** (:class:`HostCheck`): bound to a loopback address, the server answers only requests
  whose ``Host`` names it (``localhost``, ``127.0.0.1``, ``[::1]``, the bound host, and names given
  with ``--allow-host``), with its port. A web page on another site cannot then read the corpus through
  DNS rebinding (its name resolved to 127.0.0.1): the browser sends that site's name, which gets a 421.
  On a non-loopback address the check is on only when names are given.
- **Bounded threads** (:class:`ThreadingWSGIServer`): an accepted connection waits in a
  :class:`_WaitingRoom` (one thread, one ``select``) until it sends something, so idle or half-open
  connections hold no thread; they are closed after ``timeout`` seconds. At most ``max_threads``
  requests are handled at once; a request that finds them all busy waits up to ``busy_wait`` seconds,
  then gets a 503. Every read and write of a handler has the same ``timeout``.
"""
from __future__ import annotations

import collections
import ipaddress
import logging
import selectors
import socket
import threading
import time
from typing import cast
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer

log = logging.getLogger(__name__)

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "[::1]")
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_THREADS = 32


def is_loopback(host: str) -> bool:
    if host.strip("[]").lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class HostCheck:
    """WSGI middleware: a request whose ``Host`` header does not name this server gets 421.

    ``names`` are host names or addresses (``[::1]`` with brackets), compared case-insensitively and
    without a trailing dot; a port in the header must be ``port``. A request without ``Host`` (HTTP/1.0
    tools; browsers always send one) passes.
    """

    def __init__(self, app, names, port: int):
        self.app, self.port = app, str(port)
        self.names = {_norm(n) for n in names if n}

    def allowed(self, host: str) -> bool:
        host = host.strip().lower()
        if host.startswith("["):
            name, _, rest = host.partition("]")
            name, port = name + "]", (rest[1:] if rest.startswith(":") else None if not rest else "?")
        elif ":" in host:
            name, _, port = host.rpartition(":")
        else:
            name, port = host, None
        return bool(name) and (port is None or port == self.port) and _norm(name) in self.names

    def __call__(self, environ, start_response):
        host = environ.get("HTTP_HOST")
        if host is not None and not self.allowed(host):
            from .app import SECURITY_HEADERS

            log.warning("refused a request for Host %r (not one of this server's names)", host[:200])
            body = (f"421 Misdirected Request: this server answers only for Host "
                    f"{', '.join(sorted(self.names))} (port {self.port}); "
                    f"start it with --allow-host NAME to serve it under another name.\n").encode()
            start_response("421 Misdirected Request", [("Content-Type", "text/plain; charset=utf-8"),
                                                       ("Content-Length", str(len(body))), *SECURITY_HEADERS])
            return [body]
        return self.app(environ, start_response)


def _norm(name: str) -> str:
    name = name.strip().lower().rstrip(".")
    if ":" in name and not name.startswith("["):  # a bare IPv6 address
        name = f"[{name}]"
    return name


class QuietHandler(WSGIRequestHandler):
    """Access log through ``logging`` (debug level) instead of raw stderr lines; the server's timeout."""

    def setup(self):
        # StreamRequestHandler.setup applies it to the socket: every read and write of the request
        self.timeout = getattr(self.server, "conn_timeout", DEFAULT_TIMEOUT)
        super().setup()

    def log_message(self, format, *args):  # noqa: A002 - the name comes from the base class
        log.debug("%s %s", self.address_string(), format % args)


class _WaitingRoom:
    """Accepted connections that have not sent anything yet: watched by one thread, closed when idle.

    The accept loop hands sockets over through a deque and wakes the room with a byte on a socket
    pair (a selector is not thread-safe, so only the room's thread touches it).
    """

    def __init__(self, server: ThreadingWSGIServer):
        self.server = server
        self.sel = selectors.DefaultSelector()
        self._r, self._w = socket.socketpair()
        self._r.setblocking(False)
        self._w.setblocking(False)
        self.sel.register(self._r, selectors.EVENT_READ)
        self.incoming: collections.deque = collections.deque()
        self.waiting: dict[socket.socket, tuple] = {}  # socket -> (address, deadline)
        self.closed = False
        self.thread = threading.Thread(target=self._run, name="palayesh-waiting-room", daemon=True)
        self.thread.start()

    def add(self, sock, addr) -> None:
        self.incoming.append((sock, addr))
        self._wake()

    def _wake(self) -> None:
        try:
            self._w.send(b"\0")
        except OSError:  # the pipe is full: the room is awake anyway
            pass

    def close(self) -> None:
        self.closed = True
        self._wake()
        self.thread.join(5)
        for sock in list(self.waiting) + [s for s, _ in self.incoming]:
            self.server.shutdown_request(sock)
        self.waiting.clear()
        self.incoming.clear()
        self.sel.close()
        self._r.close()
        self._w.close()

    def _run(self) -> None:
        while not self.closed:
            try:
                self._step()
            except Exception:  # noqa: BLE001 - the room must outlive any one connection
                log.exception("waiting room")
                time.sleep(0.05)

    def _step(self) -> None:
        now = time.monotonic()
        soonest = min((d for _, d in self.waiting.values()), default=now + 1.0)
        for key, _ in self.sel.select(max(0.0, soonest - now)):
            if key.fileobj is self._r:
                try:
                    while self._r.recv(4096):
                        pass
                except OSError:
                    pass
                continue
            sock = cast(socket.socket, key.fileobj)  # the waiting sockets (and self._r, handled above)
            self.sel.unregister(sock)
            addr, _ = self.waiting.pop(sock, (None, 0))
            self.server._dispatch(sock, addr)  # it sent something (or closed): a thread handles it
        while self.incoming and not self.closed:
            sock, addr = self.incoming.popleft()
            if len(self.waiting) >= self.server.max_waiting:  # full: the longest-waiting one goes
                oldest = min(self.waiting, key=lambda s: self.waiting[s][1])
                self._drop(oldest)
            try:
                self.sel.register(sock, selectors.EVENT_READ)
            except (ValueError, OSError):  # closed already
                self.server.shutdown_request(sock)
                continue
            self.waiting[sock] = (addr, time.monotonic() + self.server.conn_timeout)
        now = time.monotonic()
        for sock in [s for s, (_, d) in self.waiting.items() if d <= now]:
            log.debug("closing an idle connection from %s", self.waiting[sock][0])
            self._drop(sock)

    def _drop(self, sock) -> None:
        try:
            self.sel.unregister(sock)
        except (KeyError, ValueError):
            pass
        self.waiting.pop(sock, None)
        self.server.shutdown_request(sock)


class ThreadingWSGIServer(WSGIServer):
    """A WSGI server with a thread per request, at most ``max_threads`` at once (see the module doc)."""

    allow_reuse_address = True
    request_queue_size = 128
    conn_timeout = DEFAULT_TIMEOUT
    max_threads = DEFAULT_MAX_THREADS
    max_waiting = 1024
    busy_wait = 1.0

    def __init__(self, address, handler, *, timeout: float = DEFAULT_TIMEOUT, max_threads: int = DEFAULT_MAX_THREADS):
        self.conn_timeout, self.max_threads = float(timeout), max(1, int(max_threads))
        super().__init__(address, handler)

    def server_activate(self):
        super().server_activate()
        self._slots = threading.BoundedSemaphore(self.max_threads)
        self._room = _WaitingRoom(self)

    def process_request(self, request, client_address):
        self._room.add(request, client_address)

    def _dispatch(self, sock, addr) -> None:
        if not self._slots.acquire(timeout=self.busy_wait):
            self._busy(sock)
            return
        try:
            threading.Thread(target=self._handle, args=(sock, addr), daemon=True).start()
        except RuntimeError:  # cannot start a thread
            self._slots.release()
            self._busy(sock)

    def _handle(self, sock, addr) -> None:
        try:
            self.finish_request(sock, addr)
        except Exception:  # noqa: BLE001 - one connection's failure is logged, the server goes on
            self.handle_error(sock, addr)
        finally:
            self.shutdown_request(sock)
            self._slots.release()

    def _busy(self, sock) -> None:
        body = b"503 Service Unavailable: too many requests at once; try again.\n"
        try:
            sock.settimeout(1.0)
            sock.sendall(b"HTTP/1.0 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
                         b"Retry-After: 1\r\nConnection: close\r\nContent-Length: " + str(len(body)).encode() +
                         b"\r\n\r\n" + body)
        except OSError:
            pass
        self.shutdown_request(sock)

    def handle_error(self, request, client_address):
        import sys

        err = sys.exc_info()[1]
        if isinstance(err, (TimeoutError, ConnectionError)):
            log.debug("connection from %s: %s", client_address, err or type(err).__name__)
        else:
            log.warning("error on a connection from %s", client_address, exc_info=err)

    def server_close(self):
        super().server_close()
        room = getattr(self, "_room", None)
        if room is not None:
            room.close()


class _ThreadingWSGIServer6(ThreadingWSGIServer):
    address_family = socket.AF_INET6


def make_server_for(app, host: str = "127.0.0.1", port: int = 8000, *, allow_hosts=(),
                    timeout: float = DEFAULT_TIMEOUT, max_threads: int = DEFAULT_MAX_THREADS) -> ThreadingWSGIServer:
    """A server for ``app``; ``port=0`` picks a free port (read it from ``server.server_port``).

    ``allow_hosts``: more names the ``Host`` header may carry (see :class:`HostCheck`); ``timeout``:
    seconds a connection may stay idle or silent; ``max_threads``: requests handled at once.
    """
    cls = _ThreadingWSGIServer6 if ":" in host else ThreadingWSGIServer
    server = cls((host.strip("[]"), port), QuietHandler, timeout=timeout, max_threads=max_threads)
    server.set_app(app)
    allow_hosts = list(allow_hosts or ())
    if is_loopback(host) or allow_hosts:
        bound = [h for h in (host, str(server.server_address[0])) if h.strip("[]") not in ("0.0.0.0", "::", "")]
        names = [*LOOPBACK_NAMES, *bound, *allow_hosts]
        server.set_app(HostCheck(app, names, server.server_port))
    return server
