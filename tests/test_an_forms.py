"""The forms of set AN (s63) the extractor read wrongly, each by its mechanism:

- a status's one machine-readable ``<time datetime>`` inside its permalink (a federated network's
  status page: «<a class="…datetime" href="<the status's URL>"><time datetime="…Z">Sep 29, 2018,
  01:46</time></a>»): a link to the page itself, or to nowhere, is the post's own, not another item's
  of a list, so its time dates the story (extract/html.py ``_lone_time``, ``_links_itself``); a time
  in a link to another page stays no story's date;
- a course site's news forum: «صفحه اصلی / اخبار دانشکده / <headline>» over a heading «اخبار دانشکده» over
  every post, a name its menu («داشبورد | درس‌های من | تقویم») does not list: the site's one listing, no
  section (extract/menusection.py ``one_listing``, read in HTML and in flat text, extract/text.py
  ``_one_listing``); a site whose menu lists the name keeps it (one section, as far as the run saw);
- a messenger channel's web view as flat text: the channel's header, a day line «۱۹ بهمن ۱۳۹۸», then that
  day's posts, each closed by its views and clock «👁 ۲۳٫۵ هزار ۰۰:۴۶», the story one of them: the day line
  heads the posts over the story, whatever its place (a site header's day of the visit stands over
  menus), and the story's own closing line gives its clock (extract/pagedates.py ``_heads_day_posts``,
  ``post_clock``);
- a club's site whose name is longer than its headlines: «<title>نیروی زمینی صبا را می برد | باشگاه تیراندازی
  با کمان تبریز</title>», the name in the header's «site-title» box, the headline in an ``<h1>`` or, on a
  forum post, in a heading with no ``<h1>``: the side of the ``<title>`` the site's logo or header bar
  shows is its name, whichever is the shorter, and the other side the headline
  (extract/html.py ``_logo_side``, ``_side_past_logo``, ``_names_site``).

The pages are written here, with words of their own."""
from __future__ import annotations

import pytest

from conftest import made_titles, read_rows, refine_pages, story_bodies
from palayesh import refine
from palayesh.extract import extract

TITLE = "بازگشایی کتابخانه مرکزی شهر پس از دو سال بازسازی"
PARAS = [
    "به گزارش خبرگزاری ایرنا، کتابخانه مرکزی شهر پس از دو سال بازسازی از امروز دوباره به روی مراجعان"
    " باز شد و ساعت کار آن تا ده شب افزایش یافت.",
    "مدیر کتابخانه گفت بخش کودکان و نوجوانان این کتابخانه دو برابر شده و سالن مطالعه تازه‌ای با سیصد"
    " صندلی به ساختمان افزوده شده است.",
    "به گفته او، فهرست منابع کتابخانه نیز در سامانه تازه‌ای قرار گرفته و مراجعان می‌توانند کتاب‌ها را"
    " پیش از آمدن رزرو کنند.",
]
URL = "https://toot.example.ir/@ketab/1099887766"


def _status(href: str | None) -> str:
    link = "<a class='detailed-status__datetime'" + ("" if href is None else f" href='{href}'") + ">"
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return (f"<html lang='fa'><head><meta charset='utf-8'><title>{TITLE} | توت نمونه</title>"
            f"<link rel='canonical' href='{URL}'><meta property='og:title' content='{TITLE}'></head><body>"
            f"<div class='public-layout'><div class='header'><div><a class='brand' href='/'>توت نمونه</a></div>"
            f"<div>جامعه کتاب‌خوانان</div></div>"
            f"<div class='detailed-status'><div class='display-name'><strong>سارا نوری</strong>"
            f"<div>@ketab@toot.example.ir</div></div>"
            f"<div class='status__content'><p><strong>{TITLE}</strong></p>{body}<p>منبع: خبرگزاری ایرنا</p>"
            f"<p class='tags'>#کتاب #کتابخانه</p></div>"
            f"<div class='detailed-status__meta'>{link}<time class='formatted' datetime='2021-03-01T17:40:00.000Z'"
            f" title='Mar 1, 2021, 17:40'>Mar 1, 2021, 17:40</time></a>"
            f"<span> · 🌐 · ۱۲ تقویت · ۳۰ برگزیده</span></div></div>"
            f"<div class='link-footer'><p>Mastodon: About · Status</p><p>توت نمونه: درباره</p></div></div>"
            f"</body></html>")


