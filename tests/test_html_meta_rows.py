"""HTML pages whose head is read apart from their items (s67, AR's open half): a live blog's updates,
each an ``<article>`` under the page's ``<h1>`` and meta row, are items of the story, not the story
(:func:`palayesh.extract.html._story_root`); a meta row's dates read together, where a qualified
generic label («تاریخ ثبت پرسش», «تاریخ دریافت») names another event than the publication
(:func:`palayesh.extract.html._row_events`); a heading the site shows over (nearly) every story is a
label of its layout, not the story's subheading (:func:`palayesh.extract.html._layout_headings`).
Pages written for these tests."""
from __future__ import annotations

from palayesh.extract import extract
from palayesh.extract.html import _layout_headings
from palayesh.extract.htmlbody import select_body
from palayesh.textkeys import line_key

_HEADLINE = "کشت گلخانه‌ای توت‌فرنگی در دشت مغان گسترش یافت"
_STORY = ["مدیر جهاد کشاورزی پارس‌آباد روز گذشته در جمع کشاورزان منطقه گفت: سطح زیر کشت گلخانه‌ای "
          "توت‌فرنگی در دشت مغان امسال به بیش از دویست هکتار رسیده و تولید آن دو برابر شده است.",
          "وی افزود: بیشتر محصول این گلخانه‌ها به بازار استان‌های همسایه فرستاده می‌شود و برای صادرات آن "
          "به کشورهای حاشیه دریای خزر نیز برنامه‌ریزی شده است.",
          "به گفته وی، کشاورزان منطقه برای ساخت گلخانه‌های تازه از تسهیلات بانکی با سود کم بهره می‌گیرند "
          "و آموزش‌های لازم را از کارشناسان جهاد کشاورزی می‌بینند."]


def _html(head: str, body: str) -> str:
    return ('<!DOCTYPE html><html lang="fa"><head><meta charset="utf-8"><title>کشاورز امروز</title></head><body>'
            '<header><a href="/">کشاورز امروز</a></header><nav><ul><li><a href="/1">زراعت</a></li>'
            '<li><a href="/2">باغبانی</a></li><li><a href="/3">بازار</a></li></ul></nav>'
            f'{head}{body}<footer><p>© ۱۴۰۳ کشاورز امروز</p></footer></body></html>')


def test_a_live_blogs_updates_are_no_story_root():
    # the headline and its meta row in <main>, each update an <article> of its own below them
    updates = "".join(f'<article class="update"><div class="t">۱{k}:۰۵</div><p>{p}</p></article>'
                      for k, p in enumerate(_STORY))
    page = _html("", f'<main><h1>{_HEADLINE}</h1><div class="meta"><span>سرویس: زراعت</span> '
                     f'<span>۰۱/۰۷/۱۷ - ۱۰:۰۰</span></div><div class="updates">{updates}</div></main>')
    a = extract(page)
    assert a.title == _HEADLINE
    assert a.published == "2022-10-09T10:00+03:30"
    # a page whose one <article> holds the story keeps it as the root (the meta row above it is not read
    # as the story's, as before)
    single = _html("", f'<main><h1>{_HEADLINE}</h1><article>{"".join(f"<p>{p}</p>" for p in _STORY)}'
                       '<p class="date">۱۴۰۱/۰۷/۱۷</p></article></main>')
    assert extract(single).published_jalali == "1401/07/17"


