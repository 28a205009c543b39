"""Sections on header layouts the extractor was not written for: the lines a site shows above its
headline that name no section (its author, its controls, its tagline, a widget), on pages written here.
Each site is its own run, as a crawl of it would be; the site's other pages teach its template."""
from __future__ import annotations

import pytest

from conftest import news_bodies, read_rows
from palayesh import extract, refine

AUTHORS = ["آرش فتحی", "الهام توکلی", "امید ملکی"]
SECTIONS = ["اقتصاد", "فرهنگ", "جامعه"]


def _run(tmp_path, page_of, n=24):
    """Refine ``n`` pages (``page_of(i, title, paras)`` gives page ``i``'s text); their (title, section)."""
    bodies = [b.split("\n") for b in news_bodies()]
    bodies = [[p for p in b if len(p.split()) >= 20][:3] for b in bodies]
    bodies = [b for b in bodies if len(b) == 3][:n]
    src = tmp_path / "pages"
    src.mkdir()
    titles = []
    for i, paras in enumerate(bodies):
        title = " ".join([w for w in paras[0].split() if not any(c.isdigit() for c in w)][:7]).strip("،.:")
        titles.append(title)
        (src / f"p{i:02d}.txt").write_text(page_of(i, title, paras), encoding="utf-8")
    out = tmp_path / "out"
    refine(src, out, workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(out) + read_rows(out, "rejected")}
    return [(rows[f"p{i:02d}"]["title"], rows[f"p{i:02d}"]["section"]) for i in range(len(bodies))], titles


def test_a_columnists_name_over_the_headline_is_no_section(tmp_path):
    # an opinion site: the column's author over its headline, named again in the byline beside the
    # date; on some pages a section label («گزارش ویژه») stands over the author's name
    def page(i, title, paras):
        over = ["گزارش ویژه"] if i % 4 == 0 else []
        return "\n".join(["اندیشه‌نامه | تریبون صاحب‌نظران", "صفحه نخست | سرمقاله | آرشیو | گزارش ویژه | تحلیل",
                          *over, AUTHORS[i % 3], title, f"{AUTHORS[i % 3]} - {1 + i % 28} بهمن ۱۳۹۵",
                          f"کد خبر: {284000 + i}", *paras, "کلیه حقوق برای اندیشه‌نامه محفوظ است."]) + "\n"
    got, titles = _run(tmp_path, page)
    assert [s for _t, s in got] == ["گزارش ویژه" if i % 4 == 0 else None for i in range(24)]


STORY = ["سرمربی تیم گفت: بازیکنان ما آماده بازی هفته آینده هستند و برای پیروزی به میدان می‌روند.",
         "او افزود که تمرینات تیم از روز شنبه در ورزشگاه شهر با حضور همه بازیکنان آغاز می‌شود و ادامه دارد.",
         "وی در پایان گفت که هواداران باید از تیم در این روزهای سخت حمایت کنند تا نتیجه بهتری بگیریم."]


@pytest.mark.parametrize("control", ["ورود / ثبت‌نام", "ورود به سایت", "پیشخوان"])
def test_a_control_above_a_menu_of_spaced_items_is_no_section(control):
    # the site's name and tagline, a control (a login link, whatever its words), then a menu bar whose
    # items runs of spaces set apart: the site's header runs down to the menu, the story's section
    # would stand under it
    page = "\n".join(["قضاوت پرس", "رسانه حقوقی کشور", "۱۸ تیر ۱۴۰۵", control,
                      "خانه  حقوقی  آرای وحدت رویه  مصاحبه  انتظامی  استان‌ها",
                      "تمرین شاداب قرمزها پیش از دربی تهران", "۱۰:۱۶ - ۱۴۰۲/۱۲/۲۵", "نویسنده: فرهاد حسینی", *STORY])
    a = extract(page)
    assert (a.title, a.section) == ("تمرین شاداب قرمزها پیش از دربی تهران", None)
    # (under the menu, a label over the headline is the section)
    a = extract(page.replace("استان‌ها\n", "استان‌ها\nحقوقی\n"))
    assert a.section == "حقوقی"


