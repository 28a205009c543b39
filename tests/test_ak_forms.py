"""The forms of set AK (s60) the extractor read wrongly, each by its mechanism:

- a lead's box with its own caption (a portal's «<div class="summary"><h4>خلاصه خبر</h4><p>…</p></div>»):
  the caption is the box's name, not the lead's first words (extract/html.py ``_box_caption``); the
  lead read with it matched neither the gold nor the page's line, so the body kept it as well;
- a post's meta row right under the story on a flat page, its fields parted by bars (a blog's «موضوع:
  X | نوشته شده در ساعت … توسط … | نظرات (۳)»), which reads as a menu line: its label's value is the
  section (extract/text.py, the tail's labelled lines).

The pages are written here, with words of their own."""
from __future__ import annotations

import pytest

from palayesh.extract import extract

TITLE = "آغاز ثبت‌نام خوابگاه‌های دانشجویی برای نیمسال دوم"
LEAD = "معاون دانشجویی دانشگاه از آغاز ثبت‌نام خوابگاه‌ها برای نیمسال دوم از شنبه آینده خبر داد."
PARAS = [
    "به گزارش روابط عمومی دانشگاه، دانشجویان متقاضی خوابگاه باید تا پایان هفته آینده درخواست خود را در"
    " سامانه خدمات دانشجویی ثبت کنند و مدارک لازم را بارگذاری کنند.",
    "معاون دانشجویی گفت ظرفیت خوابگاه‌ها امسال با بازسازی دو ساختمان قدیمی افزایش یافته و اولویت با"
    " دانشجویان ورودی جدید و شهرستانی است.",
    "وی افزود دانشجویانی که در نیمسال گذشته خوابگاه داشته‌اند نیز باید دوباره ثبت‌نام کنند و تمدید"
    " خودکار انجام نمی‌شود.",
]


