"""Sections on document viewers and chat exports (found on aydev, ``bench/score_families.py --keep``): a section word
and its name over the headline in a PDF viewer's text layer, read as a flat page's line over its headline is; and a
hashtag on the last line of a chat export's message, on a site the run shows filing its stories by one."""
from __future__ import annotations

from conftest import read_rows, story_bodies
from palayesh import refine
from palayesh.extract import extract
from palayesh.textkeys import line_key
from test_sections_s72 import HEADLINES

#: the sections of the tests' invented sites
SECTIONS = ["کشاورزی", "آموزش", "گردشگری"]


def _span(text: str, top: float, size: int) -> str:
    return (f'<span role="presentation" dir="rtl" style="left: 12.5%; top: {top:.2f}%; '
            f'font-size: calc(var(--scale-factor)*{size}px);">{text}</span><br role="presentation">\n')


def _viewer(title: str, section: str, paras: list[str]) -> str:
    """A PDF viewer's page: toolbar, the document's properties, then its text layer, a span a line: the running
    head, «بخش <section>», the headline, the story's paragraphs and the page number."""
    spans = [_span("خبرنامه اداره کل منابع طبیعی | شماره ۱۲", 3, 8), _span(f"بخش {section}", 4.5, 9),
             _span(title, 6, 16)] + [_span(p, 8 + 2 * i, 10) for i, p in enumerate(paras)] + [_span("- ۱ -", 95, 8)]
    return ('<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>report-12.pdf</title>'
            '</head><body><div id="toolbarContainer"><button>یافتن</button><button>چاپ</button>'
            '<button>بارگیری</button></div><div id="documentPropertiesDialog" class="dialog hidden">'
            '<div>نام پرونده: report-12.pdf</div><div>تولیدکننده PDF: Writer</div></div>'
            '<div class="page" data-page-number="1"><div class="textLayer">\n' + "".join(spans)
            + "</div></div></body></html>")


def test_a_section_word_over_the_headline_of_a_viewers_text_layer_is_read_as_on_a_flat_page():
    # the markup names no headline (the <title> is the file's name): the headline its lines show is read, and the
    # span right over it, «بخش کشاورزی», names the section as the same line over a flat page's headline does
    # (before: the HTML reader looked for the labels around the file's name, which no element shows, and read none)
    paras = story_bodies(1, 2)[0]
    page = extract(_viewer(HEADLINES[0], SECTIONS[0], paras))
    flat = extract("\n\n".join(["خبرنامه اداره کل منابع طبیعی | شماره ۱۲", f"بخش {SECTIONS[0]}", HEADLINES[0],
                                *paras]), format="text")
    assert (page.title, page.section) == (HEADLINES[0], SECTIONS[0])
    assert flat.section == page.section


def _export(k: int, paras: list[str], tag: str | None) -> str:
    """A Telegram Desktop HTML export of a channel: a note, then the story's message, its bold headline, its
    paragraphs after line breaks and, on most pages, one hashtag on the message's last line."""
    closing = f'<br><a href="" onclick="return ShowHashtag(&quot;{tag}&quot;)">#{tag}</a>\n' if tag else ""
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Exported Data</title></head><body>'
            '<div class="page_header"><div class="text bold">کانال خبری دشت</div></div>'
            '<div class="page_body chat_page"><div class="history">\n'
            f'<div class="message service"><div class="body details">{k + 1} May 2024</div></div>\n'
            f'<div class="message default clearfix" id="message{100 + 2 * k}"><div class="body"><div class="pull_right '
            f'date details" title="{k + 1:02d}.05.2024 09:10:00 UTC+03:30">09:10</div>'
            '<div class="from_name">کانال خبری دشت</div><div class="text">صبح بخیر</div></div></div>\n'
            f'<div class="message default clearfix" id="message{101 + 2 * k}"><div class="body"><div class="pull_right '
            f'date details" title="{k + 1:02d}.05.2024 11:30:00 UTC+03:30">11:30</div>'
            f'<div class="from_name">کانال خبری دشت</div>\n<div class="text"><strong>{HEADLINES[k]}</strong><br>\n'
            + "".join(f"<br>{p}<br>\n" for p in paras) + closing + "</div></div></div>\n</div></div></body></html>")


def test_a_hashtag_closing_a_chat_exports_message_is_its_section_where_the_site_files_by_one(tmp_path):
    # the channel closes its stories' messages with one hashtag on their last line, a few names over its pages: the
    # run shows the site files its stories by it, so it is each story's section (before: a chat export's message
    # named no section, whatever its text showed)
    (tmp_path / "pages").mkdir()
    want = {}
    for k, paras in enumerate(story_bodies(12, 2)):
        tag = None if k % 6 == 5 else SECTIONS[k % 3]
        (tmp_path / "pages" / ("p%02d.html" % k)).write_text(_export(k, paras, tag), encoding="utf-8")
        want[line_key(HEADLINES[k])] = tag
    refine(tmp_path / "pages", tmp_path / "out", workers=1, progress="none")
    got = {line_key(r["title"]): r["section"] for r in read_rows(tmp_path / "out")}
    assert {t: got.get(t, "missing") for t in want} == want
