"""A section's name over a kicker the site sets under a label right above the headline (s57): «باغبانی» /
«روتیتر: گزارش میدانی» / headline, right under a ticker of other stories' short headlines. The labelled line says it
holds the story's kicker, so the bare label over it is the section, an item of the menu or not. Each site
is its own run, as a crawl of it would be."""
from __future__ import annotations

import pytest

from conftest import news_bodies, read_rows
from palayesh import refine

#: the sections the site files under; the menu lists the first two only
SECTIONS = ["کشاورزی", "باغبانی", "دام و طیور"]
MENU = ["صفحه نخست", "کشاورزی", "باغبانی", "تماس"]
KICKERS = ["گزارش میدانی", "نگاه روز", "گفت و گو"]
#: short headlines of other stories, a ticker over the story
TICKER = ["گرانی مرغ در بازار", "بارش برف در اردبیل", "افتتاح سد تازه", "کمبود نهاده دامی", "برداشت پسته رفسنجان"]
#: the stories' headlines
HEADLINES = ["برداشت زعفران در تربت حیدریه آغاز شد", "قیمت خرما در بازار بوشهر کاهش یافت",
             "واکسیناسیون دام‌های سبک در روستاهای زنجان", "کشت پاییزه گندم با بارش باران شتاب گرفت",
             "باغداران ارومیه نگران سرمازدگی سیب هستند", "مرغداران اصفهان خواستار نهاده ارزان شدند",
             "آبیاری قطره‌ای در مزارع یزد گسترش می‌یابد", "صادرات کیوی از بندر آستارا دوباره آغاز شد",
             "زنبورداران کردستان از کاهش عسل می‌گویند", "بذر اصلاح شده برنج به شالیکاران رسید",
             "هرس زمستانه تاکستان‌های قزوین آموزش داده شد", "بیمه گاوهای شیری در خراسان فراگیر شد",
             "نمایشگاه ماشین‌آلات کشاورزی در شیراز گشایش یافت", "نرخ خرید تضمینی چغندر قند اعلام شد"]


def _run(tmp_path, label: str, n=12):
    bodies = [b.split("\n") for b in news_bodies()]
    bodies = [b for b in ([p for p in b if len(p.split()) >= 20][:3] for b in bodies) if len(b) == 3][:n]
    titles = HEADLINES
    src = tmp_path / "pages"
    src.mkdir()
    want = []
    for i, paras in enumerate(bodies[:n]):
        section = SECTIONS[i % 3]
        ticker = [TICKER[(i + k) % len(TICKER)] for k in range(3)]  # (other stories' headlines)
        lines = ["باغ‌نامه", "٤ مهر ١٤٠٢", *MENU, "", "پربازدیدترین | آخرین اخبار", *ticker,
                 section, label.format(KICKERS[i % 3]), titles[i], f"{10 + i:,} بازدید", f"کد خبر: {7000 + i}",
                 "", *paras, "", "کلیه حقوق محفوظ است."]
        want.append(section)
        (src / f"p{i:02d}.txt").write_text("\n".join(lines), encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(tmp_path / "out") + read_rows(tmp_path / "out", "rejected")}
    return want, [rows[f"p{i:02d}"]["section"] for i in range(n)]


@pytest.mark.parametrize("label", ["روتیتر: {}", "رو تیتر: {}"])
def test_the_label_over_a_labelled_kicker_is_the_section(tmp_path, label):
    want, got = _run(tmp_path, label)
    assert got == want


def test_the_menu_s_last_item_over_a_labelled_kicker_is_no_section(tmp_path):
    # a site sets its menu an item a line and the labelled kicker right under its last item, on every
    # page alike: that item («تماس») is the menu's, not a section set over the kicker
    bodies = [b.split("\n") for b in news_bodies()]
    bodies = [b for b in ([p for p in b if len(p.split()) >= 20][:3] for b in bodies) if len(b) == 3][:12]
    src = tmp_path / "pages"
    src.mkdir()
    for i, paras in enumerate(bodies):
        lines = ["باغ‌نامه", "٤ مهر ١٤٠٢", *MENU, f"روتیتر: {KICKERS[i % 3]}", HEADLINES[i], f"کد خبر: {7000 + i}",
                 "", *paras, "", "کلیه حقوق محفوظ است."]
        (src / f"p{i:02d}.txt").write_text("\n".join(lines), encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = read_rows(tmp_path / "out") + read_rows(tmp_path / "out", "rejected")
    assert len(rows) == len(bodies) and not any(r["section"] == MENU[-1] for r in rows), [r["section"] for r in rows]
