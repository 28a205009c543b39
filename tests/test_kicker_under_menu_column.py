"""A label right under a menu set an item a line, over the headline, that the site's other pages show
under other labels (a section's, over the headline) is the story's kicker, no section
(:func:`palayesh.extract.text._kicker_under_menu_column`)."""
from conftest import made_titles, refine_site, story_bodies

MENU = ["خانه", "ورزش", "اقتصاد", "فرهنگ", "تماس با ما"]
KICKERS = ["گزارش ویژه", "یادداشت روز"]
SECTIONS = ["ورزش", "اقتصاد", "فرهنگ"]
TITLES = made_titles(12, ["ساخت پل تازه", "جشنواره فیلم کوتاه", "مسابقه دو میدانی", "نمایشگاه کتاب کودک"],
                     ["اصفهان", "شیراز", "تبریز"])
BODIES = story_bodies(12)


def _page(i: int) -> list[str]:
    # (pages 0-5: the kicker right under the menu; 6-11: the section's label between them)
    over = [KICKERS[i % 2]] if i < 6 else [SECTIONS[i % 3], KICKERS[i % 2]]
    return (["پایگاه خبری شهر نو", *MENU, *over, TITLES[i], "اشتراک: تلگرام | واتساپ | ایتا",
             f"تاریخ انتشار: {i + 1} مهر ۱۴۰۲"] + BODIES[i][:3] + ["برچسب‌ها", "شهر", "تماس با ما"])


def test_a_kicker_under_the_menu_column_is_no_section(tmp_path):
    rows = refine_site(tmp_path, [_page(i) for i in range(12)])
    got = {int(k[1:]): (r["section"], r["surtitle"]) for k, r in rows.items()}
    assert {i: got[i] for i in range(6)} == {i: (None, KICKERS[i % 2]) for i in range(6)}
