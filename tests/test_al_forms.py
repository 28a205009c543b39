"""The forms of set AL (s61) the extractor read wrongly, each by its mechanism:

- a post's one machine-readable ``<time datetime>`` on a page with no article element (a social
  viewer's post card: the caption, then the time, in one box): the box it shares with the headline is
  the story's, so is its time (extract/html.py ``_lone_time``, ``_shared_box``); a time that shares only
  the page's ``<body>`` with the headline (the site's today in its header) stays no story's date;
- a mailing list archive's trail ends with the list's address: a mailbox is no section, as a host
  name is none (extract/sections.py ``acceptable``);
- a section label and its value apart: a label/value table's row «<td>گروه:</td><td>…</td>» (a
  disclosure portal's head, extract/html.py ``_label_elements``), and a section label alone on its
  line over a few short values, a wiki's «رده‌ها:» over its category links, whose first is the main
  one (extract/sections.py ``section_from_split_label``, read in HTML and in flat text);
- a mail's signature under its «-- » separator in a list archive's page: the sender's name and role,
  no story (extract/htmlbody.py ``_signature_under_dashes``);
- a box under the story whose heading the main-content extractor left out (a disclosure's signers,
  «<h4>امضاکنندگان اطلاعیه</h4>» over «name - role»): its rows are no story either
  (extract/htmlbody.py ``_under_dropped_heading``);
- a daily's PDF as text, its column hard-wrapped with no blank line between paragraphs: a line that
  ends a sentence tells nothing of the column's width, and a run of lines joined ends at the last
  line that ends a paragraph (extract/rejoin.py ``_run_spans``, ``wrapped_runs``).

The pages are written here, with words of their own."""
from __future__ import annotations

import pytest

from palayesh.extract import extract
from palayesh.extract.rejoin import fitted_width, rejoin_wrapped
from palayesh.extract.sections import acceptable, section_from_split_label

TITLE = "بازگشایی ایستگاه تازه خط دوم قطار شهری در هفته آینده"
PARAS = [
    "به گزارش خبرگزاری مهر، مدیرعامل شرکت قطار شهری از بازگشایی ایستگاه تازه خط دوم در هفته آینده خبر"
    " داد و گفت آزمایش‌های ایمنی این ایستگاه به پایان رسیده است.",
    "وی افزود با بهره‌برداری از این ایستگاه، زمان سفر ساکنان محله‌های شرقی تا مرکز شهر نزدیک به بیست"
    " دقیقه کوتاه‌تر می‌شود و بار ترافیکی خیابان‌های اطراف کاهش می‌یابد.",
    "به گفته او، ساخت دو ایستگاه دیگر این خط نیز تا پایان سال به پایان می‌رسد و قطارهای تازه‌ای برای"
    " کاهش فاصله حرکت خریداری شده است.",
]


def _post(time_box: str, header: str = "") -> str:
    caption = "<br><br>".join(PARAS)
    return (f'<html lang="fa"><head><meta charset="utf-8"><title>{TITLE} - نمایشگر پست</title>'
            f'<meta property="og:title" content="{TITLE}"></head><body>'
            f'<header><a class="logo">نمایشگر پست</a>{header}</header>'
            f'<div class="account"><div class="user">@metro_news</div>'
            f'<div class="stats">۱۲ هزار دنبال‌کننده</div></div>'
            f'<div class="post"><div class="caption"><strong>{TITLE}</strong><br><br>{caption}'
            f'<br><br>#قطار_شهری #مترو</div>'
            f'<div class="counts">❤️ ۳٬۲۷۸ · 💬 ۴۱</div>{time_box}</div>'
            f'<div class="more"><h3>پست‌های دیگر</h3><ul><li><a href="/p/2">افتتاح پارکینگ طبقاتی میدان شهر</a></li>'
            f'<li><a href="/p/3">تمدید ساعت کار قطار در شب‌های جشنواره</a></li></ul></div>'
            f'<footer><p>کلیه حقوق محفوظ است.</p></footer></body></html>')


def test_a_post_cards_lone_time_is_its_date():
    # the time in UTC, as the page tells machines: 17:40Z is 21:10 in Tehran (UTC+03:30)
    page = _post('<div class="time"><time datetime="2024-12-25T17:40:00.000Z">۱۴۰۳-۱۰-۰۵ ۲۱:۱۰</time></div>')
    art = extract(page)
    assert (art.published, art.published_jalali) == ("2024-12-25T21:10:00+03:30", "1403/10/05")
    assert art.paragraphs == PARAS


def test_a_time_in_the_sites_header_is_no_posts_date():
    # the one <time> stands in the site's header: it shares only the <body> with the headline
    page = _post("", header='<span class="today"><time datetime="2024-12-26T05:00:00Z">۶ دی ۱۴۰۳</time></span>')
    assert extract(page).published is None


