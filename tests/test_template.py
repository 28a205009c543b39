"""Site templates learned from the run (palayesh.extract.template) and sections (extract.sections).

The template tests build a small fictional site whose chrome the phrase lexicon does not know: only
what the run teaches can remove it. Each page has the site's name and tagline, a section label, a
headline, a body with a subheading, then «this site's» share line, a «previous post: <another
page's headline>» link, an end marker in the site's own words, and a related headline inserted
between two paragraphs.
"""
import importlib
import random

import pytest

from conftest import made_titles, read_rows, refine_site, story_bodies
from palayesh import extract, refine
from palayesh.extract.template import dialogue_turns, families, prefix_key, regions, shape_key
from palayesh.textkeys import line_key

sections = importlib.import_module("palayesh.extract.sections")


# ------------------------------------------------------------------------------------------ shapes
@pytest.mark.parametrize("a, b, same", [
    ("کد خبر: ۱۲۳۴۵", "کد خبر: 67890", True),                          # digits of any script
    ("لینک کوتاه: https://x.ir/n/1", "لینک کوتاه: http://x.ir/zz", True),  # a URL
    ("ویراستار: م.ر", "ویراستار: علی کریمی", True),                     # a short label's value
    ("وی افزود: این طرح در سال آینده اجرا می‌شود.", "وی افزود: خیر.", False),  # a quote, not a label
    ("© ۱۳۹۸ کلیه حقوق محفوظ است", "© 1402 کلیه حقوق محفوظ است", True),  # the footer's year
    ("ورزشی", "سیاسی", False),
])
def test_shape_key(a, b, same):
    assert (shape_key(a) == shape_key(b)) is same


@pytest.mark.parametrize("a, b, same", [
    ("نوشتار پیشین تیم ملی به اردو رفت", "نوشتار پیشین بارش برف در تهران", True),  # a varying end
    ("نوشتار پیشین", "نوشتار پیشین", None),   # too short to have a varying end
    ("به گزارش ایسنا، تیم ملی امروز به اردو رفت و تمرین کرد.", "", None),  # a sentence
    ("🔴 5- فرانتس بکن‌باوئر (آلمان)", "", None),  # a bullet and a number: no fixed words
    ("© ۱۴۰۲ مجله برف ورزشی", "", None),        # a copyright sign and a year
    ("👍 ۳۳ 👎 ۸ | پاسخ", "", None),             # a vote row's figures
    ("۱ ۲ ۳ ... ۲۴ صفحه بعد", "", None),         # a pager
])
def test_prefix_key(a, b, same):
    if same is None:
        assert prefix_key(a) is None
    else:
        assert (prefix_key(a) == prefix_key(b)) is same


def test_a_numbered_list_in_a_story_is_no_pager_or_vote_row_of_the_site(tmp_path):
    """A site whose pages end with lines of no fixed words (a pager «۱ ۲ | صفحه بعد», a vote row
    «👍 ۳۳ 👎 ۸ | پاسخ», «© ۱۴۰۲ …») keeps the numbered list that closes a story, «🔴 5- <name>
    (<country>)» under «…:»: their first two words, marks and figures alone, are no shape the
    list's items share with them."""
    items = ["🔴 1- دیگو مارادونا (آرژانتین) 4- زین‌الدین زیدان (فرانسه)", "🔴 5- فرانتس بکن‌باوئر (آلمان)",
             "🔴 10- پائولو روسی (ایتالیا)", "🔴 12- روبرتو باجو (ایتالیا)", "🔴 13- بابی چارلتون (انگلیس)"]
    pages = []
    for i, paras in enumerate(story_bodies(9, 3)):
        paras = ["🔴 " + p for p in paras]  # (the site's mark before each paragraph)
        story = [*paras[:-1], paras[-1] + " فهرست ۲۰ بازیکن برتر جام جهانی:", *items] if i == 0 else paras
        tail = [f"۱ {i + 2} | صفحه بعد", f"👍 {i + 11} 👎 {i + 3} | پاسخ", f"© ۱۴۰۲ مجله برف شماره {i + 1}"]
        pages.append(["مجله برف", "خانه | ورزشی | فرهنگی | تماس با ما", f"گزارش شماره {i + 1} از رویدادهای هفته",
                      *story, "انتهای خبر/", *tail, "طراحی و توسعه: گروه نرم‌افزاری پارس‌وب"])
    text = refine_site(tmp_path, pages)["p00"]["text"].split("\n")
    assert all(item in text for item in items)


def test_regions_and_families():
    prose = "این یک جمله کامل و طولانی از متن خبر است که با نقطه تمام می‌شود."
    assert regions(["نام سایت", "عنوان", prose, "میان‌تیتر", prose, prose, prose, "اشتراک"]) == \
        ["H", "H", "M", "M", "M", "M", "T", "T"]
    # a date at the top or a year in the footer does not split a site into families
    a = families(None, ["۱۲ مهر ۱۴۰۲", "نام سایت", "ورزشی", "متن", "© ۱۴۰۲ حقوق محفوظ", "بالا"])
    b = families(None, ["۱۳ مهر ۱۴۰۲", "نام سایت", "سیاسی", "متن", "© ۱۴۰۲ حقوق محفوظ", "بالا"])
    assert a[0] == b[0] == "first:نامسایت" and a[2] == b[2] == "last:بالا"
    assert families("https://www.site.ir/news/1", []) == ["host:site.ir"]


# ----------------------------------------------------------------------------- a site of the run
SITE, TAGLINE = "گاهنامه سپیدار", "روایت روزانه رویدادها"
SECTIONS = ["ورزشی", "اقتصادی", "فرهنگی"]
SHARE = "این نوشته را برای دوستانتان بفرستید"   # a short line after the body on every page
END = "پایان متن"                               # the site's own end-of-story marker
PREV = "نوشتار پیشین: "                          # a label, then another page's headline


def _site_pages(n=16, seed=3):
    rng = random.Random(seed)
    bodies = story_bodies(n)
    titles = [f"عنوان شماره {w} درباره رویداد {v} در شهر" for w, v in
              zip(["یکم", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم", "یازدهم", "دوازدهم",
                   "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم"], ["مهم", "تازه", "بزرگ", "کوچک"] * 4)]
    pages, gold = [], []
    for i in range(n):
        paras = bodies[i]
        sub = " ".join(paras[2].split()[1:7]).strip("،.:")  # a subheading of this story only
        sec = SECTIONS[i % 3]
        other = titles[(i + 1) % n]
        related = titles[(i + 5) % n]
        lines = [SITE, TAGLINE, "", sec, "", titles[i], "", paras[0], "", paras[1], "", related, "",
                 sub, "", paras[2], "", paras[3], "", END, "", SHARE, "", PREV + other, "", "کلیه حقوق محفوظ است."]
        pages.append("\n".join(lines))
        gold.append({"section": sec, "title": titles[i], "body": [paras[0], paras[1], sub, paras[2], paras[3]],
                     "chrome": [SITE, TAGLINE, END, SHARE, PREV + other, related]})
        rng.random()
    return pages, gold


def test_site_template_learned_from_the_run(tmp_path):
    pages, gold = _site_pages()
    src = tmp_path / "pages"
    src.mkdir()
    for i, p in enumerate(pages):
        (src / f"p{i:02d}.txt").write_text(p, encoding="utf-8")
    out = tmp_path / "out"
    refine(src, out, workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(out) + read_rows(out, "rejected")}
    for i, g in enumerate(gold):
        r = rows[f"p{i:02d}"]
        paras = ([r["lead"]] if r["lead"] else []) + r["text"].split("\n")  # a one-sentence opening is a lead
        for c in g["chrome"]:
            assert not any(c in p for p in paras), (i, c, paras)
        assert len(paras) == len(g["body"]), (i, paras)
        assert line_key(paras[2]) == line_key(g["body"][2])  # the story's own subheading is kept
        assert r["section"] == g["section"], (i, r["section"])
        assert r["title"] == g["title"]


def test_one_page_alone_uses_the_lexicon_only():
    # without a run nothing is learned, while lexicon chrome (a credit) still goes; the related
    # headline between two paragraphs (over the story's own subheading) goes by its words alone:
    # it shares none with the story
    pages, gold = _site_pages(n=1)
    a = extract(pages[0] + "\n\nمنبع: ایسنا")
    assert a.agency == "ایسنا"
    assert gold[0]["chrome"][-1] not in a.paragraphs
    assert gold[0]["body"][2] in a.paragraphs


# ----------------------------------------------------------------------------------------- sections
@pytest.mark.parametrize("line, parts", [
    ("خانه » ورزش » فوتبال ایران", ["خانه", "ورزش", "فوتبال ایران"]),
    ("صفحه اصلی / اقتصاد / بورس", ["صفحه اصلی", "اقتصاد", "بورس"]),  # «/» from home
    ("صفحه نخست › سیاسی", ["صفحه نخست", "سیاسی"]),
    ("خانه | فرهنگی", ["خانه", "فرهنگی"]),                          # «|» from home
    ("خانه > جامعه > آموزش", ["خانه", "جامعه", "آموزش"]),
    ("کرونا/ نگرانی مقامات بهداشت از موج تازه", None),             # a headline with a bar
    ("سیاسی | اقتصادی | ورزشی | فرهنگی | عکس", None),               # a menu
    ("خانه | سیاسی | اقتصادی | ورزشی", None),                       # a menu starting at home
    ("۱۴۰۲/۰۵/۱۲", None),                                          # a date
    ("پیام «رهبر» به کنگره", None),                                # » closes a quote
])
def test_crumb_parts(line, parts):
    assert sections.crumb_parts(line) == parts


@pytest.mark.parametrize("line, section", [
    ("سرویس: ورزشی", "ورزشی"),
    ("گروه خبری: اقتصاد", "اقتصاد"),
    ("دسته‌بندی: ورزش › فوتبال", "فوتبال"),                        # a trail as value
    ("دسته بندی: ورزشی، فوتبال", "ورزشی"),                         # a list: the first
    ("موضوع: محیط زیست", "محیط زیست"),
    ("وی گفت: اقتصاد", None),                                      # not a label
    ("دسته‌بندی: صفحه نخست", None),                                # the home label is no section
])
def test_section_from_label(line, section):
    assert sections.section_from_label(line) == section


@pytest.mark.parametrize("value, kw, expected", [
    ("ورزشی", {}, "ورزشی"),
    ("صفحه نخست", {}, None),                                        # home label
    ("خبرگزاری نمونه", {"site_names": ["خبرگزاری نمونه"]}, None),  # the site's name
    ("عنوان خبر", {"title": "عنوان خبر"}, None),                   # the headline
    ("یک دو سه چهار پنج شش", {}, None),                              # too long for a section
])
def test_acceptable_section(value, kw, expected):
    assert sections.acceptable(value, **kw) == expected


