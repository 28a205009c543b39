"""Line keys: the fast paths of :func:`palayesh.textkeys.alnum_key` give the regex's answer."""
from __future__ import annotations

import random
import sys

import pytest
import regex

from palayesh import textkeys
from palayesh.textkeys import alnum_key, fold, line_key

# the definition a key is made by: every character that is not a letter or a decimal digit goes
_REFERENCE = regex.compile(r"[^\p{L}\p{Nd}]+|\u0640")


def reference_key(text: str) -> str:
    return _REFERENCE.sub("", fold(text))


def test_python_letters_are_regex_letters():
    # alnum_key trusts str.isalpha / str.isalnum where the regex would say the same: every letter
    # and decimal digit of Python's Unicode must be one for the regex module too
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    kept = set(regex.findall(r"[\p{L}\p{Nd}]", everything))
    python = {c for c in everything if c.isalpha() or c.isdecimal()}
    assert python <= kept


@pytest.mark.parametrize("text", [
    "دکمه بازگشت به بالا", "دكمه بازگشت‌به بالا", "منبع: مهر", "کد خبر: ۴۷۴۳۰۷۹", "۱۲ تیر ۱۴۰۱",
    "1403", "x² + ½ = Ⅻ", "تهران ـ ایرنا", "گفت: «ما می‌رویم.»", "a_b", "الف\tب\u00a0ج", "①②", "",
    " ", "،.:", "سلام 👋 دنیا", "Iran Today", "٣٤ و ۳۴ و 34", "ﻻ ﷲ", "\u200f۱۲:۳۰\u200e",
])
def test_key_as_the_regex_makes_it(text):
    assert line_key(text) == reference_key(text)
    assert alnum_key(fold(text)) == reference_key(text)


def test_random_text_as_the_regex_makes_it():
    # letters, digits of several scripts, numbers that are no digits, marks, tatweel, punctuation
    pool = list("ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيكةۀأإآؤئ۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩0123456789"
                "abcXYZé²³½Ⅻ①ـًٌٍَُِّْ.،:؛-\"/()«»!؟?|*+_ \t\u200c\u200e\u200f\u00a0\u2009©📱𝟙𐒀")
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 40)))
        assert line_key(text) == reference_key(text), text


def test_long_lines_are_keyed_without_the_cache():
    long = "کتاب‌های «نو»، ۱۲ " * (textkeys.LINE_KEY_CACHE_CHARS // 10)
    assert len(long) > textkeys.LINE_KEY_CACHE_CHARS
    before = textkeys._remembered_key.cache_info().currsize
    assert line_key(long) == reference_key(long)
    assert textkeys._remembered_key.cache_info().currsize == before


def test_paragraphs_are_remembered_apart_and_few():
    # (a page's paragraphs are keyed again while it is extracted; the memo holds the last few only)
    textkeys._remembered_long_key.cache_clear()
    paras = [f"پاراگراف {i}: " + "کتاب‌های «نو»، ۱۲ " * 40 for i in range(textkeys.LONG_KEY_CACHE + 10)]
    for p in paras:
        assert textkeys.LINE_KEY_CACHE_CHARS < len(p) <= textkeys.LONG_KEY_CACHE_CHARS
        for _ in range(2):  # the second ask is answered from the memo
            assert line_key(p) == reference_key(p)
    info = textkeys._remembered_long_key.cache_info()
    assert info.misses == len(paras) and 0 < info.currsize <= textkeys.LONG_KEY_CACHE
    huge = "کتاب " * (textkeys.LONG_KEY_CACHE_CHARS // 4)  # (longer still: keyed, never kept)
    assert line_key(huge) == reference_key(huge)
    assert textkeys._remembered_long_key.cache_info().misses == info.misses


def test_dedup_words_as_the_regex_makes_them():
    # dedup's words: by white space first, each word of letters only as it stands
    from palayesh.dedup.keys import _AFFIXES, _DROP, _WORD, words_of_folded

    pool = list("ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيكةۀأإآؤئ۰۱۲۳۴۵۶۷۸۹0123456789abcXYZé²½Ⅻ①ـًٌٍَُِّْ.،:؛-\"/()«»!؟|_ "
                "\t\n\u200c\u200e\u00a0\u2009©📱𝟙𐒀") + [" می ", " ها ", "های "]
    rng = random.Random(8)
    for _ in range(3000):
        text = fold("".join(rng.choice(pool) for _ in range(rng.randint(0, 40))))
        toks = _WORD.findall(_DROP.sub("", text))  # (the words before affixes are joined)
        if _AFFIXES.isdisjoint(toks):
            assert words_of_folded(text) == toks, text
        else:
            assert "".join(words_of_folded(text)) == "".join(toks), text


def test_extract_tokens_are_each_words_key():
    # extract's tokens: each \w+ word of the folded text (ZWNJ joins) by its key, empty ones left out
    import re

    from palayesh.extract.lexicon import tokens

    pool = list("ابپتکگیيك۰۱۲0123abcé²½Ⅻ①ـًَ.،:-«» _\t\u200c\u200e𝟙𐒀")
    rng = random.Random(9)
    for _ in range(3000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 30)))
        words = re.findall(r"\w+", fold(text.replace("\u200c", "")))
        assert tokens(text) == [k for k in map(_REFERENCE.sub, [""] * len(words), words) if k], text


def test_line_key_is_its_memos_own_look_up():
    # (extraction keys some 760,000 lines on 2,000 pages, most of them remembered: a remembered line
    # is answered by the memo's table in C, with no Python frame of a wrapper around it)
    assert line_key is textkeys._remembered_key.ask
    textkeys._remembered_key.cache_clear()
    texts = ["منبع: مهر", "منبع: مهر", "كتاب‌هاي ۱۲", "x" * (textkeys.LINE_KEY_CACHE_CHARS + 1)]
    assert [line_key(t) for t in texts] == [reference_key(t) for t in texts]
    assert textkeys._remembered_key.cache_info().misses == 2  # (each short line made once; the long one apart)
