"""Extraction's caches and fast paths give the answers of the slow paths they stand for."""
from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from conftest import news_bodies, story_bodies
from palayesh.extract import (
    agency,
    fieldbox,
    lexicon,
    lines as lines_mod,
    prose as prose_mod,
    rejoin,
    sections,
    template as tpl,
    text as text_mod,
    verses,
)
from palayesh.extract.step import page_lines
from palayesh.textkeys import alnum_key, fold, line_key

DEV_PAGES = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "dev-pages" / "pages"
ROLES = [None, tpl.CHROME, tpl.HEAD, tpl.MID, tpl.SITE, tpl.TAIL]  # (a title is judged as chrome)


@pytest.fixture(scope="module")
def dev_lines() -> list[str]:
    """The distinct lines of the dev pages, short and long (the cache keeps short ones)."""
    if not DEV_PAGES.is_dir():
        pytest.skip("../shared is not next to the repository")
    seen: dict[str, None] = {}
    for path in sorted(DEV_PAGES.iterdir()):
        for t in page_lines({"raw": path.read_bytes().decode("utf-8", "replace")}):
            seen[t] = None
    return list(seen)


def test_classify_remembers_the_same_kinds(dev_lines):
    assert len(dev_lines) > 5000
    lines_mod._remembered_kind.cache_clear()
    for _ in range(2):  # the second round is answered from the cache
        for t in dev_lines:
            key = line_key(t)
            for role in ROLES:
                assert lines_mod.classify(t, key, role) == lines_mod._classify(t, key, role), (t, role)
            assert lines_mod.classify(t) == lines_mod._classify(t, key, None), t
    assert lines_mod._remembered_kind.cache_info().hits > 0


def test_classify_gives_each_caller_its_own_line():
    a = lines_mod.classify("منبع: مهر")
    a.gap, a.recurs, a.kind = True, True, "x"  # what extract_text sets on its lines
    b = lines_mod.classify("منبع: مهر")
    assert b is not a
    assert (b.gap, b.recurs, b.kind) == (False, False, lines_mod.LABEL)


def reference_tokens(text: str) -> list[str]:
    """:func:`palayesh.extract.lexicon.tokens` by its definition: the key of each ``\\w+`` word."""
    return [k for k in (alnum_key(w) for w in re.findall(r"\w+", fold(text.replace("\u200c", "")))) if k]


def test_tokens_apart_are_no_word_characters():
    assert not any(re.fullmatch(r"\w", c) for c in lexicon._APART)
    # ... and what tokens drops are word characters no key keeps
    assert all(re.fullmatch(r"\w", c) and alnum_key(c) == "" for c in lexicon._DROPPED)


@pytest.mark.parametrize("text", [
    "می‌شود، كتاب ۱۲",  # ZWNJ joins, letters and digits folded
    "«خبر» (ایرنا): وزیر گفت؛ «ما می‌رویم.» – پایان…",  # the punctuation put apart
    "حتماً کِتاب را بخوانید!",  # harakat cut a word as \w+ does
    "تهران ـ ایرنا _ x_y کتـاب 12.5% [۲] a=b+c 'x' #تگ •",  # tatweel, underscore: dropped; the rest apart
    "رتبه ② و x² و ½",  # digits no key keeps: the slow path
    "", "   ", "...", "Iran, Today: 2024!",
])
def test_tokens_as_defined(text):
    assert lexicon.tokens(text) == reference_tokens(text)


def test_tokens_of_the_dev_lines_and_news_as_defined(dev_lines):
    for t in [*dev_lines, *itertools.islice(news_bodies(), 500)]:
        assert lexicon.tokens(t) == reference_tokens(t), t


def test_line_shapes_remembered_as_made(dev_lines):
    tpl._remembered_shape.cache_clear()
    for _ in range(2):  # the second round is answered from the cache (short lines)
        for t in dev_lines:
            assert tpl._shape_of(t, line_key(t)) == tpl._shape_of_line(t, line_key(t)), t
    assert tpl._remembered_shape.cache_info().hits > 0


def test_credits_and_labels_remembered_as_read(dev_lines):
    agency._remembered_credit.cache_clear()
    sections._remembered_label.cache_clear()
    for t in dev_lines:
        for _ in range(2):  # the second ask is answered from the caches (short lines)
            for bare in (False, True):
                assert agency.agency_from_credit(t, bare=bare) == agency._agency_from_credit(t, bare), (t, bare)
            expected = sections._remembered_label.__wrapped__(t) if len(t) <= 200 else None
            assert sections.section_from_label(t) == expected, t
    assert agency._remembered_credit.cache_info().hits > 0
    # (each short line made once: its second ask answered by the memo, which counts what it makes)
    assert sections._remembered_label.cache_info().misses == sum(len(t) <= 200 for t in dev_lines)


def test_agency_said_in_slot_remembered_as_read(dev_lines):
    # (the template pass asks it of every short line of every page: 43,000 asks on 2,000 pages)
    agency._remembered_said.cache_clear()
    short = [t for t in dev_lines if len(t) <= agency.SAID_IN_SLOT_CACHE_CHARS]
    for t in short:
        for _ in range(2):  # the second ask is answered by the memo
            assert agency.agency_said_in_slot(t) == agency._agency_said_in_slot(t), t
    assert agency._remembered_said.cache_info().misses == len(short)
    assert agency.agency_said_in_slot("منبع خبر: خبرگزاری آسوشیتدپرس") == "آسوشیتدپرس"


