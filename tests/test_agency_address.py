"""The story's agency from a labelled link to its origin, whatever the label's words: under
``--scramble`` a site's «نشانی خبر: https://www.varzesh3.com/news/…» reads «احداث خبر: …», a label no
lexicon holds, and the credit was lost (addev's intercity bus pages). The address says whose site it
is (the agency table's hosts); the label only that a value follows."""
import pytest

from palayesh.extract.agency import agency_from_credit


@pytest.mark.parametrize("line, expected", [
    ("احداث خبر: https://www.varzesh3.com/news/1802817847/", "ورزش سه"),  # a label of words never seen
    ("مرجع مطلب: www.isna.ir/news/1401/123", "ایسنا"),  # no scheme, a subdomain of the agency's host
    ("نشانی خبر: https://www.varzesh3.com/news/1802817847/", "ورزش سه"),  # the known label, as before
    ("عرضی اقشار: https://bus-safar.ir/xtkkfsj", None),  # the site's own short link: no agency's host
    ("کانال ما: https://t.me/isna", None),  # another service's address
    ("عکس: https://www.isna.ir/photo/1", None),  # a photo's source is not the story's
    ("تصویر: https://www.isna.ir/photo/1", None),
])
def test_labelled_address_of_an_agency(line, expected):
    assert agency_from_credit(line) == expected
