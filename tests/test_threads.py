"""Readers' threads under an HTML story (extract/htmlbody.py ``_thread_under_story``): sibling
posts, each under a head of a name and a date, past the story's end, are no story, whatever
their words; when the main-content extractor took the thread alone, the page's story is read
from the whole page (extract/html.py). A live page's dated entries before the story ends stay.
The pages are written here; the thread tests fail without the mechanism."""
from __future__ import annotations

import pytest

from conftest import read_rows, story_bodies
from palayesh import refine
from palayesh.extract import html as extract_html, htmlbody
from palayesh.textkeys import line_key

SITE = "دیدگاه امروز"
NAMES = ["نیما", "کارمند", "مادر نگران", "هوادار قدیمی", "یک شهروند", "بازنشسته"]
COMMENTS = [
    "به نظرم مسئولان باید از تجربه شهرهای دیگر هم استفاده کنند و زودتر تصمیم بگیرند.",
    "ممنون از خبرنگار که پیگیری کرد، امیدوارم نتیجه را هم به اطلاع ما برسانید لطفا.",
    "ده سال پیش هم همین حرف‌ها زده شد ولی هیچ چیزی در محله ما عوض نشد متاسفانه.",
    "من خودم در این حوزه کار می‌کنم و می‌دانم که واقعیت با این گزارش خیلی فرق دارد.",
]
N = 10
PLACES = ["رشت", "ساری", "گرگان", "یزد", "کرمان", "سنندج", "اراک", "قزوین", "زنجان", "همدان", "بجنورد"]


def _comment(i: int, k: int) -> str:
    """A reader's comment on page ``i``: its words vary from page to page, as readers' do."""
    return f"{COMMENTS[(i + k) % 4][:-1]} در {PLACES[(i + 3 * k) % 11]} و {PLACES[(2 * i + k + 5) % 11]}."


def _thread(i: int) -> str:
    posts = []
    for k in range(4):
        posts.append(f'<div class="n{k % 2}">{NAMES[(i + k) % 6]}</div>'
                     f'<div class="d{k % 3}">2{k}-06-1401 | 1{k}:0{i % 10}</div>'
                     f'<div class="comment-text"><p>{_comment(i, k)}</p></div>'
                     f'<div class="v">👍 {10 + k}  👎 {k}</div>')
    return '<div class="box"><div class="t">دیدگاه‌ها</div>' + "".join(posts) + "</div>"


def _page(i: int, title: str, paras: list[str], thread: bool = True) -> str:
    story = "".join(f'<div class="s{k}">{p}</div>' for k, p in enumerate(paras))
    return f"""<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>{title}</title></head>
<body><div class="h"><div>{SITE}</div><div>جستجو ...</div></div>
<div class="m"><div><h1>{title}</h1><div>امید فتحی | ۱۴۰۱/۰۶/۲{i % 10} | ۰۹:۲۰</div></div>
<div class="b">{story}</div>
<div class="e"><div>انتهای پیام/</div><div>تلگرام</div><div>واتس‌اپ</div><div>کپی لینک</div>
<div>شما هم نظر بدهید</div></div></div>
{_thread(i) if thread else ""}
<div class="f"><div>تمامی حقوق برای {SITE} محفوظ است.</div></div></body></html>"""


def _run(tmp_path, pages: list[str]) -> dict[int, dict]:
    src = tmp_path / "pages"
    src.mkdir()
    for i, page in enumerate(pages):
        (src / f"p{i:02d}.html").write_text(page, encoding="utf-8")
    out = tmp_path / "out"
    refine(src, out, workers=1, progress="none")
    return {int(r["id"][1:]): r for r in read_rows(out)}


def _site(paras: int = 2):
    bodies = [b[:paras] for b in story_bodies(N)]
    titles = [f"گزارش شماره {i + 1} از وضعیت خیابان‌های شهر" for i in range(N)]
    return bodies, titles, [_page(i, titles[i], bodies[i]) for i in range(N)]


def _comments_in(text: str) -> list[str]:
    keys = line_key(text)
    return [c for c in COMMENTS if line_key(c[:-1]) in keys]


def _thread_lines(i: int) -> list[str]:
    out = ["دیدگاه‌ها"]
    for k in range(4):
        out += [NAMES[(i + k) % 6], f"2{k}-06-1401 | 1{k}:0{i % 10}", _comment(i, k), f"👍 {10 + k}  👎 {k}"]
    return out


