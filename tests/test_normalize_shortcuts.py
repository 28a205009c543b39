"""The ZWNJ restorer's shortcuts (issue 16, speed) skip only work whose answer is known: these tests
pin the facts each shortcut stands on, so that a change to the rules cannot make one wrong unseen."""
from __future__ import annotations

import random

import pytest

from palayesh.normalize import NormalizeOptions, Normalizer, zwnj as Z

TEXT = ("اين برنامههاي بين المللي ميروند، «کتاب‌ها» و (ایرنا) ۱۴۰۲ می شود اقدام هاي تازهترين "
        "بی بی سی نظریه پردازانی تصمیم گیری حساب شده است دعوتنامههای سرمایهگذاریها؟ کمکها.")


@pytest.fixture(scope="module", params=[True, False], ids=["model", "rules"])
def restorer(request):
    norm = Normalizer(NormalizeOptions(zwnj_model=request.param))
    norm.normalize(TEXT)
    return norm._restorer()


def test_unchanged_chunk_is_unchanged_in_every_mode(restorer):
    # restore_settled copies a line's chunks and replaces only the changed ones in the line's mode
    chunks = set(TEXT.split(" "))
    for w in list(restorer.res.vocab)[:3000] + list(restorer.res.forms)[:3000]:
        chunks.update((w, w + "،", "«" + w + "»", "(" + w))
    for c in chunks:
        r = restorer._chunk(c)
        if not r[Z.S_CHANGED]:
            assert r[Z.S_FULL] == r[Z.S_AFFIX] == r[Z.S_TRUSTED] == r[Z.S_SEEN] == c, c


def test_pair_classes_keep_every_pair_that_may_join(restorer):
    # a pair of chunks is looked up only when their end bits meet; the class bits of lexicon partners
    # may leave out a pair the bare "both ends can join" bit let through, never one with a code
    res = restorer.res
    pairs = list(res.merge) + list(res.listed_merge) + list(restorer._known_pairs)
    lefts, rights = sorted(restorer._left), sorted(restorer._right)
    rnd = random.Random(16)
    pairs += [(rnd.choice(lefts), rnd.choice(rights)) for _ in range(4000)]
    inflected = sorted(restorer._inflected)
    pairs += [(rnd.choice(lefts), rnd.choice(inflected)) for _ in range(4000)]
    left_out = 0
    for a, b in pairs:
        x, y = restorer._chunk(a), restorer._chunk(b)
        if x[Z.S_LBITS] & y[Z.S_RBITS]:
            continue
        tail, head = x[Z.S_TAIL], y[Z.S_HEAD]
        looked_before = (x[Z.S_LEFT] and y[Z.S_RIGHT]) or (x[Z.S_LEFT] == 2 and head is not None) or (
            y[Z.S_RIGHT] == 2 and tail is not None)
        if looked_before:
            left_out += 1
            assert restorer._pair_memo((tail, head)) == 0, (a, b)
    assert left_out > 1000  # (the classes do leave pairs out)


def test_new_chunks_of_a_line_as_remembered_ones():
    # restore_settled computes only the chunks its memo lacks (a word new twice in a line, new words
    # between remembered ones): the line comes out as from a restorer that knew every chunk
    lines = [TEXT, "ميروند ميروند کتابهاي ميروند تازهترين", "اقدام هاي نو اقدام هاي نو دعوتنامههای",
             "بی بی سی «برنامههاي» (ایرنا) ۱۴۰۲ کمکها کمکها"]
    for model in (True, False):
        for line in lines:
            cold = Normalizer(NormalizeOptions(zwnj_model=model))
            warm = Normalizer(NormalizeOptions(zwnj_model=model))
            warm.normalize(line)
            known = warm._restorer()._chunks
            chunks = warm._chars.normalize(line)[0].split(" ")  # (what the restorer is given)
            assert all(c in known for c in chunks if len(c) <= Z.MAX_MEMO_CHUNK)
            assert cold.normalize_with_edits(line) == warm.normalize_with_edits(line), line


@pytest.mark.parametrize("digits", ["keep", "persian", "latin"])
def test_character_families_follow_what_was_found(digits):
    # a pass of the character families tells what a replacement brought from the tables, not by a
    # new scan of the text: the same text and counts as scanning again after each replacement
    from palayesh.normalize.chars import CharNormalizer

    options = NormalizeOptions(digits=digits)
    tracked, scanning = CharNormalizer(options), CharNormalizer(options)
    assert tracked._brought is not None  # (the shipped tables bring no earlier family's characters)
    scanning._brought = None
    # presentation forms that become a letter and a diacritic, the diacritics, digits of three
    # scripts, tatweel, invisible marks, odd spaces, entities, surrogates, CR
    pool = list("ﱛﱞﱠﲐﻻﷲﺑﻴﻦ" "ًٌٍَُِّْٰ" "٠١٢۳۴5" "ـ" "\u200e\u200f\u202a\u0007\u00ad" "\u2009\u00a0\u3000"
                "يكة ابت،.«»؛؟\r\n") + ["&nbsp;", "&#1610;", "\udc80", "\u200c"]
    rnd = random.Random(26)
    for _ in range(3000):
        text = "".join(rnd.choice(pool) for _ in range(rnd.randint(0, 30)))
        assert tracked.normalize(text) == scanning.normalize(text), text


