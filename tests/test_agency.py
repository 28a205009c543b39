"""The story's agency by where its credit stands: on synthetic pages and lines written here."""
from __future__ import annotations

import re

import pytest

from palayesh import extract
from palayesh.extract.agency import (
    agency_from_byline,
    agency_from_credit,
    agency_from_dateline,
    agency_of_story,
    find_agency,
    is_credit_line,
    reporter_byline,
)

STORY = ["سرمربی تیم گفت: بازیکنان ما آماده بازی هفته آینده هستند و برای پیروزی به میدان می‌روند.",
         "او افزود که تمرینات تیم از روز شنبه در ورزشگاه شهر با حضور همه بازیکنان آغاز می‌شود و ادامه دارد.",
         "وی در پایان گفت که هواداران باید از تیم در این روزهای سخت حمایت کنند تا نتیجه بهتری بگیریم."]


@pytest.mark.parametrize("text,agency", [
    ("به گزارش ورزشسه، تیم ملی", "ورزش سه"),          # a name of two words written as one
    ("به گزارش تسنیمنیوز، با نظر", "تسنیم"),
    ("به گزارش خبر گزاری فارس از کرمانشاه", "فارس"),   # a space inside «خبرگزاری»
    ("منبع: Varzesh۳", "ورزش سه"),
])
def test_names_with_spaces_lost_or_added(text, agency):
    assert find_agency(text) == agency


@pytest.mark.parametrize("lead,agency", [
    # a name that is also an everyday word («موج», «میزان») names the agency alone; another word on it
    # makes a longer name, a site's own, which credits nobody
    ("به گزارش \"موج شمال\" از گنبدکاووس، مسابقات استانی امروز آغاز شد.", None),
    ("به گزارش میزان آستارا، مسابقات استانی امروز آغاز شد.", None),
    ("به گزارش موج از گنبدکاووس، مسابقات استانی امروز آغاز شد.", "موج"),
    ("به گزارش میزان، مسابقات استانی امروز آغاز شد.", "میزان"),
    ("به گزارش موج شمال به نقل از ایسنا، مسابقات استانی امروز آغاز شد.", "ایسنا"),
])
def test_an_everyday_word_names_the_agency_only_alone(lead, agency):
    assert agency_of_story(lead, STORY) == agency


@pytest.mark.parametrize("line,agency", [
    ("منبع: همشهری سلامت", None),                     # a longer name: another outlet
    ("منبع: باشگاه خبرنگاران نگاه", None),
    ("برگرفته از اقتصاد آنلاین روز", None),
    ("منبع: سایت ورزش سه | ۱۹:۵۲ - ۱۳۹۶/۱۰/۳۰", "ورزش سه"),   # a date after the name ends it
    ("منبع: خبرگزاری دانشجویان ایران (ایسنا)", "ایسنا"),
    ("به نقل از خبرگزاری فارس از کرمانشاه", "فارس"),  # «از …» does not lengthen the name
    ("مرجع: ایسنا", "ایسنا"),                          # any short label before nothing but a name
    ("عکس: ایسنا", None),                              # a photo's credit is not the story's
    ("استان: فارس", None),                             # the province
    ("موضوع: حوزه", None),                             # a name that is also an everyday word
    ("ادامه این خبر را در سایت فارس‌نیوز بخوانید", "فارس"),  # read it at its source
    ("مشاهده متن کامل در ورزش۳", "ورزش سه"),
    ("مشاهده متن کامل در همشهری سلامت", None),
])
def test_credit_names_one_outlet(line, agency):
    assert agency_from_credit(line) == agency


@pytest.mark.parametrize("mark", ["📰 ", "■ ", "• ", "- ", "▪️", "* "])
def test_credit_label_after_a_bullet_or_emoji(mark):
    assert agency_from_credit(mark + "منبع: خبرگزاری ایسنا") == "ایسنا"
    assert agency_from_credit(mark + "به نقل از سایت ورزش سه") == "ورزش سه"
    assert is_credit_line(mark + "منبع: همشهری سلامت")
    assert agency_from_credit(mark + "عکس: ایسنا") is None  # still a photo's credit


@pytest.mark.parametrize("line,agency", [
    ("منبع: www.isna.ir", "ایسنا"),                              # the agency's own web host
    ("Source: https://www.tasnimnews.com/fa/news/1402/01/01/1", "تسنیم"),
    ("لینک خبر: https://ilna.ir/fa/tiny/news-123", "ایلنا"),        # a link label before the origin's URL
    ("منبع: https://example.com/news/1", None),                  # a host that is no agency's
    ("لینک کوتاه: https://www.isna.ir/x/abc", None),             # the page's own short link is no credit
    ("Source: Fars News Agency", "فارس"),                         # generic outlet words after a Latin name
    ("منبع: Mehr News Agency | 12 Oct", "مهر"),
])
def test_credit_by_host_or_latin_name(line, agency):
    assert agency_from_credit(line) == agency


@pytest.mark.parametrize("line,agency", [
    ("گزارش از خبرگزاری ایسنا", "ایسنا"),          # «گزارش از» before an agency: its story
    ("گزارش از مهسا قربانی", None),                # before a person: the author's byline
    ("تهیه و تنظیم: ایرنا", "ایرنا"),
    ("By ISNA", "ایسنا"), ("Credit: Tasnim News Agency", "تسنیم"),
    ("bypass فارس", None),                          # a Latin label is a word of its own
    ("نویسنده: سارا احمدی - منبع: ایرنا", "ایرنا"),  # fields split by a dash
])
def test_more_credit_labels(line, agency):
    assert agency_from_credit(line) == agency


@pytest.mark.parametrize("line,agency", [
    ("کد خبر: ۱۲۳۴۵ | منبع: ایلنا", "ایلنا"),                    # a line of labelled fields: its credit field
    ("نویسنده: مریم احمدی | منبع: خبرگزاری مهر | ۱۲ مهر ۱۴۰۱", "مهر"),
    ("نویسنده: مریم احمدی | عکس: ایسنا", None),
    ("منبع عکس: فارس", None),                                    # whose photo, not whose story
    ("منبع تصویر: ایرنا", None),
])
def test_credit_field_in_a_line_of_fields(line, agency):
    assert agency_from_credit(line) == agency


def test_credit_line_is_chrome_even_when_the_outlet_is_not_an_agency():
    assert is_credit_line("برگرفته از همشهری سلامت")
    assert is_credit_line("به نقل از: وب‌سایت ورزش سه نظرات بینندگان")  # two lines the extractor joined
    assert not is_credit_line("منبع: گزارش سالانه بانک مرکزی")


@pytest.mark.parametrize("line,agency", [
    ("ورزش۳ — ۹ شهریور ۱۳۹۹، ۱۶:۲۵", "ورزش سه"),
    ("فارس | ۱۳ دقیقه پیش", "فارس"),
    ("نویسنده: علی فارسی | ۱۲ مهر ۱۴۰۱", None),
    ("۲۸ مهر ۱۳۸۷ - ۱۲:۳۰", None),                    # the month
])
def test_source_line_under_a_headline(line, agency):
    assert agency_from_byline(line) == agency


def test_reporter_in_the_paragraph_after_a_one_sentence_summary():
    paras = ["مدیر فرودگاه گفت: پروازها از عید فطر از سر گرفته می‌شود.",
             "او امروز در گفت‌وگو با خبرنگار فارس در اراک اظهار داشت: پروازها هر هفته انجام می‌شود."]
    assert agency_of_story(None, paras) == "فارس"
    # a first paragraph of several sentences is the story itself: a mention after it is not the source
    long_first = [paras[0] + " " + STORY[1], paras[1]]
    assert agency_of_story(None, long_first) is None


def test_dateline_opening_a_later_paragraph():
    paras = STORY[:2] + ["پیشنهاد ما: بازیکنان جوان در راه تیم ملی", "به گزارش ایلنا، این دیدار ساعت ۱۸ آغاز می‌شود."]
    assert agency_of_story(None, paras) == "ایلنا"
    # inside a paragraph (not at its start) it is quoted, not a credit
    paras[-1] = "او گفت که به گزارش ایلنا، این دیدار ساعت ۱۸ آغاز می‌شود."
    assert agency_of_story(None, paras) is None


@pytest.mark.parametrize("later, agency", [
    ("به نقل از ایسنا، وی ادامه داد: بازی سختی برایمان است.", "ایسنا"),  # the quote resumed, credited
    ("به نقل از خبرگزاری فارس، او افزود: تمرین‌ها ادامه دارد.", "فارس"),
    ("به نقل از منابع آگاه در باشگاه، قرارداد او تمدید می‌شود.", None),  # no agency's name alone
    ("او به نقل از ایسنا، گفت که تمرین‌ها ادامه دارد.", None),  # inside the paragraph, not opening it
])
def test_quoted_clause_opening_a_later_paragraph(later, agency):
    paras = [STORY[0] + " " + STORY[1], "تراکتورسازی در سطح این دو تیم نیست.", later, "انگیزه زیادی داریم."]
    assert agency_of_story(None, paras) == agency


