"""Paragraphs a flattener broke into lines, joined again: hard-wrapped at a site's column
(:mod:`palayesh.extract.rejoin`, the column learned from the run) and broken where an inline link was
(:func:`palayesh.extract.text._rejoin_broken`). Every page here is written in the test.
"""
import textwrap

import pytest

from conftest import ocr_wrap, read_rows, story_bodies
from palayesh import extract, refine
from palayesh.extract.rejoin import (
    _coverage,
    alone_width,
    fitted_width,
    narrow_width,
    page_widths,
    rejoin_wrapped,
    wrap_widths,
)
from palayesh.extract.text import NOT_BODY, _drop_widget_boxes, classify
from palayesh.textkeys import line_key

_CITIES = ["رشت", "ساری", "گرگان", "اردبیل", "لاهیجان", "بابل", "آمل", "قزوین", "زنجان", "سنندج", "کرج", "قم"]


def _story(i: int) -> list[str]:
    """Three long paragraphs of the ``i``-th real news story (20+ words each: over 80 columns)."""
    return _STORIES[i]


_STORIES = story_bodies(12, paras=3)
_SITE = "پایگاه خبری شمال نیوز"
_MENU = "خانه | سیاسی | اقتصادی | ورزشی | فرهنگی"
_FOOTER = "کلیه حقوق این سایت برای پایگاه خبری شمال نیوز محفوظ است"


def _page(i: int, paras: list[str]) -> str:
    head = [_SITE, _MENU, "", f"پل عابر پیاده {_CITIES[i % len(_CITIES)]} ساخته می‌شود", "۱۴۰۲/۰۵/۱۲ - ۱۰:۲۰", ""]
    return "\n".join(head + ["\n\n".join(paras), "", _FOOTER]) + "\n"


def _run(tmp_path, pages: list[str]) -> list[dict]:
    src = tmp_path / "pages"
    src.mkdir()
    for i, p in enumerate(pages):
        (src / f"p{i:02d}.txt").write_text(p, encoding="utf-8")
    out = tmp_path / "out"
    refine(src, out, workers=1, progress="none")
    return sorted(read_rows(out), key=lambda r: r["id"])


def _wrapped(paras: list[str], width: int) -> list[str]:
    return ["\n".join(textwrap.wrap(p, width)) for p in paras]


# ----------------------------------------------------------------------------- hard-wrapped
def test_a_wrapped_paragraphs_lines_end_at_one_width():
    lines = "\n".join(_wrapped(_story(0), 80)).split("\n")
    assert 80 in wrap_widths(lines)
    assert alone_width(lines) is not None
    joined = [t for t in rejoin_wrapped(lines, 80) if t]
    assert joined == _story(0)


def test_the_widths_asked_of_the_run_are_the_wrap_widths_else_every_width_a_line_allows():
    lines = "\n".join(_wrapped(_story(0), 80)).split("\n")
    assert page_widths(lines) == wrap_widths(lines) != []
    few = [_story(0)[0][:78], _story(0)[0][78:150], "پایان."]  # (one paragraph wrapped: too few lines)
    assert wrap_widths(few) == [] and page_widths(few) == sorted(_coverage(few)) != []
    assert page_widths(["خانه", "ورزشی"]) == []


def test_short_lines_on_purpose_are_no_wrapping():
    verses = ["ای ساربان آهسته ران کآرام جانم می‌رود", "وان دل که با خود داشتم با دلستانم می‌رود",
              "من مانده‌ام مهجور از او بیچاره و رنجور از او", "گویی که نیشی دور از او در استخوانم می‌رود"]
    assert wrap_widths(verses) == [] and alone_width(verses) is None
    items = [f"مسابقات کشتی نوجوانان استان {c} در هفته آینده برگزار می‌شود" for c in _CITIES[:6]]
    assert alone_width(items) is None  # (a list of headlines: lines of one length end sentences)
    # whole paragraphs, one a line, are no wrapped text whatever their lengths
    assert alone_width(_story(0) + _story(1)) is None


def test_headlines_of_one_length_join_no_caption_to_the_story():
    # a page's lists of headlines (a sidebar, related stories) whose lines happen to end near one
    # length tell no column: they join nothing (no run of them ends a paragraph), and the one line
    # that width would join is the photo's caption over the story's first paragraph
    side = [f"مسابقات کشتی نوجوانان استان {c} در هفته آینده برگزار خواهد شد" for c in _CITIES[:8]]
    tail = [f"پل عابر پیاده {c} تا پایان سال ساخته می‌شود" for c in _CITIES]
    caption = "سالن انتظار پروازهای خروجی فرودگاه امام خمینی عکس: نیلوفر مرادی"
    lines = [_SITE, "پربازدیدترین", *side, "سیاسی", "پل عابر پیاده رشت ساخته می‌شود",
             "۱۴۰۲/۰۵/۱۲ - ۱۰:۲۰", caption, *_story(0), "اخبار مرتبط", *tail]
    assert alone_width(lines) is None
    art = extract("\n".join(lines) + "\n")
    assert "عکس:" not in art.text and line_key(art.text.split("\n")[0]) == line_key(_story(0)[0])


def test_a_site_that_wraps_its_text_gets_its_paragraphs_back(tmp_path):
    stories = [_story(i) for i in range(10)]
    rows = _run(tmp_path, [_page(i, _wrapped(s, 80)) for i, s in enumerate(stories)])
    assert len(rows) == 10
    for r in rows:
        i = int(r["id"][1:])
        assert [line_key(p) for p in r["text"].split("\n")] == [line_key(p) for p in stories[i]]


