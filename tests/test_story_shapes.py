"""Nothing of a story is lost, whatever shape its site gives it: pages written here
(:mod:`story_shapes`: subheadings, quotes, lists, tables, interview lines, one-line paragraphs, an
ad or a box set between paragraphs), flat and HTML, alone and in a run that learns the site; and
paragraphs a flattener broke (at an inline link, at a column) on a site whose pages the run reads.
"""
from __future__ import annotations

import textwrap

import pytest

from conftest import read_rows
from palayesh import extract, refine
from story_shapes import MENU, SHAPES, SITE, _place as _place_of, canon, headline, lost_and_extra, paragraphs, site


def _refine(tmp_path, raws: list[str], ext: str) -> list[dict]:
    """The rows of a run over ``raws`` (``p00.<ext>``, …), in page order (dedup off: the site's
    stories are alike on purpose)."""
    src = tmp_path / "pages"
    src.mkdir()
    for k, raw in enumerate(raws):
        (src / f"p{k:02d}.{ext}").write_text(raw, encoding="utf-8")
    out = tmp_path / "out"
    refine(src, out, workers=1, progress="none", dedup={"enabled": False})
    rows = {r["id"]: r for r in read_rows(out)}
    return [next(r for i, r in rows.items() if f"p{k:02d}" in str(i)) for k in range(len(raws))]


# ------------------------------------------------------------------------------ shapes, alone
#: shapes a flat page alone does not keep whole yet (a run of the site keeps them: below), and why
_ALONE_OPEN = {
    ("text", "box_between"): "a related box between a flat page's paragraphs ends its story alone",
    ("text", "page_bar"): "a page bar between a flat page's paragraphs stays in its story alone",
    ("text", "ad_slot"): "«تبلیغات» right over the next paragraph ends a flat page's story alone",
    ("text", "captions"): "a photo's caption between a flat page's paragraphs reads as a subheading alone",
    ("text", "video"): "a video's «دانلود فیلم» stays between a flat page's paragraphs alone",
    ("text", "subhead_every"): "a subheading right under a flat page's date reads as its headline, the "
                               "first paragraph as its lead",
    ("text", "bismillah"): "«بسم الله الرحمن الرحیم» right under a flat page's date reads as its headline, "
                           "the first paragraph as its lead",
    ("html", "bismillah"): "a short <p> over the story's first <p> (same tag, class, parent) is cut as a label",
    **{(f, "account"): "«شماره حساب …: <number> بانک …» between paragraphs reads as a field's row alone"
       for f in ("text", "html")},
    ("text", "caption_mid"): "a caption line between a sentence's halves stays on a flat page alone, the halves apart",
    ("html", "caption_mid"): "a <figure> between a sentence's two <p> halves: the halves stay apart",
    ("html", "link_break"): "a <p>'s pieces a flattener set apart by <br> at a link stay apart",
}


@pytest.mark.parametrize("fmt", ["text", "html"])
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_storys_shape_loses_nothing_alone(request, fmt, shape):
    if (fmt, shape) in _ALONE_OPEN:  # (strict: a shape that comes out whole moves out of the list)
        request.applymarker(pytest.mark.xfail(strict=True, reason="known open: " + _ALONE_OPEN[fmt, shape]))
    for raw, gold in site(shape, fmt, n=2):
        got = extract(raw)
        assert lost_and_extra(gold, got.paragraphs) == ([], []), shape


#: shapes a run of the site does not keep whole yet, and why
_RUN_OPEN = {
    ("text", "subhead_every"): _ALONE_OPEN["text", "subhead_every"],
    ("text", "editor_note"): "«یادداشت سردبیر: …» closing every page's story alike: the site's line",
    ("html", "editor_note"): "«یادداشت سردبیر: …» closing every page's story alike: the site's line",
    ("text", "bismillah"): "«بسم الله الرحمن الرحیم» opening every page's story alike: the site's line",
    ("html", "bismillah"): "«بسم الله الرحمن الرحیم» opening every page's story alike: the site's line",
    ("text", "poem_signed"): "a couplet rhyming in its last two letters alone («روزگار» / «قرار») is no poem "
                             "the run tells from two short lines (verses.RHYME_LETTERS), nor its poet's name",
    ("html", "poem_signed"): "a couplet rhyming in its last two letters alone is no poem the run tells: its "
                             "poet's name under it, on other pages too, is the site's line",
    **{(f, "account"): "a fundraiser's «شماره حساب …: <number> بانک …» line, its label on every page: the site's"
       for f in ("text", "html")},
    ("text", "caption_mid"): "a caption between a sentence's halves: the run takes the caption out, and the "
                             "sentence's first half with it",
    ("html", "caption_mid"): _ALONE_OPEN["html", "caption_mid"],
    ("html", "link_break"): _ALONE_OPEN["html", "link_break"],
}


