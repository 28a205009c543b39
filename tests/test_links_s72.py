"""A link set between a story's paragraphs cut to its headline's first words, which the page lists
whole under the story (s72: :func:`palayesh.extract.text._cut_below`).

Written fresh for s72 (a small synthetic page, no set's).
"""
from palayesh.extract.text import extract_text

PARAS = [
    "به گزارش خبرنگار ما، تیم ملی والیبال در نخستین دیدار هفته سوم لیگ ملت‌ها برابر آمریکا به میدان رفت و "
    "در پایان با نتیجه سه بر یک پیروز شد تا جایگاه خود را در جدول بهتر کند.",
    "سرمربی تیم ملی پس از دیدار گفت بازیکنان جوان تیم در این بازی عملکرد خوبی داشتند و امیدوار است این "
    "روند در دیدارهای بعدی هم ادامه پیدا کند و تیم به مرحله نهایی برسد.",
    "تیم ملی والیبال فردا در دومین دیدار این هفته به مصاف برزیل می‌رود و کادر فنی برای این بازی "
    "برنامه ویژه‌ای در نظر گرفته است که در تمرین امروز اجرا شد.",
]
LISTED = "برگزاری مسابقات والیبال ساحلی جام باشگاه‌ها در بندر انزلی"


def _page(between: str) -> str:
    return "\n".join(["خبرنامه ورزش", "تیم ملی والیبال آمریکا را شکست داد", PARAS[0], between, PARAS[1], PARAS[2],
                      "اخبار مرتبط", LISTED, "والیبالیست‌ها به اردوی تیم ملی دعوت شدند", "کلیه حقوق محفوظ است"])


def test_a_link_cut_to_the_first_words_of_a_headline_listed_below_goes():
    # (fails before s72: the link between the paragraphs, no line below said it whole, stayed)
    text = extract_text(_page("▲ برگزاری مسابقات والیبال ساحلی")).text
    assert "برگزاری مسابقات" not in text and PARAS[1] in text


def test_a_subheading_no_line_below_opens_with_stays():
    text = extract_text(_page("برنامه تیم برای دیدار با برزیل")).text
    assert "برنامه تیم برای دیدار با برزیل" in text
