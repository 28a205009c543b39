"""Sections an HTML page gives only as a slug or through a menu drawn as a strip of links (issue 12).

- A WordPress page files its story by a class word, «<body class="… category-dogs">», and its menu
  links the sections by numbers, not slugs: the name is the item of the page's menu that another
  page of the run shows beside the same slug (a trail's link, a JSON-LD trail's item).
- A strip of links parted by bars above the story's paragraphs is a menu: the part of the
  ``<title>`` beside the headline that it lists is the section (below them, a footer's strip is none).
- A name the page publishes as its section may hold the site's name («قیمت پرتقال» on «پرتقال»).
"""
from __future__ import annotations

from conftest import read_rows, story_bodies
from palayesh import extract, refine

_MENU = ("<nav class='nav'><div class='m1'><a href='/fa/service/42'>صفحه نخست</a> | "
         "<a href='/fa/service/6'>سگ</a> | <a href='/fa/service/74'>گربه</a> | "
         "<a href='/fa/service/20'>پرندگان</a> | <a href='/fa/service/29'>تماس</a></div></nav>")
_SLUGS = ["dogs", "cats", "birds"]
_NAMES = {"dogs": "سگ", "cats": "گربه", "birds": "پرندگان"}


def _slug_page(i: int, paras: list[str], slug: str, host: str) -> str:
    """A page of ``host`` whose body class names its category by ``slug`` and nothing else names it."""
    title = " ".join(paras[0].split()[:8]).strip("،.:")
    return (f"<!doctype html><html lang='fa'><head><meta charset='utf-8'><title>{title} | همدم</title>"
            f"<link rel='canonical' href='https://{host}/fa/news/{1000 + i}'></head>"
            f"<body class='single single-post postid-{i} category-{slug}'>{_MENU}<article><h1>{title}</h1>"
            f"{''.join(f'<p>{p}</p>' for p in paras)}</article></body></html>")


def _crumb_page(i: int, paras: list[str], slug: str) -> str:
    """A page of another site of the run whose JSON-LD trail shows ``slug`` beside its name."""
    title = " ".join(paras[0].split()[:8]).strip("،.:")
    crumb = ('{"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": ['
             '{"@type": "ListItem", "position": 1, "name": "خانه", "item": "https://pishi.example.ir/"}, '
             f'{{"@type": "ListItem", "position": 2, "name": "{_NAMES[slug]}", '
             f'"item": "https://pishi.example.ir/category/{slug}/"}}]}}')
    return (f"<!doctype html><html lang='fa'><head><meta charset='utf-8'><title>{title}</title>"
            f"<link rel='canonical' href='https://pishi.example.ir/news/{2000 + i}'>"
            f"<script type='application/ld+json'>{crumb}</script></head><body><article><h1>{title}</h1>"
            f"{''.join(f'<p>{p}</p>' for p in paras)}</article></body></html>")