def test_a_site_that_does_not_wrap_keeps_its_lines(tmp_path):
    # a site whose paragraphs are one line each: the run shows no column, they stay as they are
    stories = [_story(i) for i in range(10)]
    pages = [_page(i, s) for i, s in enumerate(stories)]
    rows = _run(tmp_path, pages)
    assert len(rows) == 10
    for r in rows:
        assert [line_key(p) for p in r["text"].split("\n")] == [line_key(p) for p in stories[int(r["id"][1:])]]


def _filling(paras: list[str], width: int) -> list[str]:
    """``paras`` with the first cut to end a sentence on a wrapped line that fills the column so
    closely that the next paragraph's first word would not have fit on it."""
    words, room = paras[0].rstrip(".").split(), width - len(paras[1].split()[0])
    for k in range(len(words), 10, -1):
        cut = " ".join(words[:k]).rstrip("،,") + "."
        last = textwrap.wrap(cut, width)[-1]
        if len(textwrap.wrap(cut, width)) >= 2 and room <= len(last) <= width:
            return [cut, *paras[1:]]
    return paras


@pytest.mark.xfail(strict=True, reason="s66: ending a paragraph at a line that ends a sentence at the column "
                   "(s65's b2a79cd) took a held set's body down (apheld .9757 -> .9749); a cue that holds there "
                   "too is open")
def test_a_printed_pages_paragraph_that_fills_its_last_line_ends_there(tmp_path):
    """A printed page's text (its paragraphs one line under another, no blank line between): a
    paragraph whose last line ends a sentence at the column ends there, the next is its own."""
    stories = [_filling(_story(i), 80) for i in range(10)]
    filled = sum(s != _story(i) for i, s in enumerate(stories))
    pages = [_page(i, ["\n".join(_wrapped(s, 80))]) for i, s in enumerate(stories)]
    rows = _run(tmp_path, pages)
    assert len(rows) == 10 and filled >= 5
    for r in rows:
        assert [line_key(p) for p in r["text"].split("\n")] == [line_key(p) for p in stories[int(r["id"][1:])]]


def _indented(paras: list[str], width: int, indent: str = "  ") -> str:
    """A typed document's text as pdftotext prints it: each paragraph wrapped at ``width``, its first
    line set in by ``indent``, no blank line between paragraphs."""
    return "\n".join(indent + w for w in _wrapped(paras, width))


def test_a_printed_documents_paragraph_starts_at_its_indented_first_line(tmp_path):
    """A printed document's text marks its paragraphs by their first lines' indent alone: a paragraph
    whose last line fills the column with a sentence's end stays apart from the next, and a
    paragraph of one line stays a paragraph (the one s66's xfail above asks of a page with no indent)."""
    stories = [_filling(_story(i), 80) for i in range(10)]
    # (the one-line paragraph is the first words of the next one's sentence, not the same words again:
    # a line the next paragraph opens with is a pull quote, .pullquote.bare_pull_quotes)
    stories = [[s[0], " ".join(s[1].split()[:9]).rstrip("،,") + ".", *s[2:]] for s in stories]
    assert sum(s[0] != _story(i)[0] for i, s in enumerate(stories)) >= 5
    pages = [_page(i, [_indented(s, 80)]) for i, s in enumerate(stories)]
    rows = _run(tmp_path, pages)
    assert len(rows) == 10
    for r in rows:
        assert [line_key(p) for p in r["text"].split("\n")] == [line_key(p) for p in stories[int(r["id"][1:])]]


def test_a_hanging_list_items_lines_set_further_in_are_joined():
    """A list item's wrapped lines hang under its text, further in than its mark: no paragraph starts there."""
    paras = [f"* {p}" for p in _story(2)]
    text = "\n".join(w.replace("\n", "\n  ") for w in _wrapped(paras, 80))
    a = extract(_page(2, [text]))
    assert [line_key(t) for t in (a.lead, *a.paragraphs) if t] == [line_key(p) for p in paras]


def test_a_paragraph_ending_in_a_right_to_left_mark_ends_there():
    """A paragraph's last line «… کند.\u200f» (a right-to-left mark after its stop, unseen) ends it: the
    wrapped lines over it are joined to it."""
    paras = [p + "\u200f" for p in _story(4)]
    a = extract(_page(4, ["\n".join(_wrapped(paras, 80))]))
    assert [line_key(t) for t in (a.lead, *a.paragraphs) if t] == [line_key(p) for p in paras]


@pytest.mark.parametrize("i,width", [(3, 90), (6, 110), (7, 100)])
def test_a_documents_few_paragraphs_hard_wrapped_in_their_blocks_are_joined(i, width):
    """A PDF's export to HTML (pdftohtml) sets each paragraph in a block of its own, its lines apart
    by ``<br/>``: three or four such lines that end at one prose column (too few for the test of
    many) are a story's few wrapped paragraphs, joined as a flat page's are (:func:`few_lines_width`)."""
    paras = _story(i)
    blocks = "".join("<p>%s</p>" % "<br/>".join(textwrap.wrap(p, width)) for p in paras)
    raw = ("<html><head><title>khabarnameh-12.pdf</title></head><body><div id='page1-div'>"
           "<p><b>پل عابر پیاده رشت ساخته می‌شود</b></p>%s<p>- ۱ -</p></div></body></html>") % blocks
    a = extract(raw)
    assert [line_key(t) for t in (a.lead, *a.paragraphs) if t] == [line_key(p) for p in paras]


# ----------------------------------------------------------------------- broken at a link
_HEAD = "ورزشی\nپل عابر پیاده رشت ساخته می‌شود\n"
_FIRST = "به گزارش ایسنا، شورای شهر رشت در جلسه امروز خود طرح ساخت پل عابر پیاده را تصویب کرد.\n"


