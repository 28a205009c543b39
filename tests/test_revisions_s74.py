"""Revision views (:mod:`palayesh.extract.revisions`, s74): a text compared side by side is read as its newer
version, once; a view's heading that quotes the text's title gives the title; the versions' times are no date."""
from __future__ import annotations

from palayesh.extract import extract
from palayesh.extract.revisions import compared_text

TITLE = "بارش برف در تهران و کرج ادامه دارد"
PARAS = ["به گزارش خبرنگار ما، بارش برف از صبح امروز در بیشتر مناطق تهران و کرج آغاز شد و تا فردا ادامه دارد.",
         "مدیر هواشناسی استان گفت: شهروندان از سفرهای غیر ضروری خودداری کنند و مراقب لغزندگی معابر باشند.",
         "وی افزود: دمای هوا نیز تا پایان هفته چند درجه کاهش می‌یابد و هوا سردتر می‌شود.",
         "به گفته وی، مدارس برخی مناطق شمالی استان فردا تعطیل است و کلاس‌ها مجازی برگزار می‌شود."]
OLD = "وی افزود: دمای هوا تا پایان هفته کاهش می‌یابد."


def _compare_screen() -> str:
    """A CMS's «compare revisions» screen: title and content rows, older | marker | newer."""
    rows = []
    for i, p in enumerate(PARAS):
        if i == 2:
            rows.append(f'<tr><td class="diff-deletedline">{OLD}</td><td></td>'
                        f'<td class="diff-addedline">{p}</td></tr>')
        else:
            rows.append(f"<tr><td>{p}</td><td></td><td>{p}</td></tr>")
        rows.append("<tr><td></td><td></td><td></td></tr>")
    return ("<html><head><title>مقایسه نسخه‌ها</title></head><body>"
            "<div id='adminbar'><a>پیشخوان</a> <a>نوشته‌ها</a></div>"
            f'<div class="wrap"><h1>مقایسه نسخه‌های «{TITLE}»</h1><a>بازگشت به ویرایشگر نوشته</a>'
            "<div class='meta'><div>از: علی رضایی، ۳ روز پیش (۱۵ خرداد ۱۴۰۴ @ ۱۲:۳۰)</div>"
            "<div>به: سارا احمدی، ۲ روز پیش (۱۶ خرداد ۱۴۰۴ @ ۰۹:۱۰)</div></div>"
            f'<h3>عنوان</h3><table class="diff"><tr><td>{TITLE}</td><td></td><td>{TITLE}</td></tr></table>'
            '<h3>محتوا</h3><table class="diff">' + "".join(rows) + "</table></div></body></html>")


def test_compare_screen_reads_the_newer_version_once():
    art = extract(_compare_screen(), format="html")
    assert art.title == TITLE  # (the heading quotes it; the title row shows it)
    assert art.paragraphs == PARAS  # (each line once, the deleted older line never)
    assert art.published is None  # (the versions' times; the text shows no date)


def _wiki_diff() -> str:
    """A wiki's diff: the versions' header row, a changed line and a context line, then the current
    revision rendered with its date line; the versions' times repeated in a heading and the footer."""
    old_t, new_t = "نسخهٔ ‏۱۱:۱۳، ۶ ژوئن ۲۰۲۵", "نسخهٔ کنونی تا ‏۲۲:۵۱، ۱۱ ژوئن ۲۰۲۵"
    return ("<html><head><title>" + TITLE + "</title></head><body><h1>" + TITLE + "</h1>"
            '<table class="diff"><tr><td colspan="2"><div>' + old_t + "</div><div>نرگس جعفری (بحث)</div>"
            '<div>← ویرایش قدیمی‌تر</div></td><td colspan="2"><div>' + new_t + "</div><div>سعید حسینی (بحث)</div>"
            "<div>(ویرایش جزئی)</div></td></tr>"
            '<tr><td colspan="2">سطر ۵:</td><td colspan="2">سطر ۵:</td></tr>'
            f'<tr><td></td><td class="del"><div>{OLD}</div></td><td></td>'
            f'<td class="add"><div>{PARAS[2]}</div></td></tr>'
            f"<tr><td></td><td><div>{PARAS[3]}</div></td><td></td><td><div>{PARAS[3]}</div></td></tr></table>"
            f"<h2>{new_t}</h2><div class='mw-parser-output'><p>پنج‌شنبه، ۱۵ خرداد ۱۴۰۴</p>"
            + "".join(f"<p>{p}</p>" for p in PARAS) + "</div></body></html>")


def test_wiki_diff_is_a_view_of_the_rendered_text():
    out = compared_text(_wiki_diff())
    assert out is not None and OLD not in out.page and "سطر ۵" not in out.page
    assert out.newer == ()  # (the table only viewed the text shown whole under it: no newer lines put in)
    assert "نسخهٔ کنونی تا" not in out.page  # (the heading that repeats the newer version's header line)
    art = extract(_wiki_diff(), format="html")
    assert art.paragraphs == PARAS
    assert art.published == "2025-06-05"  # (the story's date line, not a version's time)


def test_table_of_figures_or_two_columns_is_no_comparison():
    # a two-column table of figures, and a table of different texts side by side: left as they are
    figures = "<table>" + "".join(f"<tr><td>{a}</td><td>{a}</td></tr>" for a in ("۱۲", "۱۴", "۱۵")) + "</table>"
    pairs = ("<table>" + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in zip(PARAS, reversed(PARAS)))
             + "</table>")
    assert compared_text(f"<html><body>{figures}</body></html>") is None
    assert compared_text(f"<html><body>{pairs}</body></html>") is None