@pytest.mark.parametrize("fmt", ["text", "html"])
@pytest.mark.parametrize("shape", ["plain", "subheads", "list", "interview",
                                   "ad_between", "box_between", "interview_named", "interview_bold", "short_many",
                                   "bullets", "read_more", "ad_slot", "captions", "signature", "video",
                                   "short_ends", "subhead_every", "numbered_paras", "bulleted_paras", "long_quote",
                                   "said_intro", "embed", "names", "editor_note", "couplet", "prices", "dash_summary",
                                   "schedule", "verses", "bismillah", "read_on", "qa_one", "verses_end",
                                   "programmes", "dialogue", "ranks", "articles", "poem_signed", "timetable",
                                   "account", "quiz", "couplets_tab", "qa_lawyer", "qa_only", "steps", "stations",
                                   "kids", "times_bare", "one_line", "link_break", "caption_mid", "wrapped"])
def test_a_storys_shape_loses_nothing_in_a_run(request, tmp_path, fmt, shape):
    if (fmt, shape) in _RUN_OPEN:
        request.applymarker(pytest.mark.xfail(strict=True, reason="known open: " + _RUN_OPEN[fmt, shape]))
    pages = site(shape, fmt)
    rows = _refine(tmp_path, [raw for raw, _g in pages], "txt" if fmt == "text" else "html")
    for (_raw, gold), row in zip(pages, rows):
        assert lost_and_extra(gold, (row.get("text") or "").split("\n")) == ([], []), (shape, row["id"])


def test_a_dialogue_opening_the_story_under_the_date_is_no_headline():
    # a Q&A story with no paragraph of its own: «سوال: …؟» right under the date asks as a headline
    # does, but the label asks again below, over answers: the first turn opens the story
    from story_shapes import flat_page, gold

    for k in range(3):
        got = extract(flat_page("qa_only", k))
        assert got.title == headline(k)
        assert lost_and_extra(gold("qa_only", k), got.paragraphs) == ([], [])


# ---------------------------------------------------------------------- paragraphs broken at a link
_MINUTES = ["سومین نارنجک", "دومین کارت زرد", "نخستین تعویض", "پرتاب منور", "اخطار داور", "سومین کرنر",
            "توقف بازی", "دومین پنالتی", "ضربه آزاد", "نخستین گل", "مصدومیت دروازه‌بان", "اعتراض نیمکت"]
_CLUBS = ["شاهین", "عقاب", "پیکان", "ملوان", "ذوب", "فجر", "مس", "نفت", "صنعت", "خیبر", "آلومینیوم", "گل‌گهر"]


def _live_report(k: int) -> list[str]:
    """Page ``k`` of a live-report site: a story whose paragraphs open «* در دقیقه …», one of them
    broken where an inline link was (its head, the link's words, its rest on three lines)."""
    club, event, other = _CLUBS[k], _MINUTES[k], _CLUBS[(k + 5) % 12]
    return [SITE, "خانه | ورزشی | فوتبال | تماس", f"گزارش لحظه به لحظه دیدار {club} و {other}", "۲ مهر ۱۴۰۳",
            f"دیدار تیم‌های {club} و {other} عصر امروز در ورزشگاه شهر با حضور هزاران تماشاگر آغاز شد و "
            f"دو تیم از همان دقایق نخست حمله کردند.",
            f"* در دقیقه {k + 20} هواداران {club} با پرچم‌های بزرگ ورزشگاه را رنگی کردند و شعار دادند.",
            f"* در دقیقه {k + 40} {event}\nبرای {club}\nدر جریان این مسابقه ثبت شد و بازیکنان {other} اعتراض کردند.",
            f"* در دقیقه {k + 70} سرمربی {other} دو بازیکن تازه‌نفس را به میدان فرستاد تا بازی را برگرداند.",
            "برچسب‌ها: فوتبال، لیگ", "مطالب مرتبط", f"جدول رده‌بندی لیگ پس از دیدار {club}",
            "همه حقوق این پایگاه محفوظ است"]