@pytest.mark.parametrize("href", [None, "#", URL, "/@ketab/1099887766"])
def test_a_statuss_time_in_its_permalink_dates_it(href):
    # the time in UTC, as the page tells machines: 17:40Z is 21:10 in Tehran (UTC+03:30)
    art = extract(_status(href), url=URL)
    assert (art.published, art.published_jalali) == ("2021-03-01T21:10:00+03:30", "1399/12/11")


def test_a_time_in_a_link_to_another_page_is_no_storys_date():
    # (another status's time, linked to its page: an item of another story)
    assert extract(_status("/@ketab/1099887700"), url=URL).published is None


_FORUM = "اخبار دانشکده"
_TITLES = made_titles(12, ["کارگاه آموزشی", "آزمون میان‌ترم", "جلسه مشاوره", "اردوی علمی"], ["مشهد", "یزد", "کرج"])


def _forum_post(i: int, paras: list[str], menu: list[str], html: bool) -> str:
    """A post of a course site's news forum: the site's name, the guest's notice, its menu, the trail,
    the forum's name over the post, the post, the site's blocks."""
    date = f"توسط مریم احمدی - شنبه، {i + 1} آذر ۱۴۰۲، ۱۰:۲۳ ق.ظ"
    if not html:
        return "\n".join(["دانشکده فنی نمونه", "شما با عنوان مهمان وارد شده‌اید (ورود)", *menu,
                          f"صفحه اصلی / {_FORUM} / {_TITLES[i]}", _FORUM, _TITLES[i], date, *paras,
                          "پیوند دائمی | پاسخ", "پشتیبانی شده توسط Moodle"])
    items = "".join(f"<li><a href='/p/{j}'>{m}</a></li>" for j, m in enumerate(menu))
    return (f"<html lang='fa'><head><meta charset='utf-8'><title>{_FORUM}: {_TITLES[i]}</title></head><body>"
            f"<nav class='navbar'><a class='brand'>دانشکده فنی نمونه</a>"
            f"<span class='login'>شما با عنوان مهمان وارد شده‌اید (ورود)</span></nav>"
            f"<nav class='primary-navigation'><ul>{items}</ul></nav>"
            f"<nav class='breadcrumb'><a>صفحه اصلی</a> / <a>{_FORUM}</a> / <a>{_TITLES[i]}</a></nav>"
            f"<div role='main'><h2>{_FORUM}</h2><div class='forumpost'><h3 class='subject'>{_TITLES[i]}</h3>"
            f"<div class='author'>{date}</div>{''.join(f'<p>{p}</p>' for p in paras)}"
            f"<div class='commands'><a>پیوند دائمی</a> | <a>پاسخ</a></div></div></div>"
            f"<footer><div>پشتیبانی شده توسط Moodle</div></footer></body></html>")


