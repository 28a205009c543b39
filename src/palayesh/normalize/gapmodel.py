"""The learned gap model: half-space or not, where the rules leave the decision open.

The rules (:mod:`.zwnj`, :mod:`.morph`) propose every gap that could take a ZWNJ: a split inside a
glued word («ارزشها» -> «ارزش‌ها»?) or a join of two spaced words («رییس جمهوری» ->
«رییس‌جمهوری»?). Sure proposals (می/نمی before a verb, a spaced «ها»/«های») are applied as rules;
the model scores the others with a logistic regression over cheap features of the two parts
(the words themselves, their ends, their lexicon classes, the rule that proposed the gap, what the
line tells of its writer). It is trained by ``scripts/build_zwnj_model.py`` on correctly written
sentences (UPDT, Apache-2.0) and shipped as ``data/zwnj-model.tsv.gz``: one weight a line.

Scoring is pure Python: a sum of a few dict look-ups, memoized per gap.
"""
from __future__ import annotations

import gzip
import math
import threading
from importlib import resources as _ir
from itertools import repeat

from .morph import FUNCTION_WORDS, NON_JOINING

MODEL = "zwnj-model.tsv.gz"

#: kinds of gaps: a split inside a glued chunk, a join of two spaced chunks, and the glued «…های» that
#: reads two ways («حرفهای»: «حرف‌های» or «حرفه‌ای», see :func:`ambiguous_features`)
GLUED, SPACED, AMBIGUOUS = "G", "P", "A"


#: a news pair opens a gap for the model only if the news writes it with a ZWNJ this often; the counts
#: of the other pairs (written apart, or glued) are only read as features
MIN_OPEN_ZWNJ = 2


#: a spaced pair no rule proposes is the model's only in a document that glues its plurals on purpose
#: (Seraji's convention, :meth:`.convention.DocConvention.glues`) when the news writes it apart this many
#: times (log2) as often as with a ZWNJ: «به شدت» 32 to 1, «هر چند» 20 to 0, «به زودی». updt-train, written as
#: Seraji's treebank is, joins them; the news, written as PerDT is, does not
MAX_APART_LOG = -3.0
#: ... and at least this many times apart: fewer sightings are too few to tell a convention («رئیس جمهوری»,
#: 8 times apart and never with a ZWNJ). updt folds spaced .9520 -> .9518 without this floor, .9521 with it;
#: careful news spaced .9358 -> .9383 without, .9376 with it (-4 and no floor: .9519 and .9366)
MIN_APART_SIGHTINGS = 10


def written_apart(c) -> bool:
    """Do the news counts ``c`` (with a ZWNJ, apart[, glued]) write a pair apart far more often than with
    a ZWNJ (``MAX_APART_LOG``)?

    >>> written_apart((1, 32)), written_apart((2, 3)), written_apart((0, 8)), written_apart(None)
    (True, False, False, False)
    """
    return c is not None and c[1] >= MIN_APART_SIGHTINGS and math.log2((c[0] + 0.5) / (c[1] + 0.5)) < MAX_APART_LOG


def open_count_pairs(counts: dict) -> set:
    """The "a|b" of ``counts`` that open a gap by themselves (seen with a ZWNJ ``MIN_OPEN_ZWNJ`` times):
    a pair the news only writes apart or glued does not (opening those glued after a non-joining
    letter, «اگر چه», cost spaced F1 on the folds and the news)."""
    return {k for k, c in counts.items() if c[0] >= MIN_OPEN_ZWNJ}


def _cls(v) -> str:
    return "x" if v is None else str(v)


def _bucket(x: float) -> int:
    return int(math.floor(x))


def count_features(k: str, a: str, b: str, counts: dict) -> list[str]:
    """How the news writes the two parts: «a‌b» with a ZWNJ, «a b» apart, «ab» glued as one word
    (log-count buckets and log ratios). A pair the news writes apart (or glued) but hardly with a ZWNJ
    is told from one it never shows («در حال», 205 times apart, is not an unseen pair). A glued gap
    reads only the pairs the news writes with a ZWNJ (the others cost deleted F1 on the folds)."""
    c = counts.get(a + "|" + b)
    if k == GLUED and b[:2] in HABIT_AFFIXES:
        return [f"{k}n0", habit_feature(c)] if c is None or c[0] < MIN_OPEN_ZWNJ else [
            *_ratios(k, c), habit_feature(c)]
    if c is None or (k == GLUED and c[0] < MIN_OPEN_ZWNJ):
        return [f"{k}n0"]
    return _ratios(k, c)


