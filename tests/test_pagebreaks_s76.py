"""A browser's print of a page saved as text (:func:`palayesh.extract.pagebreaks.joined_text`, s76): its
frame is more than one line a side (the date and the headline over each page, the address and the page
number under it), and the whole frame goes between the pages, not only the number and the date."""
from __future__ import annotations

from palayesh.extract import extract
from palayesh.extract.pagebreaks import joined_text

TITLE = "بارش برف در تهران و کرج ادامه دارد"
STAMP = "۱۴۰۴/۹/۲۶، ۲۰:۵۸"
URL = "https://barf-khabar.ir/fa/news/74328"
PAGES = [["به گزارش خبرنگار ما، مدیر هواشناسی استان امروز گفت شهروندان از سفرهای غیر ضروری خودداری کنند.",
          "وی افزود: دمای هوا نیز تا پایان هفته چند درجه کاهش می‌یابد و هوا سردتر می‌شود و یخبندان در راه است."],
         ["به گفته وی، مدارس برخی مناطق شمالی استان فردا تعطیل است و کلاس‌ها به شکل مجازی برگزار می‌شود.",
          "شهرداری تهران نیز از آماده‌باش کامل نیروهای خدمات شهری و ماشین‌آلات برف‌روبی خبر داد."],
         ["پلیس راهور هم از رانندگان خواست زنجیر چرخ همراه داشته باشند و با سرعت مطمئنه حرکت کنند."]]


def _printed(pages: list[list[str]]) -> str:
    """A browser's print: over each page the time it was printed and the page's headline, under it the
    page's address and «n/N»; a form feed between pages. The first page opens with the site's header."""
    out = []
    for k, part in enumerate(pages):
        top = [STAMP, TITLE] + (["برف خبر", "صفحه نخست » هواشناسی", TITLE] if k == 0 else [])
        out.append("\n".join([*top, *part, URL, f"{k + 1}/{len(pages)}"]))
    return "\n\x0c".join(out) + "\n"


def test_a_browsers_print_loses_its_whole_frame_between_pages():
    lines = [x for x in joined_text(_printed(PAGES)).split("\n") if x.strip()]
    assert URL not in lines  # (under every page, beside its number)
    assert lines.count(TITLE) == 2 and lines.count(STAMP) == 1  # (the first page's header stays)
    assert lines[5:] == [p for part in PAGES for p in part]  # (the story's lines, one after another)


def test_a_browsers_print_reads_as_one_story():
    art = extract(_printed(PAGES), format="text")
    assert art.paragraphs[-len(PAGES[1]) - 1:] == [*PAGES[1], *PAGES[2]]
    assert URL not in art.paragraphs and TITLE not in art.paragraphs


def test_a_line_under_each_head_that_the_first_page_does_not_show_stays():
    # (a two-page text whose second page opens with a line of its own under the running head: the story's)
    text = joined_text(f"{STAMP}\n{PAGES[0][0]}\n1/2\n\x0c{STAMP}\n{PAGES[1][0]}\n2/2\n")
    assert text is not None and PAGES[1][0] in text
