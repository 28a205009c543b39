#!/usr/bin/env python3
"""Train the ZWNJ gap model of palayesh on correctly written sentences.

    PYTHONPATH=src python scripts/build_zwnj_model.py [SHARED_DATA_DIR]   # default: ../shared/data

Reads ``updt-train/updt-train.txt`` (UPDT, Apache-2.0: 4,739 sentences written with their
half-spaces). Each sentence is corrupted the ways crawled text is (every ZWNJ deleted, every ZWNJ
typed as a space, left as it is, and a seeded mix of the three), run through the rules of
``palayesh.normalize.zwnj`` -- whose lexicon comes from the news corpus, see
``build_normalize_data.py`` -- and every gap the rules leave open (see ``normalize/gapmodel.py``)
becomes one example, labelled by the gold sentence. A logistic regression is fitted by plain
stochastic gradient descent in a fixed order, so a rebuild gives the same bytes.
``zwnj-dev/`` is for measuring and is never read here.

Writes ``src/palayesh/data/zwnj-model.tsv.gz`` (one ``feature<TAB>weight`` a line).
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib.util
import json
import math
import os
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from palayesh.normalize import (  # noqa: E402
    NormalizeOptions,
    Normalizer,
    resources,  # noqa: E402
)
from palayesh.normalize.convention import DocConvention  # noqa: E402
from palayesh.normalize.gapmodel import (  # noqa: E402
    AMBIGUOUS,
    DOC_SIGNS,
    GLUED,
    MIN_OPEN_ZWNJ,
    SPACED,
    GapModel,
    open_count_pairs,
)
from palayesh.normalize.zwnj import ZwnjRestorer  # noqa: E402

OUT = REPO / "src" / "palayesh" / "data" / "zwnj-model.tsv.gz"
ZWNJ = "\u200c"

#: passes over the examples, L2 weight, learning rate (AdaGrad): a small, smooth model
EPOCHS = 6
L2 = float(os.environ.get("ZM_L2", "1e-5"))
RATE = 0.2
#: features seen fewer times than this are dropped (names of rare pairs would only memorize)
MIN_FEATURE_COUNT = int(os.environ.get("ZM_MINC", "2"))
#: weights smaller than this are not shipped
MIN_WEIGHT = 0.01
SEED = 16
#: examples drawn from documents read in order, each with its own convention (see ``_streams``)
DOC_STREAMS = os.environ.get("ZM_DOC", "1") == "1"
#: fits averaged (each in its own seeded order, see _fit_one); 1 and 3 on the updt folds, OPEN_CLITICS
#: on: deleted .9055 / .9056, spaced .9449 / .9442 (single fits in orders 1 and 2: spaced .9439, .9446)
BAGS = int(os.environ.get("ZM_BAGS", "3"))
#: each epoch visits the examples in an order keyed by the examples themselves (``example_keys``), not
#: by their indices; "0": the index shuffle of s74 and before
KEYED_ORDER = os.environ.get("ZM_KEYED", "1") == "1"
#: two words of letters (and ZWNJs) joined by "|": the pairs whose spaced counts are shipped
LETTER_PAIR_RE = re.compile("[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06cc\u06a9\u06af\u067e\u0686\u0698\u200c]+"
                            "[|][\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06cc\u06a9\u06af\u067e\u0686\u0698\u200c]+")


def is_letter(ch: str) -> bool:
    """A letter as ``score_zwnj.py`` counts them (its gaps are between two such letters)."""
    return ("\u0621" <= ch <= "\u064a") or ("\u0671" <= ch <= "\u06d3") or ch in "ۀۂیکگپچژ"


def corruptions(gold: str, rng: random.Random):
    yield gold.replace(ZWNJ, "")
    yield gold.replace(ZWNJ, " ")
    yield gold
    if ZWNJ in gold:
        yield "".join(rng.choice((ZWNJ, "", " ")) if ch == ZWNJ else ch for ch in gold)


def gold_gaps(gold: str):
    """Letters and gap labels of ``gold``, as the scorer sees them."""
    return _scorer().skeleton(gold)


_SCORER = None


def _scorer():
    global _SCORER
    if _SCORER is None:
        path = REPO.parent / "shared" / "tools" / "score_zwnj.py"
        spec = importlib.util.spec_from_file_location("score_zwnj", path)
        _SCORER = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(_SCORER)
    return _SCORER


#: a pair of parts the news writes with a ZWNJ at least this often gets its counts shipped (and opens a
#: gap for the model, see ``gapmodel.MIN_OPEN_ZWNJ``)
MIN_PAIR_ZWNJ = MIN_OPEN_ZWNJ
#: ... and so does a pair it writes apart at least this often: «در حال» 200 times apart is evidence,
#: not an unseen pair (its counts are features only)
MIN_PAIR_SPACED = int(os.environ.get("ZM_MINSP", "2"))
_PUNCT = "،.؛:!؟«»()[]\"'-…"


def news_counts(path: Path) -> dict:
    """"a|b" -> (sightings of «a‌b» inside a word, of «a b» as neighbours, of «ab» as one word) in the
    even articles of the news corpus (the odd ones validate), for every pair of letter words seen with a
    ZWNJ ``MIN_PAIR_ZWNJ`` times or apart ``MIN_PAIR_SPACED`` times."""
    norm = Normalizer(NormalizeOptions(zwnj=False))
    zw, sp, one = Counter(), Counter(), Counter()
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i % 2:
                continue
            rec = json.loads(line)
            texts = [rec[k] for k in ("title", "abstract") if rec.get(k)]
            texts += [p for p in rec.get("paragraphs") or [] if p]
            for t in texts:
                words = norm.normalize(t).split()
                for w in words:
                    if ZWNJ in w:
                        parts = w.split(ZWNJ)
                        for a, b in zip(parts, parts[1:]):
                            zw[a + "|" + b] += 1
                    else:
                        one[w.strip(_PUNCT)] += 1
                for a, b in zip(words, words[1:]):
                    a = a.rsplit(ZWNJ, 1)[-1]
                    b = b.split(ZWNJ, 1)[0]
                    sp[a + "|" + b] += 1
    out = {}
    for k in sorted(set(zw) | set(sp)):
        z, s = zw.get(k, 0), sp.get(k, 0)
        if z < MIN_PAIR_ZWNJ and (s < MIN_PAIR_SPACED or not LETTER_PAIR_RE.fullmatch(k)):
            continue
        g = one.get(k.replace("|", ""), 0)
        out[k] = (z, s, g) if g else (z, s)
    return out


_COUNTS = {}


def counts_of(shared_data: Path | None) -> dict:
    if shared_data is None:
        return {}
    if shared_data not in _COUNTS:
        _COUNTS[shared_data] = news_counts(shared_data / "corpora" / "news-dev.jsonl.gz")
    return _COUNTS[shared_data]


def zwnj_pairs(lines: list[str]) -> set:
    """"a|b" for every two word parts written with a ZWNJ between them in ``lines``."""
    out = set()
    for line in lines:
        for w in line.split():
            if ZWNJ in w:
                parts = w.split(ZWNJ)
                out.update(a + "|" + b for a, b in zip(parts, parts[1:]) if a and b)
    return out


def _streams(lines: list[str], rng: random.Random, n_first: int):
    """(gold, corrupted) for every corruption of every line, as documents read in order: each way of
    corrupting (deleted, spaced, clean, mixed) over the first ``n_first`` lines (one document: updt-train)
    and over the others (another: the news paragraphs); (None, None) starts a document. With
    ``DOC_STREAMS`` the restorer learns each document's convention as ``palayesh normalize`` does
    (:mod:`palayesh.normalize.convention`), so that the line signs the features read are those of a run;
    otherwise each line's corruptions come together, every line alone."""
    if not DOC_STREAMS:
        yield None, None
        for gold in lines:
            for raw in corruptions(gold, rng):
                yield gold, raw
        return
    for how in range(4):
        for part in (lines[:n_first], lines[n_first:]):
            yield None, None
            for gold in part:
                if how == 3:
                    if ZWNJ in gold:
                        yield gold, "".join(rng.choice((ZWNJ, "", " ")) if ch == ZWNJ else ch for ch in gold)
                else:
                    yield gold, (gold.replace(ZWNJ, ""), gold.replace(ZWNJ, " "), gold)[how]