def test_a_skip_link_and_a_login_row_above_the_sites_own_lines_are_no_section(tmp_path):
    # a memorial site: «رفتن به محتوا» and «ورود | ثبت‌نام» above its name, tagline and menu (a line an
    # item), none of which names the story's section
    def page(i, title, paras):
        skip = ["رفتن به محتوا"] if i % 2 else []
        login = ["ورود | ثبت‌نام"] if i % 8 == 3 else []
        return "\n".join([*skip, "گلزار", "خاطره‌ها و وصیت‌نامه‌های شهدا", *login, "خاطرات", "وصیت‌نامه",
                          "مناسبت‌ها", "گالری", "دفاع مقدس", title, f"📅 {1 + i % 28} آبان ۱۳۹۱",
                          f"کد خبر: {833000 + i}", *paras, "تمامی حقوق برای گلزار محفوظ است."]) + "\n"
    got, titles = _run(tmp_path, page)
    assert [s for _t, s in got] == [None] * 24


def test_the_sites_name_and_tagline_as_a_trail_from_its_menus_home_are_no_section(tmp_path):
    # «پرسش سلامت | مشاوره پزشکی آنلاین» on every page, over a menu that opens with the site's name:
    # a trail from the menu's home by its form, the site's name and tagline by the run; the pages
    # with a trail under the menu name their section there
    def page(i, title, paras):
        crumb = [f"پرسش سلامت › {SECTIONS[i % 3]}"] if i % 2 else []
        return "\n".join(["پرسش سلامت | مشاوره پزشکی آنلاین", f"{1 + i % 28} مهر ۱۴۰۰",
                          "پرسش سلامت | تغذیه | پوست و مو | گوارش | داروخانه", *crumb, title,
                          f"{AUTHORS[i % 3]} - {1 + i % 28} فروردین ۱۳۹۹", *paras,
                          "نقل مطالب پرسش سلامت با ذکر منبع آزاد است."]) + "\n"
    got, titles = _run(tmp_path, page)
    assert [s for _t, s in got] == [SECTIONS[i % 3] if i % 2 else None for i in range(24)]


@pytest.mark.parametrize("tagline", ["سرویس فارسی؛ خبر بی‌مرز", "بخش فارسی رادیو صدا"])
def test_a_trail_outweighs_a_tagline_opening_with_a_section_word(tagline):
    # a broadcaster's name, then its tagline opening with «سرویس» / «بخش» (a section word without its
    # colon), its menu, a trail from home: the trail names the story's section
    page = "\n".join(["پل نیوز", tagline, "۱۷ اوت ۲۰۲۰", "صفحه اصلی | خاورمیانه | فرهنگ و هنر | جهان | پادکست",
                      "صفحه اصلی › فرهنگ و هنر", "تمرین شاداب قرمزها پیش از دربی تهران",
                      "بابک بهرامی - سه‌شنبه ۷ ژانویه ۲۰۲۰", *STORY])
    assert extract(page).section == "فرهنگ و هنر"
    # (alone over the headline, the section word names it: «بخش ورزشی»)
    assert extract(page.replace("صفحه اصلی › فرهنگ و هنر\n", "").replace(tagline, "بخش ورزشی")).section == "ورزشی"


def test_a_text_browsers_form_control_is_no_section():
    # a text browser's dump whose list of links is lost: its search button, as it draws it, stays a
    # line of the page over the headline; a control names no section
    page = "\n".join(["[1]خانه [2]شهری [3]حوادث [4]فرهنگی", "(BUTTON) جستجو", "",
                      "تمرین شاداب قرمزها پیش از دربی تهران", "سه‌شنبه ۷ دی ۱۴۰۲", *STORY])
    assert extract(page).section is None


def test_a_trail_from_the_menus_home_under_the_menu_on_every_page_is_the_section(tmp_path):
    # «ابتدا :: حمل و نقل» under a menu that opens with «ابتدا», on every page: its shape stands on every
    # page of the site, as a tagline's does, yet under the menu bar it is the story's trail
    def page(i, title, paras):
        return "\n".join(["دنده پنج", f"{1 + i % 28} آبان ۱۳۹۶", "ابتدا - خودروی برقی - قیمت روز - بازار خودرو - ایمنی",
                          f"ابتدا :: {SECTIONS[i % 3]}", title, f"{1 + i % 28} دی ۱۳۹۵", *paras,
                          "تمامی حقوق برای دنده پنج محفوظ است."]) + "\n"
    got, _titles = _run(tmp_path, page)
    assert [s for _t, s in got] == [SECTIONS[i % 3] for i in range(24)]


MENU = "خانه | اقتصاد | فرهنگ | جامعه | ورزش"


def _lead(paras):
    """A page's summary under its headline: words of its first paragraph (which the page leaves
    out) as one sentence of its own."""
    return " ".join(paras[0].replace(".", "،").split()[8:26]).strip("،:") + "."


