"""HTML pages of three shapes (s73): a script print whose narration stands in a table beside its cues, a
read-aloud page whose player dates its voice, a page with no ``<h1>`` whose ``<title>`` cuts the headline."""
from __future__ import annotations

from conftest import read_rows, story_bodies
from palayesh import refine
from palayesh.extract import extract

P1 = ("وزیر راه و شهرسازی امروز از آغاز ساخت خط آهن چابهار به زاهدان خبر داد و گفت این خط تا دو سال دیگر"
      " کامل می‌شود.")
P2 = ("به گفته او، با بهره‌برداری از این خط، بار بندر چابهار با قطار به شمال کشور می‌رسد و هزینه حمل کالا"
      " کاهش می‌یابد.")
P3 = ("ریل‌گذاری در بخش نخست این مسیر از ماه آینده آغاز خواهد شد و کار در کارگاه‌های آن شبانه‌روزی است و"
      " صدها نفر در آن کار می‌کنند.")


def _script_print(cues: tuple[str, str, str]) -> str:
    rows = "".join(f'<tr><td class="video">{c}</td><td class="audio"><p>{p}</p></td></tr>\n'
                   for c, p in zip(cues, (P1, P2, P3)))
    return ('<!DOCTYPE html><html lang="fa"><head><meta charset="utf-8"><title>SCRIPT - خط آهن چابهار</title>'
            "</head><body>\n"
            '<table class="head"><tr><td>اسلاگ:</td><td>RAIL-12</td></tr><tr><td>گزارشگر:</td><td>مریم سلیمانی</td>'
            "</tr><tr><td>تاریخ پخش:</td><td>۱۴۰۲/۰۷/۱۴ ۲۲:۵۳</td></tr></table>\n"
            "<h1>ساخت خط آهن چابهار به زاهدان آغاز شد</h1>\n"
            '<table class="script"><tr><td>تصویر</td><td>صدا</td></tr>\n' + rows + "</table>\n"
            '<div class="print-foot"><span>چاپ: امید نوری</span> <span>تاریخ چاپ: ۱۴۰۲/۰۸/۱۳ ۱۱:۰۰</span></div>'
            "</body></html>")


def test_script_print_cues_beside_narration_are_no_story_lines():
    # a TV script's print: the picture column's cues stand beside the narration paragraphs in one
    # table row each; the extractor's row «[گوینده] | <paragraph>» is two lines, the cue chrome
    a = extract(_script_print(("[گوینده]", "[SOT: مدیرعامل راه‌آهن]", "[تصویر آرشیوی]")))
    assert a.paragraphs[:2] == [P1, P2]
    assert not any("[" in p for p in a.paragraphs)


def test_table_of_figures_rows_stay_rows():
    # a table of short cells (figures) is no layout: its rows stay «a | b | c» lines
    html = ('<html><head><title>قیمت غلات</title></head><body><h1>قیمت غلات در بازار تهران اعلام شد</h1>'
            f"<p>{P1}</p><table><tr><td>محصول</td><td>قیمت</td><td>تغییر</td></tr>"
            "<tr><td>گندم</td><td>۴۰,۵۰۰</td><td>۱۲٪</td></tr><tr><td>جو</td><td>۳۱,۰۰۰</td><td>-۴٪</td></tr>"
            f"</table><p>{P2}</p></body></html>")
    a = extract(html)
    assert "گندم | ۴۰,۵۰۰ | ۱۲٪" in a.paragraphs


