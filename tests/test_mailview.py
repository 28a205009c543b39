"""A mail's print view (:mod:`palayesh.extract.mailview`): the pasted story's headline and date, not
the webmail's name, the subject or the date the mail was sent."""

import pytest

from palayesh import extract
from palayesh.extract.mailview import mail_view

STORY = ["افتتاح دو نیروگاه تازه در استان فارس", "۱۲ آذر ۱۴۰۲ - ۱۰:۲۰",
         "به گزارش ایرنا دو نیروگاه تازه امروز با حضور وزیر نیرو در استان فارس افتتاح شد و به شبکه پیوست.",
         "این دو نیروگاه ظرفیت تولید برق استان را تا پایان سال به میزان قابل توجهی افزایش خواهند داد."]


def _html(header_rows: str, title: str) -> str:
    paras = "".join("<p>%s</p>" % t for t in STORY[2:])
    return ("<html><head><meta charset=utf-8><title>%s</title></head><body dir=rtl><div>Print</div>"
            "<table>%s</table><hr><div>سلام، برای اطلاع همکاران.</div><div>-----Original Message-----</div>"
            "<p><b>%s</b></p><p>%s</p>%s</body></html>") % (title, header_rows, STORY[0], STORY[1], paras)


@pytest.mark.parametrize("rows,title", [
    # Outlook on the web, English labels in their own cells, the sent day a Gregorian one
    ("<tr><td>From:</td><td>Ali &lt;ali@outlook.com&gt;</td></tr><tr><td>Sent:</td>"
     "<td>Friday, December 8, 2023 10:27 PM</td></tr><tr><td>To:</td><td>Maryam</td></tr>"
     "<tr><td>Subject:</td><td>FW: please read</td></tr>", "Outlook"),
    # a Persian webmail: label and value on one line, no address, the subject another wording
    ("<tr><td>از: علی رضایی</td></tr><tr><td>به: مریم</td></tr><tr><td>موضوع: این خبر را ببینید</td></tr>"
     "<tr><td>تاریخ: ۱۷ آذر ۱۴۰۲ ساعت ۰۹:۱۰</td></tr>", "این خبر را ببینید"),
    # Roundcube: the labels without colons, each in its own cell
    ("<tr><td>موضوع</td><td>این خبر را ببینید</td></tr><tr><td>از</td><td>علی &lt;ali@mail.ir&gt;</td></tr>"
     "<tr><td>به</td><td>مریم</td></tr><tr><td>تاریخ</td><td>2023-12-08 09:10</td></tr>", "Roundcube Webmail"),
])
def test_html_print_view_story(rows, title):
    a = extract(_html(rows, title))
    assert a.title == STORY[0]
    assert a.published.startswith("2023-12-03")


def test_thunderbird_print_body_is_the_story_under_its_headline():
    # a mail client's print of a forwarded mail: the sender's note, the forwarded message's header
    # table and the story's agency line stand over the pasted headline; its date line under it: none
    # of them is the story's body
    paras = "".join("<p>%s</p>" % t for t in STORY[2:])
    raw = ("<html><head><meta charset=utf-8><title>Fwd: %s</title></head><body>"
           "<table><tr><td><b>Subject: </b>Fwd: %s</td></tr><tr><td><b>From: </b>مریم &lt;info@coop.ir&gt;</td></tr>"
           "<tr><td><b>Date: </b>Sun, 10 Dec 2023 09:10:00 +0330</td></tr><tr><td><b>To: </b>اعضا &lt;board@coop.ir&gt;"
           "</td></tr></table><div><p>سلام، این خبر را برای اطلاع اعضا می‌فرستم.</p>"
           "<div>-------- Forwarded Message --------</div><table><tr><th>Date: </th>"
           "<td>Fri, 8 Dec 2023 04:21:00 +0330</td></tr><tr><th>From: </th><td>علی توکلی &lt;568@coop.ir&gt;</td></tr>"
           "<tr><th>To: </th><td>مریم &lt;info@coop.ir&gt;</td></tr></table><div><p><b>خبرگزاری ایرنا</b></p>"
           "<h2>%s</h2><p>تاریخ انتشار: %s | کد خبر: ۵۱۴۴۶</p>%s</div></div></body></html>"
           ) % (STORY[0], STORY[0], STORY[0], STORY[1], paras)
    a = extract(raw)
    assert a.title == STORY[0] and a.published.startswith("2023-12-03")
    assert [t for t in (a.lead, *a.paragraphs) if t] == STORY[2:]


