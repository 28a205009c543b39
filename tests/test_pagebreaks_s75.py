"""A story set over pages (:mod:`palayesh.extract.pagebreaks`, s75): a document viewer's page blocks and a
text layer's page breaks are read as one text; a bold lead set in text runs under a headline set in runs."""
from __future__ import annotations

import textwrap

import pytest

from palayesh.extract import extract
from palayesh.extract.pagebreaks import join_pages, joined_text

TITLE = "بارش برف در تهران و کرج ادامه دارد"
LEAD = "بارش برف از صبح امروز در بیشتر مناطق تهران و کرج آغاز شد و تا فردا ادامه دارد."
PARAS = ["به گزارش خبرنگار ما، مدیر هواشناسی استان امروز گفت شهروندان از سفرهای غیر ضروری خودداری کنند.",
         "وی افزود: دمای هوا نیز تا پایان هفته چند درجه کاهش می‌یابد و هوا سردتر می‌شود و یخبندان در راه است.",
         "به گفته وی، مدارس برخی مناطق شمالی استان فردا تعطیل است و کلاس‌ها به شکل مجازی برگزار می‌شود.",
         "شهرداری تهران نیز از آماده‌باش کامل نیروهای خدمات شهری و ماشین‌آلات برف‌روبی خبر داد.",
         "پلیس راهور هم از رانندگان خواست زنجیر چرخ همراه داشته باشند و با سرعت مطمئنه حرکت کنند.",
         "هواشناسی پیش‌بینی کرده است که بارش‌ها تا پایان روز جمعه در بیشتر مناطق استان ادامه داشته باشد."]
HEAD = "بولتن خبری شهر — گزیده خبرهای روز"


def _runs(text: str) -> str:
    """A line as a word processor's web view writes it: text runs."""
    words = text.split(" ")
    k = len(words) // 3
    return "".join(f'<span class="Run"><span class="Text">{x}</span></span>'
                   for x in (" ".join(words[:k]), " " + " ".join(words[k:])))


def _viewer(pages: list[list[str]], *, bold_lead: bool = True) -> str:
    """A word processor's web view: each page a block with the running head, its part and a page number."""
    out = []
    for k, part in enumerate(pages):
        body = ""
        if k == 0:
            body += f'<p class="Par T">{_runs(TITLE)}</p><p class="Par">تاریخ انتشار: ۱۴۰۴/۰۹/۱۲ - ۱۰:۳۰</p>'
            if bold_lead:
                body += f'<p class="Par"><b>{_runs(LEAD)}</b></p>'
        body += "".join(f'<p class="Par">{_runs(p)}</p>' for p in part)
        out.append(f'<div class="Pg"><div class="Hd"><p class="Par">{HEAD}</p></div><div class="Ol">{body}</div>'
                   f'<div class="Ft"><p class="Par">صفحه {"۱۲۳"[k]} از {"۱۲۳"[len(pages) - 1]}</p></div></div>')
    return ("<html><head><title>bulletin-1204.docx</title></head><body><div class='Bar'><span>ویرایش</span>"
            "<span>bulletin-1204.docx</span></div>" + "".join(out) + "</body></html>")


def test_viewer_pages_read_as_one_text():
    art = extract(_viewer([PARAS[:3], PARAS[3:5], PARAS[5:]]), format="html")
    assert art.title == TITLE
    assert art.paragraphs == PARAS  # (every page's part, not the first page's alone)
    assert art.lead == LEAD  # (the bold paragraph of text runs under the headline)


def test_viewer_without_lead_opens_with_its_story():
    art = extract(_viewer([PARAS[:3], PARAS[3:]], bold_lead=False), format="html")
    assert art.paragraphs[-3:] == PARAS[3:]
    assert not any(HEAD in p or "صفحه" in p for p in art.paragraphs)


def test_sibling_blocks_numbered_otherwise_are_no_pages():
    import lxml.html

    # (comments: the same opening line, a count under each; the counts do not go on page by page)
    blocks = "".join(f'<div class="c"><div>کاربر مهمان</div><p>{p}</p><div>{n} پاسخ</div></div>'
                     for p, n in zip(PARAS, "۲۵۱۳۷۴"))
    tree = lxml.html.fromstring(f"<html><body>{blocks}</body></html>")
    assert not join_pages(tree)
    assert len(tree.findall(".//div[@class='c']")) == len(PARAS)


def _ocr(feed: bool) -> str:
    lines = [HEAD, "تاریخ: ۱۴۰۴/۰۹/۱۲", "", TITLE, ""]
    for k, part in enumerate([PARAS[:3], PARAS[3:5], PARAS[5:]]):
        if k:
            lines += [("\x0c" if feed else "") + HEAD, ""]
        for p in part:
            lines += [*textwrap.wrap(p, 64), ""]  # (hard-wrapped at a column)
        lines += ["منبع: ایرنا", ""] if k == 2 else []
        lines += [f"- {'۱۲۳'[k]} -"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("feed", [True, False])  # (pdftotext's form feed between the pages, or none)
def test_text_layer_pages_read_as_one_text(feed):
    art = extract(_ocr(feed), format="text")
    assert art.title == TITLE
    assert [*([art.lead] if art.lead else []), *art.paragraphs] == PARAS  # (the last page's paragraph too)


def test_numbered_lines_without_running_heads_stay():
    # (a list of steps, each its number: no page's foot, no running head after them)
    text = "\n".join([TITLE, "", PARAS[0], "", "مرحله ۱", PARAS[1], "", "مرحله ۲", PARAS[2], ""])
    assert joined_text(text) is None



def test_text_layer_without_its_layout():
    text = joined_text(_ocr(True))
    assert text is not None and "\x0c" not in text
    lines = [x for x in text.split("\n") if x.strip()]
    assert lines.count(HEAD) == 1 and not any(x.startswith("- ") for x in lines)  # (the first page's head stays)
    assert " ".join(lines[3:]) == " ".join(PARAS + ["منبع: ایرنا"])  # (the story's lines, in order)


def test_a_viewers_text_joins_its_pages_before_its_status_bar():
    # (a web view's text saved flat: no blank lines, no form feed; the status bar's «page 1 of 2» at the end)
    lines = [HEAD, TITLE, *PARAS[:3], "صفحه ۱ از ۲", HEAD, *PARAS[3:], "صفحه ۲ از ۲", "صفحه ۱ از ۲", "۳۱۲ کلمه"]
    assert joined_text("\n".join(lines)) == "\n".join([HEAD, TITLE, *PARAS, "صفحه ۱ از ۲", "۳۱۲ کلمه"])
