"""(s75) A channel's or a social network's web view of a post: the day lines between the posts and the
clock under each date the story's post (:func:`.html._posts_day`); a post's one ``<time datetime>`` under
the story, in a page of side-by-side boxes, is its stamp (:func:`.html._lone_time`); a clock joined to its
day by a middle dot is the day's (:data:`.dates._GLUE`)."""
from palayesh.extract import extract
from palayesh.extract.dates import date_line

HEADLINE = "بارش برف در تهران مدارس را تعطیل کرد"
STORY = [
    "به گزارش خبرنگار ما، بارش برف از صبح امروز در تهران آغاز شد و تا فردا ادامه دارد و مدارس تعطیل شدند.",
    "هواشناسی اعلام کرد که دمای هوا در روزهای آینده کاهش می‌یابد و رانندگان باید احتیاط کنند و زنجیر"
    " چرخ همراه داشته باشند.",
]


def test_a_clock_joined_to_its_day_by_a_middle_dot():
    for line in ("۱۲:۳۵ ق.ظ · ۱۳ ژوئن ۲۰۱۹", "۱۳ ژوئن ۲۰۱۹ · ۱۲:۳۵ ق.ظ", "۱۲:۳۵ ق.ظ · ۱۳ ژوئن ۲۰۱۹ · ۲۶٫۱K بازدید"):
        assert date_line(line).localize()[0] == "2019-06-13T00:35+04:30"


def test_a_social_posts_stamp_under_the_story():
    page = ('<html><head><meta property="og:title" content="' + HEADLINE + '"></head><body>'
            '<div class="top"><h2>پست</h2></div><div class="author"><span>علی</span></div><div class="text">'
            "<div><span>" + HEADLINE + "</span></div>"
            + "".join(f"<div><span>{p}</span></div>" for p in STORY * 3) + "</div>"
            '<div class="translate">ترجمه پست</div><div class="stamp"><a>'
            '<time datetime="2019-06-12T20:05:00.000Z">۱۲:۳۵ ق.ظ · ۱۳ ژوئن ۲۰۱۹</time></a>'
            ' · <span>۲۶٫۱K بازدید</span></div><div class="reply"><b>مریم</b> <span>۱ سال پیش</span>'
            '<p>ممنون</p></div><aside class="trends"><h2>چه خبر است</h2><div>#قشم · ۵۳ هزار پست</div>'
            "<div>#دریا · ۱۶ هزار پست</div></aside></body></html>")
    art = extract(page)
    assert art.title == HEADLINE and art.published == "2019-06-13T00:35:00+04:30"


def test_the_day_line_over_the_storys_post_and_its_clock():
    def post(lines, clock):
        return ('<div class="post"><div class="post-text">' + "<br>".join(lines) + '</div><div class="meta">'
                f"<span>👁 ۵۰K</span> <span>{clock}</span></div></div>\n")
    page = ('<html><head><meta property="og:title" content="' + HEADLINE + '"></head><body>'
            '<div class="head"><span>کانال</span> <span>۳۸ هزار عضو</span></div>\n'
            '<div class="day">۱۲ اسفند ۱۴۰۴</div>\n' + post(["خبر دیگری از امروز", "یک خط"], "۲۰:۳۴")
            + '<div class="day">۱۳ اسفند ۱۴۰۴</div>\n' + post([HEADLINE, *STORY], "۱۹:۲۶")
            + '<div class="day">۱۴ اسفند ۱۴۰۴</div>\n' + post(["خبر فردا", "یک خط"], "۲۱:۵۰") + "</body></html>")
    art = extract(page)
    assert art.title == HEADLINE and art.published == "2026-03-04T19:26+03:30"  # (before: the day under it)