#: the affixes a writer glues by habit («ارزشها», «بزرگترین»: Seraji's treebank about as often as it writes
#: the ZWNJ), whose glued split in a line that lost its ZWNJs is the model's (``zwnj.MODEL_GLUED_AFFIXES``)
HABIT_AFFIXES = ("ها", "تر")


def habit_feature(c) -> str:
    """How the news writes one word with a habit affix: glued «ab» against «a‌b» with a ZWNJ, as a
    log-ratio bucket («Gh-3»: the ZWNJ 8 times as often), «Gh_» a pair the news does not count.

    >>> habit_feature((16, 3, 2)), habit_feature((1, 40, 30)), habit_feature((5, 2)), habit_feature(None)
    ('Gh-3', 'Gh4', 'Gh-4', 'Gh_')
    """
    if c is None:
        return "Gh_"
    return f"Gh{max(-4, min(4, _bucket(habit_log(c))))}"


def habit_log(c) -> float:
    """log2 of how much more often the news glues a word «ab» than it writes «a‌b» (its counts ``c``).

    >>> round(habit_log((3, 10, 7)), 2), round(habit_log((40, 9)), 2)
    (1.1, -6.34)
    """
    return math.log2(((c[2] if len(c) > 2 else 0) + 0.5) / (c[0] + 0.5))


def _ratios(k: str, c) -> list[str]:
    """The log-count and log-ratio features of the news counts ``c`` of a pair (see count_features)."""
    zw, sp = c[0], c[1]
    ratio = _bucket(math.log2((zw + 0.5) / (sp + 0.5)))
    f = [f"{k}nz{min(_bucket(math.log2(zw)), 8) if zw else 'x'}", f"{k}nr{max(-6, min(6, ratio))}"]
    if len(c) > 2 and c[2] and k == SPACED:
        glued = _bucket(math.log2((c[2] + 0.5) / (sp + 0.5)))
        f.append(f"{k}ng{max(-6, min(6, glued))}")
    return f


def static_features(kind: str, a: str, b: str, code: int, res, morph, counts=None) -> list[str]:
    """Features of the gap between the parts ``a`` and ``b`` that do not depend on the line.

    ``code``: the rule that proposed it (a pair code of :meth:`ZwnjRestorer._pair_code`, or for a
    glued split 1 an affix, 3 a lexicon spelling, 4 a compound by morphology).

    >>> static_features("P", "رییس", "جمهوری", 0, None, None)[:3] == ["Pc0", "Pb=جمهوری", "Pa=رییس"]
    True
    """
    k = kind
    f = [f"{k}c{code}", f"{k}b={b}", f"{k}a={a}", f"{k}ab={a}|{b}", f"{k}a$={a[-1:]}", f"{k}b$={b[-2:]}",
         f"{k}b^={b[:2]}", f"{k}la={min(len(a), 7)}", f"{k}lb={min(len(b), 7)}", f"{k}c{code}a$={a[-1:]}"]
    if a in FUNCTION_WORDS:
        f.append(f"{k}fa")
    if b in FUNCTION_WORDS:
        f.append(f"{k}fb")
    if counts is not None:
        f += count_features(k, a, b, counts)
    if res is None:
        return f
    voc = res.vocab
    glued = a + b
    f.append(f"{k}va={_cls(voc.get(a))}")
    f.append(f"{k}vb={_cls(voc.get(b))}")
    f.append(f"{k}vab={_cls(voc.get(glued))}")
    form = res.forms.get(glued)
    if form is not None:
        s = "2" if glued in res.strong_forms else "0" if glued in res.listed_forms else "1"
        f.append(f"{k}fo{s}{int(form.startswith(a + chr(0x200C)))}")
    key = (a, b)
    if key in res.merge:
        f.append(f"{k}me{int(key in res.strong_merge)}")
    elif key in res.listed_merge:
        f.append(f"{k}mel")
    if key in res.keep:
        f.append(f"{k}keep")
    if b in res.bound_heads:
        f.append(f"{k}bh")
    h = res.heads.get(b)
    if h is not None:
        f.append(f"{k}hd{int(h * 4)}")
    h = res.leads.get(a)
    if h is not None:
        f.append(f"{k}ld{int(h * 4)}")
    if morph is not None:
        if b in morph.verb_forms:
            f.append(f"{k}vf")
        v = morph.verbal(b)
        if v:
            f.append(f"{k}vb{v}")
        if res.adjectives and a in res.adjectives:
            f.append(f"{k}adj")
    return f


