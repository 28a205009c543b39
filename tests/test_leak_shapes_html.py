"""Chrome told by its shape on an HTML page as on a flat one (:mod:`test_leak_shapes`): the rules
read the page as its blocks show it, the ``<figcaption>``s the main-content extractor leaves out
too: a photo's caption over a ``<figure>`` whose caption is its credit, on a page whose figures
count the photos; a count under a label between two paragraphs.
"""
from dataclasses import replace

from palayesh import extract
from palayesh.extract import htmlbody as H, text as T

TITLE = "پل عابر پیاده خیابان اصلی رشت تصویب شد"
P1 = "شورای شهر رشت در جلسه امروز خود طرح ساخت پل عابر پیاده در خیابان اصلی را با اکثریت آرا تصویب کرد."
P2 = "رئیس شورا گفت عملیات اجرایی این طرح از ماه آینده آغاز می‌شود و پیمانکار باید آن را در شش ماه تمام کند."
P3 = "به گفته او هزینه ساخت این پل از محل درآمدهای عوارض نوسازی تامین می‌شود و شهروندان هزینه‌ای نمی‌پردازند."
P4 = "او افزود که تانکرهای آب در طول مدت قطعی در محله‌ها مستقر می‌شوند و آب آشامیدنی را رایگان توزیع می‌کنند."
CAPTION = "نمای پل در شب"


def _fig(note: str) -> str:
    return f'<figure><img src="/img/1.jpg" alt=""><figcaption>{note}</figcaption></figure>'


def _page(story: str) -> str:
    return ('<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>%s</title></head><body>'
            '<div class="bar"><a href="/">خانه</a> - <a href="/s/1">شهری</a></div>'
            '<div class="news"><h1>%s</h1><div class="meta">۱۸ شهریور ۱۳۹۷ - ۰۷:۳۰</div>'
            '<div class="story">%s</div><div class="src">منبع: ایسنا</div></div>'
            '<footer>کلیه حقوق محفوظ است</footer></body></html>') % (TITLE, TITLE, story)


def _body(story: str) -> list[str]:
    return extract(_page(story)).paragraphs


def test_a_caption_over_a_figure_whose_caption_is_its_credit_goes_on_a_page_that_counts_its_photos():
    story = (f"<p>{P1}</p><p>{P2}</p><p>{CAPTION}</p>{_fig('📷 رضا هاشمی')}"
             f"<p>{P3}</p>{_fig('عکس ۵ از ۸')}{_fig('📷 لیلا کریمی')}<p>{P4}</p>")
    assert _body(story) == [P1, P2, P3, P4]


def test_a_subheading_over_a_figure_stays_where_no_photo_is_counted():
    story = (f"<p>{P1}</p><p>{P2}</p><p>{CAPTION}</p>{_fig('📷 رضا هاشمی')}"
             f"<p>{P3}</p>{_fig('📷 لیلا کریمی')}<p>{P4}</p>")
    assert _body(story) == [P1, P2, CAPTION, P3, P4]


def test_a_lone_count_under_a_label_between_paragraphs_goes():
    story = f"<p>{P1}</p><p>{P2}</p><p>شمار پرتلاش: ۷</p><p>{P3}</p><p>{P4}</p>"
    assert _body(story) == [P1, P2, P3, P4]


def test_a_numbered_heading_repeated_in_the_story_stays():
    story = f"<p>{P1}</p><h3>بخش ۱</h3><p>{P2}</p><h3>بخش ۲</h3><p>{P3}</p><p>{P4}</p>"
    assert _body(story) == [P1, "بخش ۱", P2, "بخش ۲", P3, P4]


P6 = "شهروندان می‌توانند پیشنهادها و انتقادهای خود درباره این طرح را از طریق سامانه ارتباط مردمی شهرداری ثبت کنند."
AD = "تور کیش در کمتر از ۲۴ ساعت"


def test_an_ads_copy_under_the_sites_box_heading_between_paragraphs_goes_a_subheading_stays():
    # (the run's template shows «تبلیغات» on the site's pages: a chrome line that recurs; the short
    # line under it leads into no paragraph: the ad's copy; the next heads the story's next one)
    sub = "سامانه ارتباط مردمی شهرداری"
    texts = [P1, P2, "تبلیغات", AD, sub, P6, P3]
    kinds = [T.classify(t) for t in texts]
    kinds[2] = replace(kinds[2], kind=T.CHROME)
    kinds[2].recurs = True
    body, _ = H._trim(kinds, set())
    assert [texts[i] for i, _ in body] == [P1, P2, sub, P6, P3]



# (the page's blocks are classified only when a body line could go by its shape: the pages of the
# tests above, whatever the check says, keep the same body)
SHAPED = [f"<p>{P1}</p><p>{P2}</p><p>{CAPTION}</p>{_fig('📷 رضا هاشمی')}<p>{P3}</p>{_fig('عکس ۵ از ۸')}"
          f"{_fig('📷 لیلا کریمی')}<p>{P4}</p>",
          f"<p>{P1}</p><p>{P2}</p><p>{CAPTION}</p>{_fig('📷 رضا هاشمی')}<p>{P3}</p>{_fig('📷 لیلا کریمی')}<p>{P4}</p>",
          f"<p>{P1}</p><p>{P2}</p><p>شمار پرتلاش: ۷</p><p>{P3}</p><p>{P4}</p>",
          f"<p>{P1}</p><h3>بخش ۱</h3><p>{P2}</p><h3>بخش ۲</h3><p>{P3}</p><p>{P4}</p>",
          f"<p>{P1}</p><h3>{CAPTION}</h3><p>{P2}</p><p>{P3}</p>"]


def test_the_shape_check_keeps_every_body_the_page_wide_classification_gives(monkeypatch):
    bodies = [_body(s) for s in SHAPED]
    monkeypatch.setattr(H, "_may_drop_shapes", lambda *a: True)
    assert [_body(s) for s in SHAPED] == bodies


def test_a_page_without_a_labelled_count_or_a_photos_note_has_its_blocks_left_unclassified(monkeypatch):
    # (a subheading is caption-shaped; with no photo's note on the page no caption can go)
    told: list[str] = []
    real = H.classify

    def counting(text, *a):
        told.append(text)
        return real(text, *a)

    monkeypatch.setattr(H, "classify", counting)
    assert _body(SHAPED[4]) == [P1, CAPTION, P2, P3]
    assert "کلیه حقوق محفوظ است" not in told  # (the footer's block, which the extractor left out)
    told.clear()
    assert _body(SHAPED[0]) == [P1, P2, P3, P4]
    assert "کلیه حقوق محفوظ است" in told