def _extractor_takes(monkeypatch, bodies, story: bool) -> None:
    """The main-content extractor's choice on page ``i`` (told by its thread's first name): the
    story and the thread under it, or the thread alone."""
    def main_text(raw: str, engine: str) -> str:
        i = next(i for i in range(N) if f"1401 | 10:0{i % 10}" in raw and bodies[i][0][:30] in raw)
        return "\n".join([*(bodies[i] + ["انتهای پیام/"] if story else []), *_thread_lines(i)])

    monkeypatch.setattr(extract_html, "_main_text", main_text)


def _texts(rows) -> list[str]:
    return ["\n".join(filter(None, (rows[i]["lead"], rows[i]["text"]))) if i in rows else "" for i in range(N)]


@pytest.mark.parametrize("story", [True, False], ids=["story_and_thread", "thread_alone"])
def test_a_thread_under_the_story_is_no_story(tmp_path, monkeypatch, story):
    # (a one-paragraph story under which the thread holds more prose than the story: the trimmed
    # body looked like a lost story, and the guard that restores one took the thread back)
    bodies, _titles, pages = _site(1 if story else 3)
    _extractor_takes(monkeypatch, bodies, story)
    for i, text in enumerate(_texts(_run(tmp_path, pages))):
        assert _comments_in(text) == [], (i, text)
        assert line_key(bodies[i][0]) in line_key(text), (i, text)  # (the story is read)


@pytest.fixture
def without_threads(monkeypatch):
    monkeypatch.setattr(htmlbody, "_thread_under_story", lambda kinds, dom: set())
    monkeypatch.setattr(extract_html, "thread_only", lambda lines, dom, keys: False)


@pytest.mark.parametrize("story", [True, False], ids=["story_and_thread", "thread_alone"])
def test_the_thread_is_kept_without_the_mechanism(tmp_path, monkeypatch, without_threads, story):
    bodies, _titles, pages = _site(1 if story else 3)
    _extractor_takes(monkeypatch, bodies, story)
    texts = _texts(_run(tmp_path, pages))
    if story:  # (the thread is kept with the story)
        assert any(_comments_in(t) for t in texts)
    else:  # (the thread is all there is)
        assert any(line_key(bodies[i][0]) not in line_key(t) for i, t in enumerate(texts))


def test_a_live_pages_dated_entries_stay():
    # a live page: each entry under its reporter's name and its date, before the story's end
    entries = "".join(f'<div class="n">{NAMES[k]}</div><div class="d">۱۴۰۱/۰۶/۲{k} ۱۰:۰{k}</div>'
                      f'<div class="x"><p>{COMMENTS[k]}</p></div>' for k in range(4))
    intro = story_bodies(1)[0][0]
    page = f"""<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>پخش زنده</title></head>
<body><h1>پخش زنده رویدادهای امروز شهر</h1><div class="b"><p>{intro}</p><div class="live">{entries}</div>
<p>انتهای پیام/</p></div></body></html>"""
    from palayesh import extract

    text = extract(page).text
    assert len(_comments_in(text)) == 4, text


def test_a_forum_page_that_opens_as_a_post_keeps_its_posts(monkeypatch):
    # a forum's thread: the page's first prose is a post under its name and date, as the replies
    # under it are; they are the page's, not a thread under another story
    posts = [(NAMES[k], f"۱۴۰۱/۰۶/۲{k} ۱۰:۰{k}", _comment(0, k)) for k in range(4)]
    thread = "".join(f'<div class="n">{n}</div><div class="d">{d}</div><div class="x"><p>{c}</p></div>'
                     f'<div class="v">👍 {k}</div>' for k, (n, d, c) in enumerate(posts))
    page = f"""<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>تالار گفتگو</title></head>
<body><h1>گره ترافیک میدان اصلی شهر کی باز می‌شود</h1><div class="t">{thread}</div></body></html>"""
    lines = [x for n, d, c in posts for x in (n, d, c)]
    monkeypatch.setattr(extract_html, "_main_text", lambda raw, engine: "\n".join(lines))
    from palayesh import extract

    text = extract(page).text
    assert len(_comments_in(text)) == 4, text