def test_labels_without_a_colon_remembered_as_read():
    # (the memo holds the whole answer of a line, not only a «سرویس: …» field's)
    sections._remembered_label.cache_clear()
    for _ in range(2):
        assert sections.section_from_label("منتشر شده در بازار مسکن") == "بازار مسکن"  # in_label_value
        assert sections.section_from_label("سرویس اقتصادی - ۱۲ آذر ۱۴۰۲") == "اقتصادی"  # dated_label_word
        assert sections.section_from_label("صفحه ۳ - اقتصادی") == "اقتصادی"  # print_page_label
    assert sections._remembered_label.cache_info().misses == 3


def test_header_labels_remembered_as_made(dev_lines):
    tpl._remembered_header_labels.cache_clear()
    for t in dev_lines:
        made = list(tpl._remembered_header_labels.__wrapped__(t)) if len(t) <= 200 else []
        for _ in range(2):  # the second ask is answered from the cache (short lines)
            assert tpl.header_labels(t) == made, t
    assert tpl._remembered_header_labels.cache_info().hits > 0


def test_header_labels_give_each_caller_its_own_list():
    a = tpl.header_labels("خانه | ورزشی | اقتصادی")
    a.append("x")
    assert tpl.header_labels("خانه | ورزشی | اقتصادی") == ["خانه", "ورزشی", "اقتصادی"]


def test_groups_between_paragraphs_found_once_give_the_same_shapes(dev_lines):
    # (observe and PageTemplate.roles find a page's groups once and give them to both readers)
    lines = dev_lines[:3000]
    prose = [tpl.is_prose(t) for t in lines]
    region = tpl.regions(lines, prose)
    shaped = [tpl._shape_of(t, line_key(t)) if len(t) <= tpl.MAX_LINE_CHARS else "" for t in lines]
    groups = tpl.between_groups(lines, prose, region)
    assert groups
    assert tpl.repeated_between(lines, prose, region, groups) == tpl.repeated_between(lines, prose, region)
    assert tpl.inside_shapes(lines, prose, region, shaped, groups) == tpl.inside_shapes(lines, prose, region, shaped)


@pytest.mark.parametrize("raw, clean", [
    ("  خبر&nbsp;&amp; \n  گزارش ", "خبر & گزارش"),  # entities, white space
    (" \t ", None), ("", None), (None, None),  # nothing left
])
def test_texts_cleaned_as_made(raw, clean):
    from palayesh.extract import domtext

    domtext._remembered_clean.cache_clear()
    assert domtext._clean(raw) == clean and domtext._clean(raw) == clean  # (the second from the cache)
    assert domtext._remembered_clean.cache_info().misses == (raw is not None)


def test_long_texts_cleaned_are_not_remembered():
    from palayesh.extract import domtext

    domtext._remembered_clean.cache_clear()
    long = "خبر " * domtext.CLEAN_CACHE_CHARS
    assert domtext._clean(long) == domtext._clean(long) == long.strip()
    assert domtext._remembered_clean.cache_info().currsize == 0


def test_content_words_of_lines_joined_are_those_of_each(dev_lines):
    # (observe and headline_slots take a page's words line by line, as a union)
    texts = [*dev_lines, *itertools.islice(news_bodies(), 200)]
    for a, b in zip(texts, texts[1:]):
        assert lexicon.content_words(f"{a} {b}") == lexicon.content_words(a) | lexicon.content_words(b), (a, b)


def test_content_words_of_many_lines_at_once_are_those_of_each(dev_lines):
    # (observe cuts a page's prose words in one pass over its lines joined; a line the fast path of
    # tokens does not take, «x_y ²», sends the whole through its regex path, and a newline stays a
    # boundary there too)
    texts = [*dev_lines, *itertools.islice(news_bodies(), 200), "کتاب x_y ² و ۱۲ـ۳", "Ελλάδα ΟΔΟΣ\nΣ"]
    for i in range(0, len(texts), 37):
        some = texts[i:i + 37]
        assert lexicon.content_words_of(some) == set().union(*map(lexicon.content_words, some)), some
    assert lexicon.content_words_of([]) == set()


def test_content_words_of_each_line_cut_at_once_are_those_of_each(dev_lines):
    # (observe cuts each prose line's words in one pass over the page's prose joined: lines the fast
    # path of tokens does not take, «x_y ²», take the regex path alone; a text that holds a newline
    # itself sends its page line by line)
    texts = [*dev_lines, *itertools.islice(news_bodies(), 200), "کتاب x_y ² و ۱۲ـ۳", "Ελλάδα ΟΔΟΣ", "Σ",
             "دو\nخط", "", "ـــ ـ", "می\u200cشود\u2028کتاب"]
    for i in range(0, len(texts), 37):
        some = texts[i:i + 37]
        assert lexicon.content_words_each(some) == [lexicon.content_words(t) for t in some], some
    assert lexicon.content_words_each([]) == []
    assert lexicon.content_words_each(["دو\nخط", "کتاب"]) == [lexicon.content_words("دو\nخط"), {"کتاب"}]


def test_observe_cuts_the_words_of_the_lines_headline_slots_reads_only(monkeypatch, dev_lines):
    # (observe's page words are those of all its prose tokens in one set; a set of each prose
    # line's words is made only for the story's lines headline_slots reads, not for every one)
    texts = [*dev_lines, "کتاب x_y ² و ۱۲ـ۳", "دو\nخط", ""]
    for i in range(0, len(texts), 37):
        some = texts[i:i + 37]
        assert lexicon.tokens_each(some) == [lexicon.tokens(t) for t in some], some
        assert lexicon.content_words_in(itertools.chain.from_iterable(lexicon.tokens_each(some))) == \
            set().union(*map(lexicon.content_words, some))
    made: list = []
    real = lexicon.content_words_in
    monkeypatch.setattr(tpl, "content_words_in", lambda toks: made.append(1) or real(toks))
    prose = [f"به گزارش خبرنگار ما، نشست شماره {i} شورای شهر امروز با حضور اعضا و مدیران برگزار شد و "
             "درباره بودجه سال آینده گفتگو کردند." for i in range(30)]
    lines = ["نام سایت", "سرویس: ورزشی", "بارش برف سنگین در جاده‌های شمال کشور", *prose, "پایان پیام"]
    seen = tpl.observe(lines, headline=lambda t: len(t.split()) >= 3)
    assert 1 <= len(made) <= 1 + tpl.TOLD_PROSE_LINES  # (the page's words, and a few lines' own)
    words = set().union(*(lexicon.content_words(t) for t in lines if tpl.is_prose(t)))
    assert sorted(seen.words) == sorted(tpl.xxhash.xxh64_intdigest((tpl._MASK_WORD + w).encode()) for w in words)


