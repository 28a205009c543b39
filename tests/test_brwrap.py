"""An OCR export's column wrapped with ``<br>`` in HTML (a press-monitoring portal's clipping): the
wraps are read as the spaces they stand for, the paragraph breaks (``<br>`` and a newline) kept
(:mod:`palayesh.extract.brwrap`)."""
from __future__ import annotations

import html
import textwrap

import lxml.html
import pytest

from conftest import ocr_wrap
from palayesh.extract import extract
from palayesh.extract.brwrap import unwrap_breaks

PARAS = [
    "به گزارش خبرنگار ما، شورای شهر در جلسه دیروز خود طرح ساماندهی حمل و نقل عمومی را با اکثریت آرا تصویب"
    " کرد و شهرداری موظف شد ظرف سه ماه گزارش اجرای آن را ارائه دهد.",
    "رئیس شورا در این جلسه گفت: اعضای شورا می‌خواهند ناوگان اتوبوسرانی تا پایان سال نوسازی شود و خطوط"
    " تازه‌ای برای محله‌های حاشیه شهر راه‌اندازی شود.",
    "بر اساس این مصوبه بخشی از درآمد عوارض نوسازی به خرید اتوبوس‌های برقی اختصاص می‌یابد و گزارش آن"
    " هر شش ماه به شورا داده می‌شود.",
]


def _wrapped(p: str, width: int) -> str:
    """``p`` wrapped greedily at ``width`` as an OCR export writes it: «word <br>word»; a word with
    a ZWNJ that does not fit is broken right after it, «می‌<br>خواهد»."""
    out = ocr_wrap(p, width)
    s = html.escape(out[0])
    for ln in out[1:]:
        s += ("<br>" if s.endswith("\u200c") else " <br>") + html.escape(ln)
    return s


def _portal(body: str) -> str:
    return ("<html><head><meta charset=utf-8><title>تصویب طرح حمل و نقل عمومی در شورای شهر</title></head><body>"
            "<h2>تصویب طرح حمل و نقل عمومی در شورای شهر</h2><table><tr><th>نشریه</th><td>روزنامه همشهری</td></tr>"
            "<tr><th>صفحه</th><td>۴</td></tr></table>" + body + "<footer>سامانه پایش رسانه</footer></body></html>")


@pytest.mark.parametrize("width", [
    38,  # (a newspaper's narrow column: narrower than any a flat page's lines are joined at)
    44,  # (before: a paragraph's last line joined to the next paragraph across its <br> and newline)
    52,
    62,
])
def test_a_clippings_ocr_column_comes_out_as_whole_paragraphs(width):
    body = "<div class=ocr>" + "<br>\n".join(_wrapped(p, width) for p in PARAS) + "</div>"
    art = extract(_portal(body))
    assert art.paragraphs == PARAS


def test_a_word_broken_after_its_zwnj_rejoins_with_no_space():
    col = _wrapped(PARAS[1], 42)
    assert "\u200c<br>" in col  # («… اعضای شورا می‌<br>خواهند …»)
    t = lxml.html.fromstring("<div>" + col + "</div>")
    assert unwrap_breaks(t)
    assert t.text_content() == PARAS[1]


def test_paragraphs_each_in_a_p_with_a_wrap_or_two_join_as_one_column():
    # (each paragraph has too few wraps to tell a column alone: the page's wraps are read together)
    body = "".join("<p>%s</p>" % _wrapped(p, 70) for p in PARAS)
    assert sum(b.count("<br>") for b in (_wrapped(p, 70) for p in PARAS)) >= 3
    assert extract(_portal(body)).paragraphs == PARAS


def test_line_breaks_that_are_no_column_are_kept():
    # (a poem's lines, a space before each <br>: no wrapper ended them, their lengths vary freely)
    verse = ["بنی آدم اعضای یکدیگرند", "که در آفرینش ز یک گوهرند", "چو عضوی به درد آورد روزگار",
             "دگر عضوها را نماند قرار", "تو کز محنت دیگران بی غمی", "نشاید که نامت نهند آدمی"]
    t = lxml.html.fromstring("<div>" + " <br>".join(verse) + "</div>")
    assert not unwrap_breaks(t)
    assert len(t.findall("br")) == len(verse) - 1
    # (lines of a wrapped look, but every <br> followed by a newline: the page's own breaks)
    lines = textwrap.wrap(" ".join(PARAS), 50)
    t = lxml.html.fromstring("<div>" + " <br>\n".join(lines) + "</div>")
    assert not unwrap_breaks(t)


def test_a_short_label_over_the_dateline_paragraph_is_no_lead():
    body = ("<div><h4>متن بریده</h4><div class=ocr>" + "<br>\n".join(_wrapped(p, 44) for p in PARAS)
            + "</div></div>")
    art = extract(_portal(body))
    assert art.lead is None
    assert art.paragraphs == PARAS  # (a label over the story: no paragraph either)