def test_the_byline_row_under_the_lead_names_the_section_the_menu_lists(tmp_path):
    # a daily that sets its byline row «<section> | <date> | N نظر» under the story's summary, above
    # the body: the row's field the site's menu lists is the section
    def page(i, title, paras):
        return "\n".join(["روزنامه پیام", MENU, title, _lead(paras),
                          f"{SECTIONS[i % 3]} | {1 + i % 28} مهر ۱۴۰۱ - ۱۰:{10 + i} | {i} نظر", *paras[1:],
                          "تمامی حقوق برای روزنامه پیام محفوظ است."]) + "\n"
    got, _titles = _run(tmp_path, page)
    assert [s for _t, s in got] == [SECTIONS[i % 3] for i in range(24)]


def test_the_byline_row_after_the_story_names_the_section_the_menu_lists(tmp_path):
    # the same row at the story's end, the page's date with it: its field the menu lists is the
    # section; the author's name in another site's row is none
    def page(i, title, paras):
        return "\n".join(["روزنامه پیام", MENU, title, *paras,
                          f"{SECTIONS[i % 3]} | {1 + i % 28} مهر ۱۴۰۱ - ۱۰:{10 + i} | {i} نظر",
                          "تمامی حقوق برای روزنامه پیام محفوظ است."]) + "\n"
    got, _titles = _run(tmp_path, page)
    assert [s for _t, s in got] == [SECTIONS[i % 3] for i in range(24)]


def test_a_menu_item_among_the_meta_lines_under_the_lead_is_the_section_not_body(tmp_path):
    # the section alone on its line among the counters under the summary, above the story: the
    # menu lists it; it is the section, and no paragraph of the story
    def page(i, title, paras):
        return "\n".join(["روزنامه پیام", MENU, title, _lead(paras), f"{1000 + i} بازدید", SECTIONS[i % 3],
                          f"کد مطلب: {308000 + i}", *paras[1:], "تمامی حقوق برای روزنامه پیام محفوظ است."]) + "\n"
    got, _titles = _run(tmp_path, page)
    assert [s for _t, s in got] == [SECTIONS[i % 3] for i in range(24)]
    rows = read_rows(tmp_path / "out")
    assert not any(r["text"].split("\n")[0] in SECTIONS for r in rows)


def test_a_trail_from_the_sites_name_with_a_bar_names_the_section(tmp_path):
    # «پیام هفته | <section>» over the headline, from the site's name, which the page's first line
    # «پیام هفته | تحلیل هفته» shows on every page (a bar is a trail's separator from home only)
    def page(i, title, paras):
        return "\n".join(["پیام هفته | تحلیل هفته", f"{1 + i % 28} مهر ۱۴۰۱", "ورود | ثبت‌نام", MENU,
                          f"پیام هفته | {SECTIONS[i % 3]}", title, f"نوشته {AUTHORS[i % 3]}", *paras,
                          "تمامی حقوق برای پیام هفته محفوظ است."]) + "\n"
    got, _titles = _run(tmp_path, page)
    assert [s for _t, s in got] == [SECTIONS[i % 3] for i in range(24)]


def test_a_trail_under_the_headline_outweighs_a_tickers_last_headline_above_it(tmp_path):
    # a ticker of other stories' headlines over the article's code and headline, a trail from home
    # under the headline: the trail names the section, not the ticker's last item
    def page(i, title, paras):
        ticker = [" ".join(paras[2].strip("،.").split()[k:k + 5]) for k in (0, 6, 12)[:1 + i % 3]]  # (five words each)
        return "\n".join(["خبرنامه ما", MENU, "تازه‌ها", *ticker, f"کد خبر: {449000 + i}", title,
                          f"صفحه نخست / مطالب / {SECTIONS[i % 3]}", f"{AUTHORS[i % 3]} | {1 + i % 28} مهر ۱۴۰۱",
                          *paras, "تمامی حقوق برای خبرنامه ما محفوظ است."]) + "\n"
    got, _titles = _run(tmp_path, page)
    assert [s for _t, s in got] == [SECTIONS[i % 3] for i in range(24)]


