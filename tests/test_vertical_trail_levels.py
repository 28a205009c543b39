"""A trail set an item a line under the headline, of two levels or three («خانه» / «ورزش» /
«فوتبال»), names its deepest level (:func:`palayesh.extract.text._trail_item_under_home`); under a
headline the page shows twice (the header's copy, then again atop the story) the trail between the
two copies counts as under the headline (:func:`palayesh.extract.text._trail_under_first_copy`)."""
from conftest import made_titles, refine_site, story_bodies
from palayesh.extract.text import _trail_under_first_copy, classify

MENU = ["خانه", "ورزش", "اقتصاد", "فرهنگ", "تماس با ما"]
TRAILS = [["ورزش", "فوتبال"], ["اقتصاد"], ["فرهنگ", "سینما"], ["اقتصاد", "بورس"], ["ورزش"], ["فرهنگ"]]
TITLES = made_titles(12, ["ساخت پل تازه", "جشنواره فیلم کوتاه", "مسابقه دو میدانی", "نمایشگاه کتاب کودک"],
                     ["اصفهان", "شیراز", "تبریز"])
BODIES = story_bodies(12)


def _page(i: int, twice: bool) -> list[str]:
    t = TITLES[i]
    head = ["پایگاه خبری شهر نو", *MENU, t, "اشتراک: تلگرام | واتساپ | ایتا"]
    meta = ["خانه", *TRAILS[i % len(TRAILS)], f"تاریخ انتشار: {i + 1} مهر ۱۴۰۲", f"تعداد بازدید: {i + 3},۴۵۶",
                          "۲ دقیقه مطالعه", "A+ | A- | چاپ"]
    return head + meta + ([t] if twice else []) + BODIES[i][:3] + ["برچسب‌ها", "شهر", "تماس با ما"]


def _sections(tmp_path, twice: bool) -> dict[int, str | None]:
    rows = refine_site(tmp_path, [_page(i, twice) for i in range(12)])
    return {int(k[1:]): r["section"] for k, r in rows.items()}


def test_vertical_trail_of_two_levels(tmp_path):
    got = _sections(tmp_path, twice=False)
    want = {i: TRAILS[i % len(TRAILS)][-1] for i in range(12)}
    assert got == want


def test_trail_between_two_copies_of_the_headline_control(tmp_path):
    got = _sections(tmp_path, twice=True)
    want = {i: TRAILS[i % len(TRAILS)][-1] for i in range(12)}
    assert got == want


def test_trail_under_the_first_copy_when_the_lower_copy_is_read_as_headline():
    t = "ساخت پل تازه در اصفهان آغاز شد"
    lines = [classify(x) for x in (t, "خانه", "اقتصاد", "تاریخ انتشار: ۱ مهر ۱۴۰۲", t, BODIES[0][0])]
    assert _trail_under_first_copy(lines, 4, set(), set()) == "اقتصاد"
    assert _trail_under_first_copy(lines[1:], 3, set(), set()) is None  # (the headline shown once)
