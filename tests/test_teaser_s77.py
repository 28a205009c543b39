"""(s77) A summary that copies the story's first words, cut with an ellipsis, set over the story (a media
monitor's «خلاصه: … …» over the clipping's text, a card's teaser): no paragraph of the story
(:func:`palayesh.extract.without_teasers`), whatever its label, and with OCR specks in one copy only."""
from conftest import story_bodies
from palayesh.extract import extract, teaser_of_next


def _page(story: list[str]) -> str:
    words = story[0].split()
    teaser = "چکیده: " + " ".join(words[:12]) + " ..."
    specked = " ".join(words[:5] + ["l"] + words[5:])  # (an OCR speck in the story's copy)
    return "\n".join(["سامانه پایش نمونه", "نام نشریه", "روزنامه نمونه", "ارزیابی", "خنثی",
                      "نشست شورای شهر رشت درباره بودجه برگزار شد",
                      "رئیس شورای شهر رشت گفت: بودجه سال آینده با تأکید بر حمل‌ونقل عمومی بسته شد.",
                      teaser, "متن بازخوانده", specked, *story[1:], "منبع: روزنامه نمونه"]) + "\n"


def test_a_teaser_of_the_storys_opening_is_no_paragraph():
    story = story_bodies(1, paras=4)[0]
    art = extract(_page(story), format="text")
    assert not [p for p in art.paragraphs if p.startswith("چکیده")], art.paragraphs
    # (the story's own first paragraph stays, the one the teaser copied)
    opening = " ".join(story[0].split()[:3])
    assert any(p.startswith(opening) for p in art.paragraphs)


def test_a_paragraph_cut_short_that_opens_no_paragraph_under_it_stays():
    story = story_bodies(2, paras=2)
    line = " ".join(story[0][0].split()[:10]) + " ..."
    assert not teaser_of_next(line, story[1][0])
    assert teaser_of_next(line, story[0][0])
