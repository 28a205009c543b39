"""A photo story («اسلاید شو», a gallery that tells a story) sets its text in its slides' captions, one
``<figcaption>`` a slide: the captions are its paragraphs, though the main-content extractor leaves
captions out (s79). A story with a photo or two whose captions name what they show keeps its prose."""
import pytest

from conftest import story_bodies
from palayesh.extract import extract


def _page(body: list[str], prose: list[str] = (), captions: list[str] | None = None) -> str:
    caps = body if captions is None else captions
    figs = "".join(f'<figure class="s"><span>عکس {i + 1} از {len(caps)}</span><img src="/{i}.jpg">'
                   f"<figcaption>{c}</figcaption></figure>" for i, c in enumerate(caps))
    paras = "".join(f"<p>{p}</p>" for p in prose)
    return (f'<html><head><meta charset="utf-8"><title>گالری</title></head><body><header><a href="/">نگارخانه</a>'
            f'</header><nav><a href="/">خانه</a> › <a href="/m">چندرسانه‌ای</a></nav>'
            f'<h1>آیین سنتی برداشت زعفران در روستا برگزار شد</h1><div class="date">۱۴۰۲/۰۸/۱۲</div>{paras}{figs}'
            f"<footer><a>درباره ما</a></footer></body></html>")


@pytest.fixture(scope="module")
def bodies():
    return story_bodies(2, 4)


def test_a_photo_storys_captions_are_its_paragraphs(bodies):
    a = extract(_page(bodies[0]))
    assert a.paragraphs == bodies[0]


def test_a_storys_photo_captions_do_not_replace_its_prose(bodies):
    caps = ["نمایی از مزرعه زعفران در حاشیه روستا", "کشاورزان هنگام برداشت گل‌ها در صبح زود"]
    a = extract(_page([], prose=bodies[1], captions=caps))
    assert a.paragraphs == bodies[1]
