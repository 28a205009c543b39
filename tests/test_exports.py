"""Pages another tool exported (palayesh.extract.exports): an RSS item, a text browser's dump with
link markers and a References list, a post copied from a chat client. Each page is built here, in
words of no dev set: the readers go by the export's shape."""
from __future__ import annotations

import pytest

from palayesh import extract
from palayesh.extract.exports import feed_item, link_dump, markdown_fields, post_header_date

STORY = ("به گزارش خبرنگار ما، شورای شهر اردبیل در نشست دیروز خود طرح تازه‌ای برای نوسازی بافت فرسوده "
         "محله‌های قدیمی شهر را بررسی کرد و اعضا با کلیات آن موافقت کردند.")
STORY2 = ("رئیس شورا در پایان این نشست گفت که بودجه این طرح از محل درآمدهای پایدار شهرداری تأمین خواهد "
          "شد و اجرای آن از ابتدای سال آینده آغاز می‌شود.")


# --- RSS / Atom items --------------------------------------------------------------------------

ITEM = f"""<?xml version="1.0" encoding="UTF-8"?>
<item>
<title>نوسازی بافت فرسوده اردبیل در دستور کار شورا</title>
<link>https://ardabil-example.ir/news/4411</link>
<pubDate>Tue, 09 Aug 2016 17:49:00 GMT</pubDate>
<category>شهری</category>
<description>شورای شهر اردبیل طرح نوسازی بافت فرسوده را بررسی کرد و کلیات آن را پذیرفت.</description>
<content:encoded><![CDATA[
{STORY}
{STORY2}
]]></content:encoded>
</item>
"""


@pytest.mark.parametrize("fmt", [None, "text", "html"])
def test_an_rss_item_gives_its_fields_whatever_the_format_said(fmt):
    a = extract(ITEM, format=fmt)
    assert a.title == "نوسازی بافت فرسوده اردبیل در دستور کار شورا"  # no <title> tags
    assert a.section == "شهری"  # <category>
    assert a.lead == "شورای شهر اردبیل طرح نوسازی بافت فرسوده را بررسی کرد و کلیات آن را پذیرفت."
    assert a.paragraphs == [STORY, STORY2]  # the content, its first paragraph no lead
    assert a.published.startswith("2016-08-09T22:19")  # GMT read in Tehran's time
    assert a.url == "https://ardabil-example.ir/news/4411"


def test_an_rss_item_without_description_has_no_lead():
    raw = ITEM.replace(ITEM[ITEM.index("<description>"):ITEM.index("<content:encoded>")], "")
    a = extract(raw, format="text")
    assert a.lead is None
    assert a.paragraphs == [STORY, STORY2]


@pytest.mark.parametrize("loose,published", [
    # a byline line between the item's elements: its date is the item's
    (["سارا محمدی | ۱۹ مرداد ۱۳۹۵ - ۲۲:۱۹ | ۳۱ نظر"], "2016-08-09T22:19"),
    # ... beside a modification date, which is never the publication date
    (["آخرین به‌روزرسانی: ۲۲ مرداد ۱۳۹۵ - ۱۰:۰۰", "انتشار: ۱۹ مرداد ۱۳۹۵"], "2016-08-09"),
    # only a modification date: no publication date
    (["آخرین به‌روزرسانی: ۲۲ مرداد ۱۳۹۵ - ۱۰:۰۰"], None),
])
def test_an_rss_item_without_a_date_element_dated_by_a_line_in_it(loose, published):
    raw = ITEM.replace("<pubDate>Tue, 09 Aug 2016 17:49:00 GMT</pubDate>", "\n".join(loose))
    a = extract(raw)
    assert (a.published or "")[:len(published or "")] == (published or "") and bool(a.published) == bool(published)
    assert a.paragraphs == [STORY, STORY2]  # (the lines are no story)


def test_an_atom_entry_and_escaped_html():
    raw = ("<entry><title>عنوان خبر تازه</title><link href=\"https://x.ir/a/1\"/>"
           "<published>2021-03-02T10:00:00+03:30</published><category term=\"فرهنگی\"/>"
           f"<content type=\"html\">&lt;p&gt;{STORY}&lt;/p&gt;&lt;p&gt;{STORY2}&lt;/p&gt;</content></entry>")
    it = feed_item(raw)
    assert (it.title, it.link, it.category) == ("عنوان خبر تازه", "https://x.ir/a/1", "فرهنگی")
    assert it.content == f"{STORY}\n{STORY2}"


