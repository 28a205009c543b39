"""s76-dates: published dates and agency on unseen layouts (a source list is no credit, …)."""
import pytest

from palayesh.extract import extract

TITLE = "ادعای افزایش حقوق بازنشستگان در ماه آینده نادرست است"
STORY = ["در روزهای گذشته پیامی در شبکه‌های اجتماعی دست به دست شد که از افزایش حقوق بازنشستگان در ماه آینده خبر می‌داد.",
         "بررسی‌های ما نشان می‌دهد که هیچ مصوبه‌ای درباره این افزایش در جلسات اخیر هیئت دولت تصویب نشده است.",
         "مسئولان سازمان تامین اجتماعی نیز در گفت‌وگو با رسانه‌ها این خبر را تکذیب کردند و آن را شایعه خواندند."]


def _fact_check(items: list[str], html: bool) -> str:
    if not html:
        return "\n\n".join(["راستی‌سنج", TITLE, "دوشنبه ۱۵ دی ۱۴۰۲", *STORY, "منابع", *items,
                            "این بررسی را به اشتراک بگذارید"]) + "\n"
    body = "".join(f"<p>{p}</p>" for p in STORY)
    refs = "".join(f'<li><a href="/n/{k}">{t}</a></li>' for k, t in enumerate(items))
    return (f"<html><head><title>{TITLE}</title></head><body><header>راستی‌سنج</header><article><h1>{TITLE}</h1>"
            f"<time>دوشنبه ۱۵ دی ۱۴۰۲</time>{body}<section class='refs'><h2>منابع</h2><ul>{refs}</ul></section>"
            f"<div class='share'><a>این بررسی را به اشتراک بگذارید</a></div></article></body></html>")


@pytest.mark.parametrize("html", [False, True])
def test_a_list_of_sources_under_the_story_is_no_credit(html):
    # the sources a fact check consulted, «<outlet> — <date>» items under «منابع»: none is the story's
    page = _fact_check(["خبرگزاری تسنیم — ۱۴۰۲/۱۰/۱۴", "خبرگزاری مهر — ۱۴۰۲/۱۰/۱۳"], html)
    assert extract(page).agency is None
    # one outlet under the heading is still its credit (a wiki's «منابع», s72)
    assert extract(_fact_check(["خبرگزاری تسنیم — ۱۴۰۲/۱۰/۱۴"], html)).agency == "تسنیم"


def _status(href: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in STORY)
    return (f'<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>پویا احمدی: «{TITLE}»</title>'
            f'<link rel="canonical" href="https://social.bandar.ir/@port_news/99925355442527634">'
            f'<meta property="og:title" content="{TITLE}"></head><body>'
            f'<nav class="columns-area"><a>بندر</a><a>کاوش</a><a>زنده</a><a>ورود</a><a>ایجاد حساب</a></nav>'
            f'<div class="detailed-status"><div class="display-name"><span>پویا احمدی</span>'
            f'<span>@port_news@social.bandar.ir</span></div><div class="status__content">'
            f'<p><strong>{TITLE}</strong></p>{body}<p><a class="mention hashtag" href="/tags/حقوق">#حقوق</a></p></div>'
            f'<div class="detailed-status__meta"><a href="{href}"><time datetime="2019-01-16T13:09:00.000Z" '
            f'title="۱۶ ژانویه ۲۰۱۹، ۱۶:۳۹">۱۶ ژانویه ۲۰۱۹، ۱۶:۳۹</time></a></div>'
            f'<div class="counts"><span>۱۹۴ تقویت</span> <span>۶۱۹ پسند</span> </div></div>'
            f'<div class="status reply"><b>سعید حسینی</b> <span>۴ ماه پیش</span><p>ممنون از گزارش</p></div>'
            f'<div class="status reply"><b>مریم محمدی</b> <span>۴ ماه پیش</span><p>قیمت بلیت چقدر شده؟</p></div>'
            f'</body></html>')


def test_a_status_stamp_linking_to_a_sibling_address_is_the_posts_date():
    # the page's one <time>, alone in a link to another id of the same account: the status's stamp
    assert (extract(_status("/@port_news/62373801428444760")).published or "")[:10] == "2019-01-16"
    # a link to another account's status is another item's (a link holding a headline beside the time:
    # html._sibling_stamp's doctest)
    assert extract(_status("/@other/62373801428444760")).published is None


def test_a_clipped_notes_byline_over_its_bold_lead_is_no_story_paragraph():
    paras = "\n".join(f"<div>{p}</div>" for p in STORY[1:])
    lead = STORY[0]
    page = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE en-export SYSTEM "x.dtd">\n<en-export>\n  <note>\n'
            f'    <title>{TITLE}</title>\n    <created>20221013T054000Z</created>\n'
            '    <note-attributes><source-url>https://khabar.ir/news/1</source-url></note-attributes>\n'
            '    <content>\n      <![CDATA[<?xml version="1.0"?>\n<!DOCTYPE en-note SYSTEM "enml2.dtd">\n<en-note>\n'
            f'<div><h1>{TITLE}</h1></div>\n<div>کاوه رستمی | جمعه ۲۳ اسفند ۱۳۹۸ - ۰۶:۵۳ | ۵ نظر</div>\n'
            f'<div><b>{lead}</b></div>\n{paras}\n</en-note>]]>\n    </content>\n  </note>\n</en-export>\n')
    assert extract(page).lead == lead
