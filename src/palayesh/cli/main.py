"""``palayesh``: refine crawled Persian pages into a clean corpus.

Each subcommand lives in its own module with ``add_parser(subparsers)`` and ``run(args) -> int``.
Exit status: 0 done; 1 the run could not start or read no input; 2 a usage error; 3 stopped by an
internal error (a bug, or a problem of the machine such as a full disk); 130 interrupted.
"""
from __future__ import annotations

import argparse
import atexit
import gc
import importlib
import logging
import sys

from .. import __version__

SUBCOMMANDS = ("refine", "stats", "normalize", "serve")

EPILOG = """examples:
  palayesh refine examples/pages -o OUT        refine a folder of pages into OUT/
  palayesh stats OUT                           summary of a run
  echo "میروند" | palayesh normalize            normalize text, line by line
  palayesh serve OUT                           search and read OUT in a browser

Run 'palayesh COMMAND --help' for the options of a command."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="palayesh", description="Refine crawled Persian web and news pages into a clean corpus.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"palayesh {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log messages on stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMANDS:
        try:
            module = importlib.import_module(f"{__package__}.{name}")
        except ImportError:  # a subcommand whose module is not there yet
            continue
        module.add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    # what the process holds when it ends is no garbage to look for: frozen at exit, the
    # interpreter's last collection does not walk it (after `refine`, the steps' tables: ~0.13 s
    # of CPU after 200 pages with two workers, 3 % of a one-page run's); once, however often main runs
    atexit.unregister(gc.freeze)
    atexit.register(gc.freeze)
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING - 10 * min(args.verbose, 2),
                        format="palayesh: %(levelname)s: %(name)s: %(message)s", stream=sys.stderr)
    if args.verbose < 2:
        # trafilatura warns about every page part it drops; that is its job here, not news
        logging.getLogger("trafilatura").setLevel(logging.ERROR)
    if not getattr(args, "command", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return args.run(args)
    except KeyboardInterrupt:
        print("palayesh: interrupted; rerun the same command to resume", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as e:  # a bug or an environment problem: one line, the traceback with -v
        if args.verbose:
            raise
        print(f"palayesh {args.command}: stopped by an internal error: {type(e).__name__}: {e} "
              "(rerun with -v for details)", file=sys.stderr)
        return 3


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
