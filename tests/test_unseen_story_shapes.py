"""A story's body and lead on a page alone, of layouts the run teaches nothing of: what the page's
own structure tells (the block the header sets its summary in, the script its story is written in,
a gallery's captions numbered with its counters), not a site's words.
"""
from __future__ import annotations

import pytest

from palayesh.extract import extract
from story_shapes import canon, lost_and_extra, paragraphs

_HEADLINE = "تراکتورسازی تا نیم‌فصل بازیکن نمی‌خرد"
_SUMMARY = "باشگاه تراکتورسازی تبریز موضع خود را درباره جذب بازیکنان سرباز در نیم‌فصل اعلام کرد."


def _header_block_page(story: list[str], summary: bool) -> str:
    lead = f"<p class='jz65'>{_SUMMARY}</p>" if summary else ""
    paras = "".join(f"<p>{p}</p>" for p in story)
    return (f"<!DOCTYPE html><html lang='fa'><head><title>{_HEADLINE} - حیات وحش ایران</title></head><body>"
            "<div class='row'><div class='c1'><div class='a1'>حیات وحش ایران</div><div class='a2'>آرشیو خبر</div>"
            f"<div class='a3'>آب و دریا</div><div class='a4'>{_HEADLINE}</div>"
            f"</div></div><div class='row'><div class='c2'><div class='t9'>{_HEADLINE}</div>"
            "<div class='q4'>۱,۰۰۵ بازدید</div><div class='z5'>💬 ۱۳</div><div class='y7'>A+ | A- | نسخه چاپی</div>"
            f"{lead}</div></div><div class='row'><div class='c2'><img src='/u/1.jpg' alt='عکس خبر'>"
            "<figcaption>📷 مهر</figcaption></div></div>"
            f"<div class='row'><div class='c3'>{paras}</div></div>"
            "<div class='foot'>کلیه حقوق برای حیات وحش ایران محفوظ است.</div></body></html>")


@pytest.mark.parametrize("summary", [True, False])
def test_a_paragraph_in_the_headlines_block_is_the_lead(summary):
    # the header's block (headline, counters, buttons) holds the summary; the story's paragraphs
    # stand in a block of their own under the photo. No paragraph there: no lead
    story = paragraphs(3, 4)
    a = extract(_header_block_page(story, summary))
    assert a.title == _HEADLINE
    assert canon(a.lead or "") == (canon(_SUMMARY) if summary else "")
    assert lost_and_extra(story, a.paragraphs) == ([], [])


def test_a_banner_in_latin_letters_opens_no_persian_story():
    # a site builder's banner over the page, a sentence of eight words and more: the story is the
    # page's prose in its own script, under the blog's header and menu
    story = paragraphs(5, 4)
    page = "\n".join(["This site was designed with the Wix.com website builder. Create your website today.",
                      "Start Now", "باشگاه تابش بوشهر", "وبلاگ رسمی باشگاه", "خانه", "درباره ما", "وبلاگ",
                      "گالری", "تماس", "ورود / ثبت‌نام", "همه پست‌ها", "فوتبال ساحلی", "لیگ برتر",
                      "شیرین شریفی ۲۳ اوت ۲۰۲۴ · ۱ دقیقه مطالعه", _HEADLINE, *story, "لیگ برتر",
                      "۲۶۹ بازدید · ۹ نظر · ❤ ۴۳", "© ۲۰۲۵ توسط باشگاه تابش بوشهر. ساخته شده با Wix.com"])
    a = extract(page)
    assert a.title == _HEADLINE
    assert not any("Wix" in p for p in a.paragraphs)
    assert lost_and_extra(story, [p for p in (a.lead, *a.paragraphs) if p]) == ([], [])


@pytest.mark.parametrize("digits", ["۰۱۲۳۴۵۶۷۸۹", "٠١٢٣٤٥٦٧٨٩"])
def test_a_gallerys_captions_numbered_with_its_counters_are_no_story(digits):
    # «عکس ۱ از ۹» over «نمایی از سکوها (۱)», «… (۲)», …: each caption carries its slide's number,
    # whatever it says; the gallery's heading over the first counter goes with them
    def d(n: int) -> str:
        return "".join(digits[int(c)] for c in str(n))

    captions = ["نمایی از سکوها", "حضور هواداران در ورزشگاه", "شادی بازیکنان پس از گل"]
    gallery = [f"گالری تصاویر ({d(9)} عکس)"]
    for k in range(1, 10):
        if k % 3 == 1:
            gallery.append(f"عکس {d(k)} از {d(9)}")
        gallery.append(f"{captions[k % 3]} ({d(k)})")
    story = paragraphs(7, 4)
    page = "\n".join(["طرفدار نیوز | اخبار داغ و حاشیه", "صفحه اصلی", "ورزشی", "اجتماعی", _HEADLINE,
                      "نوشته نرگس توکلی در ۱۳۹۴/۰۴/۲۱", "۶۲,۲۸۴ بازدید", *story, *gallery, "عکاس: لیلا حسینی",
                      "دانلود با کیفیت بالا", "منبع خبر: ورزش سه", "کلمات کلیدی", "رئال مادرید", "کیلور ناواس",
                      "شناسه خبر: ۱۶۶۹۴۶۳", "اشتراک‌گذاری: تلگرام | واتس‌اپ | ایکس | فیسبوک", "شما هم نظر بدهید",
                      "خبر قبلی: نیکولاس آنلکا از فوتبال خداحافظی کرد"])
    a = extract(page)
    got = [p for p in (a.lead, *a.paragraphs) if p]
    assert lost_and_extra(story, got) == ([], [])


def _described_page(story: list[str], where: str) -> str:
    described = _SUMMARY if where != "first" else story[0]
    lead = {"above": f"<div class='bh28'>{_SUMMARY}</div>", "apart": f"<p>{_SUMMARY}</p>", "first": ""}[where]
    update = "" if where == "apart" else "<div class='fj12'>به‌روزرسانی: ۱۴:۲۲ - جزئیات تازه به این خبر افزوده شد.</div>"
    paras = "".join(f"<p>{p}</p>" for p in story)
    return (f"<!DOCTYPE html><html lang='fa'><head><title>پایگاه خبری - {_HEADLINE}</title>"
            f"<meta name='description' content='{described}'></head><body><div class='news'>"
            f"<div class='row'><h1 class='wz37'>{_HEADLINE}</h1><div class='jm20'>موضوع: نشست خبری</div>"
            "<div class='tb2'>تعداد بازدید: ۵۷,۴۰۴</div></div>"
            f"<div class='row'>{lead}</div><div class='row'>{update}</div><div class='row'>{paras}</div>"
            "<div class='row'><div class='fj12'>انتهای متن/</div></div></div></body></html>")


@pytest.mark.parametrize("where", ["above", "apart", "first"])
def test_the_summary_the_page_describes_itself_with_is_the_lead(where):
    # «<meta name="description">» says the words of a block over the story (over a box between, or
    # a paragraph in a block of its own): the page's summary, its lead. A description that copies
    # the story's opening, shown among the story's paragraphs in their block, makes it no lead
    story = paragraphs(9, 4)
    story[0] = "به گزارش پایگاه خبری از قم، " + story[0]
    a = extract(_described_page(story, where))
    assert canon(a.lead or "") == (canon(_SUMMARY) if where != "first" else "")
    assert lost_and_extra(story, a.paragraphs) == ([], [])
