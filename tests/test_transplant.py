"""bench/transplant.py: the section and date of a page shown another way, the gold kept in step."""
import importlib.util
import json
import random
import re
from pathlib import Path

import jdatetime
import pytest

_spec = importlib.util.spec_from_file_location(
    "palayesh_bench_transplant", Path(__file__).resolve().parent.parent / "bench" / "transplant.py")
tp = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tp)

TITLE = "نشست شورای شهر برای بررسی طرح‌های تازه برگزار شد"
BODY = ["به گزارش خبرنگار ما، نشست شورای شهر امروز با حضور اعضا و مدیران شهری برگزار شد و چند طرح تازه بررسی شد.",
        "رئیس شورا در این نشست گفت که اجرای طرح‌های عمرانی تا پایان سال ادامه خواهد داشت و بودجه آن تامین است.",
        "وی افزود: شهروندان می‌توانند نظرات خود را درباره این طرح‌ها از راه سامانه شهرداری به مسئولان برسانند."]


def _page(site="shahrnews.ir", date_line="تاریخ انتشار: ۱۴۰۱/۰۷/۱۴ - ۱۰:۲۰", crumb="خانه » اجتماعی"):
    lines = ["شهر نیوز", "خانه | سیاسی | اجتماعی | ورزشی", crumb, TITLE, date_line, *BODY, "برچسب‌ها: شورا، شهر"]
    gold = {"id": "p", "file": "p.txt", "site": site, "kind": "article", "format": "txt", "title": TITLE,
            "lead": None, "section": "اجتماعی", "published_iso": "2022-10-06", "body_paragraphs": list(BODY),
            "chrome_lines": [lines[0], lines[1], crumb, date_line]}
    return "\n".join(lines), gold


@pytest.mark.parametrize("seed", range(12))
def test_moves_the_lines_and_keeps_the_values(seed):
    text, gold = _page()
    st = tp.Style(random.Random(seed))
    stats = __import__("collections").Counter()
    out = tp.transplant_page(text, gold, st, random.Random(seed), stats)
    assert stats["date_transplanted"] == stats["section_transplanted"] == 1
    lines = out.split("\n")
    assert "تاریخ انتشار: ۱۴۰۱/۰۷/۱۴ - ۱۰:۲۰" not in lines and "خانه » اجتماعی" not in lines
    # the date is shown once outside the story (plus distractors on other days), the section still shown
    story = {tp.canon(p) for p in gold["body_paragraphs"]}
    shown = tp.find_date_lines(lines, "2022-10-06", {i for i, x in enumerate(lines) if tp.canon(x) in story})
    if st.cal.startswith("j") or st.cal.startswith("greg"):
        assert len(shown) == 1
    assert any("اجتماعی" in x for x in lines[2:] if tp.canon(x) not in story)
    assert gold["section"] == "اجتماعی" and gold["published_iso"] == "2022-10-06"
    # each paragraph of the gold story is a line of the page (a story paragraph with a date joins it)
    assert all(p in lines for p in gold["body_paragraphs"])
    assert set(gold["chrome_lines"]).isdisjoint({"خانه » اجتماعی"})


def test_twice_shown_date_is_left_alone():
    text, gold = _page()
    text += "\n۱۴۰۱/۰۷/۱۴"
    stats = __import__("collections").Counter()
    tp.transplant_page(text, gold, tp.Style(random.Random(1)), random.Random(1), stats)
    assert stats["date_ambiguous"] == 1 and not stats["date_transplanted"]


@pytest.mark.parametrize("shown", ["۱۴ مهر ۱۴۰۱", "14 مهر‌ماه 1401", "۱۴۰۱-۷-۱۴", "۰۱/۰۷/۱۴", "14.07.1401",
                                   "6 اکتبر 2022", "October 6, 2022", "2022-10-06", "06/10/2022"])
def test_finds_every_rendering(shown):
    assert tp.find_date_lines(["تاریخ: " + shown], "2022-10-06", set()) == [0]
    other = shown.translate(tp.TO_ASCII).replace("14", "15").replace("6", "7")
    assert tp.find_date_lines(["تاریخ: " + other], "2022-10-06", set()) == []


def test_rendered_dates_are_the_day():
    g = jdatetime.date(1399, 12, 30).togregorian()
    for seed in range(30):
        st = tp.Style(random.Random(seed))
        s = tp.render_date(g, st, "08:05")
        assert re.search(tp.date_pattern(g.isoformat()), tp._search_form(s)), s


def test_one_style_a_site(tmp_path):
    (tmp_path / "pages").mkdir()
    rows = []
    for k in range(6):
        text, gold = _page()
        gold.update(id="p%d" % k, file="p%d.txt" % k)
        (tmp_path / "pages" / gold["file"]).write_text(text, encoding="utf-8")
        rows.append(gold)
    (tmp_path / "gold.jsonl").write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in rows), "utf-8")
    stats = tp.transplant(tmp_path / "pages", tmp_path / "gold.jsonl", seed=3)
    assert stats["changed"] == 6
    shapes = {re.sub(r"[\d۰-۹٠-٩]", "9", (tmp_path / "pages" / g["file"]).read_text("utf-8").split("\n")[2])
              for g in rows}
    assert len(shapes) == 1
