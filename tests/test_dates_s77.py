"""s77-dates: published dates, titles and agency of pages other tools saved (a chat server's log, a
subtitle file), each by its mechanism (extract/chatlog.py, extract/subtitles.py)."""
import pytest

from conftest import refine_pages, story_bodies
from palayesh.extract import extract

TITLE = "بازگشایی پل تاریخی شهر پس از دو سال مرمت"
STORY = ["به گزارش مهر، پل تاریخی شهر پس از دو سال مرمت از امروز دوباره به روی عابران پیاده باز شد و آیین"
         " بازگشایی آن با حضور مسئولان استان برگزار شد.",
         "مدیر میراث فرهنگی استان گفت در این مرمت سنگ‌فرش پل و دیواره‌های آن بازسازی شده و روشنایی تازه‌ای"
         " برای شب‌ها در نظر گرفته شده است."]


def _log_lines(card: bool, stamps: list[str], foot: str) -> list[str]:
    """A chat server's channel saved as lines: the server's and channel's names, members' messages
    under heads «<author> <stamp>», a bot's message (a card: outlet, heading, text, footer)."""
    bot = ["ایسنا", TITLE, *STORY, f"ایسنا • {foot}"] if card else [*STORY]
    return ["انجمن پل‌سازان", "گفتگو / #khabar", f"رضا کریمی {stamps[0]}", "کسی خبر دارد؟",
            f"خبررسان BOT {stamps[1]}", *bot, f"سارا نیکو {stamps[2]}", "ممنون بابت خبر",
            f"امید رحیمی {stamps[3]}", "عالی"]


def _log_html(lines: list[str]) -> str:
    blocks = "".join(f"<div class='m'>{ln}</div>" for ln in lines)
    return f"<html><head><title>انجمن پل‌سازان - گفتگو</title></head><body><main>{blocks}</main></body></html>"


US = ["03/04/2022 9:15 PM", "03/05/2022 10:02 AM", "03/05/2022 11:40 AM", "03/05/2022 1:05 PM"]


@pytest.mark.parametrize("html", [False, True])
def test_a_chat_logs_card_gives_the_storys_title_agency_and_date(html):
    # the heads' times are the chat's; the card's heading is the title, its footer names the outlet
    # and the story's instant, «03/02/2022 8:30 AM» month first (an AM/PM clock: the US client's)
    lines = _log_lines(True, US, "03/02/2022 8:30 AM")
    art = extract(_log_html(lines) if html else "\n".join(lines))
    assert (art.title, art.agency, art.published[:10]) == (TITLE, "ایسنا", "2022-03-02")
    assert art.paragraphs == STORY


def test_a_chat_logs_long_message_with_no_card_is_dated_by_its_head():
    # (a 24-hour clock: day first, as the file's «13/04/2022» says)
    stamps = ["12/04/2022 21:15", "13/04/2022 10:02", "13/04/2022 11:40", "13/04/2022 13:05"]
    art = extract("\n".join(_log_lines(False, stamps, "")))
    assert art.published[:10] == "2022-04-13"


def test_comments_under_a_story_make_no_chat_log():
    # a story, then readers' comments under heads of one shape: the story's own day dates it
    comments = [x for i in range(3) for x in (f"کاربر {i} 1401/01/1{i} 12:30", "نظر خوبی بود")]
    art = extract("\n".join(["اخبار شهر", TITLE, "دوشنبه ۸ فروردین ۱۴۰۱", *STORY, "نظرات", *comments]))
    assert (art.title, art.published[:10]) == (TITLE, "2022-03-28")


def _vtt(day: str | None, cues: list[str]) -> str:
    note = f"برنامه «گزارش روز» — پخش: {day}" if day else "برنامه «گزارش روز»"
    out = ["WEBVTT", "Kind: captions", "Language: fa", "", "NOTE", note, "زیرنویس: شبکه نمونه", ""]
    for i, cue in enumerate(cues):
        out += [str(i + 1), f"00:00:{2 * i:02d}.000 --> 00:00:{2 * i + 2:02d}.000 align:right line:85%", cue, ""]
    return "\n".join(out)


def test_a_subtitle_files_note_dates_it():
    cues = [TITLE, *STORY, "در ۲ فروردین ۱۴۰۴ هم گفته بودیم"]
    assert extract(_vtt("دوشنبه ۳۱ فروردین ۱۴۰۵", cues)).published == "2026-04-20"
    # a note that names no day: none (the day a speaker names in a cue is no date of the file)
    assert extract(_vtt(None, cues)).published is None


