"""(s77) A video page's description: a short story in one pre-wrapped span of a custom element (its paragraphs apart by
blank lines in the markup, «white-space: pre-wrap»), and under it, in the same box, the site's
related list (links with their dates) and a comment thread. The main-text engine keeps the boxes
and passes the description by; the description is then the story, one paragraph a run of its
text, and the boxes are no part of it (aodev's video pages under ``--transplant``: leak .08, body
.90). A block whose text holds no blank line stays one line."""
from palayesh.extract.html import extract_html
from palayesh.extract.pagetext import PageText

STORY = [
    "به گزارش خبرنگار ما، تیم ملی بسکتبال با ویلچر بانوان امروز در نخستین دیدار خود در مسابقات "
    "قهرمانی آسیا و اقیانوسیه مقابل میزبان به برتری رسید و راهی مرحله بعد شد.",
    "سرمربی تیم پس از دیدار گفت بازیکنان با وجود خستگی سفر طولانی نمایش خوبی داشتند و امیدوار است "
    "این روند در دیدارهای بعدی هم ادامه پیدا کند تا سهمیه بازی‌های پارالمپیک به دست آید.",
]
RELATED = ["برگزاری اردوی آماده‌سازی تیم ملی در شیراز", "معرفی داوران مسابقات لیگ برتر در فصل تازه",
           "افتتاح سالن تازه ورزش معلولان در بندرعباس"]


def _page() -> str:
    description = "\n\n".join(STORY + ["#ورزش_معلولان #بسکتبال"])
    related = "".join(f'<li><a href="/n/{k}">{t}</a> <span>{day} مهر ۱۴۰۲ - {day} ربیع‌الاول ۱۴۴۵</span></li>'
                      for k, (t, day) in enumerate(zip(RELATED, "۲۳۴")))
    comments = "".join(f"<div><span>{who}</span> <span>۱۲ مهر ۱۴۰۲، ساعت ۱۰:۱{k}</span><p>{said}</p></div>"
                       for k, (who, said) in enumerate([("مریم رضایی", "دست مریزاد به همه بازیکنان."),
                                                        ("علی نوری", "خیلی خوب بود.")]))
    return f"""<html><head><title>پیروزی تیم ملی بانوان در گام نخست - ویدیو</title></head><body>
<div id="masthead"><a href="/">ویدیو</a><input placeholder="جستجو"></div>
<div id="primary"><div id="player"></div>
<div id="title"><h1>پیروزی تیم ملی بانوان در گام نخست</h1></div>
<div id="owner"><a>کانال ورزش</a><span>۱۲ هزار دنبال‌کننده</span></div>
<div id="description"><div><span>۴۵۰ بازدید</span></div>
<video-text><span role="text">{description}</span></video-text><div><h3>مطالب مرتبط</h3><ul>{related}</ul></div>
<div><h3>نظرات کاربران</h3>{comments}</div></div></div>
</body></html>"""


def test_the_prewrapped_description_is_the_story():
    art = extract_html(_page())
    assert art.paragraphs[:2] == STORY
    assert not any(t in p for p in art.paragraphs for t in RELATED)
    assert not any("دست مریزاد" in p for p in art.paragraphs)


def test_a_blocks_runs_are_its_blank_line_paragraphs():
    blocks = PageText.from_html("<div><span>بند یک.\n\n  بند دو.\n</span></div><p>سطر\nدوم</p>", dom=True).blocks
    assert blocks is not None
    assert blocks.lines == ["بند یک. بند دو.", "سطر دوم"]  # (the lines as a browser collapses them)
    assert blocks.runs == {0: ["بند یک.", "بند دو."]}