def examples(lines: list[str], counts: dict | None = None, pairs: set | None = None, n_news: int = 0):
    """(features, label) of every open gap of every corruption of every line (the last ``n_news`` of
    them news paragraphs, see ``_streams``)."""
    norm = Normalizer(NormalizeOptions(zwnj_model=False))
    restorer = ZwnjRestorer(resources.load())
    restorer.counts = counts or {}
    restorer.add_pairs(open_count_pairs(restorer.counts) | (pairs or set()))
    rng = random.Random(SEED)
    out = []
    for gold, raw in _streams(lines, rng, len(lines) - n_news):
        if raw is None:
            restorer.doc = DocConvention() if DOC_STREAMS else None
            continue
        gl, gg = gold_gaps(gold)
        text, _ = norm._chars.normalize(raw, Counter())
        if "\n" in text:
            continue
        restorer.collect = []
        restorer.restore_line(text, Counter())
        if not restorer.collect:
            continue
        chunks = text.split(" ")
        before = [0]
        for c in chunks:
            before.append(before[-1] + sum(1 for ch in c if is_letter(ch)))
        if before[-1] != len(gl):
            continue
        for kind, j, p, feats, _rule in restorer.collect:
            if kind != SPACED:  # (a glued gap, or the «ای» of an ambiguous «…های»: a ZWNJ there is its label)
                k = before[j] + sum(1 for ch in chunks[j][:p] if is_letter(ch)) - 1
                g = gg[k]
                if g == "SPACE" or g == "OTHER":
                    continue
                y = g == "ZWNJ"
            else:
                k = before[j] - 1
                g = gg[k]
                if g == "OTHER":
                    continue
                y = g != "SPACE"
            out.append((feats, y))
    restorer.collect = None
    restorer.doc = None
    return out


