"""Quality signals, the filters over them, their options, and the dev-page gate."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import floors
from conftest import news_bodies
from palayesh.filters import FilterOptions, LangFilter, QualityFilter, SignalsStep, process_steps, why_rejected
from palayesh.filters.signals import compute
from palayesh.options import OptionsError
from test_langid_samples import fold

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data"

PROSE = ("به گزارش خبرگزاری مهر، رئیس سازمان هواشناسی امروز در نشست خبری گفت که بارش‌های پاییزی "
         "امسال از میانگین بلندمدت بیشتر بوده است. وی افزود که این روند در هفته آینده نیز ادامه دارد.\n"
         "او همچنین از مردم خواست که در سفرهای جاده‌ای به هشدارهای پلیس راه توجه کنند و با احتیاط رانندگی کنند.")


def run_filters(doc: dict, options: FilterOptions | None = None) -> str | None:
    """The reason the filter steps give ``doc`` (None: kept)."""
    o = options or FilterOptions()
    SignalsStep(o).transform(doc)
    for f in (LangFilter(o), QualityFilter(o)):
        keep, why = f.filter(doc)
        if not keep:
            return f"{f.name}_{why}"
    return None


@pytest.mark.parametrize("text, reason", [
    # two paragraphs of news prose: kept
    (PROSE, None),
    # nothing left after extraction
    ("", "quality_empty"),
    # a 404 page's sentence
    ("خبر مورد نظر حذف شده یا وجود ندارد.\nجستجو در اخبار", "quality_too_short"),
    # Arabic prayer text (normalized letters)
    (fold("اللهم صل على محمد وآله، واجعلني من الذين إذا أحسنوا استبشروا، وإذا أساؤوا استغفروا، اللهم إني "
          "أعوذ بك من الهم والحزن، وأعوذ بك من العجز والكسل، وأعوذ بك من الجبن والبخل، وأعوذ بك من غلبة "
          "الدين وقهر الرجال، فإنك على كل شيء قدير"), "lang_not_fa"),
    # a listing: headlines with "..." teasers
    ("\n".join(f"عنوان خبر شماره {i} درباره بازار\nخلاصه این خبر که در صفحه اصلی آمده و ادامه دارد ..." for i in range(8)),
     "quality_ellipsis_lines"),
    # English page
    ("The ministry said on Monday that the new rules would take effect from the start of next month, "
     "and that companies would have a year to comply with them before any fines are imposed.", "lang_not_fa"),
    # a menu: one- and two-word lines, no sentences
    ("\n".join(["صفحه اصلی", "سیاسی", "اقتصادی", "ورزشی", "فرهنگی", "بین‌الملل", "عکس", "فیلم", "تماس با ما",
                "درباره ما", "آرشیو", "جستجو", "ورود", "ثبت‌نام", "اخبار", "ویژه", "استان‌ها", "حوادث",
                "علمی", "اجتماعی", "دانشگاه", "خبرنامه"]), "quality_many_lines"),
    # the same paragraph pasted five times
    ("\n".join([PROSE.split("\n")[0]] * 5), "quality_dup_lines"),
])
def test_reasons(text, reason):
    assert run_filters({"text": text, "edits": {}}) == reason


def test_signals_table():
    s = compute({"text": PROSE, "edits": {"zwnj_inserted": 3, "space_to_zwnj": 1}, "_chrome_lines": 6,
                 "_lines_total": 8})
    assert s["words"] == len(PROSE.split()) and s["lines"] == 2
    assert s["terminal_punct_ratio"] == 1.0 and s["ellipsis_line_ratio"] == 0.0
    assert s["persian_letter_ratio"] == 1.0 and s["dup_line_fraction"] == 0.0
    assert 0.25 < s["stopword_ratio"] < 0.6
    assert s["chrome_line_fraction"] == 0.75  # from the extractor's counts
    assert s["zwnj_edits_per_word"] == round(4 / s["words"], 4)
    # unknown chrome counts are -1, never a verdict
    assert compute({"text": PROSE})["chrome_line_fraction"] == -1.0


def test_short_story_closing_a_list_is_no_teaser_listing():
    """Three paragraphs, one closing an enumeration «و ...» and one with a doubled period: a story the
    writer finished (Gopher's ellipsis rule is for teasers cut mid-sentence, many to a listing)."""
    story = "\n".join([
        PROSE.split("\n")[0],
        "این باشگاه با مشکلات جدی مالی روبه‌رو شده و ممکن است به‌زودی منحل شود..",
        "از این قبیل تیم‌ها در فوتبال ایران بسیار داشته‌ایم، از پاس تهران گرفته تا راه‌آهن، صبای قم و ...",
    ])
    assert compute({"text": story})["ellipsis_line_ratio"] == 0.0
    assert run_filters({"text": story, "edits": {}}) is None
    # the same lines cut mid-sentence are teasers
    teasers = "\n".join([PROSE.split("\n")[0], "این باشگاه با مشکلات جدی مالی روبه‌رو شده و ممکن است…",
                          "از این قبیل تیم‌ها در فوتبال ایران بسیار داشته‌ایم، از پاس تهران گرفته تا…"])
    assert compute({"text": teasers})["ellipsis_line_ratio"] == round(2 / 3, 4)
    assert run_filters({"text": teasers, "edits": {}}) == "quality_ellipsis_lines"


def test_story_shown_in_part_is_no_teaser_listing():
    """An app's share page shows a story's first paragraphs, the last cut short («…» then «ادامه مطلب در
    اپلیکیشن»): one cut line after prose is the page's end, not a listing's teasers."""
    shown = "\n".join([PROSE.split("\n")[0], "مدیرعامل این شرکت در ادامه گفت که برنامه‌های تازه‌ای برای سال آینده …"])
    assert compute({"text": shown})["ellipsis_line_ratio"] == 0.0
    assert run_filters({"text": shown, "edits": {}}) is None
    # two teasers cut one after the other are a listing's
    two = "\n".join(["مدیرعامل این شرکت در ادامه گفت که برنامه‌های تازه‌ای برای …"] * 2)
    assert compute({"text": two})["ellipsis_line_ratio"] == 1.0
    # the prose over the cut line may be the story's lead, set apart
    lead, last = shown.split("\n")
    assert compute({"text": last, "lead": lead})["ellipsis_line_ratio"] == 0.0
    assert compute({"text": last})["ellipsis_line_ratio"] == 1.0


def test_signal_keys_match_the_schema():
    from palayesh.document import SIGNAL_FIELDS

    assert set(compute({"text": PROSE})) == set(SIGNAL_FIELDS)


def test_every_check_can_be_switched_off():
    menu = "\n".join(["صفحه اصلی", "سیاسی", "اقتصادی", "ورزشی"] * 8)
    assert run_filters({"text": menu, "edits": {}}) is not None
    off = {f: None for f in FilterOptions.__dataclass_fields__ if f.startswith(("min_", "max_"))}
    assert run_filters({"text": menu, "edits": {}}, FilterOptions(**off)) is None
    assert process_steps(FilterOptions(enabled=False)) == []
    assert [s.name for s in process_steps(FilterOptions(langid=False))] == ["signals", "quality"]


def test_options_are_validated():
    with pytest.raises(OptionsError):
        FilterOptions(min_words="many")
    with pytest.raises(TypeError):
        FilterOptions(min_wrods=3)


# -- a story whose body is a list: judged by its opening sentence, not by the list's stopwords --------

_FIRST = ["علی", "مهدی", "رضا", "حسین", "امیر", "سعید", "مجید", "کاوه", "پرویز", "بهرام", "نادر", "فرهاد"]
_LAST = ["رضایی", "کریمی", "احمدی", "موسوی", "نوری", "حیدری", "صالحی", "یزدانی", "شریفی", "قاسمی", "جعفری", "کاظمی"]
_CITIES = ["تهران", "اصفهان", "یزد", "کرمان", "تبریز", "شیراز", "رشت", "اراک", "قم", "کرج", "زنجان", "بوشهر"]
#: a schedule: one sentence that announces it, then twelve lines of names, cities and an hour
OPENING = ("به گزارش روابط عمومی هیئت شطرنج استان، برنامه دور نخست مسابقات قهرمانی کشور که از فردا در شهر یزد "
           "آغاز می‌شود به این ترتیب است:")
BOARDS = [f"میز {i + 1}: {_FIRST[i]} {_LAST[i]} ({_CITIES[i]}) - {_FIRST[-i - 1]} {_LAST[(i + 5) % 12]} "
          f"({_CITIES[-i - 1]}) ساعت ۱۶" for i in range(12)]
HEAD = {"title": "برنامه دور نخست مسابقات شطرنج اعلام شد", "published": "2024-05-01T10:00+03:30"}


@pytest.mark.parametrize("text, head, reason", ids=["story", "credit", "no-head", "no-opening", "headline-shape",
                                                     "teaser"], argvalues=[
    # a headline, a date, a sentence that announces the list: a story, kept
    ("\n".join([OPENING] + BOARDS), True, None),
    # the same with a credit before the sentence
    ("\n".join(["یزد (ایسنا):", OPENING] + BOARDS), True, None),
    # the same text with no headline and date: nothing says it is a story
    ("\n".join([OPENING] + BOARDS), False, "quality_few_stopwords"),
    # the list alone, under a headline and a date: no sentence of prose
    ("\n".join(BOARDS), True, "quality_few_stopwords"),
    # the opening line without its mark is a headline's shape (a listing's first title), not a sentence
    ("\n".join([OPENING.rstrip(":")] + BOARDS), True, "quality_few_stopwords"),
    # the opening cut short («...»): a teaser, not a sentence
    ("\n".join([OPENING.rstrip(":") + " ..."] + BOARDS), True, "quality_few_stopwords"),
])
def test_a_story_whose_body_is_a_list(text, head, reason):
    assert compute({"text": text})["stopword_ratio"] < FilterOptions().min_stopword_ratio
    doc = {"text": text, "edits": {}, **(HEAD if head else {})}
    assert run_filters(doc) == reason


def test_a_story_has_a_floor_of_stopwords_too():
    # a bare table under a headline and a date, with one short sentence on top, is still no text
    rows = [f"{_FIRST[i % 12]} {_LAST[(i * 5) % 12]} {_CITIES[i % 12]} {i + 10} - "
            f"{_FIRST[(i + 7) % 12]} {_LAST[(i * 7 + 3) % 12]} {_CITIES[(i + 3) % 12]} {i * 3 + 1}" for i in range(24)]
    table = "\n".join(["جدول امتیازهای این هفته به شرح زیر است:"] + rows)
    s = compute({"text": table, **HEAD})
    assert s["story_opening"] == 1.0 and s["stopword_ratio"] < FilterOptions().min_stopword_ratio_story
    assert run_filters({"text": table, "edits": {}, **HEAD}) == "quality_few_stopwords"
    # the story's limit is an option of its own; None switches the check off for stories only
    assert run_filters({"text": table, "edits": {}, **HEAD}, FilterOptions(min_stopword_ratio_story=None)) is None
    assert run_filters({"text": "\n".join(BOARDS), "edits": {}, **HEAD},
                       FilterOptions(min_stopword_ratio_story=None)) == "quality_few_stopwords"


def test_stored_signals_of_a_story_are_refiltered_and_explained_by_its_own_limit():
    from palayesh.web.why import explain

    s = compute({"text": "\n".join([OPENING] + BOARDS), **HEAD})
    assert why_rejected(s) is None
    assert why_rejected({**s, "story_opening": 0.0}) == "quality_few_stopwords"
    assert why_rejected(s, FilterOptions(min_stopword_ratio_story=0.1)) == "quality_few_stopwords"
    out = explain({"reason": "quality_few_stopwords", "signals": s}, {"filters": {"min_stopword_ratio": 0.08,
                                                                                  "min_stopword_ratio_story": 0.1}})
    assert out["option"] == "min_stopword_ratio_story" and out["limit"] == 0.1


def test_refilter_from_stored_signals():
    s = compute({"text": PROSE})
    assert why_rejected(s) is None
    assert why_rejected(s, FilterOptions(min_words=500)) == "quality_too_short"


@pytest.mark.skipif(not (SHARED / "corpora" / "news-dev.jsonl.gz").exists(), reason="../shared data missing")
def test_real_articles_pass_the_filters():
    # real Fars/Varzesh3 article bodies (the articles inside every test page): hardly any rejected
    gate = floors.measured("news_dev_filters")
    n = dropped = 0
    for text in news_bodies():
        if len(text) < 50:
            continue  # no body in the source record
        n += 1
        dropped += run_filters({"text": fold(text), "edits": {}}) is not None
    assert n > 1500 and dropped / n <= gate.max["rejected_share"], (dropped, n)


@pytest.mark.skipif(not (SHARED / "dev-pages" / "gold.jsonl").exists(), reason="../shared dev pages missing")
def test_dev_pages_gate(tmp_path):
    # the whole pipeline on the 500 dev pages, scored by the shared scorer
    import palayesh

    gate = floors.measured("dev_pages_refine")
    out = tmp_path / "out"
    palayesh.refine(str(SHARED / "dev-pages" / "pages"), str(out), workers=2)
    score = SHARED.parent / "tools" / "score_pages.py"
    rep = json.loads(subprocess.run([sys.executable, str(score), str(SHARED / "dev-pages" / "gold.jsonl"), str(out)],
                                    check=True, capture_output=True, text=True).stdout)
    assert rep["negatives_rejected"] >= gate.min["negatives_rejected"], rep["negatives_by_kind"]
    assert rep["articles_wrongly_rejected"] <= gate.max["articles_wrongly_rejected"]
    stats = json.loads((out / "stats.json").read_text(encoding="utf-8"))
    assert any(k.startswith("quality_") for k in stats["reasons"]) and "lang_not_fa" in stats["reasons"]


# -- the one-pass character counts (filters/charclass.py) against the regexes they stand for --------

def _regex_profile(text: str) -> tuple:
    import re

    from palayesh.filters.charclass import PATTERNS

    def count(name):
        return sum(map(len, re.findall(PATTERNS[name] + "+", text)))

    words = len([w for w in text.split() if re.search(PATTERNS["letters"], w)])
    return count("letters"), count("persian"), count("arabic_script"), count("latin"), words


def test_charclass_counts_what_the_regexes_count():
    import random

    from palayesh.filters import charclass

    rng = random.Random(25)
    # Persian and Arabic letters, Arabic-script digits and marks, presentation forms, Latin, digits,
    # underscore, superscripts (\w but no \d), every kind of white space, ZWNJ, lone surrogates
    alphabet = ("ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيكةۀأإآؤئء" "۰۱۲۳۴۵۶۷۸۹٠١٢٣" "\u064b\u0650\u0670\u0640"
                "ﺍﺑﻼﷲﹰ" "abcXYZéßΩж" "0123456789_²½Ⅻ" " \t\n\r\x0b\x0c\x1c\x1d\x85\xa0\u2002\u2028\u3000"
                "\u200c\u200d\u200f\ufeff.,،؛؟!«»-" "\ud800\udfff")
    for _ in range(400):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 60)))
        p = charclass.profile(text)
        assert (p.letters, p.persian, p.arabic_script, p.latin, p.words_with_letter) == _regex_profile(text), text
    for text in ("", " ", "ا", "  کتاب  the\n", PROSE):
        p = charclass.profile(text)
        assert (p.letters, p.persian, p.arabic_script, p.latin, p.words_with_letter) == _regex_profile(text)
    assert charclass.profile("متن با شکلک 😀") is None  # beyond the BMP: the regexes count