@pytest.mark.parametrize("raw", [
    "<html><body><p>متن</p></body></html>",  # a page, no feed
    "خبر: <item>یک</item> در متن",  # a tag quoted in text
    "<?xml version='1.0'?><rss><channel><title>فید</title></channel></rss>",  # a feed with no item
    "<item><title>یک</title></item>" + " متن بیرون از آیتم" * 50,  # mostly outside its item
])
def test_not_a_feed_item(raw):
    assert feed_item(raw) is None


# --- text browsers' dumps ----------------------------------------------------------------------

DUMP = f"""   شهرنما | پایگاه خبری استان
   [1]صفحه اول [2]اقتصاد [3]فرهنگ و هنر [4]شهری
   (BUTTON) جستجو
   [5]صفحه اول | [6]شهری
                     نوسازی بافت فرسوده اردبیل در دستور کار شورا
   انتشار: ۱۴۰۱/۰۲/۱۳
   {STORY}
   به نقل از [7]ایرنا، {STORY2}

   آخرین اخبار
     * [8]بارش برف در گردنه حیران

References

    1. https://shahrnama-example.ir/1
    2. https://shahrnama-example.ir/2
    3. https://shahrnama-example.ir/3
    4. https://shahrnama-example.ir/4
    5. https://shahrnama-example.ir/1
    6. https://shahrnama-example.ir/4
    7. https://irna.ir/
    8. https://shahrnama-example.ir/88
"""


def test_a_lynx_dump_loses_its_markers_and_references_and_shows_its_trail():
    flat = link_dump(DUMP)
    assert "[" not in flat and "References" not in flat and "https://" not in flat
    assert "صفحه اول | اقتصاد | فرهنگ و هنر | شهری" in flat  # a menu of links set apart
    assert "(BUTTON)" not in flat  # a form's control is the browser's
    assert f"به نقل از ایرنا، {STORY2}" in flat  # a link inside prose is only text
    a = extract(DUMP)
    assert a.section == "شهری"
    assert a.title == "نوسازی بافت فرسوده اردبیل در دستور کار شورا"
    assert not any("[" in p or "https://" in p for p in a.paragraphs)


def test_a_w3m_dump_with_bracketed_references():
    raw = DUMP.split("References")[0] + "References:\n\n[1] https://a.ir/1\n[2] https://a.ir/2\n"
    assert link_dump(raw) is not None


@pytest.mark.parametrize("mark", ["◄", "←", "»"])
def test_a_lynx_dumps_trail_with_the_sites_own_mark_names_the_section(mark):
    # the trail's items are links set apart by the site's own mark («صفحه اول ◄ شهری»), which stays
    # the only separator between them (no bar added)
    raw = DUMP.replace("[5]صفحه اول | [6]شهری", f"[5]صفحه اول {mark} [6]شهری")
    assert f"صفحه اول {mark} شهری" in [x.strip() for x in link_dump(raw).split("\n")]
    assert extract(raw).section == "شهری"


def test_a_lynx_dump_with_comments_a_crawl_appended_under_its_references():
    # the dump's References list, then the page's comments the crawl appended: still a dump, its
    # trail read without markers, the comments kept, the list gone
    raw = DUMP.replace("[5]صفحه اول | [6]شهری", "[5]صفحه اول ◄ [6]شهری") + "\nنظرات کاربران\nمطلب مفیدی بود.\n"
    flat = link_dump(raw)
    assert flat is not None and "https://" not in flat and "مطلب مفیدی بود." in flat
    assert extract(raw).section == "شهری"


@pytest.mark.parametrize("raw", [
    f"{STORY}\n\nReferences\n\n 1. https://a.ir/\n\n[1] نظر\n",  # one entry, then other lines
    f"{STORY}\n[1] یک پانویس\n",  # a footnote, no References list
    f"{STORY}\n\nReferences\n\n1. کتاب تاریخ اردبیل\n",  # a story's own references, not URLs
    f"{STORY}\n\nReferences\n\n 1. https://a.ir/\n",  # no marker in the text
])
def test_not_a_link_dump(raw):
    assert link_dump(raw) is None