@pytest.mark.parametrize("later, agency", [
    ("وی در ادامه در گفت‌وگو با خبرنگار ایسنا افزود: بازی سختی برایمان است.", "ایسنا"),  # the reporter asking
    ("او در مصاحبه‌ای با خبرنگار ورزشی فارس گفت: تمرین‌ها ادامه دارد.", "فارس"),  # a beat between
    ("او در گفت‌وگو با ایسنا گفت: تمرین‌ها ادامه دارد.", None),  # talked to an outlet: anyone may
    ("او به ایسنا گفت که تمرین‌ها ادامه دارد.", None),  # told an outlet something: weaker still
    ("او در گفت‌وگو با خبرنگار حوزه احزاب روزنامه ما گفت: آماده‌ایم.", None),  # a beat, no agency
])
def test_reporter_interview_in_a_later_paragraph(later, agency):
    paras = [STORY[0] + " " + STORY[1], "تراکتورسازی در سطح این دو تیم نیست.", later, "انگیزه زیادی داریم."]
    assert agency_of_story(None, paras) == agency


def _text_page(tail: list[str]) -> str:
    return "\n\n".join(["ورزشی", "سرمربی: بازیکنان ما آماده بازی هفته آینده هستند", *STORY, *tail,
                        "درباره ما | تماس با ما"]) + "\n"


@pytest.mark.parametrize("tail,agency", [
    (["سرچشمه: مهر"], "مهر"),
    (["منبع: همشهری سلامت"], None),
    (["برگرفته از خبرگزاری فارس"], "فارس"),
    (["🔗 منبع: ایلنا"], "ایلنا"),
    (["کد خبر: ۱۲۳۴۵ | منبع: www.isna.ir"], "ایسنا"),
    (["منبع عکس: فارس"], None),
])
def test_text_page_credit_after_the_story(tail, agency):
    a = extract(_text_page(tail))
    assert a.agency == agency
    assert not any(t in a.text for t in tail)  # the credit line is not story text


@pytest.mark.parametrize("credit,agency", [
    ("به نقل از خبرگزاری مهر", "مهر"),
    ("📰 منبع: ایسنا", "ایسنا"),
    ("منبع: همشهری سلامت", None),
])
def test_text_page_credit_in_the_header(credit, agency):
    """A credit line of its own above the headline, among the menu items, credits the story; the
    same line after a dateline that names another agency still wins (the credit is the page's word)."""
    page = "\n\n".join(["سایت نمونه", "صفحه نخست", "ورزشی", "فرهنگی", credit,
                         "سرمربی: بازیکنان ما آماده بازی هفته آینده هستند", *STORY, "درباره ما | تماس با ما"])
    assert extract(page + "\n").agency == agency
    dated = page.replace(STORY[0], "به گزارش ایلنا، " + STORY[0])
    assert extract(dated + "\n").agency == (agency or "ایلنا")


def test_text_page_credit_in_a_byline_of_fields():
    """A header line of several fields, an author among them, gives the agency of its credit field."""
    byline = "نویسنده: سارا احمدی | منبع: ایرنا | ۱۲ مهر ۱۴۰۱ - ۱۰:۳۰ | بازدید: ۱۲۳۴"
    page = "\n\n".join(["سایت نمونه", "صفحه نخست | ورزشی", byline,
                         "سرمربی: بازیکنان ما آماده بازی هفته آینده هستند", *STORY, "درباره ما | تماس با ما"])
    assert extract(page + "\n").agency == "ایرنا"


def test_text_page_header_sentence_is_no_credit():
    """A headline-long line in the header that quotes an agency is a teaser, not the page's credit."""
    teaser = "به نقل از فارس، وزیر نیرو از قطع برق در ساعات اوج مصرف در تهران خبر داد"
    page = "\n\n".join(["سایت نمونه", "صفحه نخست", teaser,
                         "سرمربی: بازیکنان ما آماده بازی هفته آینده هستند", *STORY, "درباره ما | تماس با ما"])
    assert extract(page + "\n").agency is None