def _forum_site(tmp_path, menu: list[str], html: bool) -> list[dict]:
    src = tmp_path / "pages"
    src.mkdir()
    for i, paras in enumerate(story_bodies(12)):
        (src / f"p{i:02d}.{'html' if html else 'txt'}").write_text(_forum_post(i, paras, menu, html), encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    return read_rows(tmp_path / "out")


@pytest.mark.parametrize("html", [True, False])
def test_a_forums_name_over_every_post_is_no_section(tmp_path, html):
    rows = _forum_site(tmp_path, ["صفحه اصلی", "داشبورد", "درس‌های من", "تقویم", "راهنما"], html)
    assert len(rows) == 12
    assert [r["section"] for r in rows] == [None] * 12


def test_a_name_the_menu_lists_stays_the_section(tmp_path):
    # (the menu names it short, by its first word: «اخبار» for «اخبار دانشکده»)
    rows = _forum_site(tmp_path, ["صفحه اصلی", "اخبار", "آموزش", "پژوهش", "تماس با ما"], True)
    assert len(rows) == 12
    assert [r["section"] for r in rows] == [_FORUM] * 12


_NEWS = "اخبار و اطلاعیه‌ها"
_CONF_MENU = ["صفحه اصلی", "فراخوان مقالات", "محورهای همایش", "ثبت‌نام", "تماس با دبیرخانه"]


def _conference_post(i: int, paras: list[str], html: bool) -> str:
    """A post of a conference's site: its name, its menu, a trail from home to its one listing that
    no line shows alone, the post."""
    date = f"تاریخ انتشار: ۱۴۰۱/۰۶/{i + 10:02d}"
    if not html:
        return "\n".join(["همایش ملی نمونه", "دبیرخانه دائمی همایش", *_CONF_MENU, f"صفحه اصلی » {_NEWS}",
                          _TITLES[i], date, *paras, "دبیرخانه همایش ملی نمونه"]) + "\n"
    items = "".join(f"<li><a href='/p/{j}'>{m}</a></li>" for j, m in enumerate(_CONF_MENU))
    return (f"<html lang='fa'><head><meta charset='utf-8'><title>{_TITLES[i]}</title></head><body>"
            f"<header><div class='logo'>همایش ملی نمونه</div><nav class='menu'><ul>{items}</ul></nav></header>"
            f"<div class='breadcrumb'><a>صفحه اصلی</a> » <a>{_NEWS}</a></div>"
            f"<div class='news-item'><h1>{_TITLES[i]}</h1><div class='date'>{date}</div>"
            f"{''.join(f'<p>{p}</p>' for p in paras)}</div>"
            f"<footer>دبیرخانه همایش ملی نمونه</footer></body></html>")


@pytest.mark.parametrize("html", [True, False])
def test_a_listing_a_trail_names_over_every_post_is_no_section(tmp_path, html):
    # (the trail ends with the site's one listing on every page, no line shows it alone, the menu
    # lists it not: the place the site posts in, no section)
    src = tmp_path / "pages"
    src.mkdir()
    for i, paras in enumerate(story_bodies(12)):
        (src / f"p{i:02d}.{'html' if html else 'txt'}").write_text(_conference_post(i, paras, html), encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = read_rows(tmp_path / "out")
    assert len(rows) == 12
    assert [r["section"] for r in rows] == [None] * 12


_DAYS = ["۱۹ بهمن ۱۳۹۸", "۲ اسفند ۱۳۹۸", "۷ فروردین ۱۳۹۹", "۱۲ تیر ۱۳۹۹", "۳ مهر ۱۳۹۹", "۹ دی ۱۳۹۹",
         "۱۴ بهمن ۱۳۹۹", "۲۰ اسفند ۱۳۹۹", "۵ اردیبهشت ۱۴۰۰", "۱۸ خرداد ۱۴۰۰"]
_CHANNEL_DAYS = ["2020-02-08", "2020-02-21", "2020-03-26", "2020-07-02", "2020-09-24", "2020-12-29",
                 "2021-02-02", "2021-03-10", "2021-04-25", "2021-06-08"]
_OTHERS = made_titles(30, ["نمایشگاه کتاب", "جشنواره فیلم", "مسابقه دو", "همایش پزشکی", "کارگاه عکاسی"],
                      ["اراک", "قم", "ساری", "زنجان", "سمنان", "بجنورد"])


def _channel_page(i: int, paras: list[str]) -> str:
    """A channel's web view: its header, the day line, two posts of that day, the story, one more post."""
    before = [_OTHERS[3 * i], f"👁 ۲۳٫۵ هزار ۰{i % 10}:۴۶", _OTHERS[3 * i + 1], f"👁 ۱۱٫۲ هزار ۰{i % 10}:۵۰"]
    return "\n".join(["کانال خبرهای استان", "@ostan_news", "۴۷٬۹۵۵ عضو", "پیوستن به کانال", _DAYS[i], *before,
                      "بازارسال از خبرگزاری ایرنا", _TITLES[i], *paras, "🆔 @ostan_news", "👁 ۵۵٫۵ هزار ۱۳:۱۴",
                      _OTHERS[3 * i + 2], "👁 ۹٫۸ هزار ۱۹:۰۲", "برای دیدن پیام‌های بیشتر برنامه را نصب کنید",
                      "دریافت از بازار | نسخه وب"])


def test_a_channels_day_line_over_the_days_posts_dates_the_story_at_its_own_clock(tmp_path):
    rows = refine_pages(tmp_path, [_channel_page(i, paras) for i, paras in enumerate(story_bodies(10))])
    assert len(rows) == 10
    got = {k: rows[k]["published"] for k in rows}
    summer = {2, 3, 8, 9}  # (Tehran's summer time of those years, +04:30)
    assert got == {f"p{i:02d}": f"{day}T13:14+0{4 if i in summer else 3}:30"
                   for i, day in enumerate(_CHANNEL_DAYS)}, got


_CLUB = "باشگاه کوهنوردی و صخره‌نوردی شهر سبز"


@pytest.mark.parametrize("heading", ["h1", "h3"])
def test_a_site_name_longer_than_the_headline_is_no_headline(heading):
    title = "صعود زمستانی به قله دماوند"
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    page = (f"<html lang='fa'><head><meta charset='utf-8'><title>{title} | {_CLUB}</title></head><body>"
            f"<header class='site-header'><div class='site-title'>{_CLUB}</div><nav><ul><li><a>خانه</a></li>"
            f"<li><a>برنامه‌ها</a></li><li><a>درباره ما</a></li></ul></nav></header>"
            f"<div class='text-box'><div class='header'><{heading}>{title}</{heading}></div>"
            f"<p class='small'>تاریخ: ۱۴۰۲/۱۰/۱۲</p>{body}</div>"
            f"<footer><p>کلیه حقوق محفوظ است.</p></footer></body></html>")
    assert extract(page).title == title


_SHELVES = ["روایت", "اپیزودها", "مستند صوتی"]


def test_section_names_shown_on_every_page_but_filing_a_few_stories_each_stay_sections(tmp_path):
    # (a side box lists the site's sections on every page, a list no menu reader takes for the menu;
    # each story's trail names its own: the slots hold each name on a third of the pages, no listing)
    src = tmp_path / "pages"
    src.mkdir()
    for i, paras in enumerate(story_bodies(12)):
        shelf = _SHELVES[i % 3]
        side = "".join(f"<div class='item'>{s}</div>" for s in _SHELVES)
        (src / f"p{i:02d}.html").write_text(
            f"<html lang='fa'><head><meta charset='utf-8'><title>{_TITLES[i]} | شنوانه</title></head><body>"
            f"<div class='top'><a href='/'>شنوانه</a></div>"
            f"<div class='breadcrumb'><a href='/'>خانه</a> › <a>{shelf}</a></div>"
            f"<article><h1>{_TITLES[i]}</h1>{''.join(f'<p>{p}</p>' for p in paras)}</article>"
            f"<div class='side'>{side}</div><footer><p>کلیه حقوق محفوظ است.</p></footer></body></html>",
            encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(tmp_path / "out")}
    assert len(rows) == 12
    assert [rows[f"p{i:02d}"]["section"] for i in range(12)] == [_SHELVES[i % 3] for i in range(12)]


def test_a_three_part_title_bar_keeps_its_middle_as_the_headline():
    # («<section> | <headline> | <site>»: the site's logo shows one end, the menu the other, the
    # headline is neither end)
    title = "صعود زمستانی به قله دماوند"
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    page = (f"<html lang='fa'><head><meta charset='utf-8'><title>برنامه‌ها | {title} | کوه‌نورد</title></head>"
            f"<body><div class='top'><h1 class='logo'><a href='/'>کوه‌نورد</a></h1></div>"
            f"<div class='nav'><ul><li><a href='/1'>خانه</a></li><li><a href='/2'>برنامه‌ها</a></li>"
            f"<li><a href='/3'>گزارش‌ها</a></li><li><a href='/4'>درباره ما</a></li></ul></div>"
            f"<div class='story'><h2>{title}</h2>{body}</div>"
            f"<footer><p>کلیه حقوق محفوظ است.</p></footer></body></html>")
    assert extract(page).title == title


_DESKS = ["اقتصادی", "ورزشی"]
_DESK_TITLES = made_titles(20, ["نمایشگاه کتاب", "طرح آبرسانی", "مسابقات کشتی", "جشنواره فیلم"],
                           ["مشهد", "یزد", "کرج", "سنندج", "اراک"])


def test_a_label_line_that_groups_flat_pages_is_no_one_listing(tmp_path):
    # (flat pages printed from a browser: a time stamp heads each, so «بخش: <section>» is the first
    # line without digits and names the page's family; the family named by «بخش: ورزشی» holds
    # «ورزشی» in its slot on all its pages by its very name, which tells nothing of a listing:
    # each story keeps its own section)
    src = tmp_path / "pages"
    src.mkdir()
    for i, paras in enumerate(story_bodies(20)):
        title = _DESK_TITLES[i]
        (src / f"p{i:02d}.txt").write_text("\n".join([
            f"5/{i % 9 + 1}/21, 11:{i + 10} AM    {title} | خبرگزاری نمونه", f"بخش: {_DESKS[i % 2]}", title, "",
            f"{i % 9 + 3} آبان 1399 ساعت 01:17", f"شناسه خبر: {69358 + i}", *paras, "منبع خبر: خبرگزاری نمونه"]) + "\n",
            encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(tmp_path / "out")}
    assert len(rows) == 20
    assert [rows[f"p{i:02d}"]["section"] for i in range(20)] == [_DESKS[i % 2] for i in range(20)]