def test_a_page_without_references_is_no_link_dump_before_the_line_pattern_runs(monkeypatch):
    # every page of a run is asked whether it is a dump, HTML ones too: one without the word
    # «References» is none, told by a plain scan; the line pattern (which tries every line's start,
    # 0.6 % of a run's CPU) runs only over the pages that hold it
    from palayesh.extract import exports

    class Unasked:
        def finditer(self, raw):
            raise AssertionError("the References pattern ran over a page without the word")

    monkeypatch.setattr(exports, "_REFS_HEAD", Unasked())
    assert link_dump(f"{STORY}\n[1] یک پانویس\n") is None
    assert link_dump("<html><body><p>[1]خانه</p></body></html>") is None


# --- posts copied from a chat client -----------------------------------------------------------

@pytest.mark.parametrize("first, published", [
    ("کانال شهرنما, [09.11.21 11:55]", "2021-11-09T11:55+03:30"),  # day first, two-digit year
    ("کانال شهرنما, [27.08.20 13:39]", "2020-08-27T13:39+04:30"),  # summer time before 2022
    ("Shahrnama, [05.01.2023 08:07:15]", "2023-01-05T08:07:15+03:30"),  # four-digit year, seconds
    ("کانال سهام, [5/11/2023 8:34 AM]", "2023-05-11T08:34+03:30"),  # a client in US English: month first
    ("کانال سهام, [12/3/23 1:05 PM]", "2023-12-03T13:05+03:30"),  # (its twelve-hour clock, after noon)
    ("کانال سهام, [1/2/2023 12:05 AM]", "2023-01-02T00:05+03:30"),  # five past midnight
    ("کانال سهام, [05/11/2023 08:34]", "2023-11-05T08:34+03:30"),  # slashes on a 24-hour clock: day first (en-GB)
])
def test_a_copied_posts_header_is_its_date(first, published):
    raw = f"{first}\n**نوسازی بافت فرسوده اردبیل**\n{STORY}\n{STORY2}\n"
    assert post_header_date(raw)[0] == published
    assert extract(raw).published == published


@pytest.mark.parametrize("raw", [
    f"{STORY}\nکانال شهرنما, [09.11.21 11:55]\n",  # not the first line
    "کانال شهرنما, [32.11.21 11:55]\n",  # no such day
    "کانال سهام, [5/11/2023 13:34 PM]\n",  # no such twelve-hour clock time
    "گزارش تصویری [۱]\n",  # a bracket, no time
])
def test_not_a_post_header(raw):
    assert post_header_date(raw) is None


# --- markdown exports --------------------------------------------------------------------------

MARKDOWN = f"""---
title: "نوسازی بافت فرسوده اردبیل در دستور کار شورا"
date: 2021-12-12T02:19:00+03:30
categories: ["شهری"]
draft: false
---
شهرنما | پایگاه خبری استان

* [صفحه اول](https://shahrnama-example.ir/1/)
* [اقتصاد](https://shahrnama-example.ir/2/)
* [شهری](https://shahrnama-example.ir/3/)

# نوسازی بافت فرسوده اردبیل در دستور کار شورا
انتشار: ۱۴۰۰/۰۹/۲۱
> شورای شهر اردبیل طرح نوسازی بافت فرسوده را بررسی کرد و کلیات آن را پذیرفت.

{STORY}
{STORY2}
"""


def test_a_markdown_export_gives_its_front_matter_and_its_quoted_lead():
    a = extract(MARKDOWN)
    assert (a.title, a.section) == ("نوسازی بافت فرسوده اردبیل در دستور کار شورا", "شهری")
    assert a.published.startswith("2021-12-12T02:19")
    assert a.lead == "شورای شهر اردبیل طرح نوسازی بافت فرسوده را بررسی کرد و کلیات آن را پذیرفت."
    assert a.paragraphs == [STORY, STORY2]


def test_a_markdown_heading_without_a_quote_names_no_lead():
    raw = MARKDOWN.replace("> ", "")
    md = markdown_fields(raw)
    assert md is not None and md.lead is None


@pytest.mark.parametrize("raw", [
    f"# یک عنوان\n{STORY}\n",  # a heading alone, no markdown links
    f"{STORY}\n---\n{STORY2}\n",  # a rule inside the text, no front matter
])
def test_not_markdown(raw):
    assert markdown_fields(raw) is None


def test_a_markdown_heading_loses_its_marks_without_front_matter():
    raw = MARKDOWN[MARKDOWN.index("شهرنما"):]
    assert extract(raw).title == "نوسازی بافت فرسوده اردبیل در دستور کار شورا"


