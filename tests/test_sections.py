"""Sections from breadcrumb trails that end with the story's headline: on lines and pages written here."""
from __future__ import annotations

import pytest

from conftest import news_bodies, read_rows, story_bodies
from palayesh import extract, refine
from palayesh.extract.html import learned_section
from palayesh.extract.sections import crumb_parts, section_from_crumb

STORY = ["سرمربی تیم گفت: بازیکنان ما آماده بازی هفته آینده هستند و برای پیروزی به میدان می‌روند.",
         "او افزود که تمرینات تیم از روز شنبه در ورزشگاه شهر با حضور همه بازیکنان آغاز می‌شود و ادامه دارد.",
         "وی در پایان گفت که هواداران باید از تیم در این روزهای سخت حمایت کنند تا نتیجه بهتری بگیریم."]


@pytest.mark.parametrize("line,section", [
    ("خانه / ورزش / نفرزاده ۱۲ ملی پوش اعزامی را انتخاب کرد", "ورزش"),        # digits in the headline
    ("خانه » اقتصاد » پیش‌بینی اختصاص ١٥٠٠ میلیارد تومان اعتبار", "اقتصاد"),
    ("خانه / جهان / مشارکت کشیش آمریکایی در فیلم جدید/فیلم دیگری در راه است", "جهان"),  # a bar in it
    ("خانه / اخبار استان / آمادگی تامین نیروی کار متخصص و مهارت آموخته کارخانه تولید لوله و پروفیل فلزی"
     " در چابهار و کنارک", "اخبار استان"),                                      # a long headline
])
def test_trail_ending_with_the_headline(line, section):
    parts = crumb_parts(line)
    assert parts is not None and section_from_crumb(parts) == section


@pytest.mark.parametrize("line,title,section", [
    # the opening guillemet with a space on each side between the items, the headline last
    ("صفحه نخست « مطالب « موسیقی جهان « خمارلو: پیگیر هستیم و هواداران نگران نباشند",
     "خمارلو: پیگیر هستیم و هواداران نگران نباشند", "موسیقی جهان"),
    ("خانه « کنسرت « حاشیه دیدار دو تیم", "حاشیه دیدار دو تیم", "کنسرت"),                   # a short headline
    ("وزیر گفت « ما آماده‌ایم » و رفت", None, None),                                           # a quote, spaced
    ("وزیر « ما آماده‌ایم »", None, None),
])
def test_trail_set_apart_by_guillemets(line, title, section):
    from palayesh.extract.sections import headline_trail

    parts = crumb_parts(line)
    assert (section_from_crumb(parts, title=title) if parts else None) == section
    if title:
        assert headline_trail(line, title)[-1] == title


@pytest.mark.parametrize("line", [
    "صفحه نخست | افغانستان | ولایات | منطقه و جهان | اقتصاد | ورزش | فرهنگ",   # a menu
    "خانه | ورزش | منطقه و جهان | فرهنگ و هنر",                                  # a short menu
    "خانه / ۱۴۰۲/۰۲/۰۳",                                                         # a date
    "خانه / 12 / سیاست / اقتصاد",
])
def test_menus_and_dates_are_no_trail(line):
    assert crumb_parts(line) is None


@pytest.mark.parametrize("sep", ["◄", "⟫", "▸", "❯"])
def test_text_page_trail_with_the_sites_own_separator(sep):
    # a trail set apart by a mark no list names: the mark after the home label is the separator
    title = "افتتاح پروژه عمرانی و خدماتی در شهرستان سرباز با حضور استاندار"
    page = "\n\n".join(["صدای کرانه", f"صفحه اصلی {sep} خاطرات", title, "نویسنده: مدیر — ۱ بهمن ۸۸", *STORY]) + "\n"
    assert extract(page).section == "خاطرات"
    assert crumb_parts(f"تیم ملی {sep} برد") is None   # not from home: no trail


def test_text_page_trail_with_a_long_headline_and_digits():
    title = "افتتاح و بهره‌برداری از ۱۲۲ پروژه عمرانی و خدماتی در شهرستان سرباز با حضور استاندار و نماینده مردم"
    page = "\n\n".join(["صدای کرانه", "خانه | ورزش | اقتصاد | فرهنگ و هنر | اجتماعی | تماس با ما",
                        f"خانه / متفرقه / {title}", title, "نویسنده: مدیر — ۱ بهمن ۸۸", *STORY]) + "\n"
    a = extract(page)
    assert (a.section, a.title) == ("متفرقه", title)


def test_html_crumb_element_with_one_item():
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    page = ("<!doctype html><html><body><nav><a href='#'>صفحه اصلی</a> | <a href='#'>ورزشی</a> | "
            "<a href='#'>سیاسی</a> | <a href='#'>اقتصادی</a></nav><div class='news'>"
            "<div class='crumbs'>بخش ورزشی</div><h1>سرمربی: بازیکنان ما آماده بازی هفته آینده هستند</h1>"
            f"<div class='content'>{paras}</div></div></body></html>")
    assert extract(page).section == "ورزشی"