def test_forwarded_mail_as_text_keeps_the_story_under_its_headline():
    # the same print saved as text: the note and the forwarded header over the story are no lead and
    # no paragraph; the story's own «سرویس: …» label under its agency's name is its section
    raw = "\n".join(["Subject: Fwd: " + STORY[0], "From: مریم <info@coop.ir>", "Date: Sun, 10 Dec 2023 09:10:00 +0330",
                     "To: اعضا <board@coop.ir>", "سلام، این خبر را برای اطلاع اعضا می‌فرستم.",
                     "-------- Forwarded Message --------", "Date:", "Fri, 8 Dec 2023 04:21:00 +0330", "From:",
                     "علی توکلی <568@coop.ir>", "To:", "مریم <info@coop.ir>", "خبرگزاری ایرنا", "سرویس: انرژی",
                     STORY[0], "تاریخ انتشار: %s | کد خبر: ۵۱۴۴۶" % STORY[1], *STORY[2:], "انتهای پیام/"])
    a = extract(raw)
    assert a.title == STORY[0] and a.section == "انرژی"
    assert [t for t in (a.lead, *a.paragraphs) if t] == STORY[2:]


def test_text_mail_without_address():
    # a Persian mail saved as text, its header naming no address: the pasted story's own date
    raw = "\n".join(["فرستنده: سمیرا بهرامی", "گیرنده: رضا امینی", "تاریخ: ۱۴۰۲/۰۹/۱۷",
                     "موضوع: FW: افتتاح نیروگاه", "", "سلام، این خبر را ببینید.", "", *STORY])
    a = extract(raw)
    assert a.title == STORY[0]
    assert a.published.startswith("2023-12-03")
    assert a.section is None  # (the subject is no section)


def test_no_story_under_header():
    # no headline over a date line in the message: the subject without its forward mark
    v = mail_view(["From: Ali <ali@x.ir>", "To: Maryam", "Subject: Fwd: جلسه هفته آینده", "",
                   "سلام، جلسه هفته آینده برگزار می‌شود."])
    assert v is not None and v.title == "جلسه هفته آینده" and v.story_date is None
    # a letter's «شماره / تاریخ / پیوست» names no sender and no recipient: no mail
    assert mail_view(["شماره: ۱۲۳", "تاریخ: ۱۴۰۲/۰۹/۱۲", "پیوست: ندارد", "موضوع: بخشنامه"]) is None


def test_forwarded_header_dates_the_story():
    # Gmail's print view: the mail's own time beside the sender (no field), then a forwarded
    # message's header; the story shows no date of its own: the forwarded «Date:» is its, the
    # forwarded «Subject:» its headline
    paras = "".join("<p>%s</p>" % t for t in STORY[2:])
    raw = ("<html><head><title>Gmail - Fwd: %s</title></head><body><table><tr><td><b>Gmail</b></td></tr></table>"
           "<table><tr><td><b>علی</b> &lt;ali@gmail.com&gt;</td><td>Fri, Dec 8, 2023 at 9:40 AM</td></tr>"
           "<tr><td>To: مریم</td></tr></table><div>برای اطلاع.</div><div>---------- Forwarded message ---------<br>"
           "From: ایرنا &lt;news@irna.ir&gt;<br>Date: Sun, Dec 3, 2023 at 10:20 AM<br>Subject: %s<br>"
           "To: &lt;list@irna.ir&gt;<br></div>%s</body></html>") % (STORY[0], STORY[0], paras)
    a = extract(raw)
    assert a.title == STORY[0] and a.published.startswith("2023-12-03") and a.section is None


def test_phone_forward_quoted():
    # a phone's forward saved as text: «Begin forwarded message:», the header quoted with «> »
    raw = "\n".join(["برای اطلاع همکاران.", "", "Sent from my iPhone", "", "Begin forwarded message:", "",
                     "> From: ایرنا <news@irna.ir>", "> Date: December 3, 2023 at 10:20:00 AM GMT+3:30",
                     "> Subject: " + STORY[0], "> To: list@irna.ir", ">", *("> " + t for t in STORY[2:])])
    a = extract(raw)
    assert a.title == STORY[0] and a.published.startswith("2023-12-03")


