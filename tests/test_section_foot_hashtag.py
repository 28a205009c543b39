"""A site that files its stories by one hashtag under them (s57, learned per site in s58): «#پسته_صادراتی»
alone on its line among the story's closing lines (a flat page), or the page's one hashtag link alone in its
block under the story (HTML, «<a rel="tag">»), is the story's section when the run shows the site setting one
hashtag under its stories, a few names over its pages; a label over the headline is then the story's kicker.
A run of hashtags is the story's tags, which file it nowhere; so is a topic's tag a page alone shows, a new
name on nearly every page, and one name under every story is the site's end mark. Each site is its own run,
as a crawl of it would be."""
from __future__ import annotations

from conftest import news_bodies, read_rows
from palayesh import refine

MENU = "خانه | کشاورزی | باغبانی | تماس با ما"
#: the tags the site files its stories by (not items of its menu)
TAGS = ["پسته_صادراتی", "آبیاری_نوین", "بیمه_محصول"]
#: labels written over a few headlines, which the menu does not list either
KICKERS = ["گزارش میدانی", "نگاه روز", "گفت و گو"]


def _bodies(n: int) -> list[list[str]]:
    bodies = [b.split("\n") for b in news_bodies()]
    return [b for b in ([p for p in b if len(p.split()) >= 20][:3] for b in bodies) if len(b) == 3][:n]


def _title(paras: list[str]) -> str:
    return " ".join([w for w in paras[0].split() if not any(c.isdigit() for c in w)][:7]).strip("،.:")


def _run(tmp_path, page_of, n=12, ext="txt"):
    """Refine ``n`` pages of one site (``page_of(i, title, paras)`` gives page ``i``'s text and its
    section); the (expected, got) sections."""
    src = tmp_path / "pages"
    src.mkdir()
    want = []
    for i, paras in enumerate(_bodies(n)):
        text, section = page_of(i, _title(paras), paras)
        want.append(section)
        (src / f"p{i:02d}.{ext}").write_text(text, encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(tmp_path / "out") + read_rows(tmp_path / "out", "rejected")}
    return want, [rows[f"p{i:02d}"]["section"] for i in range(len(want))]


def _flat(i, title, paras, tags):
    over = [KICKERS[i % 3]] if i % 2 else []
    return "\n\n".join(["پسته‌نامه", MENU, *over, title, f"{1 + i % 28} مهر ۱۴۰۲", *paras,
                        *(f"#{t}" for t in tags), "پایان", "کلیه حقوق محفوظ است."])


def test_a_hashtag_alone_under_the_story_is_its_section_over_a_kicker(tmp_path):
    # a farming site sets a label over some headlines and files every story by one hashtag under it
    def page(i, title, paras):
        return _flat(i, title, paras, [TAGS[i % 3]]), TAGS[i % 3].replace("_", " ")
    want, got = _run(tmp_path, page)
    assert got == want


def test_a_hashtag_alone_under_the_story_of_a_page_alone_files_it_nowhere(tmp_path):
    # one page of the site alone, its story copied without the site's header: a page alone cannot tell
    # the tag a site files by from a topic's tag or its end mark, and guesses none
    def page(i, title, paras):
        return "\n\n".join([title, "۳ مهر ۱۴۰۲", *paras, "#بیمه_محصول", "پایان",
                            "کلیه حقوق محفوظ است."]), None
    want, got = _run(tmp_path, page, n=1)
    assert got == want


def test_one_hashtag_under_every_story_is_the_site_s_end_mark(tmp_path):
    # a site ends every story with the same hashtag: its mark, no section
    def page(i, title, paras):
        return _flat(i, title, paras, ["انتهای_مطلب"]), None
    _want, got = _run(tmp_path, page)
    assert "انتهای مطلب" not in got, got


def test_a_topic_s_hashtag_under_each_story_files_it_nowhere(tmp_path):
    # a site sets one hashtag under each story naming its topic, a new one on nearly every page, or several
    topics = ["خرمای_مضافتی", "زعفران_قائنات", "چای_لاهیجان", "برنج_هاشمی", "گردوی_تویسرکان", "انار_ساوه",
              "انجیر_استهبان", "لیموی_جهرم", "پسته_رفسنجان", "سیب_دماوند", "گیلاس_مشهد", "توت_فرنگی"]

    def page(i, title, paras):
        return _flat(i, title, paras, [topics[i]] if i % 3 else topics[i:i + 3]), None
    _want, got = _run(tmp_path, page)
    assert not any(g and g.replace(" ", "_") in topics for g in got), got