def test_a_headline_shares_the_story_words_of_its_lines_as_of_the_story_whole():
    # (headline_slots reads the story's lines one at a time, and stops once a headline shares enough)
    if not DEV_PAGES.is_dir():
        pytest.skip("../shared is not next to the repository")
    told = 0
    for path in sorted(DEV_PAGES.iterdir()):
        lines = page_lines({"raw": path.read_bytes().decode("utf-8", "replace")})
        story = [j for j, t in enumerate(lines) if tpl.is_prose(t)][:tpl.TOLD_PROSE_LINES]
        whole = lexicon.content_words(" ".join(lines[j] for j in story))
        words_of = {j: lexicon.content_words(lines[j]) for j in story}.__getitem__
        for t in lines[:20]:
            words = lexicon.content_words(t)
            expected = len(words & whole) >= prose_mod.MIN_TOLD_WORDS
            assert prose_mod.shares_words(words, story, words_of) == expected, t
            told += expected
    assert told > 100  # (lines that share the story's words)


@pytest.mark.parametrize("text", [
    "ما هفته آینده برای پیروزی به میدان می‌رویم.",  # letters only: the key itself
    "رتبه ② و x² و ½ در ۱۲",  # a key of letters and digits
    "", "...",  # no key
])
def test_letters_of_a_key_as_defined(text):
    assert text_mod._letters(text) == "".join(ch for ch in line_key(text) if ch.isalnum())


def test_letters_of_the_dev_lines_as_defined(dev_lines):
    for t in dev_lines:
        assert text_mod._letters(t) == "".join(ch for ch in line_key(t) if ch.isalnum()), t


def reference_couplet_line(text: str) -> bool:
    """:func:`palayesh.extract.verses.couplet_line` by its definition (the break's regex on every line)."""
    parts = [p for p in verses._HEMISTICH_BREAK.split(text.strip()) if p.strip()]
    return len(parts) == 2 and all(verses.verse_shaped(p) for p in parts) and verses._alike(parts) \
        and verses._rhymes(*parts)


#: two hemistichs of the most words a hemistich has, that rhyme («کتاب‌ها» / «حساب‌ها»)
_LONGEST = ("این همه راه دراز را با دل خود رفتیم و آن کتابها",
            "آن همه شب سیاه را با غم خود خفتیم و این حسابها")


@pytest.mark.parametrize("text, expected", [
    ("توانا بود هر که دانا بود / ز دانش دل پیر برنا بود", True),
    # the longest couplet: 12 + 12 words and the bar, the most words a couplet's line has
    (f"{_LONGEST[0]} / {_LONGEST[1]}", True),
    (f"{_LONGEST[0]}   {_LONGEST[1]}", True),  # (a wide space: no word between)
    (f"{_LONGEST[0]}\t \t{_LONGEST[1]}", True),
    (f"{_LONGEST[0]} ... {_LONGEST[1]}", True),
    (f"{_LONGEST[0]} / / {_LONGEST[1]}", False),  # (the second bar is a hemistich's word: 13 of them)
    (f"{_LONGEST[0]} و / {_LONGEST[1]}", False),  # a word more
    ("قیمت دلار / بازار ارز", False),
])
def test_couplet_line_as_defined(text, expected):
    assert len(_LONGEST[0].split()) == len(_LONGEST[1].split()) == verses.MAX_VERSE_WORDS
    assert verses.couplet_line(text) == reference_couplet_line(text) == expected


def test_couplet_line_of_the_dev_lines_and_news_as_defined(dev_lines):
    paragraphs = [p for body in itertools.islice(news_bodies(), 300) for p in body.split("\n")]
    for t in [*dev_lines, *paragraphs]:
        assert verses.couplet_line(t) == reference_couplet_line(t), t


@pytest.mark.parametrize("text", [
    "یک دو سه چهار پنج شش هفت هشت نه ده یازده دوازده",  # words enough
    "یک دو سه چهار پنج", "یک دو سه چهار", "یک  دو\tسه چهار   ",  # at the bound, under it, spaced
    "یک دو سه چهار پنج   ", "   یک دو سه چهار پنج",
    "خانه | اخبار | ورزش | فرهنگ | هنر | سیاست", "«نقل قولی از یک سخنران در نشست امروز", "", "x",
])
def test_prose_line_for_wraps_as_defined(text):
    # (rejoin._prose counts words only as far as MIN_WRAP_WORDS)
    expected = bool(text) and len(text.split()) >= rejoin.MIN_WRAP_WORDS and text[0] not in rejoin._NOT_PROSE \
        and not rejoin._ITEM_SEP.search(text)
    assert rejoin._prose(text) == expected


