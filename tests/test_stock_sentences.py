"""A site's stock sentence inside its stories (a disclaimer, an app's promo, set between paragraphs in
the same words on every page) is told by the stories it stands in, however few of the site's pages the
run sees: a family of fewer pages than ``min_family_pages`` teaches no shapes, but three stories
that carry one sentence of twelve words or more whole are not three stories that wrote it (kdev's
nerkh-rooz.ir and konsert-khabar.com at ``--n 100``: 4-6 flat pages each)."""
from __future__ import annotations

from conftest import refine_pages, story_bodies
from palayesh.textkeys import line_key

DISCLAIMER = ("هشدار: سرمایه‌گذاری در بازار ارزهای دیجیتال پرریسک است و مطالب این پایگاه به هیچ وجه توصیه مالی "
              "نیست؛ پیش از هر تصمیمی با مشاور مالی مشورت کنید.")
#: a sentence two stories share (a story and a follow-up quoting it): no site's line
QUOTED = "وزیر اقتصاد گفت که بازار سرمایه در ماه‌های آینده با ثبات بیشتری روبه‌رو خواهد شد و نگرانی لازم نیست."


def _page(k: int, story: list[str], extra: str | None) -> str:
    body = [*story[:2], DISCLAIMER, *([extra] if extra else []), *story[2:]]
    return "\n\n".join(["نرخ‌نامه", "خانه | بازار | رمزارز | تماس با ما", f"گزارش شماره {k} درباره بازار امروز",
                        *body, "کلیه حقوق این پایگاه محفوظ است"]) + "\n"


def test_a_sentence_the_site_sets_into_every_story_goes_and_the_story_stays(tmp_path):
    stories = story_bodies(5)
    rows = refine_pages(tmp_path, [_page(k, s, QUOTED if k < 2 else None) for k, s in enumerate(stories)])
    assert len(rows) == 5
    for k, story in enumerate(stories):
        text = rows[f"p{k:02d}"]["text"]
        lines = {line_key(x) for x in text.split("\n")}
        assert line_key(DISCLAIMER) not in lines, k
        kept = line_key((rows[f"p{k:02d}"].get("lead") or "") + "\n" + text)
        assert all(line_key(p) in kept for p in story), k
        # (on two stories only, a sentence is theirs: a quote, a republished paragraph)
        assert (line_key(QUOTED) in lines) == (k < 2), k


def test_a_marker_the_site_sets_between_paragraphs_goes_though_it_ends_with_an_ellipsis(tmp_path):
    """«ادامه دارد...» between two paragraphs of three stories: a short line between paragraphs that
    the site shows so in three stories is its own (``_inside``), and an ellipsis ends no sentence
    (e's tamashagar.net, cafekhabar.com at ``--n 100``)."""
    stories = story_bodies(5)
    pages = ["\n\n".join(["تماشاخانه", "خانه - ورزش - سیاسی - تماس با ما", f"گزارش شماره {k} از ورزشگاه",
                          *s[:2], "ادامه دارد...", *s[2:], "کلیه حقوق این پایگاه محفوظ است"]) + "\n"
             for k, s in enumerate(stories)]
    rows = refine_pages(tmp_path, pages)
    for k, story in enumerate(stories):
        text = rows[f"p{k:02d}"]["text"]
        assert "ادامه دارد" not in text, k
        kept = line_key((rows[f"p{k:02d}"].get("lead") or "") + "\n" + text)
        assert all(line_key(p) in kept for p in story), k


#: the site's note under its stories, a short sentence in the same words on every page
NOTE = "این متن از روی فایل صوتی پیاده شده است."
#: ... and one in the same frame, the paper it translates named between its fixed ends
FRAMED = "این گزارش در {} منتشر شده و ترجمه آن به معنای تأیید محتوای آن نیست."
PAPERS = ["المانیتور", "فارن پالیسی", "گاردین", "اکونومیست", "واشنگتن‌پست"]