def test_a_kicker_the_sites_menu_of_plain_links_lists_is_the_section():
    # an HTML page whose menu is a <div> of links between bars (no <nav>, no list) and whose kicker
    # over the headline links one of them: the section, on a page the run does not know
    html = ('<html><head><title>تمرین شاداب قرمزها پیش از دربی تهران - پیام</title></head><body>'
            '<div class="h"><a href="/">خانه</a> | <a href="/c/1">اقتصاد</a> | <a href="/c/2">فرهنگ</a>'
            ' | <a href="/c/3">جامعه</a> | <a href="/c/4">ورزش</a></div><main><section><div class="m3">'
            '<a href="/s/5">جامعه</a></div><h2>تمرین شاداب قرمزها پیش از دربی تهران</h2>'
            + "".join(f"<p>{p}</p>" for p in STORY) + "</section></main></body></html>")
    assert extract(html).section == "جامعه"


#: a menu that lists two of the site's genres beside its sections; the site files stories under
#: sections its menu leaves out too
GENRE_MENU = "خانه | اقتصاد | فرهنگ | جامعه | گزارش | گفتگو"
MORE_SECTIONS = [*SECTIONS, "استان‌ها", "بین‌الملل", "دانش"]
GENRES = ["گزارش", "گفتگو"]


def test_a_section_over_the_headline_the_menu_leaves_out_outweighs_a_genre_under_the_lead(tmp_path):
    # the section over the headline, though the site's menu leaves some out («بین‌الملل»), and on two
    # pages of three the story's genre right under the lead («گزارش»), which the menu lists: the
    # template's label of the slot under the lead, no section, so the label over the headline is
    # the section, no kicker
    def page(i, title, paras):
        genre = [GENRES[i % 2]] if i % 3 else []
        return "\n".join(["روزنامه پیام", GENRE_MENU, MORE_SECTIONS[i % 6], title, _lead(paras), *genre,
                          *paras[1:], "تمامی حقوق برای روزنامه پیام محفوظ است."]) + "\n"
    got, _titles = _run(tmp_path, page)
    assert [s for _t, s in got] == [MORE_SECTIONS[i % 6] for i in range(24)]


#: the words of a kicker written for each story: no two pages show the same
KICKER_WORDS, KICKER_CITIES = ["روایت", "حاشیه", "نگاه", "پرونده", "سفر", "خاطره"], ["تهران", "شیراز", "تبریز", "مشهد"]


def test_a_kicker_written_for_its_story_yields_to_the_menus_item_under_the_lead(tmp_path):
    # a kicker over the headline that no other page shows («روایت تبریز»), and the section among the
    # counters under the lead, which the menu lists: the kicker is the surtitle
    def page(i, title, paras):
        kicker = f"{KICKER_WORDS[i % 6]} {KICKER_CITIES[i // 6]}"
        return "\n".join(["روزنامه پیام", GENRE_MENU, kicker, title, _lead(paras), f"{1000 + i} بازدید",
                          SECTIONS[i % 3], *paras[1:], "تمامی حقوق برای روزنامه پیام محفوظ است."]) + "\n"
    got, _titles = _run(tmp_path, page)
    assert [s for _t, s in got] == [SECTIONS[i % 3] for i in range(24)]


def test_the_date_rows_menu_item_outweighs_a_genre_under_the_lead(tmp_path):
    # the byline row under the headline names the section («اقتصاد | ۱۲ مهر ۱۴۰۱ | ۳ نظر»), and on two
    # pages of three the story's genre under the lead, which the menu lists too: the row's field
    def page(i, title, paras):
        genre = [GENRES[i % 2]] if i % 3 else []
        return "\n".join(["روزنامه پیام", GENRE_MENU, title, f"{SECTIONS[i % 3]} | {1 + i % 28} مهر ۱۴۰۱ | {i} نظر",
                          _lead(paras), *genre, *paras[1:], "تمامی حقوق برای روزنامه پیام محفوظ است."]) + "\n"
    got, _titles = _run(tmp_path, page)
    assert [s for _t, s in got] == [SECTIONS[i % 3] for i in range(24)]


def test_the_genre_label_right_under_the_lead_is_no_section(tmp_path):
    # an opinion site that sets its story's genre right under the summary («یادداشت», «تحلیل», on
    # many of its pages: the template's label of the slot), which its menu lists; the page names
    # no section
    def page(i, title, paras):
        return "\n".join(["ستون اول", "صفحه نخست | سرمقاله | یادداشت | تحلیل | آرشیو", title,
                          f"{AUTHORS[i % 3]} - {1 + i % 28} بهمن ۱۳۹۵", _lead(paras), ["یادداشت", "تحلیل"][i % 2],
                          f"زمان مطالعه: {2 + i % 7} دقیقه", *paras[1:], "کلیه حقوق برای ستون اول محفوظ است."]) + "\n"
    got, _titles = _run(tmp_path, page)
    assert [s for _t, s in got] == [None] * 24
