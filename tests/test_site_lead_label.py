"""A site that opens its leads with a label of its own («لید: …», «چکیده: …» in its words) on many of
its pages: the run learns the label (:meth:`palayesh.extract.template.PageTemplate.labels_lead`), and
a page's first prose line opened with it is the page's lead, however many widget and meta rows the
header sets between the headline and it (a share bar, a date, counters, font buttons, a poll): no
paragraph of the story. A word a page names again (a speaker the story quotes) is no label.
"""
from __future__ import annotations

import pytest

from story_shapes import canon, lost_and_extra, paragraphs
from test_story_shapes import _refine

_SITE = "آیین‌نامه آنلاین"
_MENU = ["صفحه نخست", "قوانین راهنمایی", "آزمون شهری", "آموزشگاه‌ها", "تماس با ما"]
#: the rows the site sets between its headline and its lead: more than a header's meta lines
_WIDGETS = ["اشتراک: تلگرام | واتساپ | توییتر | لینکدین", "🕒 ۱۹ شهریور ۱۴۰۲ (۰۰:۵۶)", "تعداد بازدید: ۳۱,۹۵۲",
            "زمان مطالعه: ۲ دقیقه", "A+ | A- | چاپ", "آزمون | تعداد شرکت‌کنندگان", "آزمون شهری | ۳۶",
            "آزمون آیین‌نامه | ۵۸"]
_LEADS = [
    "مدیر آموزشگاه‌های رانندگی استان از برگزاری آزمون آیین‌نامه به شیوه الکترونیکی در همه شهرها خبر داد.",
    "رئیس پلیس راهور گفت شمار متقاضیان گواهینامه موتورسیکلت امسال دو برابر سال گذشته شده است.",
    "وزیر کشور از تصویب آیین‌نامه تازه آموزش رانندگی در جلسه دیروز هیئت دولت خبر داد.",
    "مسئولان آموزشگاه‌ها می‌گویند کمبود مربی زن صف متقاضیان گواهینامه را در شهرستان‌ها طولانی کرده است.",
    "نخستین مرکز آزمون شهری با خودروهای برقی هفته آینده در حاشیه پایتخت آغاز به کار می‌کند.",
    "شورای شهر با اختصاص زمینی برای پیست آموزش رانندگی بانوان در شرق شهر موافقت کرد.",
    "کارشناسان می‌گویند نیمی از تصادف‌های رانندگان تازه‌کار در ماه نخست پس از گرفتن گواهینامه رخ می‌دهد.",
    "سامانه تازه نوبت‌دهی آزمون عملی از فردا برای همه متقاضیان گواهینامه پایه دو فعال می‌شود.",
    "هزینه دوره‌های آموزش رانندگی از ابتدای مهر با مصوبه کمیسیون تنظیم مقررات افزایش می‌یابد.",
    "بازرسان از پلمب سه آموزشگاه رانندگی متخلف در جنوب استان به دلیل صدور گواهی صوری خبر دادند.",
]
#: a site's pages, enough for the run to learn its template (:attr:`ExtractOptions.min_family_pages`)
_PAGES = len(_LEADS)


def _page(k: int, story: list[str], *, label: str = "لید", html: bool = False) -> str:
    headline = f"خبر شماره {k + 1} آموزش رانندگی: {_LEADS[k].split()[0]} {_LEADS[k].split()[1]} درباره آزمون‌ها"
    lead = f"{label}: {_LEADS[k]}"
    if html:
        li = "".join(f"<li><a href='/s/{i}'>{m}</a></li>" for i, m in enumerate(_MENU))
        rows = "".join(f"<div class='w{i}'>{w}</div>" for i, w in enumerate(_WIDGETS))
        paras = "".join(f"<p>{p}</p>" for p in story)
        return (f"<!DOCTYPE html><html lang='fa'><head><title>{headline} - {_SITE}</title></head><body>"
                f"<header><div class='logo'>{_SITE}</div><nav><ul>{li}</ul></nav></header>"
                f"<main><article><h1>{headline}</h1><div class='head'>{rows}<p><strong>{lead}</strong></p></div>"
                f"<div class='body'>{paras}</div></article></main>"
                f"<footer><div>کلیه حقوق برای {_SITE} محفوظ است.</div></footer></body></html>")
    lines = [_SITE, *_MENU, headline, *_WIDGETS, lead, *story, f"کلیه حقوق برای {_SITE} محفوظ است."]
    return "\n\n".join(lines)