def test_a_run_of_hashtags_under_the_story_files_it_nowhere(tmp_path):
    # a blog ends each post with its tags, two or three hashtags a line each: no one of them is the section
    def page(i, title, paras):
        return _flat(i, title, paras, [TAGS[i % 3], TAGS[(i + 1) % 3]]), None
    want, got = _run(tmp_path, page)
    assert not any(g and g.replace(" ", "_") in TAGS for g in got), got


def _html(i, title, paras, links):
    ps = "".join(f"<p>{p}</p>" for p in paras)
    tags = "".join(f'<a href="/tag/t{j}/" rel="tag">#{t}</a> ' for j, t in enumerate(links))
    return (f'<html lang="fa" dir="rtl"><head><title>{title}</title></head><body>'
            '<nav><a href="/">خانه</a> <a href="/c/agri">کشاورزی</a> <a href="/c/garden">باغبانی</a></nav>'
            f'<article><h1>{title}</h1><time datetime="2023-10-0{1 + i % 9}T10:00:00+03:30">مهر ۱۴۰۲</time>'
            f'<div class="content">{ps}</div><div class="x{i % 2}">{tags}</div></article>'
            '<footer>کلیه حقوق محفوظ است.</footer></body></html>')


def test_the_one_hashtag_link_under_an_html_story_is_its_section(tmp_path):
    def page(i, title, paras):
        return _html(i, title, paras, [TAGS[i % 3]]), TAGS[i % 3].replace("_", " ")
    want, got = _run(tmp_path, page, n=12, ext="html")
    assert got == want


def test_two_hashtag_links_under_an_html_story_file_it_nowhere(tmp_path):
    def page(i, title, paras):
        return _html(i, title, paras, [TAGS[i % 3], TAGS[(i + 1) % 3]]), None
    want, got = _run(tmp_path, page, n=12, ext="html")
    assert got == want


def test_a_hashtag_among_the_credits_is_the_story_s_own_tag(tmp_path):
    # a news site ends each story with its end mark and short link, then one tag of the story's own:
    # under the credits the tag files the story nowhere
    def page(i, title, paras):
        return "\n\n".join(["پسته‌نامه", MENU, title, f"{1 + i % 28} مهر ۱۴۰۲", *paras, "پایان خبر",
                            f"لینک کوتاه: https://x.ir/n{i}", f"#{TAGS[i % 3]}", "کلیه حقوق محفوظ است."]), None
    want, got = _run(tmp_path, page)
    assert got == want


def test_an_html_page_learns_the_hashtags_from_its_site_s_flat_pages(tmp_path):
    # a site saved mostly as flat text, three of its pages as HTML: its flat pages teach that it files
    # its stories by one hashtag, and the HTML pages' one hashtag link is their section too
    def page(i, title, paras):
        if i % 4:
            return _flat(i, title, paras, [TAGS[i % 3]]), TAGS[i % 3].replace("_", " ")
        ps = "".join(f"<p>{p}</p>" for p in paras)
        return (f'<html lang="fa" dir="rtl"><head><title>{title}</title>'
                f'<link rel="canonical" href="https://pesteh-nameh.ir/news/{i}"></head><body>'
                f'<div>پسته‌نامه</div><div>{MENU}</div><article><h1>{title}</h1><div>{1 + i % 28} مهر ۱۴۰۲</div>'
                f'<div class="content">{ps}</div><div><a href="/tag/t{i}/" rel="tag">#{TAGS[i % 3]}</a></div>'
                '<div>پایان</div></article><footer>کلیه حقوق محفوظ است.</footer></body></html>'), \
            TAGS[i % 3].replace("_", " ")
    src = tmp_path / "pages"
    src.mkdir()
    want = []
    for i, paras in enumerate(_bodies(16)):
        text, section = page(i, _title(paras), paras)
        want.append(section)
        (src / f"p{i:02d}.{'html' if i % 4 == 0 else 'txt'}").write_text(text, encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(tmp_path / "out") + read_rows(tmp_path / "out", "rejected")}
    assert [rows[f"p{i:02d}"]["section"] for i in range(0, len(want), 4)] == want[::4]