@pytest.mark.parametrize("value, section", [
    ("news-fa@lists.example.ir", None),  # a mailing list's address on its archive's trail
    ("lists.example.ir", None),  # a host name, as before
    ("اخبار شرکت", "اخبار شرکت"),
])
def test_a_mailbox_is_no_section(value, section):
    assert acceptable(value) == section


def test_a_list_archives_trail_ends_with_the_lists_address():
    page = (f'<html lang="fa"><head><meta charset="utf-8"><title>{TITLE} - بایگانی فهرست</title></head><body>'
            f'<nav><a href="/">بایگانی فهرست</a><ul><li><a>فهرست‌ها</a></li><li><a>جستجو</a></li></ul></nav>'
            f'<ol class="breadcrumb"><li><a href="/archives/">فهرست‌ها</a></li><li>metro-fa@lists.example.ir</li></ol>'
            f'<h1>{TITLE}</h1><div class="email-body">{"".join(f"<p>{p}</p>" for p in PARAS)}</div>'
            f'<footer><p>Powered by HyperKitty</p></footer></body></html>')
    art = extract(page)
    assert art.section is None
    assert art.paragraphs == PARAS


def test_a_label_value_table_row_names_the_section():
    rows = [("نام شرکت:", "قطار شهری نمونه (سهامی عام)"), ("نماد:", "قطار"), ("گروه:", "اخبار شرکت"),
            ("تاریخ انتشار:", "۱۴۰۳/۰۲/۱۴ ۰۹:۳۰:۰۰")]
    table = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    page = (f'<html lang="fa"><head><meta charset="utf-8"><title>{TITLE} - سامانه اطلاعیه‌ها</title></head><body>'
            f'<div class="top"><b>سامانه اطلاعیه‌ها</b></div><table class="info">{table}</table>'
            f'<h1>{TITLE}</h1>{"".join(f"<p>{p}</p>" for p in PARAS)}'
            f'<footer><p>کلیه حقوق این سامانه محفوظ است.</p></footer></body></html>')
    art = extract(page)
    assert art.section == "اخبار شرکت"
    assert art.published == "2024-05-03T09:30:00+03:30"


CATEGORIES = ["حمل و نقل شهری", "ایران", "دی ۱۴۰۳"]


def _wiki_html() -> str:
    cats = "".join(f"<li><a>{c}</a></li>" for c in CATEGORIES)
    return (f'<html lang="fa"><head><meta charset="utf-8"><title>{TITLE} - ویکی خبر نمونه</title></head><body>'
            f'<div id="mw-head"><ul><li><a>صفحه</a></li><li><a>بحث</a></li><li><a>ویرایش</a></li></ul></div>'
            f'<div id="mw-panel"><ul><li><a>صفحهٔ اصلی</a></li><li><a>رویدادهای کنونی</a></li>'
            f'<li><a>مقالهٔ تصادفی</a></li><li><a>راهنما</a></li></ul></div>'
            f'<div id="content"><h1 id="firstHeading">{TITLE}</h1><div id="bodyContent"><div class="mw-parser-output">'
            f'<p><b>شنبه ۶ دی ۱۴۰۳</b></p>{"".join(f"<p>{p}</p>" for p in PARAS)}</div>'
            f'<div id="catlinks"><a href="/wiki/رده:همه">رده‌ها</a>: <ul>{cats}</ul></div></div></div>'
            f'<div id="footer"><ul><li>این صفحه آخرین‌بار در ۸ دی ۱۴۰۳ ویرایش شده است.</li></ul></div></body></html>')


def _wiki_text() -> str:
    return "\n".join(["صفحهٔ اصلی", "مقالهٔ تصادفی", TITLE, "شنبه ۶ دی ۱۴۰۳", *PARAS, "رده‌ها:", *CATEGORIES,
                      "این صفحه آخرین‌بار در ۸ دی ۱۴۰۳ ویرایش شده است."])


@pytest.mark.parametrize("page", [_wiki_html(), _wiki_text()], ids=["html", "text"])
def test_a_wikis_first_category_is_the_section(page):
    assert extract(page).section == "حمل و نقل شهری"


@pytest.mark.parametrize("lines, section", [
    (["متن.", "رده‌ها:", "شهری", "ایران", "این صفحه ویرایش شده است و متن آن در دسترس است."], "شهری"),
    # a column of a site's every category (a sidebar) names no story's section
    (["دسته‌ها:", *"ورزش اقتصاد سیاست فرهنگ هنر علم دین".split()], None),
    # a label with its value on its own line is read by the label readers, not here
    (["دسته‌بندی: ورزش", "فوتبال"], None),
    # a label over a long line: a sentence, no category
    (["موضوع:", "ایستگاه تازه خط دوم قطار شهری هفته آینده باز می‌شود"], None),
])
def test_section_from_split_label(lines, section):
    assert section_from_split_label(lines) == section


