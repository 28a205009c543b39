"""The forms of set AO (s64) the extractor read wrongly, each by its mechanism:

- a box the page names as the story's summary («<div id="description">», ``itemprop="description"``)
  that holds the story itself, its paragraphs set apart by block children («<div>…</div><div>…</div>»,
  an archive item's description), by two ``<br>`` in a row, or by blank lines in pre-wrapped text (a
  video page's description, one ``<span>``): a summary is one paragraph, so such a box is the story,
  no lead (extract/html.py ``_holds_head``, ``_paragraphs_of``);
- a site's top bar set as a row of ``<div>``s each holding one short link, not a list or a ``<nav>``,
  right above the headline: its last item («Upload») is the menu's, no kicker, whatever the run
  learned of the name (extract/html.py ``_link_row_item``).

The pages are written here, with words of their own."""
from __future__ import annotations

import pytest

from conftest import read_rows, story_bodies
from palayesh import refine
from palayesh.extract import extract

TITLE = "بازگشایی کتابخانه مرکزی شهر پس از دو سال بازسازی"
PARAS = [
    "کتابخانه مرکزی شهر پس از دو سال بازسازی از امروز دوباره به روی مراجعان باز شد و ساعت کار آن تا"
    " ده شب افزایش یافت.",
    "مدیر کتابخانه گفت بخش کودکان و نوجوانان این کتابخانه دو برابر شده و سالن مطالعه تازه‌ای با سیصد"
    " صندلی به ساختمان افزوده شده است.",
    "به گفته او، فهرست منابع کتابخانه نیز در سامانه تازه‌ای قرار گرفته و مراجعان می‌توانند کتاب‌ها را"
    " پیش از آمدن رزرو کنند.",
]


def _page(description: str) -> str:
    return (f'<html lang="fa"><head><title>{TITLE}</title></head><body>'
            f'<div class="top"><a href="/">آرشیو شهر</a></div>'
            f'<div class="item"><h1>{TITLE}</h1>{description}</div>'
            f'<div class="foot">کلیه حقوق این پایگاه محفوظ است.</div></body></html>')


@pytest.mark.parametrize("description", [
    # an archive item's description: one <div> a paragraph, in a box its microdata names
    '<div id="descript" itemprop="description">' + "".join(f"<div>{p}</div>" for p in PARAS) + "</div>",
    # the same with two <br> between paragraphs
    '<div id="descript" itemprop="description">' + "<br><br>".join(PARAS) + "</div>",
    # a video page's description: one span, pre-wrapped, its paragraphs apart by blank lines, under
    # the views and the day
    '<div id="description"><div id="info-container"><span>12,345 views</span> <span>Dec 5, 2026</span></div>'
    '<span class="yt-core-attributed-string" role="text">' + "\n\n".join(PARAS) + "</span></div>",
], ids=["div-paragraphs", "br-br", "pre-wrapped-span"])
def test_a_summary_box_that_holds_the_story_is_no_lead(description):
    art = extract(_page(description))
    assert art.lead is None


def test_a_one_paragraph_description_is_still_the_lead():
    art = extract(_page(f'<p itemprop="description">{PARAS[0]}</p>'
                        + "".join(f"<p>{p}</p>" for p in PARAS[1:])))
    assert art.lead == PARAS[0]


NAV = ["آرشیو", "متن", "ویدئو", "صدا", "نرم‌افزار", "تصاویر", "بارگذاری"]
HEADS = ["جشنواره کتاب", "نمایشگاه عکس", "کارگاه داستان", "همایش تاریخ", "جشن کتابخوانی", "مسابقه نقاشی",
         "نشست شعر", "اردوی علمی"]
TOWNS = ["یزد", "کرمان", "زنجان", "اراک", "بجنورد", "سمنان", "ایلام"]


def _item(host: str, i: int, nav: bool, story: list[str]) -> str:
    title = f"{HEADS[i % len(HEADS)]} در {TOWNS[i % len(TOWNS)]} برگزار شد"
    bar = '<div class="topnav">' + "".join(f"<div><a>{n}</a></div>" for n in NAV) + "</div>" if nav else ""
    paras = "".join(f"<p>{p}</p>" for p in story)
    return (f'<html lang="fa"><head><title>{title} : آرشیو</title>'
            f'<link rel="canonical" href="https://{host}/details/item-{i}"></head><body>{bar}'
            f'<div class="search"><input placeholder="جستجو"></div>'
            f'<div class="item"><h1>{title}</h1><div class="text">{paras}</div></div></body></html>')


def test_the_last_item_of_a_row_of_link_blocks_is_no_section(tmp_path):
    src = tmp_path / "pages"
    src.mkdir()
    stories = story_bodies(24, 3)
    for h, host in enumerate(["a.example.org", "b.example.org", "c.example.org"]):
        for i in range(8):
            # (host c shows its bar on some pages only: the run does not see the name over every page)
            nav = h < 2 or i % 2 == 0
            (src / f"p{h}{i}.html").write_text(_item(host, i + 8 * h, nav, stories[i + 8 * h]), encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = read_rows(tmp_path / "out")
    assert len(rows) == 24
    assert [r["section"] for r in rows if r["section"]] == []
