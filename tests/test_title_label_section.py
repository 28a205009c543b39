"""The section a part of the page's ``<title>`` names with a section word before it, no colon
(«<headline> :: گروه مجالس ختم :: <site>»), when nothing else on the page names one: HTML and a flat
page's document title on its first line."""
from __future__ import annotations

from palayesh import extract

STORY = ["نشست شورای شهر صبح امروز با حضور اعضا و شهردار برگزار شد و درباره بودجه گفت‌وگو شد.",
         "رئیس شورا گفت که طرح‌های عمرانی نیمه‌تمام در اولویت قرار دارند و باید زودتر تمام شوند.",
         "در پایان نشست، اعضای شورا بر لزوم شفافیت در هزینه‌ها و گزارش ماهانه به مردم تأکید کردند."]
HEADLINE = "نشست شورای شهر برگزار شد"


def html(title: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in STORY)
    return (f"<html><head><title>{title}</title></head><body><header><div class='logo'>گمشده‌یاب</div>"
            "<nav><ul><li><a href='/'>خانه</a></li><li><a href='/s/2'>تماس</a></li></ul></nav></header>"
            f"<article><h1>{HEADLINE}</h1>{body}</article></body></html>").encode()


def test_a_title_part_with_a_section_word_names_the_section():
    assert extract(html(f"{HEADLINE} :: گروه مجالس ختم :: گمشده‌یاب")).section == "مجالس ختم"
    assert extract(html(f"{HEADLINE} - سرویس اجتماعی - گمشده‌یاب")).section == "اجتماعی"


def test_a_title_of_two_parts_names_no_section_by_its_words():
    assert extract(html(f"{HEADLINE} - گروه صنعتی نمونه")).section is None


def test_a_flat_pages_document_title_line():
    text = "\n".join([f"{HEADLINE} - بخش شهری - گمشده‌یاب", "گمشده‌یاب", HEADLINE, *STORY])
    assert extract(text.encode()).section == "شهری"