class StaticMargins:
    """The model's margin of the line-free features of a gap: ``model.margin(static_features(kind, a, b, code,
    res, morph, counts))``, equal to the last bit, in less time: the weights of the features of one part
    alone (most of them: «Pb=جمهوری», «Pa$=س», «Pvb=3» …) are looked up once per part and kept, so a new pair
    of known parts builds only the names of its pair features. The weights are added in the order of
    :func:`static_features`, with 0.0 for a feature absent or unknown to the model (x + 0.0 is x), so the sum
    is the same float. (:func:`static_features` stays the definition: the trainer's, and
    ``tests/test_normalize_shortcuts.py`` compares the two.)

    >>> m = GapModel({"Pb=جمهوری": 3.0, "Pa=رییس": 1.0}, bias=-1.0)
    >>> fast = StaticMargins(m, None, None)("P", "رییس", "جمهوری", 0)
    >>> fast == m.margin(static_features("P", "رییس", "جمهوری", 0, None, None))
    True
    """

    def __init__(self, model: GapModel, res, morph, counts=None):
        self.bias = model.bias
        self.weight = model.weights.get
        self.res, self.morph, self.counts = res, morph, counts
        self._a: dict = {}  # (kind, first part) -> weights of its own features
        self._b: dict = {}  # (kind, second part) -> weights of its own features

    def _first(self, k: str, a: str) -> tuple:
        w, res, morph = self.weight, self.res, self.morph
        fa = w(f"{k}fa", 0.0) if a in FUNCTION_WORDS else 0.0
        if res is None:
            va = ld = adj = 0.0
        else:
            va = w(f"{k}va={_cls(res.vocab.get(a))}", 0.0)
            h = res.leads.get(a)
            ld = w(f"{k}ld{int(h * 4)}", 0.0) if h is not None else 0.0
            adj = w(f"{k}adj", 0.0) if morph is not None and res.adjectives and a in res.adjectives else 0.0
        t = (w(f"{k}a={a}", 0.0), w(f"{k}a$={a[-1:]}", 0.0), w(f"{k}la={min(len(a), 7)}", 0.0), fa, va, ld, adj)
        self._a[k, a] = t
        return t

    def _second(self, k: str, b: str) -> tuple:
        w, res, morph = self.weight, self.res, self.morph
        fb = w(f"{k}fb", 0.0) if b in FUNCTION_WORDS else 0.0
        vb = bh = hd = vf = vv = 0.0
        if res is not None:
            vb = w(f"{k}vb={_cls(res.vocab.get(b))}", 0.0)
            if b in res.bound_heads:
                bh = w(f"{k}bh", 0.0)
            h = res.heads.get(b)
            if h is not None:
                hd = w(f"{k}hd{int(h * 4)}", 0.0)
            if morph is not None:
                if b in morph.verb_forms:
                    vf = w(f"{k}vf", 0.0)
                v = morph.verbal(b)
                if v:
                    vv = w(f"{k}vb{v}", 0.0)
        t = (w(f"{k}b={b}", 0.0), w(f"{k}b$={b[-2:]}", 0.0), w(f"{k}b^={b[:2]}", 0.0),
             w(f"{k}lb={min(len(b), 7)}", 0.0), fb, vb, bh, hd, vf, vv)
        self._b[k, b] = t
        return t

    def __call__(self, k: str, a: str, b: str, code: int) -> float:
        w = self.weight
        A = self._a.get((k, a)) or self._first(k, a)
        B = self._b.get((k, b)) or self._second(k, b)
        ws = [w(f"{k}c{code}", 0.0), B[0], A[0], w(f"{k}ab={a}|{b}", 0.0), A[1], B[1], B[2], A[2], B[3],
              w(f"{k}c{code}a$={a[-1:]}", 0.0), A[3], B[4]]
        if self.counts is not None:
            ws += [w(f, 0.0) for f in count_features(k, a, b, self.counts)]
        res = self.res
        if res is not None:
            glued = a + b
            ws += (A[4], B[5], w(f"{k}vab={_cls(res.vocab.get(glued))}", 0.0))
            form = res.forms.get(glued)
            if form is not None:
                s = "2" if glued in res.strong_forms else "0" if glued in res.listed_forms else "1"
                ws.append(w(f"{k}fo{s}{int(form.startswith(a + chr(0x200C)))}", 0.0))
            key = (a, b)
            if key in res.merge:
                ws.append(w(f"{k}me{int(key in res.strong_merge)}", 0.0))
            elif key in res.listed_merge:
                ws.append(w(f"{k}mel", 0.0))
            if key in res.keep:
                ws.append(w(f"{k}keep", 0.0))
            ws += (B[6], B[7], A[5], B[8], B[9], A[6])
        return self.bias + sum(ws)