@pytest.mark.parametrize("fmt", ["text", "html"])
def test_the_sites_lead_label_takes_the_lead_out_of_the_story(tmp_path, fmt):
    stories = [paragraphs(k, 3) for k in range(_PAGES)]
    raws = [_page(k, s, html=fmt == "html") for k, s in enumerate(stories)]
    rows = _refine(tmp_path, raws, "html" if fmt == "html" else "txt")
    for k, (row, story) in enumerate(zip(rows, stories)):
        assert canon(row["lead"] or "") == canon(_LEADS[k]), k
        assert lost_and_extra(story, row["text"].split("\n")) == ([], []), k


def test_a_speaker_the_story_names_again_is_no_label(tmp_path):
    # (the site's pages open with «لید: …»; this page's first line opens with a speaker's name
    # that its story says again: a quote, the story's own first paragraph)
    stories = [paragraphs(k, 3) for k in range(_PAGES)]
    last = _PAGES - 1
    raws = [_page(k, s) for k, s in enumerate(stories[:last])]
    quoted = [f"ظریف در ادامه افزود که {stories[last][0]}", *stories[last][1:]]
    raws.append(_page(last, quoted, label="ظریف"))
    rows = _refine(tmp_path, raws, "txt")
    assert canon(rows[last]["text"].split("\n")[0]) == canon("ظریف: " + _LEADS[last])



def _alone(label: str, story: list[str], html: bool) -> str:
    headline = "آزمون آیین‌نامه الکترونیکی در همه شهرهای استان برگزار می‌شود"
    lead = f"{label}: {_LEADS[0]}"
    if html:
        paras = "".join(f"<p>{p}</p>" for p in story)
        return (f"<!DOCTYPE html><html lang='fa'><head><title>{headline}</title></head><body>"
                f"<header><div class='logo'>{_SITE}</div></header><main><article><h1>{headline}</h1>"
                f"<div class='date'>۱۹ شهریور ۱۴۰۲</div><p><strong>{lead}</strong></p>{paras}</article></main>"
                f"<footer><div>کلیه حقوق برای {_SITE} محفوظ است.</div></footer></body></html>")
    return "\n\n".join([_SITE, " | ".join(_MENU), headline, "۱۹ شهریور ۱۴۰۲", lead, *story,
                         f"کلیه حقوق برای {_SITE} محفوظ است."])


@pytest.mark.parametrize("fmt", ["text", "html"])
def test_a_label_naming_the_story_opens_the_lead_on_a_page_alone(fmt):
    # (a site the run saw too few pages of to learn its label: «لید خبر: …» names the story it
    # sums up, a grammar of the label; «علی ربیعی: …», a speaker's name, stays the lead's own words)
    from palayesh.extract import extract

    story = paragraphs(0, 3)
    story[0] = "به گزارش آیین‌نامه آنلاین، " + story[0]
    a = extract(_alone("لید خبر", story, fmt == "html"))
    assert canon(a.lead or "") == canon(_LEADS[0])
    a = extract(_alone("علی ربیعی", story, fmt == "html"))
    assert canon(a.lead or "") == canon(f"علی ربیعی: {_LEADS[0]}")


# ------------------------------------------------------------------ a site that writes summaries
#: the meta rows the site sets under its headlines
_META = ["نویسنده: مریم احمدی | ۱ دقیقه مطالعه", "شناسه خبر: {code}", "تعداد بازدید: {views}"]
_DATELINE = f"به گزارش {_SITE}، "


