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