#: the tests of one line the template pass and extraction remember: (the function asked, the one it
#: stands for, its cache, the longest line remembered)
LINE_TESTS = [
    (fieldbox.field_label, fieldbox._field_label, fieldbox._remembered_field_label, fieldbox.FIELD_LABEL_CACHE_CHARS),
    (prose_mod.is_prose, prose_mod._is_prose, prose_mod._remembered_prose, prose_mod.PROSE_CACHE_CHARS),
    (text_mod.headline_like, text_mod._looks_headline, text_mod._remembered_headline_like,
     lines_mod.CLASSIFY_CACHE_CHARS),
    (verses.couplet_line, verses._couplet_line, verses._remembered_couplet, verses.VERSE_CACHE_CHARS),
    (verses.verse_shaped, verses._verse_shaped, verses._remembered_verse_shaped, verses.VERSE_CACHE_CHARS),
    (rejoin._prose, rejoin._wrap_prose, rejoin._remembered_prose, rejoin.PROSE_CACHE_CHARS),
    (sections.is_menu_line, sections._menu_line, sections._remembered_menu_line, sections.MAX_MENU_CHARS),
    (lexicon.tokens, lexicon._tokens, lexicon._remembered_tokens, lexicon.WORDS_CACHE_CHARS),
    (lexicon.content_words, lexicon._content_words, lexicon._remembered_content_words, lexicon.WORDS_CACHE_CHARS),
    (tpl.frame_keys, lambda t: list(tpl._frame_keys(t)), tpl._remembered_frame_keys, tpl.MAX_LINE_CHARS),
]


#: lines some of the tests say yes to: a couplet, a menu line; and no to: no word
_SAY_YES = ["توانا بود هر که دانا بود / ز دانش دل پیر برنا بود", "خانه | اخبار | ورزش | فرهنگ | هنر | سیاست", "* * *"]


@pytest.mark.parametrize("asked, made, cache, chars", LINE_TESTS, ids=lambda x: getattr(x, "__name__", ""))
def test_line_tests_remembered_as_made(dev_lines, asked, made, cache, chars):
    paragraphs = [p for body in itertools.islice(news_bodies(), 100) for p in body.split("\n")]
    every = list(dict.fromkeys([*_SAY_YES, *dev_lines, *paragraphs]))
    short = [t for t in every if len(t) <= chars][:2000]  # (fewer than the cache holds)
    lines = short + [t for t in every if len(t) > chars][:300]
    assert len(lines) > len(short) > 1000
    assert any(made(t) for t in lines) and not all(made(t) for t in lines)
    cache.cache_clear()
    for _ in range(2):  # the second round is answered from the cache (short lines)
        for t in lines:
            assert asked(t) == made(t), t
    info = cache.cache_info()
    assert info.currsize == len(short) < info.maxsize and info.misses == len(short)


@pytest.mark.parametrize("asked", [lexicon.tokens, lexicon.content_words, tpl.frame_keys])
def test_remembered_words_and_frames_give_each_caller_its_own(asked):
    line = "این مطلب در کتابدار آنلاین هم منتشر شده است."
    mine = asked(line)
    assert mine and type(mine) in (list, set)
    mine.clear()  # (what a caller may do with its list or set)
    assert asked(line) and asked(line) is not asked(line)


def test_value_slots_of_lines_remembered_as_read(dev_lines):
    tpl._line_slots.cache_clear()
    for t in dev_lines:
        for above, below in ((True, False), (False, True), (True, True)):
            made = tpl._line_slots.__wrapped__(t, above, below)
            assert tpl._line_slots(t, above, below) == made == tpl._line_slots(t, above, below), t
    assert tpl._line_slots.cache_info().hits > 0
    page = ["خانه", "این خبر در بخش اخبار استان منتشر شد.", "متن خبر " * 20 + "است.", "منبع: روابط عمومی"]
    fresh = tpl.value_slots(page)
    assert fresh == tpl.value_slots(page) and fresh  # (from the cache, a list of its own)
    assert tpl.value_slots(page) is not fresh


def test_template_index_counts_as_rows():
    # (the index's dict holds each key's row of counts as a tuple, built by columns)
    import numpy as np

    keys = np.array([3, 7, 11], dtype=np.uint64)
    counts = np.array([[5, 1, 2, 3], [9, 0, 0, 9], [6, 6, 0, 0]], dtype=np.int32)
    idx = tpl.TemplateIndex(keys, counts, np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64),
                            np.zeros(0, dtype=np.uint64))
    assert idx._dict == {3: (5, 1, 2, 3), 7: (9, 0, 0, 9), 11: (6, 6, 0, 0)}
    assert all(type(v) is int for row in idx._dict.values() for v in row)


def test_template_index_counts_of_dict_and_arrays_agree():
    # counts_of writes combined() out for its dict; a run too large for the dict asks the sorted arrays
    import random

    import numpy as np

    rnd = random.Random(57)
    pairs = [(rnd.getrandbits(64), rnd.getrandbits(64)) for _ in range(300)]
    keys = np.array(sorted({tpl.combined(f, s) for f, s in pairs}), dtype=np.uint64)
    counts = np.arange(len(keys) * 3, dtype=np.int32).reshape(len(keys), 3)
    none = (np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.uint64))
    small = tpl.TemplateIndex(keys, counts, *none)
    large = tpl.TemplateIndex(keys, counts, *none)
    large._dict = None
    assert small._dict is not None
    asked = pairs + [(rnd.getrandbits(64), rnd.getrandbits(64)) for _ in range(300)] + [(0, 0), (2**64 - 1, 1)]
    for f, s in asked:
        a, b = small.counts_of(f, s), large.counts_of(f, s)
        assert (a is None) == (b is None), (f, s)
        if a is not None:
            assert a == tuple(int(v) for v in b), (f, s)
    assert sum(small.counts_of(f, s) is not None for f, s in asked) == len(keys)