def fit(data, counts: dict | None = None, pairs: set | None = None) -> GapModel:
    """Logistic regressions by AdaGrad SGD over the examples in a seeded order, one for each kind of
    gap (their features are apart, see ``gapmodel``): examples added for one kind (the glued words of
    lines that lost their ZWNJs) leave the other's weights as they were. The spaced kind's bias is
    the model's; the glued kind's difference to it goes on its rule-code features (one per example)."""
    by_kind: dict = {}
    for ex in data:
        by_kind.setdefault(ex[0][0][0] if ex[0] else "", []).append(ex)
    weights: dict = {}
    biases = {}
    for kind in sorted(by_kind):
        # the model of a line without its document's sign first, then the sign's weights on top of it
        # (``_fit_signs``): a text of one line, which shows no sign, is read as without them
        plain = [([f for f in feats if f[1:2] != "~"], y) for feats, y in by_kind[kind]]
        w, biases[kind] = _fit_one(plain)
        weights.update(w)
        weights.update(_fit_signs(by_kind[kind], w, biases[kind]))
    bias = biases.get(SPACED, biases.get(GLUED, 0.0))
    for kind in (GLUED, AMBIGUOUS):
        if kind in biases:
            shift = biases[kind] - bias
            # "Gc<code>", "A0": the first feature of each example of the kind
            codes = {f for feats, _ in by_kind[kind] for f in feats[:1]}
            for f in sorted(codes):
                weights[f] = round(weights.get(f, 0.0) + shift, 4)
    weights = {f: v for f, v in weights.items() if abs(v) >= MIN_WEIGHT}
    model = GapModel(weights, round(bias, 4), 0.0, counts, set())
    model.pairs = joinable(model, (pairs or set()) | open_count_pairs(counts or {}), data)
    model.counts = reachable_counts(model)
    return model