def test_a_paragraph_broken_at_an_inline_link_is_one_paragraph():
    page = (_HEAD + _FIRST + "رئیس شورا گفت عملیات اجرایی این طرح با حضور\nشهردار رشت\n"
            "از ماه آینده آغاز می‌شود و پیمانکار باید آن را در شش ماه به پایان برساند.\n"
            "هزینه ساخت این پل از محل درآمدهای عوارض نوسازی تامین می‌شود و شهروندان هزینه‌ای نمی‌پردازند.\n")
    a = extract(page)
    assert a.paragraphs[-2] == ("رئیس شورا گفت عملیات اجرایی این طرح با حضور شهردار رشت از ماه آینده آغاز "
                                "می‌شود و پیمانکار باید آن را در شش ماه به پایان برساند.")
    assert len(a.paragraphs) == 3


def test_a_subheading_between_paragraphs_is_no_link():
    # the paragraph above ends its sentence: the short line is the story's subheading
    page = (_HEAD + _FIRST + "رئیس شورا گفت عملیات اجرایی این طرح از ماه آینده آغاز می‌شود.\nهزینه‌ها\n"
            "هزینه ساخت این پل از محل درآمدهای عوارض نوسازی تامین می‌شود و شهروندان هزینه‌ای نمی‌پردازند.\n")
    assert extract(page).paragraphs[-2] == "هزینه‌ها"


def test_a_box_between_paragraphs_is_no_link():
    # a field line and a photo credit over the next paragraph: a box's lines, not a sentence's pieces
    page = (_HEAD + _FIRST + "قیمت: ۵۶۰ هزار تومان\nخرید از فروشگاه\n"
            "هزینه ساخت این پل از محل درآمدهای عوارض نوسازی تامین می‌شود و شهروندان هزینه‌ای نمی‌پردازند.\n")
    assert not any(p.startswith("قیمت") and p.endswith("نمی‌پردازند.") for p in extract(page).paragraphs)
    page = (_HEAD + _FIRST + "تصویر پل عابر پیاده شهر\n📷 ایرنا\n"
            "هزینه ساخت این پل از محل درآمدهای عوارض نوسازی تامین می‌شود و شهروندان هزینه‌ای نمی‌پردازند.\n")
    assert not any("ایرنا" in p and p.endswith("نمی‌پردازند.") for p in extract(page).paragraphs)


@pytest.mark.parametrize("first, link, rest", [
    # a comma after the link; between its words; a vowel's mark; a quote's colon in the piece above
    ("رئیس شورا گفت این طرح با پیگیری‌های شورای شهر و", "شهرداری رشت،", "از ماه آینده آغاز می‌شود."),
    ("رئیس شورا گفت این طرح با همکاری", "شهرداری، استانداری", "و شورای شهر رشت از ماه آینده آغاز می‌شود."),
    ("رئیس شورا گفت این طرح در", "بازارِ بزرگ شهر", "از ماه آینده آغاز می‌شود و شش ماه طول می‌کشد."),
    ("وی متذکر شد: ۶ تکنیسین فوریت‌های", "پزشکی و", "یک دستگاه آمبولانس در هر نوبت کاری فعالیت می‌کنند."),
])
def test_a_paragraph_broken_at_a_link_in_other_marks_is_one_paragraph(first, link, rest):
    page = _HEAD + _FIRST + f"{first}\n{link}\n{rest}\n" + (
        "هزینه ساخت این پل از محل درآمدهای عوارض نوسازی تامین می‌شود و شهروندان هزینه‌ای نمی‌پردازند.\n")
    assert extract(page).paragraphs[-2] == f"{first} {link} {rest}"


# ------------------------------------------------------------------ widget boxes in the story
_LEAD = "رئیس شورای شهر رشت از تصویب طرح ساخت پل عابر پیاده در خیابان اصلی شهر در جلسه امروز خبر داد."
_REST = ("به گزارش ایسنا، شورای شهر رشت در جلسه امروز خود طرح ساخت پل عابر پیاده را با اکثریت آرا تصویب کرد.\n"
         "هزینه ساخت این پل از محل درآمدهای عوارض نوسازی تامین می‌شود و شهروندان هزینه‌ای نمی‌پردازند.\n")


@pytest.mark.parametrize("box", [
    ["گوش کنید", "۰۰:۰۰ / ۰۲:۴۵"],                                              # an audio player
    ["نسخه شنیداری", "۰۰:۰۰ / ۰۳:۱۰", "پرسپولیس ۲ - ۱ سپاهان", "پایان بازی"],   # ... over a result box
    ["پخش", "۰۰:۰۰ / ۰۱:۰۵", "مجید رضایی (عکس از آرشیو)"],                     # ... over a caption
])
def test_a_widget_box_between_the_storys_paragraphs_is_no_text(box):
    page = _HEAD + _LEAD + "\n" + "\n".join(box) + "\n" + _REST
    paras = extract(page).paragraphs
    assert not any(line in paras for line in box if line[0] != "۰")
    assert paras[-1].startswith("هزینه ساخت")


@pytest.mark.parametrize("between", [
    ["زمان و مکان برگزاری", "زمان: یکشنبه ۲۲ شهریور ۱۳۹۴، ساعت ۱۴:۰۰", "مکان: تالار اصلی"],  # an info box's fields
    ["۱۲۳ بازدید", "هزینه‌های طرح"],                     # a subheading under a counter leads into its text
    ["هزینه‌های طرح"],                                    # a subheading alone
    ["هزینه‌های طرح", "گالری تصاویر (۵ تصویر)"],          # ... over a gallery's link: words, not a player's time
])
def test_an_info_box_or_a_subheading_is_the_storys(between):
    lines = [classify(t) for t in [_LEAD, *between, *_REST.split("\n")[:2]]]
    body = [i for i, ln in enumerate(lines) if ln.kind not in NOT_BODY]
    assert _drop_widget_boxes(lines, body) == body


def _known(ln, kind=None, *, seen=False):
    """A line the site's template knows (it recurs on the site's pages), as the run marks it."""
    ln.recurs, ln.learned, ln.seen = True, kind is not None, seen or None
    ln.kind = kind or ln.kind
    return ln