def _site_index(tmp_path):
    """The run's template index of 12 pages of one site (its chrome on each), and the pages' docs."""
    from palayesh.extract import step as stepmod
    from palayesh.extract.options import ExtractOptions
    from palayesh.pipeline.base import Context

    chrome = ["خبرگزاری نمونه", "صفحه اصلی | سیاسی | اقتصادی | ورزشی", "انتهای پیام", "اشتراک گذاری",
              "کلیه حقوق محفوظ است."]
    docs = []
    for i, paras in enumerate(story_bodies(12, 3)):
        lines = [*chrome[:2], f"عنوان خبر شماره {i} درباره شهر", *paras, *chrome[2:]]
        docs.append({"url": f"https://nemune.ir/news/{i}", "raw": "\n\n".join(lines)})
    ctx = Context(shard=0, stage="read", work_dir=tmp_path)
    col = stepmod.TemplateCollector()
    col.setup(ctx)
    for doc in docs:
        col.transform(dict(doc))
    col.finish(ctx)
    stepmod.TemplateBarrier().reduce(tmp_path, "read", [0])
    return stepmod.load_index(ctx, ExtractOptions()), docs


def test_a_sites_pages_share_one_template_that_remembers_their_lines(tmp_path, monkeypatch):
    # the pages of one set of families get one template, which remembers the roles of their lines
    # and the shares of their shapes: the answers of a template that remembers nothing
    from palayesh.extract.step import page_families, page_lines

    idx, docs = _site_index(tmp_path)
    fams = page_families(docs[0])
    template = idx.for_page(fams)
    assert template is idx.for_page(list(fams)) and template is not idx.for_page(fams, min_family_pages=99)
    assert template.learned
    monkeypatch.setattr(tpl, "MAX_ROLES", 40)  # (a full memo starts again: it never grows past its bound)
    for _ in range(2):
        for doc in docs:
            lines = page_lines(doc)
            fresh = tpl.PageTemplate(idx, template.fams, borrowed=template._borrowed)  # (remembers nothing)
            mine = idx.for_page(page_families(doc))
            assert mine is template
            assert mine.roles(lines) == fresh.roles(lines)
            for t in lines:
                for region in ("H", "M", "T"):
                    assert mine.role(t, line_key(t), region) == fresh.role(t, line_key(t), region), t
                assert mine.page_share(t) == fresh.page_share(t), t
                assert mine.headword_share(t) == fresh.headword_share(t), t
            assert len(idx._roles) <= 40
    assert not fresh._number and any(r is not None for r in idx._roles.values())
    assert any(r is not None for r in idx._shares.values())


def test_extraction_takes_the_families_the_read_stage_found(tmp_path, monkeypatch):
    # the read stage leaves each page the families it found from the lines it cut; extraction looks
    # the page's template up by them (the page's lines are not cut again) and takes them off the page
    from palayesh.extract import step as stepmod
    from palayesh.extract.options import ExtractOptions
    from palayesh.pipeline.base import Context

    idx, docs = _site_index(tmp_path)
    flat = {"raw": docs[0]["raw"]}  # (no address: its families are told by its lines)
    col = stepmod.TemplateCollector()
    col.setup(Context(shard=1, stage="read", work_dir=tmp_path))
    read = [dict(flat), dict(docs[0])]
    for doc in read:
        col.transform(doc)
    assert [d[stepmod.FAMILIES_KEY] for d in read] == [stepmod.page_families(flat), stepmod.page_families(docs[0])]
    assert not stepmod.page_families(flat)[0].startswith("host:")  # (told by its lines)
    step = stepmod.ExtractStep(ExtractOptions())
    step._index, asked = idx, []
    real = idx.for_page
    monkeypatch.setattr(idx, "for_page", lambda fams, **kw: asked.append(list(fams)) or real(fams, **kw))
    cut = []
    monkeypatch.setattr(stepmod, "page_lines", lambda doc: cut.append(doc) or [])
    carried = dict(read[0])
    step.transform(carried)
    assert asked == [read[0][stepmod.FAMILIES_KEY]] and not cut and stepmod.FAMILIES_KEY not in carried
    plain = dict(flat)  # (a page the read stage did not see: its families found here, as before)
    monkeypatch.undo()
    monkeypatch.setattr(idx, "for_page", lambda fams, **kw: asked.append(list(fams)) or real(fams, **kw))
    step.transform(plain)
    assert asked[-1] == read[0][stepmod.FAMILIES_KEY] and plain["title"] == carried["title"]
    assert plain == carried


def test_the_template_artifact_spells_each_pages_family_and_story_columns_once(tmp_path):
    """The read stage keeps a column of one value beside a page's keys (its family, its story) as a
    run, and a page's shapes between paragraphs apart from its families, spelt out and combined once
    at the end: the artifact holds each page's rows as an array a page would, in the same order."""
    import numpy as np

    from palayesh.extract import step as stepmod
    from palayesh.pipeline.base import Context
    _idx, docs = _site_index(tmp_path)  # (the site's pages)
    col = stepmod.TemplateCollector()
    col.setup(Context(shard=7, stage="read", work_dir=tmp_path))
    for doc in docs:
        col.transform(dict(doc))
    assert all(isinstance(r, tuple) for r in (*col._fam, *col._stories, *col._label_sites, *col._inside_stories))
    col.finish(Context(shard=7, stage="read", work_dir=tmp_path))
    got = np.load(Context(shard=7, stage="read", work_dir=tmp_path).artifact("template"))
    assert len(got["fam"]) == len(got["shape"]) == len(got["bits"]) > 0
    assert len(got["stories"]) == len(got["others"]) and len(got["label_sites"]) == len(got["labels"])
    at = 0  # (each page's family beside each of its shapes, family by family)
    for f, n in col._fam:
        assert (got["fam"][at:at + n] == np.uint64(f)).all()
        at += n
    inside = [(f, h) for (f, n), shapes in zip(col._inside_fam, col._inside) for h in shapes.tolist()]
    assert got["inside"].tolist() == [int(stepmod._combine(np.uint64(f), np.uint64(h))) for f, h in inside]


