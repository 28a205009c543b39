"""The boilerplate lexicon's kinds per phrase: one row may name several («line,read_on»), and the
read-on links (:func:`palayesh.extract.lexicon.read_on_link`) come from its ``read_on`` rows."""
import pytest

from palayesh.extract.lexicon import boilerplate, read_on_link
from palayesh.textkeys import line_key


def test_a_row_of_two_kinds_lands_in_both():
    bp = boilerplate()
    assert "ادامه مطلب" in bp.read_on and line_key("ادامه مطلب") in bp.line  # a read-on link, chrome alone
    assert "ادامه متن" in bp.read_on and line_key("ادامه متن") not in bp.line  # a read-on link only


@pytest.mark.parametrize("text, expected", [
    ("ادامه مطلب", True),                          # the phrase alone
    ("ادامه\u200cخبر »", True),                     # a ZWNJ between its words, a mark after
    ("[ادامه متن]", True),                          # in brackets
    ("ادامه مطلب را بخوانید", True),                 # «را» and a verb
    ("ادامه خبر را در سایت ما بخوانید ↓", True),      # «را» and four words
    ("ادامه خبر را در سایت خبری ما بخوانید", False),  # five words after «را»: a sentence
    ("ادامه مطلب در سایت", False),                  # no «را»: a sentence goes on
    ("ادامه مذاکرات", False),                       # «ادامه» of something else
])
def test_read_on_link(text, expected):
    assert read_on_link(text) is expected