def _word_class(w: str, res, morph) -> str:
    """A neighbour's class for :func:`ambiguous_features`: "#" a line edge or a mark, "0" a number, "f" a
    function word, "v" a verb form (with «می»/«نمی»: «میشود»), "p" a participle or an infinitive, "j" an
    adjective of the lexicon, "y" a word in ی (an adjective or an indefinite), "n" any other word."""
    if w in ("#", "0"):
        return w
    if w in FUNCTION_WORDS:
        return "f"
    if morph is not None:
        vf = morph.verb_forms
        if w in vf or (w[:2] == "می" and w[2:] in vf) or (w[:3] == "نمی" and w[3:] in vf):
            return "v"
        if morph.verbal(w):
            return "p"
    if res is not None and res.adjectives and w in res.adjectives:
        return "j"
    return "y" if w[-1:] == "ی" else "n"


def ambiguous_features(stem: str, plural: bool, before: str, after: str, res, morph, counts=None,
                       line: str = "") -> list[str]:
    """Features of a glued «stem+های» that reads as the plural «stem‌های» or as the indefinite
    «stemه‌ای» (the model's margin speaks for the indefinite): the reading the lexicon gives it
    (``plural``), the stem, the two neighbours (``before``, ``after``: words without ZWNJ, "#" an edge
    or a mark, "0" a number) as words and as classes (:func:`_word_class`: an ezafe goes on to a noun or
    a pronoun, «حرف‌های او», an indefinite stands before an adjective, «که» or a verb, «کینه‌ای تلخ»,
    «زمینه‌ای می‌شود»), what the news tells of each neighbour (``res.context``: log-likelihood ratios of
    the indefinite), and how often the news writes each reading of the stem (``counts``).

    >>> ambiguous_features("حرف", False, "#", "او", None, None)[:4]
    ['A0', 'Ar0', 'Ax=حرف', 'Ax$=ف']
    """
    k = AMBIGUOUS
    ca, cb = _word_class(after, res, morph), _word_class(before, res, morph)
    f = [f"{k}0", f"{k}r{int(plural)}", f"{k}x={stem}", f"{k}x$={stem[-1:]}", f"{k}a={after}", f"{k}b={before}",
         f"{k}ac={ca}", f"{k}bc={cb}", f"{k}ac={ca}r{int(plural)}", f"{k}bc={cb}ac={ca}"]
    if line:
        f += [f"{k}{line}", f"{k}{line}r{int(plural)}"]
    if res is not None:
        ctx = res.context
        la, lb = ctx.get(">" + after, 0), ctx.get("<" + before, 0)
        f += [f"{k}la{max(-4, min(4, la // 100))}", f"{k}lb{max(-4, min(4, lb // 100))}",
              f"{k}l{max(-6, min(6, (la + lb) // 100))}r{int(plural)}"]
        v, vh = res.vocab.get(stem), res.vocab.get(stem + "ه")
        f.append(f"{k}v{_cls(v)}:{_cls(vh)}")
        if v is not None and vh is not None:
            f.append(f"{k}vd{max(-3, min(3, vh - v))}")
    if counts is not None:
        cp, ci = counts.get(stem + "|های"), counts.get(stem + "ه|ای")
        # (only the counts of pairs the news writes with a ZWNJ MIN_OPEN_ZWNJ times: the model ships no others)
        p = cp[0] if cp is not None and cp[0] >= MIN_OPEN_ZWNJ else 0
        i = ci[0] if ci is not None and ci[0] >= MIN_OPEN_ZWNJ else 0
        if p or i:
            f.append(f"{k}n{max(-5, min(5, _bucket(math.log2((i + 0.5) / (p + 0.5)))))}")
    return f


