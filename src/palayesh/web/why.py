"""Why a page was dropped: the failing signal against its threshold, in Persian.

The thresholds are the run's (``OUT/run.json`` ``config.filters`` and ``config.dedup``); an output
without them is explained against the defaults of :class:`palayesh.filters.options.FilterOptions`,
and says so. The check names and their order are the filter's own (:data:`palayesh.filters.steps.CHECKS`).

>>> explain({"reason": "quality_too_short", "signals": {"words": 7}}, {"filters": {"min_words": 20}})["text"]
'تعداد واژه‌ها ۷ است، کمتر از کمینهٔ ۲۰ (min_words)'
"""
from __future__ import annotations

import difflib
import json
from pathlib import Path

from .pages import SIGNAL_NAMES as PAGE_LABELS

#: signals by name, as a sentence names them: the page's labels, with a subject where a label is
#: only a share («سطرهای کوتاه» → «سهم سطرهای کوتاه»)
SIGNAL_NAMES = {
    **PAGE_LABELS, "words": "تعداد واژه‌ها", "page_headline": "تیتر صفحه",
    "ellipsis_line_ratio": "سهم سطرهای با «…»", "short_line_ratio": "سهم سطرهای کوتاه",
    "terminal_punct_ratio": "سهم سطرهای با نشانهٔ پایانی",
}
_FA = str.maketrans("0123456789.", "۰۱۲۳۴۵۶۷۸۹٫")


def _num(v) -> str:
    if isinstance(v, float):
        v = f"{v:.3f}".rstrip("0").rstrip(".")
    return str(v).translate(_FA)


def run_config(out: Path | None) -> tuple[dict, str]:
    """``(config, source)``: the run's config from ``OUT/run.json``, or the defaults (source ``default``)."""
    if out is not None:
        try:
            config = json.loads((Path(out) / "run.json").read_text(encoding="utf-8")).get("config")
        except (OSError, ValueError, AttributeError):
            config = None
        if isinstance(config, dict) and isinstance(config.get("filters"), dict):
            return config, "run.json"
    from dataclasses import asdict

    from palayesh.dedup.options import DedupOptions
    from palayesh.filters.options import FilterOptions

    return {"filters": asdict(FilterOptions()), "dedup": asdict(DedupOptions())}, "default"


def explain(doc: dict, config: dict | None) -> dict | None:
    """What failed for a rejected document: ``{reason, text, signal, value, option, limit, …}``; None if kept."""
    from palayesh.filters.steps import CHECKS, judging_option

    reason = doc.get("reason")
    if not reason or doc.get("kept"):
        return None
    filters = (config or {}).get("filters") or {}
    dedup = (config or {}).get("dedup") or {}
    signals = doc.get("signals") or {}
    out: dict = {"reason": reason}
    if reason.startswith("quality_"):
        why = reason[len("quality_"):]
        if why == "empty":
            out["text"] = "پس از استخراج متنی نماند (۰ واژه)."
            return out
        for option, signal, name in CHECKS:
            if name != why:
                continue
            option = judging_option(option, signals)  # (a story has its own limit for some checks)
            limit, value = filters.get(option), signals.get(signal)
            out.update(signal=signal, value=value, option=option, limit=limit)
            label = SIGNAL_NAMES.get(signal, signal)
            if value is None or limit is None:
                out["text"] = f"{label}: {_num(value) if value is not None else 'نامعلوم'} ({option} = " \
                              f"{_num(limit) if limit is not None else 'خاموش'})"
            elif option.startswith("min_"):
                out["text"] = f"{label} {_num(value)} است، کمتر از کمینهٔ {_num(limit)} ({option})"
            else:
                out["text"] = f"{label} {_num(value)} است، بیشتر از بیشینهٔ {_num(limit)} ({option})"
            return out
    elif reason.startswith("lang_"):
        lang, score = doc.get("lang") or "und", doc.get("lang_score")
        keep = filters.get("keep_langs") or ["fa"]
        limit = filters.get("min_lang_score")
        out.update(signal="lang_score", value=score, option="min_lang_score", limit=limit, lang=lang)
        if reason == "lang_low_score":
            out["text"] = f"زبان {lang} با امتیاز {_num(score)}، کمتر از کمینهٔ {_num(limit)} (min_lang_score)"
        else:
            out["text"] = f"زبان سند {lang} است (امتیاز {_num(score)})، نه {'، '.join(keep)} (keep_langs)"
        return out
    elif reason.startswith("dedup_"):
        score = doc.get("dup_score")
        out.update(signal="dup_score", value=score, kept_copy=doc.get("dup_cluster"))
        if reason == "dedup_exact":
            out["text"] = "همان متنِ نسخهٔ نگه‌داشته (تکرار دقیق)"
        else:
            jac, cont = dedup.get("min_jaccard"), dedup.get("min_containment")
            out.update(option="min_jaccard / min_containment", limit=[jac, cont])
            shown = [_num(x) if x is not None else "—" for x in (score, jac, cont)]
            out["text"] = f"تقریباً تکراری: شباهت {shown[0]} به نسخهٔ نگه‌داشته؛ آستانه‌ها: Jaccard پنج‌واژه‌ای " \
                          f"{shown[1]} (min_jaccard) یا سهم متن درون آن {shown[2]} (min_containment)"
        return out
    out["text"] = f"دلیل: {reason}"
    return out


def side_by_side(kept: str, dropped: str, *, max_lines: int = 400) -> list[tuple[str, str, str]]:
    """Rows ``(op, kept line, dropped line)`` of two texts, op ``equal``, ``replace``, ``delete`` or ``insert``.

    >>> side_by_side("الف\\nب", "الف\\nپ")
    [('equal', 'الف', 'الف'), ('replace', 'ب', 'پ')]
    """
    a, b = kept.split("\n")[:max_lines], dropped.split("\n")[:max_lines]
    rows: list[tuple[str, str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        for k in range(max(i2 - i1, j2 - j1)):
            left = a[i1 + k] if i1 + k < i2 else ""
            right = b[j1 + k] if j1 + k < j2 else ""
            rows.append((op, left, right))
    return rows
