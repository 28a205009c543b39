"""Section shapes of s69: a label a site sets right above its headlines over stories its menu marks under
several of its sections is the stories' kicker (a genre, «یادداشت روز»), not their section; the menu's
marked item is. A label that stands over one section's stories only is a sub-section and stays."""
from __future__ import annotations

from conftest import news_bodies, read_rows
from palayesh import refine
from palayesh.extract.template import current_item

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