#: a markdown export's page without front matter: the site's name line, its menu as a list of links
#: (the trail's section among them), then the trail of links above the heading
MD_TRAIL = """شهرنما | پایگاه خبری استان

* [صفحه اول](https://shahrnama-example.ir/1/)
* [اقتصاد](https://shahrnama-example.ir/2/)
* [شهری](https://shahrnama-example.ir/3/)

{trail}

# نوسازی بافت فرسوده اردبیل در دستور کار شورا
انتشار: ۱۴۰۰/۰۹/۲۱

{story}
{story2}
"""


@pytest.mark.parametrize("trail, section", [
    # from the site's name, each item a link (the links lead to other addresses than the menu's)
    ("[شهرنما](https://shahrnama-example.ir/77/) » [شهری](https://shahrnama-example.ir/38/)", "شهری"),
    # from home, the last item a plain word
    ("[صفحه اول](https://shahrnama-example.ir/) › شهری", "شهری"),
    # down to the headline itself
    ("[صفحه اول](https://shahrnama-example.ir/) › [اقتصاد](https://shahrnama-example.ir/2/) › "
     "نوسازی بافت فرسوده اردبیل در دستور کار شورا", "اقتصاد"),
])
def test_a_markdown_trail_of_links_above_the_heading_names_the_section(trail, section):
    raw = MD_TRAIL.format(trail=trail, story=STORY, story2=STORY2)
    assert markdown_fields(raw).section == section
    assert extract(raw).section == section


def test_a_markdown_menu_of_links_names_no_section():
    # the menu's items one a line, no trail: the export's structure names no section
    raw = MD_TRAIL.format(trail="", story=STORY, story2=STORY2)
    assert markdown_fields(raw).section is None


def test_the_pages_one_markdown_heading_is_its_title_and_the_date_under_it_its_date(monkeypatch):
    # a reader view saved as markdown: the site's name on its first line (on every page of the site),
    # its menu as links, then the one «# » heading, its date line and counters, the quoted lead
    raw = MARKDOWN[MARKDOWN.index("شهرنما"):].replace("انتشار: ۱۴۰۰/۰۹/۲۱",
                                                       "زمان انتشار: یکشنبه ۴ دی ۱۴۰۱ - ۰۳:۵۶\nکد خبر: ۲۶۴۱")
    md = markdown_fields(raw)
    assert md.heading == "نوسازی بافت فرسوده اردبیل در دستور کار شورا"
    assert md.heading_date == ("2022-12-25T03:56+03:30", "1401/10/04")
    # whatever the text parser took for the headline (a run's template may take the site's first
    # line) and when it found no date, the heading and the date under it are the article's
    from palayesh.extract import text as text_module

    real = text_module.extract_text

    def site_line_as_title(*args, **kwargs):
        art = real(*args, **kwargs)
        art.title, art.published = "شهرنما | پایگاه خبری استان", None
        return art

    monkeypatch.setattr(text_module, "extract_text", site_line_as_title)
    a = extract(raw)
    assert (a.title, a.published) == ("نوسازی بافت فرسوده اردبیل در دستور کار شورا", "2022-12-25T03:56+03:30")


def test_two_markdown_headings_name_no_title_and_an_update_no_date():
    raw = MARKDOWN[MARKDOWN.index("شهرنما"):]
    two = raw.replace("* [اقتصاد]", "# شهرنما\n* [اقتصاد]")
    assert markdown_fields(two).heading is None
    updated = raw.replace("انتشار: ۱۴۰۰/۰۹/۲۱", "به‌روزرسانی: ۱۴۰۰/۰۹/۲۲")
    assert markdown_fields(updated).heading_date is None


#: a Hugo site's Markdown source: front matter, the post's first paragraph (its summary) over
#: «<!--more-->», pictures as an image line or a shortcode between the paragraphs
HUGO = """---
title: "نوسازی بافت فرسوده اردبیل در دستور کار شورا"
date: 2021-12-12T02:19:00+03:30
lastmod: 2022-01-03T10:00:00+03:30
{description}categories: ["شهری"]
---

{story}

<!--more-->

{picture}

{story2}
"""


