"""The pipeline steps of language identification and quality filtering.

``signals`` (a transform) fills ``lang``, ``lang_score`` and ``signals`` on every document, rejected
ones included, so ``rejected/`` can be audited and re-filtered; then two filters decide:
``lang`` (``lang_not_fa``, ``lang_mixed``, ``lang_low_score``) and ``quality`` (``quality_empty``,
``quality_too_short``, ``quality_few_stopwords``, …; one reason per check, see :data:`CHECKS`).
"""
from __future__ import annotations

from ..pipeline import Filter, Transform
from . import signals as _signals
from .langid import identify
from .options import FilterOptions

#: (option, signal, why): ``min_*`` drops a document whose signal is below it, ``max_*`` above it.
#: Checked in this order; the first failing check names the reason.
CHECKS: list[tuple[str, str, str]] = [
    ("min_words", "words", "too_short"),
    ("min_page_headline", "page_headline", "no_headline"),
    ("max_words", "words", "too_long"),
    ("min_persian_letter_ratio", "persian_letter_ratio", "not_persian_script"),
    ("min_alpha_word_ratio", "alpha_word_ratio", "few_alpha_words"),
    ("min_mean_word_length", "mean_word_length", "short_words"),
    ("max_mean_word_length", "mean_word_length", "long_words"),
    ("max_ellipsis_line_ratio", "ellipsis_line_ratio", "ellipsis_lines"),
    ("max_lines_per_word", "lines_per_word", "many_lines"),
    ("max_short_line_ratio", "short_line_ratio", "short_lines"),
    ("min_terminal_punct_ratio", "terminal_punct_ratio", "no_terminal_punct"),
    ("min_stopword_ratio", "stopword_ratio", "few_stopwords"),
    ("max_dup_line_fraction", "dup_line_fraction", "dup_lines"),
    ("max_dup_ngram_fraction", "dup_ngram_fraction", "dup_ngrams"),
    ("max_top_ngram_fraction", "top_ngram_fraction", "top_ngram"),
    ("max_chrome_line_fraction", "chrome_line_fraction", "chrome"),
    ("max_zwnj_edits_per_word", "zwnj_edits_per_word", "zwnj_edits"),
]


class SignalsStep(Transform):
    """Language ID and quality signals of every document (no decision here)."""

    name = "signals"

    def __init__(self, options: FilterOptions | None = None):
        self.options = options or FilterOptions()

    def warm(self):
        # (the character class table, the language votes and the stopwords are made on first use)
        self.transform({"text": "این متن کوتاه به فارسی است و خوانده می‌شود."})

    def transform(self, doc):
        text = doc.get("text") or ""
        doc["lang"], doc["lang_score"] = identify(text)
        doc["signals"] = _signals.compute(doc)


class LangFilter(Filter):
    """Keeps documents in one of ``keep_langs`` with ``lang_score >= min_lang_score``.

    A document with too little text for a decision (``und`` with no evidence) is left to the quality
    filter, so an empty page is ``quality_empty``, not a language verdict.
    """

    name = "lang"

    def __init__(self, options: FilterOptions | None = None):
        self.options = options or FilterOptions()

    def filter(self, doc):
        o = self.options
        lang, score = doc.get("lang") or "und", doc.get("lang_score") or 0.0
        if lang == "und" and score == 0.0:
            return True, None
        if lang not in o.keep_langs:
            return False, "mixed" if lang == "mixed" else "not_" + "_".join(o.keep_langs)
        if o.min_lang_score is not None and score < o.min_lang_score:
            return False, "low_score"
        return True, None


#: signals that are -1 when they do not apply (a text that is no web page has no chrome lines)
_UNKNOWN_BELOW_ZERO = frozenset({"chrome_line_fraction", "page_headline"})

#: a check's option -> the option that stands for it when the page is a story (signal
#: ``story_opening`` 1: a headline, a date, a text opening with prose), whose body may be a list
STORY_OPTIONS = {"min_stopword_ratio": "min_stopword_ratio_story"}


def judging_option(option: str, signals: dict) -> str:
    """The option whose limit judges ``signals`` in the check of ``option``: the story's own
    (:data:`STORY_OPTIONS`) when the page is a story, else ``option`` itself.

    >>> judging_option("min_stopword_ratio", {"story_opening": 1.0})
    'min_stopword_ratio_story'
    """
    story = STORY_OPTIONS.get(option)
    return story if story is not None and signals.get("story_opening") == 1.0 else option


class QualityFilter(Filter):
    """Thresholds over ``doc["signals"]`` (see :data:`CHECKS` and :class:`FilterOptions`)."""

    name = "quality"

    def __init__(self, options: FilterOptions | None = None):
        self.options = options or FilterOptions()
        self._limits = {f: getattr(self.options, f) for f in self.options.__dataclass_fields__}
        self._checks = [(opt, opt.startswith("min_"), sig, why)
                        for opt, sig, why in CHECKS if self._limits[opt] is not None]

    def filter(self, doc):
        s = doc.get("signals") or {}
        if not s.get("words"):
            return False, "empty"
        for opt, is_min, sig, why in self._checks:
            limit = self._limits[judging_option(opt, s)] if opt in STORY_OPTIONS else self._limits[opt]
            v = s.get(sig)
            if limit is None or v is None or (sig in _UNKNOWN_BELOW_ZERO and v < 0):
                continue  # the check is off for this page, or the signal unknown: no verdict
            if (v < limit) if is_min else (v > limit):
                return False, why
        return True, None


def why_rejected(signals: dict, options: FilterOptions | None = None) -> str | None:
    """The ``quality_*`` reason these stored signals get under ``options`` (None: kept) -- for
    re-filtering a finished corpus without re-running it.

    >>> why_rejected({"words": 3, "persian_letter_ratio": 1.0})
    'quality_too_short'
    """
    keep, why = QualityFilter(options).filter({"signals": signals})
    return None if keep else f"quality_{why}"