def test_voice_generation_day_is_no_story_date():
    # the player's «تاریخ تولید صدا: …» (a later day, a label qualified by other words) beside the
    # article's one <time datetime> whose text is an age: the instant is the story's
    html = ('<!DOCTYPE html><html lang="fa"><head><meta charset="utf-8"><title>خط آهن - رادیو</title></head><body>'
            '<header><a class="logo">شنوا</a> <span class="today">امروز: جمعه ۸ اردیبهشت ۱۴۰۳</span></header>'
            '<article class="news"><h1>ساخت خط آهن چابهار به زاهدان آغاز شد</h1>'
            '<div class="meta"><time datetime="2024-01-25T23:52:00+03:30">۳ ماه پیش</time></div>'
            '<div class="tts-player"><div>این خبر را بشنوید</div><div>۰۰:۰۰ / ۰۰:۵۷</div>'
            "<div>تاریخ تولید صدا: ۱۴۰۳/۰۲/۰۴</div></div>"
            f"<div class=\"transcript\"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></article></body></html>")
    a = extract(html)
    assert a.published == "2024-01-25T23:52:00+03:30"


def test_cut_tab_title_stands_for_the_heading_it_opens():
    # no <h1>: the <title> keeps the headline's first 45 characters and «...»; the heading the page
    # shows whole is the headline (and the date under it the story's, not the book's day above)
    head = "روابط‌عمومی زبان گویای هر سازمان است / ساختار دولت در هرمزگان از نیروی بومی استفاده کرده است"
    html = ('<!DOCTYPE html><html lang="fa"><head><meta charset="utf-8">'
            f"<title>{head[:45].rstrip()}... - کتابخانه ریلی</title></head><body>"
            '<div class="book"><span>کتابخانه ریلی</span><br>[Wed, 16 Sep 2020]</div>'
            '<div class="navbar">| Next | Section menu | Main menu | Previous |</div>'
            f'<h2 class="recipe_title">{head}</h2><div class="article_date">Mon, 14 Sep 2020 02:54:00 +0430</div>'
            f"<p>{P1}</p><p>{P2}</p><p>{P3}</p></body></html>")
    a = extract(html)
    assert a.title == head
    assert a.published is not None and a.published.startswith("2020-09-14")


def test_story_in_table_rows_keeps_its_zwnj():
    # a print whose head is a table of ten fields and whose story stands in table rows, most with an
    # empty cue cell: the rows the extractor frames in bars («|  | <paragraph> |») are found on the
    # page whole, so the paragraphs keep the page's ZWNJs (they were written as the extractor left
    # them once the page's lookups were spent on the framed rows)
    fields = "".join(f"<tr><td>فیلد {i}:</td><td>مقدار {i}</td></tr>" for i in range(10))
    paras = [P1, P2, P3, P1.replace("امروز", "دیروز"), P2.replace("بندر", "بار بندر"), P3.replace("ماه", "هفته")]
    rows = "".join(f'<tr><td class="video">{"[گوینده]" if i == 0 else ""}</td><td class="audio"><p>{p}</p></td></tr>'
                   for i, p in enumerate(paras))
    html = ('<!DOCTYPE html><html lang="fa"><head><meta charset="utf-8"><title>SCRIPT - خط آهن</title></head><body>'
            f'<table class="head">{fields}</table><h1>ساخت خط آهن چابهار به زاهدان آغاز شد</h1>'
            f'<table class="script"><tr><td>تصویر</td><td>صدا</td></tr>{rows}</table>'
            '<div class="print-foot"><span>چاپ: امید نوری</span></div></body></html>')
    a = extract(html)
    assert a.paragraphs[:5] == paras[:5]


def test_plain_section_label_reads_over_a_qualified_one():
    # a script's head table: «بخش خبری» (the bulletin, a label qualified by a second word) before
    # «سرویس» (the section): the plain label names the section
    html = _script_print(("[گوینده]", "", "")).replace(
        "<tr><td>تاریخ پخش:</td>", "<tr><td>بخش خبری:</td><td>خبر شبانگاهی</td></tr><tr><td>سرویس:</td>"
        "<td>اقتصادی</td></tr><tr><td>تاریخ پخش:</td>")
    assert extract(html).section == "اقتصادی"


# -- a section line over a genre kicker, in a run that knows the genre -------------------------------------------