def _mail_archive(body_end: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS[:-1])
    return (f'<html lang="fa"><head><meta charset="utf-8"><title>{TITLE} - بایگانی فهرست</title></head><body>'
            f'<nav><a href="/">بایگانی فهرست</a><ul><li><a>فهرست‌ها</a></li><li><a>جستجو</a></li></ul></nav>'
            f'<h1 class="subject">{TITLE}</h1><div class="email-header"><div class="sender">مینا کاظمی</div>'
            f'<div class="date">Dec. 5, 2024, 10:23 a.m.</div></div>'
            f'<div class="email-body">{body}<p>{PARAS[-1]}</p>{body_end}</div>'
            f'<div class="email-info"><a>پاسخ</a> | <a>بازگشت به رشته</a></div>'
            f'<footer><p>Powered by HyperKitty</p></footer></body></html>')


@pytest.mark.parametrize("signature", [
    "<p>--<br>مینا کاظمی<br>دبیر انجمن صنفی</p>",
    "<p>-- <br>مینا کاظمی<br>دبیر انجمن صنفی<br>تلفن: ۰۲۱-۲۲۳۳۴۴۵۵</p>",
    "<p>--</p><p>مینا کاظمی</p>",
])
def test_a_mails_signature_under_its_dashes_is_no_story(signature):
    art = extract(_mail_archive(signature))
    assert art.paragraphs == PARAS


def test_prose_under_two_dashes_is_the_story_going_on():
    more = "مدیرعامل شرکت در پایان گفت مسافران می‌توانند از امروز برنامه حرکت قطارها را در سامانه شرکت ببینند."
    art = extract(_mail_archive(f"<p>--</p><p>{more}</p>"))
    assert art.paragraphs[-1] == more


def test_a_box_under_the_story_whose_heading_the_extractor_left_out_is_no_story():
    # a disclosure's signers under the announcement: «<h4>» over «name - role» in a box of its own
    page = (f'<html lang="fa"><head><meta charset="utf-8"><title>{TITLE} - سامانه اطلاعیه‌ها</title></head><body>'
            f'<div class="top"><b>سامانه اطلاعیه‌ها</b></div>'
            f'<h1>{TITLE}</h1>{"".join(f"<p>{p}</p>" for p in PARAS)}'
            f'<div class="signers"><h4>امضاکنندگان اطلاعیه</h4><p>مریم صادقی - مدیر عامل</p></div>'
            f'<div class="files">پیوست‌ها: دانلود فایل PDF</div>'
            f'<footer><p>کلیه حقوق این سامانه محفوظ است.</p></footer></body></html>')
    assert extract(page).paragraphs == PARAS


def _wrap(text: str, width: int) -> list[str]:
    """``text`` wrapped greedily at ``width`` columns, as a PDF's text dump sets a column."""
    out, line = [], ""
    for w in text.split():
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    return [*out, line]


SUBHEAD = "ایستگاه‌های تازه در راه است"
COLUMN = [
    "به گزارش خبرنگار ما، مدیرعامل شرکت قطار شهری روز گذشته در نشستی خبری از بازگشایی ایستگاه تازه خط"
    " دوم در هفته آینده خبر داد و گفت آزمایش‌های ایمنی این ایستگاه و پله‌های برقی آن به پایان رسیده است.",
    "وی افزود با بهره‌برداری از این ایستگاه، زمان سفر ساکنان محله‌های شرقی تا مرکز شهر نزدیک به بیست"
    " دقیقه کوتاه‌تر می‌شود و بار ترافیکی خیابان‌های اطراف میدان اصلی شهر در ساعت‌های اوج کاهش می‌یابد.",
    "به گفته او، ساخت دو ایستگاه دیگر این خط نیز تا پایان سال به پایان می‌رسد و قطارهای تازه‌ای برای"
    " کاهش فاصله حرکت خریداری شده است که نخستین آن‌ها ماه آینده از کارخانه سازنده به شهر می‌رسد.",
    "مدیرعامل شرکت در پایان گفت مسافران می‌توانند از امروز برنامه حرکت قطارها و ساعت کار ایستگاه‌ها را"
    " در سامانه شرکت ببینند و پیشنهادهای خود را برای بهبود خدمات از همین سامانه بفرستند.",
]


def _pdf_column(width: int = 60) -> list[str]:
    # a page of a daily's PDF as text: no blank line between the paragraphs, a subheading between them
    return ["۳", "روزنامه نمونه", TITLE, *_wrap(COLUMN[0], width), *_wrap(COLUMN[1], width), SUBHEAD,
            *_wrap(COLUMN[2], width), *_wrap(COLUMN[3], width), "ادامه در صفحه ۴"]


def test_a_pdf_columns_width_is_read_past_its_paragraph_ends():
    # (a paragraph's last line, which ends a sentence, tells nothing of the width: it ends its run)
    assert fitted_width(_pdf_column()) == 60


def test_a_pdf_columns_paragraphs_are_joined_again():
    lines = _pdf_column()
    # (the first paragraph's last line ends near the width: read alone, it would join the next
    # paragraph, and the joined run would end on no paragraph's end, under the subheading)
    joined = rejoin_wrapped(lines, 60)
    assert [t for t in joined if t in COLUMN] == COLUMN
    assert SUBHEAD in joined
