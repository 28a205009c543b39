"""Info boxes (extract/boxes.py ``info_boxes``): a run of short «label: value» fields that a site
fills with a varying set of fields. The fields the site repeats are its template; a field on few of
its pages is the box's all the same, because it stands in the run. A summary above the box is the
lead. And an HTML page whose main-content extractor takes the site's template for the story still
keeps its story (extract/html.py ``_whole_page``). The pages are written here; each test fails
without its mechanism, and a story's own labelled lines stay."""
from __future__ import annotations

import pytest

from conftest import news_bodies, read_rows, story_bodies
from palayesh import refine
from palayesh.extract import boxes, html as extract_html, text as extract_text
from palayesh.textkeys import line_key

SITE, TAGLINE = "تالار خبر هنر", "گزارش رویدادهای موسیقی و تئاتر"
FOOT = "همه حقوق این پایگاه محفوظ است."
NAMES = ["سارا کریمی", "علی رضایی", "مینا احمدی", "کاوه نوری", "لیلا صادقی", "بابک توکلی"]
PLACES = ["تالار وحدت", "تالار رودکی", "فرهنگسرای نیاوران", "برج آزادی"]


def _box(i: int) -> tuple[list[str], list[str]]:
    """A box of fields for page ``i``: three the site writes on most pages (their values vary), and
    on a few pages one more (a rating, a capacity) that the run sees too rarely to learn alone.
    Returns (every field, the rare ones)."""
    fields = [f"رهبر ارکستر: {NAMES[i % 6]}", f"مکان: {PLACES[i % 4]}",
              f"بهای بلیت: {100 + 25 * i} هزار تومان"]
    if i % 3 == 1:  # (dropped on some pages: the box varies)
        fields.pop(1)
    rare = []
    if i in (2, 7):
        rare.append(f"امتیاز داوران: {i}.۵ از ۱۰")
    if i == 9:
        rare.append(f"ظرفیت سالن: {800 + i} نفر")
    return fields + rare, rare


def _summary(i: int) -> str:
    return f"ارکستر شهر در شب {NAMES[i % 6]} برنامه‌ای تازه از آثار آهنگسازان ایرانی را در {PLACES[i % 4]} اجرا کرد."


def _run(tmp_path, pages: list[str], ext: str = "txt") -> dict[int, dict]:
    src = tmp_path / "pages"
    src.mkdir()
    for i, page in enumerate(pages):
        (src / f"p{i:02d}.{ext}").write_text(page, encoding="utf-8")
    out = tmp_path / "out"
    refine(src, out, workers=1, progress="none")
    return {int(r["id"][1:3]): r for r in read_rows(out)}


def _box_pages(lead: bool) -> tuple[list[list[str]], list[str], list[list[str]]]:
    bodies = story_bodies(14)
    pages, rares = [], []
    for i, paras in enumerate(bodies):
        fields, rare = _box(i)
        rares.append(rare)
        lines = [SITE, TAGLINE, f"اجرای شماره {i} ارکستر در پایتخت برگزار شد"]
        if lead:  # (a byline and date between the headline and the summary)
            lines += [f"{NAMES[i % 6]} - ۱۴۰۲/۰۲/{10 + i}", _summary(i), *fields, paras[1], paras[2], paras[3]]
        else:
            lines += [paras[0], *fields, paras[1], paras[2], paras[3]]
        lines.append(FOOT)
        pages.append(lines)
    return bodies, ["\n\n".join(p) for p in pages], rares


def test_a_rare_field_of_the_sites_info_box_goes_with_the_box(tmp_path):
    bodies, pages, rares = _box_pages(lead=False)
    rows = _run(tmp_path, pages)
    for i, rare in enumerate(rares):
        text = rows[i]["text"]
        for r in rare:
            assert line_key(r) not in {line_key(t) for t in text.split("\n")}, (i, r)
        for p in bodies[i][1:]:
            assert line_key(p) in line_key(text), i


@pytest.fixture
def without_info_boxes(monkeypatch):
    monkeypatch.setattr(boxes, "info_boxes", lambda *a, **k: None)


def test_rare_fields_leak_without_the_mechanism(tmp_path, without_info_boxes):
    _bodies_, pages, rares = _box_pages(lead=False)
    rows = _run(tmp_path, pages)
    assert any(line_key(r) in {line_key(t) for t in rows[i]["text"].split("\n")}
               for i, rare in enumerate(rares) for r in rare)