def reachable_counts(model: GapModel) -> dict:
    """The model's news counts that a gap can read: a pair written with a ZWNJ (glued gaps read those),
    one the model may join unprompted (``model.pairs``), or one a rule proposes (its pair code is not
    0). The others (most pairs the news writes apart) are never looked up: not shipped, so the model
    loads fast."""
    restorer = ZwnjRestorer(resources.load())
    out = {}
    for k, c in model.counts.items():
        a, _, b = k.partition("|")
        if c[0] >= MIN_OPEN_ZWNJ or k in model.pairs or restorer._pair_code(a, b):
            out[k] = c
    return out


def _fit_one(data) -> tuple[dict, float]:
    """The weights and bias of a logistic regression fitted by AdaGrad SGD, averaged over ``BAGS`` fits
    in different seeded orders: one order alone moves single weights by up to ±1 and the fold scores by
    ±0.0005, which hides the effect of a change."""
    seen = Counter(f for feats, _ in data for f in feats)
    index = {f: i for i, f in enumerate(sorted(f for f, n in seen.items() if n >= MIN_FEATURE_COUNT))}
    rows = [([index[f] for f in feats if f in index], 1.0 if y else 0.0) for feats, y in data]
    keys = example_keys(data) if KEYED_ORDER else None
    total = [0.0] * len(index)
    total_bias = 0.0
    for bag in range(BAGS):
        w, bias = _sgd(rows, len(index), SEED + bag, keys=keys)
        total = [t + x for t, x in zip(total, w)]
        total_bias += bias
    names = sorted(index, key=index.get)
    return {f: round(total[i] / BAGS, 4) for f, i in zip(names, range(len(names)))}, total_bias / BAGS


def _fit_signs(data, base: dict, bias: float) -> dict:
    """The weights of the document signs' features (``gapmodel.doc_features``) fitted with every other
    weight fixed (``base``, ``bias``: the model without them), each kept on the side its sign allows
    (``gapmodel.DOC_SIGNS``), averaged over ``BAGS`` seeded orders."""
    rows, offsets, keys = [], [], []
    names = sorted({f for feats, _ in data for f in feats if f[1:2] == "~"})
    seen = Counter(f for feats, _ in data for f in feats if f[1:2] == "~")
    index = {f: i for i, f in enumerate(f for f in names if seen[f] >= MIN_FEATURE_COUNT)}
    for (feats, y), key in zip(data, example_keys(data)):
        ids = [index[f] for f in feats if f in index]
        if ids:
            rows.append((ids, 1.0 if y else 0.0))
            offsets.append(bias + sum(base.get(f, 0.0) for f in feats if f[1:2] != "~"))
            keys.append(key)
    sides = {i: DOC_SIGNS[f[2]] for f, i in index.items()}
    total = [0.0] * len(index)
    for bag in range(BAGS):
        w, _ = _sgd(rows, len(index), SEED + bag, sides, offsets, keys if KEYED_ORDER else None)
        total = [t + x for t, x in zip(total, w)]
    return {f: round(total[i] / BAGS, 4) for f, i in index.items()}


_MASK64 = (1 << 64) - 1


def _mix64(x: int) -> int:
    """splitmix64's finalizer: a fixed, platform-free scramble of a 64-bit integer."""
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9 & _MASK64
    x = (x ^ (x >> 27)) * 0x94D049BB133111EB & _MASK64
    return x ^ (x >> 31)


