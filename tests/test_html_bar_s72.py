"""A ``<title>`` the site's pages show whole, the same over most of them (s72): it names none of
their stories (:meth:`palayesh.extract.template.PageTemplate.bar_share`), and a page without a
heading element takes its headline from its lines.

Written fresh for s72 (a small synthetic site, no set's).
"""
from conftest import read_rows, story_bodies
from palayesh import refine

HEADLINES = ["بارش برف راه‌های کوهستانی شمال را بست", "نمایشگاه کتاب کودک در اصفهان گشایش یافت",
             "قیمت نان در سه استان افزایش یافت", "مسابقات کشتی جوانان در کرمانشاه آغاز شد",
             "طرح کاشت درخت در حاشیه شهر اجرا می‌شود", "ساعت کار ادارات استان تغییر می‌کند",
             "سد کرج به ظرفیت کامل رسید", "جشنواره فیلم کوتاه برگزیدگان خود را شناخت"]


def _page(i: int, headline: str, paras: list[str], title: str) -> str:
    # a reader's page of a service that names itself in every page's <title>: its menu, a headline,
    # the story's day, the story; no <h1>, no og:title
    body = "".join(f"<p>{p}</p>" for p in paras[:3])
    return (f"<html><head><title>{title}</title></head><body>"
            f"<div class='nav'><div>صندوق</div><div>فرستاده‌ها</div><div>پیش‌نویس‌ها</div></div>"
            f"<div class='subject'>{headline}</div><div class='day'>۱{i} مهر ۱۴۰۲</div>"
            f"<div class='msg'>{body}</div><div class='foot'>چاپارک، پیام‌رسان ایرانی</div></body></html>")


def _titles(tmp_path, title) -> dict[str, str]:
    src = tmp_path / "pages"
    src.mkdir()
    for i, (h, paras) in enumerate(zip(HEADLINES, story_bodies(len(HEADLINES)))):
        (src / f"p{i:02d}.html").write_text(_page(i, h, paras, title(i, h)), encoding="utf-8")
    out = tmp_path / "out"
    refine(src, out, workers=1, progress="none")
    return {r["id"]: r["title"] for r in read_rows(out) + read_rows(out, "rejected")}


def test_a_title_the_same_over_every_page_names_no_story(tmp_path):
    # (fails before s72: every page's title was «نمایش پیام», the side of the <title> past the name)
    got = _titles(tmp_path, lambda i, h: "چاپارک - نمایش پیام")
    assert got == {f"p{i:02d}": h for i, h in enumerate(HEADLINES)}


def test_a_title_bar_naming_each_story_stays(tmp_path):
    got = _titles(tmp_path, lambda i, h: f"{h} - چاپارک")
    assert got == {f"p{i:02d}": h for i, h in enumerate(HEADLINES)}
