#!/usr/bin/env python3
"""The ZWNJ restorer's errors on held-out folds of ``updt-train``, by pattern.

    PYTHONPATH=src python scripts/zwnj_error_classes.py [--mode deleted] [--folds 5] [--examples 5]
        [--unit document|sentence]

Each fold is scored as ``eval_zwnj_folds.py`` does (the gap model trained on the other folds), and
each wrong gap is put in one class by the gold word around it: «می/نمی» + verb, plural «ها…» after a
joining letter (after ه apart), «ای/ی/ام/اند…» after ه or ی, «تر/ترین», acronyms spelled in letter
names, compound stems (the rest). ``misses`` are gold ZWNJs the output lacks, ``false`` are ZWNJs the
output puts where the gold has none. ``zwnj-dev`` is never read here.

``--by-news`` splits each class by how the news corpus writes the two parts at the wrong gap
(:func:`news_side`): "as gold" (the news would have taught the gold's spelling: a knowledge gap), "as
output" (the news writes it as palayesh did: UPDT's convention against the news', which the held-out
PerDT sentences share), "both" or "unseen". The summary line gives the mode's ZWNJ precision and recall.
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


#: the index of each gap label in the news counts of a pair (with a ZWNJ, apart, glued: ``news_counts``)
COUNT_INDEX = {"ZWNJ": 0, "SPACE": 1, "NONE": 2}


def news_side(c, gold: str, pred: str) -> str:
    """Which spelling of a wrong gap the news counts ``c`` of its two parts back: the gold's label
    ``gold`` or the output's ``pred`` (NONE/ZWNJ/SPACE), by a factor of two, or "both", or "unseen".

    >>> news_side((2, 1, 9), "NONE", "ZWNJ"), news_side((9, 1, 2), "NONE", "ZWNJ"), news_side(None, "ZWNJ", "NONE")
    ('as gold', 'as output', 'unseen')
    >>> news_side((3, 0), "ZWNJ", "NONE"), news_side((3, 0, 2), "NONE", "ZWNJ"), news_side((0, 5), "ZWNJ", "NONE")
    ('as gold', 'both', 'unseen')
    """
    def seen(label):
        i = COUNT_INDEX[label]
        return c[i] if c is not None and i < len(c) else 0
    g, p = seen(gold), seen(pred)
    if not g and not p:
        return "unseen"
    if g >= 2 * p:
        return "as gold"
    if p >= 2 * g:
        return "as output"
    return "both"


def letters_of(scorer, text: str) -> str:
    """The letters of ``text`` as the scorer's skeleton counts them, unfolded (the news counts' spelling:
    «آدم», where the skeleton has «ادم»)."""
    import unicodedata
    return "".join(ch for ch in unicodedata.normalize("NFC", text) if scorer.is_letter(ch))


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
    ap.add_argument("--by-news", action="store_true",
                    help="split each class by how the news writes the wrong gap's two parts (news_side)")
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
    scored: Counter = Counter()
    counts = {}
    if args.by_news:
        import build_zwnj_model
        counts = build_zwnj_model.counts_of(args.shared / "data")
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
            scorer.compare(g, p, scored)
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
                if args.by_news:
                    # the parts at the gap as the output cut them where it put a ZWNJ, else as the gold did
                    text, labels = (p, pg) if y == "ZWNJ" else (g, gg)
                    _, na, nb = word_at(letters_of(scorer, text), labels, i)
                    c += " / news " + news_side(counts.get(na + "|" + nb), x, y)
                classes[(kind, c)] += 1
                examples[(kind, c)][f"{gw} => {pw}"] += 1
                rows.append(f"{k}\t{kind}\t{c}\t{gw}\t{pw}")
    total = sum(v for key, v in classes.items() if isinstance(key, tuple))
    print(f"{args.mode}: {total} wrong gaps; gold ZWNJs by class: {dict(gold_by_class.most_common())}")
    tp, pred, gold = scored["tp_zwnj"], scored["pred_zwnj"], scored["gold_zwnj"]
    prec, rec = tp / max(1, pred), tp / max(1, gold)
    print(f"ZWNJ P {prec:.4f} R {rec:.4f} F1 {2 * prec * rec / max(1e-9, prec + rec):.4f} "
          f"(gold {gold}, output {pred}, right {tp}; pooled over the folds)")
    for key, v in classes.most_common():
        print(f"{v:5d}  {key}")
        if isinstance(key, tuple):
            print("        " + " | ".join(f"{e} ×{n}" for e, n in examples[key].most_common(args.examples)))
    if args.dump:
        args.dump.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
