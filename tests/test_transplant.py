"""bench/transplant.py: the section and date of a page shown another way, the gold kept in step."""
import importlib.util
import json
import random
import re
from pathlib import Path

import jdatetime
import pytest

_spec = importlib.util.spec_from_file_location(
    "palayesh_bench_transplant", Path(__file__).resolve().parent.parent / "bench" / "transplant.py")
tp = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tp)

TITLE = "نشست شورای شهر برای بررسی طرح‌های تازه برگزار شد"
BODY = ["به گزارش خبرنگار ما، نشست شورای شهر امروز با حضور اعضا و مدیران شهری برگزار شد و چند طرح تازه بررسی شد.",
        "رئیس شورا در این نشست گفت که اجرای طرح‌های عمرانی تا پایان سال ادامه خواهد داشت و بودجه آن تامین است.",
        "وی افزود: شهروندان می‌توانند نظرات خود را درباره این طرح‌ها از راه سامانه شهرداری به مسئولان برسانند."]


def _page(site="shahrnews.ir", date_line="تاریخ انتشار: ۱۴۰۱/۰۷/۱۴ - ۱۰:۲۰", crumb="خانه » اجتماعی"):
    lines = ["شهر نیوز", "خانه | سیاسی | اجتماعی | ورزشی", crumb, TITLE, date_line, *BODY, "برچسب‌ها: شورا، شهر"]
    gold = {"id": "p", "file": "p.txt", "site": site, "kind": "article", "format": "txt", "title": TITLE,
            "lead": None, "section": "اجتماعی", "published_iso": "2022-10-06", "body_paragraphs": list(BODY),
            "chrome_lines": [lines[0], lines[1], crumb, date_line]}
    return "\n".join(lines), gold


@pytest.mark.parametrize("seed", range(12))
def test_moves_the_lines_and_keeps_the_values(seed):
    text, gold = _page()
    st = tp.Style(random.Random(seed))
    stats = __import__("collections").Counter()
    out = tp.transplant_page(text, gold, st, random.Random(seed), stats)
    assert stats["date_transplanted"] == stats["section_transplanted"] == 1
    lines = out.split("\n")
    assert "تاریخ انتشار: ۱۴۰۱/۰۷/۱۴ - ۱۰:۲۰" not in lines and "خانه » اجتماعی" not in lines
    # the date is shown once outside the story (plus distractors on other days), the section still shown
    story = {tp.canon(p) for p in gold["body_paragraphs"]}
    shown = tp.find_date_lines(lines, "2022-10-06", {i for i, x in enumerate(lines) if tp.canon(x) in story})
    if st.cal.startswith("j") or st.cal.startswith("greg"):
        assert len(shown) == 1
    assert any("اجتماعی" in x for x in lines[2:] if tp.canon(x) not in story)
    assert gold["section"] == "اجتماعی" and gold["published_iso"] == "2022-10-06"
    # each paragraph of the gold story is a line of the page (a story paragraph with a date joins it)
    assert all(p in lines for p in gold["body_paragraphs"])
    assert set(gold["chrome_lines"]).isdisjoint({"خانه » اجتماعی"})


def test_twice_shown_date_is_left_alone():
    text, gold = _page()
    text += "\n۱۴۰۱/۰۷/۱۴"
    stats = __import__("collections").Counter()
    tp.transplant_page(text, gold, tp.Style(random.Random(1)), random.Random(1), stats)
    assert stats["date_ambiguous"] == 1 and not stats["date_transplanted"]


@pytest.mark.parametrize("shown", ["۱۴ مهر ۱۴۰۱", "14 مهر‌ماه 1401", "۱۴۰۱-۷-۱۴", "۰۱/۰۷/۱۴", "14.07.1401",
                                   "6 اکتبر 2022", "October 6, 2022", "2022-10-06", "06/10/2022"])
def test_finds_every_rendering(shown):
    assert tp.find_date_lines(["تاریخ: " + shown], "2022-10-06", set()) == [0]
    other = shown.translate(tp.TO_ASCII).replace("14", "15").replace("6", "7")
    assert tp.find_date_lines(["تاریخ: " + other], "2022-10-06", set()) == []


def test_rendered_dates_are_the_day():
    g = jdatetime.date(1399, 12, 30).togregorian()
    for seed in range(30):
        st = tp.Style(random.Random(seed))
        s = tp.render_date(g, st, "08:05")
        assert re.search(tp.date_pattern(g.isoformat()), tp._search_form(s)), s