def test_a_note_the_site_writes_under_its_stories_goes_on_a_site_of_few_pages(tmp_path):
    """A short sentence under three stories of a site in the same words (or in the same frame) is the
    site's note, however few pages the run sees of it: six flat pages, too few for a family that
    teaches shapes, whose pages end alike (odev's podcast and foreign-desk sites at ``--n 100``:
    «این متن از روی فایل صوتی پیاده شده است.» under the story's last paragraph). The story's own
    last sentence, on its page alone, stays."""
    stories = story_bodies(6)
    pages = ["\n\n".join(["رادیو گفتار", "خانه | پادکست | اپیزودها | تماس با ما", f"اپیزود {k + 1} درباره خبرهای هفته",
                          *s, NOTE, FRAMED.format(PAPERS[k % len(PAPERS)]),
                          "اشتراک در پادکست", "کلیه حقوق این پایگاه محفوظ است"]) + "\n"
             for k, s in enumerate(stories)]
    rows = refine_pages(tmp_path, pages)
    for k, story in enumerate(stories):
        text = rows[f"p{k:02d}"]["text"]
        assert "فایل صوتی" not in text and "ترجمه آن" not in text, k
        kept = line_key((rows[f"p{k:02d}"].get("lead") or "") + "\n" + text)
        assert all(line_key(p) in kept for p in story), k


def test_a_stock_sentence_under_a_long_first_paragraph_or_under_the_story_goes(tmp_path):
    """The site's sentence set into its stories under a first paragraph that holds most of the
    story's words stands in the page's last quarter (region ``T``), and a long note under the story
    (a company's «about» paragraph under its press releases) after its last paragraph: both are the
    site's, told by the stories they stand in (kdev's nerkh-rooz.ir, aldev's press site at ``--n 100``)."""
    about = ("شرکت صنایع کاغذ شمال از پیشگامان صنعت خود در ایران است و با شبکه‌ای گسترده از شعب و نمایندگی‌ها "
             "در سراسر کشور به مشتریان خدمت می‌کند.")
    stories = story_bodies(5)
    pages = ["\n\n".join(["نرخ‌نامه", "خانه | بازار | رمزارز | تماس با ما", f"گزارش شماره {k} درباره بازار امروز",
                          " ".join(s[:3]), DISCLAIMER, s[3], about, "کلیه حقوق این پایگاه محفوظ است"]) + "\n"
             for k, s in enumerate(stories)]
    rows = refine_pages(tmp_path, pages)
    for k, story in enumerate(stories):
        text = rows[f"p{k:02d}"]["text"]
        assert "هشدار" not in text and "پیشگامان" not in text, k
        kept = line_key((rows[f"p{k:02d}"].get("lead") or "") + "\n" + text)
        assert all(line_key(p) in kept for p in story), k


def test_an_author_box_whose_bio_the_site_repeats_goes_whole(tmp_path):
    """An author box under the story, the writer's name twice over a bio the site repeats under every
    story of the writer's («دبیر سرویس و روزنامه‌نگار با بیش از ده سال سابقه.»): the bio is a note the
    run tells (:func:`closing_sentences`), and the box it closes is told all the same, its name lines
    with it (sdev's police_news at ``--n 400``: the bio taken first left the names in the body)."""
    stories = story_bodies(10)
    bio = "دبیر سرویس و روزنامه‌نگار با بیش از ده سال سابقه."
    names = ["فرهاد کریمی", "مریم رحیمی"]
    pages = ["\n\n".join(["خبر پلیس", "خانه | حوادث | انتظامی | تماس با ما", f"گزارش شماره {k + 1} از حوادث امروز",
                          *s, names[k % 2], names[k % 2], bio, "اشتراک‌گذاری در تلگرام | واتس‌اپ",
                          "کلیه حقوق این پایگاه محفوظ است"]) + "\n"
             for k, s in enumerate(stories)]
    rows = refine_pages(tmp_path, pages)
    for k, story in enumerate(stories):
        text = rows[f"p{k:02d}"]["text"]
        assert bio not in text, k
        kept = line_key((rows[f"p{k:02d}"].get("lead") or "") + "\n" + text)
        assert all(line_key(p) in kept for p in story), k
        assert names[k % 2] not in text, k
