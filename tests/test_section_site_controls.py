"""A site's own controls above its headlines, in words no lexicon knows, are no section (issue 12).

Two forms that ``bench/score_families.py --scramble`` shows read as sections once their words are
the site's own (the phrase lexicon knows «نسخه قابل چاپ», not what an unseen site writes there):

- a printable page's banner: a ``<header>`` that holds the site's name and its print control, over
  the story's own head block (its headline, date). The banner does not hold the headline; a kicker
  stands by the headline (:func:`palayesh.extract.html._in_banner`);
- the link that closes a poll box right above every headline of a flat page: the slot above the
  site's headlines holds it on nearly every page (a section varies from page to page), and the
  site's menu does not list it (:func:`palayesh.extract.text._fixed_over_headline`). A row of
  share buttons between the headline and the story («🖨 چاپ | 📧 ارسال») does not hide the slot
  from the run (:func:`palayesh.extract.template.button_row`).
"""
from __future__ import annotations

from conftest import read_rows, story_bodies
from palayesh import refine
from palayesh.textkeys import line_key

_SITE, _TAGLINE = "دنیای پرندگان", "مجله حیوانات خانگی"
_MENU = ["خانه", "پرندگان", "گربه", "سگ", "آبزیان", "تماس"]
_SECTIONS = ["پرندگان", "گربه", "سگ", "آبزیان"]
#: the site's print control and poll link, in words the phrase lexicon does not know
_PRINT, _POLL = "برگه کاغذی خبر", "آرای دیگران"


def _title(paras: list[str]) -> str:
    return " ".join(paras[0].split()[5:12]).strip("،.:؛")


def _html_page(i: int, paras: list[str], printable: bool) -> str:
    """An HTML page of the site: a story page (its section in a block over the headline), or its
    printable view (the banner holds the site's name and the print control, the story no section)."""
    if printable:
        top = f"<header class='top'><div>{_SITE}</div><div>{_PRINT}</div></header><div class='head'>"
    else:
        menu = "".join(f"<li><a href='/c/{j}'>{m}</a></li>" for j, m in enumerate(_MENU))
        top = (f"<header class='top'><div>{_SITE}</div><div>{_TAGLINE}</div></header><nav><ul>{menu}</ul></nav>"
               f"<div class='head'><div>{_SECTIONS[i % 4]}</div>")
    onload = " onload='window.print()'" if printable else ""
    return (f"<!doctype html><html lang='fa'><head><meta charset='utf-8'><title>{_title(paras)}</title>"
            f"<link rel='canonical' href='https://parande.example.ir/news/{1000 + i}'></head>"
            f"<body{onload}>{top}<h1>{_title(paras)}</h1>"
            f"<div class='date'>تاریخ انتشار: ۱۴۰۲/۰۳/{10 + i % 20:02d}</div></div>"
            f"{''.join(f'<p>{p}</p>' for p in paras)}<footer>کلیه حقوق برای {_SITE} محفوظ است.</footer></body></html>")


def test_a_printable_pages_banner_names_no_section(tmp_path):
    # Twelve story pages with their sections over the headline, six printable views whose banner
    # holds the site's print control: the printable views name no section, the story pages theirs.
    src = tmp_path / "pages"
    src.mkdir()
    bodies = story_bodies(18)
    for i, paras in enumerate(bodies):
        (src / f"p{i:02d}.html").write_text(_html_page(i, paras, printable=i >= 12), encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(tmp_path / "out")}
    assert len(rows) == 18
    for i in range(18):
        got = rows[f"p{i:02d}"]["section"]
        if i >= 12:
            assert got is None, (i, got)
        else:
            assert line_key(got or "") == line_key(_SECTIONS[i % 4]), (i, got)


def _flat_page(i: int, paras: list[str], section: str | None) -> str:
    """A flat page of the site: its name, tagline and menu, a poll box whose last line is the link to
    its results (on five pages of six: no line of the site's every page), ``section`` (if any) over
    the headline, a date line, a row of share buttons, the story."""
    poll = ["نظرسنجی", "کدام حیوان را بیشتر دوست دارید؟", "○ سگ", "○ گربه", "ارسال", *([_POLL] if i % 6 else [])]
    head = [_SITE, _TAGLINE, " | ".join(_MENU), *poll]  # (the link on five pages of six: no tagline)
    return "\n\n".join([*head, *([section] if section else []), _title(paras),
                        f"کد خبر {4000 + i} | ۱۴۰۲/۰۳/{10 + i % 20:02d} - ۱۲:۳۰", "🖨 چاپ | 📧 ارسال", *paras,
                        f"کلیه حقوق برای {_SITE} محفوظ است."])


