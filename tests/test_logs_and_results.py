"""A system's log under the story (a CMS preview's revision history) and a search page's hits around the
story it holds are no story text; a story's own table of moments and figures, and its few sources, stay."""
from __future__ import annotations

from palayesh.extract import extract

P1 = ("به گزارش خبرنگار ما، طرح توسعه فولادسازی و نورد پیوسته صبح امروز با حضور معاون اول رئیس جمهور "
      "در کارخانه فولاد مبارکه افتتاح شد و ظرفیت تولید ورق را دو برابر می‌کند.")
P2 = ("نیروگاه این طرح با هشتصد میلیارد ریال هزینه راه‌اندازی شده و برق مورد نیاز نواحی تولیدی "
      "کارخانه را تأمین می‌کند و مازاد آن به شبکه سراسری فروخته می‌شود.")
P3 = ("کارشناسان می‌گویند با این طرح واردات ورق فولادی کاهش می‌یابد و بخشی از نیاز خودروسازان "
      "داخلی هم از همین کارخانه تأمین خواهد شد.")


def _cms_preview(table: str) -> str:
    return ("<html><head><title>پیش‌نمایش خبر</title></head><body><h1>پیش‌نمایش خبر</h1>"
            "<div class='news-preview'><h2>طرح توسعه فولادسازی افتتاح شد</h2>"
            f"<p>{P1}</p><p>{P2}</p></div>{table}<div class='actions'><a>ویرایش</a><a>چاپ</a></div>"
            "</body></html>")


def test_a_revision_history_under_the_story_is_no_story_text():
    # (a table whose every row is a version, what was done, who did it and when: the system's log)
    log = ("<h3>تاریخچه نسخه‌ها</h3><table class='revisions'>"
           "<tr><td>نسخه ۱</td><td>ثبت اولیه</td><td>سردبیر</td><td>۱۴۰۰/۰۸/۰۲ ۰۰:۰۰</td></tr>"
           "<tr><td>نسخه ۲</td><td>ویرایش تیتر</td><td>خبرنگار</td><td>۱۴۰۰/۰۸/۰۲ ۰۱:۲۵</td></tr>"
           "<tr><td>نسخه ۳</td><td>اصلاح لید</td><td>دبیر سرویس</td><td>۱۴۰۰/۰۸/۰۲ ۰۲:۲۴</td></tr></table>")
    text = extract(_cms_preview(log)).text
    assert "فولاد مبارکه" in text and "نیروگاه" in text
    assert "نسخه" not in text and "سردبیر" not in text


def test_a_storys_table_of_moments_and_figures_stays():
    # (a quake's aftershocks, each at its moment with its magnitude and depth: figures, no log)
    table = ("<table><tr><th>زمان</th><th>بزرگی</th><th>عمق</th></tr>"
             "<tr><td>۱۴۰۰/۰۸/۰۲ ۰۳:۱۲</td><td>۴٫۵</td><td>۱۰ کیلومتر</td></tr>"
             "<tr><td>۱۴۰۰/۰۸/۰۲ ۰۴:۴۰</td><td>۳٫۹</td><td>۸ کیلومتر</td></tr></table>")
    page = ("<html><body><article><h1>پس‌لرزه‌ها در کرمان ادامه دارد</h1>"
            f"<p>{P1}</p>{table}<p>{P3}</p></article></body></html>")
    text = extract(page).text
    assert "۴٫۵" in text or "4.5" in text or "۴.۵" in text


HITS = [("سد کرج پس از سه سال پر شد - خبر شرق", "https://www.khabar-sharq.ir/news/560546",
         "به گزارش خبرنگار ما، بارش‌های اخیر مخزن سد کرج را ..."),
        ("باران پاییزی در تهران ادامه دارد - خبر شرق", "https://www.khabar-sharq.ir/news/624778",
         "باران پاییزی در تهران ادامه دارد ..."),
        ("برف راه‌های شمال را بست - خبر شرق", "https://www.khabar-sharq.ir/news/985947",
         "برف راه‌های شمال را بست ..."),
        ("قیمت نان در استان افزایش یافت - خبر شرق", "https://www.khabar-sharq.ir/news/712676",
         "قیمت نان در استان افزایش یافت ...")]