def test_a_paragraph_broken_at_a_link_whose_head_opens_as_the_sites_paragraphs_do(tmp_path):
    # the head «* در دقیقه ۴۰ سومین نارنجک» stops mid-sentence; its first words open paragraphs of
    # every page of the site, so the run reads the piece as the site's line: joined, it is the story's
    pages = [_live_report(k) for k in range(12)]
    rows = _refine(tmp_path, ["\n\n".join(p) for p in pages], "txt")
    for k, row in enumerate(rows):
        whole = " ".join(pages[k][6].split("\n"))
        assert canon(whole) in {canon(t) for t in row["text"].split("\n")}, row["text"]


def test_the_storys_first_paragraph_broken_at_a_link_is_joined():
    # the story's first paragraph broken at an inline link, right under the header: its head is
    # longer than any headline (a headline over a byline over the lead reads the same way, shorter)
    head = (paragraphs(0)[0].rstrip(".") + " و مدیر تعاونی گفت بخش بزرگی از محصول امسال را")
    pieces = [head, "عسل فروشان", "بازار تبریز پیش‌خرید کرده‌اند و بقیه در انبار تعاونی مانده است."]
    rest = paragraphs(0, 4)[1:]
    raw = "\n".join([SITE, " | ".join(MENU), headline(0), "۲ مهر ۱۴۰۳", *pieces, *rest,
                     "همه حقوق این پایگاه محفوظ است"])
    assert lost_and_extra([" ".join(pieces), *rest], extract(raw).paragraphs) == ([], [])


def test_a_line_the_site_repeats_above_a_short_line_is_no_broken_paragraph(tmp_path):
    # the site's own line over the story's lines («* در دقیقه» heads aside): a line of the run's
    # other pages too stays out, though it stops mid-sentence over a short line and a sentence
    pages = [_live_report(k) for k in range(12)]
    for k, p in enumerate(pages):
        p[6] = f"پخش زنده این دیدار را از\nشبکه {_CLUBS[k]}\nببینید و گزارش {_MINUTES[k]} را هم بخوانید."
    rows = _refine(tmp_path, ["\n\n".join(p) for p in pages], "txt")
    assert not any("پخش زنده این دیدار را از" in row["text"] for row in rows)


# ---------------------------------------------------------------------- paragraphs wrapped at a column
def test_a_wrapped_page_of_a_site_that_seldom_wraps_is_joined(tmp_path):
    # ten of the site's twelve pages print each paragraph on a line; two print it wrapped at 70
    # columns: the run learns no column for the site, the page alone shows its own
    pages = []
    for k in range(12):
        paras = paragraphs(k, 5)
        body = ["\n".join(textwrap.wrap(p, 70)) for p in paras] if k in (3, 8) else paras
        pages.append([SITE, "خانه | روستا | تماس", f"گزارش تعاونی شماره {k + 1}", "۲ مهر ۱۴۰۳", *body,
                      "همه حقوق این پایگاه محفوظ است"])
    rows = _refine(tmp_path, ["\n\n".join(p) for p in pages], "txt")
    for k in (3, 8):
        assert lost_and_extra(paragraphs(k, 5), rows[k]["text"].split("\n")) == ([], []), rows[k]["text"]


def test_a_page_alone_wrapped_at_sixty_columns_keeps_its_story():
    # a flattener wrapped every paragraph at 60 columns (blank lines between paragraphs); no run
    # tells the site's column: the story comes out in no piece at all
    paras = paragraphs(0, 4)
    raw = "\n\n".join([SITE, " | ".join(MENU), headline(0), "۲ مهر ۱۴۰۳",
                        *("\n".join(textwrap.wrap(p, 60)) for p in paras), "همه حقوق این پایگاه محفوظ است"])
    assert lost_and_extra(paras, extract(raw).paragraphs) == ([], [])


# ---------------------------------------------------------------------- a table closing the story
_PRICES = ["نام کالا | قیمت (تومان) | تغییر", "عدس | ۴۸,۰۰۰ | ۳٪", "لوبیا | ۵۲,۵۰۰ | -۲٪", "نخود | ۶۱,۰۰۰ | ۱٪"]


