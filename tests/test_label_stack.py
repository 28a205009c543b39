"""Two labels stacked right over a headline: a label drawn out with kashida is the site's section badge
over a plain kicker; and an agency credited by its Latin acronym under the story (AG's flat pages)."""
from conftest import refine_pages, story_bodies
from palayesh.textkeys import line_key

_TITLES = ["افتتاح سومین آب‌شیرین‌کن بندر جاسک تا پایان سال", "کاهش فشار آب در شش منطقه شهر از امشب",
           "قرارداد انتقال آب دریای عمان به اصفهان امضا شد", "مصرف آب خانگی در تابستان رکورد زد",
           "نخستین پساب تصفیه‌شده به صنایع فولاد رسید", "سهم کشاورزی از منابع آب زیرزمینی کم می‌شود",
           "طرح آبرسانی به روستاهای سیستان به مرحله آخر رسید", "تعرفه تازه آب برای پرمصرف‌ها اعلام شد",
           "بازدید وزیر نیرو از خط لوله خلیج فارس به یزد", "شیرین‌سازی آب با انرژی خورشیدی در قشم آزمایش شد",
           "کمبود مخزن در شهرهای جنوبی تا مهر برطرف می‌شود", "سرمایه‌گذاری خارجی در صنعت آب دو برابر شد"]
_MENU = ["خانه", "شیرین‌سازی", "انتقال آب", "مصرف", "تماس با ما"]


_TICKER = ["ولاتکو: بازی سختی را بردیم", "نمایشگاه کتاب رفسنجان افتتاح شد", "احتمال بازگشت پوگبا به یوونتوس"]


def _site(stacks: list[list[str]], menu: list[str] = _MENU, ticker: bool = False,
          foot: str = "کلیه حقوق برای آب‌نامه محفوظ است.") -> list[str]:
    """Flat pages of one site: its name, its menu a line an item, on some pages with ``ticker`` a short
    headline of another story, then the labels of ``stacks[i]`` right over the headline (no blank line
    between them), the date, the story and ``foot``."""
    pages = []
    for i, (title, paras) in enumerate(zip(_TITLES, story_bodies(len(_TITLES)))):
        head = "\n".join([*stacks[i], title])
        other = [_TICKER[i % 3]] if ticker and i % 2 else []
        pages.append("\n\n".join(["آب‌نامه", "\n".join(menu), *other, head,
                                  f"تاریخ انتشار: ۱۴۰۲/۰۳/{10 + i:02d}", *paras, foot]))
    return pages


def test_a_section_drawn_out_with_kashida_over_a_plain_kicker_is_the_section(tmp_path):
    # The section's badge stretched with tatweel («شیرین‌ســـازی»), the kicker under it plain, though
    # the menu lists the kicker's words: the stretched label is the section.
    badges = ["شیرین‌ســـازی", "انتقـــال آب", "مصـــرف"]
    stacks = [[badges[i % 3], "گزارش آب"] if i % 4 == 0 else [badges[i % 3], "انتقال آب"] if i % 4 == 1
              else [badges[i % 3]] for i in range(len(_TITLES))]
    rows = refine_pages(tmp_path, _site(stacks, ticker=True))
    for i, stack in enumerate(stacks):
        r = rows[f"p{i:02d}"]
        assert line_key(r["section"] or "") == line_key(stack[0]), (i, r["section"], r["surtitle"])


def test_an_agency_credited_by_its_latin_acronym_under_the_story(tmp_path):
    # «منبع: MNA» under the story: Mehr, by its acronym (as «FNA» names Fars).
    rows = refine_pages(tmp_path, _site([["مصرف"]] * len(_TITLES), foot="منبع: MNA"))
    assert [r["agency"] for r in rows.values()] == ["مهر"] * len(_TITLES)
