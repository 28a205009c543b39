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


#: a daily's menu as its dump sets it, an item a line (its home label first)
MENU = ["صفحه اصلی", "سیاسی", "مجلس", "دولت", "اقتصادی", "بورس", "مسکن", "اجتماعی", "شهری", "محیط زیست",
        "آموزش", "ورزشی", "فوتبال", "کشتی", "فرهنگی", "سینما", "کتاب"]


def _daily_page(trail: list[str], over: list[str], headline: str) -> str:
    return "\n".join(["روزنامه شهر ما", "ورود / ثبت‌نام", *MENU, "فوری", "قیمت بلیت مترو از فردا تغییر می‌کند",
                      "آگهی", "خرید اقساطی لوازم خانگی", *trail, *over, headline, "دبیر خبر: نرگس نوری", *PARAS,
                      "انتهای پیام/", "سایر اخبار", "برنامه تازه‌ای برای پارک‌های شهر"])


def test_a_trail_set_an_item_a_line_from_home_over_the_headline_names_the_section():
    # «خانه» / «اجتماعی» / «شهری» under the menu that lists both items: the page's place in the
    # menu, its deepest item the section, whether the date rows and a surtitle stand between the
    # trail and the headline or not; the login link «ورود / ثبت‌نام» above names nothing
    headline = "بازسازی بافت فرسوده از تابستان آغاز می‌شود"
    trail = ["خانه", "اجتماعی", "شهری"]
    for over in ([], ["۱۴۰۲/۰۳/۱۴ ۱۰:۲۰", "کد خبر: ۵۴۳۲۱", "۶۱۳۹ بازدید", "گزارش اختصاصی"]):
        art = extract(_daily_page(trail, over, headline))
        assert (art.title, art.section) == (headline, "شهری")
        assert art.surtitle == ("گزارش اختصاصی" if over else None)


def test_a_copy_of_a_short_menu_over_the_headline_is_no_trail():
    # the page's menu of three items again over the headline, in its order: a menu, no place in it
    from palayesh.extract.text import _home_trail_over_headline

    menu = [classify(t) for t in ("خانه", "ورزش", "فرهنگ")]
    headline = classify("تیم ملی کشتی به اردو می‌رود")
    assert _home_trail_over_headline([*menu, *menu, headline], 6) is None
    assert _home_trail_over_headline([*menu, menu[0], menu[2], headline], 5) == (3, "فرهنگ", None)


def test_the_summary_stands_over_the_storys_photo_and_the_text_under_it():
    # the dump's header: headline, date and code rows, then the summary (when the page has one),
    # the byline and the photo's caption with its credit, then the story: a paragraph over the
    # photo is the summary; the one under it opens the story, though the next opens «به گزارش …»
    headline = "بازسازی بافت فرسوده از تابستان آغاز می‌شود"
    summary = "شورای شهر طرح بازسازی بافت فرسوده مرکز شهر را تصویب کرد."
    head = ["روزنامه شهر ما", *MENU, headline, "۱۴۰۲/۰۳/۱۴ ۱۰:۲۰", "کد خبر: ۵۴۳۲۱", "۶۱۳۹ بازدید"]
    photo = ["نویسنده: امید محمدی", "کارگران در حال مرمت یک خانه قدیمی عکس: مینا صادقی"]
    opening = "قرار است نخستین مرحله بازسازی خانه‌های قدیمی محله‌های جنوبی از ابتدای تابستان آغاز شود."
    told = ["به گزارش روزنامه شهر ما، " + PARAS[0], *PARAS[1:]]
    art = extract("\n".join([*head, summary, *photo, *PARAS, "انتهای پیام/"]))
    assert (art.title, art.lead, art.paragraphs) == (headline, summary, PARAS)
    art = extract("\n".join([*head, *photo, opening, *told, "انتهای پیام/"]))
    assert (art.title, art.lead, art.paragraphs) == (headline, None, [opening, *told])
    # a credit alone («📷 name») is set under any paragraph: no figure that parts a summary from the text
    from palayesh.extract.photos import photo_between

    lines = [classify(t) for t in (opening, "نویسنده: امید محمدی", "📷 مینا صادقی", PARAS[0])]
    assert not photo_between(lines, 0, 3)
    assert photo_between([*lines[:2], classify(photo[1]), lines[3]], 0, 3)


def test_the_headline_under_the_trail_though_the_sites_lists_repeat_it(tmp_path):
    # a big site's dump: its «most read» box repeats its stories' headlines on many of its pages
    # (the run learns them as the site's chrome), and an ad's line stands above the trail; the
    # headline is the line under the trail («خانه» / «اجتماعی» / «شهری»), over the date rows
    from conftest import refine_site, story_bodies

    titles = ["بازسازی بافت فرسوده از تابستان آغاز می‌شود", "ساعت کار مترو در تعطیلات تغییر می‌کند",
              "طرح تازه شهرداری برای پارک‌های محله‌ای", "نرخ کرایه تاکسی‌ها برای سال آینده اعلام شد",
              "پل عابر پیاده تازه در بزرگراه شمالی افتتاح شد", "نخستین کتابخانه شبانه‌روزی شهر گشایش یافت",
              "برنامه جمع‌آوری پسماند در محله‌های جنوبی اجرا می‌شود", "خط تازه اتوبوس برقی به شهرک غرب می‌رسد",
              "ساخت سه بیمارستان تازه در حاشیه شهر آغاز شد", "آب شرب روستاهای اطراف شهر تأمین می‌شود"]
    ads = ["خرید اقساطی لوازم خانگی با کمترین پیش‌پرداخت", "تور استانبول چهار شب با پرواز رفت و برگشت"]
    trails = [("اجتماعی", "شهری"), ("اجتماعی", "محیط زیست"), ("ورزشی", "فوتبال"), ("اقتصادی", "بورس")]
    pages = []
    for i, paras in enumerate(story_bodies(10, 3)):
        most_read = [titles[(i + k) % 10] for k in range(1, 6)]
        pages.append(["روزنامه شهر ما", *MENU, "آگهی", ads[i % 2], "خانه", *trails[i % 4], titles[i],
                      f"۱۴۰۲/۰۳/{i + 10:02d} ۱۰:۲۰", f"کد خبر: {54321 + i}", f"{600 + i} بازدید",
                      *paras, "انتهای پیام/", "پربازدیدترین", *most_read, "تمامی حقوق برای روزنامه شهر ما محفوظ است."])
    rows = refine_site(tmp_path, pages)
    assert len(rows) == 10
    for i in range(10):
        assert (rows[f"p{i:02d}"]["title"], rows[f"p{i:02d}"]["section"]) == (titles[i], trails[i % 4][1])