@pytest.mark.parametrize("fmt", ["text", "html"])
def test_a_table_closing_the_story_is_the_storys(fmt):
    # the story's table right under its last paragraph, the site's tail under it
    story = paragraphs(2, 3)
    if fmt == "text":
        raw = "\n\n".join([SITE, "خانه | بازار | تماس", "قیمت حبوبات در بازار روستا بالا رفت", "۲ مهر ۱۴۰۳",
                           *story, *_PRICES, "برچسب‌ها: بازار، حبوبات", "همه حقوق این پایگاه محفوظ است"])
    else:
        table = "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r.split(" | ")) + "</tr>"
                                    for r in _PRICES) + "</table>"
        raw = ("<html><body><header>خانه | بازار | تماس</header><article><h1>قیمت حبوبات در بازار روستا بالا رفت</h1>"
               + "".join(f"<p>{p}</p>" for p in story) + table
               + '</article><div class="tags">برچسب‌ها: بازار، حبوبات</div><footer>همه حقوق محفوظ است</footer>'
               "</body></html>")
    got = extract(raw)
    assert lost_and_extra([*story, *_PRICES], got.paragraphs) == ([], [])


def test_a_table_under_a_box_heading_after_the_story_stays_out():
    # a box of the site's (its heading over the rows) under the story is no table of the story
    story = paragraphs(2, 3)
    raw = "\n\n".join([SITE, "خانه | بازار | تماس", "قیمت حبوبات در بازار روستا بالا رفت", "۲ مهر ۱۴۰۳",
                       *story, "نرخ روز بازار", *_PRICES, "همه حقوق این پایگاه محفوظ است"])
    assert extract(raw).paragraphs == story


def test_the_one_wrapped_paragraph_of_a_wrapping_sites_page_is_joined(tmp_path):
    # the site wraps its pages at 70 columns; one page has one paragraph long enough to wrap (the
    # others are one-liners): the page alone shows no column, the run knows the site's
    pages, short = [], [f"کندوهای {p} دیر کوچ کردند." for p in ("سبلان", "دنا", "سهند")]
    for k in range(12):
        paras = paragraphs(k, 4) if k != 5 else [paragraphs(k, 1)[0], *short]
        pages.append([SITE, "خانه | روستا | تماس", f"گزارش تعاونی شماره {k + 1}", "۲ مهر ۱۴۰۳",
                      *("\n".join(textwrap.wrap(p, 70)) for p in paras), "همه حقوق این پایگاه محفوظ است"])
    rows = _refine(tmp_path, ["\n\n".join(p) for p in pages], "txt")
    assert lost_and_extra([paragraphs(5, 1)[0], *short], rows[5]["text"].split("\n")) == ([], []), rows[5]["text"]


def test_a_box_table_out_of_the_storys_block_stays_out():
    # the site's figures box in a block of its own under the page's columns (its heading over it),
    # which the page reads right under the story's last paragraph: no table of the story's block,
    # however close its rows come
    story = paragraphs(2, 4)
    table = "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r.split(" | ")) + "</tr>"
                                for r in _PRICES) + "</table>"
    raw = ("<html><body><nav><ul>" + "".join(f"<li><a href='/c/{k}'>{m}</a></li>" for k, m in enumerate(MENU))
           + '</ul></nav><div class="row"><div class="col-md-8"><div class="a">'
           '<div class="h"><h2>قیمت حبوبات در بازار روستا بالا رفت</h2><div class="m">۲ مهر ۱۴۰۳</div></div>'
           '<div class="s">' + "".join(f"<p>{p}</p>" for p in story) + "</div>"
           '<div class="x"><div>برچسب‌ها</div><div>تلگرام</div><div>کپی لینک</div></div></div></div>'
           '<div class="col-md-4 sidebar"></div></div><div class="box"><h3>نرخ روز بازار</h3>' + table + "</div>"
           "<footer>همه حقوق محفوظ است</footer></body></html>")
    assert lost_and_extra(story, extract(raw).paragraphs) == ([], [])



