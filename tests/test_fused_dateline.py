"""A site that fuses its section into the story's dateline, «<section> <site>: …», under a kicker
over the headline that no page of the run lists: the section is the name the site's menu lists,
not the kicker (zdev's rose-water site: «گردشگری کاشان گلاب‌سرا: …» under «فصل گلاب‌گیری»)."""
from __future__ import annotations

from conftest import read_rows, story_bodies
from palayesh import refine
from palayesh.textkeys import line_key

SITE = "باغ‌نامه"
SECTIONS = ["گل و گیاه", "باغبانی شهری", "آفات", "بازار نهال"]
KICKERS = ["فصل کاشت", "گزارش میدانی", "پرونده بهار", "یادداشت هفته", "از نزدیک"]


def _pages(fused: bool) -> list[tuple[str, str]]:
    pages = []
    for i, paras in enumerate(story_bodies(16)):
        sec = SECTIONS[i % len(SECTIONS)]
        lead = f"{sec} {SITE}: {paras[0]}" if fused else paras[0]
        lines = [f"عنوان گزارش شماره {i + 1} باغ‌نامه | {SITE}", SITE, "🏠 | " + " | ".join(SECTIONS) + " | تماس با ما",
                 KICKERS[i % len(KICKERS)], f"گزارش شماره {i + 1} از باغ‌های شهر", f"کد خبر {40210 + i}",
                 lead, *paras[1:], f"© {SITE}"]
        pages.append((sec, "\n\n".join(lines)))
    return pages


def _refined(tmp_path, fused: bool) -> list[tuple[str, dict]]:
    src = tmp_path / "pages"
    src.mkdir()
    gold = {}
    for i, (sec, text) in enumerate(_pages(fused)):
        (src / f"p{i:02d}.txt").write_text(text, encoding="utf-8")
        gold[f"p{i:02d}"] = sec
    refine(src, tmp_path / "out", workers=1, progress="none")
    return [(gold[r["id"]], r) for r in read_rows(tmp_path / "out")]


def test_a_listed_name_fused_before_the_dateline_is_the_section_not_the_kicker(tmp_path):
    rows = _refined(tmp_path, fused=True)
    assert len(rows) == 16
    for sec, r in rows:
        assert line_key(r["section"] or "") == line_key(sec), r["id"]
        # (the dateline stays the lead's, the section's name is cut from it)
        assert (r["lead"] or r["text"]).startswith(SITE), r["id"]


def test_without_a_fused_name_the_kicker_is_no_menu_section(tmp_path):
    # the same site with plain leads: no fused name to prefer; the kicker is read as the run reads it
    rows = _refined(tmp_path, fused=False)
    assert len(rows) == 16
    assert all(line_key(r["section"] or "") not in {line_key(s) for s in SECTIONS} for _, r in rows)
