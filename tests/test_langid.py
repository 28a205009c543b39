"""Language ID: the hand-written samples of every language, real Persian news, the Arabic of the
dev pages, and the decisions that matter most (a Persian article quoting Arabic stays Persian)."""
from __future__ import annotations

import collections
import json
from pathlib import Path

import pytest

import floors
from conftest import news_bodies
from palayesh.filters.langid import evidence, identify
from test_langid_samples import SAMPLES, fold

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data"



@pytest.mark.parametrize("folded", [False, True], ids=["as-written", "normalized"])
def test_accuracy_on_samples(folded):
    gate = floors.measured("langid_samples")  # accuracy floor per language
    ok, n = collections.Counter(), collections.Counter()
    for lang, text, _ in SAMPLES:
        got, _score = identify(fold(text) if folded else text)
        n[lang] += 1
        ok[lang] += got == lang
    acc = {lang: ok[lang] / n[lang] for lang in n}
    assert not floors.below(acc, gate.min), acc


@pytest.mark.parametrize("text, lang", [
    # Persian article with a Quranic quotation: Persian prose dominates
    ("به گزارش خبرگزاری فارس، امام جمعه در خطبه‌های نماز جمعه این هفته با اشاره به آیه «إن الله مع الصابرین» "
     "گفت که مردم باید در برابر مشکلات اقتصادی صبور باشند و دولت نیز وظیفه دارد برای حل این مشکلات تلاش کند.", "fa"),
    # Arabic prayer after normalization (ي->ی, ك->ک): function words and ال decide, not letters
    ("اللهم صل علی محمد و آله، و اجعلنی من الذین إذا أحسنوا استبشروا، و إذا أساؤوا استغفروا، فإنک علی کل شیء قدیر", "ar"),
    # headline without function words: Persian letters گ/پ vote Persian
    ("گزارش تمرین پرسپولیس پیش از دیدار با گل‌گهر سیرجان", "fa"),
    # English page
    ("The ministry said on Monday that the new rules would take effect from the start of next month.", "en"),
    # half Latin, half Persian
    ("Read the full story in English on our website and share it with your friends today please. "
     "متن کامل این خبر را در تارنمای ما بخوانید و با دوستان خود به اشتراک بگذارید.", "mixed"),
    # too little text for a decision
    ("سلام", "und"),
    ("", "und"),
])
def test_decisions(text, lang):
    assert identify(text)[0] == lang


def test_score_is_a_share():
    # «است» «را» «این» vote Persian, «الحکومه» Arabic: score is the winner's share of the votes (+ prior)
    ev = evidence("این را الحکومه است")
    assert ev == {"fa": 3, "ar": 1}
    lang, score = identify("این کتاب را دیروز خریدم و الحکومه است و آن را خواندم تا آخر")
    assert lang == "fa" and 0.5 < score < 1.0


@pytest.mark.skipif(not (SHARED / "corpora" / "news-dev.jsonl.gz").exists(), reason="../shared data missing")
def test_real_persian_news_is_persian():
    # 600 real Fars/Varzesh3 articles (old ones with Arabic ي/ك, i.e. as-written and normalized)
    gate = floors.measured("news_dev_langid")
    n = bad = 0
    for text in news_bodies():
        if len(text.split()) < 20:
            continue
        for t in (text, fold(text)):
            n += 1
            bad += identify(t)[0] != "fa"
        if n >= 1200:
            break
    assert bad / n <= gate.max["not_fa_share"], (bad, n)


@pytest.mark.skipif(not (SHARED / "dev-pages" / "gold.jsonl").exists(), reason="../shared data missing")
def test_dev_arabic_pages_are_arabic():
    # Quranic and Sahifa texts of the dev pages, as written and normalized
    rows = [json.loads(line) for line in (SHARED / "dev-pages" / "gold.jsonl").open(encoding="utf-8")]
    texts = ["\n".join(r["body_paragraphs"]) for r in rows if r["kind"] == "arabic"]
    assert texts
    got = [identify(t)[0] for t in texts] + [identify(fold(t))[0] for t in texts]
    assert got.count("ar") == len(got), got


def test_tokens_cut_at_white_space_first_are_the_regexs_over_the_whole_text():
    # (evidence's tokens: the letters-only words by str.isalpha, the rest by the regex)
    import random

    from palayesh.filters.langid import _TOKEN, tokens

    alphabet = ["ا", "ب", "ی", "ك", "a", "Z", "é", "\u200c", "\u064e", "\u0640", "۱", "1", "²", "½", "_", "-", "،",
                ".", " ", "  ", "\n", "\t", "\u00a0", "\u2028", "\u200d"]
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert tokens(text) == _TOKEN.findall(text), text


def test_evidence_by_words_counts_every_token_in_the_tokens_order():
    # (evidence looks each white-space word up once, its tokens' votes together: the same counts, and
    # the languages in the same order, as one vote per token of tokens() -- identify breaks ties by it)
    import random
    from collections import Counter

    from palayesh.filters import langid

    def by_tokens(text):
        votes = langid._word_votes()
        langs = [langid._vote(t, votes) for t in langid.tokens(text)]
        return [(lang, n) for lang, n in Counter(langs).items() if lang is not None]

    pieces = ["کتاب", "ایران،", "(ایرنا)", "the", "of", "x_y", "فی", "کے", "بۆ", "ةى", "می\u200cشود", "\u200cدیر",
              "الکتاب", "پ", "۱۲", "abc", "2", "²", "ے", "ښ", "،", "the،of", "فی.الی", "ها\u200cهای"]
    rng = random.Random(11)
    for _ in range(2000):
        if rng.random() < 0.2:
            langid._VOTE_CACHE.clear()  # (words voted on afresh and looked up alike)
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert list(langid.evidence(text).items()) == by_tokens(text), text
    langid._VOTE_CACHE.clear()
    assert langid.evidence("می\u200cشود، the x_y می\u200cشود،") == {"fa": 2, "en": 1}
    assert langid._VOTE_CACHE == {"می\u200cشود،": "fa", "the": "en", "x_y": None}  # (one entry a word)
