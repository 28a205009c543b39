"""Where a lead stands when nothing labels it: in its own slot between the header's meta lines
(byline, date, counters, a news code) and the story, set apart from the story by a box (a film's
credits, a share's figures, a short link), in flat text and in HTML whatever element holds it.
Layouts written from how Persian sites print a header, one case each (not from any family set)."""
from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from conftest import news_bodies, read_rows
from palayesh import extract, refine
from palayesh.textkeys import line_key

TITLE = "نشست شورای شهر با بررسی طرح‌های تازه برگزار شد"
LEAD = "اعضای شورای شهر در نشست امروز خود چند طرح تازه عمرانی را بررسی و تصویب کردند."
STORY = ["به گزارش پایگاه خبری ما، نشست شورای شهر امروز با حضور اعضا و مدیران شهری برگزار شد و چند طرح تازه بررسی شد.",
         "رئیس شورا در این نشست گفت که اجرای طرح‌های عمرانی تا پایان سال ادامه خواهد داشت و بودجه آن تامین شده است.",
         "وی افزود: شهروندان می‌توانند نظرات خود را درباره این طرح‌ها از راه سامانه شهرداری به مسئولان برسانند."]
#: the same story without a dateline («به گزارش …»): only the page's structure tells the lead
UNDATED = ["نشست شورای شهر امروز با حضور اعضا و مدیران شهری برگزار شد و چند طرح تازه در آن بررسی شد.", *STORY[1:]]
SITE = ["پایگاه خبری نمونه", "خانه | سیاسی | اقتصادی | اجتماعی | ورزشی | تماس با ما"]
META = ["مریم احمدی | ۱۴ مهر ۱۴۰۱ | ۳ نظر", "تعداد بازدید: ۱۲,۳۴۵"]
BOXES = {"credits": ["کارگردان: سارا کریمی", "بازیگران: علی رضایی، مینا احمدی", "ژانر: درام"],
         "a news code": ["کد خبر: ۱۲۳۴۵۶", "لینک کوتاه: https://example.ir/x/1a2b3c"],
         "a share's figures": ["نماد: فولاد", "صنعت: فلزات اساسی", "آخرین قیمت: ۱۲,۳۴۵ ریال"]}


def _text_page(lines: list[str]) -> str:
    return "\n\n".join(lines) + "\n"


@pytest.mark.parametrize("story", [STORY, UNDATED], ids=["dateline", "no dateline"])
@pytest.mark.parametrize("fields", [["کد خبر: ۱۲۳۴۵۶"], ["کد خبر: ۱۲۳۴۵۶", "شناسه: ۹۸۷"]], ids=["code", "two codes"])
def test_text_lead_over_a_news_code(story, fields):
    """One page alone: fields whose values are a number or a link (a news code) set the lead apart."""
    a = extract(_text_page([*SITE, TITLE, *META, LEAD, *fields, *story]))
    assert (a.title, a.lead) == (TITLE, LEAD)
    assert a.paragraphs[0] == story[0]


_WORD = re.compile(r"^[\w\u200c]+$")


@pytest.mark.parametrize("box", ["credits", "a share's figures"])
def test_text_lead_over_a_box_the_run_learns(tmp_path, box):
    """A site's box of fields (a film's credits, a share's figures) between the lead and the story
    on every page: the run learns the box is the site's, and the line over it is the lead."""
    bodies = [[p for p in b.split("\n") if len(p.split()) >= 12] for b in news_bodies()]
    bodies = [b for b in bodies if len(b) >= 4][:12]
    src = tmp_path / "pages"
    src.mkdir()
    want = {}
    for i, paras in enumerate(bodies):
        title = " ".join(w for w in paras[3].split()[:7] if _WORD.match(w))
        lead = " ".join(w for w in paras[3].split()[7:21] if _WORD.match(w)) + "."
        fields = [f"{ln.split(':')[0]}: {v}" for ln, v in zip(BOXES[box], paras[2].split()[i % 3:], strict=False)]
        head = [*SITE, title, f"مریم احمدی | {i + 1} مهر ۱۴۰۱ | {i} نظر", f"{100 + i * 7:,} بازدید", lead, *fields]
        (src / f"p{i:02d}.txt").write_text(_text_page([*head, *paras[1:]]), encoding="utf-8")
        want[f"p{i:02d}"] = (title, lead)
    out = tmp_path / "out"
    refine(src, out, workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(out)}
    got = [k for k, (title, lead) in want.items() if k in rows and line_key(rows[k]["title"] or "") == line_key(title)
           and line_key(rows[k]["lead"] or "") == line_key(lead)]
    assert len(got) >= len(want) - 1, [(rows[k]["lead"], want[k][1]) for k in want if k in rows and k not in got]