@pytest.mark.parametrize("page, section", [
    # flat text: a trail with «/» from home, the headline as its last item
    ("نام سایت\n\nخانه / اقتصاد / {t}\n\n{t}\n\n{b}", "اقتصاد"),
    # a labelled line under the headline
    ("نام سایت\n\n{t}\n\nدسته‌بندی: فرهنگی\n\n{b}", "فرهنگی"),
    # a blog's categories after the post
    ("نام سایت\n\n{t}\n\n{b}\n\nدسته‌بندی: علمی\n\nبازگشت به بالا", "علمی"),
    # HTML: JSON-LD BreadcrumbList
    ('<html><head><script type="application/ld+json">{{"@type": "BreadcrumbList", "itemListElement": ['
     '{{"@type": "ListItem", "position": 1, "name": "خانه"}}, {{"@type": "ListItem", "position": 2, "name": "ورزش"}},'
     '{{"@type": "ListItem", "position": 3, "name": "{t}"}}]}}</script></head><body><h1>{t}</h1><article><p>{b}</p>'
     '</article></body></html>', "ورزش"),
    # HTML: a breadcrumb <nav> outside the article, home first
    ('<html><body><nav aria-label="breadcrumb"><a>صفحه نخست</a> › <a>سیاسی</a></nav><article><h1>{t}</h1>'
     '<p>{b}</p></article></body></html>', "سیاسی"),
    # HTML: article:section that is the site's name is no section
    ('<html><head><meta property="og:site_name" content="نام سایت"><meta property="article:section" '
     'content="نام سایت"></head><body><article><h1>{t}</h1><p>{b}</p></article></body></html>', None),
])
def test_sections_on_pages(page, section):
    t = "تیم ملی فوتبال برای بازی با عراق به اردو رفت"
    b = ("به گزارش ایسنا، تیم ملی فوتبال ایران برای آماده شدن برای دیدار با عراق از امروز در تهران "
         "اردو زد و بازیکنان زیر نظر کادر فنی تمرین کردند و این اردو تا پایان هفته ادامه دارد.")
    assert extract(page.format(t=t, b=b)).section == section


# ------------------------------------------------------------------ layouts that fooled extraction
_T = "شوچنکو: بیل باید روی فوتبالش بیشتر تمرکز کند"
_P1 = ("آندری شوچنکو، مهاجم افسانه ای میلان معتقد است که گرت بیل باید بیشتر روی فوتبالش تمرکز کند "
       "و کمتر به حواشی بپردازد تا بتواند در رئال مادرید موفق شود.")
_P2 = ("به گزارش مهر، عملکرد ضعیف هافبک ولزی رئال در فصل جاری باعث انتقاد بسیاری از هواداران و "
       "رسانه‌های اسپانیایی شده است و او زیر فشار زیادی قرار دارد.")


@pytest.mark.parametrize("page, expect", [
    # a comments count between the lead and the body is metadata, not the start of the tail
    (f"نام سایت\n{_T}\n{_P1}\n۱۳۹۴/۰۳/۲۰ - ۲۲:۲۷\nبازدید: ۱۷۶۰۷\nنظرات: ۵\n{_P2}\n{_P2}",
     {"title": _T, "paragraphs": 3}),
    # a long ticker line above the headline does not start the body
    (f"نام سایت\nآخرین اخبار: کشتی‌گیر اندیمشکی صاحب گردن‌آویز طلای رقابت‌های آسیایی شد و به کشور برگشت.\n"
     f"خانه / ورزش / {_T}\n{_T}\n{_P1}\n{_P2}", {"title": _T}),
    # a byline with a two-digit year is a date, not the headline
    (f"نام سایت\n{_T}\nارسال‌شده در ۲۸ دی ۹۱ توسط مدیر سایت\n{_P1}\n{_P2}",
     {"title": _T, "published": "2013-01-17"}),
    # a headline between two paragraphs that shares no word with the story is another story's;
    # a subheading that does share them stays
    (f"نام سایت\n{_T}\n\n{_P1}\n\nبرادر مسی به قید وثیقه آزاد شد\n\n{_P2}\n\nفشار هواداران رئال بر گرت بیل\n\n{_P1}",
     {"paragraphs": 4}),
    # ... but a list of names between them, parted by commas, is the story's (the people it names,
    # a lineup), whatever words it shares with it: a headline is one phrase
    (f"نام سایت\n{_T}\n\n{_P1}\n\nمیلاد فرهانی،سیداحمد موسوی،علیرضا ابراهیمی، مهران گلزاری، بهنام برزای\n\n{_P2}"
     f"\n\n{_P1}", {"paragraphs": 4}),
    # an ad heading between the first paragraph and the rest of the story does not end it
    (f"نام سایت\n{_T}\n\n{_P1}\n\nتبلیغات\n\n{_P2}\n\n{_P2}\n\n{_P1}\n\n{_P2}\n\n{_P1}", {"paragraphs": 6}),
    # an aggregator's source line under the headline names the agency
    (f"نام سایت\n{_T}\nورزش سه — ۶ دقیقه پیش\n{_P1.replace('به گزارش مهر، ', '')}\n{_P1}", {"agency": "ورزش سه"}),
    # staff initials and hashtags under the story are chrome
    (f"نام سایت\n{_T}\n\n{_P1}\n\n{_P2}\n\n#فوتبال #رئال_مادرید\n\nج.ز / ک.ن", {"paragraphs": 2}),
])
def test_layouts(page, expect):
    a = extract(page)
    for k, v in expect.items():
        if k == "paragraphs":  # the story, the lead included
            got = len(a.paragraphs) + bool(a.lead)
        else:
            got = (a.published or "")[:10] if k == "published" else getattr(a, k)
        assert got == v, (k, got, a.paragraphs)


