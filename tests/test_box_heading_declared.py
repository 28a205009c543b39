"""A box heading of one fixed word before a section's name («تازه‌ترین‌های <section>», over other
stories' headlines under the story) names the page's section when the site's HTML pages declare that
name their section (``Line.rest_declared``, s57-secta's rule, scored alone on s59's tree). Each site
is its own run."""
from __future__ import annotations

from conftest import made_titles, news_bodies, read_rows
from palayesh import refine

_DECLARING = """<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>{title}</title>
<meta property="article:section" content="{section}"></head><body>
<div>{lines}</div></body></html>
"""


def _bodies(n: int) -> list[list[str]]:
    bodies = [b.split("\n") for b in news_bodies()]
    return [b for b in ([p for p in b if len(p.split()) >= 20][:3] for b in bodies) if len(b) == 3][:n]


def _sections(tmp_path, *, declared: bool) -> tuple[dict[str, str | None], dict[str, str | None]]:
    """A notices site: its menu lists two sections of three; its HTML pages declare each story's
    section (or, without ``declared``, none), and its flat pages show a box of the section's latest
    stories under the story, one fixed word before the section's name, over other headlines. The
    (expected, got) sections of the flat pages."""
    sections = ["سوگ‌نامه‌ها", "مراسم یادبود", "یادداشت خوانندگان"]
    menu = "🏠 | مراسم یادبود | یادداشت خوانندگان | تماس | تعرفه"
    bodies = _bodies(24)
    titles = made_titles(len(bodies), ["مراسم بزرگداشت استاد موسیقی", "نشست یاد و خاطره شاعر",
                                       "آیین نکوداشت پیشکسوت تئاتر"],
                         ["تالار وحدت", "خانه هنرمندان", "فرهنگسرای نیاوران", "حسینیه ارشاد", "تالار رودکی",
                          "موزه سینما", "باغ کتاب", "کاخ نیاوران"])
    src = tmp_path / "pages"
    src.mkdir()
    want: dict[str, str | None] = {}
    for i, paras in enumerate(bodies):
        section = sections[i % 3]
        others = [titles[(i + k) % len(titles)] for k in (5, 9, 13)]
        lines = ["سایت یادمان", menu, titles[i], f"{1 + i % 27} آذر ۱۴۰۲", *paras,
                 f"تازه‌ترین‌های {section}", *others, "کلیه حقوق برای سایت یادمان محفوظ است."]
        if i % 2:
            (src / f"p{i:02d}.txt").write_text("\n\n".join(lines), encoding="utf-8")
            want[f"p{i:02d}"] = section
        else:
            body = "".join(f"<p>{t}</p>" for t in lines)
            head = _DECLARING.format(title=titles[i], section=section, lines=body)
            if not declared:
                head = head.replace(f'<meta property="article:section" content="{section}">', "")
            (src / f"p{i:02d}.html").write_text(head, encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(tmp_path / "out") + read_rows(tmp_path / "out", "rejected")}
    return want, {k: rows[k]["section"] for k in want}


def test_a_box_heading_of_one_fixed_word_names_a_section_the_sites_html_pages_declare(tmp_path):
    want, got = _sections(tmp_path, declared=True)
    assert got == want


def test_without_the_declaration_the_unlisted_section_is_not_read_from_the_box(tmp_path):
    # the menu does not list «سوگ‌نامه‌ها»: nothing but the HTML pages' declaration tells the box's
    # rest from any other heading's words
    want, got = _sections(tmp_path, declared=False)
    unlisted = [k for k, v in want.items() if v == "سوگ‌نامه‌ها"]
    assert unlisted and all(got[k] != "سوگ‌نامه‌ها" for k in unlisted)