def test_a_subtitle_files_note_dates_it_in_a_run(tmp_path):
    # the run learns the site's header lines: the note's day is still the file's, not a site header's
    days = ["دوشنبه ۳۱ فروردین ۱۴۰۵", "یکشنبه ۷ آبان ۱۳۹۶", "شنبه ۱۶ دی ۱۴۰۲", "جمعه ۲۵ آذر ۱۴۰۱",
            "چهارشنبه ۸ بهمن ۱۴۰۴", "سه‌شنبه ۴ مهر ۱۳۹۶"]
    gold = ["2026-04-20", "2017-10-29", "2024-01-06", "2022-12-16", "2026-01-28", "2017-09-26"]
    bodies = story_bodies(len(days), 3)
    pages = [_vtt(d, [f"خبر شماره {k} از برنامه", *b]) for k, (d, b) in enumerate(zip(days, bodies))]
    rows = refine_pages(tmp_path, pages)
    assert [(rows[f"p{k:02d}"]["published"] or "")[:10] for k in range(len(days))] == gold


def _issue(day: str | None) -> str:
    """A newsletter issue: its heading and sent day, the featured story's heading (the page's title)
    and its day or none, the issue's other items."""
    own = f"<div class='d'>{day}</div>" if day else ""
    body = "".join(f"<p>{p}</p>" for p in STORY)
    return (f"<html><head><title>خبرنامه شهر</title><meta property='og:title' content='{TITLE}'></head><body>"
            f"<header><a class='logo' href='/'>خبرنامه شهر</a></header><h1>گزیده‌های هفته — شماره ۲۱۵</h1>"
            f"<div class='sent'>ارسال‌شده در ۲۴ اردیبهشت ۱۴۰۲</div><p>سلام؛ در این شماره خبر مهم هفته را آورده‌ایم.</p>"
            f"<h2>{TITLE}</h2>{own}{body}<h2>خبرهای دیگر</h2><ul><li>افتتاح کتابخانه محله</li>"
            f"<li>جشنواره گل در پارک شهر</li></ul></body></html>")


def test_a_newsletter_issues_sent_day_dates_no_featured_story():
    # the day under the issue's <h1> is the issue's; the story under its <h2> has its own, or none
    assert extract(_issue("چهارشنبه ۲۰ اردیبهشت ۱۴۰۲")).published[:10] == "2023-05-10"
    assert extract(_issue(None)).published is None


def _viewer(day: bool) -> str:
    """A document viewer's page: its toolbar, its properties dialog (hidden until asked: the file's
    name, creation and change), the document's text layer (its headline, its publication line or none)."""
    dialog = ("<div id='props' class='dialog hidden'><div>نام پرونده: gozaresh-42.pdf</div>"
              "<div>تاریخ ایجاد: 12/18/19, 11:40:00 PM</div><div>تاریخ تغییر: 12/29/19, 03:12:00 PM</div></div>")
    line = "<span>انتشار: ۱۳۹۸/۰۹/۲۶ ساعت ۰۷:۴۳</span><br>" if day else ""
    body = "".join(f"<span>{p}</span><br>" for p in STORY)
    return (f"<html><head><title>gozaresh.pdf</title></head><body><div id='toolbar'><button>صفحه قبل</button>"
            f"<button>صفحه بعد</button><button>چاپ</button></div>{dialog}<div class='page'><div class='textLayer'>"
            f"<span>خبرنامه داخلی شماره ۶۲</span><br><span>{TITLE}</span><br>{line}{body}</div></div></body></html>")


def test_a_hidden_dialogs_dates_date_no_story():
    # the viewer's properties dialog is hidden: its file's creation is no date the page shows
    assert extract(_viewer(True)).published[:10] == "2019-12-17"
    assert extract(_viewer(False)).published is None


def test_a_day_over_a_subtitle_files_signature_is_the_pages_not_the_files():
    # a site's «today» over the pasted file, its day under the cues: the file's header names none
    page = "\n".join(["سه‌شنبه ۷ مرداد ۱۴۰۴", _vtt(None, [TITLE, *STORY]), "", "تاریخ: ۲۰:۵۴ - چهارشنبه ۱۴۰۲.۰۷.۲۶"])
    assert extract(page).published[:10] == "2023-10-18"
