"""The story's agency from a labelled link to its origin, whatever the label's words: under
``--scramble`` a site's «نشانی خبر: https://www.varzesh3.com/news/…» reads «احداث خبر: …», a label no
lexicon holds, and the credit was lost (addev's intercity bus pages). The address says whose site it
is (the agency table's hosts), told from the page's own site (whose short link credits no one)."""
import pytest

from palayesh.extract.agency import address_credit
from palayesh.extract.html import extract_html

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
