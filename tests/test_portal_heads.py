"""A portal's head set as a table of fields, and a channel mirror's forwarded-from line (issue 12).

A government portal (ASP.NET WebForms) shows no ``<h1>``: its head is a label/value table, «عنوان خبر:»
over the headline, «تاریخ:» over the date, «سرویس خبری:» over the section, each label and value on a
line of its own on a flat page. Read from the story up, the section's value is the first short line of
a headline's words: the box of fields names it (a section label, or the label whose value the site's
menu lists on its pages), so the headline is the value above it. In HTML the lead under such a
table stands among the table's next siblings, as it does under an ``<h1>``. A Telegram channel's mirror
credits the story only in the line over the headline, «↪️ بازنشر از کانال فارس».
"""
from __future__ import annotations

from conftest import refine_site, story_bodies
from palayesh.extract import extract

_MENU = "خانه | ستاد نماز جمعه | امامان جمعه | متن خطبه‌ها | قطعنامه‌ها | اوقات شرعی | اخبار استان‌ها و شهرها"
_TITLES = [f"برگزاری مراسم نماز جمعه در شهر {c} با حضور {w} هزار نفر از نمازگزاران" for c, w in
           zip(["ساری", "بابل", "آمل", "قم", "کاشان", "یزد", "اراک", "زنجان", "سمنان", "ایلام", "کرج", "رشت"],
               ["ده", "بیست", "سی", "چهل", "پنجاه", "شصت"] * 2)]
#: the sections filed: the menu's items, two of a headline's words (each on few of the pages)
_FILED = ["ستاد نماز جمعه", "قطعنامه‌ها", "امامان جمعه", "متن خطبه‌ها", "اخبار استان‌ها و شهرها", "اوقات شرعی",
          "قطعنامه‌ها", "ستاد نماز جمعه", "امامان جمعه", "متن خطبه‌ها", "اوقات شرعی", "قطعنامه‌ها"]


def _portal_page(i: int, paras: list[str], *, label: str = "سرویس خبری:", menu: str = _MENU,
                 filed: list[str] = _FILED) -> list[str]:
    return ["مصلی خبر", menu, "عنوان خبر:", _TITLES[i], "تاریخ:", f"{i + 1} تیر ۱۴۰۲ (۱۲:۵۱ ب.ظ)",
            label, filed[i], f"{i + 3},۶۸۷ بازدید", *paras, "کلیه حقوق این پایگاه محفوظ است."]


def test_the_section_value_of_a_portals_field_table_is_no_headline(tmp_path):
    # the run's pages all show the table: the section's value (three words, «ستاد نماز جمعه») is
    # the lowest short line of the head, the headline the value of the field above it
    rows = refine_site(tmp_path, [_portal_page(i, p) for i, p in enumerate(story_bodies(12, 3))])
    got = {r["title"]: r["section"] for r in rows.values()}
    assert got == dict(zip(_TITLES, _FILED))


def test_a_field_table_under_a_label_no_lexicon_holds_names_the_section_the_menu_lists(tmp_path):
    # (a renamed label: the site's pages teach that its values are the menu's items, one of a
    # headline's words on one page alone)
    filed = [x.replace("اخبار استان‌ها و شهرها", "خطبه‌های نماز جمعه") for x in _FILED]
    menu = _MENU.replace("اخبار استان‌ها و شهرها", "خطبه‌های نماز جمعه")
    pages = [_portal_page(i, p, label="پخش شده در:", menu=menu, filed=filed) for i, p in enumerate(story_bodies(12, 3))]
    rows = refine_site(tmp_path, pages)
    got = {r["title"]: r["section"] for r in rows.values()}
    assert got == dict(zip(_TITLES, filed))


_TABLE = ('<table id="ctl00_ContentPlaceHolder1_tblNews" class="news-info">'
          '<tr><td class="lbl">عنوان خبر:</td><td><span id="ctl00_ContentPlaceHolder1_lblTitle">{title}</span>'
          "</td></tr>"
          '<tr><td class="lbl">تاریخ انتشار:</td><td><span id="ctl00_ContentPlaceHolder1_lblDate">'
          "۱۵:۴۶ - ۱۴۰۲/۰۴/۲۶</span></td></tr>"
          '<tr><td class="lbl">گروه خبری:</td><td><span id="ctl00_ContentPlaceHolder1_lblGroup">جدول خاموشی</span>'
          "</td></tr></table>")


def _html(head: str, paras: list[str], title: str) -> str:
    story = "".join(f"<p>{p}</p>" for p in paras)
    return (f'<html><head><title>{title} - برق امروز</title></head><body><div class="header">برق امروز</div>'
            f'<div class="main"><div class="head">{head}</div><div class="body">{story}</div></div>'
            '<div class="footer">کلیه حقوق محفوظ است.</div></body></html>')


def test_the_lead_under_a_portals_field_table_of_the_head():
    lead = "مدیرعامل شرکت توزیع برق استان از اجرای جدول جدید خاموشی‌ها از روز شنبه در همه مناطق شهر خبر داد."
    title = "جدول جدید خاموشی‌ها از شنبه اجرا می‌شود"
    head = (_TABLE.format(title=title) + '<div class="meta">۴۸,۴۲۶ بازدید</div><div class="meta">۱ دقیقه مطالعه</div>'
            f"<p><strong>{lead}</strong></p>")
    a = extract(_html(head, story_bodies(1, 4)[0], title))
    assert (a.title, a.section, a.lead) == (title, "جدول خاموشی", lead)


def test_a_layout_table_holding_the_page_is_no_field_table():
    # (an old site's page in one table: its cells are the page, the lead no sibling of it)
    from lxml import html as lh

    from palayesh.extract.html import _field_table_of

    cells = "".join(f"<tr><td>{p}</td></tr>" for p in story_bodies(1, 8)[0])
    root = lh.fromstring(f'<div><table><tr><td><span id="t">عنوان</span></td></tr>{cells}</table></div>')
    span = root.xpath('//span[@id="t"]')[0]
    assert _field_table_of(span) is span
    small = lh.fromstring('<div><table><tr><td>عنوان:</td><td><span id="t">عنوان خبر</span></td></tr></table></div>')
    span = small.xpath('//span[@id="t"]')[0]
    assert _field_table_of(span).tag == "table"


def test_the_agency_a_channel_mirror_forwards_from_over_the_headline():
    fwd = ('<div class="tgme_widget_message_forwarded_from accent_color">↪️ بازنشر از کانال '
           '<a class="tgme_widget_message_forwarded_from_name" href="https://t.me/s/3145">ایسنا</a></div>')
    title = "برگزاری نماز جمعه تهران به امامت خطیب موقت این هفته"
    paras = ["به گزارش خطبه آنلاین، نماز جمعه این هفته تهران با حضور گسترده نمازگزاران در مصلای امام خمینی"
             " برگزار شد و خطیب موقت در خطبه‌های خود به موضوعات روز کشور پرداخت.", *story_bodies(1, 3)[0][1:]]
    a = extract(_html(f"{fwd}<h2>{title}</h2><div>کد خبر ۳۷۱۱۳۴۹</div>", paras, title))
    assert (a.title, a.agency) == (title, "ایسنا")
    b = extract(_html(f"<div>اخبار ورزشی</div><h2>{title}</h2><div>کد خبر ۳۷۱۱۳۴۹</div>", paras, title))
    assert b.agency is None  # (a line over the headline that credits nothing)