@pytest.mark.parametrize("picture", [
    "![نمای بافت قدیمی شهر](/images/ardabil-1.jpg)",                     # a markdown image
    "[![نمای بافت قدیمی شهر](/images/ardabil-1.jpg)](/images/ardabil-1.jpg)",  # ... in a link
    '{{< figure src="/images/2021/12/ardabil-1.jpg" caption="نمای بافت قدیمی شهر" >}}',  # a Hugo shortcode
    '{{< figure caption="نمای بافت قدیمی شهر" >}}',                          # ... of no address
])
def test_a_markdown_sources_picture_lines_are_no_text(picture):
    # the rendered page shows a picture there: its alt text or caption is no paragraph of the story
    a = extract(HUGO.format(description="", story=STORY, story2=STORY2, picture=picture))
    assert [*([a.lead] if a.lead else []), *a.paragraphs] == [STORY, STORY2]


def test_a_markdown_sources_first_paragraph_over_its_summary_divider_is_the_storys():
    # no description, no quote block: a sentence alone over «<!--more-->» is the story's first
    # paragraph (Hugo's summary of it), no lead
    one = "شورای شهر اردبیل طرح نوسازی بافت فرسوده را بررسی کرد."
    a = extract(HUGO.format(description="", story=one, story2=STORY + "\n\n" + STORY2, picture=""))
    assert a.lead is None
    assert a.paragraphs == [one, STORY, STORY2]


def test_a_front_matters_description_is_the_lead():
    lead = 'رئیس شورا گفت: \\"اجرای طرح از سال آینده آغاز می‌شود.\\"'
    a = extract(HUGO.format(description=f'description: "{lead}"\n', story=STORY, story2=STORY2, picture=""))
    assert a.lead == 'رئیس شورا گفت: "اجرای طرح از سال آینده آغاز می‌شود."'
    assert a.paragraphs == [STORY, STORY2]


_WET_PAGE = ["تارنمای نمونه", "صفحه نخست", "جامعه", "مرمت پل تاریخی شهر تا پایان تابستان به پایان می‌رسد",
             "۱۸ خرداد ۱۴۰۲ | ۰۹:۴۰",
             "به گزارش تارنمای نمونه، مدیرکل میراث فرهنگی استان امروز از پیشرفت هفتاد درصدی مرمت پل تاریخی "
             "شهر خبر داد و گفت این کار تا پایان تابستان به پایان می‌رسد.",
             "وی افزود که اعتبار این طرح از محل بودجه استانی تامین شده است و مردم پس از پایان کار می‌توانند "
             "از پل دیدن کنند.", "کلیه حقوق محفوظ است"]


@pytest.mark.parametrize("eol", ["\n", "\r\n"])
def test_a_wet_records_header_is_the_crawls_not_the_pages(eol):
    """A Common Crawl WET record saved as a page: the crawl's instant («WARC-Date», months after the
    story) dates nothing; the page under the header shows its own date; the target URI is its address."""
    head = ["WARC/1.0", "WARC-Type: conversion", "WARC-Target-URI: https://nemune.ir/news/5521",
            "WARC-Date: 2024-03-02T22:10:00Z", "WARC-Record-ID: <urn:uuid:0d1e2f3a>", "Content-Type: text/plain",
            "Content-Length: 812", ""]
    got = extract(eol.join(head + _WET_PAGE))
    assert got.published == "2023-06-08T09:40+03:30" and got.url == "https://nemune.ir/news/5521"
    assert got.title == _WET_PAGE[3] and not any("WARC" in p for p in got.paragraphs)
    alone = extract(eol.join(head + [ln for ln in _WET_PAGE if "۱۴۰۲" not in ln]))
    assert alone.published is None  # (the crawl's instant is no date of the story)


def test_a_wet_records_header_under_a_line_of_the_page_is_the_crawls_still():
    """A saved page that set a line of its own above the record's header (its site's «today»): the
    header is still the crawl's, its «WARC-Date» dates nothing, and the line above it stays the page's."""
    head = ["امروز: ۲ تیر ۱۴۰۳", "WARC/1.0", "WARC-Type: conversion", "WARC-Target-URI: https://nemune.ir/news/5521",
            "WARC-Date: 2024-03-02T22:10:00Z", "Content-Type: text/plain", ""]
    got = extract("\n".join(head + _WET_PAGE))
    assert got.published == "2023-06-08T09:40+03:30" and got.url == "https://nemune.ir/news/5521"
    assert not any("WARC" in p for p in got.paragraphs)
    alone = extract("\n".join(head + [ln for ln in _WET_PAGE if "۱۴۰۲" not in ln]))
    assert alone.published is None