def test_a_summary_over_the_sites_info_box_is_the_lead(tmp_path):
    bodies, pages, _rares = _box_pages(lead=True)
    rows = _run(tmp_path, pages)
    boxed = [i for i in range(len(bodies)) if len(_box(i)[0]) >= boxes.MIN_INFO_RUN]  # (a box of two is none)
    assert len(boxed) >= 8
    assert [i for i in boxed if rows[i]["lead"] != _summary(i)] == []
    assert not any(_summary(i) in rows[i]["text"] for i in boxed)


def test_the_summary_stays_in_the_text_without_the_box_rule(tmp_path, monkeypatch):
    # (the box test off: both box-lead rules use it, the info-box one and the lead-slot one of
    # test_lead_slots.py)
    monkeypatch.setattr(extract_text, "_boxed", lambda *a, **k: False)
    bodies, pages, _rares = _box_pages(lead=True)
    rows = _run(tmp_path, pages)
    boxed = [i for i in range(len(bodies)) if len(_box(i)[0]) >= boxes.MIN_INFO_RUN]
    assert any(rows[i]["lead"] != _summary(i) for i in boxed)


def test_labelled_lines_the_site_never_repeats_stay(tmp_path):
    # a story's own run of labelled lines (a lineup, one line per team) under the site's box on
    # one page: the site writes those labels on no other page, so the run is the story's
    bodies, pages, _rares = _box_pages(lead=False)
    own = ["نوبت نخست: نوازندگان سازهای زهی و بادی", "نوبت دوم: خوانندگان همسرایان شهر",
           "نوبت سوم: نوازندگان سازهای کوبه‌ای"]
    paras = bodies[4]
    pages[4] = pages[4].replace(paras[2], paras[2] + "\n\n" + "\n\n".join(own))
    rows = _run(tmp_path, pages)
    shown = {line_key(t) for t in rows[4]["text"].split("\n")}
    assert all(line_key(x) in shown for x in own), rows[4]["text"]


# ------------------------------------------------------------------ HTML: the extractor's wrong pick
_DISCLAIMER = ("سلب مسئولیت: محتوای این گزارش صرفا جنبه آگاهی‌رسانی دارد و توصیه‌ای برای خرید یا فروش "
               "بلیت یا هیچ کالای دیگری نیست و مسئولیت هر تصمیمی با خواننده است.")
_TAIL = ["برای دریافت خبرهای روزانه عضو کانال ما شوید", "تلگرام", "واتس‌اپ", "کپی لینک",
         "همه خبرهای هنری را در صفحه ویژه ما دنبال کنید"]


def _html_page(i: int, title: str, paras: list[str]) -> str:
    story = "\n".join(f'<div class="q{k}">{p}</div>' for k, p in enumerate(paras))
    tail = "\n".join(f"<div>{t}</div>" for t in _TAIL)
    return f"""<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>{title}</title></head>
<body><div><div class="s">{SITE}</div><div>{TAGLINE}</div></div>
<div><h1>{title}</h1><div>نوشته {NAMES[i % 6]}</div></div>
<div><div class="c">
{story}
</div></div>
<div><div><div>پایان</div><div>{_DISCLAIMER}</div>
{tail}
</div></div>
<div><div>{FOOT}</div></div></body></html>"""


def _html_pages() -> tuple[list[list[str]], list[str]]:
    # the story: short paragraphs in <div>s (no <p>), the longest sentence of the page a
    # disclaimer the site repeats in its tail box
    bodies = []
    for body in news_bodies():
        paras = [p for p in body.split("\n") if 12 <= len(p.split()) <= 40 and p.endswith(".")]
        if len(paras) >= 2:
            bodies.append(paras[:2])
        if len(bodies) == 14:
            break
    return bodies, [_html_page(i, f"گزارش شماره {i} از رویداد هنری امروز پایتخت", b) for i, b in enumerate(bodies)]


def test_an_html_story_the_extractor_passed_for_the_sites_template_is_kept(tmp_path):
    bodies, pages = _html_pages()
    rows = _run(tmp_path, pages, "html")
    # (a paragraph a story shares with another page of the run is that story's, and may go: the
    # page keeps its story when it keeps one of its paragraphs and no template line)
    kept = [i for i, b in enumerate(bodies) if i in rows and any(line_key(p) in line_key(rows[i]["text"]) for p in b)]
    assert len(kept) >= len(bodies) - 1, kept
    assert not any(line_key(_DISCLAIMER) in line_key(rows[i]["text"]) for i in kept)


