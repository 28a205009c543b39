"""A page read alone (no other page of its site in the run): what closes it under the story that the
site signs with its name atop the page is the site's, in words no template and no lexicon knows
(text._drop_site_signed): a note that opens with the name under the story's credit («<name> در قبال
محتوای نقل‌قول‌ها مسئولیتی ندارد.»), a credit that ends with it («<label>: <team> <name>»); the
story's own last sentence that names the site stays."""
import pytest

from palayesh.extract import text as T

NAME = "سکوی زرین"
HEAD = [NAME, "اخبار • ورزش • گزارش • صفحه اصلی", "بازگشت تیم ملی تکواندو با سه مدال طلا از مسابقات آسیا",
        "نوشته: نگار فتحی", "زمان انتشار: ۱۴۰۲-۰۱-۱۸  کد خبر: ۲۰۸۹۷۶۵"]
STORY = [
    "تیم ملی تکواندوی کشورمان پس از کسب سه مدال طلا و دو مدال نقره در مسابقات قهرمانی آسیا صبح "
    "امروز با استقبال خانواده‌ها و مسئولان فدراسیون به فرودگاه امام خمینی رسید.",
    "سرمربی تیم ملی در جمع خبرنگاران گفت بازیکنان جوان این دوره نشان دادند که برای رقابت‌های "
    "جهانی آماده‌اند و اردوی بعدی تیم از هفته آینده در تهران برپا می‌شود.",
    "رئیس فدراسیون هم گفت برای هر مدال‌آور پاداش نقدی در نظر گرفته شده است و مراسم تجلیل از "
    "قهرمانان پس از پایان اردو برگزار خواهد شد.",
]
TAIL = ["تلگرام", "واتساپ", "توییتر", "اخبار مرتبط", "آغاز اردوی تیم ملی کشتی آزاد در کیش",
        "© ۱۴۰۲ همه حقوق محفوظ است"]
NOTE = NAME + " در قبال محتوای نقل‌قول‌ها مسئولیتی ندارد."
CREDIT = "ویراستاری: تحریریه " + NAME


def _page(closing: list[str]) -> str:
    return "\n".join(HEAD + [""] + STORY + closing + [""] + TAIL) + "\n"


def _body(raw: str) -> str:
    art = T.extract_text(raw)
    return "\n".join([art.lead or ""] + art.paragraphs) + "\n"


@pytest.mark.parametrize("closing", [
    ["منبع: سایت ورزش سه", "/ت", NOTE],  # (the note under the story's credit and the editor's initials)
    ["(ورزش سه)", "//", NOTE, "تنظیم: محمد صادقی"],
    [CREDIT],
    [CREDIT, "توجه: مطالب این سایت جنبه آگاهی‌رسانی دارد."],
])
def test_what_the_site_signs_under_the_story_is_its_own(closing):
    body = _body(_page(closing))
    assert all(p[:40] in body for p in STORY)
    assert NAME not in body


def test_it_leaks_without_it(monkeypatch):
    monkeypatch.setattr(T, "_drop_site_signed", lambda lines, body, weight=None, words=None: body)
    assert NAME in _body(_page(["منبع: سایت ورزش سه", "/ت", NOTE]))
    assert NAME in _body(_page(["(ورزش سه)", "//", NOTE, "تنظیم: محمد صادقی"]))


@pytest.mark.parametrize("last", [
    # (the story's last sentence names the site, right under its paragraphs, of the story's people)
    NAME + " این موفقیت را به خانواده تکواندو و قهرمانان تیم ملی تبریک می‌گوید.",
    # (a dateline crediting the site)
    "به گزارش " + NAME + "، اردوی بعدی تیم ملی تکواندو از شنبه آینده برپا می‌شود.",
])
def test_the_storys_own_sentence_naming_the_site_stays(last):
    body = _body(_page([last]))
    assert last in body


def test_a_name_in_no_line_atop_the_page_is_no_signature():
    raw = "\n".join(["خانه | اخبار | ورزش | تماس", ""] + HEAD[2:] + [""] + STORY + ["/ت", NOTE, ""] + TAIL)
    assert NOTE in _body(raw)


def test_a_credit_ending_with_the_name_closes_the_story():
    # (right under the last paragraph, over the site's disclaimer: a line the page's trailing cut
    # keeps where the site's template says the disclaimer is the story's foot)
    lines = [T.classify(t) for t in HEAD + STORY + [CREDIT, "توجه: مطالب این سایت جنبه آگاهی‌رسانی دارد."]]
    body = list(range(len(HEAD), len(lines)))
    assert T._drop_site_signed(lines, body) == body[:len(STORY)]
    other = [T.classify(t) for t in HEAD + STORY + ["ویراستاری: تحریریه ورزش امروز"]]
    assert T._drop_site_signed(other, body[:-1]) == body[:-1]
