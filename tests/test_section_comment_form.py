"""A comment form a theme sets between the story's head and its text: the form's field labels
(«نام», «ایمیل», whatever the site calls them) stand under its heading («ارسال نظر»), no meta lines
of the header, though other sites of the run show one of those words as a label over their stories.
Pages written here."""
from __future__ import annotations

from conftest import read_rows, story_bodies
from palayesh import refine

SECTIONS = ["زیارت", "فرهنگی", "نذورات"]
WRITERS = ["نرگس شریفی", "جواد توکلی", "زهره اکبری"]
#: the form's field label, a label other sites of the run show over their stories
FIELD = "نشانی"
OTHER = [FIELD, "ورزش", "اقتصاد"]


def _headline(paras: list[str]) -> str:
    """A headline of the story's own words: the first of its first paragraph without digits."""
    return " ".join([w for w in paras[0].split() if not any(c.isdigit() for c in w)][:7]).strip("،.:")


def _site_with_form(i: int, paras: list[str]) -> str:
    sec = SECTIONS[i % 3]
    return "\n\n".join([
        "حرم‌نیوز", f"امروز: {1 + i % 28} آبان ۱۴۰۲", "حرم‌نیوز", *SECTIONS, "خدمات به زائران",
        _headline(paras), f"{sec} | {WRITERS[i % 3]} | بازدید: {1000 + 37 * i}", "به نقل از خبرگزاری فارس",
        f"{1 + i % 4} دقیقه مطالعه", f"کد خبر: {6318229 + 7 * i}", "🖨 چاپ | 📧 ارسال",
        f"انتشار یافته: {1 + i % 5} | در انتظار بررسی: {i % 3} | غیر قابل انتشار: {i % 2}",
        # (a story closed to comments shows no form)
        *(["ارسال نظر", "نظرات پس از تایید مدیر منتشر خواهد شد.", "نام", FIELD, "نظر شما", "ارسال"]
          if i % 6 != 5 else []),
        *paras, "تمامی حقوق این سایت محفوظ است."])


def _other_site(name: str, i: int, paras: list[str]) -> str:
    return "\n\n".join([name, f"{1 + i % 28} دی ۱۴۰۲", " | ".join(["خانه", *OTHER]), OTHER[i % 3],
                        _headline(paras), *paras,
                        f"کلیه حقوق برای {name} محفوظ است."])


def test_a_comment_forms_field_label_under_the_headline_is_no_section(tmp_path):
    bodies = story_bodies(36, paras=3)
    src = tmp_path / "pages"
    src.mkdir()
    for i in range(12):
        (src / f"a{i:02d}.txt").write_text(_site_with_form(i, bodies[i]), encoding="utf-8")
        (src / f"b{i:02d}.txt").write_text(_other_site("شهرنامه", i, bodies[12 + i]), encoding="utf-8")
        (src / f"c{i:02d}.txt").write_text(_other_site("روزنو", i, bodies[24 + i]), encoding="utf-8")
    out = tmp_path / "out"
    refine(src, out, workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(out)}
    # (the other sites name their sections over their headlines, the form's word among them)
    assert [rows[f"b{i:02d}"]["section"] for i in range(12)] == [OTHER[i % 3] for i in range(12)]
    # (the site with the form: its row under the headline names the section, not the form's field)
    got = [rows[f"a{i:02d}"]["section"] for i in range(12)]
    assert FIELD not in got, got
    assert got == [SECTIONS[i % 3] for i in range(12)], got