def test_the_html_story_is_lost_without_the_mechanism(tmp_path, monkeypatch):
    monkeypatch.setattr(extract_html, "_template_only", lambda *a, **k: False)
    bodies, pages = _html_pages()
    rows = _run(tmp_path, pages, "html")
    kept = [i for i, b in enumerate(bodies) if i in rows and any(line_key(p) in line_key(rows[i]["text"]) for p in b)]
    assert len(kept) < len(bodies)


def _quote_headline(i: int) -> str:
    return f"{NAMES[i % 6].split()[1]}: اجرای شماره {i} بهترین کار امسال ما بود"


def test_a_headline_written_label_colon_among_the_headers_fields_stays_the_headline(tmp_path):
    # a section label, the headline «X: …», a byline and a date, all «label: value» lines: the
    # fields the site repeats make a run, the headline in it is no field of a box
    bodies = story_bodies(12)
    pages = ["\n\n".join([SITE, TAGLINE, f"بخش: {['موسیقی', 'تئاتر'][i % 2]}", _quote_headline(i),
                          f"نویسنده: {NAMES[i % 6]}", f"تاریخ انتشار: ۱۴۰۲/۰۲/{10 + i}", *bodies[i], FOOT])
             for i in range(len(bodies))]
    rows = _run(tmp_path, pages)
    assert [i for i in range(len(bodies)) if rows[i]["title"] != _quote_headline(i)] == []


def test_a_label_the_site_shows_between_paragraphs_ends_no_story(tmp_path):
    # «لینک کوتاه: …» (an end label in the lexicon) right under the first paragraph on every page of
    # a site: the template shows it between paragraphs, so the story goes on under it
    bodies = story_bodies(12)
    pages = ["\n\n".join([SITE, TAGLINE, f"گزارش شماره {i} از رویدادهای هنری شهر", bodies[i][0],
                          f"کد خبر: {4000 + i}", f"لینک کوتاه: https://honar.example/x/{i:04d}", *bodies[i][1:], FOOT])
             for i in range(len(bodies))]
    rows = _run(tmp_path, pages)
    for i, paras in enumerate(bodies):
        text = line_key(rows[i]["text"] + (rows[i]["lead"] or ""))
        assert all(line_key(p) in text for p in paras), i


def test_a_dateline_opening_that_asks_a_question_is_the_storys_text():
    opening = ("به گزارش خبرنگار ما، او در پاسخ به این سوال که آیا برنامه تازه‌ای برای اجرای "
               "ارکستر در شهرهای دیگر دارد چه گفت؟")
    paras = story_bodies(1)[0]
    a = extract_text.extract_text("\n\n".join([SITE, "اجرای تازه ارکستر در راه است", opening, *paras[1:], FOOT]))
    assert a.paragraphs[0] == opening and a.paragraphs[1:] == paras[1:]


def test_an_agencys_bare_name_under_the_story_is_its_credit_not_its_text():
    paras = story_bodies(1)[0]
    page = "\n\n".join([SITE, "اجرای تازه ارکستر در راه است", *paras, "*", "خبرگزاری جمهوری اسلامی (ایرنا)",
                        "برچسب‌ها: موسیقی", FOOT])
    a = extract_text.extract_text(page)
    assert a.paragraphs == paras and a.agency == "ایرنا"
    # a short last line of the story that names no agency stays
    b = extract_text.extract_text("\n\n".join([SITE, "اجرای تازه ارکستر در راه است", *paras,
                                               "و این پایان کار نبود", "برچسب‌ها: موسیقی", FOOT]))
    assert b.paragraphs[-1] == "و این پایان کار نبود"


def test_an_info_boxs_heading_under_the_meta_lines_is_no_headline():
    # a box between the header's meta lines and the story: its heading over a row of labelled fields
    # (whatever the labels), then its button; the headline stands above the meta lines
    title = "رئیس شورای شهر از اجرای طرح‌های تازه خبر داد"
    paras = ["به گزارش پایگاه خبری ما، رئیس شورای شهر امروز از اجرای چند طرح تازه عمرانی در محله‌های "
             "جنوبی شهر خبر داد و گفت کار از هفته آینده آغاز می‌شود.",
             "او افزود که بودجه این طرح‌ها تامین شده است و پیمانکاران تا پایان سال کار را به پایان "
             "خواهند رساند تا مردم از آن بهره ببرند."]
    page = ["مجله شهر", "", title, "۱۰ ساعت قبل", "کد مطلب: ۲۰۱۵۸۷", "نمایشگاه گل و گیاه",
            "محل برگزاری: بوستان ملت | ساعت کار: ۱۶:۰۰", "رزرو آنلاین", *paras]
    got = extract_text.extract_text("\n".join(page))
    assert got.title == title