def test_text_lead_ending_in_a_quote():
    quoted = "رئیس شورا گفت: «اجرای طرح‌های عمرانی تا پایان سال ادامه خواهد داشت.»"
    a = extract(_text_page([*SITE, TITLE, *META, quoted, "کد خبر: ۱۲۳۴۵۶", *UNDATED]))
    assert a.lead == quoted


def test_text_no_lead_without_its_slot():
    # the same first paragraph with no box after it is the story's (two sentences: no summary)
    first = LEAD + " جزئیات این طرح‌ها پس از تصویب نهایی اعلام خواهد شد."
    a = extract(_text_page([*SITE, TITLE, *META, first, *UNDATED]))
    assert a.lead is None and a.paragraphs[0] == first
    # a one-sentence paragraph under the box, not over it, is the story's
    a = extract(_text_page([*SITE, TITLE, *META, *BOXES["a news code"], LEAD, *UNDATED]))
    assert a.lead is None and a.paragraphs[0] == LEAD


def _html_page(head: list[str], lead_block: str, box: list[str], story: list[str]) -> str:
    div = "".join(f"<div class='c{i}'>{t}</div>" for i, t in enumerate(head))
    boxed = "".join(f"<div class='f{i}'>{t}</div>" for i, t in enumerate(box))
    paras = "".join(f"<p>{p}</p>" for p in story)
    return (f"<html><head><title>{TITLE}</title></head><body><header><div>{SITE[0]}</div></header>"
            f"<main><div class='x1'><h1>{TITLE}</h1>{div}{lead_block}</div><div class='x2'>{boxed}</div>"
            f"<div class='x3'>{paras}</div></main></body></html>")


@pytest.mark.parametrize("lead_block", [f"<div class='q'><p>{LEAD}</p></div>", f"<p>{LEAD}</p>",
                                        f"<span>{LEAD}</span>"], ids=["div>p", "p", "span"])
@pytest.mark.parametrize("box", list(BOXES))
def test_html_lead_between_the_header_and_a_box(box, lead_block):
    """No class names the lead: it is the summary in the headline's block, over a box."""
    a = extract(_html_page(META, lead_block, BOXES[box], STORY))
    assert (a.title, a.lead) == (TITLE, LEAD)
    assert LEAD not in a.paragraphs and a.paragraphs[0] == STORY[0]


def test_html_no_lead_when_the_first_paragraph_runs_on():
    # the story's first paragraph right above the next, no box between: the story's, not a lead
    a = extract(_html_page(META, "", [], [LEAD, *STORY]))
    assert a.lead is None and a.paragraphs[0] == LEAD


def test_html_no_lead_without_a_box_under_it():
    # a line of its own right above the story (a «read on» teaser) is not set apart: no lead
    a = extract(_html_page(META, f"<div class='q'><p>{LEAD}</p></div>", [], STORY))
    assert a.lead is None


def _html_post(first: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in [first, *STORY])
    return (f"<html><head><title>{TITLE}</title></head><body><header><div>{SITE[0]}</div></header>"
            f"<main><div class='post'><div class='t'>{TITLE}</div>{paras}</div></main></body></html>")


def test_html_summary_right_under_the_headline():
    """A channel post's layout: headline, a one-sentence summary, then the dateline paragraph."""
    assert extract(_html_post(LEAD)).lead == LEAD
    # two sentences (an intro, not a summary) or a short «read on» teaser: the story's
    two = LEAD + "\u200f جزئیات این طرح‌ها پس از تصویب نهایی اعلام خواهد شد."
    assert extract(_html_post(two)).lead is None
    assert extract(_html_post("جزئیات این خبر را در ادامه بخوانید.")).lead is None


@pytest.mark.parametrize("label", ["چکیده:", "خلاصه خبر:", "لید :"])
@pytest.mark.parametrize("story", [STORY, UNDATED], ids=["dateline", "no dateline"])
def test_text_lead_under_its_label(label, story):
    """A word or two and a colon alone over the first paragraph, under the header: the page names
    that paragraph its summary (no box under it, no date line between it and the story)."""
    lead = LEAD[:-1] + " و بودجه آن را هم بررسی کردند، اما درباره یک طرح تصمیمی نگرفتند."
    a = extract(_text_page([*SITE, TITLE, *META, "چاپ | ذخیره | اندازه قلم", label, lead, *story]))
    assert (a.title, a.lead) == (TITLE, lead)
    assert a.paragraphs[0] == story[0]