def test_one_style_a_site(tmp_path):
    (tmp_path / "pages").mkdir()
    rows = []
    for k in range(6):
        text, gold = _page()
        gold.update(id="p%d" % k, file="p%d.txt" % k)
        (tmp_path / "pages" / gold["file"]).write_text(text, encoding="utf-8")
        rows.append(gold)
    (tmp_path / "gold.jsonl").write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in rows), "utf-8")
    stats = tp.transplant(tmp_path / "pages", tmp_path / "gold.jsonl", seed=3)
    assert stats["changed"] == 6
    shapes = {re.sub(r"[\d۰-۹٠-٩]", "9", (tmp_path / "pages" / g["file"]).read_text("utf-8").split("\n")[2])
              for g in rows}
    assert len(shapes) == 1


# ------------------------------------------------------------------------------------ HTML pages
def _html_page(site="shahrnews.ir"):
    body = "".join(f"<p>{p}</p>" for p in BODY)
    ld = json.dumps([{"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE,
                      "datePublished": "2022-10-06T10:20:00+03:30", "articleSection": "اجتماعی"},
                     {"@type": "BreadcrumbList", "itemListElement": [
                         {"@type": "ListItem", "position": 1, "name": "خانه"},
                         {"@type": "ListItem", "position": 2, "name": "اجتماعی"}]}], ensure_ascii=False)
    html = ("<!DOCTYPE html><html lang='fa'><head><meta charset='utf-8'><title>" + TITLE + " | شهر نیوز</title>"
            "<meta property='og:site_name' content='شهر نیوز'><meta property='article:section' content='اجتماعی'>"
            "<meta property='article:published_time' content='2022-10-06T10:20:00+03:30'>"
            f"<script type='application/ld+json'>{ld}</script></head><body>"
            "<header><nav class='menu'><ul><li><a href='/'>خانه</a></li><li><a href='/s/1'>سیاسی</a></li>"
            "<li><a href='/s/2'>اجتماعی</a></li><li><a href='/s/3'>ورزشی</a></li></ul></nav></header>"
            "<main><article><ol class='breadcrumb'><li><a href='/'>خانه</a></li>"
            "<li><a href='/s/2'>اجتماعی</a></li></ol>"
            f"<h1>{TITLE}</h1><div class='date'><time datetime='2022-10-06T10:20:00+03:30'>"
            "<span>پنج‌شنبه ۱۴ مهر ۱۴۰۱ - ۱۰:۲۰</span></time></div>"
            f"<div class='story'>{body}</div><p>منبع: ایسنا</p></article></main></body></html>")
    gold = {"id": "h", "file": "h.html", "site": site, "kind": "article", "format": "html", "title": TITLE,
            "lead": None, "section": "اجتماعی", "published_iso": "2022-10-06", "body_paragraphs": list(BODY),
            "chrome_lines": ["خانه", "سیاسی", "اجتماعی", "ورزشی", "منبع: ایسنا"]}
    return html, gold