def test_a_page_without_headline_can_be_rejected_but_plain_text_is_not(tmp_path):
    import json

    about = ("صفحه اصلی | سیاسی | ورزشی | تماس با ما\n"
             "خبرگزاری سپیده‌دم از سال ۱۳۹۰ با هدف اطلاع‌رسانی سریع و دقیق فعالیت خود را آغاز کرده است و "
             "این رسانه دارای مجوز رسمی از هیئت نظارت بر مطبوعات است و مسئولیت مطالب بر عهده سردبیر است.\n"
             "کلیه حقوق محفوظ است.")
    src = tmp_path / "in"
    src.mkdir()
    (src / "about.txt").write_text(about, encoding="utf-8")
    feed = {"id": "plain", "text": _P1 + "\n" + _P2 + "\n" + _P1}
    (src / "feed.jsonl").write_text(json.dumps(feed, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "out"
    refine(src, out, workers=1, progress="none", filters={"min_page_headline": 1.0})
    rejected = {r["id"]: r["reason"] for r in read_rows(out, "rejected")}
    assert rejected.get("about") == "quality_no_headline"
    assert "plain" in {r["id"] for r in read_rows(out)}
    # by default the signal is recorded, nothing is dropped for it
    refine(src, tmp_path / "default", workers=1, progress="none")
    about = next(r for r in read_rows(tmp_path / "default") if r["id"] == "about")
    assert about["signals"]["page_headline"] == 0.0


# ------------------------------------------------- chrome inside a story: mechanisms, not phrase lists
_STORY = [
    "به گزارش خبرنگار ما، کتابخانه عمومی تازه‌ای با ده هزار جلد کتاب در مرکز شهر افتتاح شد"
    " و درهای آن به روی همه باز است.",
    "مدیر کتابخانه گفت که این مجموعه سالن مطالعه، بخش کودکان و مخزن نشریات قدیمی دارد و هر روز تا ساعت نه شب باز است.",
    "کودکان نیز می‌توانند با کارت عضویت رایگان از بخش ویژه خود استفاده کنند و کتاب‌ها را به خانه ببرند.",
    "به گفته او سالن مطالعه دویست صندلی دارد و دانشجویان در روزهای امتحان از صبح زود در صف ورود می‌ایستند.",
]


def _page(*body: str) -> str:
    return "\n\n".join(["سایت خبری نمونه", "افتتاح کتابخانه تازه در مرکز شهر", *body, "منبع: ایسنا"])


def test_a_headline_sharing_one_word_with_the_story_is_another_storys():
    # a related headline between two paragraphs shares one content word («شهر») of its seven with
    # the story: it is about another story; a subheading shares the story's words and stays
    foreign = "کاهش بارندگی کشاورزان حاشیه شهر را نگران کرده است"
    sub = "برنامه‌های بخش کودکان در کتابخانه تازه"
    a = extract(_page(_STORY[0], foreign, _STORY[1], sub, _STORY[2], _STORY[3]))
    assert foreign not in a.paragraphs
    assert sub in a.paragraphs and _STORY[1] in a.paragraphs


def test_a_table_of_contents_of_two_numbered_entries_goes_its_headings_stay():
    a = extract(_page(_STORY[0], "۱. سالن مطالعه", "۲. بخش کودکان", _STORY[1], "سالن مطالعه", _STORY[3],
                      "بخش کودکان", _STORY[2]))
    assert not any(p.startswith(("۱.", "۲.")) for p in a.paragraphs), a.paragraphs
    assert "سالن مطالعه" in a.paragraphs and "بخش کودکان" in a.paragraphs
    # one numbered line that the story repeats is no table of contents
    b = extract(_page(_STORY[0], "۱. سالن مطالعه", _STORY[1], "سالن مطالعه", _STORY[3]))
    assert "۱. سالن مطالعه" in b.paragraphs


def test_a_recordings_chapter_list_goes_a_list_of_stamps_stays():
    # a podcast's chapters under its notes: each a name after the offset it starts at, the first at
    # zero, each later than the one above (the player's contents, whatever their words), and the
    # short line over them
    from palayesh.extract.text import _drop_contents_lists, classify

    def kept(middle: list[str]) -> list[str]:
        lines = [classify(t) for t in (_STORY[0], _STORY[1], *middle, _STORY[2])]
        return [lines[i].text for i in _drop_contents_lists(lines, list(range(len(lines))))]

    chapters = ["فهرست قسمت", "۰۰:۰۰ آغاز برنامه", "۰۹:۴۵ سالن مطالعه", "۱۹:۳۰ بخش کودکان", "1:02:05 جمع‌بندی"]
    assert kept(chapters) == [_STORY[0], _STORY[1], _STORY[2]]
    # stamps that start at no zero (a live report's hours) or go back are no chapter list
    stamps = ["۰۹:۴۵ سالن مطالعه", "۱۰:۳۰ بخش کودکان", "۱۱:۱۵ بخش نوجوانان"]
    assert kept(stamps) == [_STORY[0], _STORY[1], *stamps, _STORY[2]]
    back = ["۰۰:۰۰ آغاز برنامه", "۱۹:۳۰ بخش کودکان", "۰۹:۴۵ سالن مطالعه"]
    assert kept(back) == [_STORY[0], _STORY[1], *back, _STORY[2]]


def test_a_short_line_between_two_chrome_lines_is_the_boxs():
    a = extract(_page(_STORY[0], _STORY[1], "دکمه بازگشت به بالا", "ساعت هوشمند ورزشی", "دکمه بازگشت به بالا",
                      _STORY[2], _STORY[3]))
    assert "ساعت هوشمند ورزشی" not in a.paragraphs
    assert _STORY[2] in a.paragraphs and _STORY[3] in a.paragraphs


def test_a_heading_the_site_shows_between_paragraphs_ends_no_story(tmp_path):
    # «تبلیغات» ends a story for the phrase list; on this site it stands between the paragraphs of
    # every page (an ad box), so the run learns it is chrome inside the story, and the story goes on
    bodies = story_bodies(12)
    src = tmp_path / "pages"
    src.mkdir()
    for i, paras in enumerate(bodies):
        lines = [SITE, TAGLINE, f"خبر شماره {i} از رویدادهای امروز شهر", paras[0], paras[1], "تبلیغات",
                 paras[2], paras[3], SHARE, "کلیه حقوق محفوظ است."]
        (src / f"p{i:02d}.txt").write_text("\n\n".join(lines), encoding="utf-8")
    out = tmp_path / "out"
    refine(src, out, workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(out)}
    assert len(rows) == len(bodies)
    for i, paras in enumerate(bodies):
        text = rows[f"p{i:02d}"]["text"]
        assert line_key(paras[3]) in line_key(text), i
        assert "تبلیغات" not in text


def test_a_labelled_link_on_two_pages_of_a_site_is_its_widget(tmp_path):
    # «پیوند روز: …» before a line that is no sentence, between the paragraphs of three pages of
    # twelve (too few for a recurring line): the site's widget, learned from two pages; its value
    # is made of the story's own words, so only the label's recurrence tells it from a subheading
    bodies = story_bodies(12)
    src = tmp_path / "pages"
    src.mkdir()
    links = {}
    for i, paras in enumerate(bodies):
        lines = [SITE, TAGLINE, f"خبر شماره {i} از رویدادهای امروز شهر", paras[0], paras[1]]
        if i < 3:
            links[i] = "پیوند روز: " + " ".join(paras[3].split()[2:9]).strip("،.:؛")
            lines.append(links[i])
        lines += [paras[2], paras[3], SHARE, "کلیه حقوق محفوظ است."]
        (src / f"p{i:02d}.txt").write_text("\n\n".join(lines), encoding="utf-8")
    out = tmp_path / "out"
    refine(src, out, workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(out)}
    for i, link in links.items():
        text = rows[f"p{i:02d}"]["text"]
        assert link not in text and "پیوند روز" not in text, i
        assert line_key(bodies[i][2]) in line_key(text) and line_key(bodies[i][3]) in line_key(text)


def test_a_link_under_a_subheading_goes_a_couplet_stays():
    sub = "برنامه‌های بخش کودکان در کتابخانه تازه"
    link = "قهرمانی تیم والیبال نوجوانان در مسابقات آسیایی (عکس)"
    a = extract(_page(_STORY[0], _STORY[1], sub, link, _STORY[2], _STORY[3]))
    assert link not in a.paragraphs and sub in a.paragraphs
    b = extract(_page(_STORY[0], _STORY[1], link, sub, _STORY[2], _STORY[3]))  # the link above it
    assert link not in b.paragraphs and sub in b.paragraphs
    couplet = ["بنی آدم اعضای یکدیگرند که در آفرینش ز یک گوهرند",
               "چو عضوی به درد آورد روزگار دگر عضوها را نماند قرار"]
    c = extract(_page(_STORY[0], _STORY[1], *couplet, _STORY[2], _STORY[3]))
    assert all(x in c.paragraphs for x in couplet)


def test_a_heading_the_site_shows_late_opens_the_tail_over_long_comments(tmp_path):
    # «N نظر» stands after the story on every page of the site; on two pages the comments under it
    # are longer than the story, so it stands between paragraphs there: the site shows it late
    # far more often than between paragraphs, so it still opens the tail
    bodies = story_bodies(12)
    src = tmp_path / "pages"
    src.mkdir()
    for i, paras in enumerate(bodies):
        comments = bodies[(i + 1) % 12][:4] if i < 2 else ["عالی بود", "ممنون از گزارش"]
        lines = [SITE, TAGLINE, f"خبر شماره {i} از رویدادهای امروز شهر", paras[0], paras[1],
                 f"{i + 2} نظر", *comments, "کلیه حقوق محفوظ است."]
        (src / f"p{i:02d}.txt").write_text("\n\n".join(lines), encoding="utf-8")
    out = tmp_path / "out"
    refine(src, out, workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(out)}
    for i in range(2):
        text = line_key(rows[f"p{i:02d}"]["text"])
        assert line_key(bodies[i][1]) in text
        assert not any(line_key(c) in text for c in bodies[(i + 1) % 12][:4]), i


_BREAK = ["۱۲ مهر ۱۴۰۲، ۱۰:۲۰", "https://ketab.example.ir/n/12", "#کتاب #کتابخانه", "@ketabnews", "[نمایش]",
          "ج.ز / ک.ن"]


def test_prose_after_a_long_break_of_chrome_is_another_section_when_it_is_short():
    bio = "نویسنده این گزارش سال‌هاست درباره کتاب و کتابخوانی برای نشریات گوناگون می‌نویسد."
    a = extract(_page(_STORY[0], _STORY[1], _STORY[2], *_BREAK, bio))
    assert bio not in a.paragraphs and _STORY[2] in a.paragraphs
    # more of the story after the break (a gallery's captions and credits in its middle) stays
    b = extract(_page(_STORY[0], *_BREAK, _STORY[1], _STORY[2], _STORY[3]))
    assert all(s in b.paragraphs for s in _STORY[1:])


def test_a_line_after_the_story_on_two_pages_of_a_site_is_its_template(tmp_path):
    # a sign-off whose first words the site writes after the last paragraph of three pages of
    # twelve, its end different each time: the template's, learned from two pages
    bodies = story_bodies(12)
    src = tmp_path / "pages"
    src.mkdir()
    names = ["مریم احمدی نیا", "رضا کاظمی پور", "سارا محمدی فر"]
    for i, paras in enumerate(bodies):
        lines = [SITE, TAGLINE, f"خبر شماره {i} از رویدادهای امروز شهر", *paras]
        if i < 3:
            lines.append("ویرایش نهایی با همکاری " + names[i])
        lines += [SHARE, "کلیه حقوق محفوظ است."]
        (src / f"p{i:02d}.txt").write_text("\n\n".join(lines), encoding="utf-8")
    out = tmp_path / "out"
    refine(src, out, workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(out)}
    for i in range(3):
        text = rows[f"p{i:02d}"]["text"]
        assert "ویرایش نهایی" not in text, i
        assert line_key(bodies[i][3]) in line_key(text)


def _noted_site(tmp_path, noted: int) -> tuple[list[list[str]], dict]:
    """Twelve pages; a short sentence under the story of the first ``noted`` (no prose: nine words)
    over the site's share line; the kept rows by page number."""
    bodies = story_bodies(12)
    pages = []
    for i, paras in enumerate(bodies):
        lines = [SITE, TAGLINE, f"خبر شماره {i} از رویدادهای امروز شهر", *paras]
        if i < noted:
            lines.append(_NOTE)
        pages.append(lines + [SHARE, "کلیه حقوق محفوظ است."])
    return bodies, {int(k[1:]): r["text"] for k, r in refine_site(tmp_path, pages).items()}


_NOTE = "این متن از روی فایل صوتی پیاده شده است."


def test_a_short_sentence_after_the_story_on_four_pages_of_a_site_is_its_note(tmp_path):
    bodies, rows = _noted_site(tmp_path, 4)
    for i in range(4):
        assert _NOTE not in rows[i], i
        assert line_key(bodies[i][3]) in line_key(rows[i])


def test_a_short_sentence_after_the_story_on_three_pages_stays(tmp_path):
    # (a story's closing sentence, on its republications on the site: two or three pages)
    _bodies, rows = _noted_site(tmp_path, 3)
    assert all(_NOTE in rows[i].split("\n") for i in range(3))


_PLACES = ["تالار شهید چمران", "آمفی‌تئاتر دانشکده فنی", "سالن اجتماعات ساختمان شماره دو"]


def test_a_sentence_closing_a_box_of_fields_on_four_pages_stays(tmp_path):
    # an event box under the story of pages 0-3: its heading, its time and place, then the same closing
    # sentence each time (no prose: six words). The sentence is the box's, under its fields, not a
    # note the site writes under its stories, however many of its boxes close so.
    closing = "ظرفیت محدود است و ثبت‌نام الزامی است."
    bodies = story_bodies(12)
    pages = []
    for i, paras in enumerate(bodies):
        lines = [SITE, TAGLINE, f"خبر شماره {i} از رویدادهای امروز شهر", *paras]
        if i < 4:
            lines += ["زمان و مکان برگزاری", f"زمان: شنبه {i + 3} دی، ساعت ده", f"مکان: {_PLACES[i % 3]}", closing]
        pages.append(lines + [SHARE, "کلیه حقوق محفوظ است."])
    rows = {int(k[1:]): r["text"] for k, r in refine_site(tmp_path, pages).items()}
    for i in range(4):
        assert closing in rows[i].split("\n"), (i, rows[i][-300:])


_PAPERS = ["المانیتور", "فارن پالیسی", "نیویورک تایمز", "لوموند", "اشپیگل"]
_CLOSINGS = ["وی در پایان گفت که کار ساخت پل تا پایان سال تمام می‌شود.",
             "وی در پایان گفت که مردم شهر از این طرح استقبال کرده‌اند.",
             "وی در پایان گفت که بودجه این طرح از سوی استانداری تامین شده است.",
             "وی در پایان گفت که نتیجه این بررسی هفته آینده اعلام خواهد شد.",
             "وی در پایان گفت که کارگران این کارخانه به زودی به کار برمی‌گردند."]


def test_a_note_closing_the_story_on_five_pages_naming_what_varies_is_the_sites(tmp_path):
    # a translation's disclaimer (a sentence of fifteen words: prose) as the last line of the story
    # of pages 0-4, the paper it names different each time: the site's note, by its first and last
    # words. Pages 5-9 close their stories with sentences of the same opening, each its own: they stay.
    bodies = story_bodies(12)
    pages = []
    for i, paras in enumerate(bodies):
        lines = [SITE, TAGLINE, f"خبر شماره {i} از رویدادهای امروز شهر", *paras]
        if i < 5:
            lines.append(f"این گزارش در {_PAPERS[i]} منتشر شده و ترجمه آن به معنای تأیید محتوای آن نیست.")
        elif i < 10:
            lines.append(_CLOSINGS[i - 5])
        pages.append(lines + [SHARE, "کلیه حقوق محفوظ است."])
    rows = {int(k[1:]): r["text"] for k, r in refine_site(tmp_path, pages).items()}
    for i in range(5):
        assert "ترجمه آن" not in rows[i], i
        assert line_key(bodies[i][3]) in line_key(rows[i]), i
    for i in range(5, 10):
        assert _CLOSINGS[i - 5] in rows[i].split("\n"), i


_OUTLETS = ["تالاریاب", "کتابدار آنلاین", "پیک امروز", "شهرنما", "ندای بازار"]
_SHORT_CLOSINGS = ["وی در پایان گفت کار پل تمام می‌شود.", "وی در پایان گفت مردم استقبال کرده‌اند.",
                   "وی در پایان گفت بودجه تامین شده است.", "وی در پایان گفت نتیجه اعلام خواهد شد."]


def test_a_short_note_naming_one_word_or_two_under_five_stories_is_the_sites(tmp_path):
    # «this story is also published in X» (eight or nine words: no prose) right under the story of
    # pages 0-4, X one word or two and different each time: the site's note, by its fixed first and
    # last words. Pages 5-8 close their stories with short sentences of the same opening: they stay.
    bodies = story_bodies(12)
    pages = []
    for i, paras in enumerate(bodies):
        lines = [SITE, TAGLINE, f"خبر شماره {i} از رویدادهای امروز شهر", *paras]
        if i < 5:
            lines.append(f"این نوشته در {_OUTLETS[i]} نیز بازنشر شده است.")
        elif i < 9:
            lines.append(_SHORT_CLOSINGS[i - 5])
        pages.append(lines + [SHARE, "کلیه حقوق محفوظ است."])
    rows = {int(k[1:]): r["text"] for k, r in refine_site(tmp_path, pages).items()}
    for i in range(5):
        assert "بازنشر شده" not in rows[i], i
        assert line_key(bodies[i][3]) in line_key(rows[i]), i
    for i in range(5, 9):
        assert _SHORT_CLOSINGS[i - 5] in rows[i].split("\n"), i


def test_last_prose_is_the_storys_not_a_sentence_among_the_tails_buttons():
    from palayesh.extract.template import last_prose
    lines = ["عنوان", *_STORY[:3], "ویرایش نهایی با همکاری مریم احمدی", "اشتراک", "تلگرام", "توییتر",
             "مهم‌ترین خبرهای کتاب را هر صبح در ایمیل خود دریافت کنید و از آنها باخبر شوید.", "عضویت"]
    assert last_prose(lines) == 3
    assert last_prose(["عنوان", _STORY[0]]) == 1 and last_prose(["عنوان"]) == -1


def test_a_headline_sharing_only_the_sites_common_words_with_the_story_is_another_storys(tmp_path):
    # every story of this site says «مردم … تا پایان هفته …»: a related headline between two
    # paragraphs that shares only those words (two of its six) with the story shares nothing rare,
    # and goes once the run has counted the site's words; a subheading sharing the story's rare
    # words («کاشی‌سازی», «یزد») stays
    common = "مردم شهر تا پایان هفته منتظر اعلام نتیجه نهایی این تصمیم هستند."
    rare = "کارخانه کاشی‌سازی یزد پس از دو سال تعطیلی بازگشایی شد و کارگران کاشی‌سازی به کار برگشتند."
    related = "مردم روستا تا پایان تابستان آب آشامیدنی ندارند"
    sub = "بازگشایی کارخانه کاشی‌سازی یزد"
    bodies = story_bodies(12)
    src = tmp_path / "pages"
    src.mkdir()
    pages = []
    for i, paras in enumerate(bodies):
        story = [paras[0] + " " + common, *paras[1:]]
        if i == 0:
            story[1:1] = [related]
        if i == 1:
            story[1] += " " + rare
            story[2:2] = [sub]
        pages.append("\n\n".join(["سایت خبری نمونه", f"خبر شماره {i} از رویدادهای امروز شهر", *story,
                                  "کلیه حقوق محفوظ است."]))
        (src / f"p{i:02d}.txt").write_text(pages[-1], encoding="utf-8")
    # alone, a page cannot tell common words from rare ones: two shared words of six keep the headline
    assert related in extract(pages[0]).paragraphs
    out = tmp_path / "out"
    refine(src, out, workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(out)}
    assert related not in rows["p00"]["text"].split("\n")
    assert line_key(bodies[0][1]) in line_key(rows["p00"]["text"])
    assert sub in rows["p01"]["text"].split("\n")


def test_the_run_counts_a_sites_words_on_a_sample_of_its_pages(tmp_path, monkeypatch):
    # a site's words are counted on the first WORD_SAMPLE_PAGES pages of its largest family in a
    # shard only, and the sample's size is counted with them: a large site adds no more counts
    # than that, and a word's rarity is its share of the sample
    import numpy as np

    from palayesh.extract import step as stepmod
    from palayesh.extract.template import WORD_BIT, WORD_PAGES_KEY, combined, family_hash
    from palayesh.pipeline.base import Context

    monkeypatch.setattr(stepmod, "WORD_SAMPLE_PAGES", 4)
    ctx = Context(shard=0, stage="read", work_dir=tmp_path)
    col = stepmod.TemplateCollector()
    col.setup(ctx)
    for i, paras in enumerate(story_bodies(10)):
        col.transform({"url": f"https://sample.ir/news/{i}", "raw": "\n\n".join(["سایت نمونه", *paras])})
    col.finish(ctx)
    with np.load(ctx.artifact("template")) as z:
        fam, shape, bits = z["fam"], z["shape"], z["bits"]
    f = family_hash("host:sample.ir")
    words = (bits & WORD_BIT) > 0
    # (the words under the family the page is looked up by, its host; its lines count under its
    # first and last lines too, apart, where the site's flat-text pages meet it: html_families)
    assert set(fam[words].tolist()) == {f} and f in set(fam[~words].tolist())
    assert int((shape[words] == np.uint64(WORD_PAGES_KEY)).sum()) == 4  # four pages sampled, not ten
    # the barrier keeps the sample's size, and the words on enough of its pages
    stepmod.TemplateBarrier().reduce(tmp_path, "read", [0])
    keys = np.load(tmp_path / "shared" / stepmod.SHARED["keys"])
    counts = np.load(tmp_path / "shared" / stepmod.SHARED["counts"])
    at = int(np.searchsorted(keys, np.uint64(combined(f, WORD_PAGES_KEY))))
    assert int(keys[at]) == combined(f, WORD_PAGES_KEY) and int(counts[at][7]) == 4


def test_a_line_on_another_storys_page_of_the_run_goes_wherever_it_stands(tmp_path):
    # a related headline stands on a page of another site (in its related list) and, after a label,
    # beside a short line of this story, neither sharing the story's words (the rule for one line
    # between paragraphs keeps both): it is another story's line, and goes. Two subheadings of a
    # story republished on a second page (same headline) stand on two pages, but under one story:
    # they stay
    related = "افزایش قیمت بلیت قطار مسافری از ابتدای ماه آینده؟!"
    mine = "بازی تیم بسکتبال نوجوانان"  # a subheading of the story (about that game)
    subs = ["نگاهی به سال‌های دور", "روایت مسافران خسته جاده"]
    bodies = story_bodies(6)
    src = tmp_path / "pages"
    src.mkdir()

    def page(name, site, title, body):
        (src / f"{name}.txt").write_text("\n\n".join([site, title, *body, "کلیه حقوق محفوظ است."]), encoding="utf-8")

    s = bodies[0]
    page("a", "خبرگزاری نمونه", "افتتاح کتابخانه تازه در مرکز شهر",
         [s[0], mine, "همچنان بخوانید: " + related, s[1], s[2], s[3]])
    page("b", "روزنامه دیگر", "برگزاری نمایشگاه کتاب در پایتخت",
         [*bodies[1], "مطالب مرتبط", related, "بارش برف در جاده‌های شمالی کشور", "پایان"])
    for name, site in (("c", "خبرگزاری نمونه"), ("d", "پایگاه سوم")):  # one story on two pages
        page(name, site, "بازگشایی مدرسه روستای بالا پس از تعمیر", [bodies[2][0], *subs, *bodies[2][1:]])
    for i in range(3, 6):
        page(f"e{i}", "پایگاه سوم", f"خبر شماره {i} از رویدادهای شهر", bodies[i])
    out = tmp_path / "out"
    refine(src, out, workers=1, progress="none")
    rows = {r["id"]: r["text"].split("\n") for r in read_rows(out)}
    assert not any(related in p for p in rows["a"]), rows["a"]
    assert mine in rows["a"] and line_key(s[1]) in line_key("\n".join(rows["a"]))
    kept = rows.get("c") or rows["d"]
    assert all(sub in kept for sub in subs), kept


def test_a_related_headline_the_site_lists_late_ends_no_story_between_its_paragraphs(tmp_path):
    # the site lists the same few related headlines after the story on most of its pages: one of
    # them between two paragraphs of a story is a link there, not the start of the tail (a heading
    # the site shows late would end the story); the paragraphs after it stay
    pool = ["بازگشت مربی سابق به نیمکت تیم ملی والیبال", "افتتاح پل تازه بر رودخانه شهر قدیمی",
            "تمدید مهلت ثبت‌نام آزمون استخدامی معلمان"]
    bodies = story_bodies(12)
    src = tmp_path / "pages"
    src.mkdir()
    for i, paras in enumerate(bodies):
        story = [paras[0], paras[1], pool[0], paras[2], paras[3]] if i == 0 else paras
        lines = ["سایت خبری نمونه", f"خبر شماره {i} از رویدادهای امروز شهر", *story, "مطالب مرتبط",
                 *pool[: 2 + i % 2], "کلیه حقوق محفوظ است."]
        (src / f"p{i:02d}.txt").write_text("\n\n".join(lines), encoding="utf-8")
    out = tmp_path / "out"
    refine(src, out, workers=1, progress="none")
    text = {r["id"]: r["text"] for r in read_rows(out)}["p00"]
    assert pool[0] not in text.split("\n")
    assert line_key(bodies[0][3]) in line_key(text), text[-300:]


def test_a_heading_every_story_of_the_site_has_stays_when_the_pages_contents_list_it(tmp_path):
    # every story of this magazine has a «پرسش و پاسخ» section between its paragraphs, as an ad box
    # «تبلیغات» would stand there: the page's own table of contents above the story lists the
    # heading, so it is the story's subheading and stays; the ad box's heading still goes
    bodies = story_bodies(12)
    src = tmp_path / "pages"
    src.mkdir()
    for i, paras in enumerate(bodies):
        toc = ["فهرست مطالب", "۱. آغاز ماجرا", "۲. پرسش و پاسخ"] if i < 6 else []
        lines = [SITE, TAGLINE, f"خبر شماره {i} از رویدادهای امروز شهر", *toc, paras[0], paras[1], "تبلیغات",
                 paras[2], "پرسش و پاسخ", paras[3], SHARE, "کلیه حقوق محفوظ است."]
        (src / f"p{i:02d}.txt").write_text("\n\n".join(lines), encoding="utf-8")
    out = tmp_path / "out"
    refine(src, out, workers=1, progress="none")
    rows = {r["id"]: r["text"].split("\n") for r in read_rows(out)}
    for i in range(12):
        text = rows[f"p{i:02d}"]
        assert ("پرسش و پاسخ" in text) is (i < 6), (i, text)
        assert "تبلیغات" not in text and not any(t.startswith("۲.") for t in text)


# ---------------------------------------------------------------- other stories' titles and openings
def _related_run(tmp_path, extra: dict[str, list[str]] | None = None):
    """A run of story pages (headline, four paragraphs) on two sites; page ``x`` ends with a related
    list under a heading no lexicon knows: story ``a``'s headline and a teaser cut from its first
    paragraph («…»), a date, an item of a story the run does not hold (its headline and teaser),
    story ``b``'s headline and its whole first paragraph, a date."""
    bodies = story_bodies(7)
    titles = ["گشایش نمایشگاه تازه نقاشی در موزه شهر", "آغاز فصل تازه مسابقات شنا در استخر بزرگ",
              "بازسازی پل قدیمی روستای بالا پس از سیل", "برگزاری جشنواره کتاب کودک در کتابخانه مرکزی",
              "افزایش ساعت کار مترو در روزهای پایانی هفته", "دیدار دو تیم نوجوانان در ورزشگاه شهید کاظمی"]
    a, b = bodies[1], bodies[2]
    related = ["خواندنی‌های امروز",
               titles[1], " ".join(a[0].split()[:14]) + "…", "۱۲ مهر ۱۴۰۲",
               "تمدید مهلت ثبت‌نام جشنواره عکس دانشجویی",
               "دبیرخانه جشنواره اعلام کرد مهلت ارسال آثار دانشجویان تا پایان ماه آینده تمدید شده است "
               "و داوری پس از آن آغاز می‌شود.",
               titles[2], b[0], "۱۴ مهر ۱۴۰۲"]
    src = tmp_path / "pages"
    src.mkdir()
    pages = {"x": ("ماهنامه سپیدار", titles[0], bodies[0], related)}
    for i in range(1, 6):
        pages[f"p{i}"] = ("گاهنامه کاج" if i % 2 else "ماهنامه سپیدار", titles[i], bodies[i], [])
    for name, (site, title, body, tail) in pages.items():
        lines = [site, title, *(extra or {}).get(name, body), *tail, "کلیه حقوق محفوظ است."]
        (src / f"{name}.txt").write_text("\n\n".join(lines), encoding="utf-8")
    out = tmp_path / "out"
    refine(src, out, workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(out)}
    return rows, bodies, titles, related


def test_another_storys_headline_teaser_and_what_stands_between_go(tmp_path):
    rows, bodies, titles, related = _related_run(tmp_path)
    text = rows["x"]["text"]
    kept = text.split("\n")
    for line in related[1:]:  # the teasers (one cut with «…», one whole), the item between them
        assert line_key(line) not in map(line_key, kept), (line[:40], kept)
    assert all(line_key(p) in line_key(text) for p in bodies[0])  # the story stays whole
    # the pages of the stories the list names keep their own opening paragraphs (or lead)
    for i in (1, 2):
        r = rows[f"p{i}"]
        assert line_key(bodies[i][0]) in line_key((r["lead"] or "") + r["text"]), i


def test_a_story_quoting_another_storys_headline_or_opening_keeps_its_paragraphs(tmp_path):
    bodies = story_bodies(7)
    a = bodies[1]
    quote = ("روز گذشته در گزارشی با عنوان «آغاز فصل تازه مسابقات شنا در استخر بزرگ» به این موضوع "
             "پرداخته بودیم و امروز پیگیری آن را می‌خوانید.")
    # story p3 quotes p1's headline in prose; page p5 republishes p1 with an intro paragraph of its own
    extra = {"p3": [bodies[3][0], quote, *bodies[3][1:]], "p5": [bodies[5][0], *a]}
    rows, _bodies, _titles, _related = _related_run(tmp_path, extra)
    assert line_key(quote) in map(line_key, rows["p3"]["text"].split("\n"))
    r = rows["p5"]
    assert all(line_key(p) in line_key((r["lead"] or "") + r["text"]) for p in a), r["text"][:200]


def test_an_opening_under_two_stories_is_a_formula_not_a_story():
    import numpy as np

    from palayesh.extract.step import opening_stories

    u = np.uint64
    # opening 5 under stories 1, 2 and 4 (a formula); 7 under story 3 twice (a republication of it)
    # and under story 2 (a republication with an intro of its own); 9 once
    found, stories = opening_stories([np.array([5, 7, 9, 5, 7, 7, 5], dtype=u)],
                                     [np.array([1, 3, 4, 2, 3, 2, 4], dtype=u)])
    assert found.tolist() == [7, 7, 9] and stories.tolist() == [2, 3, 4]


def test_a_widgets_label_alone_over_a_headline_goes_with_the_headline(tmp_path):
    # «نگاه دیگر:» alone, another story's headline on the next line, between the paragraphs of two
    # pages, and once in one line: a widget of the site in words no lexicon knows, learned from the
    # pages that show it either way. A story's own label over a sentence stays.
    bodies = story_bodies(12)
    pages = []
    links = ["کاهش بارش‌ها در استان‌های جنوبی کشور", "رونمایی از کتاب تازه نویسنده جوان", "افتتاح پل تازه روی رودخانه"]
    for i, paras in enumerate(bodies):
        lines = [SITE, TAGLINE, f"خبر شماره {i} از رویدادهای امروز شهر", paras[0], paras[1]]
        if i < 2:
            lines += ["نگاه دیگر:", links[i]]
        elif i == 2:
            lines.append("نگاه دیگر: " + links[i])
        elif i == 4:
            lines += ["وی افزود:", paras[1]]
        lines += [paras[2], paras[3], SHARE, "کلیه حقوق محفوظ است."]
        pages.append(lines)
    rows = refine_site(tmp_path, pages)
    for i in range(3):
        text = rows[f"p{i:02d}"]["text"]
        assert "نگاه دیگر" not in text and links[i] not in text, i
        assert line_key(bodies[i][2]) in line_key(text) and line_key(bodies[i][1]) in line_key(text), i
    assert line_key(bodies[4][2]) in line_key(rows["p04"]["text"])


def test_an_end_marker_the_site_glues_to_its_stories_is_cut(tmp_path):
    # the site closes its stories with «فرجام گزارش/» and an editor's initials, glued to the last
    # sentence on most pages, on a line of its own on some: learned from the run, cut from the
    # sentence it is glued to, whatever its initials. A short ending on one page only stays.
    bodies = story_bodies(12)
    pages = []
    initials = ["نخ", "رک", "م", "", "زا", "هت", "یخ", "ب"]
    for i, paras in enumerate(bodies):
        last = paras[3].rstrip(".") + "."
        lines = [SITE, TAGLINE, f"خبر شماره {i} از رویدادهای امروز شهر", *paras[:3]]
        if i < 8:
            lines.append(last + " فرجام گزارش/" + initials[i])
        elif i < 10:
            lines += [last, "فرجام گزارش/ ر"]
        elif i == 10:
            lines.append(last + " ادامه دارد")
        else:
            lines.append(last + " (ایسنا)")
        lines += [SHARE, "کلیه حقوق محفوظ است."]
        pages.append(lines)
    rows = refine_site(tmp_path, pages)
    for i in range(10):
        text = rows[f"p{i:02d}"]["text"]
        assert "فرجام" not in text, i
        assert line_key(bodies[i][3]) in line_key(text), i
    assert rows["p10"]["text"].endswith("ادامه دارد")
    assert line_key(bodies[11][3]) in line_key(rows["p11"]["text"])


HEADS = ["افزایش قیمت نان", "بارش برف سنگین", "افتتاح کتابخانه تازه", "پیروزی تیم جوانان", "کاهش آلودگی هوا",
         "نمایشگاه گل و گیاه", "بازگشایی مدارس روستایی", "رونق بازار صنایع دستی", "جشنواره فیلم کوتاه",
         "مرمت بنای تاریخی", "کمبود آب آشامیدنی", "همایش پزشکان عمومی"]
CITIES = ["تبریز", "شیراز", "مشهد", "اصفهان", "کرمان"]


def test_a_byline_in_the_sites_own_words_under_the_headline_is_no_headline(tmp_path):
    # under each headline the site writes «نگارش و تنظیم» and the writer's name, then the date: the
    # nearest headline-like line above the story is that byline, and no phrase list knows its
    # words; its first two words above the body of every page, before a varying name, tell it
    bodies = story_bodies(12)
    names = ["علی رضایی", "مریم احمدی نیا", "رضا کاظمی", "سارا محمدی", "حسین راد", "نرگس پاکزاد"]
    pages = []
    titles = {}
    for i, paras in enumerate(bodies):
        titles[i] = " ".join(["گزارش", *HEADS[i].split(), "در", CITIES[i % len(CITIES)]])
        lines = [SITE, TAGLINE, SECTIONS[i % 3], titles[i], "نگارش و تنظیم " + names[i % len(names)],
                 f"انتشار: ۱۴۰۲/۰۳/{10 + i}", *paras, SHARE, "کلیه حقوق محفوظ است."]
        pages.append(lines)
    rows = refine_site(tmp_path, pages)
    for i in range(len(bodies)):
        assert rows[f"p{i:02d}"]["title"] == titles[i], i


def test_the_story_subheading_under_a_learned_read_more_link_stays(tmp_path):
    # «بیشتر بخوانید:» over another story's link, then the story's own subheading: the run learned
    # the label and its link as the site's widget, so the line under them is the story's again
    bodies = story_bodies(12)
    pages = []
    links = ["کاهش بارش‌ها در استان‌های جنوبی کشور", "رونمایی از کتاب تازه نویسنده جوان", "افتتاح پل تازه روی رودخانه"]
    subs = {}
    for i, paras in enumerate(bodies):
        lines = [SITE, TAGLINE, HEADS[i], paras[0], paras[1]]
        if i in (0, 1, 3):
            subs[i] = " ".join(paras[2].split()[1:7]).strip("،.:؛")
            lines += ["بیشتر بخوانید:", links[len(subs) - 1], subs[i]]
        lines += [paras[2], paras[3], SHARE, "کلیه حقوق محفوظ است."]
        pages.append(lines)
    rows = refine_site(tmp_path, pages)
    for k, (i, sub) in enumerate(subs.items()):
        text = rows[f"p{i:02d}"]["text"]
        assert links[k] not in text and "بخوانید" not in text, i
        assert sub in text.split("\n"), i


# ------------------------------------------------------------------------------------ dialogues
ANSWER = "پاسخ: این یک جمله کامل و طولانی از متن گفت‌وگو است که با نقطه تمام می‌شود."


@pytest.mark.parametrize("lines, turns", [
    # one label asking twice: a speaker's questions (the related link asks once: a widget)
    (["س: چرا این طرح دیر شد؟", ANSWER, "س: و بعد چه شد؟", ANSWER, "مرتبط: خبر دیگری درباره این طرح؟"], [0, 2]),
    # the host's name as the label, the guest's name on the answers (prose: no question)
    (["مریم کاظمی: این طرح از کجا آمد؟", "حسن راد: " + ANSWER, "مریم کاظمی: چه کسی آن را نوشت؟", ANSWER], [0, 2]),
    # a label asking once is no dialogue
    (["س: چرا این طرح دیر شد؟", ANSWER, ANSWER], []),
    # ... nor a widget's label writing its one question link twice
    ([ANSWER, "مرتبط: آیا رکورد شکسته می‌شود؟", ANSWER, "مرتبط: آیا رکورد شکسته می‌شود؟", ANSWER], []),
    # questions without a label, between the story's paragraphs, twice
    ([ANSWER, "نظر شما درباره این طرح چیست؟", ANSWER, "چرا دیر شد؟", ANSWER], [1, 3]),
    # ... but one after the story (a related list's headline) is no turn
    ([ANSWER, "نظر شما درباره این طرح چیست؟", ANSWER, ANSWER, "آیا قیمت‌ها پایین می‌آید؟"], []),
    # ... nor two in a box of other stories' headlines between the paragraphs: no answer under them
    ([ANSWER, "پربازدیدترین‌ها", "آیا این تیم به المپیک می‌رود؟", "مربی از من خواست بمانم",
      "چرا این‌ها بهترین‌اند؟", "", ANSWER, ANSWER], []),
    # a timetable's «ساعت ۱۰:» is no speaker
    (["ساعت 10: آغاز نشست؟", ANSWER, "ساعت 11: پایان نشست؟", ANSWER], []),
])
def test_dialogue_turns(lines, turns):
    assert sorted(dialogue_turns(lines)) == turns


ASKS = ["نظر شما درباره این تصمیم چیست؟", "چرا این کار زودتر انجام نشد؟", "برنامه بعدی شما چیست؟",
        "این تغییر چه اثری بر مردم دارد؟"]


def test_interview_questions_under_a_label_the_site_writes_on_every_page_stay(tmp_path):
    # every page of the site is an interview whose questions open with «پرسش:» and end with «؟»:
    # the run sees that label before a line that is no sentence-with-a-period on every page, the
    # shape of a widget («مرتبط: <another story>»); one label asking twice on a page is a speaker
    bodies = story_bodies(10)
    pages = []
    for i, paras in enumerate(bodies):
        lines = [SITE, TAGLINE, HEADS[i], paras[0]]
        for k in range(1, 4):
            lines += ["پرسش: " + ASKS[(i + k) % len(ASKS)], "پاسخ: " + paras[k]]
        lines += [SHARE, "کلیه حقوق محفوظ است."]
        pages.append(lines)
    rows = refine_site(tmp_path, pages)
    for i in range(len(bodies)):
        text = rows[f"p{i:02d}"]["text"].split("\n")
        for k in range(1, 4):
            assert "پرسش: " + ASKS[(i + k) % len(ASKS)] in text, (i, k)


def test_a_transcripts_question_between_its_time_marks_stays():
    # a transcript marks each turn with its time, «[۰۳:۱۲]», a line of chrome: the host's question
    # between two marks is no item of a chrome box
    paras = story_bodies(1)[0]
    page = ["عنوان گفت‌وگوی امروز درباره آب", paras[0], "[۰۱:۰۲]", "سارا نیک: این بحران از کجا آمد؟", "[۰۳:۱۲]",
            "حسن راد: " + paras[1], "[۰۵:۴۰]", "سارا نیک: راه حل چیست؟", "[۰۷:۱۱]", "حسن راد: " + paras[2],
            paras[3]]
    a = extract("\n\n".join(page))
    assert "سارا نیک: این بحران از کجا آمد؟" in a.paragraphs
    assert "سارا نیک: راه حل چیست؟" in a.paragraphs


def _flat_copies(tmp_path, src, titles: list[str], notice: str) -> list[tuple[int, list[str]]]:
    """Refine the site's pages ``src`` (HTML pages h00…h12, flat copies t13…t17) as one run: each flat copy
    headed by its own title, the site's notice in none of its lines (its lead and paragraphs, returned)."""
    out = tmp_path / "out"
    refine(src, out, workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(out) + read_rows(out, "rejected")}
    copies = []
    for i in range(13, 18):
        r = rows[f"t{i:02d}"]
        assert r["title"] == titles[i], (i, r["title"])
        got = [r["lead"] or "", *r["text"].split("\n")]
        assert not any(line_key(notice) in line_key(p) for p in got), (i, got[:3])
        copies.append((i, got))
    return copies


def test_a_sites_flat_text_pages_learn_its_template_from_its_html_pages(tmp_path):
    # A site publishes most of its stories as HTML (a host family) and a few as flat text (too few
    # for a family of their own: the run's min_family_pages is 8). A notice written as a sentence
    # stands above its menu and headline on every page. Its HTML pages teach the run the site's
    # lines under its first and last lines too, so the flat-text pages know the notice for the
    # site's, not their story's opening.
    bodies = story_bodies(18)
    site, tagline = "برگ سبز", "پایگاه خبری باغ و بوستان"
    notice = "اطلاعیه پایگاه: به دلیل به‌روزرسانی سامانه، بخش نظرات تا پایان هفته در دسترس نخواهد بود."
    menu = "صفحه نخست - گلخانه - درختان - آبیاری - بذر"
    footer = "همه حقوق این پایگاه برای برگ سبز محفوظ است."
    titles = [f"گزارش شماره {w} از وضعیت باغ‌های {v} در فصل تازه" for w, v in
              zip(["یکم", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم", "یازدهم", "دوازدهم",
                   "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم"], ["شمال", "جنوب", "شرق"] * 6)]
    src = tmp_path / "pages"
    src.mkdir()
    for i, (title, paras) in enumerate(zip(titles, bodies)):
        if i < 13:  # (HTML, with its URL)
            blocks = "".join(f"<p>{p}</p>" for p in paras)
            (src / f"h{i:02d}.html").write_text(
                f'<html><head><link rel="canonical" href="https://barg-sabz.ir/news/{1000 + i}"></head><body>'
                f"<div>{site}</div><div>{tagline}</div><div>{notice}</div><nav>{menu}</nav>"
                f"<h1>{title}</h1><article>{blocks}</article><footer>{footer}</footer></body></html>",
                encoding="utf-8")
        else:  # (flat text, five pages)
            lines = [site, tagline, notice, menu, title, *paras, footer]
            (src / f"t{i:02d}.txt").write_text("\n\n".join(lines), encoding="utf-8")
    for i, got in _flat_copies(tmp_path, src, titles, notice):
        assert all(line_key(p) in line_key(" ".join(got)) for p in bodies[i]), i


def test_a_flat_copy_listing_its_header_links_one_a_line_meets_the_html_pages_header_block(tmp_path):
    # A site's HTML pages show their header's links as one visible line («برگ سبز گلخانه درختان»,
    # one block of <a>s); a flat copy of one writes each link on a line of its own. Its first line
    # is then not the HTML pages' first line, and its footer has a year in it (no family): joined,
    # its first short lines are that line, so the flat copies still learn the site's template
    # (a notice written as a sentence stands over every headline: the site's, not the story's).
    bodies = story_bodies(18)
    items = ["برگ سبز", "گلخانه", "درختان"]
    notice = "اطلاعیه پایگاه: به دلیل به‌روزرسانی سامانه، بخش نظرات تا پایان هفته در دسترس نخواهد بود."
    footer = "© 1402 برگ سبز"
    heads = ["باران", "برف", "تگرگ", "سرما", "گرما", "خشکسالی", "سیلاب", "آفت", "هرس", "کود", "بذرپاشی",
             "نهال", "برداشت", "آبیاری", "شکوفه", "میوه", "زمستان", "یخبندان"]
    titles = [f"{h} امسال باغ‌های {v} را به کدام سو می‌برد" for h, v in zip(heads, ["شمال", "جنوب", "شرق"] * 6)]
    src = tmp_path / "pages"
    src.mkdir()
    for i, (title, paras) in enumerate(zip(titles, bodies)):
        if i < 13:  # (HTML, with its URL)
            blocks = "".join(f"<p>{p}</p>" for p in paras)
            links = " ".join(f"<a>{x}</a>" for x in items)
            (src / f"h{i:02d}.html").write_text(
                f'<html><head><link rel="canonical" href="https://barg-sabz.ir/news/{1000 + i}"></head><body>'
                f"<header>{links}</header><div>{notice}</div>"
                f"<h1>{title}</h1><article>{blocks}</article><footer>{footer}</footer></body></html>",
                encoding="utf-8")
        else:  # (flat text, five pages, the header's links one a line)
            lines = [*items, notice, title, *paras, footer]
            (src / f"t{i:02d}.txt").write_text("\n\n".join(lines), encoding="utf-8")
    _flat_copies(tmp_path, src, titles, notice)


@pytest.mark.parametrize("lines, site", [
    # a flat copy's header links one a line, joined the first line of the site's HTML pages it
    # borrows its template from: each the site's (the last, «رسانه همکار», no section over the
    # provider's name and the headline)
    (["سرخط پلاس", "خوراک", "رسانه همکار", "خبرگزاری فارس", "زنگ انقلاب در مدارس اردبیل به صدا درآمد"], 3),
    # the same words, not from the top: not the HTML pages' first line
    (["بخش خبر", "سرخط پلاس", "خوراک", "رسانه همکار", "زنگ انقلاب در مدارس اردبیل به صدا درآمد"], 0),
    # the top lines joined are no HTML page's first line
    (["سرخط پلاس", "ورزش", "زنگ انقلاب در مدارس اردبیل به صدا درآمد"], 0),
])
def test_a_flat_copys_header_links_joined_are_the_sites_html_first_line(lines, site):
    from palayesh.extract.template import SITE, PageTemplate
    t = PageTemplate(None, [], borrowed=[(1, 20, line_key("سرخط پلاس خوراک رسانه همکار"))])
    out = [None] * len(lines)
    t._split_site_lines(lines, ["H"] * len(lines), out)
    assert out == [SITE] * site + [None] * (len(lines) - site)


def test_flat_pages_opening_with_their_section_keep_it_though_their_joined_first_lines_recur(tmp_path):
    # A site saved as flat text only opens each page with its name, its home link and the story's
    # section, one a line, then the date («صبح پایتخت» / «صفحه نخست» / «استان‌ها» / date), most of
    # them in one section. Joined, those lines are looked up among HTML pages only; counted as a
    # family of the flat pages, that section's pages would share it, their section line the site's.
    n = 16
    bodies = story_bodies(n)
    titles = made_titles(n, ["جشنواره گل", "طرح آبرسانی", "همایش کشاورزان", "نمایشگاه صنایع دستی"],
                         ["اهواز", "خرمشهر", "آبادان"])
    sections = ["استان‌ها"] * 10 + ["ورزش", "سیاست"] * 3
    pages = [["صبح پایتخت", "صفحه نخست", sections[i], f"۸ شهریور ۱۳۹۶، ۰۸:{10 + i}", title, *paras,
              "کلیه حقوق این سایت متعلق به صبح پایتخت است."]
             for i, (title, paras) in enumerate(zip(titles, bodies))]
    rows = refine_site(tmp_path, pages)
    for i in range(10):
        r = rows.get(f"p{i:02d}")
        if r is not None:  # (a republished story may go as a duplicate)
            assert r["section"] == "استان‌ها", (i, r["section"])


@pytest.mark.parametrize("lines, joined", [
    # a header's links one a line: joined two, three deep (the HTML page's one line of them)
    (["سرخط پلاس", "خوراک", "رسانه همکار", "زنگ انقلاب در مدارس اردبیل به صدا درآمد"],
     ["joined:سرخطپلاسخوراک", "joined:سرخطپلاسخوراکرسانههمکار"]),
    # a date on top: nothing joined (the HTML block with it has digits, no family either)
    (["۱۲ مهر ۱۴۰۲", "سیاسی", "متن"], []),
])
def test_a_flat_pages_joined_header_families(lines, joined):
    got = families(None, lines, joined=True)
    assert [n for n in got if n.startswith("joined:")] == joined
    assert families(None, lines) == [n for n in got if not n.startswith("joined:")]


def test_a_label_of_the_storys_kind_under_the_lead_goes_a_subheading_there_stays(tmp_path):
    # a site writes the story's kind under its lead on some of its pages, in its own words and
    # from a few of them (here words no lexicon holds), and one story has its own subheading there:
    # the kinds go, learned from the slot's recurring values; the subheading is on one page only
    bodies = story_bodies(12)
    kinds = ["گوناگون", "پژوهشی", "گوناگون", "پژوهشی", "گوناگون", "پژوهشی", None, None, None, None, None]
    pages = []
    for i, paras in enumerate(bodies):
        under = kinds[i] if i < len(kinds) else "رویارویی دو رقیب"  # the last: a subheading of its own
        lines = [SITE, TAGLINE, f"خبر شماره {i} از رویدادهای امروز شهر", paras[0], *([under] if under else []),
                 *paras[1:], SHARE, "کلیه حقوق محفوظ است."]
        pages.append(lines)
    rows = refine_site(tmp_path, pages)
    for i in range(6):
        text = rows[f"p{i:02d}"]["text"].split("\n")
        assert kinds[i] not in text, (i, text[:3])
        assert line_key(bodies[i][1]) in line_key(rows[f"p{i:02d}"]["text"])
    assert "رویارویی دو رقیب" in rows["p11"]["text"].split("\n")


def test_a_reporter_credit_under_the_leads_meta_lines_on_some_pages_goes_a_subheading_there_stays(tmp_path):
    # a site prints its lead, then the lead's date, views and a print button, then the story; on a
    # few of its pages it credits its reporter right above the story, in its own words (none a
    # lexicon holds) and from two of them; one story has its own subheading in that place
    bodies = story_bodies(14)
    credits = ["نگارش گروه ما", "دبیر میز ما", "نگارش گروه ما", "دبیر میز ما", "نگارش گروه ما"]
    pages = []
    for i, paras in enumerate(bodies):
        under = [credits[i]] if i < len(credits) else ["رویارویی دو رقیب"] if i == 13 else []
        meta = [f"{i + 1} مهر ۱۴۰۱ - ساعت ۱۴:{i + 10}", f"بازدید: {i * 37 + 120}", "چاپ | کپی پیوند"]
        pages.append([SITE, TAGLINE, f"خبر شماره {i} از رویدادهای امروز شهر", paras[0], *meta, *under, *paras[1:],
                      SHARE, "کلیه حقوق محفوظ است."])
    rows = refine_site(tmp_path, pages)
    for i, credit in enumerate(credits):
        text = rows[f"p{i:02d}"]["text"].split("\n")
        assert credit not in text, (i, text[:3])
        assert line_key(bodies[i][1]) in line_key(rows[f"p{i:02d}"]["text"])
    assert "رویارویی دو رقیب" in rows["p13"]["text"].split("\n")


def test_a_sites_picture_slots_between_paragraphs_go_a_storys_subheadings_stay(tmp_path):
    # two photo reports of a site: between their paragraphs, groups of a counter, a caption and a credit
    # behind a symbol, in the site's own words; another story has two subheadings of its own
    bodies = story_bodies(12)
    names = ["علی رضایی", "مریم احمدی", "رضا کاظمی", "سارا محمدی"]
    pages = []
    for i, paras in enumerate(bodies):
        if i < 2:
            mid = [paras[0], paras[1], f"نگاره {i + 2} از {i + 9}", "▣ " + names[i], paras[2],
                   "نگاهی از ورزشگاه", "▣ " + names[i + 1], paras[3]]
        elif i == 3:
            mid = [paras[0], paras[1], "نخستین روز رقابت‌ها", paras[2], "دومین روز رقابت‌ها", paras[3]]
        elif i in (4, 5):  # subheadings behind a symbol, each over the paragraph it names
            mid = [paras[0], paras[1], "*" + " ".join(paras[2].split()[6:11]).strip("،.:"), paras[2],
                   "*" + " ".join(paras[3].split()[6:11]).strip("،.:"), paras[3]]
        else:
            mid = paras
        pages.append([SITE, TAGLINE, f"خبر شماره {i} از رویدادهای امروز شهر", *mid, SHARE, "کلیه حقوق محفوظ است."])
    rows = refine_site(tmp_path, pages)
    for i in range(2):
        text = rows[f"p{i:02d}"]["text"]
        for gone in ("نگاره", "▣", "نگاهی از ورزشگاه"):
            assert gone not in text, (i, gone)
        assert line_key(bodies[i][2]) in line_key(text) and line_key(bodies[i][3]) in line_key(text)
    kept = rows["p03"]["text"].split("\n")
    assert "نخستین روز رقابت‌ها" in kept and "دومین روز رقابت‌ها" in kept
    for i in (4, 5):
        keys = {line_key(t) for t in rows[f"p{i:02d}"]["text"].split("\n")}
        assert all(line_key(" ".join(bodies[i][k].split()[6:11]).strip("،.:")) in keys for k in (2, 3)), (i, keys)


def test_a_count_line_under_the_lead_on_some_of_a_sites_pages_goes(tmp_path):
    # «label: count» under the lead of a site's photo reports, in the site's words: the slot's value
    bodies = story_bodies(12)
    pages = []
    for i, paras in enumerate(bodies):
        under = [f"شمار نگاره‌ها: {i + 5}"] if i < 4 else (["پژوهشی"] if i < 6 else [])
        pages.append([SITE, TAGLINE, f"خبر شماره {i} از رویدادهای امروز شهر", paras[0], *under, *paras[1:],
                      SHARE, "کلیه حقوق محفوظ است."])
    rows = refine_site(tmp_path, pages)
    for i in range(4):
        assert "شمار نگاره‌ها" not in rows[f"p{i:02d}"]["text"], i
        assert line_key(bodies[i][1]) in line_key(rows[f"p{i:02d}"]["text"])


def test_an_ad_box_the_site_sets_anywhere_in_its_stories_ends_no_story_when_late(tmp_path):
    # «تبلیغات» over an ad's line stands after the first paragraph on five of the site's twelve pages and
    # after the fourth of five on the others (late: the run takes it for the site's tail heading);
    # the site shows it between paragraphs as often as late, so where the story goes on under the
    # ad it is a box set into the story and the story ends at the site's own end marker
    bodies = story_bodies(12, paras=5)
    ads = ["وام فوری در کمتر از ۲۴ ساعت", "بلیط ارزان فقط تا پایان هفته", "بیمه بدنه بدون پیش‌پرداخت"]
    pages = []
    for i, paras in enumerate(bodies):
        at = 1 if i % 2 and i < 10 else 4
        box = ["تبلیغات", ads[i % 3]]
        pages.append([SITE, TAGLINE, f"خبر شماره {i} از رویدادهای امروز شهر", *paras[:at], *box, *paras[at:],
                      "انتهای پیام", SHARE, "کلیه حقوق محفوظ است."])
    rows = refine_site(tmp_path, pages)
    assert len(rows) == len(bodies)
    for i, paras in enumerate(bodies):
        r = rows[f"p{i:02d}"]
        assert line_key(paras[4]) in {line_key(p) for p in r["text"].split("\n")}, (i, r["text"])
        assert "تبلیغات" not in r["text"] and not any(a in r["text"] for a in ads), (i, r["text"])


@pytest.mark.parametrize(("lines", "masked"), [
    # the share line quotes the page's headline: masked there, the headline itself stays
    (["نشست شورای شهر برگزار شد", "اشتراک‌گذاری «نشست شورای شهر برگزار شد» در تلگرام"],
     ["نشست شورای شهر برگزار شد", "اشتراک‌گذاری «ǂo» در تلگرام"]),
    # a quote of words no line of the page holds whole stays
    (["نشست شورای شهر برگزار شد", "او گفت «شورای شهر» کار می‌کند"],
     ["نشست شورای شهر برگزار شد", "او گفت «شورای شهر» کار می‌کند"]),
    # a line that is one quote alone quotes no other line
    (["«نشست شورای شهر»", "متن"], ["«نشست شورای شهر»", "متن"]),
])
def test_mask_quoted_lines(lines, masked):
    from palayesh.extract.template import mask_quoted_lines
    got, keys = mask_quoted_lines(lines, [line_key(t) for t in lines], [False] * len(lines))
    assert got == masked
    assert keys == [line_key(t) for t in masked]


def test_a_short_line_between_paragraphs_of_three_of_a_sites_stories_goes_a_republished_storys_stays(tmp_path):
    # a picture's stock note in the site's own words («نگاره نمادین است») between the paragraphs of
    # three different stories of a site of fourteen pages (too few for MIN_BODY_PAGES), and an ad's
    # one-word label after the second paragraph of three others; one story is republished on three
    # pages (and on no other), its subheading between the same paragraphs each time: that is the
    # story's, not the site's
    bodies = story_bodies(12)
    pages = []
    for i, paras in enumerate(bodies):
        if i < 3:
            mid = [paras[0], "نگاره نمادین است", *paras[1:]]
        elif i < 6:
            mid = [*paras[:2], "پیشخوان", *paras[2:]]
        elif i == 6:
            continue
        else:
            mid = paras
        pages.append([SITE, TAGLINE, f"خبر شماره {i} از رویدادهای امروز شهر", *mid, SHARE, "کلیه حقوق محفوظ است."])
    again = [*bodies[6][:3], "پیشینه", *bodies[6][3:]]
    for k in range(3):
        pages.append([SITE, TAGLINE, f"بازنشر شماره {k} از رویداد امروز شهر", *again, SHARE, "کلیه حقوق محفوظ است."])
    rows = refine_site(tmp_path, pages)
    for i in range(6):
        text = rows[f"p{i:02d}"]["text"]
        assert "نگاره نمادین" not in text and "پیشخوان" not in text, (i, text)
        assert all(line_key(p) in line_key(text) for p in bodies[i]), (i, text)
    kept = [r["text"] for r in rows.values() if line_key(bodies[6][2]) in line_key(r["text"])]
    assert kept and all("پیشینه" in t.split("\n") for t in kept), kept


_PARTS = ["جمع‌بندی", "مقدمه", "روایت میدانی", "گفت‌وگو با مسئولان", "آمار و ارقام", "پیشینه ماجرا",
          "واکنش‌ها", "چشم‌انداز", "نظر کارشناسان", "سخن پایانی"]


def _split_story_pages() -> list[list[str]]:
    # a site whose pages show a headline, a summary on most of them, then the header's meta lines
    # (date, views), and on four pages in sixteen the page list of a story split over pages («بخش ۱
    # از ۳», the list's heading, its numbered parts, none of them on two pages), then the story
    pages = []
    others = story_bodies(32)[16:]
    for i, paras in enumerate(story_bodies(16)):
        words = others[i][1].split()
        lead = [" ".join(words[:14]).rstrip("،.") + "."] if i % 4 else []
        parts = [f"بخش {i % 3 + 1} از {3 + i % 2}", "فهرست بخش‌های این روایت",
                 *(f"{k + 1}. {_PARTS[(3 * (i // 4) + k) % 10]}" for k in range(3))] if i % 4 == 1 else []
        pages.append([SITE, TAGLINE, " ".join(others[i][2].split()[:8]).rstrip("،."), *lead,
                      f"انتشار: ۱۴۰۲/۰۶/{i + 10:02d} - ۱۰:{i + 10:02d}", f"{1200 + 37 * i} بار دیده شده",
                      *parts, *paras, SHARE, "کلیه حقوق محفوظ است."])
    return pages


def test_a_split_storys_page_list_under_the_summary_and_its_meta_lines_is_the_headers(tmp_path):
    # where a page has no summary, the page list stands above its story's first prose line: the
    # header's. Where a summary stands over the header's meta lines, the list stands under them,
    # still above the story's next prose line: the header's too, not the story's opening lines.
    rows = {int(k[1:]): r for k, r in refine_site(tmp_path, _split_story_pages()).items()}
    bodies = story_bodies(16)
    assert len(rows) == 16
    for i, r in rows.items():
        text = r["text"].split("\n")
        assert not any("بخش‌های این روایت" in t or " از " in t and len(t.split()) == 4 for t in text), (i, text)
        assert not any(t.endswith(tuple(_PARTS)) and len(t.split()) <= 4 for t in text), (i, text)
        if i % 4 == 1:  # (the pages with a list open with their story)
            assert line_key(bodies[i][0]) == line_key(text[0]), (i, text[:2])


_NOTES = ["جزئیات تازه به این گزارش افزوده شد.", "واکنش مسئولان به این گزارش اضافه شد.",
          "آمار تازه در متن این گزارش جای گرفت.", "نقل قول فرماندار در این گزارش آمد."]


def _stamped_pages() -> tuple[list[list[str]], list[list[str]]]:
    # a site of 16 pages: on six, under the lead, a note of a change stamped with its clock after a
    # label no lexicon knows («ویرایه: ۱۱:۲۰ - …», its sentence one of four), on one of them also
    # its heading over the part it added («ویرایه ۱۲:۲۱:»); on four others, a live report's two
    # entries, each stamped with its clock (the story's parts: a form the page stamps twice)
    pages, notes = [], []
    others = story_bodies(32)[16:]
    for i, paras in enumerate(story_bodies(16)):
        lead = " ".join(others[i][2].split()[:14]).rstrip("،.") + "."
        stamped = [f"ویرایه: ۱۱:{i + 20:02d} - {_NOTES[i % 4]}"] if i % 3 == 0 else []
        heading = [f"ویرایه ۱۲:{i + 20:02d}:"] if i == 3 else []
        live = [f"لحظه ۰۹:{i + 10:02d} - {paras[k]}" for k in (2, 3)] if i % 4 == 2 else paras[2:]
        pages.append([SITE, TAGLINE, " ".join(others[i][0].split()[:8]).rstrip("،."), lead,
                      f"۱۴۰۲/۰۶/{i + 10:02d} - ۱۰:{i + 10:02d}", *stamped, *paras[:2], *heading, *live,
                      SHARE, "کلیه حقوق محفوظ است."])
        notes.append(stamped + heading)
    return pages, notes


def test_a_sites_stamped_note_of_a_change_goes_a_live_reports_entries_stay(tmp_path):
    # a line stamped with a clock after a label the site stamps so on two pages or more is the
    # site's note, in whatever words it calls it; twice on a page, the story's own parts
    pages, notes = _stamped_pages()
    rows = {int(k[1:]): r for k, r in refine_site(tmp_path, pages).items()}
    bodies = story_bodies(16)
    assert len(rows) == 16
    for i, r in rows.items():
        text = r["text"].split("\n")
        assert not any(line_key(n) in line_key(t) for n in notes[i] for t in text), (i, text)
        assert all(any(line_key(p) in line_key(t) for t in text) for p in bodies[i]), (i, text)
        if i % 4 == 2:
            assert sum(t.startswith("لحظه ") for t in text) == 2, (i, text)


LABEL4 = "نگاه دیگر از ما:"


def test_a_widgets_label_of_four_words_on_two_pages_goes_with_its_headline(tmp_path):
    # «نگاه دیگر از ما:» (four words) alone over another story's headline on two pages, in one line
    # on a third: the site's widget however many words its label has (four, not three at most).
    # A story's own four-word line ending with a colon over a sentence stays, though two pages
    # write it: it stands over no headline
    bodies = story_bodies(12)
    pages = []
    links = ["کاهش بارش‌ها در استان‌های جنوبی کشور", "رونمایی از کتاب تازه نویسنده جوان", "افتتاح پل تازه روی رودخانه"]
    own = "وی در ادامه افزود:"
    for i, paras in enumerate(bodies):
        lines = [SITE, TAGLINE, f"خبر شماره {i} از رویدادهای امروز شهر", paras[0], paras[1]]
        if i < 2:
            lines += [LABEL4, links[i]]
        elif i == 2:
            lines.append(LABEL4 + " " + links[i])
        elif i in (4, 5):
            lines.append(own)
        lines += [paras[2], paras[3], SHARE, "کلیه حقوق محفوظ است."]
        pages.append(lines)
    rows = refine_site(tmp_path, pages)
    for i in range(3):
        text = rows[f"p{i:02d}"]["text"]
        assert "نگاه دیگر" not in text and links[i] not in text, i
        assert line_key(bodies[i][2]) in line_key(text) and line_key(bodies[i][1]) in line_key(text), i
    for i in (4, 5):
        text = rows[f"p{i:02d}"]["text"]
        assert line_key(own) in line_key(text) and line_key(bodies[i][2]) in line_key(text), i


def test_a_lines_marks_are_remembered_apart_for_each_order_of_two_digit_dates():
    # (observe remembers what each short line says by itself: a dated line reads another day when
    # the site's order of two-digit dates is known, and must not be served the other reading)
    from palayesh.extract.dates import short_date_order
    from palayesh.extract.template import _line_marks, observe

    lines = ["۰۵/۱۱/۰۱", "سرویس ورزشی",
             "تیم ملی فوتبال ایران امروز در ورزشگاه آزادی برابر حریف آسیایی خود به میدان رفت و با دو گل پیروز شد.",
             "سرمربی تیم پس از بازی گفت بازیکنان برنامه‌های تمرینی را به خوبی اجرا کردند و نتیجه را گرفتند."]

    def shapes(order):
        with short_date_order(order):
            return observe(lines, words=False).shapes

    _line_marks.cache_clear()
    plain, dmy = shapes(None), shapes("dmy")
    assert _line_marks.cache_info().hits == 0
    assert shapes(None) == plain and shapes("dmy") == dmy and _line_marks.cache_info().hits > 0
    assert plain != dmy  # (the date line's day, read two ways)
    _line_marks.cache_clear()
    assert shapes("dmy") == dmy
