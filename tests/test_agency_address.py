"""The story's agency from a labelled link to its origin, whatever the label's words: under
``--scramble`` a site's «نشانی خبر: https://www.varzesh3.com/news/…» reads «احداث خبر: …», a label no
lexicon holds, and the credit was lost (addev's intercity bus pages). The address says whose site it
is (the agency table's hosts), told from the page's own site (whose short link credits no one)."""
import pytest

from palayesh.extract.agency import address_credit
from palayesh.extract.html import extract_html
from palayesh.extract.text import extract_text

OWN = "https://bus-safar.ir/news/1802"


@pytest.mark.parametrize("line, own, expected", [
    ("احداث خبر: https://www.varzesh3.com/news/1802817847/", OWN, "ورزش سه"),  # a label of words never seen
    ("مرجع مطلب: www.isna.ir/news/1401/123", OWN, "ایسنا"),  # no scheme, a subdomain of the agency's host
    ("عرضی اقشار: https://bus-safar.ir/xtkkfsj", OWN, None),  # the site's own short link: no agency's host
    ("لینک کوتاه: https://www.isna.ir/x/abc", "https://www.isna.ir/news/1401/1", None),  # ISNA's own short link
    ("احداث خبر: https://www.varzesh3.com/news/1802817847/", None, None),  # the page's own site unknown
    ("کانال ما: https://t.me/isna", OWN, None),  # another service's address
    ("عکس: https://www.isna.ir/photo/1", OWN, None),  # a photo's source is not the story's
    ("احداث خبر: https://www.varzesh3.com/news/1 را ببینید", OWN, None),  # an address and more: no field of one
])
def test_labelled_address_of_an_agency(line, own, expected):
    assert address_credit(line, own) == expected


PARAS = [
    "به گزارش خبرنگار ما، تیم ملی فوتبال پس از پایان اردوی آماده‌سازی خود در ترکیه امروز به تهران بازگشت و"
    " بازیکنان پس از ورود به فرودگاه امام خمینی راهی منازل خود شدند.",
    "سرمربی تیم ملی پیش از این گفته بود که اردوی بعدی تیم در ماه آینده برگزار خواهد شد و فهرست بازیکنان"
    " دعوت‌شده تا پایان هفته اعلام می‌شود.",
    "تیم ملی در این اردو دو دیدار تدارکاتی برگزار کرد که در یکی پیروز شد و دیگری را با تساوی به پایان رساند.",
]


def test_html_story_credited_by_its_origin_address():
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    raw = (f'<html><head><title>تیم ملی به تهران رسید</title><link rel="canonical" href="{OWN}"></head><body>'
           f"<article><h1>تیم ملی به تهران رسید</h1>{body}</article>"
           '<div class="src">احداث خبر: <a href="https://www.varzesh3.com/news/1802817847/">'
           "https://www.varzesh3.com/news/1802817847/</a></div>"
           "<footer>کلیه حقوق محفوظ است.</footer></body></html>")
    assert extract_html(raw).agency == "ورزش سه"


def _flat(*, head: list[str], between: list[str] = (), tail: list[str] = ()) -> str:
    """A flat page: its header lines, the headline, the story (``between`` set after its first
    paragraph), its tail."""
    return "\n\n".join([*head, "تیم ملی به تهران رسید", "۲۳ مهر ۱۳۹۳", PARAS[0], *between, *PARAS[1:], *tail])


def test_flat_story_credited_by_its_origin_address():
    # «نشانی خبر» in words no lexicon holds: the address says whose site the story came from
    page = _flat(head=["پایانه نیوز", "خانه | نرخ بلیت | تماس"],
                 tail=["/کف", "گفتید خبر: https://www.farsnews.ir/news/1753379823/", "خبرنگار: حسین ستادی"])
    assert extract_text(page).agency == "فارس"


def test_flat_page_of_the_agencys_own_site_is_not_credited_by_its_short_link():
    # the header's name is the agency's: the address under the story is the page's own short link
    # (a label no lexicon holds: «لینک کوتاه» under a site's own words)
    link = ["کوتاه: https://www.isna.ir/x/abc"]
    assert extract_text(_flat(head=["ایسنا", "خانه | ورزش | تماس"], tail=link)).agency is None
    assert extract_text(_flat(head=["سایت ما", "خانه | ورزش | تماس"], tail=link)).agency == "ایسنا"  # (another site's)


def test_a_caption_among_the_paragraphs_does_not_outvote_the_headers_credit():
    # «عکس: ورزش سه» under a word no lexicon holds, between the story's paragraphs: a photo's caption
    # as often as a credit; the header's labelled credit «منبع: خبرگزاری فارس» says whose the story is
    page = _flat(head=["سبد قارچ", "خانه | بازار قارچ | مشاوره", "کد خبر: ۸۴۰۰۸۲۶ | منبع: خبرگزاری فارس"],
                 between=["عده: ورزش سه"])
    assert extract_text(page).agency == "فارس"
