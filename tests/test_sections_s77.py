"""Sections on document viewers and chat exports (found on aydev, ``bench/score_families.py --keep``): a section word
and its name over the headline in a PDF viewer's text layer, read as a flat page's line over its headline is; and a
hashtag on the last line of a chat export's message, on a site the run shows filing its stories by one."""
from __future__ import annotations

from conftest import story_bodies
from palayesh.extract import extract
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
