#!/usr/bin/env python3
"""k-fold evaluation of the ZWNJ restorer on ``../shared/data/updt-train`` (held-out sentences).

    PYTHONPATH=src python scripts/eval_zwnj_folds.py [--folds 5] [--unit document|sentence|both] [--no-model]
        [--write-folds DIR]

The sentences are cut into ``--folds`` contiguous blocks (neighbouring sentences come from one
document, so a block is held out whole). For each block the gap model is trained on the other
blocks (plus the news corpus, as ``scripts/build_zwnj_model.py`` does) and the restorer is scored on
the block with the shared scorer's own corruption and comparison code
(``../shared/tools/score_zwnj.py``): deleted / spaced / clean, then the mean over the blocks. Each
block is fed in order to one streaming normalizer, one document as ``palayesh normalize`` reads its
stdin (so a writer's convention learned on earlier sentences holds for later ones, see
``normalize/convention.py``). ``--unit sentence`` makes every sentence a document of its own instead (one
normalizer, ``stream=False``: no convention carries from one sentence to the next), the unit of a test that
scores sentences one by one and of a caller that normalizes one short text; ``both`` scores each unit with the
same fold models.
``--no-model`` scores the rules alone. ``--write-folds DIR`` writes each block to ``DIR/fold-K.txt``
(one sentence a line) so that the scorer's command line can be run on it too.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "scripts"))


def load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("score_zwnj", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def folds(lines: list[str], k: int) -> list[list[str]]:
    """``lines`` cut into ``k`` contiguous blocks of (nearly) equal size."""
    n = len(lines)
    return [lines[i * n // k:(i + 1) * n // k] for i in range(k)]


#: the scorer's three modes, and "mixed": a ZWNJ typist's text that lost some half-spaces (not a mode of
#: the scorer; the zwnj-dev gate of tests/floors.toml measures it too)
MODES = ("deleted", "spaced", "clean", "mixed")
MIXED_SEED = 7
ZWNJ = "\u200c"


#: how the restorer meets the gold sentences: "document" one stream of them (``palayesh normalize`` on stdin),
#: "sentence" each a document of its own (``Normalizer(stream=False)``)
UNITS = ("document", "sentence")


def score(scorer, make_normalizer, gold: list[str], unit: str = "document") -> dict:
    """The scorer's three modes (and mixed) on ``gold``, each with a fresh normalizer: as the CLI would be, one
    document (``stream=True``), or with ``unit`` "sentence" every sentence a document of its own.
    ``make_normalizer(stream)`` makes one."""
    out = {}
    for how in MODES:
        norm = make_normalizer(unit == "document")
        counts = Counter()
        rng = random.Random(MIXED_SEED)
        for g in gold:
            if how == "mixed":  # each ZWNJ kept, deleted or spaced at random, as tests/test_normalize_quality.py
                raw = "".join(rng.choice((ZWNJ, "", " ")) if ch == ZWNJ else ch for ch in g)
            else:
                raw = scorer.corrupt(g, how)
            scorer.compare(g, norm.normalize(raw), counts)
        prec = counts["tp_zwnj"] / counts["pred_zwnj"] if counts["pred_zwnj"] else 0.0
        rec = counts["tp_zwnj"] / counts["gold_zwnj"] if counts["gold_zwnj"] else 0.0
        out[how] = {
            "f1": round(2 * prec * rec / (prec + rec) if prec + rec else 0.0, 4),
            "p": round(prec, 4), "r": round(rec, 4),
            "gap_error": round(counts["wrong_gaps"] / max(1, counts["gaps"]), 5),
            "errors": {k[4:]: v for k, v in counts.most_common() if k.startswith("err_")},
        }
    return out


def news_report(args, scorer, updt_lines) -> int:
    import build_zwnj_model

    from palayesh.normalize import NormalizeOptions, Normalizer, resources
    from palayesh.normalize.zwnj import ZwnjRestorer

    news = args.shared / "data" / "corpora" / "news-dev.jsonl.gz"
    gold = build_zwnj_model.careful_paragraphs(news, args.news, part=1)
    model = build_zwnj_model.train(updt_lines, args.shared / "data")
    if args.threshold is not None:
        model.threshold = args.threshold

    def with_model(stream=True):
        n = Normalizer(stream=stream)
        n._zwnj = ZwnjRestorer(resources.load(), model=model)
        return n

    def rules(stream=True):
        return Normalizer(NormalizeOptions(zwnj_model=False), stream=stream)

    for unit in args.units:
        for name, make in (("rules", rules), ("model", with_model)):
            r = score(scorer, make, gold, unit)
            print(f"news ({len(gold)} paragraphs{', each alone' if unit == 'sentence' else ''}) {name}: "
                  f"deleted {r['deleted']['f1']:.4f}  spaced {r['spaced']['f1']:.4f}  "
                  f"clean {r['clean']['gap_error']:.5f}  mixed {r['mixed']['f1']:.4f}", file=sys.stderr)
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--only", type=int, nargs="*", help="score only these folds (0-based)")
    ap.add_argument("--no-model", action="store_true", help="the rules alone")
    ap.add_argument("--write-folds", type=Path, help="write each fold to DIR/fold-K.txt")
    ap.add_argument("--json", action="store_true", help="print the full report as JSON")
    ap.add_argument("--threshold", type=float, help="the model's margin threshold (default: the trained one)")
    ap.add_argument("--news", type=int, default=0, metavar="N",
                    help="also score N news paragraphs written with care (silver standard, the PerDT-like convention)")
    ap.add_argument("--unit", choices=UNITS + ("both",), default="document",
                    help="a fold (or the news) read as one document, or every sentence (paragraph) a document "
                         "of its own")
    args = ap.parse_args(argv)
    args.units = UNITS if args.unit == "both" else (args.unit,)
    scorer = load_scorer(args.shared / "tools" / "score_zwnj.py")
    path = args.shared / "data" / "updt-train" / "updt-train.txt"
    lines = [line.rstrip("\n") for line in path.open(encoding="utf-8") if line.strip()]
    blocks = folds(lines, args.folds)
    if args.write_folds:
        args.write_folds.mkdir(parents=True, exist_ok=True)
        for k, block in enumerate(blocks):
            (args.write_folds / f"fold-{k}.txt").write_text("\n".join(block) + "\n", encoding="utf-8")
    from palayesh.normalize import NormalizeOptions, Normalizer

    if args.news:
        return news_report(args, scorer, lines)
    reports: dict = {unit: {} for unit in args.units}
    for k, block in enumerate(blocks):
        if args.only and k not in args.only:
            continue
        t0 = time.time()
        if args.no_model:
            def make(stream=True):
                return Normalizer(NormalizeOptions(zwnj_model=False), stream=stream)
        else:
            import build_zwnj_model
            train = [line for j, b in enumerate(blocks) if j != k for line in b]
            model = build_zwnj_model.train(train, args.shared / "data")
            if args.threshold is not None:
                model.threshold = args.threshold

            def make(stream=True, model=model):
                from palayesh.normalize import resources
                from palayesh.normalize.zwnj import ZwnjRestorer

                n = Normalizer(stream=stream)
                n._zwnj = ZwnjRestorer(resources.load(), model=model)
                return n
        for unit in args.units:
            r = reports[unit][k] = score(scorer, make, block, unit)
            print(f"fold {k}{' (sentences)' if unit == 'sentence' else ''}: deleted {r['deleted']['f1']:.4f}  "
                  f"spaced {r['spaced']['f1']:.4f}  clean {r['clean']['gap_error']:.5f}  mixed {r['mixed']['f1']:.4f}"
                  f"   ({len(block)} sentences, {time.time() - t0:.0f} s)", file=sys.stderr)
    out = {}
    for unit in args.units:
        report = reports[unit]
        mean = {how: {m: round(sum(r[how][m] for r in report.values()) / len(report), 5)
                      for m in ("f1", "p", "r", "gap_error")}
                for how in MODES}
        print(f"mean{' (sentences)' if unit == 'sentence' else ''}:   deleted {mean['deleted']['f1']:.4f}  "
              f"spaced {mean['spaced']['f1']:.4f}  clean {mean['clean']['gap_error']:.5f}  "
              f"mixed {mean['mixed']['f1']:.4f} (P {mean['mixed']['p']:.4f} R {mean['mixed']['r']:.4f})",
              file=sys.stderr)
        out[unit] = {"folds": report, "mean": mean}
    if args.json:
        json.dump(out[args.units[0]] if len(args.units) == 1 else out, sys.stdout, ensure_ascii=False, indent=1)
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