def _story_lines(between: list) -> tuple[list, list[int]]:
    lines = [classify(_LEAD), *between, *(classify(t) for t in _REST.split("\n")[:2])]
    return lines, [i for i, ln in enumerate(lines) if ln.kind not in NOT_BODY and not ln.recurs]


def test_a_players_box_headed_by_the_sites_line_is_no_text():
    # the player's heading is a line the template made chrome (not a short line of the body):
    # the result box under its clock is the widget's all the same
    from palayesh.extract.text import CHROME
    lines, body = _story_lines([_known(classify("🔊 نسخه صوتی این خبر"), CHROME), classify("۰۰:۰۰ / ۰۳:۱۹"),
                                classify("ژاپن ۳ - ۱ قزاقستان"), classify("نتیجه نهایی")])
    kept = [lines[i].text for i in _drop_widget_boxes(lines, body)]
    assert "ژاپن ۳ - ۱ قزاقستان" not in kept and "نتیجه نهایی" not in kept and len(kept) == 3


@pytest.mark.parametrize("box", [
    ["روسیه ۲ - ۰ قزاقستان", "پایان مسابقه"],    # a result over the widget's status
    ["تصویر بارسلونا", "📷 ایرنا"],               # a caption over a photo credit
])
def test_a_short_line_over_a_widgets_own_line_is_no_text(box):
    # the widget's line is one the site shows on other pages (the template knows it); the short
    # line over it is the widget's too, whatever its words
    from palayesh.extract.text import SHORT
    lines, body = _story_lines([classify(box[0]), _known(classify(box[1]), seen=True)])
    body = sorted(set(body) | {2})  # (a seen short line of the body, as the run leaves it)
    assert lines[2].kind == SHORT
    kept = [lines[i].text for i in _drop_widget_boxes(lines, body)]
    assert not set(box) & set(kept) and len(kept) == 3


@pytest.mark.parametrize("between", [
    [classify("استقلال خوزستان ۱ سایپا ۰"), _known(classify("تبلیغات"))],   # a subheading over an ad's line
    [classify("هزینه‌های طرح"), _known(classify("گزارش تمرین صبح پرسپولیس"))],  # ... over a related link
    [classify("سرعت کریمی و استقامت دایی"), _known(classify("بیشتر بخوانید:"), seen=True)],  # ... over a promo's label
])
def test_a_subheading_over_an_ad_or_a_link_is_the_storys(between):
    lines, body = _story_lines(between)
    assert between[0].text in [lines[i].text for i in _drop_widget_boxes(lines, body)]


def test_an_images_alt_text_over_its_caption_is_no_text():
    lines, body = _story_lines([classify("تصویر نساجی مازندران"), classify("نساجی مازندران (عکس آرشیوی)")])
    assert [lines[i].text for i in _drop_widget_boxes(lines, body)] == [_LEAD, *_REST.split("\n")[:2]]
    # two short lines of other words: a subheading over a gallery's link stays (above)


@pytest.mark.parametrize("alt, caption", [
    ("تصویر کشتی", classify("تصویر: کشتی")),  # a caption read as a label «X: Y» already
    ("تصویر نساجی مازندران", "chrome"),  # a caption the site's template made chrome already
])
def test_an_images_alt_text_over_a_caption_that_is_no_body_goes_too(alt, caption):
    from palayesh.extract.text import CHROME
    if caption == "chrome":
        caption = _known(classify("نساجی مازندران (عکس آرشیوی)"), CHROME)
    lines, body = _story_lines([classify(alt), caption])
    assert 2 not in body  # (the caption is no body line)
    assert [lines[i].text for i in _drop_widget_boxes(lines, body)] == [_LEAD, *_REST.split("\n")[:2]]


def test_a_short_line_the_story_shows_twice_is_no_subheading():
    paras = _REST.split("\n")[:2]
    texts = [_LEAD, "تقویم مسابقات", paras[0], "تقویم مسابقات", paras[1]]
    lines = [classify(t) for t in texts]
    assert [lines[i].text for i in _drop_widget_boxes(lines, list(range(5)))] == [_LEAD, *paras]
    once = [_LEAD, "تقویم مسابقات", *paras]  # once: a subheading
    lines = [classify(t) for t in once]
    assert _drop_widget_boxes(lines, list(range(4))) == list(range(4))


def test_a_players_heading_among_the_pieces_of_a_broken_paragraph():
    # the player's heading and clock stand among the pieces of a paragraph a flattener broke: the
    # heading goes, the piece of a sentence under the clock stays
    piece = ("دیلی‌تلگراف در شماره امروز خود در این باره گزارش داد که این مقدار به معنای این است که هر شهروند "
             "سالانه بیش از")
    lines, body = _story_lines([classify("شنیدن خبر"), classify("۰۰:۰۰ / ۰۱:۲۹"), classify(piece)])
    kept = [lines[i].text for i in _drop_widget_boxes(lines, body)]
    assert "شنیدن خبر" not in kept and piece in kept


@pytest.mark.parametrize("line, dropped", [
    ("📷 تسنیم", True),     # an icon and a name the site shows on other pages: a photo credit
    ("حاشیه دیدار", False),   # words alone, though the site shows them as a label elsewhere: a subheading
])
def test_a_photo_credit_alone_between_paragraphs(line, dropped):
    ln = classify(line)
    ln.seen = True
    lines, body = _story_lines([ln])
    assert (line not in [lines[i].text for i in _drop_widget_boxes(lines, body)]) is dropped


def test_a_subheading_over_an_ad_line_the_template_made_chrome():
    # the run made the ad's line chrome: still an ad's line, which a subheading may stand over
    from palayesh.extract.text import CHROME
    lines, body = _story_lines([classify("پشت پرده"), _known(classify("تبلیغات"), CHROME)])
    assert "پشت پرده" in [lines[i].text for i in _drop_widget_boxes(lines, body)]


