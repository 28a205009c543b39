"""``palayesh serve OUT``: search and read a refined corpus in the browser (127.0.0.1 only by default)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

EPILOG = """examples:
  palayesh serve OUT                 index OUT once (OUT/.index/), then serve http://127.0.0.1:8000/
  palayesh serve OUT --port 0        pick a free port (printed on stderr)
  palayesh serve OUT --index-only    build or check the index and exit
  palayesh serve OUT --host 0.0.0.0 --allow-host corpus.lan
                                     serve on the network under the name corpus.lan
  palayesh serve OUT --query-timeout 3
                                     stop a search after 3 s (it gets a 503 that says so)

Every page has a JSON twin: add .json to the path or ?format=json (see /api)."""


#: the default of --query-timeout (:data:`palayesh.web.index.QUERY_TIMEOUT`; not imported: the CLI
#: starts without numpy and SQLite)
QUERY_TIMEOUT = 10.0


def _seconds(v: str) -> float:
    """A positive, finite number of seconds (argparse type)."""
    try:
        x = float(v)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a number of seconds, not {v!r}") from None
    if not 0 < x < float("inf"):
        raise argparse.ArgumentTypeError(f"a number of seconds above 0, not {v!r}")
    return x


def add_parser(sub) -> None:
    p = sub.add_parser("serve", help="search and read a refined corpus in the browser",
                       description="Serve a read-only web UI over the output folder of 'palayesh refine'.",
                       epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("output", metavar="OUT", help="output folder of 'palayesh refine'")
    p.add_argument("--port", type=int, default=8000, help="TCP port (default 8000; 0 = any free port)")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to bind (default 127.0.0.1; the UI has no authentication)")
    p.add_argument("--allow-host", metavar="NAME", action="append", default=[],
                   help="also answer requests for Host NAME (repeatable); by default only localhost, "
                        "127.0.0.1, [::1] and the bound address, against DNS rebinding")
    p.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS",
                   help="close a connection idle or silent this long (default 30)")
    p.add_argument("--query-timeout", type=_seconds, default=QUERY_TIMEOUT, metavar="SECONDS",
                   help="stop a search that runs longer than this and answer it with a 503 that says so, "
                        f"freeing its thread (default {QUERY_TIMEOUT:g})")
    p.add_argument("--max-threads", type=int, default=32, metavar="N",
                   help="requests handled at once; more wait briefly, then get 503 (default 32)")
    p.add_argument("--index", metavar="PATH", default=None,
                   help="index file (default OUT/.index/search.sqlite; use when OUT is read-only)")
    p.add_argument("--rebuild", action="store_true", help="rebuild the index even if it is up to date")
    p.add_argument("--index-only", action="store_true", help="build or check the index, then exit")
    p.set_defaults(run=run)


def run(args) -> int:
    from palayesh.web.index import IndexError_

    out = Path(args.output)
    if not out.is_dir():
        print(f"palayesh serve: {out} is not a folder", file=sys.stderr)
        return 1

    def progress(n: int) -> None:
        if n % 10000 == 0:
            print(f"palayesh serve: indexed {n:,} documents", file=sys.stderr)

    from palayesh.web.app import make_app

    try:
        app = make_app(out, index_path=Path(args.index) if args.index else None, rebuild=args.rebuild,
                       progress=progress, query_timeout=args.query_timeout)
    except IndexError_ as e:
        print(f"palayesh serve: {e}", file=sys.stderr)
        return 1
    except OSError as e:
        print(f"palayesh serve: cannot write the index ({e}); pass --index PATH to put it elsewhere",
              file=sys.stderr)
        return 1
    meta = app.index.meta
    print(f"palayesh serve: {'built' if app.built else 'reusing'} index {app.index.path} "
          f"({meta.get('documents', 0):,} documents, built in {meta.get('build_seconds', 0):.1f} s)", file=sys.stderr)
    for s in meta.get("skipped") or []:
        print(f"palayesh serve: warning: skipped {s.get('path')}: {s.get('error')}", file=sys.stderr)
    if args.index_only:
        return 0
    from palayesh.web.server import make_server_for

    try:
        server = make_server_for(app, args.host, args.port, allow_hosts=args.allow_host, timeout=args.timeout,
                                 max_threads=args.max_threads)
    except OSError as e:
        print(f"palayesh serve: cannot listen on {args.host}:{args.port}: {e}", file=sys.stderr)
        return 1
    host = str(server.server_address[0])
    print(f"palayesh serve: http://{host}:{server.server_port}/  (Ctrl-C to stop)", file=sys.stderr, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0