_SECS_A = ["ورزش", "اقتصاد", "فرهنگ"]
_SECS_B = ["صنعت", "ترانزیت", "بندر و گمرک"]
_GENRES = ["گزارش", "تحلیل"]
_TITLES = [f"گزارش شماره {w} از نشست امروز در شهر {v}" for w, v in
          zip(["یکم", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم", "یازدهم", "دوازدهم"],
              ["مشهد", "تبریز", "شیراز"] * 4)]


def _site_a(i, paras):
    sec = _SECS_A[i % 3]
    act = ' class="active"'
    menu = "".join(f'<li{act if s == sec else ""}><a href="/s/{k}">{s}</a></li>'
                   for k, s in enumerate(["خانه", *_SECS_A, "تماس"]))
    return (f'<!DOCTYPE html><html lang="fa"><head><meta charset="utf-8"><title>{_TITLES[i]} - خبر شهر</title>'
            f'<link rel="canonical" href="https://khabar-shahr.ir/news/{100 + i}"></head><body>'
            f'<header><a class="logo" href="/">خبر شهر</a></header><nav class="menu"><ul>{menu}</ul></nav>'
            f'<nav class="breadcrumb"><a>خانه</a> › <a>{sec}</a></nav><article>'
            f'<div class="kicker">{_GENRES[(i // 3) % 2]}</div><h1>{_TITLES[i]}</h1>'
            f'<div class="date">۱۴۰۲/۰۲/{10 + i:02d}</div>'
            + "".join(f"<p>{p}</p>" for p in paras) + "</article><footer>© خبر شهر</footer></body></html>")


def _site_b(i, paras):
    t = _TITLES[(i + 5) % 12].replace("نشست", "جلسه")
    return (f'<!DOCTYPE html><html lang="fa"><head><meta charset="utf-8"><title>{t} - کتابخانه ریلی</title>'
            f'<link rel="canonical" href="https://ketab-rayli.ir/books/feed_{i % 3}/article_{i}/index.html">'
            "</head><body>"
            '<div class="calibre_book"><span>کتابخانه ریلی</span><br>[Wed, 16 Sep 2020]</div>'
            '<div class="calibre_navbar">| Next | Section menu | Main menu | Previous |</div>'
            f'<div class="calibre_feed_title">{_SECS_B[i % 3]}</div>'
            f'<div class="calibre_rutitr">{_GENRES[(i // 3) % 2]}</div>'
            f'<h2 class="calibre_recipe_title">{t}</h2>'
            f'<div class="article_date">Mon, {1 + i:02d} Sep 2020 02:54:00 +0430</div>'
            + "".join(f"<p>{p}</p>" for p in paras)
            + '<div class="calibre_navbar">| Previous | Section menu | Main menu |</div></body></html>')



def test_section_line_over_a_genre_kicker_is_the_section(tmp_path):
    # a calibre news book (no menu): the feed's title (the section) over a kicker «گزارش» / «تحلیل»
    # over the <h2> headline; another site of the run sets the same kickers over stories of several of
    # the sections its menu marks: a genre, so the line over it is the section, though it links nowhere
    bodies = story_bodies(24, paras=3)
    src = tmp_path / "pages"
    src.mkdir()
    for i in range(24):
        page = _site_a(i, bodies[i]) if i < 12 else _site_b(i - 12, bodies[i])
        (src / f"p{i:02d}.html").write_text(page, encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(tmp_path / "out")}
    assert [rows[f"p{12 + i:02d}"]["section"] for i in range(12)] == [_SECS_B[i % 3] for i in range(12)]
    assert [rows[f"p{12 + i:02d}"]["surtitle"] for i in range(12)] == [_GENRES[(i // 3) % 2] for i in range(12)]


def test_story_laid_out_a_paragraph_a_table_row_keeps_its_last_row():
    # the narration's paragraphs each in a cell of its own row (one column): the story's container is
    # the table, not the cell of its heaviest first paragraph, so the last rows are no widget after it
    a = extract(_script_print(("[گوینده]", "", "")))
    assert a.paragraphs == [P1, P2, P3]