def test_restorers_share_their_static_tables_until_one_adds_pairs():
    # a restorer's tables derived from the resources and the model are built once and shared; the
    # one restorer that adds pairs (the model's trainer) changes a copy, never the others' tables
    from palayesh.normalize import gapmodel, resources

    res, model = resources.load(), gapmodel.load()
    one, two = Z.ZwnjRestorer(res, model=model), Z.ZwnjRestorer(res, model=model)
    assert one._left is two._left and one._inflected is two._inflected and one.morph is two.morph
    before = (dict(two._left), dict(two._right), set(two._known_pairs), dict(two._partners), dict(two._classes))
    one.add_pairs(["زززز|ووووو"])
    assert ("زززز", "ووووو") in one._known_pairs and one._left["زززز"] == 1
    assert (dict(two._left), dict(two._right), set(two._known_pairs), dict(two._partners),
            dict(two._classes)) == before
    three = Z.ZwnjRestorer(res, model=model)
    assert ("زززز", "ووووو") not in three._known_pairs
    line = "اقدام هاي بين المللي"
    assert one.restore_line(line, Normalizer().normalize_with_edits("")[1]) == \
        two.restore_line(line, Normalizer().normalize_with_edits("")[1])


def test_letters_only_test_is_the_letter_set():
    # _chunk's bare-word test is a regex scan (_NON_LETTER), not a set built from each chunk: it must
    # say "letters only" of exactly the strings _LETTER_SET covers, the empty one included
    letters = "".join(sorted(Z._LETTER_SET))
    for c in map(chr, range(0x10000)):
        assert (Z._NON_LETTER(c) is None) == (c in Z._LETTER_SET), hex(ord(c))
    for s in ("", letters, "کتاب", "کتاب\u200cها", "کتاب،", "۱۴۰۲", "abc"):
        assert (Z._NON_LETTER(s) is None) == Z._LETTER_SET.issuperset(s), s


def test_static_margins_are_the_model_margin_of_the_static_features():
    # the restorer scores a gap's line-free features by StaticMargins (each part's feature weights kept),
    # not by building static_features' names: the same float, to the last bit, for every kind of gap
    from palayesh.normalize import gapmodel

    norm = Normalizer()
    restorer = norm._restorer()
    model = restorer.model
    assert model is not None
    fast = gapmodel.StaticMargins(model, restorer.res, restorer.morph, restorer.counts)
    res = restorer.res
    words = sorted(res.bound_heads) + [a for a, _ in sorted(res.merge)[:400]] + [
        b for _, b in sorted(res.strong_merge)[:400]] + ["رییس", "جمهوری", "می", "شه", "کتاب", "ها", "شده", "نشده",
                                                          "به", "سرعت", "هر", "چند", "فیلم", "نامه"]
    rnd = random.Random(64)
    pairs = [tuple(p.split("|")) for p in sorted(model.pairs)[:600]] + list(sorted(res.merge)[:600])
    pairs += [(rnd.choice(words), rnd.choice(words)) for _ in range(1200)]
    for a, b in pairs:
        for kind in (gapmodel.GLUED, gapmodel.SPACED):
            for code in (0, 1, 4):
                want = model.margin(gapmodel.static_features(kind, a, b, code, res, restorer.morph, restorer.counts))
                assert fast(kind, a, b, code) == want, (kind, a, b, code)
    # and the restorer's memoized margins, after real text, are these
    norm.normalize(TEXT + " رئیس جمهوری هر چند به سرعت می شه فیلمنامه نگهداری")
    for (kind, a, b, code), m in restorer._margins.items():
        assert m == model.margin(gapmodel.static_features(kind, a, b, code, res, restorer.morph, restorer.counts))


def test_open_slot_is_open_split(restorer):
    # restore_settled reads whether a changed chunk has a gap the model may decide from its memo tuple
    # (S_OPEN), computed once with the chunk: the same as asking _open_split on each line
    chunks = set(TEXT.split(" "))
    for w in list(restorer.res.vocab)[:2000] + list(restorer.res.forms)[:3000]:
        chunks.update((w, w + "ها", w + "های،", "«" + w + "ترین»", "می" + w))
    for c in chunks:
        r = restorer._chunk(c)
        if r[Z.S_CHANGED]:
            assert r[Z.S_OPEN] == restorer._open_split(c, r[Z.S_FULL]), c
        else:
            assert r[Z.S_OPEN] is False, c


