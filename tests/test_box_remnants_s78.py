"""(s78) What the passes leave of a box of links set between a flat page's paragraphs goes with
the rest of it: the site's heading («پربیننده‌ترین‌ها», on every page) over two headlines of
stories the run shows nowhere else, closed by a «… »» link. The heading and the link are the
site's and go; the headlines, once-seen and about the story's subject, stayed in the body
(abdev/addev/agdev under ``--scramble``: the box's items renamed, no other page's title)."""
from conftest import made_titles, site_texts, story_bodies
from palayesh.extract.lines import classify
from palayesh.extract.text import _drop_box_remnants

WORKS = ["جشنواره فیلم کوتاه", "نمایشگاه کتاب", "همایش گردشگری", "مسابقه قرآن", "هفته فرهنگی"]
TOWNS = ["تهران", "مشهد", "تبریز", "شیراز", "اصفهان", "رشت", "کرمان"]


def _items(k: int, story: list[str]) -> list[str]:
    """Two headlines of related stories, once-seen: the story's subject words, another event."""
    words = [w for w in story[-1].split() if len(w) > 3][:4]
    return [f"{' '.join(words[:3])} در {TOWNS[k % len(TOWNS)]} بررسی شد",
            f"نشست {' '.join(words[1:4])} با حضور مسئولان استان برگزار شد"]


def _page(k: int, head: str, story: list[str]) -> list[str]:
    box = ["پربیننده‌ترین‌ها", *_items(k, story), "ادامه مطلب »"]
    return ["فرهنگ نیوز", "صفحه نخست | فرهنگی | هنری | گردشگری | ورزشی", head,
            f"دوشنبه 1402/3/{k + 1}، ساعت 10:15", *story[:2], *box, *story[2:],
            "منبع: خبرگزاری ایرنا", f"لینک کوتاه: https://x.ir/a{k}",
            "تمامی حقوق این سایت متعلق به فرهنگ نیوز است."]


def test_the_headlines_of_a_box_set_into_the_story_go_with_its_heading(tmp_path):
    heads = made_titles(12, WORKS, TOWNS)
    stories = story_bodies(12, 4)
    pages = [_page(k, head, stories[k]) for k, head in enumerate(heads)]
    got = site_texts(tmp_path, pages)
    assert len(got) >= 10
    for k, paras in got.items():  # (the story's paragraphs, none a box's headline)
        assert len(paras) == len(stories[k]) and all(len(p.split()) >= 20 for p in paras), (k, paras)


def _lines(texts: list[str]):
    return [classify(t) for t in texts]


def test_a_subheading_over_a_list_the_story_keeps_whole_stays():
    # (a heading over headline-shaped lines, none of them taken out: the story's own list)
    story = story_bodies(1, 2)[0]
    lines = _lines([story[0], "موارد مهم", "افزایش سرمایه بانک‌های دولتی", "کاهش نرخ سود بانکی", story[1]])
    assert _drop_box_remnants(lines, [0, 1, 2, 3, 4]) == [0, 1, 2, 3, 4]
    # (the same run, its heading taken out by another pass: what is left of a box goes)
    assert _drop_box_remnants(lines, [0, 2, 3, 4]) == [0, 4]
