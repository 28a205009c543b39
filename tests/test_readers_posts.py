"""A page read alone: readers' posts under the story (a name, the post's date, a line or two of
text, the next post right under it) are another document however the page's flattening left the
site's tail between the story and them (links to the previous and next stories, no end marker):
comments.readers_posts, asked by comments.another_document. A story's own parts headed by headlines
stay."""
from palayesh.extract import comments as C, text as T

HEAD = ["چکیده خبر", "خلاصه مهم‌ترین خبرهای روز", "سه‌شنبه 1398/12/13", "",
        "صفحه اصلی | سیاسی | اقتصادی | اجتماعی | ورزشی", "", "بخش ورزشی", "",
        "ترکیب الاهلی عربستان مقابل پرسپولیس اعلام شد", "",
        "1397/12/15 - 09:13", "بازدید: 7025", ""]
STORY = [
    "به گزارش خبرگزاری جمهوری اسلامی، تیم‌های فوتبال الاهلی عربستان و پرسپولیس امشب در ورزشگاه "
    "آزادی به مصاف هم می‌روند و ترکیب اصلی میهمان دقایقی پیش اعلام شد.",
    "سرمربی الاهلی در این دیدار از همان بازیکنانی استفاده کرده که هفته گذشته در لیگ عربستان برابر "
    "الهلال به میدان رفته بودند و تنها یک تغییر در خط دفاع داده است.",
    "نکته جالب این ترکیب حضور کاپیتان باتجربه الاهلی است که با این بازی رکورد بیشترین حضور در "
    "لیگ قهرمانان آسیا را در میان بازیکنان عرب به نام خود می‌کند.",
]
NAV = ["‹ مطلب قبلی", "صفحه اول روزنامه‌های امروز انگلیس (عکس)", "مطلب بعدی ›", "مردانی حریفان خود را شناخت", ""]
POSTS = [("حمید رضایی", "1397/12/18 00:25", "لطفا پیگیری کنید و نتیجه رو هم اعلام کنید."),
         ("رضا - تبریز", "1397/12/19 01:37", "امیدوارم این بار واقعا اتفاق بیفته."),
         ("مریم", "1397/12/21 20:38", "واقعا جای تاسف داره، کاش مسئولین یه فکری بکنن.")]
FOOT = ["© chakidekhabar.ir - همه حقوق محفوظ است"]


def _page(posts) -> str:
    rows = [x for p in posts for x in (*p, "")]
    return "\n".join(HEAD + [x for p in STORY for x in (p, "")] + NAV + rows + FOOT) + "\n"


def _body(raw: str) -> str:
    art = T.extract_text(raw)
    return "\n".join([art.lead or ""] + art.paragraphs) + "\n"


def test_readers_posts_under_the_story_are_no_part_of_it():
    body = _body(_page(POSTS))
    assert all(p[:40] in body for p in STORY)
    assert not any(text in body for _name, _date, text in POSTS)
    # (nor the links to the previous and next stories over them: the tail's, as under no end)
    assert not any(x and x in body for x in NAV)


def test_they_leak_without_it(monkeypatch):
    monkeypatch.setattr(C, "readers_posts", lambda lines, i: False)
    monkeypatch.setattr(T, "readers_posts", lambda lines, i: False)
    body = _body(_page(POSTS))
    assert any(text in body for _name, _date, text in POSTS)


def test_a_storys_parts_headed_by_headlines_stay():
    # (a live report's entries: a headline over its time over its text, in the story's own words)
    parts = [("ترکیب اصلی الاهلی برای دیدار امشب اعلام شد", "1397/12/15 18:20",
              "سرمربی الاهلی کاپیتان باتجربه تیم را در ترکیب اصلی قرار داد."),
             ("پرسپولیس با ترکیب هفته گذشته به میدان می‌رود", "1397/12/15 18:40",
              "کادر فنی پرسپولیس هم تغییری در ترکیب تیم نداده است.")]
    body = _body(_page(parts))
    assert all(text in body for _head, _date, text in parts)
