"""(s76) A writer's role at the site on its own line under the writer's name, «خبرنگار اقتصادی <site>», is a
credit, no headline, when the site's name atop the page stands under the day's date bar («امروز: پنج‌شنبه
۱۴ اسفند ۱۳۹۹»), not on the page's first line: ajdev's nuclear-talks pages under ``--transplant`` (the
story's own date moved to its foot) took the role line for the headline on 7 pages."""
from conftest import made_titles, refine_site
from test_stock_title_s73 import TOWNS, _story

SITE = "دیدبان نمونه"
WORKS = ["نشست هسته‌ای", "گفت‌وگوی وزیران", "بازدید بازرسان", "رایزنی سفیران", "دور تازه مذاکره"]
WRITERS = [("مهدی بهرامی", f"خبرنگار اقتصادی {SITE}"), ("شیرین فتحی", f"تحلیلگر امور خاورمیانه {SITE}"),
           ("فاطمه احمدی", f"دبیر بخش ایران {SITE}")]
MENU = ["صفحه اول", "ایران", "جهان", "اقتصاد", "ورزش", "ویدیو"]


def _pages(n: int = 12) -> tuple[list[list[str]], list[str]]:
    heads = made_titles(n, WORKS, TOWNS)
    pages = []
    for k, head in enumerate(heads):
        name, role = WRITERS[k % len(WRITERS)]
        top = [f"امروز: {k + 1} اسفند ۱۳۹۹", SITE, "رفتن به محتوای اصلی", *MENU, "ایران", head, name, role,
               "منبع تصویر، AFP", "توضیح تصویر، بازرسان آژانس در راه بازدید از یک سایت"]
        story = _story(k, TOWNS[k % len(TOWNS)])
        story[0] = story[0].replace("به گزارش خبرنگار ما از", f"به گزارش «{SITE}» از")
        foot = [f"منتشر شده در {k + 1} آبان ۱۳۹۸، ساعت ۱۱:۴۶", "موضوعات مرتبط", "ایران"]
        pages.append([*top, *story, *foot])
    return pages, heads


def test_a_role_at_the_site_under_the_writer_heads_no_story(tmp_path):
    pages, heads = _pages()
    rows = refine_site(tmp_path, pages)
    got = {k: rows[f"p{k:02d}"]["title"] for k in range(len(heads)) if f"p{k:02d}" in rows}
    assert len(got) >= 10
    assert got == {k: heads[k] for k in got}
