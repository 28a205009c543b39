"""A box of other stories' headlines set between a story's paragraphs under a tail's heading the
story reads past (extract/text.py ``_learned_label`` taking an END heading: «مطالب مرتبط» of the
lexicon, on a page of its own, over three headlines one of which asks a question the run shows on
another page): the headlines under it go, the story's text under the box stays; lines in the
story's words under such a heading stay. The lines are written here; the first test fails without
the mechanism."""
from __future__ import annotations

import pytest

from palayesh.extract import text as extract_text
from palayesh.extract.text import END, PARA, SHORT, Line, _drop_boxes_under_learned_labels
from palayesh.textkeys import line_key

P1 = ("به گزارش خبرنگار ما، نمایشگاه کتاب کودک و نوجوان از صبح امروز در کتابخانه مرکزی اراک گشایش یافت "
      "و ناشران استان آثار تازه خود را به نمایش گذاشتند.")
P2 = ("مدیر کتابخانه مرکزی اراک گفت: در این نمایشگاه بیش از دو هزار عنوان کتاب کودک با تخفیف ویژه "
      "عرضه می‌شود و کودکان با نویسندگان استان دیدار می‌کنند.")
LINKS = ["چرا بارش برف در جاده‌های کوهستانی شمال ادامه دارد؟",
         "افتتاح نخستین پارک علم و فناوری در خراسان جنوبی",
         "قیمت مرغ و تخم‌مرغ در میادین تره‌بار کاهش یافت"]


def _line(text: str, kind: str, **flags) -> Line:
    return Line(text, line_key(text), len(text.split()), kind, **flags)


def _page(items: list[str], heading: str = "مطالب مرتبط") -> list[Line]:
    # (the question is the run's: it stands on another story's page)
    return [_line(P1, PARA), _line(heading, END),
            *(_line(t, SHORT, elsewhere=t.endswith("؟")) for t in items), _line(P2, PARA)]


def test_other_stories_headlines_under_a_tail_heading_go():
    page = _page(LINKS)
    body = [0, 2, 3, 4, 5]
    assert _drop_boxes_under_learned_labels(page, body) == [0, 5]


def test_lines_in_the_storys_words_stay():
    items = ["دیدار کودکان با نویسندگان کتاب کودک استان", "عرضه کتاب کودک با تخفیف ویژه در نمایشگاه"]
    page = _page(items)
    body = [0, 2, 3, 4]
    assert _drop_boxes_under_learned_labels(page, body) == body


def test_a_heading_of_many_words_is_no_label():
    page = _page(LINKS, heading="مطالب مرتبط با این خبر را اینجا بخوانید")
    body = [0, 2, 3, 4, 5]
    assert _drop_boxes_under_learned_labels(page, body) == body


@pytest.fixture
def learned_labels_only(monkeypatch):
    def learned(ln):
        return ln.kind == extract_text.CHROME and ln.learned and ln.recurs and extract_text._label_shaped(ln)
    monkeypatch.setattr(extract_text, "_learned_label", learned)


def test_the_headlines_stay_without_the_mechanism(learned_labels_only):
    page = _page(LINKS)
    body = [0, 2, 3, 4, 5]
    assert _drop_boxes_under_learned_labels(page, body) == body