def test_a_header_lines_section_slot_value_is_read_once_for_all_pages(monkeypatch):
    """The section slots of a page's header (:func:`.template.section_slot_values`): each line's label,
    chip and trail read once for all the pages that show it (a site's labels and trails recur), a
    trail's section told on each page by its headline."""
    asked = []
    real = tpl.crumb_parts
    monkeypatch.setattr(tpl, "crumb_parts", lambda t, **kw: asked.append(t) or real(t, **kw))
    tpl._slot_value_of.cache_clear()
    page = ["گروه: سبک زندگی", "خانه » اخبار » ورزش » کشتی", "سارا محمدی", "[سلامت]"]
    region, prose = ["H"] * 4, [False] * 4
    assert tpl.section_slot_values(page, region, prose, None) == {"سبک زندگی", "کشتی", "سلامت"}
    n = len(asked)
    assert tpl.section_slot_values(page, region, prose, "کشتی") == {"سبک زندگی", "ورزش", "سلامت"}
    assert n and len(asked) == n  # (the second page's lines: none read again)


def test_drop_echoes_counts_a_paragraphs_words_only_as_far_as_it_needs():
    """Whether a paragraph is long enough to echo one above (MIN_ECHO_WORDS) is told by its first
    words: a paragraph's hundreds of words are not cut one by one for it."""
    from palayesh.extract.text import MIN_ECHO_WORDS, drop_echoes
    cuts = []

    class Para(str):
        def split(self, sep=None, maxsplit=-1):
            cuts.append(maxsplit)
            return super().split(sep, maxsplit)

    said = "ما هفته آینده برای پیروزی به میدان می‌رویم و تیم آماده است"
    paras = [Para(f"وی گفت: {said}. " + "بازیکنان تمرین کردند. " * 40), Para(f"«{said}»"), Para("کوتاه است.")]
    assert drop_echoes(paras) == [paras[0], paras[2]]
    assert cuts and all(0 <= m < MIN_ECHO_WORDS for m in cuts)


def test_content_words_are_the_tokens_less_function_words_cut_to_five(dev_lines):
    # (the function words taken out of the tokens' set in place, no set made of the rest: the same
    # words as the set difference; a pure speed change, this holds before and after it)
    fw = lexicon.function_words()
    for t in [*dev_lines, *itertools.islice(news_bodies(), 100), "", "و در به از"]:
        toks = lexicon.tokens(t)
        want = {w[:5] for w in set(toks) - fw if len(w) >= 3}
        assert lexicon.content_words_in(toks) == want and lexicon.content_words(t) == want, t


def test_end_keys_of_a_sites_lines_are_cut_once():
    # (the template pass asks the end key of every line under a page's story: a site's footer and
    # end marker, on each of its pages, are cut once; a long line has none, counted to five words)
    tpl._remembered_end_key.cache_clear()
    assert [tpl.end_key("پایان متن/ نخ") for _ in range(3)] == [tpl._end_key("پایان متن/ نخ")] * 3
    assert tpl.end_key("پایان متن/ نخ") == tpl.end_key("پایان متن/رک") is not None
    assert tpl._remembered_end_key.cache_info().misses == 2
    assert tpl.end_key(" ".join(["کلمه"] * 300)) is None and tpl.end_key("یک دو سه چهار پنج") is None


def test_a_commenter_row_is_told_once_a_line_and_a_line_without_figures_is_not_cut(monkeypatch):
    # (the headline's reach asks of each line above the story and of the line under it: a site's
    # lines there are told once; a line with no figure has no relative date and is not cut into fields)
    from palayesh.extract import comments
    cut = []
    real = comments.row_fields
    monkeypatch.setattr(comments, "row_fields", lambda t: cut.append(t) or real(t))
    comments._remembered_commenter_row.cache_clear()
    assert [comments.commenter_row("بابک | ۶ روز پیش") for _ in range(3)] == [True] * 3
    assert not comments.commenter_row("ورزشی | سیاسی | اقتصادی") and not comments.commenter_row("بابک | دیروز عصر")
    assert cut == ["بابک | ۶ روز پیش"]


def test_a_pages_title_and_given_names_are_found_once_by_whole_tree_walks(monkeypatch):
    # (the <title>'s text and the names the page gives its site were found by a walk of the whole
    # tree each time a reader asked: the title's 8 times a page on the bench, the names 2 or 3 times)
    import sys

    from palayesh.extract.html import extract_html

    page = ('<html><head><title>سد کرج پر شد | خبرگزاری نمونه</title>'
            '<meta property="og:site_name" content="خبرگزاری نمونه"></head><body>'
            '<header><a href="/"><img src="l.png" alt="خبرگزاری نمونه"></a>'
            '<nav><a href="/s/1">ورزش</a> <a href="/s/2">اقتصاد</a></nav></header>'
            '<article><h1>سد کرج پر شد</h1><div class="lead">آب سد کرج پس از بارش‌های هفته گذشته بالا آمد.</div>'
            '<p>به گزارش خبرگزاری نمونه، آب سد کرج امروز به بالاترین اندازه خود در ده سال گذشته رسید و '
            'مسئولان از مردم خواستند در مصرف آب صرفه‌جویی کنند.</p>'
            '<p>کارشناسان می‌گویند بارش‌های پاییز امسال بیش از میانگین سال‌های گذشته بوده است و '
            'ذخیره سدهای استان تهران به وضع بهتری رسیده است.</p></article></body></html>')
    walks: list[str] = []
    html = sys.modules[extract_html.__module__]
    real = html._xpath

    def counted(el, path):
        walks.append(path)
        return real(el, path)

    monkeypatch.setattr(html, "_xpath", counted)
    art = extract_html(page, url="https://example.ir/news/1")
    assert walks.count("//title") == 1
    assert sum("ancestor::a[1]/@href" in p for p in walks) <= 1  # (the logo's link, of the one walk)
    # the same article as when each reader walks the tree itself
    monkeypatch.setattr(html, "page_fact", lambda what, el, make: make())
    again = extract_html(page, url="https://example.ir/news/1")
    assert (art.title, art.section, art.agency, art.lead, art.text) == \
        (again.title, again.section, again.agency, again.lead, again.text)
    assert art.title == "سد کرج پر شد"


