"""``palayesh stats OUT``: a readable summary of a run."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

EPILOG = """examples:
  palayesh stats OUT           tables of documents, drop reasons, errors and step timings
  palayesh stats OUT --json    the stats.json of the run"""


def add_parser(sub) -> None:
    p = sub.add_parser("stats", help="summarize a refine run", description="Summarize the run in OUT.",
                       epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("output", metavar="OUT", help="output folder of 'palayesh refine'")
    p.add_argument("--json", action="store_true", help="print stats.json as it is")
    p.set_defaults(run=run)


def _table(title: str, rows: list[tuple], headers: tuple) -> list[str]:
    if not rows:
        return []
    cells = [tuple(str(c) for c in headers)] + [tuple(str(c) for c in r) for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = [title]
    for j, r in enumerate(cells):
        lines.append("  " + "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))))
        if j == 0:
            lines.append("  " + "  ".join("-" * w for w in widths))
    return lines + [""]


def render(stats: dict) -> str:
    d = stats["documents"]
    read = d["read"] or 1
    r = stats.get("run", {})
    lines = [f"palayesh {stats.get('palayesh_version', '?')} run"
             f"{'' if stats.get('complete') else ' (incomplete)'}: "
             f"{r.get('elapsed_seconds', 0):.1f} s, {r.get('workers', '?')} worker(s), "
             f"{r.get('docs_per_second') or 0:,.0f} docs/s, {r.get('mb_per_second') or 0:,.2f} MB/s"
             f"{', resumed' if r.get('resumed') else ''}", ""]
    docs = [(k, d.get(k, 0)) for k in ("read", "kept", "rejected")]
    lines += _table("documents", [(k, f"{v:,}", f"{100 * v / read:.1f}%") for k, v in docs], ("", "count", "share"))
    lines += _table("rejected by reason", [(k, f"{v:,}", f"{100 * v / read:.1f}%")
                                           for k, v in stats.get("reasons", {}).items()], ("reason", "count", "share"))
    lines += _table("errors", [(k, f"{v:,}") for k, v in stats.get("errors", {}).items()], ("reason", "count"))
    barriers = stats.get("barriers", {})
    if barriers:
        lines.append("barriers (run-wide)")
        for name, v in barriers.items():
            counts = ", ".join(f"{m.replace('_', ' ')} {n:,}" for m, n in v.items() if m != "seconds")
            lines.append(f"  {name} ({v.get('seconds', 0):.2f} s): {counts}")
        lines.append("")
    steps = stats.get("steps", {})
    lines += _table("steps", [(k, f"{v.get('docs', v.get('in', 0)):,}", f"{v.get('dropped', 0):,}",
                               f"{v.get('seconds', 0):.2f}") for k, v in steps.items()],
                    ("step", "docs", "dropped", "cpu s"))
    return "\n".join(lines).rstrip() + "\n"


def run(args) -> int:
    path = Path(args.output) / "stats.json"
    try:
        stats = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        print(f"palayesh stats: {path} not found (is {args.output} a finished 'palayesh refine' output?)",
              file=sys.stderr)
        return 1
    except ValueError as e:
        print(f"palayesh stats: {path} is not valid JSON: {e}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(stats, ensure_ascii=False, indent=1))
    else:
        sys.stdout.write(render(stats))
    return 0