def test_signals_by_the_regexes_as_by_the_counts(monkeypatch):
    """A text beyond the BMP goes to the regexes: they give every text the figures of the counts."""
    from palayesh.filters import charclass, langid

    texts = [PROSE, PROSE + " the news of today", "کتاب 123 _x_ ² ½\nخط دوم؟", "", "The English page of a site."]
    by_counts = [(compute({"text": t, "edits": {}}), langid.identify(t)) for t in texts]
    monkeypatch.setattr(charclass, "profile", lambda text: None)
    assert [(compute({"text": t, "edits": {}}), langid.identify(t)) for t in texts] == by_counts
    monkeypatch.undo()
    s = compute({"text": "𝐀𝐁𝐂 test 😀", "edits": {}})  # letters beyond the BMP, and a word of none
    assert s["alpha_word_ratio"] == round(2 / 3, 4) and s["persian_letter_ratio"] == 0.0


def test_language_evidence_counts_every_token_vote():
    from collections import Counter

    from palayesh.filters import langid

    text = (PROSE + " قال المتحدث فی الأسبوع the and of the پښتو ښه ") * 3
    langid._VOTE_CACHE.clear()
    votes = langid._word_votes()
    expected = Counter(v for v in (langid._vote(t, votes) for t in langid._TOKEN.findall(text)) if v)
    first = langid.evidence(text)  # votes computed
    assert first == expected and list(first) == list(expected)  # (order: first vote seen first)
    assert langid.evidence(text) == first  # votes from the cache