def _marked_by_the_general_path(restorer, c):
    """The memo tuple of ``c``, one word with marks, as _chunk's general path makes it."""
    r = restorer._one_word_marked(c, Z.WORD_RE.findall(c)[0])
    changed = r[Z.S_FULL] != c
    alt = restorer._alternative(c, r[Z.S_FULL]) if restorer.res.context and (
        changed or "های" in c and Z._PLURAL_AFTER_NON_JOINING(c)) else None
    return (*r, alt, *restorer._end_bits(r), changed or alt is not None,
            changed and restorer._open_split(c, r[Z.S_FULL]))


def test_marked_word_tuple_is_the_general_paths(restorer):
    # _chunk builds the tuple of a word with marks («کتاب،», «(ایرنا)») that restoration leaves as it is
    # from the word's own tuple at once: the same tuple as _one_word_marked, _alternative and _end_bits make
    res = restorer.res
    words = list(res.vocab)[:2000] + list(res.forms)[:2000] + sorted(restorer._left)[:1500] + sorted(
        restorer._right)[:1500] + sorted(restorer._inflected)[:500] + ["زوارهای", "کتاب\u200cها", "بی\u200cبی"]
    marks = [("", "،"), ("«", "»"), ("(", ""), ("", "."), ("«", ""), ("", "»،"), ("-", "-")]
    fast = 0
    for w in words:
        for pre, post in marks:
            c = pre + w + post
            if len(c) < 3 or len(Z.WORD_RE.findall(c)) != 1:
                continue  # (a shorter chunk is taken as it is)
            want = _marked_by_the_general_path(restorer, c)
            restorer._chunks.pop(c, None)
            got = restorer._chunk(c)
            assert got == want, c
            fast += not got[Z.S_CHANGED]
    assert fast > 10000


LINES = [TEXT, "ارزشها و سالهای گذشته کتابها را می خوانند", "آدمها می شود اقدام های تازهترین دعوتنامههای",
         "کتاب‌ها و برنامههای بین المللی نگهداری می‌شود", "رئیس جمهوری هر چند به سرعت فیلمنامه بزرگترین سالها",
         "سرمایهگذاریها در زمینهای کشاورزی یک زمینهای است", "بی بی سی نظریه پردازانی تصمیم گیری کمکها و اقدام های"]


@pytest.mark.parametrize("model", [True, False], ids=["model", "rules"])
def test_decided_chunks_memo_is_what_decide_computes(model):
    # _decide keeps each glued chunk's output by (chunk, rules' text, mode, ZWNJs?, signs): a restorer that
    # met every line before (its memo full) puts out what a fresh one does, line by line and streamed
    lines = LINES + [x.replace("\u200c", "") for x in LINES] + [x.replace("\u200c", " ") for x in LINES]
    for stream in (False, True):
        warm = Normalizer(NormalizeOptions(zwnj_model=model), stream=stream)
        for x in lines[::-1] + lines:
            warm.normalize(x)
        assert not model or warm._restorer()._glued_out
        warm._doc = None
        cold = Normalizer(NormalizeOptions(zwnj_model=model), stream=stream)
        for x in lines:
            assert warm.normalize_with_edits(x) == cold.normalize_with_edits(x), x


def test_observed_counts_as_the_chunk_loop():
    # observed() looks up a restored line's chunks in C and analyses only the new ones that may glue a
    # plural or a comparative: the evidence it counts is the plain loop's over every chunk
    from collections import Counter

    from palayesh.normalize.convention import PREFIX, DocConvention

    def by_loop(r, out, glued):
        chunks = out.split(" ")
        infos, changed = [], []
        for j, c in enumerate(chunks):
            x = r._chunks.get(c)
            if x is None and Z._MAY_GLUE_FAMILY(c):
                x = r._chunk(c)
            infos.append(x)
            if x is not None and x[Z.S_CHANGED]:
                changed.append(j)
        kept = Counter(f for f in r._glued_families(chunks, infos, changed) if f != PREFIX)
        seen = Counter(f for f in glued if f != PREFIX)
        kept &= seen
        return sorted([f for f in glued if f == PREFIX] + list(kept.elements())), sorted((seen - kept).elements())

    norm = Normalizer()
    r = norm._restorer()
    lines = LINES + [x.replace("\u200c", "") for x in LINES]
    outs = [norm.normalize(x) for x in lines[:4]]  # (the memo knows some chunks, not all)
    glued = [PREFIX, "ها", "ها", "تر"]
    for line in outs + lines:
        want_glued, want_apart = by_loop(r, line, glued)
        r.doc = DocConvention()
        r._pending = (glued, [])
        r.observed(line)
        assert sorted(r.doc.glued) == sorted(set(want_glued)), line
        assert sorted(r.doc.apart) == sorted(set(want_apart)), line