def test_text_an_agency_over_the_first_paragraph_labels_no_lead():
    a = extract(_text_page([*SITE, TITLE, *META, "خبرگزاری فارس:", *UNDATED]))
    assert a.lead is None and a.paragraphs[0] == UNDATED[0]


@pytest.mark.parametrize("label", ["", "<div>لید:</div>"])
def test_html_bold_lead_under_a_headline_shown_in_h2(label):
    """The headline in an <h2> (no <h1>), its rows, then the summary as a paragraph set wholly in
    bold, after a label or none: the lead, as under an <h1>."""
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    page = (f"<!doctype html><html><head><title>{TITLE}</title></head><body><div class='head'>"
            f"<h2>{TITLE}</h2><div>{META[0]}</div><div>خبر از: خبرگزاری فارس</div>{label}"
            f"<p class='x1'><strong>{LEAD}</strong></p></div><div class='content'>{paras}</div></body></html>")
    a = extract(page)
    assert (a.title, a.lead) == (TITLE, LEAD)
    assert a.paragraphs[0] == STORY[0]


_LEAD = "وزیر نیرو از افتتاح دو نیروگاه تازه در جنوب کشور تا پایان سال خبر داد."
_STORY = ["به گزارش پایگاه خبری ما، وزیر نیرو امروز در نشست خبری گفت که دو نیروگاه تازه در جنوب کشور تا "
          "پایان سال به بهره‌برداری می‌رسد و برق صنایع منطقه را تامین می‌کند.",
          "او افزود که سرمایه‌گذاری بخش خصوصی در این طرح‌ها بیش از گذشته بوده است و دولت از آن حمایت "
          "می‌کند تا کمبود برق در تابستان جبران شود."]


@pytest.mark.parametrize("label, lead", [
    ("خلاصه", _LEAD),                        # a label the page shows nowhere else: dropped
    ("چکیده", _LEAD),
    ("نیرونیوز", "نیرونیوز: " + _LEAD),      # the site's name (a short line of its header): a dateline, kept
])
def test_a_labelled_leads_label_is_no_part_of_it(label, lead):
    page = (f"<html><body><div>نیرونیوز</div><article><h1>دو نیروگاه تازه در جنوب کشور افتتاح می‌شود</h1>"
            f'<p class="lead"><strong>{label}: {_LEAD}</strong></p>'
            + "".join(f"<p>{p}</p>" for p in _STORY) + "</article></body></html>")
    assert extract(page).lead == lead


@pytest.mark.parametrize("label, lead", [
    ("خلاصه", _LEAD),                        # the label in an element of its own: still no part of the lead
    ("چکیده", _LEAD),
    ("نیرونیوز", "نیرونیوز: " + _LEAD),      # the site's name (its header shows it alone): a dateline, kept
])
def test_a_leads_label_in_its_own_bold_element_is_no_part_of_it(label, lead):
    # «<p><strong>خلاصه:</strong> …</p>»: the label's own element is a short piece of the page that
    # names the word, but names nothing else the page shows
    page = (f"<html><body><div>نیرونیوز</div><article><h1>دو نیروگاه تازه در جنوب کشور افتتاح می‌شود</h1>"
            f'<p class="lead" itemprop="description"><strong>{label}:</strong> {_LEAD}</p>'
            + "".join(f"<p>{p}</p>" for p in _STORY) + "</article></body></html>")
    assert extract(page).lead == lead


#: a story that opens with no dateline: nothing but the label tells its summary from its first paragraph
_UNDATED = ["وزیر نیرو امروز در نشست خبری گفت که دو نیروگاه تازه در جنوب کشور تا پایان سال به بهره‌برداری "
            "می‌رسد و برق صنایع منطقه را تامین می‌کند.", _STORY[1]]


@pytest.mark.parametrize("label, lead", [
    ("خلاصه", _LEAD),          # the label opens the summary's own line: the line is the lead, without it
    ("چکیده", _LEAD),
    ("وزیر", None),            # a speaker the story names again: its first paragraph, no lead
    ("سونگ گفت", None),        # a speaker and a verb of saying, named nowhere else: a quote, no label
])
def test_text_lead_opened_by_its_label_on_its_own_line(label, lead):
    page = "\n".join(["نیرونیوز", "خانه", "تماس", "دو نیروگاه تازه در جنوب کشور افتتاح می‌شود",
                      "کد خبر: ۴۷۱۸۹۶۵ | گروه: انرژی", "۱ سال پیش", "زمان مطالعه: ۱ دقیقه", "A+ | A- | چاپ",
                      f"{label}: {_LEAD}", *_UNDATED, "انتهای پیام/", "تمامی حقوق محفوظ است."])
    a = extract(page)
    assert a.lead == lead
    assert a.paragraphs[-1] == _UNDATED[-1]