# ------------------------------------------------------------- the site's boxes set into the story
def test_the_story_goes_on_under_the_sites_boxes_set_between_its_paragraphs():
    # the site sets two boxes between a story's paragraphs, lines its template knows: «بیشتر
    # بخوانید» over two other stories' headlines of the run, and the day's prayer times; the story
    # goes on under them (its words), shorter than above them: no other section of the page
    from dataclasses import replace

    from palayesh.extract.text import CHROME, classify, extract_lines

    above, rest = paragraphs(0, 3), "مدیر تعاونی سبلان گفت برداشت عسل آویشن امسال از سال گذشته کمتر بود."
    box = ["بیشتر بخوانید", headline(3), headline(5), "اوقات شرعی", "اذان صبح: ۰۴:۱۰", "طلوع آفتاب: ۰۵:۳۰",
           "اذان ظهر: ۱۲:۱۲", "اذان مغرب: ۱۹:۲۰"]
    texts = [SITE, headline(0), "۲ مهر ۱۴۰۳", *above, *box, rest, "انتهای پیام"]
    lines = [classify(t) for t in texts]
    for i in range(3 + len(above), 3 + len(above) + len(box)):
        lines[i] = replace(lines[i], kind=CHROME, learned=True, recurs=True,
                           related=texts[i] in (headline(3), headline(5)))
    assert extract_lines(lines).paragraphs == [*above, rest]
    # (a page's own section under such a break, foreign to the story, stays out: the author's note)
    note = "نویسنده این گزارش دانش‌آموخته رشته روزنامه‌نگاری است و سال‌ها در مطبوعات کار کرده است."
    lines[-2] = classify(note)
    assert extract_lines(lines).paragraphs == above



# ------------------------------------------------------------- a list the story introduces
def _prayer_times(k: int) -> list[str]:
    """The site's prayer-times box: a heading as long as a story's clause, ending in a colon, over
    «label: value» rows."""
    return ["اوقات شرعی امروز به افق مرکز استان:", f"اذان صبح: ۰۴:{k + 10}", f"طلوع آفتاب: ۰۵:{k + 30}",
            f"اذان ظهر: ۱۲:{k + 12}"]


def _most_read(k: int) -> list[str]:
    """The site's most-read box: a heading as long as a story's clause, ending in a colon, over items
    numbered «۱.», «۲.», «۳.» (other stories' headlines), as a list the story introduces is numbered."""
    return ["پربیننده‌ترین گزارش‌های این هفته در کندوی سبز:",
            *(f"{n}. {headline(k + j + 3)}" for j, n in enumerate("۱۲۳"))]


@pytest.mark.parametrize("box", [_prayer_times, _most_read])
def test_the_sites_box_under_a_heading_of_a_clause_stays_out_of_the_story(tmp_path, box):
    # the site sets its box between every story's paragraphs, a paragraph under it; the heading is
    # the site's line whole, on all its pages: no list a story introduces
    pages = []
    for k in range(12):
        paras = paragraphs(k, 4)
        pages.append("\n\n".join([SITE, " | ".join(MENU), headline(k), "۲ مهر ۱۴۰۳", *paras[:2], *box(k), *paras[2:],
                                  "همه حقوق این پایگاه محفوظ است"]))
    rows = _refine(tmp_path, pages, "txt")
    for k, row in enumerate(rows):
        assert lost_and_extra(paragraphs(k, 4), row["text"].split("\n")) == ([], []), row["text"]


def test_the_sites_box_of_fields_under_a_clause_of_the_story_stays_out(tmp_path):
    # the story's clause ends in a colon over the site's box (its bare heading over «label: value»
    # rows, which it sets between other pages' paragraphs too), the story's list under the box: the
    # box is no list of bare items the clause introduces
    pages = []
    for k in range(12):
        paras = paragraphs(k, 4)
        box = ["نرخ امروز بازار", f"عسل آویشن: {k + 450} هزار تومان", f"موم خالص: {k + 170} هزار تومان",
               f"گرده گل: {k + 290} هزار تومان"]
        clause = f"داوران جشنواره عسل {_place_of(k)} نام روستاهای برنده را این‌گونه اعلام کردند:"
        listed = f"روستاهای {_place_of(k)}، {_place_of(k + 1)} و {_place_of(k + 2)} به ترتیب اول تا سوم شدند."
        story = [paras[0], paras[1], clause, *box, listed, paras[2], paras[3]] if k % 2 == 0 else \
            [paras[0], paras[1], *box, paras[2], paras[3]]
        pages.append("\n\n".join([SITE, " | ".join(MENU), headline(k), "۲ مهر ۱۴۰۳", *story,
                                   "همه حقوق این پایگاه محفوظ است"]))
    rows = _refine(tmp_path, pages, "txt")
    assert not any("نرخ امروز بازار" in row["text"] or "موم خالص" in row["text"] for row in rows)