def _instants(tree) -> list:
    """Every machine date of a page (meta, JSON-LD, <time datetime>) as a Tehran date."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    values = [m.get("content") for m in tree.xpath("//meta[@content]")]
    values += [t.get("datetime") for t in tree.xpath("//time[@datetime]")]
    for s in tree.xpath('//script[@type="application/ld+json"]'):
        values += re.findall(r'"date(?:Published)?": "([^"]+)"', s.text_content())
    out = []
    for v in values:
        if v and re.match(r"\d{4}-\d\d-\d\dT", v):
            dt = datetime.fromisoformat(v.replace("Z", "+00:00"))
            dt = dt if dt.tzinfo else dt.replace(tzinfo=ZoneInfo("Asia/Tehran"))
            out.append(dt.astimezone(ZoneInfo("Asia/Tehran")).date().isoformat())
    return out


@pytest.mark.parametrize("seed", range(16))
def test_html_moves_the_markup_and_keeps_the_values(seed):
    import lxml.html

    raw, gold = _html_page()
    st = tp.HtmlStyle(random.Random(seed))
    stats = __import__("collections").Counter()
    out = tp.transplant_html(raw, gold, st, random.Random(seed), stats)
    assert stats["html_section_moved"] == stats["html_date_moved"] == 1
    tree = lxml.html.document_fromstring(out)
    # the story, the headline and the site's menu are untouched
    assert [" ".join(p.text_content().split()) for p in tree.xpath("//div[@class='story']/p")] == BODY
    assert tree.xpath("//h1")[0].text_content() == TITLE
    assert "اجتماعی" in tree.xpath("//nav[@class='menu']")[0].text_content()
    # the page's own trail and date elements are gone; the values are shown the style's way
    assert not tree.xpath("//ol[@class='breadcrumb']") and not tree.xpath("//div[@class='date']")
    assert "۱۴ مهر ۱۴۰۱ - ۱۰:۲۰" not in out
    assert gold["section"] == "اجتماعی" and gold["published_iso"] == "2022-10-06"
    ld = " ".join(s.text_content() for s in tree.xpath('//script[@type="application/ld+json"]'))
    meta = tree.xpath("//meta[@property='article:section']/@content")
    shown = " ".join(tree.body.text_content().replace(tree.xpath("//nav[@class='menu']")[0].text_content(), "")
                     .split())
    if st.sec == "meta":
        assert meta == ["اجتماعی"]
    elif st.sec in ("ld_section", "ld_crumb"):
        assert not meta and "اجتماعی" in ld and "اجتماعی" not in shown
    else:
        assert not meta and "articleSection" not in ld and "اجتماعی" in shown
    instants = _instants(tree)
    if st.date in ("meta", "ld", "time"):
        assert "2022-10-06" in instants  # (a «Z» form is the same instant)
    else:
        assert not [d for d in instants if d == "2022-10-06"]
        lines = [" ".join(t.split()) for t in tree.body.itertext() if t.strip()]
        assert tp.find_date_lines(lines, "2022-10-06", set())
    # the new chrome joins the gold; the section's bare value does not
    assert "اجتماعی" not in gold["chrome_lines"][5:]


def test_html_date_as_utc_is_the_same_instant():
    """An instant early in the Tehran morning written in UTC («Z») falls on the day before: the
    gold day stays the page's local day."""
    raw, gold = _html_page()
    raw = raw.replace("10:20:00+03:30", "02:10:00+03:30")
    st = tp.HtmlStyle(random.Random(0))
    st.date, st.zone, st.modified = "meta", "z", False
    out = tp.transplant_html(raw, gold, st, random.Random(0), __import__("collections").Counter())
    assert 'content="2022-10-05T22:40:00Z"' in out and gold["published_iso"] == "2022-10-06"


def test_html_leaves_text_pages_as_they_were(tmp_path):
    """Text pages come out byte for byte as without the HTML ones (the +t numbers stay comparable),
    and the HTML pages moved are counted."""
    outs = []
    for with_html in (False, True):
        d = tmp_path / str(with_html)
        (d / "pages").mkdir(parents=True)
        text, g = _page()
        (d / "pages" / "p.txt").write_text(text, encoding="utf-8")
        rows = [g]
        if with_html:
            raw, h = _html_page()
            (d / "pages" / "h.html").write_text(raw, encoding="utf-8")
            rows.insert(0, h)
        (d / "gold.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
        stats = tp.transplant(d / "pages", d / "gold.jsonl", seed=5)
        gold = [json.loads(x) for x in (d / "gold.jsonl").read_text("utf-8").splitlines()]
        outs.append(((d / "pages" / "p.txt").read_bytes(), gold[-1], stats))
    assert outs[0][:2] == outs[1][:2]
    assert outs[1][2]["html_pages"] == outs[1][2]["html_changed"] == 1 and not outs[0][2]["html_pages"]


def test_one_html_style_a_site(tmp_path):
    (tmp_path / "pages").mkdir()
    rows = []
    for k in range(5):
        raw, g = _html_page()
        g.update(id="h%d" % k, file="h%d.html" % k)
        (tmp_path / "pages" / g["file"]).write_text(raw, encoding="utf-8")
        rows.append(g)
    (tmp_path / "gold.jsonl").write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in rows), "utf-8")
    tp.transplant(tmp_path / "pages", tmp_path / "gold.jsonl", seed=2)
    shapes = {re.sub(r"[\d۰-۹٠-٩]", "9", re.sub(r'href="[^"]*"|<span>[^<]*</span>', "", (tmp_path / "pages" / g["file"])
                                                .read_text("utf-8")))[:2000] for g in rows}
    assert len(shapes) <= 2


