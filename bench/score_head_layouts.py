#!/usr/bin/env python3
"""Headline and date forms the family sets rarely show (tests/head_layouts.py): title and published.

    python bench/score_head_layouts.py [--set head|export|hard|crawled|mixed|kinds|leak] [--n 8] [--seed 1402]
        [--keep DIR]
    python bench/score_head_layouts.py --set leak --scramble     # chrome words renamed per host first

Builds the set (``--set export``: tests/export_layouts.py, pages as other tools write them out and dates in
other clocks; ``--set hard``: tests/export_hard.py, harder exports and headers with a second title or date
beside the story's; ``--set crawled``: tests/export_crawled.py, pages as a crawler meets them after other
tools wrote them out (Telegram exports, w3m / lynx dumps, reader apps, forum threads, other calendars), scored
on the credited agency too; ``--set mixed``: tests/export_mixed.py, heads that mix two forms (a badge day and a
relative one, a banner and a hashtag), recipes under a «طرز تهیه» heading, emoji-led channel posts, press
reviews quoting papers' headlines, «PLACE (NAME):» datelines of outlets no table lists, agency scored too;
``--set kinds``: tests/section_kinds.py, page kinds whose section stands where the family
sets rarely put it, scored on the section too; ``--set leak``: tests/leak_kinds.py, chrome kinds around and
inside the story, scored per kind on leaks and body recall) (eight pages a host by default: a family of the
run needs as many), runs
``palayesh refine`` on it, scores it with ``../shared/tools/score_pages.py`` and prints the rows
title_exact / published_match / body_f1 / chrome_leak_rate, then each page whose title or date
(day, and the clock time when the page shows one) missed, with its host's headline and date form.
``--scramble`` renames the set's chrome words per host before the run (``bench/scramble.py``, as
``score_families.py --scramble`` does for the families): same layouts, chrome strings palayesh never saw,
so what still goes is what the run teaches, not a phrase the builder's wording shares with a lexicon.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def _scorer():
    spec = importlib.util.spec_from_file_location("score_pages", SHARED / "tools" / "score_pages.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _leaks(gold, details: Path) -> None:
    """Per chrome kind: pages, pages leaking, mean body recall; then each leaked line."""
    fam = {g["id"]: g["family"] for g in gold}
    by: dict[str, list] = {}
    for line in details.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        if d.get("id") in fam:
            by.setdefault(fam[d["id"]], []).append(d)
    for kind, ds in sorted(by.items()):
        leaked = [d for d in ds if d.get("leaked")]
        recall = sum(d.get("body_recall") or 0 for d in ds) / len(ds)
        print(f"{kind:<14} pages {len(ds):3d}  leaking {len(leaked):3d}  body_recall {recall:.3f}")
    for kind, ds in sorted(by.items()):
        for d in ds:
            if d.get("leaked") or (d.get("body_recall") or 0) < 1:
                print(d["id"], kind, "recall %.3f" % (d.get("body_recall") or 0), d.get("leaked"))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=("head", "export", "hard", "crawled", "mixed", "kinds", "leak", "credit"),
                    default="head", help="which builder")
    ap.add_argument("--n", type=int, default=8, help="pages per host")
    ap.add_argument("--seed", type=int, default=1402)
    ap.add_argument("--keep", type=Path, help="leave the pages, output and details here")
    ap.add_argument("--scramble", action="store_true", help="rename each host's chrome words (bench/scramble.py)")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(REPO / "tests"))
    sys.path.insert(0, str(REPO / "bench"))
    builder = importlib.import_module({"head": "head_layouts", "export": "export_layouts", "hard": "export_hard",
                                       "crawled": "export_crawled", "mixed": "export_mixed",
                                       "kinds": "section_kinds", "leak": "leak_kinds",
                                       "credit": "credit_heads"}[args.set])
    from palayesh import read_output

    with tempfile.TemporaryDirectory() as tmp:
        out = args.keep or Path(tmp)
        gold = builder.build(out, n=args.n, seed=args.seed)
        if args.scramble:
            from scramble import scramble_set  # (bench/scramble.py, beside this file)
            plain = out / "plain"
            (out / "pages").rename(plain)
            (out / "gold.jsonl").rename(out / "gold-plain.jsonl")
            renamed = scramble_set(plain, out / "gold-plain.jsonl", out / "scrambled", seed=args.seed)
            (out / "scrambled" / "pages").rename(out / "pages")
            (out / "scrambled" / "gold.jsonl").rename(out / "gold.jsonl")
            gold = [json.loads(line) for line in (out / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
            print("renamed", json.dumps(renamed))
        subprocess.run([sys.executable, "-m", "palayesh", "refine", str(out / "pages"), "-o", str(out / "out"),
                        "--overwrite", "-q", "--workers", "1"], check=True)
        sp = _scorer()
        report = sp.score(str(out / "gold.jsonl"), str(out / "out"), str(out / "details.jsonl"))
        for k in ("title_exact", "section_match", "agency_match", "published_match", "body_f1", "chrome_leak_rate"):
            print(f"{k:<20} {report[k]:.4f}")
        if args.set == "leak":
            _leaks(gold, out / "details.jsonl")
            return 0
        rows = {r["id"]: r for part in ("docs", "rejected") for r in read_output(out / "out", part)}
        for g in gold:
            r = rows.get(g["id"], {})
            title_ok = sp.canon(g["title"]) == sp.canon(r.get("title") or "")
            got = r.get("published") or ""
            date_ok = (got[:10] == g["published_iso"] and (not g["clock"] or g["clock"] in got)
                       if g["published_iso"] else not got)
            section_ok = args.set != "kinds" or sp.canon(g["section"] or "") == sp.canon(r.get("section") or "")
            agency_ok = (args.set not in ("crawled", "mixed", "credit")
                         or sp.canon(g["agency"] or "") == sp.canon(r.get("agency") or ""))
            if not (title_ok and date_ok and section_ok and agency_ok):
                print(g["id"], g["family"], "" if title_ok else f"title {r.get('title')!r}",
                      "" if section_ok else f"section {r.get('section')!r} (gold {g['section']!r})",
                      "" if agency_ok else f"agency {r.get('agency')!r} (gold {g['agency']!r})",
                      "" if date_ok else f"published {got or None} (gold {g['published_iso']} {g['clock'] or ''})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