def test_pasted_story_trail_under_headline():
    # Roundcube: the pasted story's agency trail under its headline names its section
    rows = ("<tr><td>موضوع</td><td>این خبر را ببینید</td></tr><tr><td>از</td><td>علی &lt;ali@mail.ir&gt;</td></tr>"
            "<tr><td>به</td><td>مریم</td></tr><tr><td>تاریخ</td><td>2023-12-08 09:10</td></tr>")
    raw = _html(rows, "Roundcube Webmail").replace("<p>%s</p>" % STORY[1],
                                                   "<p>%s</p><p>ایرنا &gt; اقتصادی</p>" % STORY[1])
    a = extract(raw)
    assert a.title == STORY[0] and a.section == "اقتصادی"


def test_forward_mark_is_no_section():
    assert mail_view(["From: a@b.ir", "To: c", "Subject: FW: خبر تازه", "", *STORY]).no_section("FW")


@pytest.mark.parametrize("headline", [
    "بوفون:ناکامی‌سیتی‌در‌جذب‌پوگبا‌بسیار‌مهم‌است",   # words a CMS joined with ZWNJs in place of spaces
    "صد و هفتاد و پنج مروارید...",                     # a headline cut short with an ellipsis
    "صد و هفتاد و پنج مروارید…",
])
def test_forwarded_story_dates_itself_under_any_headline(headline):
    # a list mail forwarding a story quoted with «> »: the story's own date under its headline, not the
    # forwarded header's «Date:» (days apart), whatever the headline's shape
    lines = ["From: پویا <2141@gmail.com>", "To: members@lists.example.org", "Date: Thu, 8 Feb 2024 13:28:00 +0330",
             "Subject: [list] Fwd: " + headline, "", "با عرض سلام،", "این خبر را برای اطلاع همکاران می‌فرستم.", "",
             "---------- Forwarded message ---------", "From: کاوه <40@yahoo.com>", "Date: Wed, Feb 7, 2024 at 2:07 AM",
             "Subject: " + headline, "To: پویا", "", "> ورزش سه", "> " + headline,
             "> دوشنبه ۲ بهمن ۱۴۰۲ ساعت ۰۲:۴۵", ">",
             *("> " + t for t in STORY[2:])]
    v = mail_view(lines)
    assert v.headline == headline and v.story_date.stamp.day.isoformat() == "2024-01-22"
    assert extract("\n".join(lines)).published.startswith("2024-01-22")


def _webmail(labels: tuple[str, str, str], agency_line: str) -> str:
    # a Persian webmail's message view: the header's labels in cells of their own, in the webmail's
    # words; then the sender's note, a forward's mark and the story pasted with its agency's header
    rows = "".join("<tr><td>%s:</td><td>%s</td></tr>" % lv for lv in zip(
        ("موضوع", *labels), ("ارسال به دیگری: " + STORY[0], "سمیرا &lt;sam@mailbox.ir&gt;", "reza@mailbox.ir",
                             "جمعه ۱۷ آذر ۱۴۰۲ ساعت ۰۹:۱۰")))
    paras = "".join("<p>%s</p>" % t for t in STORY[2:]).replace("به گزارش ایرنا ", "")
    return ("<html><head><meta charset=utf-8><title>میل‌باکس - مشاهده نامه</title></head><body dir=rtl>"
            "<div>صندوق ورودی (۳)</div><table>%s</table><div>سلام، خبر امروز:</div>"
            "<div>---------- Forwarded message ---------</div><div>%s</div><div>صفحه نخست › اقتصادی</div>"
            "<h2>%s</h2><div>%s</div>%s<div>انتهای پیام/</div></body></html>") % (rows, agency_line, STORY[0],
                                                                                 STORY[1], paras)


@pytest.mark.parametrize("labels", [
    ("فرستنده", "گیرنده", "تاریخ"),        # the labels the roles know
    ("ادواردو", "الرحیم", "صانعی"),        # a webmail's own words (a scrambled copy): told by the values' shapes
])
def test_webmail_header_in_its_own_words(labels):
    # the header's date (four days later) is when the mail was sent; the story's is under its headline
    a = extract(_webmail(labels, "خبرگزاری ایرنا"))
    assert a.title == STORY[0] and a.published.startswith("2023-12-03")