def _portal(lead_box: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return (f'<html lang="fa"><head><title>{TITLE} | دانشگاه نمونه</title></head><body>'
            f'<div class="top">دانشگاه نمونه</div><h1>{TITLE}</h1>'
            f'<div class="info">تاریخ انتشار: ۱۴۰۵/۰۹/۱۴ - ۱۰:۲۳</div>{lead_box}{body}'
            f'<div class="foot">کلیه حقوق این سایت محفوظ است.</div></body></html>')


@pytest.mark.parametrize("caption", ["<h4>خلاصه خبر</h4>", "<strong>چکیده</strong>", "<h5>خلاصه</h5>"])
def test_a_lead_box_caption_is_no_word_of_the_lead(caption):
    art = extract(_portal(f'<div class="news-summary">{caption}<p>{LEAD}</p></div>'))
    assert art.lead == LEAD
    assert art.paragraphs == PARAS


def test_a_lead_box_without_caption_is_read_whole():
    art = extract(_portal(f'<div class="news-summary"><p>{LEAD}</p></div>'))
    assert art.lead == LEAD
    assert art.paragraphs == PARAS


def _blog(meta_row: str) -> str:
    return "\n".join([
        "دفترچه یک دانشجو", "یادداشت‌های روزانه از خوابگاه", "خانه", "آرشیو وبلاگ",
        "دوشنبه بیست و یکم آبان ۱۴۰۴", TITLE, *PARAS, "تا نوشته بعدی؛ مریم",
        meta_row, "آرشیو", "آبان ۱۴۰۴", "مهر ۱۴۰۴", "آخرین مطالب", "سفر به شمال با دوستان خوابگاه",
        "قالب وبلاگ: نمونه", "Powered by Blogfa.com"])


@pytest.mark.parametrize("row, section", [
    ("موضوع: زندگی دانشجویی | نوشته شده در ساعت ۱۸:۰۰ توسط مریم رضایی | نظرات (۳) | لینک ثابت",
     "زندگی دانشجویی"),
    ("دسته‌بندی: خوابگاه | ارسال در ساعت ۰۹:۱۵ توسط مریم | نظرات (۰)", "خوابگاه"),
])
def test_a_posts_meta_row_under_it_names_its_section(row, section):
    art = extract(_blog(row))
    assert art.title == TITLE
    assert art.section == section


def test_a_bar_menu_under_the_post_names_no_section():
    art = extract(_blog("خانه | درباره من | تماس با من | لینک ثابت"))
    assert art.section is None


SPORT_TITLE = "تیم ملی بسکتبال با پیروزی بر قزاقستان به نیمه‌نهایی رسید"
SPORT_PARAS = [
    "تیم ملی بسکتبال کشورمان عصر امروز در دیدار یک‌چهارم نهایی با نتیجه‌ای قاطع حریف خود را شکست داد و"
    " راهی مرحله نیمه‌نهایی رقابت‌های قهرمانی آسیا شد.",
    "سرمربی تیم ملی پس از دیدار گفت بازیکنان از همان دقایق نخست بازی را در دست گرفتند و دفاع منطقه‌ای"
    " تیم اجازه نداد حریف به سبد نزدیک شود.",
    "تیم ملی در نیمه‌نهایی روز جمعه به مصاف برنده دیدار چین و ژاپن خواهد رفت و این دیدار از شبکه ورزش"
    " به طور زنده پخش می‌شود.",
]


def _sport(ticker: list[str], box: list[str], title: str = SPORT_TITLE) -> str:
    return "\n".join(["حلقه سبد", "پایگاه خبری بسکتبال", "صفحه نخست", "اخبار", "تماس با ما", *ticker,
                      "بسکتبال ملی", title, "۱۲ مهر ۱۴۰۴ ساعت ۲۰:۱۵", *box, *SPORT_PARAS,
                      "کلیه حقوق این پایگاه محفوظ است."])


def test_a_score_box_under_the_date_is_no_headline_beside_a_ticker_of_its_shape():
    # the live-score ticker shows the day's matches as «A n - m B», the match box under the date
    # the story's own in the same shape: a widget's row, whatever the teams' names
    ticker = ["نتایج زنده", "مهرام ۸۸ - ۷۶ شهرداری گرگان", "پالایش نفت ۷۰ - ۷۲ ذوب آهن",
              "نیروی زمینی ۶۵ - ۸۰ اکسون"]
    art = extract(_sport(ticker, ["پایان بازی", "ایران ۹۱ - ۶۸ قزاقستان"]))
    assert art.title == SPORT_TITLE
    assert art.section == "بسکتبال ملی"


def test_a_score_headline_alone_stays_the_headline():
    title = "ایران ۹۱ - ۶۸ قزاقستان"
    art = extract(_sport([], [], title=title))
    assert art.title == title


KABUL_MENU = ["صفحهٔ نخست", "افغانستان", "ولایات", "جهان", "اقتصاد", "ورزش", "تماس با ما"]


def test_a_city_chip_under_a_tickers_last_headline_is_the_section(tmp_path):
    # an Afghan site's flat pages: a ticker of other stories' headlines, then the story's category
    # (a menu item, or a city the menu does not list, «کابل», which the site sets under whichever
    # headline closes the ticker), then the headline; the ticker's last headline is no section
    from conftest import news_bodies, read_rows
    from palayesh import refine
    bodies = [b.split("\n") for b in news_bodies()]
    bodies = [b for b in ([p for p in b if len(p.split()) >= 20][:3] for b in bodies) if len(b) == 3][:16]
    src = tmp_path / "pages"
    src.mkdir()
    want = []
    words = [[w for w in (x.strip("،.:«»") for x in b[1].split()) if w and not any(c.isdigit() for c in w)]
             for b in bodies]
    for i, paras in enumerate(bodies):
        title = " ".join([w for w in paras[0].split() if not any(c.isdigit() for c in w)][:7]).strip("،.:")
        section = "کابل" if i % 2 else ["اقتصاد", "ورزش", "جهان"][i % 3]
        # (the ticker: other stories' headlines, each on few pages, the last one short)
        ticker = [" ".join(words[(i + k) % len(bodies)][k:k + n]) for k, n in ((1, 8), (2, 9), (3, 4 if i % 2 else 5))]
        lines = ["شبکه خبری آمو", "رسانهٔ مستقل افغانستان", *KABUL_MENU, "تازه‌ها", *ticker, section, title,
                 f"{1 + i % 28} قوس ۱۴۰۴ - ۱۰:۳۰", *paras, "شریک‌سازی: فیسبوک توییتر", "© ۱۴۰۴ شبکه خبری آمو"]
        want.append(section)
        (src / f"p{i:02d}.txt").write_text("\n".join(lines), encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(tmp_path / "out") + read_rows(tmp_path / "out", "rejected")}
    got = [rows[f"p{i:02d}"]["section"] for i in range(len(bodies))]
    assert got == want