def _insertion_spans(chunk, full):
    """(offset, before, after) of each ZWNJ ``full`` inserts into ``chunk``, walked letter by letter."""
    at, i, n = [], 0, len(chunk)
    for k, ch in enumerate(full):
        if i < n and chunk[i] == ch:
            i += 1
        elif ch == "\u200c":
            at.append(k)
        else:
            return None
    if i != n:
        return None
    out = []
    for shift, k in enumerate(at):
        lo = k
        while lo > 0 and full[lo - 1] in Z._LETTER_SET:
            lo -= 1
        hi = k + 1
        while hi < len(full) and full[hi] in Z._LETTER_SET:
            hi += 1
        if lo == k or hi == k + 1:
            return None
        out.append((k - shift, full[lo:k], full[k + 1:hi]))
    return out


def test_insertions_find_the_parts_around_each_zwnj():
    # _insertions finds the inserted ZWNJs and the letter runs around them in C (str.replace, str.find,
    # a regex of letter runs): the offsets and parts of the walk letter by letter
    norm = Normalizer()
    r = norm._restorer()
    for x in LINES + [x.replace("\u200c", "") for x in LINES]:
        norm.normalize(x)
    pairs = [(c, t) for c, t in r._ins_memo]
    pairs += [("کتابها", "کتاب\u200cها"), ("کتابها،", "کتاب\u200cها،"), ("«برنامههای»", "«برنامه\u200cهای»"),
              ("کتاب‌ها", "کتاب‌\u200cها"), ("کتابها", "کتاب\u200c\u200cها"), ("کتابها", "\u200cکتابها"),
              ("کتابها", "کتابها\u200c"), ("کتابها", "کتاب\u200cهاا"), ("کتاب‌هایش", "کتاب‌ها\u200cیش"),
              ("کتاب،ها", "کتاب،\u200cها"), ("ab", "a\u200cb"), ("سرمایهگذاریها", "سرمایه\u200cگذاری\u200cها")]
    assert len(pairs) > 20
    for chunk, full in pairs:
        r._ins_memo.clear()
        got = r._insertions(chunk, full)
        want = _insertion_spans(chunk, full)
        assert (None if got is None else [g[:3] for g in got]) == want, (chunk, full)


def test_parse_tries_the_suffixes_a_word_ends_with(restorer):
    # Morphology.parse tries only the suffixes whose last letter ends the word, in their order: the same
    # reading as trying every suffix
    import copy

    m = restorer.morph

    class Every(dict):
        def get(self, key, default=None):
            return m.suffixes

    every = copy.copy(m)
    every._suffixes_by_end = Every()
    words = [w + e for w in list(restorer.res.vocab)[:1500] for e in ("ها", "های", "ای", "ترین", "شان", "یم", "اند")]
    words += ["منطقهای", "نشستهایم", "گرانبهای", "حوثیهای", "دومرحلهای", "میروند", "دقیقتری", "هزینهی"]
    for s in words:
        assert m.parse(s) == every.parse(s), s


def test_parts_left_as_they_are_without_glued(restorer):
    # word() and _sure_parts() skip the call to glued() for a part it leaves as it is at once: the same
    # spelling as glued() part by part, in every mode (but for the lexicon's own spelling of the whole word,
    # typed: word() keeps it, «ثروت‌اندوز» is no «ثروت‌ان‌دوز»)
    words = [w for w in list(restorer.res.forms.values())[:3000] if "\u200c" in w]
    words += ["کتاب\u200cهای", "برنامه\u200cهای\u200cشان", "می\u200cروند", "سرمایهگذاری\u200cها", "دعوتنامه\u200cهای"]
    for w in words:
        for mode in (Z.FULL, Z.AFFIX, Z.TRUSTED, Z.SEEN):
            want = "\u200c".join(restorer.glued(p, mode) for p in w.split("\u200c"))
            skeleton = w.replace("\u200c", "")
            if skeleton in restorer.res.forms and restorer.glued(skeleton, mode) == w:
                want = w
            assert restorer.word(w, mode) == want, (w, mode)
            parts = w.split("\u200c")
            sure = [restorer.glued(p, mode) if len(p) >= 4 else p for p in parts]
            assert restorer._sure_parts(w, mode) == ("\u200c".join(sure) if sure != parts else w), (w, mode)