def test_a_poems_refrain_is_the_storys():
    # a verse the poem repeats stands among its verses, not alone between two paragraphs
    paras = _REST.split("\n")[:2]
    verses = ["می‌رود قصه ما سوی سرانجام آرام", "دفتر قصه ورق می‌خورد آرام آرام"]
    texts = [_LEAD, *verses, paras[0], "ناگهان شعر حماسی به تغزل آمد", *verses, paras[1]]
    lines = [classify(t) for t in texts]
    body = list(range(len(texts)))
    assert _drop_widget_boxes(lines, body) == body


def test_two_rows_of_a_table_sharing_figures_are_the_storys():
    # rows «پیاز | ۶۰,۰۰۰ | -۷٪» / «گندم | ۱۱۲,۰۰۰ | ۷٪» share a figure, not a word: no alt text over a caption
    texts = [_LEAD, "پیاز | ۶۰,۰۰۰ | -۷٪", "گندم | ۱۱۲,۰۰۰ | ۷٪", *_REST.split("\n")[:2]]
    lines = [classify(t) for t in texts]
    assert _drop_widget_boxes(lines, list(range(5))) == list(range(5))


def test_names_of_a_list_sharing_a_first_name_are_the_storys():
    texts = [_LEAD, "محمدرضا اخباری", "محمدرضا خانزاده", "هادی محمدی", *_REST.split("\n")[:2]]
    lines = [classify(t) for t in texts]
    assert _drop_widget_boxes(lines, list(range(6))) == list(range(6))


def test_rows_of_a_list_sharing_words_are_the_storys():
    # a team's fixtures row after row share the team's name and «هفته»: a list, not an image's
    # alt text over its caption, which are a pair alone
    rows = ["هفته 27: استقلال اهواز – پرسپولیس", "هفته 28:فولاد خوزستان – استقلال اهواز",
            "هفته 29: استقلال اهواز – سایپا"]
    texts = [_LEAD, *rows, *_REST.split("\n")[:2]]
    lines = [classify(t) for t in texts]
    assert _drop_widget_boxes(lines, list(range(6))) == list(range(6))


def test_a_page_alone_wrapped_at_a_narrow_column_is_joined():
    lines = "\n\n".join(_wrapped(_story(1), 58)).split("\n")
    assert alone_width(lines) is None  # (too few lines reach the column of 60 the long-line test asks)
    width = fitted_width(lines)
    assert width is not None
    assert [t for t in rejoin_wrapped(lines, width) if t] == _story(1)
    # lines of a list one under another, of a poem, whole paragraphs a line each: no column explains them
    items = [f"مسابقات کشتی نوجوانان استان {c} در هفته آینده برگزار می‌شود" for c in _CITIES[:6]]
    verses = ["ای ساربان آهسته ران کآرام جانم می‌رود", "وان دل که با خود داشتم با دلستانم می‌رود",
              "من مانده‌ام مهجور از او بیچاره و رنجور از او", "گویی که نیشی دور از او در استخوانم می‌رود"]
    assert fitted_width(items) is None and fitted_width(verses * 2) is None
    assert fitted_width(_story(0) + _story(1)) is None


def test_of_the_widths_a_site_shows_the_one_the_page_fits_is_taken():
    # a site whose pages show 61 and 62 as columns (62 on more of them: a long line of a page wrapped
    # at 61 allows 62 as well, and pages that do not wrap line up by chance): a page wrapped at 61
    # is joined at 61, where at 62 every line of 61 under a word of one letter stays a line alone
    from types import SimpleNamespace

    from palayesh.extract.rejoin import MASK_WRAP
    from palayesh.extract.template import PageTemplate, shape_hash
    lines = "\n\n".join(_wrapped(_story(2), 61)).split("\n")
    shares = {shape_hash(f"{MASK_WRAP}61"): 4, shape_hash(f"{MASK_WRAP}62"): 6}
    site = SimpleNamespace(fams=[("f", 10, True)],
                           index=SimpleNamespace(counts_of=lambda fam, h: (shares[h],) if h in shares else None))
    width = PageTemplate.wrap_width(site, lines)
    assert [t for t in rejoin_wrapped(lines, width) if t] == _story(2)


