"""Language identification, quality signals and the filters over them.

>>> [s.name for s in process_steps(FilterOptions())]
['signals', 'lang', 'quality']
"""
from __future__ import annotations

from .langid import identify
from .options import FilterOptions
from .steps import LangFilter, QualityFilter, SignalsStep, why_rejected

__all__ = ["FilterOptions", "LangFilter", "QualityFilter", "SignalsStep", "identify", "process_steps",
           "why_rejected"]


def process_steps(options: FilterOptions) -> list:
    """Steps of the ``process`` stage, after normalization: language ID, signals, filters."""
    if not options.enabled:
        return []
    steps: list = [SignalsStep(options)]
    if options.langid:
        steps.append(LangFilter(options))
    steps.append(QualityFilter(options))
    return steps