@pytest.mark.parametrize("label", ["خبرگزاری فارس", "ایسنا", "نیرونیوز"])
def test_text_lead_opened_by_its_source_on_its_own_line(label):
    # «خبرگزاری فارس: …» / «نیرونیوز: …» (an agency's name, the site's own from its header) opening the
    # line under the header: the summary as its source wrote it, a dateline kept in the lead
    page = "\n".join(["نیرونیوز", "خانه", "تماس", "دو نیروگاه تازه در جنوب کشور افتتاح می‌شود",
                      "کد خبر: ۴۷۱۸۹۶۵ | گروه: انرژی", "۱ سال پیش", "A+ | A- | چاپ",
                      f"{label}: {_LEAD}", *_UNDATED, "انتهای پیام/", "تمامی حقوق محفوظ است."])
    a = extract(page)
    assert a.lead == f"{label}: {_LEAD}"
    assert a.paragraphs == _UNDATED


def _head_block_page(lead_class: str, story_class: str | None) -> str:
    """«<div><h1/><time/><div>…</div><p class=…>lead</p></div><div>widget</div><div><p>story</p>…</div>»"""
    head = "".join(f"<div class='c{i}'>{t}</div>" for i, t in enumerate(META))
    cls = f" class='{story_class}'" if story_class else ""
    return (f"<html><head><title>{TITLE}</title></head><body><header><div>{SITE[0]}</div></header>"
            f"<main><div class='x1'><h1>{TITLE}</h1><time>۱۴ مهر ۱۴۰۱</time>{head}"
            f"<p class='{lead_class}'>{LEAD}</p></div><div class='x2'><div>میانگین قیمت: ۱۲ میلیون</div></div>"
            f"<div class='x3'>{''.join(f'<p{cls}>{p}</p>' for p in UNDATED)}</div></main></body></html>")


def test_html_lead_as_the_headline_blocks_paragraph_of_its_own_kind():
    """The one paragraph beside the headline, of a class no paragraph of the story (a block of its
    own) shows, is the lead, whatever the class's name; dressed as the story's, it is their first."""
    a = extract(_head_block_page("k7", None))
    assert a.lead == LEAD and a.paragraphs == UNDATED
    a = extract(_head_block_page("k7", "m2 txt"))
    assert a.lead == LEAD and a.paragraphs == UNDATED
    a = extract(_head_block_page("k7 txt", "m2 txt"))  # (the story's class: the story's first paragraph)
    assert a.lead is None and a.paragraphs[0] == LEAD


def _widget_site(i: int, title: str, lead: str | None, story: list[str]) -> list[str]:
    """A site's story page: the header's rows and a button, the summary on some pages, the
    header's widget, then the story."""
    return ["خبرنامه شهر", "خانه | شهری | اقتصادی | ورزشی | فرهنگی", title, f"انتشار: {1 + i % 28} مهر ۱۴۰۱",
            f"شناسه خبر: {9100 + i}", "ذخیره", "حالت مطالعه", *([lead] if lead else []),
            f"میانگین قیمت هر متر: {40 + i} میلیون تومان", *story, "تمامی حقوق برای خبرنامه شهر محفوظ است."]


def _ad_site(i: int, first: str, story: list[str]) -> list[str]:
    """Another site: a one-sentence first paragraph, then an ad line it sets into every story under
    the first paragraph (never above the story): no summary."""
    return ["پایگاه خبری ساحل", "خانه | شهری | اقتصادی | ورزشی | فرهنگی",
            f"{_WHO_AD[i % 4]} {first.split()[0]} خبر دادند", f"انتشار: {1 + i % 28} مهر ۱۴۰۱",
            f"شناسه خبر: {7100 + i}", first, "عضویت در کانال تلگرام پایگاه خبری ساحل", *story,
            "تمامی حقوق برای پایگاه خبری ساحل محفوظ است."]


_WHO_AD = ["مدیران شهری از", "اعضای شورا از", "کارشناسان اقتصادی از", "مسئولان استان از"]


def _live_site(i: int, first: str, story: list[str], title: str = "") -> list[str]:
    """A live report: a marker of the story's parts above each («دقیقه ۳۲»), the first part one
    sentence: the marker under it marks the next part, no summary's slot."""
    parts = [first, *story]
    return ["پایگاه ورزشی توربین", "خانه | فوتبال | والیبال | کشتی | ویدیو", title,
            f"انتشار: {1 + i % 28} مهر ۱۴۰۱", *[x for k, p in enumerate(parts) for x in (f"دقیقه {10 + 7 * k + i}", p)],
            "کلیه حقوق برای پایگاه ورزشی توربین محفوظ است."]


