"""The story's record among an export's several records (:func:`palayesh.extract.exports.feed_item`,
:func:`palayesh.extract.apidoc.xml_record`, s75):
the record whose kind names a post among records of other kinds (attachments, pages, comments), and the record
whose address is the page's own; a document of several stories with nothing to tell them apart is none."""
from __future__ import annotations

from palayesh.extract import extract
from palayesh.extract.apidoc import xml_record
from palayesh.extract.exports import feed_item

TITLE = "بارش برف در تهران و کرج ادامه دارد"
LEAD = "بارش برف از صبح امروز در بیشتر مناطق تهران و کرج آغاز شد."
PARAS = ["به گزارش خبرنگار ما، مدیر هواشناسی استان امروز گفت شهروندان از سفرهای غیر ضروری خودداری کنند.",
         "وی افزود: دمای هوا نیز تا پایان هفته چند درجه کاهش می‌یابد و هوا سردتر می‌شود.",
         "به گفته وی، مدارس برخی مناطق شمالی استان فردا تعطیل است و کلاس‌ها مجازی برگزار می‌شود."]
#: a site's page about itself, longer than the story
ABOUT = ["این پایگاه خبری از سال ۱۳۹۰ با هدف اطلاع‌رسانی دقیق و سریع درباره رویدادهای استان آغاز به کار کرد. " * 3,
         "همه مطالب این پایگاه با ذکر منبع قابل استفاده است و نظرات کاربران پس از بررسی منتشر می‌شود. " * 3]
COMMENT = "به نظرم باید زودتر مدارس را تعطیل می‌کردند چون صبح امروز خیابان‌ها بسیار لغزنده بود و رفت و آمد سخت شد. "
URL = "https://akhbar-ostan.ir/1404/09/12/barf"
WXR_NS = ('xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/" '
          'xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:dc="http://purl.org/dc/elements/1.1/"')


def _markup(paras: list[str]) -> str:
    return "<![CDATA[" + "".join(f"<p>{p}</p>" for p in paras) + "]]>"


def _wxr(*, comments: int = 2) -> str:
    """A CMS's export (WXR) of one post: the site's logo as an attachment, the post with its comments,
    the site's «about» page, in the order the export writes them."""
    comment = ("<wp:comment><wp:comment_author>مهمان</wp:comment_author><wp:comment_date>2025-12-04 08:00:00"
               f"</wp:comment_date><wp:comment_content>{COMMENT * 2}</wp:comment_content>"
               "<wp:comment_type>comment</wp:comment_type></wp:comment>")
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" {WXR_NS}><channel>'
            "<title>اخبار استان</title><link>https://akhbar-ostan.ir</link>"
            "<description>پایگاه خبری استان</description><wp:wxr_version>1.2</wp:wxr_version>"
            "<item><title>logo-ostan</title><link>https://akhbar-ostan.ir/logo</link>"
            "<wp:post_date>2025-01-01 10:00:00</wp:post_date><content:encoded></content:encoded>"
            "<wp:status>inherit</wp:status><wp:post_type>attachment</wp:post_type>"
            "<wp:attachment_url>https://akhbar-ostan.ir/logo.png</wp:attachment_url></item>"
            f"<item><title>{TITLE}</title><link>{URL}</link><pubDate>Wed, 03 Dec 2025 07:00:00 +0000</pubDate>"
            "<dc:creator>admin</dc:creator><category domain=\"category\"><![CDATA[جامعه]]></category>"
            f"<content:encoded>{_markup(PARAS)}</content:encoded><excerpt:encoded>{LEAD}</excerpt:encoded>"
            "<wp:post_date>2025-12-03 10:30:00</wp:post_date><wp:status>publish</wp:status>"
            "<wp:post_type>post</wp:post_type>" + comment * comments + "</item>"
            "<item><title>درباره ما</title><link>https://akhbar-ostan.ir/about</link>"
            f"<content:encoded>{_markup(ABOUT)}</content:encoded><wp:post_date>2020-01-01 10:00:00</wp:post_date>"
            "<wp:status>publish</wp:status><wp:post_type>page</wp:post_type></item>"
            "</channel></rss>\n")


def test_a_wxr_export_reads_its_post_not_its_longer_page():
    item = feed_item(_wxr())
    assert item is not None
    assert item.title == TITLE
    assert [p for p in (item.content or "").split("\n") if p.strip()] == PARAS


def test_the_post_extracts_with_its_fields():
    art = extract(_wxr(), format="text")
    assert art.title == TITLE and art.paragraphs == PARAS
    assert art.section == "جامعه"


def _atom(n: int) -> str:
    """A feed of ``n`` entries: others of the same kind, longer, then the story's last."""
    entries = [f"<entry><title>خبر دیگر شماره {k} از استان</title>"
               f"<link href=\"https://akhbar-ostan.ir/1404/09/1{k}/other\"/>"
               f"<updated>2025-12-0{k + 3}T10:30:00+03:30</updated><content type=\"html\">"
               f"{_markup(ABOUT)}</content></entry>" for k in range(1, n)]
    entries.append(f"<entry><title>{TITLE}</title><link href=\"{URL}\"/><updated>2025-12-03T10:30:00+03:30</updated>"
                   f"<content type=\"html\">{_markup(PARAS)}</content></entry>")
    return ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
            "<title>اخبار استان</title>" + "".join(entries) + "</feed>\n")


def test_a_feed_of_several_stories_reads_the_one_at_the_pages_address():
    art = extract(_atom(3), format="text", url=URL)
    assert art.title == TITLE and art.paragraphs == PARAS  # (the entry at the page's address, not the first)
    assert extract(_atom(3), format="text").title != TITLE  # (no address: the feed's first entry, as before)


def test_an_xml_record_at_the_pages_address_needs_no_share_of_the_words():
    doc = ('<?xml version="1.0"?><export><story><title>' + TITLE + "</title><url>" + URL + "</url><body>"
           + _markup(PARAS) + "</body></story>" + "".join(
               f"<story><title>خبر دیگر {k}</title><url>https://akhbar-ostan.ir/{k}</url><summary>"
               f"{ABOUT[0]}</summary></story>" for k in range(3)) + "</export>")
    assert xml_record(doc) is None  # (most of the document's words are others')
    item = xml_record(doc, url=URL)
    assert item is not None and item.title == TITLE and item.content.split("\n\n") == PARAS


def test_an_xml_documents_story_record_names_its_headline_when_read_as_text():
    # (the record holds a line of the story; its paragraphs are parts beside it, with more words:
    # the document is read as text, its record names the headline and the day all the same)
    doc = ('<?xml version="1.0" encoding="utf-8"?>\n<export><meta><exported>2025-12-20T10:00:00Z</exported>'
           "<site>اخبار استان</site><site_description>" + ABOUT[1] + "</site_description></meta>"
           "<article><id>4412</id><title>" + TITLE + "</title><published>2025-12-03T10:30:00+03:30</published>"
           "<summary>" + LEAD + "</summary><content>" + PARAS[0][:40] + "</content></article><parts>"
           + "".join(f"<part><n>{k}</n><p>{p}</p></part>" for k, p in enumerate(PARAS)) + "</parts></export>\n")
    assert xml_record(doc) is None
    art = extract(doc, format="text")
    assert art.title == TITLE and art.published == "2025-12-03T10:30:00+03:30"
    assert art.lead == LEAD
