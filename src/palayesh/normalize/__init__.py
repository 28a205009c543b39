"""Persian normalization: letters, digits, marks, spacing and lost half-spaces (ZWNJ).

- :mod:`.chars` -- character tables and regex rules (ي/ك, digits, diacritics, spaces, entities…)
- :mod:`.zwnj` -- the half-space restorer; :mod:`.morph` its affix rules; :mod:`.resources` its data;
  :mod:`.gapmodel` the learned model that decides the gaps the rules leave open (:func:`explain` says who decided)
- :mod:`.step` -- the pipeline step; :mod:`.options` -- :class:`NormalizeOptions`

Resources load lazily, on the first text that needs them.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from .convention import DocConvention
from .options import NormalizeOptions

__all__ = ["NormalizeOptions", "Normalizer", "explain", "normalize"]

#: ZWNJ passes over a line at most: lines settle in two (see :meth:`Normalizer._restore`)
MAX_ZWNJ_PASSES = 4


class Normalizer:
    """Normalizes text with fixed options; reuse one instance for many texts.

    >>> Normalizer().normalize("اين برنامههاي ميروند") == "این برنامه‌های می‌روند"
    True
    >>> Normalizer().normalize("اقدام هاي بين المللي") == "اقدام‌های بین‌المللی"
    True
    """

    def __init__(self, options: NormalizeOptions | None = None, *, stream: bool = False, conventions: bool = True):
        self.options = options or NormalizeOptions()
        #: the texts given are lines of one document (``palayesh normalize`` on stdin): the writer's
        #: convention learned on earlier lines carries over (see :mod:`.convention`); otherwise each
        #: text is a document of its own
        self.stream = stream
        #: False: judge each line alone, without the document's convention
        self.conventions = conventions
        self._doc = None
        from .chars import CharNormalizer

        self._chars = CharNormalizer(self.options)
        self._zwnj = None

    def _restorer(self):
        if self._zwnj is None:
            from . import gapmodel, resources
            from .zwnj import ZwnjRestorer

            o = self.options
            res = resources.load() if o.zwnj else resources.ZwnjResources()
            model = gapmodel.load() if o.zwnj and o.zwnj_model else None
            self._zwnj = ZwnjRestorer(res, restore=o.zwnj, model=model)
        return self._zwnj

    def _begin(self):
        """The restorer, with the convention of the document the next text belongs to."""
        restorer = self._zwnj or self._restorer()
        if not self.conventions:
            return restorer
        doc = self._doc
        if doc is None or not self.stream and doc.evidence():  # (an untouched one serves again)
            doc = self._doc = DocConvention()
        restorer.doc = doc
        return restorer

    def normalize_with_edits(self, text: str, *, typed: bool = False) -> tuple[str, Counter]:
        """Normalize ``text``; return it with the counts of edits by kind (``zwnj_inserted``, …).
        ``typed``: ``text`` belongs to a document whose writer types ZWNJs (its other text showed so): a
        line without any is read as the writer's, its glued words kept as written but for sure slips.

        >>> Normalizer().normalize_with_edits("ميروند")[1] == Counter(arabic_letters=1, zwnj_inserted=1)
        True
        >>> Normalizer().normalize_with_edits("شالیزار")[0], Normalizer().normalize_with_edits("شالیزار", typed=True)[0]
        ('شالی\u200cزار', 'شالیزار')
        """
        _check_text(text)
        return self._normalize(text, Counter(), typed)

    def _normalize(self, text: str, edits, typed: bool = False) -> tuple[str, Counter]:
        text, edits = self._chars.normalize(text, edits)
        o = self.options
        if o.zwnj:
            restorer = self._begin()
            restorer.typed = typed
            try:
                if "\n" in text:
                    text = "\n".join(self._restore(line, edits) for line in text.split("\n"))
                else:
                    text = self._restore(text, edits)
            finally:
                restorer.typed = False
        return text, edits

    def explain(self, text: str) -> tuple[str, list[dict]]:
        """Normalize ``text`` and say why each half-space changed: (normalized text, one dict per
        changed gap with ``line`` (0-based), ``gap`` («left|right»), ``was`` (glued/space), ``now``
        (zwnj/joined) and ``by`` (the rule, or the model's probability of a ZWNJ there)).

        >>> out, why = Normalizer().explain("میروند")
        >>> out == "می‌روند", why[0]["gap"] == "می|روند", why[0]["by"]
        (True, True, 'rule: verb prefix')
        """
        _check_text(text)
        edits: Counter = Counter()
        text, edits = self._chars.normalize(text, edits)
        trace: list[dict] = []
        if self.options.zwnj:
            self._begin()
            lines = text.split("\n")
            for n, line in enumerate(lines):
                start = len(trace)
                lines[n] = self._restore(line, edits, trace)
                for t in trace[start:]:
                    t["line"] = n
            text = "\n".join(lines)
        return text, trace

    def _restore(self, line: str, edits: Counter, trace: list | None = None, restorer=None) -> str:
        """Restore one line's half-spaces until a pass changes nothing, so that normalizing twice
        is normalizing once.

        A pass judges the line's writer from its glued and spaced affixes, and its own joins change
        that evidence: «شود  های برنامهسال» becomes «شودهای برنامهسال» (a spaced writer: the compound
        stays glued), which a second pass reads as a glued writer's line and splits
        («برنامه‌سال»). Repeating until nothing changes settles every such line; random and real
        lines settle in at most two passes, and an unchanged line costs no second pass, nor does a
        line the restorer knows to be settled (:meth:`ZwnjRestorer._settled`).
        """
        if restorer is None:
            restorer = self._restorer()
        out, settled = restorer.restore_settled(line, edits, trace)
        for _ in range(MAX_ZWNJ_PASSES - 1):
            if settled or out == line:
                break
            line, (out, settled) = out, restorer.restore_settled(out, edits, trace, observe=False)
        restorer.observed(out)
        return out

    def normalize(self, text: str) -> str:
        """Normalize ``text``.

        >>> Normalizer().normalize("اقدام هاي  تازهترين") == "اقدام‌های تازه‌ترین"
        True
        """
        if not isinstance(text, str):
            _check_text(text)
        # (edits not kept: a lighter count than a Counter). The common case, a line of text with the
        # restorer on and no caller's `typed`, inlined: this runs once per paragraph of a corpus
        edits: Any = defaultdict(int)
        text = self._chars.normalize(text, edits)[0]
        if not self.options.zwnj:
            return text
        restorer = self._begin()
        if "\n" in text:
            return "\n".join([self._restore(line, edits, restorer=restorer) for line in text.split("\n")])
        return self._restore(text, edits, restorer=restorer)


def _check_text(text) -> None:
    if not isinstance(text, str):
        hint = " (decode it first, e.g. data.decode('utf-8'))" if isinstance(text, (bytes, bytearray)) else ""
        got = "None" if text is None else type(text).__name__
        raise TypeError(f"normalize(text): expected str, got {got}{hint}")


def explain(text: str, **options) -> list[dict]:
    """Why each half-space of ``text`` changed, gap by gap (see :meth:`Normalizer.explain`).

    >>> [(e["gap"], e["by"]) for e in explain("اقدام های تازه")]
    [('اقدام|های', 'rule: bound affix')]
    """
    return Normalizer(NormalizeOptions(**options)).explain(text)[1]


_DEFAULT: Normalizer | None = None
_BY_OPTIONS: dict = {}  # a few normalizers for non-default options, so that repeated calls are cheap


def normalize(text: str, **options) -> str:
    """Normalize Persian ``text`` with the default options, or with ``options`` of :class:`NormalizeOptions`.

    >>> normalize("سلام\u00a0\u00a0دنیا")
    'سلام دنیا'
    >>> normalize("توانستهاند ٢٠ بار") == "توانسته‌اند ۲۰ بار"
    True
    """
    global _DEFAULT
    _check_text(text)
    if options:
        opts = NormalizeOptions(**options)
        norm = _BY_OPTIONS.get(opts)
        if norm is None:
            if len(_BY_OPTIONS) >= 16:
                _BY_OPTIONS.clear()
            norm = _BY_OPTIONS[opts] = Normalizer(opts)
        return norm.normalize(text)
    if _DEFAULT is None:
        _DEFAULT = Normalizer()
    return _DEFAULT.normalize(text)


#: ``palayesh.normalize`` is this function (the package binds the name), so the explanation is
#: reachable from it too: ``palayesh.normalize.explain("میروند")``
normalize.explain = explain  # type: ignore[attr-defined]