def test_ngram_signals_counted_at_the_repeated_pairs_only():
    """The n-gram signals counted where a word pair repeats (``_repeated_pairs``) are those counted
    over every n-gram: random texts of a small vocabulary (many repeats) and of a large one (few)."""
    import random
    from collections import Counter

    from palayesh.filters import signals

    rng = random.Random(7)
    for vocab in (3, 12, 400):
        words_of = [f"واژه{i}" for i in range(vocab)]
        for n in [0, 1, 2, 3, 4, 5, 6, 9, 40, 300] * 3:
            words = [rng.choice(words_of) for _ in range(n)]
            if n >= 2:
                again = signals._repeated_pairs(words)
                twice = Counter(zip(words, words[1:]))  # (no two pairs of these words share a key)
                assert again.tolist() == [twice[p] > 1 for p in zip(words, words[1:])]
                pairs = [i for i in range(n - 1) if again[i]]
                fives = [i for i in range(n - 4) if again[i] and again[i + 3]]
            else:
                pairs = fives = []
            assert signals._dup_ngram_fraction(words, 5, fives) == signals._dup_ngram_fraction(words, 5)
            assert signals._top_ngram_fraction(words, 2, pairs) == signals._top_ngram_fraction(words, 2)
            text = " ".join(words)
            assert compute({"text": text})["dup_ngram_fraction"] == round(signals._dup_ngram_fraction(words, 5), 4)


def test_language_id_and_signals_split_a_text_once():
    """The signals step splits a text once for language ID and the signals (``charclass.words``, the
    last text's words kept), and a text asked after another is split anew: each document's signals are
    those of its text alone."""
    from unittest import mock

    from palayesh.filters import charclass

    texts = ["این متن کوتاه به فارسی است و خوانده می‌شود. " * 5, "خبر دوم درباره بازار کتاب است. " * 7,
             "این متن کوتاه به فارسی است و خوانده می‌شود. " * 5]
    alone = [compute({"text": "".join(list(t))}) for t in texts]  # (copies: no kept words apply)
    step = SignalsStep()
    with mock.patch.object(charclass, "words", wraps=charclass.words) as words:
        docs = [{"text": t} for t in texts]
        for doc in docs:
            step.transform(doc)
    assert [d["signals"] for d in docs] == alone
    asked = [c.args[0] for c in words.call_args_list]
    assert asked == [t for t in texts for _ in range(2)]
    split = charclass.words(texts[1])
    assert charclass.words(texts[1]) is split and charclass.words(texts[0]) == texts[0].split()
