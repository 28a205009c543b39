#!/usr/bin/env python3
"""The ZWNJ restorer's errors on held-out folds of ``updt-train``, by what decided each wrong gap.

    PYTHONPATH=src python scripts/zwnj_deciders.py [--mode spaced] [--folds 5] [--news N] [--dump FILE]

Each fold is scored as ``eval_zwnj_folds.py`` does (the gap model trained on the other folds). Each
wrong gap is put in one class by its kind (``P`` a space in the input, ``G`` a gap inside a glued
word), whether it is a missed or a false half-space, and its decider: the model (with the pair's rule
code and whether the rules would have joined: ``model c4 r1``), a rule named by ``explain``, or no
one (``not proposed``: a spaced pair no rule, list or training pair opens, with its pair code).
``--news N`` classes the errors on the N careful news paragraphs of ``eval_zwnj_folds.py --news`` instead
(the model trained on all of updt-train, as there). ``--dump`` writes every error with the model's margin
over its threshold and the line's signs, or for an unproposed gap what could have proposed it (``t1``: the
training folds write the pair with a ZWNJ, ``nN``: the news N times, ``v1``: the glued word is in the
vocabulary).
``zwnj-dev`` is never read here.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO / "src"))

import eval_zwnj_folds  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=eval_zwnj_folds.SHARED)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--mode", default="spaced", choices=("deleted", "spaced", "clean"))
    ap.add_argument("--news", type=int, default=0, metavar="N", help="class the errors on N careful news paragraphs")
    ap.add_argument("--dump", type=Path, help="write every error as TSV here")
    args = ap.parse_args(argv)
    import build_zwnj_model

    from palayesh.normalize import Normalizer, resources
    from palayesh.normalize.zwnj import ZwnjRestorer

    scorer = eval_zwnj_folds.load_scorer(args.shared / "tools" / "score_zwnj.py")
    path = args.shared / "data" / "updt-train" / "updt-train.txt"
    lines = [line.rstrip("\n") for line in path.open(encoding="utf-8") if line.strip()]
    if args.news:
        news = args.shared / "data" / "corpora" / "news-dev.jsonl.gz"
        runs = [(lines, build_zwnj_model.careful_paragraphs(news, args.news, part=1))]
    else:
        blocks = eval_zwnj_folds.folds(lines, args.folds)
        runs = [([x for j, b in enumerate(blocks) if j != k for x in b], block) for k, block in enumerate(blocks)]
    classes: Counter = Counter()
    rows = []
    res = resources.load()
    for k, (train, block) in enumerate(runs):
        model = build_zwnj_model.train(train, args.shared / "data")
        taught = build_zwnj_model.zwnj_pairs(train)

        def sources(a, b, taught=taught, counts=model.counts):
            """What could have proposed an unproposed gap: the training text writes «a‌b» (t), the news
            writes it with a ZWNJ (n: how often), the glued «ab» is a word of the vocabulary (v)."""
            zw = (counts.get(a + "|" + b) or (0,))[0]
            return f"t{int(a + '|' + b in taught)} n{zw} v{int(a + b in res.vocab)}"
        norm = Normalizer(stream=True)
        restorer = norm._zwnj = ZwnjRestorer(resources.load(), model=model)
        margins: dict = {}  # (kind, a, b) -> (margin - threshold, rule code, rule joins, signs) of this line
        margin = restorer._margin

        def recorded(kind, a, b, code, rule, mode, has_z, extra, more=(), _margin=margin, _model=model,
                     _margins=margins):
            m = _margin(kind, a, b, code, rule, mode, has_z, extra, more)
            _margins[(kind, a, b)] = (m - _model.threshold, code, rule, extra)
            return m

        restorer._margin = recorded  # type: ignore[method-assign]
        for gold in block:
            raw = scorer.corrupt(gold, args.mode)
            margins.clear()
            out, trace = norm.explain(raw)
            gs, gg = scorer.skeleton(gold)
            ps, pg = scorer.skeleton(out)
            _, rg = scorer.skeleton(raw)
            if gs != ps:
                classes[("-", "-", "skeleton mismatch")] += 1
                continue
            pos = [i for i, ch in enumerate(raw) if scorer.is_letter(ch)]

            def part(i, step, raw=raw):
                j = i
                while 0 <= j + step < len(raw) and scorer.is_letter(raw[j + step]):
                    j += step
                return raw[min(i, j):max(i, j) + 1]

            for i, (x, y) in enumerate(zip(gg, pg)):
                if x == y or x == "OTHER" or ({x, y} == {"NONE", "ZWNJ"} and scorer.either_way(gs, gg, i)):
                    continue
                a, b = part(pos[i], -1), part(pos[i + 1], +1)
                kind = "P" if rg[i] == "SPACE" else "G"
                err = "miss" if (x == "ZWNJ" or (kind == "P" and x == "NONE")) else "false"
                got = margins.get((kind, a, b))
                by = [t["by"] for t in trace if t["gap"] == f"{a}|{b}"]
                if got is not None:
                    decider, detail = f"model c{got[1]} r{got[2]}", f"{got[0]:+.2f} {got[3]}"
                elif by:
                    decider, detail = by[0], ""
                elif kind == "P" and any(t["gap"] == "letter names" for t in trace):
                    decider, detail = "rule: acronym spelled out (in this line)", ""
                else:
                    code = restorer._pair_code(a, b) if kind == "P" else ""
                    decider, detail = f"not proposed (pair code {code})", sources(a, b)
                classes[(kind, err, decider)] += 1
                rows.append("\t".join((str(k), kind, err, x, y, a, b, decider, detail)))
        print(f"{'news' if args.news else 'fold'} {k}: {sum(classes.values())} wrong gaps so far", file=sys.stderr)
    print(f"{args.mode}: {sum(classes.values())} wrong gaps")
    for key, v in classes.most_common():
        print(f"{v:5d}  {' '.join(key)}")
    if args.dump:
        args.dump.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