#: a converter's markdown (pandoc, a reader view): no front matter, the headline underlined with «=»
#: (setext's form of a first-level heading), the trail of links above it from the site's root, which
#: the trail names by the site's name, and the date line under it
MD_SETEXT = """[شهرنما](https://shahrnama-example.ir/){{.logo}}

-   [صفحه اول](/1)
-   [اقتصاد](/2)

{trail}

نوسازی بافت فرسوده اردبیل در دستور کار شورا
=========================================

تاریخ انتشار: 1400/09/21 - 02:19

{story}

{story2}
"""


@pytest.mark.parametrize("trail", [
    "[شهرنما](https://shahrnama-example.ir/) / [شهری](https://shahrnama-example.ir/service/38)",
    "::: {.breadcrumb}\n[خانه](/) › [شهری](/service/38)\n:::",
])
def test_a_heading_underlined_with_equals_is_the_headline_under_its_trail(trail):
    raw = MD_SETEXT.format(trail=trail, story=STORY, story2=STORY2)
    md = markdown_fields(raw)
    assert (md.heading, md.section) == ("نوسازی بافت فرسوده اردبیل در دستور کار شورا", "شهری")
    a = extract(raw)
    assert (a.title, a.section) == ("نوسازی بافت فرسوده اردبیل در دستور کار شورا", "شهری")
    assert a.published.startswith("2021-12-12T02:19")


def test_a_trail_by_the_sites_name_needs_its_link_to_the_root():
    # («شهرنما / شهری» with the first link to another page of the site: no trail from home)
    raw = MD_SETEXT.format(trail="[شهرنما](https://shahrnama-example.ir/7) / [شهری](https://shahrnama-example.ir/38)",
                           story=STORY, story2=STORY2)
    assert markdown_fields(raw).section is None


#: a reader's «save as markdown» file: the clip's front matter (its time, the page's address), the
#: page's tab title as a «# » heading, the page's summary as a quote under a label heading, the
#: category's link after a label, then the page's own headline underlined and its date line
MD_SAVED = """---
created: 2026-06-01T09:34:00 (UTC +03:30)
source: https://shahrnama-example.ir/fa/news/475434/
---

# نوسازی بافت فرسوده اردبیل در دستور کار شورا - شهرنما

> ## Excerpt
> {excerpt}

---
دسته‌بندی: [شهری](https://shahrnama-example.ir/fa/service/38)

نوسازی بافت فرسوده اردبیل در دستور کار شورا
=========================================

تاریخ انتشار: 1400/09/21 - 02:19

{story}

{story2}
"""
LEAD = "شورای شهر اردبیل طرح نوسازی بافت فرسوده را بررسی کرد و کلیات آن را پذیرفت."


def test_a_saved_pages_headline_is_not_its_tab_title_and_its_clip_time_no_date():
    raw = MD_SAVED.format(excerpt=LEAD, story=STORY, story2=STORY2)
    md = markdown_fields(raw)
    assert md.date is None  # (``created`` beside ``source``: the clip's time)
    assert (md.heading, md.section, md.lead) == ("نوسازی بافت فرسوده اردبیل در دستور کار شورا", "شهری", LEAD)
    a = extract(raw)
    assert (a.title, a.section, a.lead) == ("نوسازی بافت فرسوده اردبیل در دستور کار شورا", "شهری", LEAD)
    assert a.published.startswith("2021-12-12T02:19")
    assert a.paragraphs == [STORY, STORY2]


def test_a_saved_pages_summary_cut_short_from_its_story_is_no_lead():
    cut = " ".join(STORY.split()[:8]) + " ..."
    raw = MD_SAVED.format(excerpt=cut, story=STORY, story2=STORY2)
    assert markdown_fields(raw).lead is None
    a = extract(raw)
    assert a.lead is None and a.paragraphs == [STORY, STORY2]


def test_a_notes_created_time_dates_the_story_without_a_source():
    front = "---\ntitle: بارش برف\ncreated: 2021-12-12T02:19:00+03:30\n---\n"
    assert markdown_fields(front + STORY).date == "2021-12-12T02:19:00+03:30"
    clipped = front.replace("created:", "source: https://a.ir/1\ncreated:")
    assert markdown_fields(clipped + STORY).date is None