def test_the_html_readers_xpath_expressions_are_compiled_once_a_process(monkeypatch):
    # (el.xpath(path) compiles its path at each call: some 35 calls a page, ~7 us each)
    import sys

    from palayesh.extract.html import extract_html

    html = sys.modules[extract_html.__module__]
    compiled: list[str] = []
    real = html.etree.XPath

    def counted(path, *args, **kwargs):
        compiled.append(path)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(html.etree, "XPath", counted)
    monkeypatch.setattr(html, "_XPATHS", {})
    page = ('<html><head><title>سد کرج پر شد | خبرگزاری نمونه</title></head><body><article>'
            '<h1>سد کرج پر شد</h1><p>آب سد کرج امروز به بالاترین اندازه خود در ده سال گذشته رسید و '
            'مسئولان از مردم خواستند در مصرف آب صرفه‌جویی کنند.</p></article></body></html>')
    first = extract_html(page)
    n = len(compiled)
    again = extract_html(page.replace("امروز", "دیروز"))
    assert n > 0 and "//h1" in compiled or "//article//h1" in compiled
    assert len(compiled) == n == len(set(compiled))  # (the second page compiles none anew)
    assert (first.title, again.title) == ("سد کرج پر شد", "سد کرج پر شد")


def test_a_pages_bar_placed_elements_and_body_text_keys_are_found_once_for_all_its_headings(monkeypatch):
    # (_names_site asks them of each <h1>: each a walk of the whole body)
    import sys

    from palayesh.extract.html import extract_html

    html = sys.modules[extract_html.__module__]
    page = ('<html><head><title>سد کرج پر شد | باشگاه کوهنوردی شهر سبز</title></head><body>'
            '<header><div class="site-title">باشگاه کوهنوردی شهر سبز</div></header>'
            '<article><h1>سد کرج پر شد</h1><h1>گزارش ویژه</h1><p>آب سد کرج امروز به بالاترین اندازه خود در '
            'ده سال گذشته رسید و مسئولان از مردم خواستند در مصرف آب صرفه‌جویی کنند.</p>'
            '<p>کارشناسان می‌گویند بارش‌های پاییز امسال بیش از میانگین سال‌های گذشته بوده است.</p>'
            '</article></body></html>')
    walks: list[str] = []
    placed, keys = html._bar_placed, html._body_text_keys
    monkeypatch.setattr(html, "_bar_placed", lambda tree: walks.append("bar") or placed(tree))
    monkeypatch.setattr(html, "_body_text_keys", lambda tree: walks.append("keys") or keys(tree))
    art = extract_html(page)
    assert walks.count("bar") == 1 and walks.count("keys") <= 1
    monkeypatch.setattr(html, "page_fact", lambda what, el, make: make())
    walks.clear()
    again = extract_html(page)
    assert walks.count("bar") >= 2  # (the page asks of both headings)
    assert (art.title, art.section, art.agency, art.lead, art.text) == \
        (again.title, again.section, again.agency, again.lead, again.text)


def test_a_sites_value_slot_frames_are_looked_up_once_for_all_its_pages(monkeypatch):
    # frame_section asks the run's counts of each frame of a page's value slots; a site's frames
    # recur on its pages, and its template asks the counts of each once: the sections of a
    # template that remembers nothing
    import numpy as np

    pages = [[*story_bodies(1)[0], f"این خبر در بخش {v} منتشر شد."] for v in ("اخبار استان", "ورزش", "اخبار استان")]
    framed = {tpl.shape_hash(tpl._MASK_VFRAME + f) for p in pages for f, _v, _s, _n in tpl.value_slots(p)}
    asked: dict[int, int] = {}

    def slot_pages(fam: int, h: int) -> int:
        # (each frame on 12 of the family's 20 pages, each value and list on 3)
        asked[h] = asked.get(h, 0) + 1
        return 12 if h in framed else 3

    none = (np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.uint64))
    idx = tpl.TemplateIndex(np.zeros(0, dtype=np.uint64), np.zeros((0, 5), dtype=np.int32), *none)

    def template() -> tpl.PageTemplate:
        made = tpl.PageTemplate(idx, [(11, 20, "")])
        monkeypatch.setattr(made, "_slot_pages", slot_pages)
        return made

    site = template()
    got = [site.frame_section(p) for p in pages]
    assert framed and all(asked[h] == 1 for h in framed)
    assert got == [template().frame_section(p) for p in pages] and all(got)