def test_text_lead_over_the_headers_widget(tmp_path):
    """A one-sentence paragraph under the header's rows and over the site's widget line, which the
    site shows right under those rows where a page has no summary, is the lead (the run learns the
    widget stands above the story); a line a site sets into every story under its first paragraph
    (never above it) sets apart no lead, nor does a live report's marker of its parts."""
    bodies = [[p for p in b.split("\n") if len(p.split()) >= 12] for b in news_bodies()]
    undated = re.compile(r"^به گزارش[^،,]*[،,]\s*")
    bodies = [b for b in bodies if len(b) >= 4
              and not any(undated.sub("", p).startswith("به گزارش") for p in b[:3])][:27]
    src = tmp_path / "pages"
    src.mkdir()
    want = {}
    for i, paras in enumerate(bodies):
        title = " ".join(w for w in paras[3].split()[:7] if _WORD.match(w))
        lead = " ".join(w for w in paras[3].split()[7:21] if _WORD.match(w)) + "."
        story = [undated.sub("", p) for p in paras[:3]]
        if i % 3 == 0:
            with_lead = i % 9 != 0  # (on two pages in three)
            lines = _widget_site(i, title, lead if with_lead else None, story)
            want[f"p{i:02d}"] = (lead if with_lead else None, story[0])
        elif i % 3 == 1:
            lines = _ad_site(i, lead, story)
            want[f"p{i:02d}"] = (None, lead)
        else:
            lines = _live_site(i, lead, story, title)
            want[f"p{i:02d}"] = (None, lead)
        (src / f"p{i:02d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    refine(src, out, workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(out)}
    key = lambda t: t and line_key(t)  # noqa: E731  (the output is normalized)
    got = {k: (key(rows[k]["lead"]), key(rows[k]["text"].split("\n")[0])) for k in want}
    assert got == {k: (key(lead), key(first)) for k, (lead, first) in want.items()}


def _site_of_leads(tmp_path, head: Callable[[int, str], list[str]], lead_words: slice,
                   dateline: str = "", tail: list[str] | None = None) -> tuple[dict, dict]:
    """Eight flat pages of a site, each ``SITE``, its headline, the lines ``head(i, lead)`` (its meta
    lines, its lead as the site shows it) and its story (``dateline`` opening it): the rows by id,
    and each page's lead."""
    from conftest import refine_site, story_bodies

    pages, leads = [], {}
    for i, paras in enumerate(story_bodies(8, paras=4)):
        lead = " ".join(paras[3].split()[lead_words]) + "."
        pages.append([*SITE, " ".join(paras[3].split()[:8]), *head(i, lead), dateline + paras[0], *paras[1:3],
                      *(tail or [])])
        leads[f"p{i:02d}"] = lead
    return refine_site(tmp_path, pages), leads


def _leads(rows: dict, want: dict) -> list[str]:
    """The pages whose lead is the one wanted (a key of it, "" for none)."""
    return [k for k in want if line_key((rows.get(k) or {}).get("lead") or "") == want[k]]


@pytest.mark.parametrize("label", ["لید خبر", "گزیده روز"])
def test_a_two_word_label_the_site_opens_its_leads_with_goes(tmp_path, label):
    # «لید خبر: …» on every page of a site (in its own words: «گزیده روز: …»): the site's label of its
    # leads, which the run learns from its pages; two words opening one page's lead are a speaker's
    # («علی ربیعی: …», a quote: kept)
    def head(i, lead):
        return [f"کد خبر: {4718965 + i} | ۱{i} مهر ۱۴۰۱", (f"{label}: " if i else "علی ربیعی: ") + lead]

    rows, leads = _site_of_leads(tmp_path, head, slice(8, 24), "به گزارش پایگاه خبری ما، ")
    want = {k: line_key(lead if k != "p00" else "علی ربیعی: " + lead) for k, lead in leads.items()}
    got = _leads(rows, want)
    assert "p00" in got and len(got) >= len(want) - 1, [(rows.get(k) or {}).get("lead") for k in want]


def test_a_two_word_name_the_page_shows_again_opens_its_lead_as_a_dateline(tmp_path):
    # the site's name of two words opening every page's lead («بلور نیوز: …», a dateline), and said
    # again in its footer (a long line, no short one): the lead keeps it
    def head(i, lead):
        return [f"کد خبر: {4718965 + i} | ۱{i} مهر ۱۴۰۱", "بلور نیوز: " + lead]

    rows, leads = _site_of_leads(tmp_path, head, slice(8, 24), "به گزارش پایگاه خبری ما، ",
                                 tail=["تمامی حقوق مادی و معنوی این سایت برای بلور نیوز محفوظ است."])
    want = {k: line_key("بلور نیوز: " + lead) for k, lead in leads.items()}
    got = _leads(rows, want)
    assert len(got) >= len(want) - 1, [(rows.get(k) or {}).get("lead") for k in want]



def test_the_sites_name_opening_a_summary_under_a_byline_of_names_alone(tmp_path):
    # a reader view: headline, the site's name, a reading time, the writer's name alone (a byline no
    # word marks, another name on each page), then the summary the site opens with its own name
    # («گاهنامه سپیدار: …») over a story without a dateline: the summary is the lead, and the site's
    # name opens no line of the story
    site = "گاهنامه سپیدار"
    names = ["آرش توکلی", "مریم احمدی", "سارا کریمی", "علی رضایی", "نرگس جعفری", "حسین سلیمانی", "مینا صادقی",
             "رضا کاظمی", "لیلا محمدی", "امید قاسمی"]
    bodies = [[p for p in b.split("\n") if len(p.split()) >= 12] for b in news_bodies()]
    undated = re.compile(r"^به گزارش[^،,]*[،,]\s*")
    bodies = [b for b in bodies if len(b) >= 4
              and not any(undated.sub("", p).startswith("به گزارش") for p in b[:3])][:len(names)]
    src = tmp_path / "pages"
    src.mkdir()
    want = {}
    for i, paras in enumerate(bodies):
        title = " ".join(w for w in paras[3].split()[:7] if _WORD.match(w))
        lead = " ".join(w for w in paras[3].split()[7:21] if _WORD.match(w)) + "."
        story = [undated.sub("", p) for p in paras[:3]]
        lines = ["sepidar-news.ir", title, site, f"{i % 4 + 1} دقیقه مطالعه", names[i], f"{site}: {lead}", *story]
        (src / f"p{i:02d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        want[f"p{i:02d}"] = (line_key(f"{site}: {lead}"), line_key(story[0]))
    out = tmp_path / "out"
    refine(src, out, workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(out)}
    got = {k: (line_key(rows[k]["lead"] or ""), line_key(rows[k]["text"].split("\n")[0])) for k in want}
    assert got == want


# (s65) the story's first paragraph under the headline shown again; a live report's entries under their stamps
ECHO_SITE = ["گلاب‌سرا", "🏠 | گلاب‌گیری | گردشگری کاشان | جشنواره | بازار گلاب | تماس"]


def _echo_page(i: int, title: str, lead: str | None, paras: list[str]) -> list[str]:
    """A page of a site that sets its headline again over the story, under its byline, and the
    summary of a page that has one over them: «<headline> / <meta> / [<lead>] / <byline> / <headline> / <story>»."""
    meta = [f"نوشته سمیرا رضایی · {i % 5 + 1} دقیقه مطالعه", f"کد خبر: {157863 + 31 * i}"]
    return [*ECHO_SITE, title, *meta, *([lead] if lead else []), "خبرنگار گلاب‌سرا", title, *paras]


def test_the_storys_first_paragraph_under_the_headline_shown_again_is_no_lead(tmp_path):
    """Under the headline's copy the story opens, whatever its first paragraph's length: a summary
    stands over the copy (and the site's byline over it), as on the site's pages that have one."""
    from conftest import made_titles, refine_site, story_bodies
    titles = made_titles(8, ["جشنواره گلاب‌گیری", "نمایشگاه عرقیات", "بازارچه گل محمدی", "همایش گردشگری"],
                         ["کاشان", "قمصر", "نیاسر"])
    pages, want = [], {}
    for i, (title, paras) in enumerate(zip(titles, story_bodies(8, paras=4))):
        first = " ".join(paras[0].split()[:16]).rstrip(".،") + "."  # (a short one-sentence first paragraph)
        lead = f"{title} با حضور مسئولان استان برگزار شد و تا پایان هفته ادامه دارد." if i % 2 else None
        pages.append(_echo_page(i, title, lead, [first, *paras[1:]]))
        want[f"p{i:02d}"] = (lead, first)
    rows = refine_site(tmp_path, pages)
    got = {k: (line_key(rows[k]["lead"] or ""), line_key(rows[k]["text"].split("\n")[0])) for k in want if k in rows}
    assert got == {k: (line_key(lead or ""), line_key(first)) for k, (lead, first) in want.items() if k in got}
    assert len(got) >= 7


def test_text_lead_over_a_live_reports_stamped_entries():
    """A live report: each entry under its time stamp («ساعت ۱۱:۳۴»), the first paragraph under
    none, over the reporter's line: its summary, a dateline or none in the entry under it."""
    entries = [x for k, p in enumerate(UNDATED) for x in (f"ساعت ۱۱:{34 - 7 * k:02d}", p)]
    a = extract(_text_page([*SITE, TITLE, *META, LEAD, "خبرنگار اعزامی ما", *entries]))
    assert a.lead == LEAD and all(p in a.paragraphs for p in UNDATED)
    # (the first entry under its stamp too: no summary)
    a = extract(_text_page([*SITE, TITLE, *META, "خبرنگار اعزامی ما", "ساعت ۱۱:۴۱", LEAD, *entries]))
    assert a.lead is None and LEAD in a.paragraphs


def test_a_live_reports_stamps_are_found_once(monkeypatch):
    """The entries' stamps (:func:`.text._entry_stamps`) are found once a page, for both questions
    asked of them (a summary over the entries, the first entry under its stamp): a walk over the
    story's paragraphs, not two."""
    from palayesh.extract import text
    calls = []
    found = text._entry_stamps
    monkeypatch.setattr(text, "_entry_stamps", lambda lines, body: calls.append(1) or found(lines, body))
    entries = [x for k, p in enumerate(UNDATED) for x in (f"ساعت ۱۱:{34 - 7 * k:02d}", p)]
    a = extract(_text_page([*SITE, TITLE, *META, LEAD, "خبرنگار اعزامی ما", *entries]))
    assert a.lead == LEAD and len(calls) == 1


#: the story's opening that tells of the reporter's interview, as a dateline does
TOLD = "رئیس شورای شهر امروز در گفت‌وگو با خبرنگار ما اظهار داشت: اجرای طرح‌های عمرانی تا پایان سال ادامه خواهد داشت."


def test_text_a_first_paragraph_that_tells_of_the_interview_is_no_lead():
    """«<name> در گفت‌وگو با خبرنگار … گفت: …» opens the story, as a dateline does: a first paragraph
    that tells of the reporter's interview is no summary, a dateline under it or not."""
    a = extract(_text_page([*SITE, TITLE, *META, TOLD, *STORY]))
    assert a.lead is None and a.paragraphs[:2] == [TOLD, STORY[0]]


#: a one-sentence summary of what was said, and the story under it opening with the interview
SAID = "رئیس شورای شهر گفت: اجرای طرح‌های عمرانی تا پایان سال ادامه خواهد داشت."


@pytest.mark.parametrize("meta", [META, [*META, "چاپ | ارسال به دوستان | PDF | ذخیره"]], ids=["meta", "print-row"])
def test_text_a_summary_over_the_interview_that_opens_the_story_is_the_lead(meta):
    """The reporter's interview opens the story as a dateline does («<name> امروز در گفت‌وگو با
    خبرنگار … اظهار داشت: …»): the one sentence over it, however many header rows stand between the
    headline and it, is its summary (a gov portal's print row under the date too)."""
    a = extract(_text_page([*SITE, TITLE, *meta, SAID, TOLD, *STORY[1:]]))
    assert a.lead == SAID and a.paragraphs[:2] == [TOLD, STORY[1]]
    # (two sentences over it are the story's own opening: no summary)
    two = "رئیس شورای شهر به طرح‌ها اشاره کرد. او گفت: اجرای طرح‌های عمرانی تا پایان سال ادامه خواهد داشت."
    a = extract(_text_page([*SITE, TITLE, *meta, two, TOLD, *STORY[1:]]))
    assert a.lead is None and a.paragraphs[0] == two


@pytest.mark.parametrize("head", ["ارومیه - خبرگزاری فارس - ", "تهران- ایرنا- ", "ایسنا/ تبریز - "])
def test_text_lead_over_an_agencys_own_dateline(head):
    """The head an agency writes before its story (a city and its name, «ارومیه - خبرگزاری فارس -
    …») opens the story as «به گزارش …» does: the paragraph right over it, under the header's meta
    lines, is the summary."""
    story = [head + UNDATED[0], *UNDATED[1:]]
    a = extract(_text_page([*SITE, TITLE, *META, "کد: ۵", LEAD, *story]))
    assert (a.title, a.lead) == (TITLE, LEAD)
    assert a.paragraphs == story


@pytest.mark.parametrize("label", ["لید", "خلاصه"])
def test_html_lead_opened_by_its_label_on_a_page_alone(label):
    """An HTML page (a reader view saved: the headline, then the paragraphs) whose first paragraph
    opens with a word and a colon that names it («لید: …»): the summary, its label cut, with no run
    to have learned the site's label."""
    html = ("<html><head><meta charset='utf-8'><title>" + TITLE + "</title></head><body>"
            "<div class='header'><h1>" + TITLE + "</h1><div class='meta'>۱–۳ دقیقه</div></div><hr>"
            "<div class='content'><div class='page'>"
            + "".join(f"<p>{t}</p>" for t in [f"{label}: {LEAD}", *STORY]) + "</div></div></body></html>")
    a = extract(html, format="html")
    assert (a.title, a.lead) == (TITLE, LEAD)
    assert a.paragraphs == STORY


@pytest.mark.parametrize("kind, lead", [("notion-callout-text", True), ("notion-text-block", False)])
def test_html_summary_in_a_block_of_its_own_kind_over_the_dateline(kind, lead):
    """A notion page's callout («💡 …») over the story's text blocks, the first of them opening with a
    dateline: the page's markup sets the summary apart, its lead; in a block of the story's own kind
    it is the story's first paragraph."""
    blocks = "".join(f"<div class='notion-text-block'>{p}</div>" for p in STORY)
    page = (f"<!doctype html><html><head><title>{TITLE}</title></head><body><div class='notion-page-content'>"
            f"<h1 class='notion-title'>{TITLE}</h1><div class='notion-callout'><div class='notion-callout-icon'>💡"
            f"</div><div class='{kind}'>{LEAD}</div></div>{blocks}</div></body></html>")
    a = extract(page)
    assert a.lead == (LEAD if lead else None)
    assert a.paragraphs[0] == (STORY[0] if lead else LEAD)


def _qa_page(lead_class: str, first_heading: bool = True) -> str:
    """A Q&A page: the headline, its meta row, the question under a heading, then the answer beside
    them in the same block under headings of its own (no block of its own for the story)."""
    ask = f"<h2>سؤال کاربر</h2><p class='{lead_class}'>{LEAD}</p>" if lead_class else ""
    part = "<h2>پاسخ کوتاه</h2>" if first_heading else ""
    return (f"<html><head><title>{TITLE}</title></head><body><header><div>{SITE[0]}</div></header>"
            f"<main><h1>{TITLE}</h1><div class='m'>{META[0]}</div>{ask}{part}<p>{STORY[0]}</p>"
            f"<h2>پاسخ مفصل</h2><p>{STORY[1]}</p><p>{STORY[2]}</p></main></body></html>")


def test_html_a_classed_paragraph_over_the_storys_heading_is_its_lead():
    """The question in a paragraph of a class of its own, a subheading between it and the answer
    that runs on beside the headline: the lead, whatever the class's name or the heading's words."""
    a = extract(_qa_page("w3"))
    assert (a.title, a.lead) == (TITLE, LEAD)
    assert LEAD not in a.paragraphs and STORY[0] in a.paragraphs


def test_html_no_lead_from_a_paragraph_without_a_class_or_without_a_heading_under_it():
    # (dressed as the story's paragraphs: the story's first; no lead shown at all: none)
    assert extract(_qa_page("")).lead is None
    a = extract(_qa_page("", first_heading=False))
    assert a.lead is None and a.paragraphs[0] == STORY[0]
    # (the classed paragraph runs straight into the answer, no heading between: the story's)
    assert extract(_qa_page("w3", first_heading=False)).lead is None


def _turns_page(labels: list[str]) -> str:
    """An HTML page whose story's paragraphs each stand under a label alone: a programme's transcript
    (each turn under its speaker) or a summary's slot over the first paragraph only."""
    rows = "".join((f"<div>{lab}</div>" if lab else "") + f"<p>{p}</p>" for lab, p in zip(labels, STORY))
    return (f"<html><head><meta charset=utf-8><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
            f"<div>۱۴ مهر ۱۴۰۱</div>{rows}</article></body></html>")


def test_html_speaker_label_over_turns_is_no_lead_slot():
    # a speaker's label over the first turn and again over a later one names a turn, not a summary
    a = extract(_turns_page(["مجری:", "کارشناس:", "مجری:"]))
    assert a.lead is None
    assert a.paragraphs[0] == STORY[0]
    # the label once, over the first paragraph alone: the summary's slot
    assert extract(_turns_page(["چکیده:", "", ""])).lead == STORY[0]