def test_a_poll_link_right_above_every_headline_is_no_section(tmp_path):
    # Twelve flat pages, ten with the poll's results link right above their headline: no section.
    src = tmp_path / "pages"
    src.mkdir()
    for i, paras in enumerate(story_bodies(12)):
        (src / f"p{i:02d}.txt").write_text(_flat_page(i, paras, None), encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(tmp_path / "out")}
    assert len(rows) == 12
    assert [r["section"] for r in rows.values()] == [None] * 12


def test_a_section_under_the_poll_link_stays(tmp_path):
    # The same site setting each story's section between the poll's link and the headline: the
    # section, which varies from page to page, is read; the fixed link above it is not.
    src = tmp_path / "pages"
    src.mkdir()
    for i, paras in enumerate(story_bodies(12)):
        (src / f"p{i:02d}.txt").write_text(_flat_page(i, paras, _SECTIONS[i % 4]), encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(tmp_path / "out")}
    assert len(rows) == 12
    for i in range(12):
        got = rows[f"p{i:02d}"]["section"]
        assert line_key(got or "") == line_key(_SECTIONS[i % 4]), (i, got)



#: a feed reader's controls under each item's headline, in each reader's words
_READERS = {"خبرخوان الف": ["باز کردن منبع", "بعداً بخوانم", "خوانده شد", "همرسانی"],
            "خبرخوان ب": ["باز کردن منبع", "بعداً بخوانم", "خوانده شد", "ذخیره"]}
_FEEDS = ["امروز (۱۲)", "فناوری (۷)", "ورزش (۳)"]


def _reader_item(reader: str, i: int, paras: list[str], flat: bool) -> str:
    """A feed reader's item view: the reader's name, its feeds, the feed's name, the item's headline,
    its author and time, the reader's controls (a row of buttons; a button a line in the view saved as
    text, ``flat``), the item's text."""
    when = f"by {['Sara', 'Negar', 'Ali'][i % 3]} / {i % 9 + 2}h"  # (the reader's byline and the item's age)
    by = f"{['سارا', 'نگار', 'علی', 'مینا', 'رضا', 'حسن'][i % 6]} {['محمدی', 'احمدی', 'رضایی', 'کریمی'][i // 6]}"
    head = [reader, *_FEEDS, "خبرنامه نمونه | آخرین مطالب", _title(paras), by, when]
    if flat:
        return "\n".join([*head, *_READERS[reader], *paras]) + "\n"
    feeds = "".join(f"<li>{f}</li>" for f in _FEEDS)
    tools = "".join(f"<button>{b}</button>" for b in _READERS[reader])
    return (f"<!doctype html><html lang='fa'><head><meta charset='utf-8'><title>{_title(paras)}</title></head>"
            f"<body><div class='bar'>{reader}</div><nav><ul>{feeds}</ul></nav><main><div>خبرنامه نمونه | آخرین"
            f" مطالب</div><h1>{_title(paras)}</h1><div class='m'>{by} {when}</div><div class='t'>{tools}"
            f"</div>{''.join(f'<p>{p}</p>' for p in paras)}</main></body></html>")


def test_a_column_of_a_readers_controls_under_the_headline_files_nothing(tmp_path):
    """Two readers show the same buttons under their items' headlines (the run knows them as labels
    above stories on two sites); an item saved as text sets them a button a line: a column of four
    under the headline, which holds no section."""
    src = tmp_path / "pages"
    src.mkdir()
    for i, paras in enumerate(story_bodies(24)):
        flat = i % 6 == 0 or i % 6 == 1
        (src / f"p{i:02d}.{'txt' if flat else 'html'}").write_text(
            _reader_item(list(_READERS)[i % 2], i, paras, flat), encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(tmp_path / "out")}
    assert len(rows) == 24
    assert {k: r["section"] for k, r in rows.items() if r["section"]} == {}