def test_fitted_width_reads_the_joins_once_and_answers_as_each_width_asked_alone():
    # fitted_width counts every width's joins from one pass (rejoin._run_spans): the answer of
    # asking _joins of each width in turn, on pages of wrapped, short, blank and list lines mixed
    import random

    from palayesh.extract.rejoin import (
        _PARA_END,
        _SENTENCE_END,
        MAX_MISSED,
        MIN_ALONE_LINES,
        MIN_FIT_WIDTH,
        _first_word_len,
        _prose,
        _run_spans,
    )

    def _joins(lines, width):
        # (one width's joins, read on their own: how many a greedy wrapper at ``width`` explains,
        # and how many it does not, over every two prose lines in a run that ends a paragraph)
        fit = miss = 0
        run_fit = run_miss = 0
        for a, b in zip(lines, lines[1:]):
            if a and b and _prose(a) and a.rstrip("»\"”")[-1] not in _SENTENCE_END:
                # (a line that ends a sentence ends its run; one that ends short of the narrowest
                # column is no join)
                if len(a) + 1 + _first_word_len(b) <= MIN_FIT_WIDTH:
                    pass
                elif len(a) <= width < len(a) + 1 + _first_word_len(b):
                    run_fit += 1
                else:
                    run_miss += 1
                continue
            if a and a.rstrip()[-1] in _PARA_END:
                fit, miss = fit + run_fit, miss + run_miss
            run_fit = run_miss = 0
        if lines and lines[-1] and lines[-1].rstrip()[-1] in _PARA_END:
            fit, miss = fit + run_fit, miss + run_miss
        return fit, miss

    def by_each_width(lines, widths=None, least=0):
        if widths is None:
            widths = {w for a, b in zip(lines, lines[1:]) if a and b and len(a) >= MIN_FIT_WIDTH and _prose(a)
                      for w in range(len(a), len(a) + 1 + len(b.split(" ", 1)[0]))}
        best, width = 0, None
        for w in sorted(widths):
            fit, miss = _joins(lines, w)
            if fit >= (least or MIN_ALONE_LINES) and miss * MAX_MISSED <= fit and fit - miss > best:
                best, width = fit - miss, w
        return width

    rng = random.Random(48)
    pool = [t for i in range(6) for t in _story(i)]
    pieces = [_MENU, _FOOTER, "", "", "«نقل قول»", "۱۴۰۲/۰۵/۱۲ - ۱۰:۲۰", *_CITIES[:4]]
    answered = 0
    for _ in range(300):
        width = rng.randint(45, 100)
        lines = "\n\n".join(_wrapped(rng.sample(pool, rng.randint(1, 4)), width)).split("\n")
        for _ in range(rng.randint(0, 6)):
            lines.insert(rng.randint(0, len(lines)), rng.choice(pieces))
        if rng.random() < 0.3:  # (a paragraph broken at a link, a line's end cut)
            i = rng.randrange(len(lines))
            lines[i] = lines[i][: max(1, len(lines[i]) // 2)].strip() or "x"
        spans = _run_spans(lines)
        for w in (width - 1, width, width + 3):
            assert (sum(lo <= w < hi for lo, hi in spans), len(spans) - sum(lo <= w < hi for lo, hi in spans)) \
                == _joins(lines, w)
        assert fitted_width(lines) == by_each_width(lines)
        site = {width, width + 1, width + 2, rng.randint(40, 120)}
        assert fitted_width(lines, site, 3) == by_each_width(lines, site, 3)
        answered += fitted_width(lines) is not None
    assert answered > 50  # (most of the pages are wrapped: the widths are told, not None throughout)


@pytest.mark.parametrize("i", [0, 3])
def test_a_story_of_a_few_wrapped_paragraphs_alone_gets_them_back(i):
    # (three or four lines that end at one prose column, which no line of the page runs past: too
    # few for the page's test of many, a story of a few paragraphs wrapped all the same)
    paras = _story(i)
    wrapped = _wrapped(paras, 110)
    joins = sum(p.count("\n") for p in wrapped)
    assert 3 <= joins < 5
    a = extract(_page(i, wrapped))
    assert [t for t in (a.lead, *a.paragraphs) if t] == paras


def test_a_printed_pages_summary_is_the_one_line_its_column_did_not_wrap(tmp_path):
    """A printed page's story wrapped at its column under a summary on one line longer than the
    column (set in a box of its own) has that summary; a first paragraph wrapped at the story's
    column is the story's, a dateline («به گزارش …») in the paragraph under it or not."""
    pages, want = [], {}
    # (stories none of whose lines the column breaks right after a sentence's end, «و ... بودیم.»)
    stories = [s for s in story_bodies(16, paras=3)
               if not any(t[-1] in ".!?؟…" for p in s for t in textwrap.wrap(p, 72)[:-1])][:10]
    for i, story in enumerate(stories):
        lead = (" ".join(story[0].split()[:24]).rstrip(".،,") + ".") if i % 2 else None
        body = story[1:] if lead else story
        text = "\n".join(([lead] if lead else []) + _wrapped(body, 72))
        pages.append(_page(i, [text]))
        want[f"p{i:02d}"] = (line_key(lead or ""), [line_key(p) for p in body])
    rows = _run(tmp_path, pages)
    assert len(rows) == len(stories) >= 8
    assert {r["id"]: (line_key(r["lead"] or ""), [line_key(p) for p in r["text"].split("\n")]) for r in rows} == want


def test_a_dumps_summary_wrapped_at_the_storys_column_over_a_box_stays_the_summary(tmp_path):
    """A text browser's dump (lynx, w3m) parts its paragraphs by blank lines and wraps every one at
    its column, the summary too: the summary over a box of the page's fields, then the story, keeps
    being the summary (its column says nothing on such a page; pdev's think-tank briefs)."""
    pages, want = [], {}
    stories = [s for s in story_bodies(16, paras=3)
               if not any(t[-1] in ".!?؟…" for p in s for t in textwrap.wrap(p, 76)[:-1])][:10]
    for i, story in enumerate(stories):
        lead = " ".join(story[1].split()[:24]).rstrip(".،,") + "."
        body = [story[0], story[2]]
        box = f"شماره گزارش: ۱۴۰۲-{30 + i}\nدانلود نسخه PDF ({1300 + i} کیلوبایت)"
        text = "\n\n".join(["\n".join(textwrap.wrap(lead, 76)), box, *_wrapped(body, 76)])
        pages.append(_page(i, [text]))
        want[f"p{i:02d}"] = line_key(lead)
    rows = _run(tmp_path, pages)
    assert len(rows) == len(stories) >= 8
    assert {r["id"]: line_key(r["lead"] or "") for r in rows} == want


@pytest.mark.parametrize("width", [30, 34, 38])
def test_a_scanned_newspaper_columns_ocr_text_is_joined(width):
    # (a newspaper's column is narrower than any width a flat page was joined at: before, each of its
    # lines stood alone)
    paras = _story(3)
    head = ["روزنامه نمونه | شنبه ۱۲ آذر ۱۴۰۲ | شماره ۸۹۰۱", "", "پل عابر پیاده رشت ساخته می‌شود", ""]
    lines = head + [ln for p in paras for ln in [*ocr_wrap(p, width), ""]]
    assert fitted_width(lines) is None
    got = narrow_width(lines)
    assert got is not None and got < 40
    assert [line_key(p) for p in rejoin_wrapped(lines, got) if len(p) > 80] == [line_key(p) for p in paras]


def test_a_word_broken_after_its_zwnj_is_joined_with_no_space():
    p = ("رئیس شورا در این جلسه گفت: اعضای شورا می‌خواهند ناوگان اتوبوسرانی تا پایان سال نوسازی شود و خطوط"
         " تازه‌ای برای محله‌های حاشیه شهر راه‌اندازی شود و گزارش آن هر شش ماه به شورا داده می‌شود.")
    lines = ocr_wrap(p, 42)
    assert any(ln.endswith("\u200c") for ln in lines)
    assert rejoin_wrapped(lines, 42) == [p]


@pytest.mark.parametrize("width, opening", [
    (38, "کارشناس مسائل شرق آسیا در گفت‌وگوی اختصاصی با خبرنگار ما گفت"),
    (64, "کارشناس مسائل شرق آسیا در گفت‌وگوی اختصاصی با خبرنگار"),
])
def test_a_wrapped_line_that_opens_with_a_quote_closed_inside_it_is_joined(width, opening):
    # (a column's line may open with a name in quotes, the sentence going on past it: before, the
    # line read as a list's item and the paragraph broke there, its first lines taken for a headline)
    p = (opening + " کتاب تازه «جان گارور» درباره روابط چین و تایوان امسال در دانشگاه‌های آمریکا بسیار خوانده"
         " شده و بحث‌های زیادی را برانگیخته است.")
    lines = ocr_wrap(p, width)
    assert any(ln.startswith("«") for ln in lines[1:]), lines
    assert rejoin_wrapped(lines, width) == [p]


def test_items_quoted_whole_are_no_wrapped_lines():
    items = ["«نشست وزیران خارجه کشورهای همسایه در تهران»", "«افزایش قیمت نان در استان‌های شمالی کشور»",
             "«تعطیلی مدارس استان تهران به دلیل آلودگی هوا»"]
    assert rejoin_wrapped(items, 46) == items


def test_a_line_closed_by_a_whole_words_zwnj_still_wraps():
    # (a page's text may hold a ZWNJ before a space, «گفت و گوی ملی‌ درباره»: a line a wrapper ended
    # there is wrapped as any other, whatever a word broken at its ZWNJ would allow)
    p = ("از سوی دیگر فوتبال این کشور باید به نوبه خود در گفت و گوی ملی\u200c درباره مهاجرت و ادغام فرهنگی که"
         " در این کشور در جریان است نقش بازی کند و برای نسل‌های بعدی مهاجرین پاسخ روشنی پیدا کند تا همه"
         " بدانند در تیم ملی جایی برای آنان هست و این گفت و گو به سرانجام برسد.")
    lines = textwrap.wrap(p, 68)
    assert lines[0].endswith("\u200c") and len(lines[0]) + len(lines[1].split()[0]) == 68
    assert [line_key(x) for x in rejoin_wrapped(lines, 68)] == [line_key(p)]


_ADS = ["آموزشگاه زبان آینده ثبت‌نام می‌کند", "فروش ویژه لوازم خانگی با اقساط", "آگهی مناقصه عمومی شماره ۱۴۰۲/۳۴"]
_SCAN_HEADLINES = ["خادمان نوروزی کرمان تجلیل می‌شوند", "جراحات جدی تایگر وودز پس از تصادف",
                   "آرین روبن دوباره از فوتبال خداحافظی کرد", "خسارت سیل در ماکو برآورد شد",
                   "امتحانات دانشگاه به صورت حضوری برگزار می‌شود", "کشف مواد آتش‌زا در آمل",
                   "ایجاد خط ویژه اتوبوس در معابر ایلام", "اهدای عضو در همدان رکورد زد",
                   "کشت گیاهان دارویی در سمنان گسترش می‌یابد", "بهره‌برداری از طرح‌های عمرانی سرباز"]
_NEIGHBOUR = "مسابقات کشتی قهرمانی کشور در اراک"


@pytest.mark.parametrize("blank", [True, False])
def test_a_scanned_pages_story_under_its_other_columns_is_joined(tmp_path, blank):
    """A scanned newspaper page's OCR text at a narrow column (34): its running head, the neighbouring
    column's headline and a line of its story, an ad's line over the story's headline, another ad
    between its paragraphs. The paragraphs are joined and the headline is the story's (before, each
    line stood alone, the page was rejected and its first lines were read as its headline). With no
    blank line between the paragraphs, the ad's line between two of them (as long as the column, 34
    characters) is no first line of the paragraph under it: the site's other pages show it too.
    (The section is read from the page's lines as printed, :func:`.text._printed_section`, as before.)"""
    pages, want = [], {}
    for i, paras in enumerate(_STORIES[:10]):
        headline = _SCAN_HEADLINES[i]
        head = [f"روزنامه نمونه | شنبه {i + 1} آذر ۱۴۰۲ | سال ۲۱ | شماره {8901 + i}", "",
                _NEIGHBOUR, "به گزارش خبرنگار ما، این نشست با حضور", "", _ADS[i % 3], "", headline, ""]
        body = [ln for k, p in enumerate(paras)
                for ln in [*ocr_wrap(p, 34), *[""][:blank], *([_ADS[(i + 1) % 3], *[""][:blank]] if k == 1 else [])]]
        pages.append("\n".join(head + body + [f"صفحه {i + 3}"]) + "\n")
        want[f"p{i:02d}"] = (headline, [line_key(p) for p in paras])
    rows = _run(tmp_path, pages)
    got = {r["id"]: (r["title"], [line_key(p) for p in r["text"].split("\n")]) for r in rows}
    if blank:
        assert got == want
    else:  # (two paragraphs one under the other may join where the upper one ends near the column)
        assert {k: v[0] for k, v in got.items()} == {k: v[0] for k, v in want.items()}
        assert not [r["id"] for r in rows if any(line_key(ad) in line_key(r["text"]) for ad in _ADS)]



def test_a_clippings_masthead_over_the_column_is_no_line_of_it():
    # (an archive's clipping: the archive's name, the paper's edition line, a note, a headline set
    # wider than the column, as long as they are, and the archive's footer; the story's paragraphs,
    # the lines the column's width is told by, run no longer than it: before, the masthead's and the
    # footer's lines made the page no column's)
    paras = _story(0)
    head = ["آرشیو نمونه — آرشیو دیجیتال روزنامه‌های استان", "روزنامه نمونه | شماره ۸۹۰۱ | صفحه ۱۲",
            "شنبه ۱۲ آذر ۱۴۰۲", "متن صفحه (بازخوانی ماشینی از تصویر؛ ممکن است خطا داشته باشد)", "",
            "بخش: شهری", "پل عابر پیاده تازه شهر رشت تا پایان سال ساخته می‌شود", ""]
    foot = ["شناسه صفحه: 768143", "راهنما | جستجوی پیشرفته | فهرست نشریات",
            "© آرشیو نمونه؛ بازنشر متن صفحات با ذکر نام نشریه آزاد است."]
    lines = head + [ln for p in paras for ln in [*ocr_wrap(p, 30), ""]] + foot
    prose = [len(ln) for ln in lines if ln and "|" not in ln and len(ln.split()) >= 3]
    assert sum(n > 30 for n in prose) > 0.15 * len(prose)  # (all the page's lines read: no column)
    got = narrow_width(lines)
    assert got is not None and got < 40
    assert [line_key(p) for p in rejoin_wrapped(lines, got) if len(p) > 80] == [line_key(p) for p in paras]


def test_a_columns_line_that_shows_a_stray_bar_or_a_running_quote_is_joined():
    # (OCR text: a rule read as «|» inside a line, a quote that opens in a line and closes lines
    # below; inside a paragraph already begun, the column's lines join on)
    p = ("معاون وزیر آموزش محورهای همایش را شامل محور اول «نظام تأمین و تخصیص | منابع مالی مدارس کشور»،"
         " «آسیب شناسی سیاست‌ها و روش‌های تأمین منابع مالی»، «اصل کفایت و تنوع منابع مالی» و محور دوم"
         " «برنامه‌ریزی منابع انسانی در مدارس» عنوان کرد و گفت ثبت‌نام تا پایان ماه ادامه دارد.")
    lines = ocr_wrap(p, 32)
    assert any("|" in ln for ln in lines[1:-1]), lines
    assert any(ln.startswith("«") and "»" not in ln for ln in lines[1:-1]), lines
    assert rejoin_wrapped(lines, 32) == [p]


def test_a_subheading_the_column_broke_is_one_line():
    # (a subheading between a clipping's paragraphs, set in the column and broken by it, ends no
    # sentence: before, its two halves stood as two lines)
    paras = _story(4)[:2]
    sub = "کشف ۲۵ قبضه سلاح شکاری و جنگی توسط پلیس امنیت عمومی"
    lines = [*ocr_wrap(paras[0], 34), "", *ocr_wrap(sub, 34), "", *ocr_wrap(paras[1], 34)]
    assert len(ocr_wrap(sub, 34)) == 2
    assert sub in rejoin_wrapped(lines, 34)
    # (a wider page's block that ends no sentence is left as it stands: a list's lines)
    assert sub not in rejoin_wrapped([*textwrap.wrap(paras[0], 70), "", *textwrap.wrap(sub, 34)], 70)


def test_a_short_clipping_is_joined_at_the_column_the_archives_other_pages_show(tmp_path):
    # (an archive of newspapers' OCR text, each paper at its own column: a clipping whose column
    # shows fewer lines one under another than a page alone is read as a column by (MIN_NARROW_LINES)
    # is one all the same where the site's other pages are columns, its masthead, note and footer
    # aside; before, its lines stood alone, a short clipping was rejected empty)
    head = ["آرشیو نمونه — آرشیو دیجیتال روزنامه‌های استان",
            "متن صفحه (بازخوانی ماشینی از تصویر؛ ممکن است خطا داشته باشد)"]
    foot = ["راهنما | جستجوی پیشرفته | فهرست نشریات", "© آرشیو نمونه؛ بازنشر متن صفحات با ذکر نام نشریه آزاد است."]
    pages, want = [], {}
    for i, paras in enumerate(_STORIES[:12]):
        width = 30 + i % 5
        short = i >= 9
        paras = [paras[0]] if short else paras
        if short:  # (one paragraph of five to eight lines of the column)
            paras = [" ".join(ocr_wrap(paras[0], width)[:7]).rstrip("،, ") + "."]
        body = [ln for p in paras for ln in [*ocr_wrap(p, width), ""]]
        assert len(ocr_wrap(paras[0], width)) < 10 or not short
        edition = f"روزنامه نمونه | شماره {8901 + i} | صفحه {i + 2}"
        pages.append("\n".join([head[0], edition, f"شنبه {i + 1} آذر ۱۴۰۲", head[1], "",
                                f"پل عابر پیاده {_CITIES[i]} ساخته می‌شود", "", *body, *foot]) + "\n")
        want[f"p{i:02d}"] = [line_key(p) for p in paras]
    assert narrow_width(pages[10].split("\n")) is None  # (alone, no column)
    rows = _run(tmp_path, pages)
    got = {r["id"]: [line_key(p) for p in r["text"].split("\n")] for r in rows}
    assert {k: got.get(k) for k in ("p09", "p10", "p11")} == {k: want[k] for k in ("p09", "p10", "p11")}
