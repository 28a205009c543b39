"""Section shapes of s69: a label a site sets right above its headlines over stories its menu marks under
several of its sections is the stories' kicker (a genre, «یادداشت روز»), not their section; the menu's
marked item is. A label that stands over one section's stories only is a sub-section and stays."""
from __future__ import annotations

from conftest import news_bodies, read_rows, story_bodies
from palayesh import refine
from palayesh.extract.template import current_item
from palayesh.textkeys import line_key

MENU = ["زراعت", "دام و طیور", "روستا", "بازار"]
ACTIVE = ' class="active"'


def test_the_current_item_of_a_menu_read_from_the_raw_page():
    assert current_item('<ul><li><a href="/">خانه</a></li><li class="active"><a href="/s/2">زراعت</a></li></ul>') \
        == "زراعت"
    assert current_item('<nav><a href="/1">خانه</a><a href="/9" aria-current="page">روستا</a></nav>') == "روستا"
    assert current_item('<li class="menu-item current-menu-item"><a href="/c/3">دام و طیور</a></li>') == "دام و طیور"
    # (the home link marked on every page, a digit, a long text: no section's item)
    assert current_item('<ul><li class="active"><a href="/">اخبار</a></li></ul>') is None
    assert current_item('<li class="active"><a href="/p/2">صفحه ۲</a></li>') is None
    assert current_item('<li class="active"><a href="/x">یک دو سه چهار پنج شش</a></li>') is None
    assert current_item("<p>بدون منو</p>") is None


