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
