"""(s76) A post's filing line under its story, «در <section>» (a blog's «Posted in X»: the category's link
after «در»), is no paragraph of the story when the page names that section elsewhere (its chip over the
story): agdev's forest pages under ``--transplant`` kept «در مراتع» as the story's last paragraph. A
sentence that opens with «در» and the section's name goes on past it and stays."""
from conftest import made_titles, read_rows
from palayesh import refine
from palayesh.extract.text import files_in_section
from test_stock_title_s73 import TOWNS, _story

WORKS = ["طرح آبخیزداری", "کاشت نهال", "پایش مراتع", "گشت جنگلبانی", "مهار آتش"]
SECTIONS = ["مراتع", "جنگل‌ها", "آتش‌سوزی"]


def _page(k: int, head: str) -> str:
    section = SECTIONS[k % len(SECTIONS)]
    story = "".join(f"<p>{p}</p>" for p in _story(k, TOWNS[k % len(TOWNS)]))
    return f"""<html><head><title>جنگلبان نیوز - {head}</title></head><body>
<div class="header">جنگلبان نیوز</div>
<ul class="menu"><li><a href="/">خانه</a></li><li><a href="/s/1">جنگل‌ها</a></li>
<li><a href="/s/2">مراتع</a></li><li><a href="/s/3">آتش‌سوزی</a></li></ul>
<article><h1>{head}</h1>
<div class="meta"><a class="chip" href="/category/{k % 3}/">{section}</a> | <span>لیلا هاشمی</span></div>
<div class="text">{story}
<time datetime="2023-09-{k + 10:02d}T10:00:00+03:30">{k + 1} مهر ۱۴۰۲</time><span>در <a href="/category/{k % 3}"
 rel="category tag">{section}</a></span></div></article>
<div class="footer">کلیه حقوق برای جنگلبان نیوز محفوظ است.</div></body></html>"""


def test_the_filing_line_under_the_story_is_no_paragraph(tmp_path):
    heads = made_titles(12, WORKS, TOWNS)
    src = tmp_path / "pages"
    src.mkdir()
    for k, head in enumerate(heads):
        (src / f"p{k:02d}.html").write_text(_page(k, head), encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(tmp_path / "out")}
    assert len(rows) >= 10
    for k, row in rows.items():
        assert row["section"] == SECTIONS[int(k[1:]) % len(SECTIONS)]
        assert row["text"].split("\n")[-1].startswith("فرماندار")  # the story's own last paragraph


def test_a_sentence_opening_with_the_section_stays():
    assert files_in_section("در مراتع", "مراتع")
    assert files_in_section("در جنگل‌ها", "جنگل ها")  # (the run's keys: a space for the ZWNJ)
    assert not files_in_section("در مراتع استان امسال بارندگی کم بود.", "مراتع")
    assert not files_in_section("مراتع", "مراتع")
    assert not files_in_section("در تهران", "مراتع")