def test_the_today_line_stands_under_the_crawlers_address():
    # a flat page opens with the address the crawler wrote: a site's «today» date goes under it, at the top of
    # the page the site serves (before: above it, and the page lost its address, palayesh.extract.head_url)
    text, gold = _page()
    text = "https://shahrnews.ir/fa/news/1234\n" + text
    seeds = [s for s in range(40) if tp.Style(random.Random(s)).today is not None]
    assert seeds
    for seed in seeds:
        out = tp.transplant_page(text, dict(gold), tp.Style(random.Random(seed)), random.Random(seed),
                                 __import__("collections").Counter())
        assert out.split("\n")[0] == "https://shahrnews.ir/fa/news/1234"


def test_a_story_only_in_a_script_of_the_body_is_left_alone():
    # a single-page app's page: the story only in the state script of its body, no element holds it (before:
    # the body was its holder, and the related box went beside the root: lxml's TypeError)
    raw, gold = _html_page()
    body = "".join(f"<p>{p}</p>" for p in BODY)
    state = json.dumps({"story": BODY}, ensure_ascii=False)
    raw = raw.replace(f"<div class='story'>{body}</div>", "").replace(
        "</body>", f"<script>window.__STATE__ = {state}</script></body>")
    for seed in range(16):
        stats = __import__("collections").Counter()
        out = tp.transplant_html(raw, dict(gold), tp.HtmlStyle(random.Random(seed)), random.Random(seed), stats)
        assert "window.__STATE__" in out


def _enex_page():
    """A notes app's export: one XML document, the story's markup (with its date line) in a CDATA section."""
    paras = "\n".join("<div>%s</div>" % p for p in BODY)
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE en-export SYSTEM "x.dtd">\n'
            '<en-export export-date="20221122T054000Z">\n  <note>\n    <title>%s</title>\n'
            '    <created>20221013T054000Z</created>\n    <content>\n      <![CDATA[<?xml version="1.0"?>\n'
            '<!DOCTYPE en-note SYSTEM "enml2.dtd">\n<en-note>\n<div>دسته: اجتماعی</div>\n<div><h1>%s</h1></div>\n'
            '<div>۱۴ مهر ۱۴۰۱</div>\n%s\n</en-note>]]>\n    </content>\n  </note>\n</en-export>\n'
            ) % (TITLE, TITLE, paras)
    gold = {"id": "n", "file": "n.txt", "site": "notes.ir", "kind": "article", "format": "txt", "title": TITLE,
            "lead": None, "section": "اجتماعی", "published_iso": "2022-10-06", "body_paragraphs": list(BODY),
            "chrome_lines": ["<div>۱۴ مهر ۱۴۰۱</div>"]}
    return text, gold


@pytest.mark.parametrize("seed", range(8))
def test_an_xml_export_stays_one_document(seed):
    from xml.etree import ElementTree

    text, gold = _enex_page()
    st = tp.Style(random.Random(seed))
    st.comments, st.today, st.related = True, "امروز: ", True  # every distractor the text pages get
    stats = __import__("collections").Counter()
    out = tp.transplant_page(text, gold, st, random.Random(seed), stats)
    assert stats["date_transplanted"] == 1 and "<div>۱۴ مهر ۱۴۰۱</div>" not in out
    root = ElementTree.fromstring(out.encode("utf-8"))  # (before: the comments came after </en-export>)
    note = root.find("note/content").text
    assert "نظرات کاربران" in note and note.strip().endswith("</en-note>")
    assert note.split("<en-note>")[0].strip().endswith('"enml2.dtd">')  # nothing above the note's root tag
    assert all(p in note for p in gold["body_paragraphs"])


def test_a_json_document_is_left_whole():
    doc = {"data": {"news": {"title": TITLE, "service": "اجتماعی", "publishDate": "1401/07/14 10:20",
                             "body": [{"type": "text", "value": p} for p in BODY]}}}
    text = json.dumps(doc, ensure_ascii=False, indent=2)
    text = text.replace('"service": "اجتماعی"', '"service":\n"اجتماعی"')  # the section alone on a line
    _, gold = _page()
    before = json.dumps(gold, ensure_ascii=False)
    stats = __import__("collections").Counter()
    for seed in range(6):
        assert tp.transplant_page(text, gold, tp.Style(random.Random(seed)), random.Random(seed), stats) == text
    assert json.dumps(gold, ensure_ascii=False) == before and stats["document_left"] == 6