def _summary_page(k: int, story: list[str], *, summary: bool) -> str:
    headline = f"خبر شماره {k + 1} آموزش رانندگی: {_LEADS[k].split()[0]} {_LEADS[k].split()[1]} درباره آزمون‌ها"
    meta = [m.format(code=4100 + 37 * k, views=900 + 13 * k) for m in _META]
    head = [_LEADS[k]] if summary else []
    return "\n".join([_SITE, *_MENU, headline, *meta, *head, *story, f"کلیه حقوق برای {_SITE} محفوظ است."])


def _restating(k: int) -> str:
    """The story's opening that says again what page ``k``'s summary says, as a story does."""
    return f"به گفته مسئولان، {_LEADS[k][:-1]} و جزئیات آن امروز در نشستی با خبرنگاران اعلام شد."


@pytest.mark.parametrize("shape", ["summaries", "openings", "quoted", "named", "datelines"])
def test_a_site_that_writes_summaries_over_its_stories_teaches_its_pages_leads(tmp_path, shape):
    # (the site's first six pages show a summary of one sentence over a dateline's paragraph, «به
    # گزارش …»: a site that writes summaries; its last four show one sentence over a story with no
    # dateline, nothing on the page to say it is a summary: the run's other pages do, and the story
    # under it says it again. A sentence the story under it does not say again opens the story, on
    # a summary site too («openings»: the speaker named and quoted, the story going on from there;
    # «quoted»: a sentence its page quotes large right under it, «…», a pull quote of the story's
    # own line, the story under it saying it again too: the site's other pages keep their summaries;
    # «named»: one opening with a name set in typewriter quotes, «"NAME" …», as a reporter marks a
    # name in his story's text).
    # A site whose pages open with the dateline, no summary over it, teaches none: the one sentence
    # opening a page without a dateline is its story's)
    stories = [[_restating(k), *paragraphs(k, 2)] if shape in ("summaries", "quoted", "named")
               else paragraphs(k, 3)
               for k in range(_PAGES)]
    dated = [[_DATELINE + s[0], *s[1:]] for s in stories]
    plain = range(6, _PAGES)
    if shape != "datelines":
        raws = [_summary_page(k, stories[k] if k in plain else dated[k], summary=True) for k in range(_PAGES)]
    else:
        raws = [_summary_page(k, [_LEADS[k], *stories[k]] if k in plain else dated[k], summary=False)
                for k in range(_PAGES)]
    if shape == "named":
        raws[plain[0]] = raws[plain[0]].replace(_LEADS[plain[0]], f'"مریم رضایی" گفت {_LEADS[plain[0]]}')
    if shape == "quoted":
        # (the story says the sentence's words again in its own order: no line of it holds the quote;
        # a blank line between the site's lines)
        said = [[f"«{_LEADS[k]}»", f"جزئیات آن امروز اعلام شد: {' '.join(_LEADS[k][:-1].split()[::-1])}.",
                 *paragraphs(k, 2)] for k in range(_PAGES)]
        raws = [_summary_page(k, said[k] if k == plain[0] else stories[k] if k in plain else dated[k],
                              summary=True).replace("\n", "\n\n") for k in range(_PAGES)]
    rows = _refine(tmp_path, raws, "txt")
    for k in plain:
        lead = shape == "summaries"
        if shape in ("quoted", "named"):  # (one page quotes its first sentence, or opens with a name)
            lead = k != plain[0]
            assert canon(rows[k]["lead"] or "") == (canon(_LEADS[k]) if lead else ""), k
            assert lead or canon(_LEADS[k][:-1]) in canon(rows[k]["text"].split("\n")[0]), k
            continue
        assert canon(rows[k]["lead"] or "") == (canon(_LEADS[k]) if lead else ""), k
        assert lost_and_extra(stories[k], rows[k]["text"].split("\n")) == ([], [] if lead else [_LEADS[k]]), k
