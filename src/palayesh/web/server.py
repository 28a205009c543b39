"""Serve the app on 127.0.0.1 with the standard library's threading WSGI server."""
from __future__ import annotations

import logging
import socketserver
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

log = logging.getLogger(__name__)


class ThreadingWSGIServer(socketserver.ThreadingMixIn, WSGIServer):
    daemon_threads = True
    allow_reuse_address = True


class QuietHandler(WSGIRequestHandler):
    """Access log through ``logging`` (debug level) instead of raw stderr lines."""

    def log_message(self, format, *args):  # noqa: A002 - the name comes from the base class
        log.debug("%s %s", self.address_string(), format % args)


def make_server_for(app, host: str = "127.0.0.1", port: int = 8000) -> ThreadingWSGIServer:
    """A server for ``app``; ``port=0`` picks a free port (read it from ``server.server_port``)."""
    return make_server(host, port, app, server_class=ThreadingWSGIServer, handler_class=QuietHandler)
