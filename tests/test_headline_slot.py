"""The headline's slot in a site's template, learned from the run (:data:`.template.HEADLINE_SLOT_BIT`).

A site puts a widget between its header and its story on some pages (a match's score over «پایان
مسابقه», an alert, a player's link): a line that reads like a headline, nearer the story than the
headline. The site's other pages tell which slot holds the headline: there the line shares the
story's words; at the widget's slot it does not.
"""
import random

from conftest import refine_site, story_bodies
from palayesh import extract
from palayesh.textkeys import line_key

TEAMS = ["ژاپن", "کره جنوبی", "ترکیه", "چین", "قزاقستان", "ازبکستان", "استرالیا", "قطر"]


def _headline(paras: list[str]) -> str:
    """A headline in the story's words: a few words of its first paragraph, no final period."""
    return " ".join(paras[0].split()[2:9]).rstrip(".،:")


def _page(rng: random.Random, paras: list[str], widget: bool) -> list[str]:
    lines = ["ورزش‌نامه | پایگاه خبری ورزش", "خانه - فوتبال - والیبال - کشتی - بانوان",
             f"شناسه خبر: {rng.randint(10000, 99999)}", _headline(paras),
             f"👁 {rng.randint(100, 9000)}", f"منبع : {rng.choice(['فارس', 'ایسنا', 'مهر'])}"]
    if widget:
        a, b = rng.sample(TEAMS, 2)
        lines += [f"{a} {rng.randint(0, 4)} - {rng.randint(0, 4)} {b}", rng.choice(["پایان مسابقه", "نتیجه نهایی"])]
    return lines + paras + ["انتهای خبر", "درباره ما | تماس با ما | تبلیغات"]


def test_a_score_between_the_header_and_the_story_is_no_headline(tmp_path):
    rng = random.Random(7)
    bodies = story_bodies(14, paras=3)
    widgets = [i % 2 == 1 for i in range(len(bodies))]
    rows = refine_site(tmp_path, [_page(rng, paras, w) for paras, w in zip(bodies, widgets)])
    for i, (paras, w) in enumerate(zip(bodies, widgets)):
        assert line_key(rows[f"p{i:02d}"]["title"]) == line_key(_headline(paras)), (i, w)  # (normalized)


def test_one_page_alone_keeps_todays_choice():
    # nothing to learn from: the nearest headline-like line above the story stays the title
    rng = random.Random(7)
    paras = story_bodies(1, paras=3)[0]
    page = _page(rng, paras, widget=True)
    assert extract("\n\n".join(page)).title == page[6]