def test_a_search_pages_hits_around_the_story_are_no_story_text():
    lines = ["جستجو", "حدود ۱۲۷ نتیجه (۰.۴۷ ثانیه)"]
    for hit in HITS:
        lines += hit
    lines += ["پیش‌نمایش · www.khabar-sharq.ir", "خبر شرق › اجتماعی", "طرح توسعه فولادسازی افتتاح شد",
              "انتشار: ۱۴۰۴/۰۶/۲۱ ساعت ۲۲:۱۵", P1, P2, P3, "باز کردن در سایت اصلی"]
    art = extract("\n".join(lines))
    assert art.text.splitlines() == [P1, P2, P3]
    assert art.title == "طرح توسعه فولادسازی افتتاح شد"


def test_a_storys_two_sources_with_their_addresses_stay():
    # (two addresses are a story's sources, no list of hits)
    lines = ["طرح توسعه فولادسازی افتتاح شد", P1, P2,
             "گزارش کامل وزارت صنعت درباره این طرح در نشانی زیر آمده است",
             "https://www.mimt.gov.ir/report/1", "آمار تولید فولاد کشور در سال گذشته",
             "https://www.mimt.gov.ir/report/2", P3]
    text = extract("\n".join(lines)).text
    assert "گزارش کامل وزارت صنعت" in text and P3 in text


def test_a_search_frames_preview_pane_of_a_two_paragraph_story_is_the_story():
    # (the pane beside the hits holds the page's one <h1> and the story under it, two paragraphs long)
    hits = "".join(f"<div class='gsc-webResult'><a class='gs-title'>{h}</a><div class='gs-visibleUrl'>{u}</div>"
                   f"<div class='gs-snippet'>{s}</div></div>" for h, u, s in HITS)
    page = (f"<html><body><div class='gsc-control'><input value='فولاد'><button>جستجو</button></div>"
            f"<div class='gsc-results'>{hits}</div><aside class='preview-pane'><div>پیش‌نمایش · khabar-sharq.ir</div>"
            f"<h1>طرح توسعه فولادسازی افتتاح شد</h1><p>{P1}</p><p>{P2}</p><a>باز کردن در سایت اصلی</a></aside>"
            "</body></html>")
    art = extract(page)
    assert art.text.splitlines() == [P1, P2]


def test_an_internal_searchs_other_hits_each_over_its_day_are_no_story_text():
    # (the hits under the one the page expands, each its service and headline over its day alone)
    lines = ["خبرگزاری فولادنیوز", "امروز: سه‌شنبه ۳ دی ۱۳۹۸", "جستجو", "نتایج جستجو برای «فولاد»",
             "۱۷۸ نتیجه یافت شد", "همه سرویس‌ها", "اقتصادی", "طرح توسعه فولادسازی افتتاح شد",
             "۳۰ آبان ۱۳۹۷ - ۱۴:۱۶", P1 + " " + P2, P2 + " " + P3, P3,
             "استانی همدان پایلوت برنامه‌های غربالگری اوتیسم شد", "۸ آبان ۱۳۹۷",
             "کشاورزی آیا اشتباه داور نتیجه بازی را رقم زد؟", "۱۷ شهریور ۱۳۹۷",
             "استانی روسیه از سد آلمان گذشت", "۱۱ فروردین ۱۳۹۷",
             "اقتصادی حضور دو بانوی داور در لیگ برتر ووشو", "۲۳ اسفند ۱۳۹۶", "۱ ۲ ۳ ۴ بعدی",
             "درباره ما", "تماس با ما", "تبلیغات", "© ۱۳۹۸ — کلیه حقوق برای خبرگزاری فولادنیوز محفوظ است."]
    assert extract("\n".join(lines)).text.splitlines() == [P1 + " " + P2, P2 + " " + P3, P3]



def test_a_storys_own_days_between_its_paragraphs_stay():
    # (the story lists its steps, each over its day, and goes on under them: its text, no list of hits)
    days = ["آغاز ساخت خط نورد پیوسته", "۸ آبان ۱۳۹۷", "نصب کوره‌های ذوب جدید", "۱۷ شهریور ۱۳۹۸",
            "راه‌اندازی آزمایشی نیروگاه طرح", "۱۱ فروردین ۱۳۹۹"]
    lines = ["طرح توسعه فولادسازی افتتاح شد", "۳۰ آبان ۱۳۹۹ - ۱۴:۱۶", P1 + " " + P2, *days, P2 + " " + P3, P3,
             "درباره ما", "تماس با ما"]
    text = extract("\n".join(lines)).text
    assert all(d in text for d in days[::2])