def _html_page(header: str, footer: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    return ("<!doctype html><html><head><title>سرمربی: بازیکنان آماده‌اند | سایت نمونه</title></head><body>"
            "<nav><a href='/'>خانه</a> | <a href='/s'>ورزشی</a></nav>"
            f"<article><h1>سرمربی: بازیکنان ما آماده بازی هفته آینده هستند</h1>{header}"
            f"<div class='content'>{paras}</div>{footer}</article>"
            "<footer><p>تمامی حقوق محفوظ است. استفاده از مطالب با ذکر منبع مجاز است.</p></footer></body></html>")


@pytest.mark.parametrize("header,footer,agency", [
    ("", "<p class='source'>منبع: فارس</p>", "فارس"),                      # a <p> the main text left out
    ("", "<p class='source'>سرچشمه: Fars News</p>", "فارس"),
    ("<div class='src'><time datetime='2020-08-30T16:25:00+04:30'>ورزش۳ — ۹ شهریور ۱۳۹۹، ۱۶:۲۵</time></div>",
     "", "ورزش سه"),                                                         # a source line under the headline
    ("<div class='meta'><time datetime='2005-02-09T18:29:00Z'>منبع: فارس‌نیوز | ۲۱ بهمن ۱۳۸۳</time></div>",
     "", "فارس"),
    ("", "<a class='source-link' href='#'>لینک مستقیم به خبر در ایسنا</a>", "ایسنا"),
    ("", "<p class='source'>منبع: همشهری سلامت</p>", None),
    ("", "<p class='x9'><a href='/1'>به نقل از سایت ورزش سه</a></p>", "ورزش سه"),   # a linked credit
    ("", "<ul><li class='k2'><a href='/7'>(خبرگزاری تسنیم)</a></li></ul>", "تسنیم"),  # a bracketed name
    ("", "<span class='k3'>[ایسنا]</span>", "ایسنا"),
    ("", "<p>بیشتر بخوانید: <a href='/2'>به نقل از فارس</a> و <a href='/3'>ایسنا</a></p>", None),  # links in a line
    ("", "<p class='k4'>(عکس تزئینی است)</p>", None),
    ("", "<ul><li><a href='/1'>افزایش قیمت نان</a> <span>(مهر)</span></li></ul>", None),  # a related item's source
    ("", "<h3>خبر دیگر درباره بازار <span>(ایسنا)</span></h3>", None),
    ("", "", None),
    # a bare name in its own block among the first short lines under the story (the main-text
    # extractor leaves it out with the tail), after an end marker or not
    ("", "<div class='k7'>پایان خبر</div><div class='k7'>ایلنا</div>", "ایلنا"),
    ("", "<div class='z1'>خبرگزاری جمهوری اسلامی (ایرنا)</div>", "ایرنا"),
    ("", "<div class='k7'>پایان خبر</div><div class='k8'>بازنشر: تلگرام</div><div class='k7'>نوشته قبلی</div>"
         "<div class='k9'>مطلب بعدی</div><div class='k7'>ایسنا</div>", None),          # too far under the story
    ("", "<div class='k7'>این خبر را ایسنا منتشر کرده است و ما آن را بازنشر کرده‌ایم.</div>", None),  # prose
])
def test_html_page_credit(header, footer, agency):
    assert extract(_html_page(header, footer)).agency == agency


@pytest.mark.parametrize("foot,agency", [
    ("<div class='fc55'>منبع خبر: فارس</div>", "فارس"),        # the credit at the page's very foot
    ("<div class='fc55'>منبع: خبرگزاری ایسنا</div>", "ایسنا"),
    ("<div class='fc55'>ایسنا</div>", None),                    # a bare name that far down credits none
    ("", None),
])
def test_html_credit_at_the_pages_foot(foot, agency):
    # a site that sets the story's credit under its footer, past the related links and comments:
    # a credit label says whose the story is wherever it stands, as on a flat page
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    page = ("<!doctype html><html><body><div class='top'>سبزوار نیوز</div><main><h1>سرمربی: بازیکنان ما آماده"
            f" بازی هفته آینده هستند</h1><div class='content'>{paras}</div></main><div class='rel'><h3>اخبار مرتبط"
            "</h3><ul><li><a href='/1'>شکست تلخ آرسنال در زمین برایتون</a></li><li><a href='/2'>سروزیر بلوچستان"
            " پاکستان استعفا داد</a></li></ul></div><div class='cm'><b>لیلا</b><p>من با این نظر موافق نیستم، به"
            " نظرم خیلی اغراق شده</p></div><footer><p>نقل مطالب سبزوار نیوز با ذکر منبع آزاد است.</p><p>طراحی"
            f" سایت: آوا طرح</p></footer>{foot}</body></html>")
    assert extract(page).agency == agency


# ------------------------------------------------------------------------------- what the run teaches
def _run_agencies(tmp_path, under_story, html: bool = False, dateline: str | None = None) -> list:
    """The agencies of a run of 16 pages of one site, ``under_story(i)`` right under page i's story
    (in a block of its own after the article, with ``html``); with ``dateline``, stories that name
    no agency themselves, each opening with it."""
    from conftest import read_rows, story_bodies
    from palayesh import refine
    bodies = story_bodies(16, paras=3)
    if dateline is not None:
        bodies = [[dateline + b[0], *b[1:]] for b in story_bodies(400, paras=3)
                  if agency_of_story(None, b) is None and not any(find_agency(p) for p in b)][:16]
    src = tmp_path / "pages"
    src.mkdir()
    for i, paras in enumerate(bodies):
        lines = ["گاهنامه سپیدار", "", "ورزشی", "", f"عنوان شماره {i} درباره رویداد مهم در شهر", "", *paras, "",
                 *([under_story(i)] if under_story(i) else []), "", "درباره ما | تماس با ما", "کلیه حقوق محفوظ است."]
        if html:
            title = f"عنوان شماره {i} درباره رویداد مهم در شهر"
            under = "".join(f"<div class='u4'>{x}</div>" for x in under_story(i).split("\n")) if under_story(i) else ""
            page = (f"<html><head><title>{title} | گاهنامه سپیدار</title></head><body><div class='h1'>گاهنامه سپیدار"
                    f"</div><main><h1>{title}</h1>" + "".join(f"<p>{p}</p>" for p in paras) + f"</main>{under}"
                    "<footer><p>درباره ما | تماس با ما</p><p>کلیه حقوق محفوظ است.</p></footer></body></html>")
            (src / f"p{i:02d}.html").write_text(page, encoding="utf-8")
            continue
        (src / f"p{i:02d}.txt").write_text("\n".join(lines), encoding="utf-8")
    out = tmp_path / "out"
    refine(src, out, workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(out) + read_rows(out, "rejected")}
    return [rows[f"p{i:02d}"]["agency"] for i in range(16)]


@pytest.mark.parametrize("html", [False, True])
def test_a_name_under_every_story_of_a_site_is_its_brand_not_a_credit(tmp_path, html):
    """«خبرگزاری تسنیم» under every story of one site is the site's own name (an agency's own site,
    or one named like it): the pages credit what they would credit without it; a bare name under
    the story that varies from page to page is a credit slot."""
    (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir(), (tmp_path / "c").mkdir()
    without = _run_agencies(tmp_path / "a", lambda i: None, html)
    branded = _run_agencies(tmp_path / "b", lambda i: "خبرگزاری تسنیم", html)
    assert branded == without and "تسنیم" not in without
    names = ["ایسنا", "مهر", "خبرگزاری فارس", "ایرنا"]
    assert _run_agencies(tmp_path / "c", lambda i: names[i % 4], html) == ["ایسنا", "مهر", "فارس", "ایرنا"] * 4


SCHOOL = ["مدیر کل آموزش و پرورش استان امروز از آغاز ثبت نام مدارس در سراسر استان از هفته آینده خبر داد.",
          "او افزود که ثبت نام به صورت اینترنتی انجام می‌شود و خانواده‌ها نیازی به مراجعه حضوری به مدارس ندارند.",
          "وی همچنین گفت که مهلت ثبت نام تا پایان ماه ادامه دارد و پس از آن تمدید نخواهد شد و باید زودتر اقدام کرد."]


@pytest.mark.parametrize("first,last,agency", [
    ("تهران- ایرنا- ", "", "ایرنا"),                  # city, agency, dashes: the agency's own dateline
    ("مشهد - خبرگزاری مهر: ", "", "مهر"),
    ("ایسنا: ", "", "ایسنا"),
    ("خبرگزاری فارس – ", "", "فارس"),
    ("تهران (ایرنا) - ", "", "ایرنا"),                # the agency bracketed after the city
    ("ایسنا/ تهران - ", "", "ایسنا"),                  # the agency first, a slash, the city
    ("ایرنا - تهران - ", "", "ایرنا"),
    ("تهران، ایلنا - ", "", "ایلنا"),                  # a comma between the city and the agency
    ("", " (ایسنا)", "ایسنا"),                        # the agency closing the story, bracketed
    ("", " /ایرنا", "ایرنا"),
    ("", " (منبع: ایلنا)", "ایلنا"),
    ("وزیر: ", "", None), ("تهران - ", "", None),       # a speaker, a city alone
    ("مدیر کل در نشست امروز با ایرنا - ", "", None),  # a sentence's clause, no dateline's head
    ("", " (عکس)", None), ("", " (همشهری سلامت)", None),
])
@pytest.mark.parametrize("html", [False, True])
def test_agency_dateline_before_or_name_after_the_story(first, last, agency, html):
    paras = list(SCHOOL)
    paras[0], paras[-1] = first + paras[0], paras[-1] + last
    head = "آغاز ثبت نام مدارس از هفته آینده"
    if html:
        page = (f"<html><head><title>{head} | سایت نمونه</title></head><body><nav><a>خانه</a> | <a>آموزش</a></nav>"
                f"<article><h1>{head}</h1><div>" + "".join(f"<p>{p}</p>" for p in paras)
                + "</div></article></body></html>")
    else:
        page = "\n\n".join(["سایت نمونه", "صفحه نخست | آموزش | تماس با ما", "آموزش", head, *paras, "درباره ما"]) + "\n"
    assert extract(page).agency == agency


def _slot_site(outlets, *, html=False, in_story=False, retold=False, dateline=None, between=None):
    """Pages of one site that credit each story in a «منبع خبر: X» slot after it (or between its
    paragraphs when ``in_story``), X an outlet the agency table does not know. ``retold``: the story's
    dateline names the site, as a site that retells a wire's story writes it («به گزارش دورنا نیوز،»);
    ``dateline``: the agency whose dateline opens each story instead («به گزارش ایسنا، …»); ``between``:
    a line per page set between the end marker and the slot."""
    from conftest import story_bodies

    pages = []
    for i, (paras, outlet) in enumerate(zip(story_bodies(len(outlets), 3), outlets)):
        if retold or dateline:
            paras = [re.sub("خبرگزار[یي] فارس", "دورنا نیوز", p) for p in paras]
        if dateline:
            paras[0] = f"به گزارش {dateline[i]}، {paras[0]}"
        title = f"گزارش شماره {i + 1} از رویدادهای مهم هفته در جهان"
        slot = f"منبع خبر: {outlet}"
        story = [paras[0], slot, *paras[1:]] if in_story else [*paras, "انتهای پیام/", slot]
        if between:
            story[-1:-1] = [between[i]]
        if html:
            blocks = "".join(f"<p>{p}</p>" if p in paras else f"<div class='m'>{p}</div>" for p in story)
            pages.append(["<!doctype html><html><head><link rel='canonical' href='https://dorna.example/n/"
                          f"{i}'></head><body><div class='top'>دورنا نیوز</div><nav>خانه | جهان | ورزش</nav>"
                          f"<article><h1>{title}</h1>{blocks}</article>"
                          "<div class='f'>تمامی حقوق برای دورنا نیوز محفوظ است.</div></body></html>"])
        else:
            pages.append(["دورنا نیوز", "خانه | جهان | ورزش", title, *story, "تمامی حقوق برای دورنا نیوز محفوظ است."])
    return pages


OUTLETS = ["خبرگزاری کالیستا", "خبرگزاری مورانو", "خبرگزاری کالیستا", "خبرگزاری تلویس", "خبرگزاری مورانو",
           "خبرگزاری تلویس", "خبرگزاری کالیستا", "خبرگزاری مورانو"]


@pytest.mark.parametrize("html", [False, True])
def test_a_credit_slot_of_the_site_names_an_outlet_the_table_does_not_know(tmp_path, html):
    # the run shows the slot («منبع خبر: …» after every story, its value varying): a news agency it
    # names is the story's, «خبرگزاری مورانو» as «مورانو»; one page alone is no template, and does not
    # name it; nor does a slot naming a paper or a magazine quoted for one story each («منبع: لوکارنو»:
    # no agency; a bare name the site repeats there is a wire it retells: the test below)
    from conftest import read_rows
    from palayesh import refine

    src = tmp_path / "pages"
    src.mkdir()
    ext = "html" if html else "txt"
    for i, lines in enumerate(_slot_site(OUTLETS, html=html)):
        (src / f"p{i:02d}.{ext}").write_text("\n\n".join(lines), encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(tmp_path / "out") + read_rows(tmp_path / "out", "rejected")}
    want = [o.split()[-1] for o in OUTLETS]
    assert [rows[f"p{i:02d}"]["agency"] for i in range(len(OUTLETS))] == want
    page = "\n\n".join(_slot_site(OUTLETS[:1], html=html)[0])
    assert extract(page).agency != "کالیستا"
    papers = ["لوکارنو", "کالیستا", "مورانو", "تلویس", "واندرا", "ساموئل", "فیگارو", "هرالد"]
    src = tmp_path / "papers"
    src.mkdir()
    for i, lines in enumerate(_slot_site(papers, html=html)):
        (src / f"p{i:02d}.{ext}").write_text("\n\n".join(lines), encoding="utf-8")
    refine(src, tmp_path / "out2", workers=1, progress="none")
    rows = read_rows(tmp_path / "out2") + read_rows(tmp_path / "out2", "rejected")
    assert len(rows) == len(papers) and not {r["agency"] for r in rows} & set(papers)


def test_a_source_line_between_the_paragraphs_is_no_credit_slot(tmp_path):
    # «منبع خبر: X» between a story's paragraphs (under a table, a quote) is the source of that, not
    # the outlet of the story, however often the site writes one
    from conftest import refine_site

    rows = refine_site(tmp_path, _slot_site(OUTLETS, in_story=True))
    assert rows and not {r["agency"] for r in rows.values()} & {o.split()[-1] for o in OUTLETS}


def test_a_bare_name_the_slot_closing_the_story_repeats_is_the_wire(tmp_path):
    # a site that retells the stories of a few wires under its own name credits each in the slot
    # after the story, by its bare name («منبع خبر: رویترز»): the name is the agency, though neither
    # the agency table nor the word «خبرگزاری» says so; a slot with the site's own name is no credit
    from conftest import refine_site

    wires = ["کالیستا", "مورانو", "تلویس"] * 3
    (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir()
    rows = refine_site(tmp_path / "a", _slot_site(wires, retold=True))
    assert [rows[f"p{i:02d}"]["agency"] for i in range(len(wires))] == wires
    rows = refine_site(tmp_path / "b", _slot_site(["دورنا نیوز"] * len(wires)))
    assert len(rows) == len(wires) and "دورنا نیوز" not in {r["agency"] for r in rows.values()}


def test_a_paper_the_slot_closing_the_story_repeats_is_no_wire(tmp_path):
    # the site repeats a few names in that slot, but each says it is a paper or a magazine
    # («منبع: روزنامه کالیستا», an interview it republished): no agency, as a paper quoted once is none
    from conftest import refine_site

    papers = ["روزنامه کالیستا", "ماهنامه مورانو", "هفته‌نامه تلویس"] * 3
    rows = refine_site(tmp_path, _slot_site(papers, retold=True))
    assert len(rows) == len(papers)
    assert not {r["agency"] for r in rows.values()} & {*papers, "کالیستا", "مورانو", "تلویس", "هفته نامه تلویس"}


def _header_slot_site(outlets, *, html=False, site="دورنا نیوز"):
    """Pages of one site that credit each story in a «منبع خبر: X» slot under its headline, above
    the story; the story's dateline names the site (it retells the wire's story). The pages end as
    many sites' pages do (the same two lines)."""
    from conftest import story_bodies

    pages = []
    host = "kaveh" if site != "دورنا نیوز" else "dorna"
    for i, (paras, outlet) in enumerate(zip(story_bodies(len(outlets), 3), outlets)):
        paras = [re.sub("خبرگزار[یي] فارس", site, p) for p in paras]
        title = f"گزارش شماره {i + 1} از رویدادهای مهم هفته در جهان"
        slot = f"منبع خبر: {outlet}"
        if html:
            body = "".join(f"<p>{p}</p>" for p in paras)
            pages.append([f"<!doctype html><html><head><link rel='canonical' href='https://{host}.example/n/"
                          f"{i}'></head><body><div class='top'>{site}</div><nav>خانه | جهان | ورزش</nav>"
                          f"<article><h1>{title}</h1><div class='m'>کد مطلب: {1000 + i}</div>"
                          f"<div class='m'>{slot}</div>{body}</article>"
                          "<div class='f'>تمامی حقوق محفوظ است.</div><div>درباره ما | تماس با ما</div></body></html>"])
        else:
            pages.append([site, "خانه | جهان | ورزش", title, f"کد مطلب: {1000 + i}", slot, *paras,
                          "تمامی حقوق محفوظ است.", "درباره ما | تماس با ما"])
    return pages


def _refine_pages(tmp_path, pages, ext: str) -> dict:
    """Refine ``pages`` (each a list of lines or one HTML text) as ``p00.<ext>``, …: every row by id."""
    from conftest import read_rows
    from palayesh import refine

    src = tmp_path / "pages"
    src.mkdir()
    for i, lines in enumerate(pages):
        (src / f"p{i:02d}.{ext}").write_text("\n\n".join(lines), encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    return {r["id"]: r for r in read_rows(tmp_path / "out") + read_rows(tmp_path / "out", "rejected")}


#: what the slot under the headline names on the pages of a site that fills it with agencies
AGENCY_SLOTS = ["خبرگزاری کالیستا", "مورانو", "تلویس"] * 3 + ["دورنا نیوز"]


@pytest.mark.parametrize("html", [False, True])
def test_a_bare_name_in_a_header_slot_the_site_fills_with_agencies_is_the_agency(tmp_path, html):
    # the site's slot under the headline says on three pages that it names a news agency
    # («منبع خبر: خبرگزاری کالیستا»): the bare names it shows there on its other pages («منبع خبر:
    # مورانو») are agencies too, though the table does not know them; the site's own name is none
    rows = _refine_pages(tmp_path, _header_slot_site(AGENCY_SLOTS, html=html), "html" if html else "txt")
    want = ["کالیستا", "مورانو", "تلویس"] * 3 + [None]
    assert [rows[f"p{i:02d}"]["agency"] for i in range(len(AGENCY_SLOTS))] == want


@pytest.mark.parametrize("html", [False, True])
def test_a_header_slot_that_never_names_an_agency_names_papers(tmp_path, html):
    # the same slot on another site (in the same run, its pages ending as the first site's do) that
    # fills it with the papers it translates, a few of them often, one said to be a paper («روزنامه
    # …»): none of its pages names a news agency there, so no bare name is one
    papers = ["کالیستا", "مورانو", "تلویس"] * 3 + ["روزنامه لوکارنو"]
    pages = _header_slot_site(papers, html=html, site="کاوه نیوز") + _header_slot_site(AGENCY_SLOTS, html=html)
    rows = _refine_pages(tmp_path, pages, "html" if html else "txt")
    got = [rows[f"p{i:02d}"]["agency"] for i in range(len(papers))]
    assert len(rows) == len(pages) and not set(got) & {*papers, "لوکارنو"}


@pytest.mark.parametrize("html", [False, True])
def test_a_header_slot_of_the_tables_agencies_and_other_sites_names_no_other_agency(tmp_path, html):
    # a site whose slot names the table's agencies («منبع خبر: خبرگزاری فارس», «ایسنا») and web
    # sites the table does not know («کالیستا»), never saying one of those is a news agency: the
    # table's are the agencies, the others no agency
    outlets = ["خبرگزاری فارس", "کالیستا", "ایسنا"] * 3
    rows = _refine_pages(tmp_path, _header_slot_site(outlets, html=html), "html" if html else "txt")
    got = [rows[f"p{i:02d}"]["agency"] for i in range(len(outlets))]
    assert got[0::3] == ["فارس"] * 3 and got[2::3] == ["ایسنا"] * 3 and "کالیستا" not in got


#: headlines of other stories, one a page (a list of related news under the story)
OTHER_HEADLINES = ["افزایش قیمت طلا در بازار جهانی ادامه دارد", "تیم ملی والیبال به مصاف برزیل می‌رود",
                   "بارش برف راه‌های شمالی را بست", "نمایشگاه کتاب با حضور ناشران خارجی آغاز شد",
                   "کاهش صادرات فولاد در ماه گذشته", "رکورد تازه دمای هوا در جنوب کشور ثبت شد",
                   "برنامه جدید واکسیناسیون کودکان اعلام شد", "قطار سریع‌السیر تهران به مشهد افتتاح می‌شود",
                   "جشنواره فیلم کودک در اصفهان برگزار شد"]


@pytest.mark.parametrize("case", ["dateline", "related"])
def test_a_repeated_name_in_a_slot_after_the_story_is_no_wire_of_another_storys_or_source(tmp_path, case):
    # the slot after the story repeats a few bare names, as a wire's credit does, but:
    # - the story's own dateline credits an agency («به گزارش ایسنا، …»): the slot names the source
    #   that agency quoted (a journal, a paper), the agency is the dateline's;
    # - a headline of another story stands between the story's end and the slot: the credit is that
    #   story's (a related-news list whose items carry their sources), not this one's
    from conftest import refine_site

    sources = ["کالیستا", "مورانو", "تلویس"] * 3
    if case == "dateline":
        agencies = ["ایسنا", "مهر", "ایرنا"] * 3
        rows = refine_site(tmp_path, _slot_site(sources, dateline=agencies))
        assert [rows[f"p{i:02d}"]["agency"] for i in range(len(sources))] == agencies
    else:
        rows = refine_site(tmp_path, _slot_site(sources, retold=True, between=OTHER_HEADLINES))
        assert len(rows) == len(sources) and not {r["agency"] for r in rows.values()} & set(sources)


@pytest.mark.parametrize("credit, agency", [
    ("این خبر از خبرگزاری فارس بازنشر شده است", "فارس"),
    ("این مطلب از ایسنا نقل شده است.", "ایسنا"),
    ("این گزارش به نقل از مهر منتشر شد", "مهر"),
    ("این خبر از سوی وزارت منتشر شد", None),                 # no outlet named
])
def test_a_credit_said_in_a_sentence_of_its_own_after_the_story(credit, agency):
    _credit_after_story(credit, agency)


def _credit_after_story(credit, agency):
    """``credit`` on a line of its own under the story gives ``agency`` on a flat page and an HTML
    one, and leaves the story when it gives one."""
    title = "سرمربی: بازیکنان ما آماده بازی هفته آینده هستند"
    got = extract("\n\n".join([title, "۱۲ مرداد ۱۴۰۳", *STORY, credit]) + "\n")
    assert got.agency == agency
    if agency:
        assert is_credit_line(credit) and all(credit not in p for p in got.paragraphs)
    html = (f"<html><body><article><h1>{title}</h1>" + "".join(f"<p>{p}</p>" for p in STORY)
            + f"<div>{credit}</div></article></body></html>")
    assert extract(html).agency == agency


@pytest.mark.parametrize("alt, agency", [("ایسنا", "ایسنا"), ("خبرگزاری مهر", "مهر"), ("", None)])
def test_html_credit_label_before_an_agencys_logo(alt, agency):
    # «<span>منبع:</span> <a><img alt="ایسنا"></a>»: the logo's alt text is the credit's value
    html = ("<html><body><article><h1>سرمربی: بازیکنان ما آماده بازی هفته آینده هستند</h1>"
            + "".join(f"<p>{p}</p>" for p in STORY)
            + f'<div class="x"><span>منبع:</span> <a href="https://x.ir"><img src="/l.png" alt="{alt}"></a></div>'
            + "</article></body></html>")
    assert extract(html).agency == agency


# ----------------------------------------------------------- an agency the story is about, not its credit
@pytest.mark.parametrize("first, agency", [
    # the agency's name the possessor of a noun before it («مدیرعامل خبرگزاری ایرنا»): a subject
    ("مدیرعامل خبرگزاری ایرنا امروز در مراسمی در تهران از راه‌اندازی سامانه جدید خبر داد.", None),
    ("رئیس خبرگزاری ایسنا گفت: ما سال آینده دفتر تازه‌ای در مشهد باز می‌کنیم.", None),
    ("عکاس خبرگزاری تسنیم در این حادثه زخمی شد و به بیمارستان منتقل شد.", None),
    ("ساختمان خبرگزاری مهر در خیابان حافظ امروز میزبان نشستی درباره رسانه‌ها بود.", None),
    ("همسر خبرنگار ایرنا امروز در مراسمی در تهران از کتاب تازه‌اش رونمایی کرد.", None),
    # after a word that governs it («با», «به»), a mark, or opening the sentence: the story's source
    ("خبرگزاری فارس در گزارشی از افزایش قیمت نان در تهران خبر داده است.", "فارس"),
    ("وزیر در گفت‌وگو با خبرنگار خبرگزاری مهر از طرح تازه خبر داد.", "مهر"),
    ("وزیر امروز به خبرنگار ایسنا گفت که طرح تازه اجرا می‌شود.", "ایسنا"),
    ("وزیر امروز در نشستی با خبرگزاری تسنیم از طرح تازه خبر داد.", "تسنیم"),
    ("طبق اعلام خبرگزاری فارس، قیمت نان در تهران از امروز افزایش یافت.", "فارس"),  # who said it
    ("این خبر توسط خبرگزاری مهر منتشر شد و وزیر آن را تأیید کرد.", "مهر"),
])
def test_an_agency_named_as_the_possessor_of_a_noun_is_the_storys_subject(first, agency):
    paras = [first + " " + STORY[1], *STORY[1:]]
    assert agency_of_story(None, paras) == agency
    page = "\n\n".join(["سایت نمونه", "صفحه نخست | ورزشی", "سرمربی: بازیکنان ما آماده بازی هفته آینده هستند",
                        *paras, "درباره ما | تماس با ما"]) + "\n"
    assert extract(page).agency == agency


# ------------------------------------------------------------------------ a wire named in the byline
@pytest.mark.parametrize("line, agency", [
    ("نویسنده: خبرگزاری مهر", "مهر"),            # the author's field holds nothing but an agency's name
    ("خبرنگار: ایسنا", "ایسنا"),
    ("نویسنده: ایرنا | ۱۲ مهر ۱۴۰۱ - ۱۰:۳۰", "ایرنا"),
    ("توسط خبرگزاری تسنیم", "تسنیم"),            # «by» in Persian
    ("نویسنده: سارا احمدی", None),              # a person
    ("خبرنگار: علی فارسی", None),
    ("عکاس: ایسنا", None),                      # the photographer's field: the photo's credit
    ("توسط علی مهری", None),
    ("توسط خبرگزاری تسنیم منتشر شد و بازتاب گسترده‌ای داشت", None),  # a sentence
])
def test_a_wire_named_as_the_author(line, agency):
    assert agency_from_byline(line) == agency
    page = "\n\n".join(["سایت نمونه", "صفحه نخست | ورزشی", "ورزشی", "سرمربی: بازیکنان ما آماده بازی هفته آینده هستند",
                        line, *STORY, "درباره ما | تماس با ما"]) + "\n"
    assert extract(page).agency == agency


@pytest.mark.parametrize("credit, agency", [
    ("این مطلب بازنشر از خبرگزاری مهر است", "مهر"),   # «بازنشر از X»: republished from X
    ("این خبر بازنشر شده از ایسنا است.", "ایسنا"),
    ("این گزارش برگرفته از خبرگزاری فارس است.", "فارس"),
    ("متن کامل این خبر برگرفته از سایت ورزش سه است", "ورزش سه"),
    ("این مطلب برگرفته از کتاب تاریخ ورزش ایران است", None),   # no outlet's name
])
def test_a_credit_sentence_saying_the_story_is_taken_from_an_outlet(credit, agency):
    text = "\n\n".join(["سرمربی: بازیکنان ما آماده بازی هفته آینده هستند", "۱۲ مرداد ۱۴۰۳", *STORY, credit]) + "\n"
    assert extract(text).agency == agency


@pytest.mark.parametrize("credit, agency", [
    ("این مطلب نخستین بار در خبرگزاری ایسنا منتشر شده است.", "ایسنا"),  # first published at X
    ("این گزارش پیش‌تر در تسنیم منتشر شده بود.", "تسنیم"),               # published at X before
    ("این خبر ابتدا در سایت ورزش سه منتشر شد", "ورزش سه"),
    ("این یادداشت در خبرگزاری مهر منتشر شده است", "مهر"),
    ("این مطلب در خبرگزاری مهر هم منتشر شده است.", None),   # «هم»: a copy there too, not the origin
    ("این مطلب نخستین بار در مجله دانش منتشر شده است", None),  # no outlet the table knows
    ("این خبر نخستین بار در نشست خبری وزیر اعلام شد", None),   # no «منتشر»: said, not published
])
def test_a_credit_sentence_saying_the_story_first_appeared_at_an_outlet(credit, agency):
    # a republisher's credit said as where the story was published first: «این مطلب نخستین بار در X
    # منتشر شده است», the outlet after «در» rather than «از»
    assert agency_from_credit(credit) == agency
    _credit_after_story(credit, agency)


@pytest.mark.parametrize("credit, agency", [
    ("تنظیم و تلخیص: سارا احمدی، برگرفته از خبرگزاری مهر", "مهر"),  # the editor, then the credit clause
    ("گردآوری و ترجمه: علی رضایی، به نقل از ایسنا", "ایسنا"),
    ("تنظیم: سارا احمدی، منبع: تسنیم", "تسنیم"),
    ("تنظیم و تلخیص: سارا احمدی، کارشناس ارشد", None),           # the editor alone
    ("تنظیم و تلخیص: سارا احمدی، برگرفته از کتاب سال", None),    # taken from no outlet the table knows
    ("وی افزود: این طرح، به نقل از ایسنا، اجرا می‌شود", None),   # a clause inside a sentence, not closing it
])
def test_a_credit_clause_closing_a_labelled_line_after_a_comma(credit, agency):
    # an editor's labelled line of more than two words («تنظیم و تلخیص: …») that closes with the
    # story's credit after a comma, not a «|» or a dash
    assert agency_from_credit(credit) == agency
    title = "سرمربی: بازیکنان ما آماده بازی هفته آینده هستند"
    got = extract("\n\n".join([title, "۱۲ مرداد ۱۴۰۳", *STORY, credit]) + "\n")
    assert got.agency == agency


@pytest.mark.parametrize("credit, agency", [
    ("خبرگزاری دانشجویان ایران (ایسنا)", "ایسنا"),   # an agency's full name, its short one in brackets
    ("خبرگزاری کار ایران (ایلنا)", "ایلنا"),
    ("سایت ورزش سه", "ورزش سه"),
    ("خبرگزاری مهر", "مهر"),
])
def test_an_agencys_bare_name_under_the_date_is_the_credit_not_the_headline(credit, agency):
    # the headline, the date, then a line that is nothing but an agency's name (three words or
    # more: as long as a headline) over the story: the story's credit, no headline, and the story's
    # first paragraph under it no summary
    title = "سرمربی: بازیکنان ما آماده بازی هفته آینده هستند"
    page = "\n\n".join(["سایت نمونه", "خانه | ورزش | اقتصاد", title, "۱۲ مرداد ۱۴۰۳", credit, *STORY,
                         "برچسب‌ها: فوتبال", "درباره ما | تماس با ما"]) + "\n"
    got = extract(page)
    assert (got.title, got.agency, got.lead, len(got.paragraphs)) == (title, agency, None, len(STORY))


@pytest.mark.parametrize("credit, agency", [
    ("خبرگزاری دانشجویان ایران (ایسنا)", "ایسنا"),
    ("تسنیم", "تسنیم"),                          # a short name alone
    ("سایت ورزش سه", "ورزش سه"),
    ("سمیرا محمدی", None),                       # a byline: a person
])
def test_html_agencys_bare_name_between_the_headline_and_the_story(credit, agency):
    # the same source line on an HTML page, an element of its own under the headline's date
    title = "سرمربی: بازیکنان ما آماده بازی هفته آینده هستند"
    html = (f"<html><body><div class='top'>سایت نمونه</div><nav>خانه | ورزش</nav><article><h1>{title}</h1>"
            f"<div class='d'>۱۲ مرداد ۱۴۰۳</div><div class='c'>{credit}</div>"
            + "".join(f"<p>{p}</p>" for p in STORY)
            + "<div class='t'>برچسب‌ها: فوتبال</div></article><footer>درباره ما | تماس با ما</footer></body></html>")
    got = extract(html)
    assert (got.title, got.agency, len(got.paragraphs)) == (title, agency, len(STORY))


def test_html_agencys_name_after_a_camera_icon_is_a_photos_credit():
    # «📷 فارس» under the headline: the caption of the story's photo, not the story's source line
    # (the flat page's header loop of source lines still reads it: a known gap)
    title = "سرمربی: بازیکنان ما آماده بازی هفته آینده هستند"
    page = (f"<html><body><div class='top'>سایت نمونه</div><nav>خانه | ورزش</nav><article><h1>{title}</h1>"
            "<div class='d'>۱۲ مرداد ۱۴۰۳</div><div class='c'>📷 فارس</div>"
            + "".join(f"<p>{p}</p>" for p in STORY) + "</article><footer>درباره ما | تماس با ما</footer></body></html>")
    got = extract(page)
    assert (got.title, got.agency) == (title, None)


# ------------------------------------------------ a credit an HTML page gives by a link or a logo alone
@pytest.mark.parametrize("footer, agency", [
    # a link whose words only say it goes to the source: its address is the agency's own host
    ("<p><a href='https://www.isna.ir/news/1401/123'>منبع خبر</a></p>", "ایسنا"),
    ("<p><a href='https://www.mehrnews.com/news/55'>لینک منبع</a></p>", "مهر"),
    ("<div><a href='//tasnimnews.com/fa/news/1'>مشاهده در سایت منبع</a></div>", "تسنیم"),
    ("<p>منبع: <a href='https://www.tasnimnews.com/fa/news/1'>اینجا</a></p>", "تسنیم"),  # a label, a link
    ("<p><a href='https://example.com/x'>منبع خبر</a></p>", None),          # no agency's host
    ("<p><a href='/news/123'>منبع خبر</a></p>", None),                      # the site's own page
    ("<p><a href='https://www.isna.ir/news/1'>افزایش قیمت نان در بازار تهران</a></p>", None),  # a related item
    ("<p>بیشتر بخوانید: <a href='https://www.isna.ir/news/1'>منبع خبر</a> و <a href='/2'>آرشیو</a></p>", None),
    # a block the page classes as the source, with the agency's logo and no words
    ("<div class='news-source'><img src='/l/isna.png' alt='خبرگزاری ایسنا'></div>", "ایسنا"),
    ("<div class='news-source'><img src='/l/x.png' alt='لوگو'></div>", None),
])
def test_html_credit_by_a_link_to_the_origin_or_a_logo(footer, agency):
    assert extract(_html_page("", footer)).agency == agency


# --------------------------------------------------------------- the site's own name, not an agency's
def _dateline_site(tmp_path, site: str, reporter: str, html: bool) -> list:
    """The agencies of 12 pages of the site ``site`` (its name heading every page), each story
    opening with the dateline «به گزارش {reporter}، …»."""
    from conftest import read_rows, story_bodies
    from palayesh import refine
    src = tmp_path / "pages"
    src.mkdir()
    bodies = [b for b in story_bodies(400, paras=3) if agency_of_story(None, b) is None
              and not any(find_agency(p) for p in b)][:12]  # (stories that name no agency themselves)
    for i, paras in enumerate(bodies):
        paras = [f"به گزارش {reporter}، " + paras[0], *paras[1:]]
        title = f"عنوان شماره {i} درباره رویداد مهم در شهر"
        if html:
            page = (f"<html><head><title>{title} | {site}</title></head><body><div class='h1'>{site}</div>"
                    f"<nav><a href='/'>خانه</a> <a href='/s'>ورزشی</a></nav><main><h1>{title}</h1>"
                    + "".join(f"<p>{p}</p>" for p in paras)
                    + "</main><footer><p>درباره ما | تماس با ما</p></footer></body></html>")
            (src / f"p{i:02d}.html").write_text(page, encoding="utf-8")
        else:
            lines = [site, "صفحه نخست | ورزشی | فرهنگی", title, *paras, "درباره ما | تماس با ما"]
            (src / f"p{i:02d}.txt").write_text("\n\n".join(lines), encoding="utf-8")
    out = tmp_path / "out"
    refine(src, out, workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(out) + read_rows(out, "rejected")}
    return [rows[f"p{i:02d}"]["agency"] for i in range(12)]


@pytest.mark.parametrize("html", [False, True])
@pytest.mark.parametrize("site, reporter, agency", [
    ("فارس من", "فارس من", None),                   # a site named with an agency's name and more
    ("پایگاه خبری مهر ایران", "پایگاه خبری مهر ایران", None),
    ("فارس من", "فارس من به نقل از ایسنا", "ایسنا"),  # ... citing an agency
    ("ایسنا", "ایسنا", "ایسنا"),                     # an agency's own site reports as the agency
    ("فارس من", "خبرگزاری فارس", "فارس"),            # another site's dateline: the agency
    # the site's own reporter: a reporter's words, then the site's name, which holds an agency's
    # name and goes on past it («خبرگزاری کار» + «و تولید»)
    ("کار و تولید", "خبرنگار ورزشی خبرگزاری کار و تولید", None),
    ("کار و تولید", "خبرنگار ورزشی خبرگزاری کار ایران", "ایلنا"),   # ... not another agency's
    ("ایسنا", "خبرنگار ایسنا", "ایسنا"),              # an agency's own reporter on its own site
])
def test_a_dateline_in_the_sites_own_name_credits_no_agency(tmp_path, site, reporter, agency, html):
    assert _dateline_site(tmp_path, site, reporter, html) == [agency] * 12


@pytest.mark.parametrize("tail, agency", [
    (["https://www.mehrnews.com/news/5512"], "مهر"),        # the story's address at its origin, alone
    (["www.isna.ir/news/1401/123"], "ایسنا"),
    (["https://example.com/news/5512"], None),              # a host that is no agency's
    (["https://www.mehrnews.com/news/5512 را ببینید"], None),  # more than an address
])
def test_text_page_a_bare_address_under_the_story(tail, agency):
    a = extract(_text_page(tail))
    assert a.agency == agency


@pytest.mark.parametrize("credit, agency", [
    ("تنظیم: مهدی سلیمانی - ورزش سه", "ورزش سه"),             # the editor, then whose story it is
    ("تنظیم: مهدی سلیمانی | منبع: ورزش سه", "ورزش سه"),
    ("ویرایش: سارا احمدی - خبرگزاری فارس", "فارس"),
    ("تنظیم: مهدی سلیمانی", None),                            # an editor alone credits no agency
    ("عکس: مهدی سلیمانی - ایسنا", None),                      # a photo's credit is not the story's
])
def test_an_editors_credit_ending_in_an_agencys_name(credit, agency):
    assert agency_from_credit(credit) == agency
    html = ("<html><body><article><h1>سرمربی: بازیکنان ما آماده بازی هفته آینده هستند</h1>"
            + "".join(f"<p>{p}</p>" for p in STORY) + f"<div>{credit}</div></article></body></html>")
    assert extract(html).agency == agency


@pytest.mark.parametrize("credit, agency", [
    ("تنظیم و تلخیص: سارا احمدی، برگرفته از خبرگزاری کار ایران (ایلنا)", "ایلنا"),  # 64 characters
    ("گزارش: محمد رضایی، عکس: علی محمدی، منبع: خبرگزاری جمهوری اسلامی (ایرنا)", "ایرنا"),
    ("منبع: تنظیم شده توسط تحریریه بر اساس گزارش خبرگزاری کار ایران (ایلنا)", "ایلنا"),
    # a story's sentence that mentions an agency on its way: no credit line, however it opens
    ("وی در گفت‌وگو با خبرنگار ایسنا گفت: این طرح از هفته آینده در همه استان‌ها اجرا می‌شود", None),
    ("به نقل از خبرگزاری فارس، وزیر ورزش امروز از ورزشگاه آزادی بازدید کرد و گفت کار تمام است", None),
    ("منبع: گزارش خبرگزاری فارس درباره بازسازی ورزشگاه آزادی و هزینه‌های آن در سال گذشته", None),
])
def test_html_credit_line_longer_than_a_short_one(credit, agency):
    # a credit line past 60 characters, below the story (in a block after the article, after a
    # tag list, inside the story's box): read by its shape (a label at its start, the agency
    # named at its end, no sentence inside), as the flat reader reads the same line
    title = "سرمربی: بازیکنان ما آماده بازی هفته آینده هستند"
    assert len(credit) > 60
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    for below in (f"</article><div class='src'>{credit}</div>",
                  f"</article><ul class='tags'><li><a href='/t/1'>فوتبال</a></li></ul><div>{credit}</div>",
                  f"<div class='foot'><span>{credit}</span></div></article>"):
        page = (f"<html><body><article><h1>{title}</h1>{paras}{below}"
                "<footer><a href='/'>خانه</a> <a href='/a'>درباره ما</a></footer></body></html>")
        assert extract(page).agency == agency, below
    if agency:  # (the flat reader takes a sentence under the story as the story's, its dateline too)
        flat = extract("\n\n".join([title, "۱۲ مرداد ۱۴۰۳", *STORY, credit]) + "\n")
        assert flat.agency == agency


# ------------------------------------------- a bare name the HTML story's own last paragraph holds
@pytest.mark.parametrize("story, tail, agency", [
    (STORY[:1], "<p>ایسنا</p>", "ایسنا"),                                   # a short story, its credit a <p>
    (STORY, "<p>خبرگزاری جمهوری اسلامی (ایرنا)</p>", "ایرنا"),
    (STORY[:1], "<div>تسنیم</div>", "تسنیم"),                              # a block of its own in the story
    (STORY[:2], "<p><strong>خبرگزاری مهر</strong></p>", "مهر"),
    (STORY[:2], "<p>گزارش ایسنا از بازار</p>", None),                      # more than a name: the story's
    (STORY[:2], "<p>سمیرا محمدی</p>", None),                               # a byline: a person
])
def test_html_bare_name_closing_the_storys_own_block_is_its_credit(story, tail, agency):
    # the agency's bare name set as the story's last paragraph, inside the story's element: the
    # credit under the story (as a flat page's line under it), not a paragraph of the story
    title = "سرمربی: بازیکنان ما آماده بازی هفته آینده هستند"
    page = (f"<html><body><div class='top'>سایت نمونه</div><nav>خانه | ورزش</nav><article><h1>{title}</h1>"
            "<div class='d'>۱۲ مرداد ۱۴۰۳</div><div class='body'>" + "".join(f"<p>{p}</p>" for p in story)
            + f"{tail}</div></article><footer>درباره ما | تماس با ما</footer></body></html>")
    got = extract(page)
    assert got.agency == agency
    if agency:
        assert got.paragraphs == story


@pytest.mark.parametrize("opener, agency", [
    ("اهواز - ورزش سه - ", "ورزش سه"),          # a city, the agency, each after a dash
    ("تهران- ایرنا- ", "ایرنا"),
    ("ایسنا/ تهران - ", "ایسنا"),
    ("وزیر ورزش - ", None),                      # no agency's name in the head
    # the agency the subject of «گزارش داد» / «نوشت» opening the story: it said the story
    ("ایرنا گزارش داد: ", "ایرنا"),
    ("خبرگزاری فارس گزارش داده است که ", "فارس"),
    ("ایسنا نوشت: ", "ایسنا"),
    ("وزارت نیرو گزارش داد: ", None),             # a ministry's report, no agency's
])
@pytest.mark.parametrize("html", [False, True])
def test_an_agencys_dateline_opening_the_paragraph_under_a_one_sentence_summary(opener, agency, html):
    # the story's one-sentence summary, then its first paragraph opening with the agency's own
    # dateline: the dateline heads the story whether or not the summary was told apart as its lead
    summary = "هافبک تیم ملی با انتقاد از داوران جام گفت که امیدوار است در دور دوم داوری بهتر شود."
    paras = [summary, opener + STORY[0], *STORY[1:]]
    title = "سرمربی: بازیکنان ما آماده بازی هفته آینده هستند"
    if html:
        page = (f"<html><body><div class='top'>سایت نمونه</div><nav>خانه | ورزش</nav><article><h1>{title}</h1>"
                "<div class='d'>۱۲ مرداد ۱۴۰۳</div><div class='body'>" + "".join(f"<p>{p}</p>" for p in paras)
                + "</div></article><footer>درباره ما | تماس با ما</footer></body></html>")
    else:
        page = "\n\n".join(["سایت نمونه", "خانه | ورزش", title, "۱۲ مرداد ۱۴۰۳", *paras,
                             "درباره ما | تماس با ما"]) + "\n"
    assert extract(page).agency == agency
    assert agency_of_story(None, paras) == agency


@pytest.mark.parametrize("first, last, agency", [
    # an agency interviewed in the first paragraph, the story's own credit closing it: the credit
    ("سرپرست تیم امروز در گفت‌وگو با فارس اعلام کرد که این بازیکن را نمی‌خواهد.", STORY[2] + " / ورزش سه", "ورزش سه"),
    ("سرپرست تیم امروز در گفت‌وگو با فارس اعلام کرد که این بازیکن را نمی‌خواهد.", STORY[2] + " (ایسنا)", "ایسنا"),
    # ... or its own dateline heading the story
    ("تهران- ایرنا- سرپرست تیم امروز در گفت‌وگو با مهر اعلام کرد که این بازیکن را نمی‌خواهد.", STORY[2], "ایرنا"),
    # no credit of the story's own: the agency it was told to, the weakest evidence, stays
    ("سرپرست تیم امروز در گفت‌وگو با ایسنا اعلام کرد که این بازیکن را نمی‌خواهد.", STORY[2], "ایسنا"),
    ("سرپرست تیم امروز در گفت‌وگو با خبرنگار ورزشی فارس اعلام کرد که این بازیکن را نمی‌خواهد.", STORY[2], "فارس"),
    # ... unless its name is a common word too («فارس», «مهر») and no outlet's word («خبرنگار») says it
    # is the agency (odev foreign_desk 295, sdev election_results 066, udev literary_translation 235)
    ("سرپرست تیم امروز در گفت‌وگو با فارس اعلام کرد که این بازیکن را نمی‌خواهد.", STORY[2], None),
    ("سرپرست تیم امروز در گفتگو با مهر اعلام کرد که این بازیکن را نمی‌خواهد.", STORY[2], None),
    # (far from «خبرنگار»: a longer name, another outlet's; sdev election_results 335, tdev mining_industry 275)
    ("سرپرست تیم در گفت‌وگو با خبرنگار کتاب و ادبیات باشگاه خبری فارس «توانا» گفت که این بازیکن را نمی‌خواهد.",
     STORY[2], None),
])
def test_the_storys_own_credit_before_an_agency_it_mentions(first, last, agency):
    paras = [first, STORY[1], last]
    assert agency_of_story(None, paras) == agency
    html = ("<html><body><article><h1>سرمربی: بازیکنان ما آماده بازی هفته آینده هستند</h1>"
            + "".join(f"<p>{p}</p>" for p in paras) + "</article></body></html>")
    assert extract(html).agency == agency


_WIRES = [("خبرگزاری جمهوری اسلامی (ایرنا)", "ایرنا"), ("خبرگزاری مهر", "مهر"),
          ("خبرگزاری دانشجویان ایران (ایسنا)", "ایسنا"), ("خبرگزاری تسنیم", "تسنیم"),
          ("خبرگزاری کار ایران (ایلنا)", "ایلنا")]


def _slot_under_box(i: int, related: int) -> str:
    """Page i's lines under its story: a box of ``related`` other stories (headline, date), then the
    site's marker «#», the agency's bare name and the line the site shows under it on every page."""
    box = ["مطالب مرتبط"] * bool(related)
    for k in range(related):
        box += [f"خبر مرتبط شماره {i * 7 + k} درباره بازار محصولات کشاورزی استان", f"{(i + k) % 28 + 1} مهر ۱۴۰۲"]
    app = "کشاورز عزیز، اپلیکیشن سپیدار را نصب کنید تا قیمت روز را ببینید"
    return "\n".join([*box, "#", _WIRES[i % len(_WIRES)][0], app])


@pytest.mark.parametrize("html", [False, True])
@pytest.mark.parametrize("related", [0, 3])
def test_a_bare_name_in_the_sites_slot_under_the_story_is_the_credit_however_far(tmp_path, related, html):
    # the site sets the story's credit, a bare agency name, right above the line it closes every
    # story with (its app's line, under a «#»): the site's credit slot, however many lines a box of
    # related stories puts between it and the story's last paragraph
    got = _run_agencies(tmp_path, lambda i: _slot_under_box(i, related), html, dateline="")
    assert got == [_WIRES[i % len(_WIRES)][1] for i in range(16)]


@pytest.mark.parametrize("html", [False, True])
def test_a_related_storys_source_over_the_sites_box_is_no_credit_slot(tmp_path, html):
    # a box of related stories (under the tags and the share bar), each headline over its source's
    # bare name, the last name right above a heading the site repeats: the related story's source,
    # not this story's credit (its headline above it is no line of the site's template)
    from conftest import story_bodies
    heads = [" ".join(b[0].split()[:8]) for b in story_bodies(40, paras=1)[16:]]  # (other stories' words)

    def related(i):
        rows = []
        for k in range(3):
            rows += [heads[(i + k) % len(heads)], _WIRES[(i + k) % len(_WIRES)][0]]
        return "\n".join(["برچسب‌ها: کشاورزی، بازار", "اشتراک‌گذاری: تلگرام | واتساپ", f"لینک کوتاه: sepidar.ir/x{i}",
                          "مطالب مرتبط", *rows, "پربازدیدترین", "کشاورز عزیز، اپلیکیشن سپیدار را نصب کنید"])
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert _run_agencies(tmp_path / "a", related, html, "") == _run_agencies(tmp_path / "b", lambda i: "", html, "")


@pytest.mark.parametrize("html", [False, True])
def test_a_name_far_under_the_story_yields_to_the_storys_own_dateline(tmp_path, html):
    # the site's slot under its related box names an agency, the story's dateline another: so far
    # from the story, the slot's name (a tag, a box's item) is weaker than the story's own dateline
    dateline = "به گزارش خبرگزاری کار ایران (ایلنا)، "
    got = _run_agencies(tmp_path, lambda i: _slot_under_box(i, 3), html, dateline=dateline)
    assert got == ["ایلنا"] * 16


def test_a_dateline_clause_past_its_limit_names_no_agency_in_the_word_the_limit_cuts():
    """A dateline clause read up to its limit (160 characters, no comma: a long sentence) ends on a
    cut word, «آنان» read as «آنا»: an agency (tdev hospital_medical 104, «به گزارش روابط عمومی … به
    بررسی مشکلات آنان پرداختند»). The cut word is no name; a name whole at the limit still is."""
    words = "روابط عمومی شورای اسلامی شهر و اعضای شورا صبح امروز در دیدار با مردم منطقه چهارده"
    filler = words.ljust(157)  # (the next word starts at the clause's 158th character)
    assert agency_from_dateline(f"به گزارش {filler}آنان پرداختند و گفتند که کار ادامه دارد.") is None
    assert agency_from_dateline(f"به گزارش {words.ljust(155)}ایسنا، کار ادامه دارد.") == "ایسنا"


@pytest.mark.parametrize("mark", ["📷", "📸", "🎥"])
def test_a_photos_credit_under_the_headline_credits_no_story(mark):
    # «📷 تسنیم» under the picture over the story: the photo's credit, as «عکس: تسنیم» is; the story
    # credits no agency (the same page with a bare «تسنیم» there credits it: a source line)
    story = ["مدیر کل منابع طبیعی استان امروز از آزادسازی سه قلاده یوزپلنگ در منطقه حفاظت‌شده توران خبر داد و گفت "
             "این حیوانات پس از درمان به زیستگاه بازگشتند.",
             "وی افزود که محیط‌بانان منطقه از هفته آینده پایش این یوزپلنگ‌ها را با دوربین‌های تله‌ای آغاز می‌کنند."]
    page = ["حیات وحش ایران", "آزادسازی سه یوزپلنگ در توران", "تصویر یوزپلنگ آسیایی", f"{mark} تسنیم", *story,
            "برچسب‌ها: یوزپلنگ، توران"]
    assert extract("\n\n".join(page)).agency is None
    page[3] = "تسنیم"
    assert extract("\n\n".join(page)).agency == "تسنیم"
@pytest.mark.parametrize("html", [False, True])
def test_a_source_links_label_over_the_sources_name_credits_it(tmp_path, html):
    # an aggregator credits the story's origin only under it: a source-link label over the origin's
    # name (not its address) and a button to the original; the name is the credit, the site's own
    # name in the same slot is none
    def under(i):
        name = _WIRES[i % len(_WIRES)][0] if i % 4 else "سایت گاهنامه سپیدار"
        return f"لینک منبع: {name}\nمشاهده خبر در سایت منبع"
    got = _run_agencies(tmp_path, under, html, dateline="")
    assert got == [_WIRES[i % len(_WIRES)][1] if i % 4 else None for i in range(16)]


@pytest.mark.parametrize("credit,agency", [("خبرگزاری مهر - تبریز", "مهر"), ("ایسنا/ خراسان رضوی", "ایسنا")])
def test_an_agencys_name_and_its_city_under_the_headline_credit_it_and_are_no_headline(credit, agency):
    # «خبرگزاری مهر - تبریز» between the headline and the story: the agency and the city it reports
    # from, a source line; the headline stays the page's
    headline = "آغاز تمرینات تیم فوتبال شهر در ورزشگاه"
    got = extract("\n\n".join(["ورزش شهر", "خانه | ورزشی | تماس", headline, credit, *STORY, "کلیه حقوق محفوظ است."]))
    assert (got.title, got.agency) == (headline, agency)


@pytest.mark.parametrize("outlet,agency", [("خبرگزاری فارس", "فارس"), ("سایت ورزش سه", "ورزش سه"), ("ایسنا", "ایسنا")])
def test_a_bylines_closing_reporter_of_an_outlet_credits_the_outlet(outlet, agency):
    # «گزارش: <name>، خبرنگار <outlet>» under the story: the reporter wrote it for that outlet, the
    # story's credit; a photographer's line of the same shape credits the picture, not the story
    line = f"گزارش: امید هاشمی، خبرنگار {outlet}"
    assert agency_from_credit(line) == agency
    assert agency_from_credit(f"عکس: امید هاشمی، خبرنگار {outlet}") is None
    assert agency_from_credit("گزارش: امید هاشمی، خبرنگار حوزه احزاب روزنامه ما") is None
    page = ["حیات وحش ایران", "آزادسازی سه یوزپلنگ در توران", *STORY, line, "برچسب‌ها: یوزپلنگ، توران"]
    assert extract("\n\n".join(page)).agency == agency


@pytest.mark.parametrize("byline,agency", [("خبرنگار ایرنا - شهرکرد", "ایرنا"), ("یاسوج - خبرنگار ایسنا", "ایسنا"),
                                           ("گزارش خبرنگار تسنیم از بیرجند", "تسنیم"),
                                           ("خبرنگار ورزش سه - خرم‌آباد", "ورزش سه")])
def test_a_reporters_byline_under_the_headline_credits_its_agency_and_is_no_headline(byline, agency):
    # the agency only inside the reporter's byline: the role word, a known agency's name and the city
    # the reporter files from; the line is the story's credit, the headline stays the page's
    assert reporter_byline(byline) == agency
    headline = "آغاز تمرینات تیم فوتبال شهر در ورزشگاه"
    got = extract("\n\n".join(["ورزش شهر", "خانه | ورزشی | تماس", headline, byline, *STORY, "کلیه حقوق محفوظ است."]))
    assert (got.title, got.agency) == (headline, agency)


def test_a_reporter_named_in_a_sentence_or_without_an_agency_is_no_byline():
    assert reporter_byline("خبرنگار ورزشی - تهران") is None  # a beat, no agency
    assert reporter_byline("گزارش خبرنگار تسنیم از نشست دیروز مجلس شورای اسلامی") is None  # no place: a phrase
    assert reporter_byline("خبرنگار: نگار کریمی") is None  # an author's field


# ------------------------------------------------------------------ a source list under its heading
_WIKI_TAIL = ["منابع[ویرایش]", "ورزش سه — «هشدار و دفاع مارادونا از مسی» — ۱۹ بهمن ۱۳۹۶", "اخبار مرتبط[ویرایش]",
              "ترامپ: با رفع تحریم‌ها مخالفت کردم", "رده‌ها: شهری | ایران"]


@pytest.mark.parametrize("tail, agency", [
    (_WIKI_TAIL, "ورزش سه"),  # a wiki's sources: the outlet opens the citation under «منابع»
    (["منبع:", "خبرگزاری فارس", "درباره ما | تماس با ما"], "فارس"),
    (["منابع[ویرایش]", "کتاب تاریخ ورزش ایران — انتشارات سمت — ۱۳۹۰", "رده‌ها: شهری"], None),  # no outlet
    (["اخبار مرتبط", "ایسنا — ۱۲ دی", "رده‌ها: شهری"], None),  # no credit label over it
])
def test_source_list_under_its_heading(tail, agency):
    page = "\n\n".join(["ویکی‌خبر", "سرمربی: بازیکنان ما آماده بازی هفته آینده هستند", "دوشنبه ۱۵ دی ۱۴۰۴",
                        *STORY, *tail]) + "\n"
    assert extract(page).agency == agency
    body = "".join(f"<p>{p}</p>" for p in STORY)
    tail_html = f"<h2><span>{tail[0]}</span></h2><ul>" + "".join(f"<li>{t}</li>" for t in tail[1:]) + "</ul>"
    html = (f"<html><head><title>سرمربی: بازیکنان ما آماده بازی هفته آینده هستند</title></head><body>"
            f"<h1>سرمربی: بازیکنان ما آماده بازی هفته آینده هستند</h1><div id='content'>{body}</div>{tail_html}"
            "</body></html>")
    assert extract(html).agency == agency


@pytest.mark.parametrize("closing,agency", [
    ("انتهای پیام/ ایسنا", "ایسنا"),      # the agency after the end marker's slash
    ("ختم گزارش / ایرنا", "ایرنا"),        # in a site's own marker words
    ("انتهای پیام/ ک", None),              # a desk's code letter: no agency
    ("انتهای پیام/", None),
])
def test_agency_named_after_the_end_markers_slash(closing, agency):
    page = "\n\n".join(["پیک البرز", "سیاسی | اقتصادی | ورزشی | فرهنگی", "آماده‌سازی تیم برای بازی هفته آینده",
                        "۱۴ آذر ۱۴۰۵", *STORY, closing, "اخبار مرتبط", "کلیه حقوق محفوظ است"])
    assert extract(page).agency == agency


def test_slash_credit_after_the_article_element():
    # «/ ایسنا» in an element of its own right after </article>: the story's credit, no icon's caption
    paras = "".join(f"<p>{t}</p>" for t in STORY)
    page = ("<html><body><header><div>پیک البرز</div><nav><a href='/1'>سیاسی</a><a href='/2'>ورزشی</a></nav></header>"
            "<main><article><h1>آماده‌سازی تیم برای بازی هفته آینده</h1><div>۱۴ آذر ۱۴۰۵</div>" + paras
            + "</article><div class='src'>/ ایسنا</div><aside><h3>اخبار مرتبط</h3></aside></main>"
            "<footer>کلیه حقوق محفوظ است</footer></body></html>")
    assert extract(page).agency == "ایسنا"