def example_keys(data) -> list[int]:
    """A 64-bit key of each example (features, label) of ``data`` drawn from what it is, not from where it
    stands: its sorted features, its label and how many identical examples came before it. The SGD visits
    the examples in the order of their keys scrambled by the seed and the epoch (:func:`keyed_order`), so
    adding or dropping a few examples leaves the others in the same order relative to each other. With an
    order shuffled by index (s74 and before), one example more or less reshuffled the whole fit, and its
    noise hid the effect of small changes. Measured by refitting without 1 UPDT line in 200 (in 97): the
    output lines that change over the 4,739 UPDT lines and 935 validation news paragraphs, spaced, go from
    66 and 46 (74 and 29) to 62 and 29 (71 and 20), deleted from 26 and 6 (27 and 3) to 23 and 6 (24 and
    3); the rest of the change is the examples' own (a dropped line changes the pairs that the others'
    features read).

    >>> a, b = example_keys([(["x", "y"], True), (["y", "x"], True)])
    >>> a != b, example_keys([(["z"], False), (["x", "y"], True)])[1] == a
    (True, True)
    """
    seen: Counter = Counter()
    keys = []
    for feats, y in data:
        text = "\x1f".join(sorted(feats)) + ("\x1e1" if y else "\x1e0")
        seen[text] += 1
        digest = hashlib.blake2b(f"{text}\x1d{seen[text]}".encode(), digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little"))
    return keys


def keyed_order(keys: list[int], seed: int, epoch: int) -> list[int]:
    """The indices of the examples with these :func:`example_keys` ``keys``, in the order of their keys
    scrambled by ``seed`` and ``epoch``: an example's place among the others depends on the keys alone, so
    an example added or dropped leaves the others' order as it was.

    >>> keys = example_keys([([f"f{i}"], i % 2 == 0) for i in range(6)])
    >>> order = keyed_order(keys, 16, 0)
    >>> rest = keys[1:]  # the first example dropped
    >>> [rest[i] for i in keyed_order(rest, 16, 0)] == [keys[i] for i in order if i != 0]
    True
    >>> order != keyed_order(keys, 16, 1) and sorted(order) == list(range(6))
    True
    """
    salt = _mix64((seed << 8 | epoch) + 0x9E3779B97F4A7C15 & _MASK64)
    return sorted(range(len(keys)), key=lambda r: _mix64(keys[r] ^ salt))


def _sgd(rows: list, n: int, seed: int, sides: dict | None = None, offsets: list | None = None,
         keys: list | None = None) -> tuple[list, float]:
    """One AdaGrad SGD fit of the ``rows`` (feature indices, label) in the order seeded by ``seed``;
    ``sides``: index -> +1 (-1) for a weight kept at or above (below) 0, projected after each step;
    ``offsets``: each row's fixed margin, for a fit without a bias of its own; ``keys``: each row's
    :func:`example_keys` key, which orders the rows in each epoch (scrambled by the seed and the epoch);
    without them, a shuffle of the rows' indices."""
    sides = sides or {}
    w = [0.0] * n
    g2 = [1e-8] * n
    bias, bias_g2 = 0.0, 1e-8
    order = list(range(len(rows)))
    rng = random.Random(seed)
    for epoch in range(EPOCHS):
        if keys is None:
            rng.shuffle(order)
        else:
            order = keyed_order(keys, seed, epoch)
        for r in order:
            ids, y = rows[r]
            z = (bias if offsets is None else offsets[r]) + sum(w[i] for i in ids)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = p - y
            if offsets is None:
                bias_g2 += g * g
                bias -= RATE * g / math.sqrt(bias_g2)
            for i in ids:
                gi = g + L2 * w[i]
                g2[i] += gi * gi
                w[i] -= RATE * gi / math.sqrt(g2[i])
                if i in sides and w[i] * sides[i] < 0:
                    w[i] = 0.0
    return w, bias


#: a pair no rule proposes is kept open only if its best margin comes this close to the threshold
JOINABLE_SLACK = 1.0


def joinable(model: GapModel, pairs: set, data) -> set:
    """The ``pairs`` the model could join where no rule proposes them: their own weights plus the most
    favourable line context seen in training clear the threshold (within ``JOINABLE_SLACK``). The
    others would be looked up in every line for nothing."""
    from palayesh.normalize.gapmodel import SPACED, static_features
    from palayesh.normalize.morph import Morphology

    res = resources.load()
    morph = ZwnjRestorer(res).morph
    assert isinstance(morph, Morphology)
    w = model.weights.get
    best_context = max(
        (sum(w(f, 0.0) for f in feats if f[:2] in ("Pr", "Pm", "Pg") or f[:3] == "Pnv") for feats, _ in data
         if feats and feats[0] == "Pc0"), default=0.0)
    out = set()
    for p in pairs:
        a, _, b = p.partition("|")
        m = model.bias + best_context + sum(w(f, 0.0) for f in static_features(SPACED, a, b, 0, res, morph,
                                                                               model.counts))
        if m > model.threshold - JOINABLE_SLACK:
            out.add(p)
    return out


def careful_paragraphs(path: Path, n: int, part: int = 0) -> list[str]:
    """``n`` news paragraphs (a seeded sample) written with care: at least three half-spaces, no «می»
    standing alone, nothing the rules would change. ``part`` 0: from the even articles (training),
    1: from the odd ones (validation in ``eval_zwnj_folds.py --news``). Each paragraph is judged
    alone (a writer who glues plurals on purpose is not the convention taught here)."""
    norm = Normalizer(NormalizeOptions(zwnj_model=False), conventions=False)
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i % 2 != part:
                continue
            rec = json.loads(line)
            for p in rec.get("paragraphs") or []:
                p = " ".join(p.split())
                if p.count(ZWNJ) < 3 or " می " in f" {p} " or " نمی " in f" {p} " or len(p) > 600:
                    continue
                if norm.normalize(p) == p:
                    out.append(p)
    random.Random(SEED).shuffle(out)
    return out[:n]


#: careful news paragraphs beside the UPDT sentences: the news writes as PerDT does (plurals, «ترین»
#: after ZWNJ), which UPDT (Seraji's convention) often glues; PerDT is most of the treebank text
NEWS_PARAGRAPHS = 3000
#: each news paragraph counts this many times: the news is ~30 % of the words otherwise, PerDT ~70 %
#: of the treebank sentences (1,456 of 2,055 in the dev split's README counts)
NEWS_WEIGHT = int(os.environ.get("ZM_NEWSW", "1"))


def train(lines: list[str], shared_data: Path | None = None) -> GapModel:
    """The gap model trained on the gold ``lines`` and careful paragraphs of ``shared_data``'s news."""
    news = careful_paragraphs(shared_data / "corpora" / "news-dev.jsonl.gz", NEWS_PARAGRAPHS) if shared_data else []
    counts = counts_of(shared_data)
    pairs = zwnj_pairs(lines)
    return fit(examples(lines + news * NEWS_WEIGHT, counts, pairs, len(news) * NEWS_WEIGHT), counts, pairs)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("shared", nargs="?", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("-o", "--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    t0 = time.time()
    path = args.shared / "updt-train" / "updt-train.txt"
    lines = [line.rstrip("\n") for line in path.open(encoding="utf-8") if line.strip()]
    news = careful_paragraphs(args.shared / "corpora" / "news-dev.jsonl.gz", NEWS_PARAGRAPHS)
    counts = counts_of(args.shared)
    pairs = zwnj_pairs(lines)
    data = examples(lines + news * NEWS_WEIGHT, counts, pairs, len(news) * NEWS_WEIGHT)
    model = fit(data, counts, pairs)
    raw = model.dumps().encode("utf-8")
    args.out.write_bytes(gzip.compress(raw, mtime=0))
    print(f"{len(data)} examples, {len(model.weights)} weights, {args.out.stat().st_size} bytes, "
          f"{time.time() - t0:.0f} s -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
