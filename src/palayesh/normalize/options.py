"""Options of Persian normalization (the ``[normalize]`` table of a config file).

Every rule family can be turned off; the defaults are what the pipeline writes out.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..options import validate


@dataclass(frozen=True, kw_only=True)
class NormalizeOptions:
    #: "keep": each number stays in its script (Arabic-Indic -> Persian); "persian" / "latin": convert all
    digits: Literal["keep", "persian", "latin"] = "keep"
    #: Arabic ي ى ك ة (and Urdu/Kurdish look-alikes) -> Persian ی ک ه
    arabic_letters: bool = True
    #: Arabic presentation forms (U+FB50-FDFF, U+FE70-FEFC: ligatures, final/initial shapes) -> letters
    presentation_forms: bool = True
    #: drop diacritics (fatha, kasra, damma, tanvin, shadda, sukun); hamza above «خانهٔ» is kept
    remove_diacritics: bool = True
    #: drop tatweel/kashida «ســلام» -> «سلام»
    remove_tatweel: bool = True
    #: drop bidi marks, ZWJ, zero width space, BOM, soft hyphens
    invisible_marks: bool = True
    #: NBSP, tabs and odd spaces -> space; repeated spaces -> one; no space at line ends
    spaces: bool = True
    #: decode HTML entities left in flat text (&quot; &nbsp; &zwnj; &#8204;)
    html_entities: bool = True
    #: spacing around Persian punctuation « » ، ؛ ؟
    punctuation_spacing: bool = True
    #: CRLF / CR -> LF
    line_endings: bool = True
    #: restore lost half-spaces (ZWNJ): glued «میروند» -> «می‌روند», spaced «می روند» -> «می‌روند»
    zwnj: bool = True
    #: let the learned gap model (``data/zwnj-model.tsv.gz``) decide the half-spaces the rules leave open;
    #: False: the rules alone
    zwnj_model: bool = True
    #: tidy existing ZWNJs: doubled, at word edges, next to spaces or punctuation
    zwnj_cleanup: bool = True

    def __post_init__(self):
        validate(self)