def test_a_live_blogs_updates_under_its_pinned_summary_are_all_the_story():
    # each update an <article> of its own, under the pinned summary (the lead): the story's container
    # is the block of the updates, not the first of them
    # (the second update the longest of the first two, the later ones short: together less than half
    # the story, as much as DOM evidence may take)
    story = [_STORY[1], _STORY[0], "کارشناسان می‌گویند این روند در سال آینده هم ادامه خواهد داشت.",
             "برداشت نخستین محصول گلخانه‌های تازه از هفته آینده آغاز می‌شود."]
    updates = "".join(f'<article class="update"><div class="t">۱{k}:۰۵</div><p>{p}</p></article>'
                      for k, p in enumerate(story))
    lead = "مساحت گلخانه‌های توت‌فرنگی دشت مغان امسال دو برابر شد و محصول آن به استان‌های همسایه می‌رود."
    page = _html("", f'<main><h1>{_HEADLINE}</h1><div class="pinned"><h3>📌 خلاصه</h3><p class="lead">{lead}</p>'
                     f'</div><div class="updates">{updates}</div></main>')
    a = extract(page)
    assert a.lead == lead
    assert a.text.split("\n") == story


def test_a_meta_rows_filing_day_is_no_publication():
    row = ('<div class="info"><span>موضوع: زراعت</span> <span>تاریخ ثبت پرسش: ۱۳۹۸/۰۷/۲۳</span> '
           '<span>تاریخ انتشار: ۱۳۹۸/۰۸/۲۷</span> <span>تعداد بازدید: ۵۳۵۷</span></div>')
    body = "".join(f"<p>{p}</p>" for p in _STORY)
    assert extract(_html("", f"<main><h1>{_HEADLINE}</h1>{row}{body}</main>")).published_jalali == "1398/08/27"
    bare = ('<div class="info"><span>۲۱ مهر ۱۳۹۵ | ۱۰ محرم ۱۴۳۸</span> <span>تاریخ ثبت پرسش: ۱۷ شهریور ۱۳۹۵</span>'
            '</div>')
    assert extract(_html("", f"<main><h1>{_HEADLINE}</h1>{bare}{body}</main>")).published_jalali == "1395/07/21"
    # a journal's history without a publication day: no date
    history = ('<div class="history"><span>تاریخ دریافت: ۱۳۹۴/۱۲/۱۵</span> <span>تاریخ پذیرش: ۱۳۹۵/۰۳/۱۸</span>'
               '</div>')
    assert extract(_html("", f"<main><h1>{_HEADLINE}</h1>{body}{history}</main>")).published is None


class _Template:
    """What a run taught of a site: the share of its pages that show a line."""
    learned = True

    def __init__(self, shares: dict[str, float]):
        self.shares = shares

    def page_share(self, text: str) -> float:
        return self.shares.get(text, 0.0)


def test_a_heading_over_nearly_every_story_of_the_site_is_its_layouts():
    lines = ["پاسخ اجمالی", _STORY[0], "پرسش‌های رایج", _STORY[1], _STORY[2]]
    roles = ["mid", None, "mid", None, None]
    # «پاسخ اجمالی» over every answer of the site; «پرسش‌های رایج» over one story's FAQ in five
    t = _Template({"پاسخ اجمالی": 0.95, "پرسش‌های رایج": 0.2})
    assert _layout_headings(lines, roles, t) == {0}
    assert _layout_headings(lines, roles, None) == set()


def test_a_layout_heading_is_no_subheading_by_the_dom():
    import lxml.html

    from palayesh.extract.html import _project
    from palayesh.extract.pagetext import PageText

    label = "پاسخ تفصیلی"
    body = (f"<h1>{_HEADLINE}</h1><div class='a'><p>{_STORY[0]}</p><h2>{label}</h2>"
            f"<p>{_STORY[1]}</p><p>{_STORY[2]}</p></div>")
    page = PageText.from_html(lxml.html.fromstring(_html("", f"<main>{body}</main>")), dom=True)
    text = "\n".join(ln for ln in page.lines if ln != _HEADLINE)
    lines, dom = _project(page, text)
    roles = ["mid" if ln == label else None for ln in lines]
    i = lines.index(label)
    kept = select_body(lines, line_key(_HEADLINE), "", roles, dom).paragraphs
    assert label in kept  # (a heading element of the story: its subheading, by the DOM)
    assert label not in select_body(lines, line_key(_HEADLINE), "", roles, dom, layout={i}).paragraphs