@pytest.mark.parametrize("labels", [("فرستنده", "گیرنده", "تاریخ"), ("ادواردو", "الرحیم", "صانعی")])
def test_pasted_story_agency_over_its_headline(labels):
    # the story names no agency in its words nor under it: its agency's name over the pasted headline
    # (the header of the page it was copied from) is its source
    assert extract(_webmail(labels, "خبرگزاری ایرنا")).agency == "ایرنا"
    assert extract(_webmail(labels, "بولتن خبری")).agency is None
    # the same mail saved as text
    lines = ["موضوع: FW: " + STORY[0], "%s: سمیرا <sam@mailbox.ir>" % labels[0], "%s: reza@mailbox.ir" % labels[1],
             "%s: جمعه ۱۷ آذر ۱۴۰۲ ساعت ۰۹:۱۰" % labels[2], "", "سلام، خبر امروز:", "", "ورزش سه", STORY[0],
             STORY[1], *(t.replace("به گزارش ایرنا ", "") for t in STORY[2:])]
    a = extract("\n".join(lines))
    assert a.agency == "ورزش سه" and a.published.startswith("2023-12-03")


def test_fields_by_shape_make_a_header_only_with_two_addresses_and_a_date():
    # a contact box: one address, a phone, a day; two addresses with no date: no mail's header
    assert mail_view(["نشانی: تهران، خیابان آزادی", "رایانامه: info@site.ir", "تلفن: ۰۲۱-۸۸۴۴۱۲",
                      "به‌روز: ۱۴۰۲/۰۹/۱۲", *STORY]) is None
    assert mail_view(["ادواردو: a@b.ir", "الرحیم: c@d.ir", "صانعی: خبر تازه", *STORY]) is None
    v = mail_view(["ادواردو: a@b.ir", "الرحیم: c@d.ir", "صانعی: ۱۴ آذر ۱۴۰۲", "", *STORY])
    assert v is not None and v.headline == STORY[0] and v.story_date.stamp.day.isoformat() == "2023-12-03"


def _archived(top: str) -> str:
    """A list archive's page of one message: the subject its heading, no recipient, the story the
    message forwards in a <pre> under the sender's greeting, its own section label under its date."""
    body = "\n".join(["سلام به همه دوستان،", "این خبر را برای اطلاع اعضا می‌فرستم:", "", STORY[0], STORY[1],
                      "گروه خبری: انرژی", "", *STORY[2:], "", "-- ", "علی رضایی"])
    return ("<html><head><meta charset=utf-8><title>%s</title></head><body>%s<hr><pre>%s</pre><hr>"
            "<ul><li>Previous message: یک خبر دیگر</li><li>Next message: خبری دیگر</li></ul></body></html>"
            % (STORY[0], top, body))


@pytest.mark.parametrize("top", [
    # a pipermail page: «[list] Fwd: …», the sender and an obfuscated address, the day it was sent
    "<h1>[dam-l] Fwd: %s</h1><b>علی رضایی</b> <a>ali at gmail.com</a><br><i>Sun Dec 10 04:17:00 IRST 2023</i>"
    % STORY[0],
    # an MHonArc page: «Fwd: …», then From / Date / Subject and no «To:»
    "<h1>Fwd: %s</h1><hr><ul><li><em>From</em>: علی رضایی &lt;ali@mail.ir&gt;</li><li><em>Date</em>: Sun, "
    "10 Dec 2023 04:17:00 +0330</li><li><em>Subject</em>: Fwd: %s</li></ul>" % (STORY[0], STORY[0]),
])
def test_archived_message_story_is_the_forwarded_one(top):
    a = extract(_archived(top))
    assert a.title == STORY[0]
    assert a.published.startswith("2023-12-03T10:20")
    assert a.section == "انرژی"


def test_archived_subject_needs_its_mark_and_the_story_line():
    # a heading without a forward or reply mark is the page's own; a marked subject whose words no
    # line under it shows names no pasted story
    assert mail_view([STORY[0], "علی رضایی ali at gmail.com", "سلام،", STORY[0], STORY[1]]) is None
    assert mail_view(["Re: " + STORY[0], "علی رضایی ali at gmail.com", "سلام،", *STORY[2:]]) is None
