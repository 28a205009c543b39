"""A search engine's cached copy: its notice in English over the page is no story (issue 12).

A cached copy opens with the engine's notice, two English sentences («This is the cached version of
…»), over the site's own page. Read as the page's first run of prose, it made the whole header part
of the body, so the site's template knew none of its header's lines: a section label it sets over
its headlines on many pages («محیط زیست», above the date rows) read as a story's line, and the page
had no section.
"""
from __future__ import annotations

from conftest import read_rows, story_bodies
from palayesh import refine
from palayesh.extract.template import regions

_SECTIONS = ["محیط زیست", "مدیریت بحران", "هواشناسی"]
_MENU = ["صفحه نخست", "اخبار فوری", "هشدارها", "نقشه بارش", "گزارش تصویری", "تماس با ما"]


def _page(i: int, section: str, paras: list[str]) -> str:
    title = f"هشدار تازه درباره بارش‌های شدید در استان شماره {i + 1} صادر شد"
    url = f"https://hoshdar.example.ir/fa/news/{5000 + i}"
    menu = "".join(f"<li><a>{m}</a></li>" for m in _MENU)
    return (f"<!DOCTYPE html><html lang='fa' dir='rtl'><head><meta charset='utf-8'><title>{title} - هشدارنیوز</title>"
            f"<link rel='canonical' href='{url}'></head><body>"
            f"<div id='b_cache'><p>This is the cached version of {url}. The page may have changed since this "
            f"cached copy was made.</p><p>Bing is not responsible for the content of this page.</p></div>"
            f"<header><a class='logo'>هشدارنیوز</a> <span>اخبار هواشناسی و مخاطرات طبیعی</span></header>"
            f"<nav class='menu'><ul>{menu}</ul></nav><article><div class='m6'>{section}</div>"
            f"<span class='m6'>زمان انتشار: May {i + 1}, 2022 - 17:18</span><h1>{title}</h1>"
            f"{''.join(f'<p>{p}</p>' for p in paras)}</article>"
            f"<footer><p>کلیه حقوق مادی و معنوی برای هشدارنیوز محفوظ است.</p></footer></body></html>")


def test_a_notice_in_latin_letters_over_a_persian_story_is_header():
    notice = ["This is the cached version of the page. The page may have changed since this copy was made.",
              "Bing is not responsible for the content of this page, which it cached at a time of its own."]
    story = ["این یک جمله کامل و طولانی از متن خبر است که با نقطه تمام می‌شود و ادامه دارد.",
             "این هم جمله دوم متن خبر است که باز هم با نقطه تمام می‌شود و ادامه دارد."]
    assert regions([*notice, "نام سایت", "عنوان خبر امروز", *story]) == ["H"] * 4 + ["M"] * 2
    # (a page in no Arabic letter keeps its first run of prose)
    assert regions([*notice, "Home", *notice])[0] == "M"


def test_the_sites_label_over_its_headlines_is_the_section_under_a_cached_copys_notice(tmp_path):
    src = tmp_path / "pages"
    src.mkdir()
    filed = [_SECTIONS[i % 3] for i in range(12)]
    for i, paras in enumerate(story_bodies(12)):
        (src / f"p{i:02d}.html").write_text(_page(i, filed[i], paras), encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(tmp_path / "out")}
    assert [rows[f"p{i:02d}"]["section"] for i in range(12)] == filed
