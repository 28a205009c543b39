"""The section a page's <title> names beside its headline and its site's name, on pages written here."""
from __future__ import annotations

from palayesh.extract.html import extract_html

STORY = ["سرمربی تیم گفت: بازیکنان ما آماده بازی هفته آینده هستند و برای پیروزی به میدان می‌روند.",
         "او افزود که تمرینات تیم از روز شنبه در ورزشگاه شهر با حضور همه بازیکنان آغاز می‌شود و ادامه دارد.",
         "وی در پایان گفت که هواداران باید از تیم در این روزهای سخت حمایت کنند تا نتیجه بهتری بگیریم."]
HEADLINE = "تمرینات تیم از شنبه آغاز می‌شود"


def page(title: str, meta: str = "") -> str:
    """A page with the site's name in its header, a menu that lists no section of the <title>, the
    headline and the story."""
    body = "".join(f"<p>{p}</p>" for p in STORY)
    return (f"<html><head><title>{title}</title>{meta}</head><body><header><div class='logo'>روزنامه نمونه</div>"
            "<nav><ul><li><a href='/'>خانه</a></li><li><a href='/s/1'>گزارش</a></li><li><a href='/s/2'>گالری</a>"
            "</li><li><a href='/s/3'>تماس</a></li></ul></nav></header><article>"
            f"<h1>{HEADLINE}</h1>{body}</article><footer>روزنامه نمونه</footer></body></html>")


def test_section_before_the_headline_in_the_title():
    # («سرویس | عنوان | سایت»: the site's name is the part the page shows again; the other is the section)
    assert extract_html(page(f"لیگ بانوان | {HEADLINE} | روزنامه نمونه")).section == "لیگ بانوان"


def test_section_between_the_headline_and_the_site():
    assert extract_html(page(f"{HEADLINE} - لیگ بانوان - روزنامه نمونه")).section == "لیگ بانوان"


def test_published_section_that_the_title_names_too():
    # (the <title>'s first part is the section the metadata publishes, not a second name of the site)
    meta = '<meta property="article:section" content="فوتسال ساحلی">'
    assert extract_html(page(f"فوتسال ساحلی | {HEADLINE} | روزنامه نمونه", meta)).section == "فوتسال ساحلی"


def test_no_section_from_a_bar_of_two_names_of_the_site():
    # (both ends shown by the page: its name and its tagline; nothing tells a section)
    assert extract_html(page(f"روزنامه نمونه | {HEADLINE} | گزارش")).section != "روزنامه نمونه"


def test_section_in_a_flat_page_title_line():
    # (a page saved as text opens with its <title>: the site's name is the part shown again under it)
    from palayesh.extract.text import extract_text

    raw = "\n".join([f"لیگ بانوان | {HEADLINE} | روزنامه نمونه", "روزنامه نمونه", "",
                     HEADLINE, "", *STORY, "", "روزنامه نمونه"])
    art = extract_text(raw)
    assert art.title == HEADLINE and art.section == "لیگ بانوان"