def test_a_lines_asks_of_its_sites_template_are_answered_once_for_all_its_pages(tmp_path, monkeypatch):
    # (a site's lines recur on its pages, which share one template: each ask of a line is worked
    # out once, from the run's counts, and answered as a template that remembers nothing answers it)
    from palayesh.extract.step import page_families, page_lines

    idx, docs = _site_index(tmp_path)
    template = idx.for_page(page_families(docs[0]))
    fresh = tpl.PageTemplate(idx, template.fams, borrowed=template._borrowed)  # (remembers nothing)
    counted = []
    counts_of = tpl.TemplateIndex.counts_of
    monkeypatch.setattr(tpl.TemplateIndex, "counts_of", lambda self, f, h: counted.append(h) or counts_of(self, f, h))
    asks = ["headword_share", "fixed_head_words", "page_share", "head_share", "filing_field", "labels_row",
            "kicker_under_item", "known_label"]
    lines = list(dict.fromkeys(t for doc in docs for t in page_lines(doc)))
    first = [[getattr(template, a)(t) for a in asks] for t in lines]
    assert counted
    counted.clear()
    assert [[getattr(template, a)(t) for a in asks] for t in lines] == first and not counted
    assert first == [[getattr(fresh, a)(t) for a in asks] for t in lines]
    assert any(any(row) for row in first)


def _ink_by_mask(text: str) -> str:
    """:func:`.pagetext.ink` as the mask of every character gives it (the slow path)."""
    import unicodedata

    from palayesh.extract import pagetext

    cps = pagetext._codepoints(unicodedata.normalize("NFC", text))
    return pagetext._chars(cps[pagetext._ink_mask(cps)])


@pytest.mark.parametrize("text", [
    "می\u200cشود ، ",  # a ZWNJ: the common case
    "خط اول\nخط دوم",  # a line end
    "\u200fسلام\u200e \xa0دنیا",  # direction marks and a no-break space
    "کتاب\u200cها\u200b\u00ad",  # a zero-width space and a soft hyphen: the mask's
    "سلام \U0001F600\u200c دنیا\t",  # beyond the plane, a tab
    "",
])
def test_ink_without_a_mask_as_with_it(text):
    from palayesh.extract.pagetext import ink

    assert ink(text) == _ink_by_mask(text)


def test_ink_of_the_dev_lines_as_by_the_mask(dev_lines):
    from palayesh.extract.pagetext import ink

    for t in dev_lines:
        assert ink(t) == _ink_by_mask(t), t


def test_ink_of_a_line_with_a_zwnj_builds_no_mask(monkeypatch):
    # (nine in ten of the lines the printable check sends on hold a ZWNJ or a line end: str.replace,
    # not a numpy array of the line's code points)
    from palayesh.extract import pagetext

    monkeypatch.setattr(pagetext, "_codepoints", lambda text: pytest.fail("masked"))
    assert pagetext.ink("می\u200cشود،\nکتاب\u200fها") == "میشود،کتابها"


def test_values_named_among_words_as_counted_over_every_line():
    # (frame_section's values a sentence names: each value's lines looked at up to the second that
    # names it among other words, not all of them counted; the same values as the count gives)
    pages = [p for p in _dev_pages_lines() if len(p) > 3][:300]
    if not pages:
        pytest.skip("../shared is not next to the repository")
    seen = 0
    for page in pages:
        slots = tpl.value_slots(page)
        spaced = [f" {' '.join(t.split())} " for t in page if len(t) <= tpl.MAX_LINE_CHARS and "|" not in t]
        counted = {tpl.line_key(v) for v in {s for _f, _v, s, _n in slots}
                   if sum(f" {v} " in t and t.strip() != v for t in spaced) > 1}
        assert tpl._own_slot_values(page, slots)[1] == counted, page[:3]
        seen += bool(counted)
    assert seen


def test_a_value_named_twice_looks_no_further():
    def lines():
        yield from (" کانال ایتا ", " پیام ایتا ")
        pytest.fail("a line after the second that names the value was looked at")

    assert tpl._among_words_twice("ایتا", lines(), ["کانال ایتا", "پیام ایتا", "ایتا"])
    assert not tpl._among_words_twice("ایتا", [" ایتا ", " کانال ایتا "], ["ایتا", "کانال ایتا"])


def _dev_pages_lines() -> list[list[str]]:
    if not DEV_PAGES.is_dir():
        return []
    return [page_lines({"raw": path.read_bytes().decode("utf-8", "replace")}) for path in sorted(DEV_PAGES.iterdir())]


@pytest.mark.parametrize("memo, limit", [(prose_mod._remembered_prose, prose_mod.PROSE_CACHE),
                                         (rejoin._remembered_prose, rejoin.PROSE_CACHE)])
def test_prose_memos_hold_the_lines_of_a_run_of_two_thousand_pages(memo, limit):
    # 2,000 pages of the bench ask these tests of ~12,000 and ~10,400 different short lines: each is
    # made once, not again after the memo forgot it (a memo of 8,192 made them 24,800 and 16,800 times)
    memo.cache_clear()
    lines = [f"خبر شماره {i} از سایت نمونه امروز منتشر شد." for i in range(12_000)]
    first = [memo(t) for t in lines]
    assert [memo(t) for t in lines] == first == [memo.__wrapped__(t) for t in lines]
    assert memo.cache_info().misses == len(lines) and limit >= 2 * len(lines)
    memo.cache_clear()


def test_a_template_says_once_whether_the_run_knows_its_site(tmp_path):
    # (extraction asks it of every line of a page, some 2 million times on 2,000 pages: an attribute
    # set when the template is made, not worked out at each ask)
    idx, docs = _site_index(tmp_path)
    from palayesh.extract.step import page_families

    template = idx.for_page(page_families(docs[0]))
    assert vars(template)["learned"] is True
    assert vars(tpl.PageTemplate(idx, []))["learned"] is False
    assert vars(tpl.PageTemplate(idx, [], borrowed=template.fams))["learned"] is True