def test_trail_from_the_sites_name_on_every_page_of_a_run(tmp_path):
    # «سپیده‌دم | ورزش»: a trail that starts at the site's name, not at «خانه»; the line recurs on
    # the site's pages (most of its stories are of one section), which must not make it chrome
    bodies = [b.split("\n") for b in news_bodies()]
    bodies = [[p for p in b if len(p.split()) >= 20][:3] for b in bodies]
    bodies = [b for b in bodies if len(b) == 3][:12]
    src = tmp_path / "pages"
    src.mkdir()
    sections = ["ورزش"] * 5 + ["سیاست"]
    for i, paras in enumerate(bodies):
        title = f"گزارش شماره {i + 1} از رویدادهای مهم هفته در شهر"
        lines = ["خبرگزاری سپیده‌دم", "نخستین خبرگزاری تمام دیجیتال کشور", "خانه • سیاست • اقتصاد • ورزش • فرهنگ",
                 f"سپیده‌دم | {sections[i % 6]}", f"کد مطلب: {4645153 + i}", title, *paras,
                 "تمامی حقوق این پایگاه برای خبرگزاری سپیده‌دم محفوظ است."]
        (src / f"p{i:02d}.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    refine(src, out, workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(out) + read_rows(out, "rejected")}
    got = [rows[f"p{i:02d}"]["section"] for i in range(len(bodies))]
    assert got == [sections[i % 6] for i in range(len(bodies))]


@pytest.mark.parametrize("above,section", [
    (["بخش جامعه"], "جامعه"),
    (["بخش ورزش", "گزارش اختصاصی"], "ورزش"),   # a surtitle under the section's line is no section
    (["سرویس اقتصادی"], "اقتصادی"),
])
def test_text_page_section_named_with_a_section_word(above, section):
    title = "سرمربی: بازیکنان ما آماده بازی هفته آینده هستند"
    page = "\n\n".join(["روزنامه نمونه", "خانه | خبرها | سیاست | اقتصاد | ولایات | جهان | تماس با ما",
                        *above, title, "گزارشگر: علی احمدی", *STORY]) + "\n"
    a = extract(page)
    assert (a.section, a.title) == (section, title)


@pytest.mark.parametrize("before,section", [
    ("<div class='section-label'>بخش ورزش</div>", "ورزش"),     # right above the article, outside it
    ("<div class='category-menu'><a>ورزش</a> <a>سیاست</a></div>", None),   # a menu is no section
    ("", None),
])
def test_html_section_element_above_the_article(before, section):
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    page = ("<!doctype html><html><body><header><div class='logo'>روزنامه نمونه</div></header>"
            f"<main>{before}<article><h1>سرمربی: بازیکنان ما آماده بازی هفته آینده هستند</h1>"
            f"<section class='news-text'>{paras}</section></article></main></body></html>")
    assert extract(page).section == section


def test_html_trail_in_a_plain_block_above_the_headline():
    # «خانه › کشتی» in a <div> no class names as a trail, under the site's menu (no trail) and over a kicker
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    page = ("<!doctype html><html><body><div class='q3'>نوشته‌های پراکنده</div>"
            "<div class='q9'><a href='/1'>عکس | گفتگو | ورزشی | درباره ما | اخبار</a></div>"
            "<div class='q-w'><div class='q-b'><a href='/c/1'>خانه › کشتی</a></div>"
            "<div class='q9'><a href='/496'>چلسی</a></div>"
            "<h1>سرمربی: بازیکنان ما آماده بازی هفته آینده هستند</h1>"
            f"<div class='q2'>{paras}</div></div></body></html>")
    assert extract(page).section == "کشتی"


def _site_run(tmp_path, page_of, n=12):
    """Refine ``n`` pages of one site (``page_of(i, title, paras)`` gives page ``i``); their sections."""
    bodies = [b.split("\n") for b in news_bodies()]
    bodies = [[p for p in b if len(p.split()) >= 20][:3] for b in bodies]
    bodies = [b for b in bodies if len(b) == 3][:n]
    src = tmp_path / "pages"
    src.mkdir()
    for i, paras in enumerate(bodies):
        title = " ".join([w for w in paras[0].split() if not any(c.isdigit() for c in w)][:7]).strip("،.:")
        name, text = page_of(i, title, paras)
        (src / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    refine(src, out, workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(out) + read_rows(out, "rejected")}
    return [rows[f"p{i:02d}"]["section"] for i in range(len(bodies))]


#: a footer line sites of one network share: their pages meet in one family larger than each site
FOOTER = "استفاده از مطالب با ذکر منبع بلامانع است"
SECTIONS = ["کشتی", "والیبال", "فوتبال ایران"]
KICKERS = ["آرسنال", "رئال مادرید", "مهدی نظری", "چلسی", "پرسپولیس", "جام حذفی", "لیگ برتر", "علی دایی",
           "تیم ملی", "المپیک", "بایرن مونیخ", "استقلال تهران"]


def _two_sites(i, title, paras):
    if i % 2:  # a site that never shows a section; its tagline stands under its name on every page
        lines = ["تکنو خبر", "مجله اینترنتی تکنو خبر", "اقتصادی - گفتگو - سیاسی - اجتماعی - ویدیو", title, "",
                 f"تاریخ انتشار: {i + 1} ژانویه 2015  کد خبر: {6325867 + i}", *paras, FOOTER]
    else:  # a section line (a few values across the site) and a kicker written for the story under it
        lines = ["تماشاگر", "تماشاگر | اخبار ایران و جهان", "گفتگو - صفحه اصلی - ویدیو - سیاسی - تبلیغات",
                 SECTIONS[i // 2 % 3], KICKERS[i // 2], title, "",
                 f"الهام جعفری | منتشر شده در ۱۳۹۲/۰۷/{i + 10} ۲۲:۴۱ | ۴ دیدگاه", *paras, FOOTER]
    return f"p{i:02d}.txt", "\n".join(lines) + "\n"


def test_a_tagline_above_every_page_of_a_site_is_no_section(tmp_path):
    got = _site_run(tmp_path, _two_sites, n=24)
    assert [got[i] for i in range(1, 24, 2)] == [None] * 12


def test_a_kicker_under_the_section_line_is_no_section(tmp_path):
    got = _site_run(tmp_path, _two_sites, n=24)
    assert [got[i] for i in range(0, 24, 2)] == [SECTIONS[i % 3] for i in range(12)]


def test_html_plain_link_above_the_headline_is_a_section_when_the_site_repeats_it(tmp_path):
    # «<div><a>گوناگون</a></div><h1>…»: no class, label or separator says section; the run does
    sections = ["گوناگون", "جامعه", "سیاست"]

    def page(i, title, paras):
        body = "".join(f"<p>{p}</p>" for p in paras)
        html = ("<!doctype html><html lang='fa'><head><meta charset='utf-8'><title>" + title + " - دیجی‌خبر</title>"
                "<meta property='og:site_name' content='دیجی‌خبر'></head><body>"
                "<div class='m9'><a href='/452'>دیجی‌خبر</a></div>"
                "<div class='m6'>بازار • تبلیغات • اخبار • استان‌ها • ویدیو • آرشیو</div>"
                f"<div class='m-w'><div class='m-b'><a href='/c/{i % 3}'>{sections[i % 3]}</a></div>"
                f"<h1>{title}</h1><span class='m1'>توسط سارا موسوی</span><div class='m2'>{body}</div></div>"
                "<div class='f'>تمامی حقوق برای دیجی‌خبر محفوظ است.</div></body></html>")
        return f"p{i:02d}.html", html
    assert _site_run(tmp_path, page) == [sections[i % 3] for i in range(12)]


def test_a_kicker_under_the_section_line_with_blank_lines_between_all_lines(tmp_path):
    # every header line set apart by a blank line: the section (not the page's first line) still
    # stands above the kicker
    def page(i, title, paras):
        name, text = _two_sites(i, title, paras)
        return name, text.replace("\n", "\n\n")
    got = _site_run(tmp_path, page, n=24)
    assert [got[i] for i in range(0, 24, 2)] == [SECTIONS[i % 3] for i in range(12)]


# ------------------------------------------------------------- the site's header above its menu
MIRRORS = ["تل‌نما", "پست‌یاب", "مرور تلگرام"]
CHANNELS = ["سرخط آنلاین", "خبر داغ", "رسانه پلاس"]


def _mirror_sites(i, title, paras):
    # three sites of one platform: each its own name on the first line, the platform's menu (one
    # line per item, on every page of all three), a channel's box (its name, handle and «join»
    # button), the post and its counters; none shows a section
    lines = [MIRRORS[i % 3], "گروه‌ها", "دسته‌بندی‌ها", "ربات‌ها", "پربازدیدها", CHANNELS[i // 3 % 3],
             f"@channel_{i // 3 % 3}x", "عضویت در کانال", title, *paras, "محتوای کانال‌ها متعلق به صاحبان آنهاست.",
             "طراحی و اجرا: رایان‌پرداز"]
    return f"p{i:02d}.txt", "\n".join(lines) + "\n"


def test_labels_above_the_sites_own_lines_are_no_section(tmp_path):
    # the site's name above the menu every page shows, a channel's name above the «join» button
    # every page shows: the site's header, not the story's
    assert _site_run(tmp_path, _mirror_sites, n=24) == [None] * 24


def test_html_trail_of_links_and_spans_above_the_headline():
    # «<a>صفحه اصلی</a> › <a>فوتبال ایران</a> › <span>headline</span>» in one block of no class
    title = "سرمربی: بازیکنان ما آماده بازی هفته آینده هستند"
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    page = ("<!doctype html><html><body><div class='x1'><div>روزنامه نمونه</div></div>"
            "<div class='x2'><span>صفحه اصلی</span>  <span>سیاسی</span>  <span>فوتبال ایران</span></div>"
            "<div class='x3'><a href='/c0'>صفحه اصلی</a> › <a href='/c1'>فوتبال ایران</a> › "
            f"<span>{title}</span></div><h1>{title}</h1><div class='x4'>{paras}</div></body></html>")
    assert extract(page).section == "فوتبال ایران"


def test_html_section_block_that_repeats_a_menu_item(tmp_path):
    # the menu names the site's sections; the page's own, in a block of its own right above the
    # headline, is one of them though no other page of the run shows it there (each is rare)
    sections = ["بین‌الملل", "مسکن", "خودرو", "بورس", "رمزارز", "انرژی", "بانک", "صنعت", "معدن", "کشاورزی",
                "گردشگری", "حمل و نقل"]

    def page(i, title, paras):
        body = "".join(f"<p>{p}</p>" for p in paras)
        menu = " - ".join(f"<span>{s}</span>" for s in ["اول", *sections])
        html = ("<!doctype html><html lang='fa'><head><meta charset='utf-8'><title>" + title + "</title></head><body>"
                f"<div class='t'><div class='n'><div>اقتصاد آنلاین</div></div><div class='m'>{menu}</div></div>"
                f"<article><div class='s'><div>{sections[i]}</div></div><h1>{title}</h1>"
                f"<div class='b'>{body}</div></article>"
                "<div class='f'>تمامی حقوق برای اقتصاد آنلاین محفوظ است.</div></body></html>")
        return f"p{i:02d}.html", html
    assert _site_run(tmp_path, page) == sections


class _Template:
    """What :func:`learned_section` asks of a run's template: a site that knows the label."""

    learned = True

    def __init__(self, share):
        self.share = share

    def known_label(self, text):
        return True

    def head_share(self, text):
        return self.share

    def kicker_slot(self):
        return False  # (the site's slot above its headlines holds sections, not phrased kickers)

    def run_genre(self, text):
        return False  # (no site of the run shows the label over several sections)

    def figured_slot(self):
        return False  # (the site's slot over its headlines holds no programmes by the hour)


@pytest.mark.parametrize("text,share,section", [
    ("ورزشی", 0.85, "ورزشی"),             # a section on most pages of a sports site
    ("عضویت در کانال", 0.85, None),      # a button the lexicon knows, on most pages
    ("ورزشی", 0.95, None),               # on every page: the site's name or tagline
])
def test_learned_section_is_no_control_of_the_page(text, share, section):
    assert learned_section(text, _Template(share)) == section


@pytest.mark.parametrize("fmt", ["txt", "html"])
def test_a_fixed_line_under_the_menu_is_no_section_a_varying_one_is(tmp_path, fmt):
    # right under a site's vertical menu and right above the headline: on one site the same ad's
    # link on most pages (the template's: the slot holds nothing else), on another the story's
    # section, varying from page to page (the run's learning, not a phrase list, tells them apart)
    bodies = [b.split("\n") for b in news_bodies()]
    bodies = [[p for p in b if len(p.split()) >= 20][:3] for b in bodies]
    bodies = [b for b in bodies if len(b) == 3][:32]
    src = tmp_path / "pages"
    src.mkdir()
    menu = ["صفحه اصلی", "آرشیو", "گزارش‌ها", "یادداشت‌ها", "درباره ما"]
    sections = ["سیاسی", "اقتصادی", "ورزشی", None]
    want = {}
    for i, paras in enumerate(bodies):
        site = i % 2
        title = " ".join(paras[2].split()[1:8]).strip("،.:؛")  # (a headline of its own on every page)
        slot = ("بلیت ارزان سفر" if i % 8 != 0 else None) if site == 0 else sections[(i // 2) % 4]
        name = ["پایگاه خبری آینه", "روزنامه صبح نو"][site]
        lines = [name, "خبر و گزارش هر روز", *menu, *([slot] if slot else []), title, *paras,
                 f"تمامی حقوق برای {name} محفوظ است."]
        page = "\n\n".join(lines) + "\n"
        if fmt == "html":  # (the menu a row of links, the slot a block of its own above the article)
            page = ("<html><head><meta charset='utf-8'><title>%s</title></head><body><header>"
                    "<div>%s، خبر و گزارش هر روز</div><div>%s</div>%s</header><main><article><h1>%s</h1>%s</article>"
                    "</main><footer>تمامی حقوق برای %s محفوظ است.</footer></body></html>"
                    % (title, name, " ".join(f"<a href='/{k}'>{m}</a>" for k, m in enumerate(menu)),
                       f"<div>{slot}</div>" if slot else "", title, "".join(f"<p>{p}</p>" for p in paras), name))
        (src / f"p{i:02d}.{fmt}").write_text(page, encoding="utf-8")
        want[f"p{i:02d}"] = None if site == 0 else slot
    out = tmp_path / "out"
    refine(src, out, workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(out) + read_rows(out, "rejected")}
    assert {k: rows[k]["section"] for k in want} == want


def test_a_section_in_the_byline_is_one_other_sites_show_as_a_label(tmp_path):
    # «فرهنگی | ۱۴ مهر ۱۴۰۱ | ۳ نظر» under the headline of a site whose menu does not list it: the
    # field is the story's section because two other sites of the run show «فرهنگی» above their
    # stories (an item of one's menu, of the other's trails); a name in the same field is its
    # author's (no site shows it)
    stories = story_bodies(24, paras=3)
    src = tmp_path / "pages"
    src.mkdir()
    sites = [("روزنامه آوا", "خانه | سیاسی | اقتصادی | فرهنگی | ورزشی"),
             ("پایگاه خبری نگاه", "صفحه اصلی • اجتماعی • ورزشی • جهان"),
             ("وبلاگ شهر ما", "خانه | آرشیو | درباره ما | تماس با ما")]
    fields = ["فرهنگی", "مریم احمدی"]
    # and on some of them the row over a surtitle over the headline (no page repeats the surtitle)
    kickers = {2: "نمایشگاه کتاب", 8: "جشنواره فیلم", 14: "موسیقی سنتی", 20: "تئاتر شهر"}
    for i, paras in enumerate(stories):
        name, menu = sites[i % 3]
        title = " ".join(paras[0].split()[:8])
        day = f"{1 + i % 28} مهر ۱۴۰۱"
        row = f"{fields[(i // 3) % 2]} | {day} | {i % 7} نظر" if i % 3 == 2 else day
        head = [row, kickers[i], title] if i in kickers else [title, row]  # (the row over the kicker)
        trail = ["صفحه اصلی › فرهنگی"] if i % 3 == 1 else []  # (the second site shows it in trails)
        lines = [name, menu, *trail, *head, *paras, f"تمامی حقوق برای {name} محفوظ است."]
        (src / f"p{i:02d}.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    refine(src, out, workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(out) + read_rows(out, "rejected")}
    got = {i: rows[f"p{i:02d}"]["section"] for i in range(2, len(stories), 3)}
    assert got == {i: ("فرهنگی" if (i // 3) % 2 == 0 else None) for i in got}
    assert all(rows[f"p{i:02d}"]["surtitle"] == k for i, k in kickers.items())


# --- HTML sections in markup the open sets do not use (bench/transplant.py's HTML styles) ---------
_TITLE = "نشست مدیران استان برای بررسی طرح‌های عمرانی تازه برگزار شد"
_MENU = ("<header><nav class='m'><ul><li><a href='/'>خانه</a></li><li><a href='/s/1'>سیاسی</a></li>"
         "<li><a href='/s/2'>اقتصاد</a></li><li><a href='/s/3'>ورزش</a></li><li><a href='/s/4'>قم</a></li>"
         "</ul></nav></header>")


def _html(above: str = "", under: str = "", menu: str = _MENU) -> str:
    story = "".join(f"<p>{p}</p>" for p in STORY)
    return ("<!doctype html><html lang='fa'><head><meta charset='utf-8'><title>" + _TITLE + " | سایت ما</title>"
            f"</head><body>{menu}<main><article>{above}<h1>{_TITLE}</h1>{under}<div class='s'>{story}</div>"
            "</article></main></body></html>")


@pytest.mark.parametrize("above,under,section", [
    # WordPress's link to the story's category (HTML's rel="category"), whatever its class
    ("", "<div class='r4'><span>علی رضایی</span> <span>در <a rel='category tag' href='/c/9'>اقتصاد</a></span></div>",
     "اقتصاد"),
    ("", "<div class='r4'><a rel='tag' href='/t/9'>اقتصاد</a></div>", None),          # a tag is no section
    # a trail in a list with a class that says nothing: from a link to the site's root (named after
    # the site) to the headline
    ("<ol class='row7'><li><a href='/'>سایت ما</a></li><li><a href='/news'>اخبار</a></li>"
     f"<li><a href='/c/2'>اقتصاد</a></li><li><span>{_TITLE}</span></li></ol>", "", "اقتصاد"),
    # ... a list of links that does not end with the headline is no trail
    ("<ol class='row7'><li><a href='/'>سایت ما</a></li><li><a href='/a'>آرشیو</a></li>"
     "<li><a href='/c/2'>اقتصاد</a></li><li><a href='/b'>تماس</a></li></ol>", "", None),
    # a kicker above the headline that the page's menu lists: a section, on a site seen once
    ("<div class='k3'><a href='/s/2'>اقتصاد</a></div>", "", "اقتصاد"),
    # ... with the story's date rows between it and the headline
    ("<div class='k3'>اقتصاد</div><time datetime='2022-10-06T10:20:00+03:30'>۱۴ مهر ۱۴۰۱ - ۱۰:۲۰</time>"
     "<span>آخرین به‌روزرسانی: ۱۶ مهر ۱۴۰۱ - ۰۹:۰۰</span>", "", "اقتصاد"),
    # ... but not an element whose class says it is the surtitle
    ("<div class='uptitle'>قم</div>", "", None),
])
def test_html_section_markup(above, under, section):
    assert extract(_html(above, under)).section == section


def test_the_menus_last_item_above_the_headline_is_no_kicker():
    # the site's menu ends right above the headline: its last item is no story's kicker
    import lxml.html

    from palayesh.extract.html import _blocks_before, _kicker_at

    tree = lxml.html.document_fromstring(_html(menu="<nav><ul><li>خانه</li><li>سیاسی</li><li>اقتصاد</li>"
                                                    "<li>فیلم</li></ul></nav>"))
    owners: list = []
    before = _blocks_before(tree, tree.find(".//h1"), owners)
    assert before[-1] == "فیلم" and _kicker_at(before, owners) is None
    tree = lxml.html.document_fromstring(_html("<div>فیلم</div>"))
    owners = []
    before = _blocks_before(tree, tree.find(".//h1"), owners)
    assert _kicker_at(before, owners) == len(before) - 1


@pytest.mark.parametrize("line,section", [
    ("منتشر شده در حوادث", "حوادث"),
    ("در دسته مسکن ملی", "مسکن ملی"),
    ("ارسال شده در فرهنگ و هنر", "فرهنگ و هنر"),
])
def test_a_label_without_its_colon_under_the_headline_is_the_section(line, section):
    # «منتشر شده در X» between the byline row and the update date: a label whose words say where
    # the story was put, with no colon; no headline (the headline is the line above the byline)
    title = "نقشه تازه سرمربی برای بازی هفته آینده"
    page = "\n\n".join(["شبکه خبری نمونه", "خانه   ورزش   اجتماعی   ویدئو", title,
                        "بابک نوری | ۱۳۹۲/۰۳/۰۱ - ۰۱:۲۱ | ۵ دیدگاه", line,
                        "آخرین به‌روزرسانی: ۱۳۹۲/۰۳/۲۱ - ۱۷:۲۱", *STORY]) + "\n"
    a = extract(page)
    assert (a.title, a.section) == (title, section)


@pytest.mark.parametrize("line", ["در حاشیه بازی", "منتشر شده در ۱۴ مهر ۱۴۰۱", "در بخش خصوصی"])
def test_a_phrase_opening_with_in_is_no_label(line):
    from palayesh.extract.sections import in_label_value

    assert in_label_value(line) is None


def _learned_page(texts: list[str], chrome: set[int]):
    """The article of a flat page whose lines ``chrome`` (indexes) the site's template made chrome."""
    from dataclasses import replace

    from palayesh.extract.text import CHROME, classify, extract_lines

    lines = [classify(t) for t in texts]
    lines = [replace(ln, kind=CHROME, learned=True, recurs=True) if i in chrome else ln for i, ln in enumerate(lines)]
    return extract_lines(lines)


TITLE = "نقشه تازه سرمربی برای بازی هفته آینده"
ROW = "بابک نوری | ۱۳۹۲/۰۳/۰۱ - ۰۱:۲۱ | ۵ دیدگاه"
MENU = "🏠   زیارت   مناسبت‌ها   هیئت و مداحی   تقویم   احکام   معارف"


def test_labels_above_a_menu_the_template_made_chrome_are_the_sites():
    # «ورود / ثبت نام» above the site's menu bar: the site's header, though the template made the
    # menu chrome (no NAV line): no section
    a = _learned_page(["مناسبت نیوز", "ورود / ثبت نام", MENU, TITLE, ROW, *STORY], {2})
    assert (a.title, a.section) == (TITLE, None)


def test_the_sites_name_over_its_date_above_a_chrome_menu_is_no_dated_headline():
    # the site's name over the "today" date, the menu (chrome by the template), a ticker run, then
    # the headline over its section label and date: the headline is the line above the body's meta
    page = ["گلستان آنلاین - اخبار استان گلستان", "پنج‌شنبه ۲ شهریور ۱۳۹۶", MENU, "🔴 فوری:",
            "زمان آغاز اردوی تیم ملی آلمان مشخص شد", "با چرخش ۱۸۰ درجه ای، خیز بایرن برای جذب هالند",
            "مورینیو و رانیری هشت ماه بعد", TITLE, "موضوع: علی‌آباد کتول",
            "ساعت ۲۲:۰۳ - ۱۷ تیر ۱۳۹۶ / رضا حسینی", *STORY]
    a = _learned_page(page, {2, 3})
    assert (a.title, a.section) == (TITLE, "علی‌آباد کتول")


def test_a_short_headline_among_a_run_of_headlines_is_no_section():
    # a «most read» list above the headline: its 5-word item between two longer ones is no label
    page = ["صدای نمونه - خبر استان", "خانه • حوادث • نیازمندی‌ها • عکس • ورزش", "پربازدیدترین اخبار",
            "اعلام یک مورد دیگر ابتلا به کرونا در اینتر", "متین، نماینده ویتنام را هم شکست داد",
            "حسینی نظاره‌گر پیروزی ترابزون اسپور", "گاف بزرگ بنیتس در اولین نشست خبری رسمی", TITLE, ROW, *STORY]
    a = _learned_page(page, {2})
    assert (a.title, a.section) == (TITLE, None)


def test_a_trail_from_the_menus_home_made_chrome_gives_the_section():
    # «املاک روز :: مسکن :: مسکن ملی» starts where the site's menu does; the template made it chrome
    # (a site of few sections repeats it): still the story's trail
    page = ["املاک روز", "املاک روز - ثبت آگهی - قیمت روز - اجاره‌بها - مسکن - وام مسکن",
            "املاک روز :: مسکن :: مسکن ملی", TITLE, ROW, *STORY]
    a = _learned_page(page, {1, 2})
    assert (a.title, a.section) == (TITLE, "مسکن ملی")


@pytest.mark.parametrize("crumb", [
    "<div class='breadcrumb'>نشریه ساختمان</div><div class='breadcrumb'>ساخت و ساز</div>",   # items as blocks
    "<div class='breadcrumb'>نشریه ساختمان :: ساخت و ساز</div>",                              # the site's name first
])
def test_html_trail_the_markup_declares_starts_anywhere(crumb):
    # the element's class says trail: its items are its blocks, or its text cut at any separator,
    # whatever its first item (the site's name, not «خانه»); the section is the last one
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    page = ("<!doctype html><html><body><div class='menu'><a href='#'>نشریه ساختمان</a> • <a href='#'>مسکن</a> • "
            "<a href='#'>ساخت و ساز</a> • <a href='#'>وام</a></div><div class='crumb'>" + crumb + "</div>"
            "<h2>سرمربی: بازیکنان ما آماده بازی هفته آینده هستند</h2>"
            f"<div class='content'>{paras}</div></body></html>")
    assert extract(page).section == "ساخت و ساز"


@pytest.mark.parametrize("heading", ["پربازدیدترین اخبار", "تازه‌ها:", "گلچین امروز"])
def test_the_first_headline_under_a_runs_heading_is_no_section(heading):
    # a ticker's or a «most read» list's heading, then its items: the first (a short headline of
    # five words) is no label, nor is the heading in words no lexicon knows («گلچین امروز») over
    # the run; the section stands apart, right above the page's own headline
    page = ["صدای نمونه - خبر استان", "خانه • حوادث • نیازمندی‌ها • عکس • ورزش", heading,
            "نانی: رونالدو نگران مصدومیتش نیست", "خمارلو: پیگیر هستیم و هواداران نگران نباشند",
            "گاف بزرگ بنیتس در اولین نشست خبری رسمی", "هیئت و مداحی", TITLE, ROW, *STORY]
    assert _learned_page(page, set()).section == "هیئت و مداحی"
    page.remove("هیئت و مداحی")
    assert _learned_page(page, set()).section is None


def test_a_line_on_every_page_under_the_headline_is_no_section():
    # «مشخصات فنی» under the headline over a box of specs: the run shows it on every page of the
    # site (a box's heading), though other sites show it as a label too
    from dataclasses import replace

    from palayesh.extract.text import classify, extract_lines

    texts = ["تک‌باز", "خانه | اخبار بازی | مقایسه | موبایل | سخت‌افزار", TITLE, ROW, "مشخصات فنی",
             "پردازنده: Dimensity 9200", "باتری: ۴۶۰۰ میلی‌آمپر", *STORY]
    lines = [classify(t) for t in texts]
    lines[4] = replace(lines[4], vocab=("مشخصات فنی",), recurs=True)
    assert extract_lines(lines).section == "مشخصات فنی"  # (what the run says of it decides)
    lines[4] = replace(lines[4], tagline=True)
    assert extract_lines(lines).section is None
    # a menu item on every page, repeated under the headline: the section the menu lists
    menu = [replace(classify(t), tagline=True, recurs=True) for t in ("اخبار", "مشخصات فنی", "پادکست")]
    assert extract_lines(lines[:1] + menu + lines[1:]).section == "مشخصات فنی"


@pytest.mark.parametrize("readout", ["۰۰:۰۰ / ۰۱:۱۳", "۲ - ۱"])
def test_a_widgets_heading_over_its_readout_is_no_section(readout):
    # a label other sites of the run show too (a player's «شنیدن خبر»), under the headline over a
    # player's clock or a score: the widget's heading, not the story's section (over the story, a label)
    from dataclasses import replace

    from palayesh.extract.text import classify, extract_lines

    texts = ["تک‌باز", "خانه | اخبار بازی | مقایسه | موبایل | سخت‌افزار", TITLE, ROW, "شنیدن خبر", readout, *STORY]
    lines = [classify(t) for t in texts]
    lines[4] = replace(lines[4], vocab=("شنیدن خبر",), recurs=True)
    assert extract_lines(lines).section is None
    assert extract_lines(lines[:5] + lines[6:]).section == "شنیدن خبر"


#: the menu of a magazine, its items set apart by runs of spaces; a ticker of other stories above it
MAG_MENU = "صفحه اصلی  روانشناسی  خانه‌داری  دکوراسیون  آشپزی  سرگرمی"
MAG_SECTIONS = ["روانشناسی", "خانه‌داری", "آشپزی"]
TICKER = ["جشنواره قصه گویی نوجوانان در رشت", "بارش برف در گردنه‌های شمالی", "افتتاح کتابخانه تازه شهر",
          "نمایشگاه گل و گیاه در پارک ملت", "مسابقه آشپزی کودکان برگزار شد"]


def _magazine(i, title, paras):
    # a ticker's label and three of its items, the menu, then the story's section right above its
    # headline; under the date a match's box: its score and status change on every page
    status = ["پایان بازی", "نیمه دوم", "پایان نیمه اول"][i % 3]
    lines = ["آشپزخونه", f"دوشنبه {i + 1} مهر ۱۳۹۴", "تازه‌ها", *[TICKER[(i + k) % 5] for k in range(3)], MAG_MENU,
             MAG_SECTIONS[i % 3], title, f"کد خبر: {2041625 + i}", f"سمیرا فتحی - ۱۳۹۳/۱۰/{i + 10} - ۲۰:۵۶",
             f"سپاهان {i % 4} - {(i + 1) % 3} استقلال", status, *paras, FOOTER]
    return f"p{i:02d}.txt", "\n".join(lines) + "\n"


def test_the_section_under_a_menu_spaced_by_runs_of_spaces(tmp_path):
    # the menu (learned as the site's chrome) ends the ticker's cluster of short lines above it,
    # and lists the label under it: the story's section; a match's status under the date is none
    got = _site_run(tmp_path, _magazine)
    assert got == [MAG_SECTIONS[i % 3] for i in range(12)]


@pytest.mark.parametrize("line, in_byline, section", [
    ("در دسته والیبال", False, "والیبال"),                      # a category word says it
    ("منتشر شده در دسته آشپزی", False, "آشپزی"),                # (the value is what follows it)
    ("ارسال شده در سرویس ورزشی", False, "ورزشی"),
    ("منتشر شده در اقتصاد کلان", False, "اقتصاد کلان"),         # a verb of publishing says it
    ("posted in Sport", False, "Sport"),
    ("در بخش ورزشی", True, "ورزشی"),                            # among the byline's lines only
    ("در بخش ورزشی", False, None),
    ("منتشر شده در «اطلاعات»", False, None),                    # a paper's name in quotes
    ("منتشر شده در ۱۲ مهر ۱۴۰۱", True, None),                   # a date
    ("منتشر شده در ورزش | ۵ دیدگاه", True, None),              # the next field of a meta row
    ("در این باره", True, None),                                # no label
    ("منتشر شده در  ", True, None),                             # no value
])
def test_a_label_without_its_colon(line, in_byline, section):
    from palayesh.extract.sections import in_label_value
    assert in_label_value(line, in_byline=in_byline) == section


@pytest.mark.parametrize("line, label", [
    ("در بخش خصوصی", True),              # a label's words, whatever it names: a byline, no headline
    ("منتشر شده در روزنامه همشهری", True),
    ("در این باره", False),
    ("منتشر شده در ۱۲ مهر ۱۴۰۱", False),  # a date line
])
def test_a_label_without_its_colon_whatever_it_names(line, label):
    from palayesh.extract.sections import is_in_label
    assert is_in_label(line) is label


def test_a_text_pages_category_in_its_byline():
    # (its «posted in» line is a byline, no headline; the menu's items are set apart by runs of spaces)
    page = ["پایگاه خبری نمونه", "خانه  سیاسی  اقتصادی  اجتماعی  ورزشی",
            "نشست شورای شهر با بررسی طرح‌های تازه برگزار شد",
            "کد خبر: ۲۰۴۱۶۲۵", "بابک نوری - ۱۳۹۲/۰۱/۲۰ - ۰۹:۰۳", "منتشر شده در اجتماعی",
            "به گزارش پایگاه خبری ما، نشست شورای شهر امروز با حضور اعضا و مدیران شهری برگزار شد و چند طرح "
            "تازه بررسی شد.",
            "رئیس شورا در این نشست گفت که اجرای طرح‌های عمرانی تا پایان سال ادامه خواهد داشت و بودجه آن "
            "تامین شده است."]
    got = extract("\n\n".join(page))
    assert (got.title, got.section) == (page[2], "اجتماعی")


@pytest.mark.parametrize("line, menu, section", [
    ("نوشته زهره هاشمی در گاز", {"گاز", "برق"}, "گاز"),               # author, then the menu's category
    ("ارسال شده توسط مدیر سایت در دسته اخبار", set(), "اخبار"),       # a category word says it
    ("نوشته علی رضایی در تهران", {"گاز", "برق"}, None),               # a place the menu does not list
    ("نوشته‌های او در گاز منتشر شد", {"گاز"}, None),                  # a sentence, no byline
])
def test_a_byline_with_its_author_and_category(line, menu, section):
    from palayesh.extract.sections import in_label_value, is_in_label
    assert in_label_value(line, menu=menu) == section
    assert is_in_label(line) == (section is not None or "تهران" in line)


def test_a_text_pages_byline_of_author_and_category_is_no_headline():
    page = ["نفت و انرژی", "صفحه اصلی  گزارش ویژه  گاز  گفت‌وگو  برق",
            "نشست شورای شهر با بررسی طرح‌های تازه برگزار شد", "انتشار: ۱۳۹۹/۰۳/۰۳",
            "نوشته سمیرا احمدی در برق",
            "به گزارش پایگاه خبری ما، نشست شورای شهر امروز با حضور اعضا و مدیران شهری برگزار شد و چند طرح "
            "تازه بررسی شد.",
            "رئیس شورا در این نشست گفت که اجرای طرح‌های عمرانی تا پایان سال ادامه خواهد داشت و بودجه آن "
            "تامین شده است."]
    got = extract("\n".join(page))
    assert (got.title, got.section) == (page[2], "برق")


def test_a_trail_from_the_home_pages_icon():
    page = ["نرخ روز", "صفحه اصلی  بیت کوین  ارز دیجیتال  صرافی ها  بازار ارز", "", "🏠 | ارز دیجیتال", "",
            "نشست شورای شهر با بررسی طرح‌های تازه برگزار شد", "کد خبر: ۲۰۴۱۶۲۵", "",
            "به گزارش پایگاه خبری ما، نشست شورای شهر امروز با حضور اعضا و مدیران شهری برگزار شد و چند طرح "
            "تازه بررسی شد.",
            "رئیس شورا در این نشست گفت که اجرای طرح‌های عمرانی تا پایان سال ادامه خواهد داشت و بودجه آن "
            "تامین شده است."]
    assert crumb_parts("🏠 | ارز دیجیتال") == ["🏠", "ارز دیجیتال"]
    assert extract("\n".join(page)).section == "ارز دیجیتال"


_MENU = ('<nav><ul><li class="menu-item"><a href="/">خانه</a></li>{items}</ul></nav>')
_ITEMS = [("طلا و سکه", "/%D8%B7%D9%84%D8%A7-%D9%88-%D8%B3%DA%A9%D9%87"), ("ارز", "/arz"), ("بورس", "/bourse"),
          ("موسیقی جهان", "/%D9%85%D9%88%D8%B3%DB%8C%D9%82%DB%8C-%D8%AC%D9%87%D8%A7%D9%86")]


def _menu_page(*, active: str | None = None, url: str | None = None, byline: str | None = None) -> str:
    items = "".join(f'<li class="menu-item{" active current-menu-item" if n == active else ""}"'
                    f'{" aria-current=page" if n == active else ""}><a href="{h}">{n}</a></li>' for n, h in _ITEMS)
    head = f'<link rel="canonical" href="{url}">' if url else ""
    return (f"<html><head>{head}</head><body><header>{_MENU.format(items=items)}</header><main>"
            "<h1>نشست شورای شهر با بررسی طرح‌های تازه برگزار شد</h1>"
            + (f"<div>{byline}</div>" if byline else "")
            + "".join(f"<p>{p}</p>" for p in STORY) + "</main></body></html>")


@pytest.mark.parametrize("page, section", [
    (_menu_page(active="طلا و سکه"), "طلا و سکه"),                                 # the menu's current item
    (_menu_page(url="https://x.ir/fa/%D9%85%D9%88%D8%B3%DB%8C%D9%82%DB%8C-%D8%AC%D9%87%D8%A7%D9%86/706400"),
     "موسیقی جهان"),                                                                # the URL under the menu's link
    (_menu_page(url="https://x.ir/service/515/794587"), None),                      # a path the menu does not link
    (_menu_page(byline="نوشته زهره هاشمی در بورس"), "بورس"),                        # a byline's category
    (_menu_page(byline="نوشته زهره هاشمی در تهران"), None),                         # a place
    (_menu_page(), None),
], ids=["current-item", "url", "url-not-linked", "byline", "byline-place", "nothing"])
def test_html_section_shown_by_the_sites_menu(page, section):
    assert extract(page).section == section



@pytest.mark.parametrize("above, section", [
    (["مزرعه ما", "زراعت", "شیلات", "آموزش", "تازه‌ها: بارش برف | افتتاح کتابخانه", "شیلات"], "شیلات"),
    (["زراعت", "شیلات", "آموزش", "زراعت", "شیلات", "آموزش"], None),     # a second copy of the menu
    (["مزرعه ما", "زراعت", "شیلات", "تازه‌ها: بارش برف | افتتاح کتابخانه", "آبیاری"], None),  # not repeated
])
def test_a_menu_item_the_template_knows_repeated_over_the_headline(above, section):
    # (the template makes every line above the headline chrome: the menu's items recur on every page)
    from collections import Counter
    from dataclasses import replace

    from palayesh.extract.text import _menu_item_over_headline, classify
    lines = [replace(classify(t), kind="chrome") for t in above] + [classify("کشت پاییزه گندم در استان آغاز شد")]
    assert _menu_item_over_headline(lines, len(above), Counter(ln.key for ln in lines[:-1])) == section


@pytest.mark.parametrize("headline", [
    "<h2>{}</h2>",                                            # a theme that shows the headline in an <h2>
    '<div><font size="4" color="#003366">{}</font></div>',    # an old table layout's <font>
])
def test_html_trail_above_a_headline_that_is_no_h1(headline):
    # no <h1> on the page: the trail «خانه ← بین‌الملل» stands above the element that shows the
    # headline, under a menu that lists the section too
    title = "سفر وزیر خارجه به پایتخت‌های منطقه آغاز شد"
    page = ("<html><head><title>" + title + " - دیده‌بان</title></head><body>"
            "<div><a href='/'>خانه</a> - <a href='/1'>جامعه</a> - <a href='/2'>بین‌الملل</a>"
            " - <a href='/3'>ورزش</a></div>"
            "<div>🏠 خانه ← بین‌الملل</div>" + headline.format(title) +
            "<div>مریم احمدی - شنبه ۹ شهریور ۱۴۰۲ - ۰۷:۲۷</div>"
            + "".join(f"<p>{p}</p>" for p in STORY) + "</body></html>")
    a = extract(page)
    assert a.title == title
    assert a.section == "بین‌الملل"


# ---------------------------------- labels the run learns: a paper's page names, a button (issue 12)
PAPER = "روزنامه ساحل و بندر"
PAGE_NAMES = ["ساحل", "بندر", "شیلات"]  # (the first two words of the paper's name)
_WHO = ["شورای شهر", "مدیران بندر", "صیادان جنوب", "فرمانداری ساحلی", "اداره شیلات", "هیئت امنای موزه"]
_WHAT = ["طرح تازه نوسازی اسکله را بررسی کردند", "از برنامه‌های سال آینده خبر دادند",
         "درباره کمبود آب شیرین هشدار دادند", "با نمایندگان مجلس دیدار کردند",
         "نشست مشترک با بازرگانان برگزار کردند", "گزارش عملکرد شش ماهه را ارائه دادند"]


def _paper_page(i: int, title: str, paras: list[str]) -> str:
    """An e-paper's page as text: the paper's masthead, its issue line, the page's name (a kicker
    under it on some pages), the headline, the story; the editor's line and the footer name the
    page and the paper inside longer phrases."""
    name = PAGE_NAMES[i % 3]
    kicker = ["گزارش ویژه"] if i % 4 == 1 else []
    return "\n".join([PAPER, "روزنامه صبح جنوب", "", f"شماره {7500 + i} | {1 + i % 28} مهر ۱۴۰۱ | صفحه {2 + i % 9}",
                      name, *kicker, title, "", *paras, "", f"مریم نوری، دبیر بخش {name} {PAPER}",
                      f"استفاده از مطالب {PAPER} با ذکر منبع آزاد است."]) + "\n"


def _site_page(i: int, title: str, paras: list[str]) -> str:
    """A site showing the same names as labels over its headlines, listed by its menu; the same
    button as the next site's under its date (two sites of the run show it as a label)."""
    return "\n".join(["پایگاه خبری بندرنما", "خانه | ساحل | بندر | شیلات | ویدیو", PAGE_NAMES[(i + 1) % 3], title,
                      f"{1 + i % 28} مهر ۱۴۰۱", "حالت مطالعه", "", *paras, "",
                      "تمامی حقوق برای بندرنما محفوظ است."]) + "\n"


def _button_page(i: int, title: str, paras: list[str]) -> str:
    """A site that names no section: a button under the date rows of every story."""
    return "\n".join(["خبرنامه دریا", "ورود", "", title, f"انتشار: {1 + i % 28} مهر ۱۴۰۱", f"شناسه خبر: {9100 + i}",
                      "ذخیره", "حالت مطالعه", "", *paras, "", "تمامی حقوق برای خبرنامه دریا محفوظ است."]) + "\n"


def _button_listing(i: int) -> str:
    """The same site's listing pages, without the story's header rows."""
    items = [f"{_WHO[(i + k) % 6]} {_WHAT[(i + 2 * k) % 6]}" for k in range(5)]
    return "\n".join(["خبرنامه دریا", "ورود", "", "آخرین اخبار", *items, "",
                      "تمامی حقوق برای خبرنامه دریا محفوظ است."]) + "\n"


def test_a_papers_page_name_its_kicker_and_a_button_under_the_date(tmp_path):
    # an e-paper's page name over the headline is its section, though the paper's name and its
    # editor's line hold it (the paper's name stands on every page, a page's name on some); over
    # a kicker no other site of the run shows, the page's name is the section and the kicker the
    # surtitle; a label under the date rows of every story of a site, which its menu does not list,
    # is a button, though listing pages without those rows keep it under the share of a tagline
    bodies = story_bodies(36, paras=3)
    src = tmp_path / "pages"
    src.mkdir()
    want = {}
    for i, paras in enumerate(bodies):
        title = f"{_WHO[i % 6]} {_WHAT[i // 6]}"
        kind = ("paper", "site", "button")[i % 3]
        page = {"paper": _paper_page, "site": _site_page, "button": _button_page}[kind](i // 3, title, paras)
        (src / f"p{i:02d}.txt").write_text(page, encoding="utf-8")
        want[f"p{i:02d}"] = ((PAGE_NAMES[i // 3 % 3], "گزارش ویژه" if i // 3 % 4 == 1 else None) if kind == "paper"
                             else (PAGE_NAMES[(i // 3 + 1) % 3], None) if kind == "site" else (None, None))
    for k in range(3):
        (src / f"list{k}.txt").write_text(_button_listing(k), encoding="utf-8")
    out = tmp_path / "out"
    refine(src, out, workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(out) + read_rows(out, "rejected")}
    got = {k: (rows[k]["section"], rows[k]["surtitle"]) for k in want}
    assert got == want


@pytest.mark.parametrize("lower_vocab,want", [(True, ("مسکن ملی", None)), (False, ("مسکن", "مسکن ملی"))])
def test_a_trail_down_two_labels_the_run_knows_as_sections(lower_vocab, want):
    # «مسکن» (the menu's) over «مسکن ملی» right above the headline: when other sites of the run show
    # the lower one above their stories too, it is the deeper section; else the story's surtitle
    from dataclasses import replace

    from palayesh.extract import Article
    from palayesh.extract.text import _header, classify

    lines = [classify("پایگاه خبری نمونه"), classify("خانه | مسکن | وام مسکن | اجاره‌بها | بازار"),
             replace(classify("مسکن"), vocab=("مسکن",)),
             replace(classify("مسکن ملی"), vocab=("مسکن ملی",) if lower_vocab else ()),
             classify("توزیع بیش از شش هزار واحد مسکن ملی در استان آغاز شد"), *map(classify, STORY)]
    res = Article()
    _header(lines, 5, res, None)
    assert (res.section, res.surtitle) == want


@pytest.mark.parametrize("upper_vocab,want", [(False, "صید و صیادی"), (True, None)])
def test_three_labels_over_the_headline_only_the_last_a_known_section(upper_vocab, want):
    # a printable page: the site's name, its print control, then the story's section right above the
    # headline, no menu above them. Three labels in a row read as a vertical menu, yet a menu lists
    # sections: when only the last is a name the run knows as a section's, it is the story's section;
    # when another label is one too, the cluster may be a menu (no section read from it)
    from dataclasses import replace

    from palayesh.extract import Article
    from palayesh.extract.text import _header, classify

    lines = [replace(classify("خاویار خبر"), vocab=("خاویار خبر",) if upper_vocab else ()),
             classify("🖨 چاپ این صفحه"), replace(classify("صید و صیادی"), vocab=("صید و صیادی",)),
             classify("پرسپولیس باز هم با علی دایی جام می‌گیرد!"), *map(classify, STORY)]
    res = Article()
    _header(lines, 4, res, None)
    assert res.section == want


@pytest.mark.parametrize("share,want", [(0.8, None), (0.2, "گیاهان دارویی و داروهای گیاهی")])
def test_a_tagline_above_the_sites_vertical_menu_is_no_section(share, want):
    # the site's name, its tagline, the date, then its menu set an item a line, then the headline: a
    # label above the menu on as many of the site's pages as the menu's items is the site's tagline,
    # no story's section; one on few of them varies from page to page as a section does
    from dataclasses import replace

    from palayesh.extract import Article
    from palayesh.extract.text import _header, classify

    menu = [replace(classify(t), recurs=True, share=0.8) for t in ("داروهای گیاهی", "طب ایرانی", "کتاب‌ها",
                                                                    "تغذیه سالم", "عطاری آنلاین")]
    lines = [classify("مجله عطاری"), replace(classify("گیاهان دارویی و داروهای گیاهی"), recurs=True, share=share),
             classify("3 تیر 1397"), *menu, classify("امضای تفاهم‌نامه فسخ میان سپاهان و کرانچار"),
             *map(classify, STORY)]
    res = Article()
    _header(lines, 9, res, None)
    assert res.section == want


@pytest.mark.parametrize("top,want", [(True, None), (False, "مسکن")])
def test_a_label_the_tail_names_is_the_sites_name_where_it_opens_the_page(top, want):
    # a label the tail names inside a longer phrase is the site's name when it opens the page, though
    # the site shows it on few of its pages (a third: its other pages open otherwise); under the
    # paper's masthead (on every page) a label on a third of them is the paper's page, a section
    from dataclasses import replace

    from palayesh.extract import Article
    from palayesh.extract.text import _header, classify

    name = "روزنامه مسکن و عمران"
    label = replace(classify("مسکن" if not top else "مسکن و عمران"), seen=True, recurs=True, share=0.33)
    head = [label, replace(classify("۱۳:۱۷ - ۱۳۹۷/۱۲/۱۷"), recurs=True, share=0.9)] if top else \
        [replace(classify(name), seen=True, recurs=True, share=1.0, brand=True),
         replace(classify("شماره 7502 | جمعه 1 اسفند 1399 | صفحه 7"), recurs=True, share=0.9), label]
    title = "توزیع بیش از شش هزار واحد مسکن ملی در استان آغاز شد"
    lines = [*head, classify(title), *map(classify, STORY), classify(f"استفاده از مطالب {name} با ذکر منبع آزاد است.")]
    res = Article()
    _header(lines, len(head) + 1, res, len(lines) - 1)
    assert (res.title, res.section) == (title, want)


def test_a_run_of_other_stories_headlines_right_above_the_headline_is_no_section(tmp_path):
    # A podcast site lists its top stories («تیتر یک») right above each page's headline and shows the
    # section in the byline row under it. The last items of that list stand right above the headline
    # as labels would, but they read as headlines (three words or more, each) under another
    # headline: a run of other stories' headlines, not the section, which the byline names.
    from conftest import refine_site
    from palayesh.textkeys import line_key

    bodies = story_bodies(12)
    sections = ["گفت‌وگو", "اپیزودها", "ویدئو"]
    heads = [f"{who} {what}" for who in ("ساجدی‌فر", "هافبک جوان", "سرمربی فولاد", "کاپیتان تیم ملی")
             for what in ("از دور رقابت‌ها کنار رفت", "قرارداد خود را تمدید کرد", "به اردوی تیم ملی رفت",
                          "در تمرین امروز غایب بود", "از هواداران عذرخواهی کرد", "به لیگ قطر پیوست",
                          "جایزه بهترین بازیکن را گرفت", "در آستانه جدایی قرار گرفت", "به ترکیب اصلی برگشت")]
    titles = [f"گزارش شماره {w} از تمرین تیم در شهر {v} امروز" for w, v in
              zip(["یکم", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم", "یازدهم", "دوازدهم"],
                  ["مشهد", "تبریز", "شیراز"] * 4)]
    pages = []
    for i, (title, paras) in enumerate(zip(titles, bodies)):
        box = heads[3 * i:3 * i + 3]  # (each another story's, on this page only)
        pages.append(["دوشنبه ٨ شهریور ١٣٩٥", "صدای روز", "پادکست روایت رویدادها",
                      "صدای روز - اپیزودها - خبرنامه - ویدئو - گفت‌وگو", "تیتر یک", *box, title,
                      f"{sections[i % 3]} | یک‌شنبه ١٣٩٣/١٠/{10 + i} - ١٦:١١ | {i + 3} نظر", *paras,
                      "کلیه حقوق برای صدای روز محفوظ است."])
    rows = refine_site(tmp_path, pages)
    for i, title in enumerate(titles):
        r = rows[f"p{i:02d}"]
        assert line_key(r["title"]) == line_key(title), (i, r["title"])
        assert r["section"] == sections[i % 3], (i, r["section"])


# --- a section shown only beside the headline in a row or a document title (issue 12) ------------
_MENU5 = ("<header><nav><ul><li><a href='/'>خانه</a></li><li><a href='/s/1'>سیاسی</a></li>"
          "<li><a href='/s/2'>اقتصاد</a></li><li><a href='/s/3'>ورزش</a></li><li><a href='/s/4'>فرهنگی</a></li>"
          "</ul></nav></header>")


@pytest.mark.parametrize("under,section", [
    # the byline row under the headline: author | section | date, the section a link or a span or text
    ("<div class='q1'><span>علی رضایی</span> | <a href='/s/3'>ورزش</a> | <span>۱۲ مرداد ۱۴۰۳</span></div>", "ورزش"),
    ("<div class='q1'>ورزش • ۳ نظر • ۱۴۰۳/۰۵/۱۲</div>", "ورزش"),
    ("<div class='q1'>۱۲ مرداد ۱۴۰۳ - ۱۰:۲۰ | اقتصاد</div>", "اقتصاد"),
    # a name beside the date that the menu does not list is its author's; two menu items name none
    ("<div class='q1'>مریم احمدی | ۱۲ مرداد ۱۴۰۳</div>", None),
    ("<div class='q1'>ورزش | اقتصاد | ۱۲ مرداد ۱۴۰۳</div>", None),
    # a row without a date is no byline (a row of share buttons, tags)
    ("<div class='q1'>ورزش | چاپ | ارسال</div>", None),
])
def test_html_section_in_the_dated_row_under_the_headline(under, section):
    assert extract(_html(under=under, menu=_MENU5)).section == section


@pytest.mark.parametrize("doc_title,section", [
    (f"ورزش | {_TITLE} | سایت ما", "ورزش"),
    (f"سایت ما - اقتصاد - {_TITLE}", "اقتصاد"),
    # a part the menu does not list beside the site's name, which the page shows (its menu's first
    # item): the section (menusection.bar_section); beside a part the page does not show either, none
    (f"{_TITLE} | جامعه | سایت ما", "جامعه"),
    (f"{_TITLE} | جامعه | نشریه دیگر", None),
    (f"{_TITLE} | سایت ما", None),
    # a title of two parts: the other is the site's name, though the menu names its home page so
    (f"{_TITLE} - سایت ما", None),
])
def test_html_section_in_the_document_title_beside_the_headline(doc_title, section):
    menu = _MENU5.replace("<a href='/'>خانه</a>", "<a href='/bzf/49'>سایت ما</a>")
    page = _html(menu=menu).replace(f"<title>{_TITLE} | سایت ما</title>", f"<title>{doc_title}</title>")
    assert extract(page).section == section


@pytest.mark.parametrize("first,section", [
    (f"ورزش | {_TITLE} | سایت ما", "ورزش"),
    (f"{_TITLE} - اقتصاد - سایت ما", "اقتصاد"),
    # a part the menu does not list beside the site's name, which the page shows on its own line: the
    # section (menusection.bar_section); beside a part the page does not show either, none
    (f"جامعه | {_TITLE} | سایت ما", "جامعه"),
    (f"جامعه | {_TITLE} | نشریه دیگر", None),
])
def test_text_page_section_in_its_saved_title_line(first, section):
    # a page saved from HTML opens with its document title; the menu under it lists the section
    page = "\n\n".join([first, "سایت ما", "خانه | سیاسی | اقتصاد | ورزش | فرهنگی | بین الملل | ویدئو",
                        _TITLE, "۱۲ مرداد ۱۴۰۳", *STORY]) + "\n"
    a = extract(page)
    assert (a.title, a.section) == (_TITLE, section)


def test_a_host_name_is_no_section():
    # the site's address as its name over the headline: no section
    page = "\n\n".join(["farsi.example.tv", _TITLE, "موج شمال", "انتشار: پنج‌شنبه ٩٦.١٠.٢١ - ٠٩:٢٦", *STORY]) + "\n"
    assert extract(page).section is None


@pytest.mark.parametrize("name", ["بخش‌ها و روستاها", "گروه‌های مردمی", "سرویس‌های شهری"])
def test_a_section_whose_name_opens_with_a_label_word_and_its_suffix_is_kept_whole(name):
    # «بخش‌ها» is one word (a ZWNJ glues its suffix): no label word «بخش» before a name «ها و …»
    from palayesh.extract.sections import acceptable, section_from_label_word

    assert acceptable(name) == name and section_from_label_word(name) is None
    assert acceptable("بخش ورزشی") == "ورزشی"
    page = "\n\n".join(["سایت ما", "خانه | سیاسی | اقتصاد | ورزش | فرهنگی | بین الملل | ویدئو",
                        name, _TITLE, "۱۲ مرداد ۱۴۰۳", *STORY]) + "\n"
    assert extract(page).section in (name, None)
    html = (f'<html><body><article><h1>{_TITLE}</h1><div>در <a href="/category/9" rel="category tag">{name}</a></div>'
            + "".join(f"<p>{p}</p>" for p in STORY) + "</article></body></html>")
    assert extract(html).section == name


OVERLINES = ["در حاشیه دیدار", "گزارش روز", "روایتی از یک سفر", "نگاهی به بازار", "پشت صحنه", "گفت‌وگوی ویژه",
             "روایت یک تجربه", "در حاشیه نشست", "گزارش میدانی", "یادداشت سردبیر", "نگاه نزدیک", "گزارش تصویری"]
VERTICAL = ["تبلیغات", "جامعه", "فرهنگ و هنر", "آرشیو", "مهاجرت", "ایران"]


def _vertical_menu_sites(i, title, paras):
    if i % 2:  # a site whose menu, one item a line, is on every page; the story's section repeats its
        # item under it, then an overline written for the story
        lines = ["همسایه ما", "اخبار فارسی‌زبانان", *VERTICAL, VERTICAL[1 + i // 2 % 2 * 4], OVERLINES[i // 2],
                 title, f"تاریخ انتشار: {i + 1} ژانویه 2015", *paras, FOOTER]
    else:  # another site showing the same sections bare above its headlines
        lines = ["تماشاگر", "گفتگو - صفحه اصلی - ویدیو - سیاسی - تبلیغات", ["جامعه", "ایران"][i // 2 % 2], title,
                 f"تاریخ انتشار: {i + 1} ژانویه 2015", *paras, FOOTER]
    return f"p{i:02d}.txt", "\n".join(lines) + "\n"


def test_a_menu_item_repeated_over_an_overline_is_the_section(tmp_path):
    # the section line is on every page of the site (its menu lists it): it stands twice above the
    # headline when it is the story's own; the overline under it varies page to page, no section
    got = _site_run(tmp_path, _vertical_menu_sites, n=24)
    assert [got[i] for i in range(1, 24, 2)] == [VERTICAL[1 + i % 2 * 4] for i in range(12)]


@pytest.mark.parametrize("chip, section", [("[ورزشی]", "ورزشی"), ("#اقتصادی", "اقتصادی"), ("[نمایش]", None)])
def test_a_chip_over_the_headline_names_the_section_the_menu_lists(chip, section):
    from palayesh.extract.text import _chip_over_headline, classify

    above = ["سایت ما", "صفحه نخست - فرهنگی - ورزشی - اقتصادی - فیلم - اجتماعی", chip]
    lines = [classify(t) for t in above] + [classify(_TITLE)]
    assert _chip_over_headline(lines, 3, {"فرهنگی", "ورزشی", "اقتصادی", "فیلم", "اجتماعی"}) == section


def test_chips_over_the_headlines_of_a_sites_pages(tmp_path):
    chips = ["[ورزشی]", "#اقتصادی", "[فرهنگی]"]

    def page(i, title, paras):
        lines = ["سایت ما", "پایگاه خبری شهر ما", "صفحه نخست - فرهنگی - ورزشی - اقتصادی - فیلم - اجتماعی", "",
                 chips[i % 3], "", title, f"تاریخ انتشار: ۱۴۰۱/۰۳/{i + 10}", *paras, FOOTER]
        return f"p{i:02d}.txt", "\n".join(lines) + "\n"
    assert _site_run(tmp_path, page) == [chips[i % 3].strip("[]#") for i in range(12)]


@pytest.mark.parametrize("note", ["📷 ایسنا", "ریبری (عکس)", "عکس: علی رضایی"])
def test_a_photo_boxs_heading_over_its_caption_or_credit_is_no_section(note):
    # a label other sites of the run show too («عکس خبر»), under the headline over a photo's credit
    # or caption: the box's heading, not the story's section; the credit itself names none either
    from dataclasses import replace

    from palayesh.extract.text import classify, extract_lines

    texts = ["تک‌باز", "خانه | اخبار بازی | مقایسه | موبایل | سخت‌افزار", TITLE, ROW, "عکس خبر", note, *STORY]
    lines = [classify(t) for t in texts]
    lines[4] = replace(lines[4], vocab=("عکس خبر",), recurs=True)
    assert (extract_lines(lines).title, extract_lines(lines).section) == (TITLE, None)
    assert extract_lines(lines[:5] + lines[6:]).section == "عکس خبر"  # (over the story: a label)
    credit = [replace(classify("📷 ایسنا"), vocab=("📷 ایسنا",), recurs=True)]
    assert extract_lines(lines[:4] + credit + lines[6:]).section is None


@pytest.mark.parametrize("line", ["تبلیغات در خودرونامه", "خودرونامه در تلگرام"])
def test_a_line_that_names_the_site_is_no_section(line):
    # a chrome line over the headline that holds the site's name (its saved title line's) as a phrase
    from palayesh.extract.sections import acceptable

    assert acceptable(line, site_names=["خودرونامه"]) is None
    assert acceptable("خودرونامه‌ها", site_names=["خودرونامه"]) == "خودرونامه‌ها"  # (a longer word)
    page = "\n\n".join([f"{_TITLE} | خودرونامه", "خودرونامه", "خانه | بازار خودرو | قطعه‌سازی | حمل و نقل",
                        line, _TITLE, "۱۲ مرداد ۱۴۰۳", *STORY]) + "\n"
    assert extract(page).section != line  # (the word goes to the next cue)


def test_a_title_line_part_a_menu_set_an_item_a_line_lists_is_the_section(tmp_path):
    # «گلیم | <headline> | نگارخانه» on a saved page's first line, the site's menu an item a line
    # under its name («نمایشگاه‌ها», «گلیم», «تابلوفرش», …): the part the menu lists is the section;
    # both the site's name and the menu's item stand on every page, so the part shown on its own
    # line beside the name could not tell them (a bar menu's items were read only)
    items = ["نمایشگاه‌ها", "گلیم", "تابلوفرش", "گالری", "تماس"]

    def page(i, title, paras):
        sec, title = items[1 + i % 2], title.replace("،", "")  # (a comma splits a title bar too)
        lines = [f"{sec} | {title} | نگارخانه", "نگارخانه", "رسانه هنرهای دستی", "", *items, "", title,
                 f"۱۴۰۱/۰۳/{i + 10}", *paras, "نقل مطالب نگارخانه با ذکر منبع آزاد است."]
        return f"p{i:02d}.txt", "\n".join(lines) + "\n"
    assert _site_run(tmp_path, page) == [items[1 + i % 2] for i in range(12)]


def test_a_title_line_part_a_double_spaced_menu_column_lists_is_the_section(tmp_path):
    # the same title line over a menu set an item a line, on a dump that sets a blank line after
    # every line: no blank line sets the menu apart from the site's name and tagline, the home
    # item opens the menu («صفحه نخست»), and the part the menu lists is the section
    items = ["صفحه نخست", "گلیم", "تابلوفرش", "گالری", "تماس"]

    def page(i, title, paras):
        sec, title = items[1 + i % 2], title.replace("،", "")
        lines = [f"{sec} | {title} | نگارخانه", "نگارخانه", "رسانه هنرهای دستی", *items, title,
                 f"۱۴۰۱/۰۳/{i + 10}", *paras, "نقل مطالب نگارخانه با ذکر منبع آزاد است."]
        return f"p{i:02d}.txt", "\n\n".join(lines) + "\n"
    assert _site_run(tmp_path, page) == [items[1 + i % 2] for i in range(12)]


#: sections and subsections two sites of a run file their stories under
SUBS = [("حمل و نقل", "کشتیرانی"), ("عمران", "مسکن"), ("حمل و نقل", "هوانوردی"), ("عمران", "راه‌سازی")]


def _trail_an_item_a_line(i, title, paras):
    # two sites (by turns), each with a trail under the headline set an item a line: its home label,
    # the menu's section, then the subsection the story is filed under
    name = ["مناطق آزاد", "بندر امروز"][i % 2]
    sec, sub = SUBS[i // 2 % 4]
    lines = [name, "پایگاه خبری مناطق آزاد تجاری", f"خانه | سرمایه‌گذاری | حمل و نقل | عمران | تماس با {name}", title,
             f"نوشته خبرنگار {name}", "صفحه نخست", sec, sub,
             f"شناسه خبر: {9252156 + i} | تاریخ انتشار: {i % 28 + 1} فروردین ۱۳۹۳", *paras, "انتهای خبر/"]
    return f"p{i:02d}.txt", "\n\n".join(lines) + "\n"


def test_a_trail_an_item_a_line_under_the_headline_gives_its_deepest_section(tmp_path):
    # «صفحه نخست» / «حمل و نقل» / «کشتیرانی» under the headline: a trail from home, one item a line,
    # whose last level both sites of the run show as a section; the story's section is that level
    assert _site_run(tmp_path, _trail_an_item_a_line, n=20) == [SUBS[i // 2 % 4][1] for i in range(20)]
