"""(s77) A flat page's story goes on under a box set between its paragraphs whose first line is a
longer tail line, the box's tags «برچسب‌ها: a، b، c», right over its short heading «مطالب مرتبط» and its
links with their dates: the heading tells whether the box is set into the story (its prose goes
on under the box), and the last link over its date over the story's next paragraph is no other
document (aodev's tax-filing pages: the story cut at the box)."""
from conftest import made_titles, site_texts, story_bodies

WORKS = ["تمدید مهلت اظهارنامه", "همایش حسابرسی", "آزمون حسابداران", "گزارش درآمدهای مالیاتی", "طرح مودیان"]
TOWNS = ["تهران", "مشهد", "تبریز", "شیراز", "اصفهان", "رشت", "کرمان"]


def _page(k: int, head: str, story: list[str], heads: list[str]) -> list[str]:
    box = ["برچسب‌ها: اظهارنامه، مالیات، مشاغل", "مطالب مرتبط"]
    for m in (1, 2, 3):
        box += [heads[(k + m) % len(heads)], f"سه‌شنبه 1402/3/{10 + m}"]
    cut = 1 if k % 2 else len(story)  # (set into the story on odd pages, under it on even ones)
    return ["دارایی آنلاین", "صفحه نخست | اخبار مالیاتی | بخشنامه‌ها | آموزش", head,
            f"مریم احمدی | دوشنبه 1402/3/{k + 1}، ساعت 10:15", *story[:cut], *box, *story[cut:],
            "منبع: خبرگزاری ایرنا", f"لینک کوتاه: https://x.ir/a{k}", "برچسب‌ها: مالیات، اظهارنامه، حسابرسی",
            "اخبار مرتبط", heads[(k + 5) % len(heads)], "تمامی حقوق این سایت متعلق به دارایی آنلاین است."]


def test_the_story_goes_on_under_a_box_of_tags_and_links_set_into_it(tmp_path):
    heads = made_titles(12, WORKS, TOWNS)
    stories = story_bodies(12, 5)
    pages = [_page(k, head, stories[k], heads) for k, head in enumerate(heads)]
    got = site_texts(tmp_path, [[t for t in page] for page in pages])
    assert len(got) >= 10
    for k, paras in got.items():  # (the story's paragraphs, as normalized: as many, none a link)
        assert len(paras) == len(stories[k]) and all(len(p.split()) >= 20 for p in paras), k
