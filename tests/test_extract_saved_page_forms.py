"""Forms of big Persian news sites' pages saved as text (a crawler's dump: a line per block)."""
from __future__ import annotations

from palayesh.extract import extract
from palayesh.extract.text import classify

#: a story's paragraphs (written for these tests)
PARAS = ["به گزارش خبرنگار ما، شورای شهر در جلسه روز گذشته طرح تازه‌ای را برای بازسازی بافت فرسوده مرکز شهر"
         " بررسی کرد و اعضای شورا درباره هزینه‌های آن با یکدیگر به بحث پرداختند.",
         "رئیس شورا در این جلسه گفت: این طرح در سه مرحله اجرا می‌شود و نخستین مرحله آن از ابتدای تابستان"
         " آغاز خواهد شد تا خانه‌های قدیمی محله‌های جنوبی پیش از زمستان مقاوم شوند.",
         "به گفته وی اعتبار این طرح از محل درآمدهای شهرداری و کمک‌های دولت تأمین می‌شود و ساکنان محله‌ها"
         " برای بازسازی خانه‌هایشان وام کم‌بهره دریافت خواهند کرد."]


def test_a_caption_closed_by_its_photographers_credit_is_no_headline():
    # the dump sets the photo's caption and its credit on one line under the headline and the
    # byline: «<caption> عکس: <name>» is the photo's, neither the headline nor the story's
    caption = "کارگران در حال مرمت یک خانه قدیمی عکس: مینا صادقی"
    assert classify(caption).kind == "chrome"
    assert classify("عکس یادگاری وزیر با قهرمانان المپیک").kind != "chrome"  # (a headline about a photo)
    assert classify("وزیر گفت عکس: این کار درست نیست.").kind != "chrome"  # (a sentence goes on past it)
    page = "\n".join(["روزنامه شهر ما", "صفحه اصلی", "شهری", "۱۴۰۲/۰۳/۱۴ ۱۰:۲۰", "کد خبر: ۵۴۳۲۱",
                      "بازسازی بافت فرسوده از تابستان آغاز می‌شود", "دبیر خبر: نرگس نوری", caption, *PARAS,
                      "انتهای پیام/"])
    art = extract(page)
    assert art.title == "بازسازی بافت فرسوده از تابستان آغاز می‌شود"
    assert caption not in art.paragraphs
    assert art.paragraphs == PARAS