def _run(tmp_path, *, crumbs: bool) -> dict:
    src = tmp_path / "pages"
    src.mkdir()
    bodies = story_bodies(18, paras=3)
    want = {}
    for i, paras in enumerate(bodies[:12]):
        slug = _SLUGS[i % 3]
        (src / f"p{i:02d}.html").write_text(_slug_page(i, paras, slug, "hamdam.example.com"), encoding="utf-8")
        want[f"p{i:02d}"] = _NAMES[slug]
    if crumbs:
        for i, paras in enumerate(bodies[12:18]):
            (src / f"q{i:02d}.html").write_text(_crumb_page(i, paras, _SLUGS[i % 3]), encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = read_rows(tmp_path / "out") + read_rows(tmp_path / "out", "rejected")
    return {r["id"]: (r["section"], want[r["id"]]) for r in rows if r["id"] in want}


def test_a_category_class_names_the_menu_item_another_site_shows_beside_its_slug(tmp_path):
    got = _run(tmp_path, crumbs=True)
    assert len(got) == 12
    assert all(section == name for section, name in got.values()), got


def test_a_category_class_no_page_of_the_run_names_is_no_section(tmp_path):
    # the same site alone: nothing in the run tells which menu item «dogs» is
    got = _run(tmp_path, crumbs=False)
    assert len(got) == 12
    assert all(section is None for section, _ in got.values()), got


_TITLE = "نشست شورای شهر با بررسی طرح‌های تازه برگزار شد"
_PARAS = "".join(f"<p>{p} {p}</p>" for p in [  # (paragraphs of 25 words or more: prose)
    "سرمربی تیم گفت: بازیکنان ما آماده بازی هفته آینده هستند و برای پیروزی به میدان می‌روند.",
    "او افزود که تمرینات تیم از روز شنبه در ورزشگاه شهر با حضور همه بازیکنان آغاز می‌شود و ادامه دارد.",
    "وی در پایان گفت که هواداران باید از تیم در این روزهای سخت حمایت کنند تا نتیجه بهتری بگیریم."])


def _strip_page(strip: str, *, below: bool = False) -> str:
    head, foot = ("", strip) if below else (strip, "")
    return (f"<!doctype html><html lang='fa'><head><meta charset='utf-8'>"
            f"<title>آمادگی | {_TITLE} | لرزه‌نگار</title></head><body>"
            f"<div class='hd'>لرزه‌نگار</div><h1>{_TITLE}</h1><div class='menu'>{head}</div>"
            f"<main><article>{_PARAS}</article></main><div class='foot'>{foot}</div></body></html>")


_STRIP = ("<div class='z1'><a href='/fa/service/17'>خانه</a> | <a href='/fa/service/49'>مدیریت بحران</a> | "
          "<a href='/fa/service/64'>آمادگی</a> | <a href='/fa/service/2'>زلزله</a></div>")


def test_a_strip_of_links_parted_by_bars_above_the_story_is_a_menu():
    # (under the headline's <h1>, above the story's paragraphs: the site's menu all the same)
    assert extract(_strip_page(_STRIP), url="https://larze.example.com/fa/153966").section == "آمادگی"


def test_a_strip_of_links_below_the_story_is_no_menu():
    import lxml.html

    from palayesh.extract.menusection import menu_links

    names = [n for n, _ in menu_links(lxml.html.document_fromstring(_strip_page(_STRIP)))]
    assert names == ["مدیریت بحران", "آمادگی", "زلزله"]
    assert menu_links(lxml.html.document_fromstring(_strip_page(_STRIP, below=True))) == []


def test_a_trail_of_links_is_no_menu_strip():
    # arrows part a trail, not a menu: its items are no menu's, and the <title>'s part names nothing
    strip = ("<div class='z1'><a href='/fa/service/17'>خانه</a> › <a href='/fa/service/49'>مدیریت بحران</a> › "
             "<a href='/fa/service/64'>زلزله</a> › <a href='/fa/service/2'>گسل‌ها</a></div>")
    assert extract(_strip_page(strip), url="https://larze.example.com/fa/153966").section != "آمادگی"


def _declared_page(section: str) -> str:
    ld = ('{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "' + _TITLE + '", '
          '"publisher": {"@type": "Organization", "name": "پرتقال"}, "articleSection": "' + section + '"}')
    return (f"<!doctype html><html lang='fa'><head><meta charset='utf-8'><title>پرتقال - {_TITLE}</title>"
            f"<script type='application/ld+json'>{ld}</script></head><body><article><h1>{_TITLE}</h1>"
            f"{_PARAS}</article></body></html>")


def test_a_declared_section_may_hold_the_sites_name():
    assert extract(_declared_page("قیمت پرتقال"), url="https://porteghal.example.ir/fa/1").section == "قیمت پرتقال"


def test_a_declared_section_that_is_the_sites_name_is_none():
    assert extract(_declared_page("پرتقال"), url="https://porteghal.example.ir/fa/1").section is None