def _run(tmp_path, kicker) -> list[tuple[str | None, str]]:
    """A site of 12 HTML pages, each marking its section in the menu («<li class="active">»),
    ``kicker(i)`` (or none) right above the headline: (the kept row's section, the marked one) a page."""
    src = tmp_path / "pages"
    src.mkdir()
    bodies = [[p for p in b.split("\n") if len(p.split()) >= 20][:3] for b in news_bodies()]
    bodies = [b for b in bodies if len(b) == 3][:12]
    marked = []
    for i, paras in enumerate(bodies):
        sec = MENU[(i * 7 // 3) % 3]
        marked.append(sec)
        menu = "".join(f"<li{ACTIVE if m == sec else ''}><a href='/s/{j}'>{m}</a></li>" for j, m in enumerate(MENU))
        title = " ".join(paras[0].split()[:8]).strip("،.:")
        k = kicker(i, sec)
        page = (f"<!doctype html><html lang='fa'><head><meta charset='utf-8'><title>{title} - سرزمین سبز</title>"
                f"<link rel='canonical' href='https://sarzamin.example.ir/n/{1000 + i}'></head><body>"
                f"<header><div>سرزمین سبز</div></header><nav><ul><li><a href='/'>صفحه نخست</a></li>{menu}</ul></nav>"
                f"<main><article>{f'<div class=kicker>{k}</div>' if k else ''}<h1>{title}</h1>"
                f"{''.join(f'<p>{p}</p>' for p in paras)}</article></main>"
                f"<footer><p>تمامی حقوق برای سرزمین سبز محفوظ است.</p></footer></body></html>")
        (src / f"p{i:02d}.html").write_text(page, encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(tmp_path / "out") + read_rows(tmp_path / "out", "rejected")}
    return [(rows[f"p{i:02d}"]["section"], marked[i]) for i in range(len(bodies))]


def test_a_label_over_stories_of_several_sections_is_their_kicker(tmp_path):
    genres = ["یادداشت روز", "گزارش میدانی", None]
    got = _run(tmp_path, lambda i, sec: genres[i % 3])
    assert all(s == m for s, m in got), got


def test_a_label_over_one_sections_stories_only_stays_their_section(tmp_path):
    # (sub-sections: «باغبانی» only ever over stories the menu marks «زراعت», «عشایر» over «روستا»'s)
    subs = {"زراعت": "باغبانی", "روستا": "عشایر", "دام و طیور": "دامپروری"}
    got = _run(tmp_path, lambda i, sec: subs[sec])
    assert all(s == subs[m] for s, m in got), got


# -- a section's label over the story's kicker, both over the headline (s68's reverted 1fa2dc9, guarded) --------

SECTIONS = ["جامعه", "اقتصاد", "فرهنگ و هنر"]
KICKERS = ["گزارش ویژه", "یادداشت روز", "گفت‌وگو", "روایت", "تحلیل هفته", "نگاه نزدیک", "پرونده", "خبر فوری"]
HEADLINES = ["افتتاح طرح آبرسانی در روستاهای شهرستان", "برگزاری نمایشگاه کتاب استان در مصلی",
             "آغاز ثبت‌نام وام ازدواج در بانک‌های عامل", "تمدید مهلت ارسال آثار به جشنواره فیلم کوتاه",
             "کاهش مصرف آب در ماه گذشته در استان", "نشست هم‌اندیشی فعالان اقتصادی برگزار شد",
             "بازگشایی مدارس پس از تعطیلات نوروزی", "آغاز فصل برداشت زعفران در خراسان"]


def _over_kicker_page(k: int, paras: list[str], upper: str, foot: str = "") -> str:
    menu = "".join("<li><a href='/s/%d'>%s</a></li>" % (i, x) for i, x in
                   enumerate(["خانه", "سیاسی", "ورزشی", "بین‌الملل", "تماس با ما"]))
    body = "".join("<p>%s</p>" % p for p in paras)
    return ("<!DOCTYPE html><html lang='fa' dir='rtl'><head><meta charset='utf-8'><title>%s | روزنه</title>"
            "<link rel='canonical' href='https://rozaneh.ir/fa/news/%d'></head><body><header><div class='logo'>روزنه"
            "</div><nav><ul>%s</ul></nav></header><main><article>%s"
            "<div class='rutitr'>%s</div><h1>%s</h1><div class='date'>۱۲ آذر ۱۴۰۲ - ۱۰:%02d</div>"
            "<div class='body'>%s</div>%s</article></main><footer>کلیه حقوق برای روزنه محفوظ است</footer></body></html>"
            ) % (HEADLINES[k], 1000 + k, menu, upper, KICKERS[k], HEADLINES[k], 10 + k, body, foot)


def _over_kicker_run(tmp_path, upper, foot=lambda k: "") -> list[str | None]:
    (tmp_path / "pages").mkdir()
    for k, paras in enumerate(story_bodies(8, 3)):
        page = _over_kicker_page(k, paras, upper(k), foot(k))
        (tmp_path / "pages" / ("p%d.html" % k)).write_text(page, encoding="utf-8")
    refine(tmp_path / "pages", tmp_path / "out", workers=1, progress="none")
    got = {line_key(r["title"]): r["section"] for r in read_rows(tmp_path / "out")}
    return [got.get(line_key(HEADLINES[k])) for k in range(8)]


def test_a_label_the_site_sets_over_its_stories_kickers_is_the_section(tmp_path):
    # «<div><a href=/c/1>جامعه</a></div><div class="rutitr">گزارش ویژه</div><h1>…»: the kicker differs on
    # each page, the linked label over it recurs on the site's pages (a run teaches it), no menu lists it
    got = _over_kicker_run(tmp_path, lambda k: f"<div class='sec'><a href='/c/{k % 3}'>{SECTIONS[k % 3]}</a></div>")
    assert got == [SECTIONS[k % 3] for k in range(8)]


def test_a_genre_over_the_stories_kickers_that_links_nowhere_names_no_section(tmp_path):
    # (a genre the site repeats over a few stories, as text over their own kickers: no section's link)
    got = _over_kicker_run(tmp_path, lambda k: "<div class='sec'>%s</div>" % ["ویژه‌نامه", "نگاه"][k % 2])
    assert got == [None] * 8


def test_a_linked_genre_over_the_stories_kickers_yields_to_the_trail_at_the_foot(tmp_path):
    # (a genre linked to its tag page, «<a href=/tag/1>نگاه</a>», over the kickers; the trail under the
    # story says where the site filed it)
    genre = ["ویژه‌نامه", "نگاه"]
    got = _over_kicker_run(tmp_path, lambda k: f"<div class='sec'><a href='/tag/{k % 2}'>{genre[k % 2]}</a></div>",
                           lambda k: f"<div class='bc'>خانه › <a href='/s/{k % 3}'>{SECTIONS[k % 3]}</a> › "
                                     f"{HEADLINES[k]}</div>")
    assert got == [SECTIONS[k % 3] for k in range(8)]
