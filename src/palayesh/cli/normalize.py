"""``palayesh normalize``: Persian normalization as a filter, stdin -> stdout, line by line."""
from __future__ import annotations

import argparse
import io
import sys

EPILOG = """\
examples:
  echo "میروند" | palayesh normalize                 # -> می‌روند
  echo "اقدام های بين المللي ٢٠" | palayesh normalize  # -> اقدام‌های بین‌المللی ۲۰
  palayesh normalize --digits latin --no-zwnj < in.txt > out.txt
  echo "می روند و دلم یه جوری می شه" | palayesh normalize --explain
      # stdout: می‌روند و دلم یه جوری می‌شه
      # stderr: 1  می|روند  space -> zwnj  rule: verb prefix
      #         1  می|شه  space -> zwnj  model: p=0.99 (rule code 0, rule keeps apart)

Each input line gives exactly one output line (UTF-8); invalid UTF-8 bytes become U+FFFD.
"""

#: rule families that can be turned off: (flag, option field, help)
FAMILIES = (
    ("--no-zwnj", "zwnj", "do not restore lost half-spaces (ZWNJ)"),
    ("--no-zwnj-cleanup", "zwnj_cleanup", "leave doubled or stray ZWNJs as they are"),
    ("--no-arabic-letters", "arabic_letters", "keep Arabic ي ك ة and presentation forms"),
    ("--no-diacritics", "remove_diacritics", "keep diacritics (harakat)"),
    ("--no-tatweel", "remove_tatweel", "keep tatweel (kashida)"),
    ("--no-invisible-marks", "invisible_marks", "keep bidi marks, ZWJ, BOM, soft hyphens"),
    ("--no-spaces", "spaces", "keep odd and repeated spaces"),
    ("--no-html-entities", "html_entities", "keep HTML entities such as &quot;"),
    ("--no-punctuation-spacing", "punctuation_spacing", "keep spacing around « » ، ؛ ؟"),
    ("--no-zwnj-model", "zwnj_model", "half-spaces by the rules alone, without the learned gap model"),
)


def add_parser(subparsers) -> argparse.ArgumentParser:
    """Register the ``normalize`` subcommand."""
    p = subparsers.add_parser(
        "normalize",
        help="normalize Persian text from stdin to stdout (letters, digits, spaces, half-spaces)",
        description="Normalize Persian text line by line: Arabic letters and digits, marks, spaces, "
        "HTML entities, punctuation spacing, and lost half-spaces (ZWNJ).",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "--digits",
        choices=("keep", "persian", "latin"),
        default="keep",
        help="keep: each number in its script, Arabic-Indic -> Persian (default); persian / latin: convert all",
    )
    for flag, field, help_text in FAMILIES:
        p.add_argument(flag, dest=field, action="store_false", default=True, help=help_text)
    p.add_argument("--explain", action="store_true",
                   help="on stderr, for each changed half-space: line number, gap, change, and the rule or "
                   "model score that decided it (stdout is unchanged)")
    p.set_defaults(run=run)
    return p


def run(args) -> int:
    """Read stdin line by line, write one normalized line per input line."""
    from ..normalize import NormalizeOptions, Normalizer

    options = NormalizeOptions(digits=args.digits, **{field: getattr(args, field) for _, field, _ in FAMILIES})
    normalizer = Normalizer(options, stream=True)  # stdin is one document: its conventions carry over
    norm = normalizer.normalize
    if args.explain:
        norm = _explaining(normalizer)
    stdin = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace", newline="\n")
    stdout = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="\n", write_through=False)
    write = stdout.write
    interactive = sys.stdin.isatty()  # a person typing sees each line at once; pipes are buffered
    try:
        for line in stdin:
            nl = line.endswith("\n")
            line = line[:-1] if nl else line
            # a lone \r (old Mac line end) inside a line must not make two lines out of one
            out = norm(line.replace("\r", " ") if "\r" in line else line)
            write(out.replace("\n", " ") if "\n" in out else out)
            if nl:
                write("\n")
            if interactive:
                stdout.flush()
    except BrokenPipeError:
        return 0
    finally:
        try:
            stdout.flush()
        except BrokenPipeError:
            pass
    return 0


def _explaining(normalizer):
    """A normalize function that writes why each half-space changed to stderr, a TSV row each."""
    count = [0]

    def norm(line: str) -> str:
        count[0] += 1
        out, why = normalizer.explain(line)
        for w in why:
            sys.stderr.write(f"{count[0]}\t{w['gap']}\t{w['was']} -> {w['now']}\t{w['by']}\n")
        return out

    return norm


def main(argv=None) -> int:
    """Run the subcommand alone (``python -m palayesh.cli.normalize``)."""
    ap = argparse.ArgumentParser(prog="palayesh")
    add_parser(ap.add_subparsers(dest="command", required=True))
    args = ap.parse_args(["normalize", *(sys.argv[1:] if argv is None else argv)])
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