def context_features(kind: str, rule: int, mode: int, has_zwnj: bool, extra: str = "", more=()) -> list[str]:
    """Features of the line around a gap: what the rules decided there, the line's writer; ``more``:
    features of the neighbouring words, as they are."""
    k = kind
    z = int(has_zwnj)
    f = [f"{k}r{rule}", f"{k}m{mode}z{z}", f"{k}r{rule}m{mode}z{z}"]
    if extra:
        f.append(f"{k}{extra}")
        f.append(f"{k}r{rule}{extra}")
    f.extend(k + m for m in more)
    return f


#: the document's signs (:meth:`.convention.DocConvention.sign`) and the only way each may move a margin:
#: "D" towards a ZWNJ (+1), "N" away from it (-1); their features are named ``<kind>~<sign>…``
DOC_SIGNS = {"D": 1, "N": -1}


def doc_features(kind: str, sign: str, rule: int, code: int, extra: str) -> list[str]:
    """Features of a spaced pair read with its document's sign ``sign``, added to the others: the sign
    alone, with the rules' decision, with the pair's rule code, with the line's signs ``extra``.

    >>> doc_features("P", "D", 0, 3, "g0s0")
    ['P~D', 'P~Dr0', 'P~Dc3', 'P~Dg0s0']
    """
    k = f"{kind}~{sign}"
    return [k, f"{k}r{rule}", f"{k}c{code}", f"{k}{extra}"]


class GapModel:
    """A logistic regression over feature strings: ``P(ZWNJ) = sigmoid(bias + sum of weights)``.

    >>> m = GapModel({"Pb=جمهوری": 3.0}, bias=-1.0)
    >>> m.margin(["Pb=جمهوری", "unseen"]) > 0, m.margin(["unseen"]) > 0
    (True, False)
    """

    def __init__(self, weights: dict, bias: float = 0.0, threshold: float = 0.0, counts: dict | None = None,
                 pairs: set | None = None):
        self.weights = weights
        #: "a|b": word parts the training text writes with a ZWNJ between them; a spaced «a b» is an
        #: open gap for the model even where no rule proposes it («هر چند», «به سرعت»)
        self.pairs = pairs if pairs is not None else set()
        #: "a|b" -> (sightings of «a‌b», of «a b», [of «ab» glued]) in the news: the corpus counts the
        #: features read; a pair seen with a ZWNJ fewer than ``MIN_OPEN_ZWNJ`` times opens no gap by itself
        self.counts = counts if counts is not None else {}
        self.bias = bias
        #: margin above which a gap takes a ZWNJ (0 = probability 0.5)
        self.threshold = threshold

    def margin(self, feats) -> float:
        return self.bias + sum(map(self.weights.get, feats, repeat(0.0)))  # (the look-ups in C, in order)

    @staticmethod
    def probability(margin: float) -> float:
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, margin))))

    def dumps(self) -> str:
        """The model as text: a header, then ``feature<TAB>weight`` sorted by feature."""
        lines = [f"#bias\t{self.bias!r}", f"#threshold\t{self.threshold!r}"]
        lines += [f"{k}\t{v!r}" for k, v in sorted(self.weights.items())]
        lines += [f"@{k}\t" + "\t".join(map(str, c)) for k, c in sorted(self.counts.items())]
        lines += [f"+{k}" for k in sorted(self.pairs)]
        return "\n".join(lines) + "\n"

    @classmethod
    def loads(cls, text: str) -> GapModel:
        weights, bias, threshold, counts, pairs = {}, 0.0, 0.0, {}, set()
        for line in text.split("\n"):
            if not line:
                continue
            if line[0] == "+":
                pairs.add(line[1:])
                continue
            if line[0] == "@":
                k, _, rest = line[1:].partition("\t")
                counts[k] = tuple(map(int, rest.split("\t")))
                continue
            k, _, v = line.rpartition("\t")
            if k == "#bias":
                bias = float(v)
            elif k == "#threshold":
                threshold = float(v)
            else:
                weights[k] = float(v)
        return cls(weights, bias, threshold, counts, pairs)


_LOCK = threading.Lock()
_CACHE: GapModel | None = None


def load() -> GapModel | None:
    """The shipped model (cached), or None when the package has none."""
    global _CACHE
    if _CACHE is None:
        with _LOCK:
            if _CACHE is None:
                f = _ir.files("palayesh") / "data" / MODEL
                if not f.is_file():
                    return None
                _CACHE = GapModel.loads(gzip.decompress(f.read_bytes()).decode("utf-8"))
    return _CACHE


def joins_visibly(a: str) -> bool:
    """A ZWNJ after ``a`` is visible (its last letter joins the next)."""
    return a[-1:] not in NON_JOINING
