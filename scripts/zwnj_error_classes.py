#!/usr/bin/env python3
"""The ZWNJ restorer's errors on held-out folds of ``updt-train``, by pattern.

    PYTHONPATH=src python scripts/zwnj_error_classes.py [--mode deleted] [--folds 5] [--examples 5]
        [--unit document|sentence]

Each fold is scored as ``eval_zwnj_folds.py`` does (the gap model trained on the other folds), and
each wrong gap is put in one class by the gold word around it: «می/نمی» + verb, plural «ها…» after a
joining letter (after ه apart), «ای/ی/ام/اند…» after ه or ی, «تر/ترین», acronyms spelled in letter
names, compound stems (the rest). ``misses`` are gold ZWNJs the output lacks, ``false`` are ZWNJs the
output puts where the gold has none. ``zwnj-dev`` is never read here.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO / "src"))

import eval_zwnj_folds  # noqa: E402

ZWNJ = "\u200c"
PLURAL = ("ها",)
VOWEL_ENDINGS = ("ای", "ی", "ام", "اند", "ایم", "اید", "ات", "اش", "یی", "شان", "مان", "تان", "است")
LETTER_NAMES = {"ای", "بی", "سی", "دی", "اف", "جی", "اچ", "آی", "کی", "ال", "ام", "ان", "او", "پی", "کیو", "آر",
                "اس", "تی", "یو", "وی", "دبلیو", "ایکس", "وای", "زد"}


def word_at(text_letters: str, gaps: list, k: int) -> tuple[str, str, str]:
    """The word around gap ``k`` (letters joined by NONE/ZWNJ) and its two parts at gap k."""
    lo = k
    while lo > 0 and gaps[lo - 1] in ("NONE", "ZWNJ"):
        lo -= 1
    hi = k + 1
    while hi < len(gaps) and gaps[hi] in ("NONE", "ZWNJ"):
        hi += 1
    # parts: the letters between ZWNJ (or SPACE) gaps on either side of k
    a_lo = k
    while a_lo > lo and gaps[a_lo - 1] == "NONE":
        a_lo -= 1
    b_hi = k + 1
    while b_hi < hi and gaps[b_hi] == "NONE":
        b_hi += 1
    word = "".join(text_letters[i] + (ZWNJ if i < hi and gaps[i] == "ZWNJ" else "") for i in range(lo, hi + 1))
    return word, text_letters[a_lo:k + 1], text_letters[k + 1:b_hi + 1]


def classify(a: str, b: str, whole_b: str) -> str:
    if a in ("می", "نمی") or a.endswith("می") and a[:-2] in ("بر", "در", "فرو", "باز", "وا", "فرا", "ور", "بر"):
        return "verb می/نمی"
    if a in LETTER_NAMES and b in LETTER_NAMES:
        return "acronym"
    if b.startswith("ها"):
        return "plural after ه" if a.endswith("ه") else "plural after other joining"
    if b.startswith("تر"):
        return "تر/ترین"
    if a.endswith(("ه", "ی")) and b in VOWEL_ENDINGS:
        return f"ending after {a[-1]}"
    return "compound/other"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=eval_zwnj_folds.SHARED)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--mode", default="deleted", choices=("deleted", "spaced", "clean"))
    ap.add_argument("--examples", type=int, default=6)
    ap.add_argument("--no-model", action="store_true")
    ap.add_argument("--dump", type=Path, help="write every error as TSV here")
    ap.add_argument("--news", type=int, default=0, metavar="N",
                    help="score N careful news paragraphs of the odd articles instead (one block, the model "
                         "trained on all of updt-train, as eval_zwnj_folds.py --news does)")
    ap.add_argument("--unit", choices=eval_zwnj_folds.UNITS, default="document",
                    help="a fold read as one document, or every sentence a document of its own (see "
                         "eval_zwnj_folds.py)")
    args = ap.parse_args(argv)
    stream = args.unit == "document"
    scorer = eval_zwnj_folds.load_scorer(args.shared / "tools" / "score_zwnj.py")
    path = args.shared / "data" / "updt-train" / "updt-train.txt"
    lines = [line.rstrip("\n") for line in path.open(encoding="utf-8") if line.strip()]
    from palayesh.normalize import NormalizeOptions, Normalizer, resources
    from palayesh.normalize.zwnj import ZwnjRestorer

    classes: Counter = Counter()
    examples: dict = defaultdict(Counter)
    gold_by_class: Counter = Counter()
    rows = []
    blocks = eval_zwnj_folds.folds(lines, args.folds)
    if args.news:
        import build_zwnj_model
        blocks = [build_zwnj_model.careful_paragraphs(args.shared / "data" / "corpora" / "news-dev.jsonl.gz",
                                                      args.news, part=1)]
    for k, block in enumerate(blocks):
        if args.no_model:
            norm = Normalizer(NormalizeOptions(zwnj_model=False), stream=stream)
        else:
            import build_zwnj_model
            train = lines if args.news else [
                x for j, b in enumerate(eval_zwnj_folds.folds(lines, args.folds)) if j != k for x in b]
            model = build_zwnj_model.train(train, args.shared / "data")
            norm = Normalizer(stream=stream)
            norm._zwnj = ZwnjRestorer(resources.load(), model=model)
        for g in block:
            p = norm.normalize(scorer.corrupt(g, args.mode))
            gs, gg = scorer.skeleton(g)
            ps, pg = scorer.skeleton(p)
            for i, lab in enumerate(gg):
                if lab == "ZWNJ":
                    _, a, b = word_at(gs, gg, i)
                    gold_by_class[classify(a, b, b)] += 1
            if gs != ps:
                classes["(skeleton mismatch)"] += 1
                continue
            for i, (x, y) in enumerate(zip(gg, pg)):
                if x == y or x == "OTHER":
                    continue
                if {x, y} == {"NONE", "ZWNJ"} and scorer.either_way(gs, gg, i):
                    continue
                gw, a, b = word_at(gs, gg, i)
                pw, pa, pb = word_at(ps, pg, i)
                if x == "ZWNJ":
                    c = classify(a, b, b)
                    kind = f"miss({y})"
                else:
                    c = classify(pa, pb, pb) if y == "ZWNJ" else classify(a, b, b)
                    kind = f"false({x}->{y})"
                classes[(kind, c)] += 1
                examples[(kind, c)][f"{gw} => {pw}"] += 1
                rows.append(f"{k}\t{kind}\t{c}\t{gw}\t{pw}")
    total = sum(v for key, v in classes.items() if isinstance(key, tuple))
    print(f"{args.mode}: {total} wrong gaps; gold ZWNJs by class: {dict(gold_by_class.most_common())}")
    for key, v in classes.most_common():
        print(f"{v:5d}  {key}")
        if isinstance(key, tuple):
            print("        " + " | ".join(f"{e} ×{n}" for e, n in examples[key].most_common(args.examples)))
    if args.dump:
        args.dump.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
