"""An office document's letterhead (:mod:`palayesh.extract.letterhead`): the subject under its number
and date fields is the title, the fields' date the document's day."""

import pytest

from palayesh import extract
from palayesh.extract.letterhead import letterhead

SUBJECT = "برگزاری آزمون‌های پایانی نیمسال اول در مدارس استان"
BODY = ["مدیران محترم مدارس، با سلام؛ احتراماً به استحضار می‌رساند آزمون‌های پایانی نیمسال اول از هفته آینده "
        "در همه مدارس استان برگزار خواهد شد و برنامه هر پایه پیش از آغاز آزمون‌ها به اطلاع خانواده‌ها می‌رسد.",
        "خواهشمند است ترتیبی اتخاذ فرمایید تا برنامه آزمون‌ها در تابلوی اعلانات مدرسه نصب و به آگاهی دانش‌آموزان "
        "و اولیای آنان برسد و گزارش برگزاری آزمون‌ها تا پایان ماه به این اداره کل ارسال شود."]


def _word(fields: list[str], subject: str, title: str) -> str:
    p = "<p class=MsoNormal><span lang=FA>%s<o:p></o:p></span></p>"
    return ("<html><head><meta name=Generator content=\"Microsoft Word 12 (filtered)\"><title>%s</title>"
            "<meta name=created content=\"2024-02-10T08:00:00Z\"></head><body dir=rtl><div class=WordSection1>"
            "%s%s%s%s%s</div></body></html>") % (title, p % "<b>بسمه تعالی</b>", p % "اداره کل آموزش و پرورش",
                                               "".join(p % f for f in fields), p % ("<b>%s</b>" % subject),
                                               "".join(p % b for b in BODY))


@pytest.mark.parametrize("fields,subject,title", [
    # Word's filtered HTML: the blessing first, «موضوع:» under the fields, the <title> the blessing
    (["شماره: ۱۲/۳۴۵/۶۷۸", "تاریخ: ۱۴۰۲/۰۹/۱۲", "پیوست: ندارد"], "موضوع: " + SUBJECT, "بسمه تعالی"),
    # the subject a bold heading of its own, the <title> the file's name
    (["شماره: ۱۲/۳۴۵", "تاریخ: ۱۲ آذر ۱۴۰۲"], SUBJECT, "Microsoft Word - bakhshnameh-12.docx"),
    # «بخشنامه شماره … مورخ …» on one line
    (["بخشنامه شماره ۱۲/۳۴۵ مورخ ۱۴۰۲/۰۹/۱۲"], SUBJECT, "بسمه تعالی"),
])
def test_word_export(fields, subject, title):
    a = extract(_word(fields, subject, title))
    assert a.title == SUBJECT
    assert a.published.startswith("2023-12-03")  # (the letter's day, not the file's creation)
    assert a.section is None


def test_text_circular():
    raw = "\n".join(["بسمه تعالی", "", "اداره کل آموزش و پرورش", "شماره: ۱۲/۳۴۵", "تاریخ: ۱۴۰۲/۰۹/۱۲",
                     "پیوست: ندارد", "", "موضوع: " + SUBJECT, "", *BODY])
    a = extract(raw)
    assert a.title == SUBJECT and a.section is None and a.published.startswith("2023-12-03")


def test_not_a_letterhead():
    # a news page's «شماره خبر: …» and «تاریخ انتشار: …» are no letter's fields
    assert letterhead(["شماره خبر: ۱۲۳۴۵۶", "تاریخ انتشار: ۱۲ آذر ۱۴۰۲", "خبر"]) is None
    # a topic in a word or two, «موضوع: آموزشی», files the document: the heading under the fields
    h = letterhead(["شماره: ۱۲/۳۴۵", "تاریخ: ۱۴۰۲/۰۹/۱۲", "موضوع: آموزشی", SUBJECT, *BODY])
    assert h is not None and h.heading == SUBJECT


def test_file_name_title():
    # a press release exported by Word with no number field: the <title> the file's name, no heading
    # element; the headline the page's lines show
    p = "<p class=MsoNormal align=center><span lang=FA>%s<o:p></o:p></span></p>"
    raw = ("<html><head><meta name=Generator content=\"Microsoft Word 15 (filtered)\">"
           "<title>Microsoft Word - press-12.docx</title></head><body dir=rtl><div class=WordSection1>%s%s%s%s"
           "</div></body></html>") % (p % "<b>شرکت توزیع نیروی برق</b>", p % "سه‌شنبه ۱۲ آذر ۱۴۰۲",
                                      p % ("<b><span style='font-size:14.0pt'>%s</span></b>" % SUBJECT),
                                      "".join(p % b for b in BODY))
    assert extract(raw).title == SUBJECT


def test_paper_issue_line_is_no_letterhead():
    # a newspaper's story: its date line, then the issue's «روزنامه شماره … - صفحه …»: no letter's fields
    assert letterhead(["گروه: فوتبال", "شاهین مجیدی با استقلال اهواز فسخ کرد", "تاریخ: ۲۷ فروردین ۹۵ - ۱۳:۲۶",
                       "روزنامه شماره ۳۷۵۰ - صفحه ۱۱", "منبع تصویر: ورزش۳", *BODY]) is None


@pytest.mark.parametrize("line", [
    "شماره: ۱۲/۳۴۵ تاریخ: ۱۴۰۲/۰۹/۱۲ پیوست: ندارد",  # all three fields on one line
    "بخشنامه شماره ۴۵۶ مورخه ۱۴۰۲/۰۹/۱۲",  # in a line, «مورخه»
    "شماره‌نامه: ۷۸۹",  # «شماره‌نامه» with its ZWNJ
    "روزنامه شماره ۳۷۵۰ - صفحه ۱۱",  # a paper's issue: no letter's number
    "وزیر امروز در جلسه شورا سخن گفت و از برنامه‌های تازه خبر داد.",  # a story's line
    "",
])
def test_fields_of_a_line_as_the_pattern_reads_them(line):
    # (a line none of whose words a label holds skips the pattern: what the pattern finds is the same)
    from palayesh.extract import letterhead as mod

    found = set()
    for m in mod._FIELD.finditer(line):
        found.add(next(n for n in ("number", "date", "attachment") if m.group(n)))
    assert mod._fields(line) <= found
    assert bool(mod._fields(line)) == (bool(found) and len(line.split()) <= mod.MAX_FIELD_WORDS
                                       and (found >= {"number", "date"} or any(
                                           not line[:m.start()].strip() for m in mod._FIELD.finditer(line))))


def test_a_line_with_no_fields_label_runs_no_pattern(monkeypatch):
    from palayesh.extract import letterhead as mod

    class Counted:
        def __init__(self):
            self.asked = 0

        def finditer(self, t):
            self.asked += 1
            return iter(())

    counted = Counted()
    monkeypatch.setattr(mod, "_FIELD", counted)
    assert mod.letterhead(["خبرگزاری مهر", "وزیر امروز در جلسه شورا سخن گفت.", "بند دوم خبر."]) is None
    assert counted.asked == 0
