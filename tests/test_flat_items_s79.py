"""A flat copy of a mostly-HTML site learns the site's lines from its HTML pages' rows of items (s79).

A site's HTML page shows a row of inline items as one line («<span>کانال نسیم</span> <span>عضویت در
کانال</span>»); a flat copy of the page (a text dump, a saved copy) writes one item a line. The flat
copies, too few for a family of their own, borrow their site's template from its HTML pages
(:func:`palayesh.extract.template.html_families`); those count their lines with their rows of items
cut too (:func:`palayesh.extract.pagetext.html_item_lines`), so the flat copy meets them by its first
line and knows its join button for the site's, not the headline over the post's date.

Written fresh for s79 (a small synthetic channel mirror, no set's).
"""
from conftest import read_rows, story_bodies
from palayesh import refine

HEADLINES = ["بارش برف راه‌های کوهستانی شمال را بست", "نمایشگاه کتاب کودک در اصفهان گشایش یافت",
             "قیمت نان در سه استان افزایش یافت", "مسابقات کشتی جوانان در کرمانشاه آغاز شد",
             "طرح کاشت درخت در حاشیه شهر اجرا می‌شود", "ساعت کار ادارات استان تغییر می‌کند",
             "سد کرج به ظرفیت کامل رسید", "جشنواره فیلم کوتاه برگزیدگان خود را شناخت",
             "بازار میوه شب عید رونق گرفت", "کلاس‌های آموزش شنا در تابستان برگزار می‌شود",
             "پل تازه رودخانه به روی خودروها باز شد", "داوطلبان کنکور کارت ورود به جلسه را دریافت کنند",
             "قطار مسافری مشهد با تاخیر حرکت کرد", "ورزشگاه شهر برای میزبانی آماده شد"]
CHANNEL, HANDLE, JOIN = "کانال نسیم", "@nasim_khabar", "همراه کانال شوید"
FORWARDED, NOTE = "بازنشر از کانال خبر فوری", "نظرات خود را برای ما بفرستید"
DAYS = ["۳ خرداد ۱۴۰۱", "۴ خرداد ۱۴۰۱", "۵ خرداد ۱۴۰۱", "۶ خرداد ۱۴۰۱", "۷ خرداد ۱۴۰۱"]


def _forwarded(i: int) -> str:
    return HEADLINES[(i + 5) % len(HEADLINES)]  # (a short post: another page's headline)


def _html(i: int, headline: str, paras: list[str]) -> str:
    # the channel's head as a row of items, the day's separator, the post: its headline, its story
    text = "<br>".join([headline, *paras[:3]])
    return (f"<html><head><title>{CHANNEL} | پیام‌رسان</title>"
            f"<link rel='canonical' href='https://view.nasim-channel.ir/nasim_khabar/{5000 + i}'></head><body>"
            f"<div class='head'><span>{CHANNEL}</span> <span>{HANDLE}</span> <span>1{i}٫۵ هزار عضو</span> "
            f"<span>{JOIN}</span></div><div class='day'>{DAYS[i % 5]}</div>"
            f"<div class='post'><div class='fwd'>{FORWARDED}</div><div class='text'>{_forwarded(i)}<br>{NOTE}</div>"
            f"<div class='meta'><span>👁 3{i}٫۸K</span> <span>17:4{i % 10}</span></div></div>"
            f"<div class='day'>{DAYS[(i + 1) % 5]}</div>"
            f"<div class='post'><div class='text'>{text}</div><div class='meta'><span>👁 2{i}٫۱K</span> "
            f"<span>19:2{i % 10}</span></div></div></body></html>")


def _flat(i: int, headline: str, paras: list[str]) -> str:
    # the same page saved as text: one item a line
    return "\n".join([CHANNEL, HANDLE, f"3{i}٫۷ هزار عضو", JOIN, DAYS[i % 5], FORWARDED, _forwarded(i), NOTE,
                      f"👁 4{i}٫۸K", f"18:4{i % 10}", DAYS[(i + 1) % 5], headline, *paras[:3],
                      f"👁 1{i}٫۲K", f"20:1{i % 10}"]) + "\n"


def test_a_head_row_of_items_is_cut_one_item_a_line_and_a_sentence_with_a_link_is_not():
    from palayesh.extract.pagetext import html_item_lines
    from palayesh.extract.step import head_items

    lines, rows = html_item_lines(_html(1, HEADLINES[0], story_bodies(1)[0]))
    assert lines[0] == f"{CHANNEL} {HANDLE} 11٫۵ هزار عضو {JOIN}"
    items = head_items(lines, rows)
    assert items is not None and items[:4] == [CHANNEL, HANDLE, "11٫۵ هزار عضو", JOIN]
    assert html_item_lines("<p>قیمت <a href='/x'>نان</a> افزایش یافت.</p>") == (["قیمت نان افزایش یافت."], {})
    # (text of the block's own between its items: «خانه | اخبار» stays one line)
    assert html_item_lines("<div><a>خانه</a> | <a>اخبار</a></div>")[1] == {}
    # (a row under the story's first paragraph stays whole: a list's «<badge> <headline>»)
    lines, rows = html_item_lines(f"<p>{story_bodies(1)[0][0]}</p><li><span>اجتماعی</span> <a>{HEADLINES[1]}</a></li>")
    assert rows == {1: ["اجتماعی", HEADLINES[1]]} and head_items(lines, rows) is None


def test_a_flat_copy_of_a_channel_mirror_takes_its_post_not_the_join_button(tmp_path):
    # (fails before s79: the flat copies, three of a site of HTML pages, met no family of its HTML
    # pages, whose head is one line with digits, and took «همراه کانال شوید», over the day, for the headline)
    src = tmp_path / "pages"
    src.mkdir()
    bodies = story_bodies(len(HEADLINES))
    flat = {11, 12, 13}
    for i, (h, paras) in enumerate(zip(HEADLINES, bodies)):
        if i in flat:
            (src / f"p{i:02d}.txt").write_text(_flat(i, h, paras), encoding="utf-8")
        else:
            (src / f"p{i:02d}.html").write_text(_html(i, h, paras), encoding="utf-8")
    out = tmp_path / "out"
    refine(src, out, workers=1, progress="none")
    got = {r["id"]: r["title"] for r in read_rows(out) + read_rows(out, "rejected")}
    assert {k: got.get(f"p{k:02d}") for k in flat} == {k: HEADLINES[k] for k in flat}
