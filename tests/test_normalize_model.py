"""The learned gap model of the ZWNJ restorer (``normalize/gapmodel.py``) and ``explain``."""
from __future__ import annotations

import gzip
import os
import subprocess
import sys
from pathlib import Path

import pytest

import palayesh
from palayesh.normalize import NormalizeOptions, Normalizer, explain, gapmodel

Z = "\u200c"


def z(s: str) -> str:
    return s.replace("|", Z)


RULES = Normalizer(NormalizeOptions(zwnj_model=False))
MODEL = Normalizer()


@pytest.mark.parametrize(
    "raw, rules, model",
    [
        # a free pair the lexicon joins, which correctly written text keeps apart
        ("احمد آب دهان قورت می دهد .", "احمد آب|دهان قورت می|دهد .", "احمد آب دهان قورت می|دهد ."),
        ("که برای آن ها قابل فهم نبود", "که برای آن|ها قابل|فهم نبود", "که برای آن|ها قابل فهم نبود"),
        ("در کنار هم قدم برمی دارند", "در کنار هم|قدم برمی|دارند", "در کنار هم قدم برمی|دارند"),
        # a pair no rule proposes, which correctly written text joins
        ("می روند و رئیس جمهوری گفت", "می|روند و رئیس جمهوری گفت", "می|روند و رئیس|جمهوری گفت"),
    ],
)
def test_model_decides_open_pairs(raw, rules, model):
    assert RULES.normalize(raw) == z(rules)
    assert MODEL.normalize(raw) == z(model)


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("کمکها و اقدام های تازه", "کمک|ها و اقدام|های تازه"),  # affixes: the rules' judgement of the writer
        ("شرکت کننده می شود", "شرکت|کننده می|شود"),  # a bound head joins by rule
        ("گرانبهای", "گران|بهای"),  # a line that lost its ZWNJs: the model overrules the lexicon by a margin
        # the spoken «می‌شه» (s51): «شه» is a noun to the lexicon, but the lexicon writes «میشه» as a spoken
        # form of a common stem, «می‌شه», so the verb prefix joins it as it joins «می شود» (it was the model's)
        ("دلم یه جوری می شه", "دلم یه جوری می|شه"),
    ],
)
def test_sure_rules_are_not_asked(raw, expected):
    assert MODEL.normalize(raw) == z(expected)


def test_explain_names_rule_or_model_score():
    text = "می روند و رئیس جمهوری گفت\nاقدام های تازه"
    out, why = MODEL.explain(text)
    assert out == MODEL.normalize(text)
    by_gap = {(w["line"], w["gap"]): w for w in why}
    assert by_gap[(0, "می|روند")]["by"] == "rule: verb prefix"
    assert by_gap[(0, "می|روند")]["was"] == "space" and by_gap[(0, "می|روند")]["now"] == "zwnj"
    assert by_gap[(0, "رئیس|جمهوری")]["by"].startswith("model: p=0.")
    assert by_gap[(1, "اقدام|های")]["by"] == "rule: bound affix"
    assert len(why) == 3  # only changed gaps


def test_explain_reachable_from_the_function():
    assert palayesh.normalize.explain("میروند") == explain("میروند")
    assert explain("سلام دنیا") == []
    assert explain("میروند", zwnj=False) == []


def test_model_off_is_the_rules():
    raw = "احمد آب دهان قورت می دهد"
    assert palayesh.normalize(raw, zwnj_model=False) == RULES.normalize(raw)


def test_model_round_trips_as_text():
    m = gapmodel.GapModel({"Pb=جمهوری": 1.5, "Gc4": -0.25}, bias=-0.5, threshold=0.0,
                          counts={"رییس|جمهوری": (3, 1), "در|حال": (0, 205, 10)})
    m2 = gapmodel.GapModel.loads(m.dumps())
    assert (m2.weights, m2.bias, m2.threshold, m2.counts) == (m.weights, m.bias, m.threshold, m.counts)


def test_news_counts_of_pairs_written_apart():
    """A pair the news writes apart (and glued) but not with a ZWNJ is evidence, not an unseen pair; it
    opens no gap by itself, and a glued gap reads only the pairs written with a ZWNJ."""
    counts = {"رییس|جمهوری": (3, 1), "در|حال": (0, 205, 10)}
    seen_apart = gapmodel.count_features(gapmodel.SPACED, "در", "حال", counts)
    assert seen_apart == ["Pnzx", "Pnr-6", "Png-5"]
    assert gapmodel.count_features(gapmodel.SPACED, "در", "کنار", counts) == ["Pn0"]
    assert gapmodel.count_features(gapmodel.GLUED, "در", "حال", counts) == ["Gn0"]
    assert gapmodel.count_features(gapmodel.GLUED, "رییس", "جمهوری", counts) == ["Gnz1", "Gnr1"]
    assert gapmodel.open_count_pairs(counts) == {"رییس|جمهوری"}


def test_shipped_model_is_small_and_loads():
    from importlib import resources

    raw = resources.files("palayesh").joinpath("data", gapmodel.MODEL).read_bytes()
    assert len(raw) <= 5_000_000
    m = gapmodel.GapModel.loads(gzip.decompress(raw).decode("utf-8"))
    assert len(m.weights) > 1000 and m.counts
    assert resources.files("palayesh").joinpath("data", "NOTICE-zwnj-model.md").is_file()


def test_cli_explain():
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    res = subprocess.run([sys.executable, "-m", "palayesh.cli.normalize", "--explain"],
                         input="می روند و رئیس جمهوری گفت\nسلام\n".encode(), capture_output=True, env=env, timeout=60)
    assert res.returncode == 0, res.stderr
    assert res.stdout.decode() == z("می|روند و رئیس|جمهوری گفت\nسلام\n")
    rows = [r.split("\t") for r in res.stderr.decode().splitlines()]
    assert ["1", "می|روند", "space -> zwnj", "rule: verb prefix"] in rows
    assert any(r[:3] == ["1", "رئیس|جمهوری", "space -> zwnj"] and r[3].startswith("model: p=") for r in rows)


def test_cli_no_zwnj_model():
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    res = subprocess.run([sys.executable, "-m", "palayesh.cli.normalize", "--no-zwnj-model"],
                         input="می روند و رئیس جمهوری گفت\n".encode(), capture_output=True, env=env, timeout=60)
    assert res.stdout.decode() == z("می|روند و رئیس جمهوری گفت\n")


@pytest.mark.parametrize("norm", [RULES, MODEL])
def test_spaced_writer_keeps_own_glued_words(norm):
    # more glued plurals than spaced ones, no final ه or «می» glued: a writer who types spaces for
    # half-spaces and glues plurals on purpose (Seraji's treebank); «کمکها و اقدام های» (as many of a
    # family each way) is still a loss, see test_sure_rules_are_not_asked
    raw = "آدمها و سالها از اقدام های تازه گفتند"
    assert norm.normalize(raw) == z("آدمها و سالها از اقدام|های تازه گفتند")


def test_model_decides_pairs_of_a_line_without_affixes():
    raw = "آقای خاتمی رئیس جمهوری ایران گفت"
    assert RULES.normalize(raw) == raw
    assert MODEL.normalize(raw) == z("آقای خاتمی رئیس|جمهوری ایران گفت")
    (why,) = explain(raw)
    assert why["gap"] == "رئیس|جمهوری" and why["by"].startswith("model: p=")
    # a line with an unmistakably glued affix lost its ZWNJs: its spaces are real, the rules' alone
    assert MODEL.normalize("رئیس جمهوری برنامههای تازه") == z("رئیس جمهوری برنامه|های تازه")


@pytest.mark.parametrize(
    "raw, rules, model",
    [
        # a line that lost its ZWNJs: the model decides its glued compounds (issue 16, deleted mode);
        # UPDT and most of the news glue these, the word lists split them
        ("دستشویی کجاست", "دست|شویی کجاست", "دستشویی کجاست"),
        ("فیلمنامههای او", "فیلم|نامه|های او", "فیلمنامه|های او"),  # the plural stays with the rules
        ("این دعوتنامه را میخوانند", "این دعوت|نامه را می|خوانند", "این دعوت|نامه را می|خوانند"),
    ],
)
def test_model_decides_glued_compounds_of_a_line_that_lost_its_zwnjs(raw, rules, model):
    assert RULES.normalize(raw) == z(rules)
    assert MODEL.normalize(raw) == z(model)
    if rules != model:
        return
    why = {w["gap"]: w["by"] for w in MODEL.explain(raw)[1]}
    assert why["دعوت|نامه"].startswith("model: p=")


def test_model_decides_glued_bound_heads_of_a_line_that_lost_its_zwnjs():
    # a bound head glued in a line that lost its ZWNJs (s26): the model decides, as for other compounds
    # («دینداری», «فیلمسازی»: UPDT and the news mostly glue them; the rules split them), and explain says so
    raw = "این دینداری بود"
    assert RULES.normalize(raw) == z("این دین|داری بود")
    assert MODEL.normalize(raw) == raw
    assert MODEL.normalize("فرایند تصمیمگیری") == z("فرایند تصمیم|گیری")
    why = {w["gap"]: w["by"] for w in MODEL.explain("فرایند تصمیمگیری")[1]}
    assert why["تصمیم|گیری"].startswith("model: p=")
    # a line whose writer types ZWNJs keeps the rule (the model may only veto there, never by itself)
    assert MODEL.normalize("هزینه‌های تصمیمگیری") == z("هزینه|های تصمیم|گیری")
    why = {w["gap"]: w["by"] for w in MODEL.explain("شرکت‌های تصمیمگیری")[1]}
    assert why.get("تصمیم|گیری", "rule: bound head") == "rule: bound head"


def test_personal_ending_after_a_consonant_is_the_models():
    # «اند», «شان» … standing after a word not in ه/ی: no rule joins them; in a line whose writer types
    # spaces for half-spaces (here «می آیند») the model decides, and explain says so (s26)
    raw = "مردم اند که می آیند"
    assert RULES.normalize(raw) == z("مردم اند که می|آیند")
    assert MODEL.normalize(raw) == z("مردم|اند که می|آیند")
    why = {w["gap"]: w["by"] for w in MODEL.explain(raw)[1]}
    assert why["مردم|اند"].startswith("model: p=") and "rule keeps apart" in why["مردم|اند"]
    # a line with no sign of spaces typed for half-spaces is left as written: «شان» is a noun too
    for line in ("حفظ شان و منزلت ملت", "شان او بالاتر از این است"):
        assert MODEL.normalize(line) == line


@pytest.mark.parametrize("norm", [RULES, MODEL])
def test_compound_the_news_glues_is_not_a_sure_split(norm):
    # «نگهداری»: the news glues it (24 to 0), hazm's frequencies weigh for «نگه‌داری»; the build no
    # longer makes such a compound a sure split, so a writer's line with ZWNJs keeps it glued
    line = "هزینه‌های نگهداری از این ساختمان بالاست"
    assert norm.normalize(line) == line
    assert norm.normalize("هزینه های نگهداری از این ساختمان بالاست") == line


def test_training_reads_lines_as_documents():
    """The trainer draws its examples from documents read in order (each corruption of updt-train, then
    of the news, is one document), so the line signs the features read are those of a run: in a spaced
    document that glues its plurals on purpose, a line whose only glued affix is such a plural is
    unsigned (``g0``), as ``palayesh normalize`` reads it (:data:`palayesh.normalize.zwnj.HABITS_UNSIGNED`)."""
    scripts = str(Path(__file__).resolve().parents[1] / "scripts")
    if scripts not in sys.path:
        sys.path.insert(0, scripts)
    import build_zwnj_model

    z = "\u200c"
    gold = [s.replace("|", z) for s in (
        "ارزشهای ما را می|شناسند .", "کتابهای تازه را می|خوانند .", "آدمهای خوب می|آیند .",
        "فرهنگهای کهن می|مانند .", "درختهای بلند می|رویند .", "مدیران شرکتها با رییس|جمهور دیدار کردند .")]
    signs = {f for feats, _ in build_zwnj_model.examples(gold) if "Pb=جمهور" in feats and "Pa=رییس" in feats
             for f in feats if f[:3] in ("Pg0", "Pg1")}
    assert "Pg0s0" in signs  # the spaced document: «شرکتها» is its habit


def test_the_fit_visits_examples_in_an_order_of_their_own():
    """Each epoch of the trainer's SGD visits the examples in an order keyed by the examples themselves
    (``build_zwnj_model.example_keys``), not by their indices: an example added at the front (a line more
    in the training text) leaves the others in the order they had, so a refit moves only by what changed."""
    scripts = str(Path(__file__).resolve().parents[1] / "scripts")
    if scripts not in sys.path:
        sys.path.insert(0, scripts)
    import build_zwnj_model as bzm

    data = [([f"Pa=w{i}", f"Pb=w{i % 7}"], i % 3 == 0) for i in range(40)] + [(["Pa=w1", "Pb=w1"], True)] * 2
    more = [(["Pa=new", "Pb=w0"], False)] + data
    keys, keys_more = bzm.example_keys(data), bzm.example_keys(more)
    assert len(set(keys)) == len(keys)  # (the two identical examples too: each has its place)
    for epoch in range(bzm.EPOCHS):
        order = [keys[i] for i in bzm.keyed_order(keys, bzm.SEED, epoch)]
        order_more = [keys_more[i] for i in bzm.keyed_order(keys_more, bzm.SEED, epoch)]
        assert [k for k in order_more if k != keys_more[0]] == order
    assert bzm.keyed_order(keys, bzm.SEED, 0) != bzm.keyed_order(keys, bzm.SEED, 1)


def test_glued_gaps_have_their_own_threshold():
    """The model splits a glued gap only above its threshold plus ``GLUED_THRESHOLD`` (its fit splits too
    many compounds for the F1 of the splits): «عنقریب» (p 0.24 where the rules split it, in a line that
    lost its ZWNJs) stays glued."""
    from palayesh.normalize import zwnj

    assert zwnj.GLUED_THRESHOLD > 0
    raw = "او عنقریب خواهد آمد"
    assert MODEL.normalize(raw) == raw
    assert RULES.normalize(raw) == z("او عن|قریب خواهد آمد")


_SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def _twice(raw: list[str], stream: bool) -> tuple[list[str], list[str], str]:
    """``raw`` normalized once and the result normalized again (new normalizers: the CLI's stream of lines,
    or one text), with the document's sign after the first pass."""
    if stream:
        n1, n2 = Normalizer(stream=True), Normalizer(stream=True)
        once = [n1.normalize(line) for line in raw]
        return once, [n2.normalize(line) for line in once], n1._doc.sign()
    n1 = Normalizer()
    once = n1.normalize("\n".join(raw)).split("\n")
    return once, Normalizer().normalize("\n".join(once)).split("\n"), n1._doc.sign()


def _corrupt(gold: list[str], how: str, seed: int) -> list[str]:
    import random

    z, rng = "\u200c", random.Random(seed)
    return [g.replace(z, "") if how == "deleted" else g.replace(z, " ") if how == "spaced" else g if how == "clean"
            else "".join(rng.choice((z, "", " ")) if ch == z else ch for ch in g) for g in gold]


@pytest.mark.skipif(not (_SHARED_DATA / "corpora" / "news-dev.jsonl.gz").is_file(), reason="news corpus not found")
@pytest.mark.parametrize("how", ["deleted", "spaced", "clean", "mixed"])
@pytest.mark.parametrize("stream", [True, False])
def test_normalizing_twice_is_normalizing_once_in_every_kind_of_document(how, stream):
    """A document is read with its sign (DocConvention.sign): restoring it weakens "D" and strengthens "N",
    and the model reads each one way only, so a second pass changes nothing, in documents that type spaces
    for their half-spaces ("D"), lost them or type them ("N"), or mix all three; 150 careful news
    paragraphs, written as PerDT is."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    import build_zwnj_model

    gold = build_zwnj_model.careful_paragraphs(_SHARED_DATA / "corpora" / "news-dev.jsonl.gz", 150, part=0)
    once, twice, sign = _twice(_corrupt(gold, how, 3), stream)
    assert [t for t, o in zip(twice, once) if t != o] == []
    assert sign == {"spaced": "D", "deleted": "N", "clean": "N"}.get(how, sign)


@pytest.mark.skipif(not (_SHARED_DATA / "updt-train" / "updt-train.txt").is_file(), reason="updt-train not found")
@pytest.mark.parametrize("how", ["deleted", "clean", "mixed", "spaced"])
def test_normalizing_twice_is_normalizing_once_in_treebank_documents(how):
    """The same on 120 UPDT sentences in order (Seraji's conventions: plurals often glued). A glued plural
    split in a document's first lines, before its habit (DocConvention.glues) was learned, counts as written
    apart in the first pass too (ZwnjRestorer.observed), as the second pass reads it: both passes learn the
    habit at the same lines and keep the same later plurals («سنگهای») glued."""
    lines = [line.strip() for line in (_SHARED_DATA / "updt-train" / "updt-train.txt").open(encoding="utf-8")
             if line.strip()]
    for stream in (True, False):
        once, twice, _ = _twice(_corrupt(lines[2200:2320], how, 31), stream)
        assert [t for t, o in zip(twice, once) if t != o] == []


@pytest.mark.skipif(not (_SHARED_DATA / "corpora" / "news-dev.jsonl.gz").is_file(), reason="news corpus not found")
def test_a_pair_the_news_writes_apart_opens_the_same_way_in_a_second_pass():
    """The news' first 700 paragraphs, each ZWNJ kept, deleted or spaced at random, as one document: its
    glued «میشود» say its writer lost ZWNJs (DocConvention.glues is False) until restoration types them
    («می‌شود»: True in a second pass). A pair the news writes apart («به زودی») opens to the model by the
    document's plurals alone (DocConvention.keeps_glued), which both passes count alike: before, the second
    pass joined «به‌زودی» where the first had left it apart."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    import check_zwnj_idempotence as idem

    raw = idem.corrupt(idem.news_paragraphs(_SHARED_DATA / "corpora" / "news-dev.jsonl.gz", 700), "mixed")
    once, twice, _ = _twice(raw, True)
    assert [(o, t) for t, o in zip(twice, once) if t != o] == []


def test_the_document_sign_moves_the_model_one_way_only():
    """"D" never lowers a spaced pair's margin and "N" never raises it, whatever the weights say (see
    DocConvention.sign); the shipped model's sign weights already keep those sides."""
    from palayesh.normalize import gapmodel
    from palayesh.normalize.convention import DocConvention

    model = gapmodel.load()
    for f, v in model.weights.items():
        if f[1:2] == "~":
            assert v * gapmodel.DOC_SIGNS[f[2]] >= 0, f
    restorer = Normalizer()._restorer()
    saved = dict(restorer.model.weights)
    try:
        restorer.model.weights.update({"P~D": -5.0, "P~N": 5.0})
        restorer._context_margins.clear()
        assert restorer._doc_margin("D", 0, 3, "g0s0") >= 0.0
        assert restorer._doc_margin("N", 0, 3, "g0s0") <= 0.0
    finally:
        restorer.model.weights.clear()
        restorer.model.weights.update(saved)
        restorer._context_margins.clear()
    assert DocConvention().sign() == ""


def test_a_line_is_read_with_its_documents_sign():
    """A line that shows no affix of its own («رییس جمهور») in a document that typed spaces for its
    half-spaces joins, and the explanation says why; the same line in a document that typed its ZWNJs
    stays apart (its spaces are spaces)."""
    z = "\u200c"
    first = ["ارزش|های ما را می|شناسند .", "کتاب|های تازه را می|خوانند .", "آدم|های خوب می|آیند .",
             "درخت|های بلند می|رویند ."]
    last = "او با رییس جمهور دیدار کرد ."
    out, why = MODEL.explain("\n".join([s.replace("|", " ") for s in first] + [last]))
    assert out.split("\n")[-1] == f"او با رییس{z}جمهور دیدار کرد ."
    assert [w["by"] for w in why if w["line"] == 4][0].endswith("; the document types spaces for half-spaces)")
    assert MODEL.normalize("\n".join([s.replace("|", z) for s in first] + [last])).split("\n")[-1] == last


def _with_model(model: gapmodel.GapModel) -> Normalizer:
    """A normalizer whose restorer decides with ``model`` (one document, as the CLI reads it)."""
    from palayesh.normalize import resources
    from palayesh.normalize.zwnj import ZwnjRestorer

    n = Normalizer(stream=True)
    n._zwnj = ZwnjRestorer(resources.load(), model=model)
    return n


@pytest.mark.parametrize("weight, expected", [(5.0, "دو نماینده هم|جناح آمدند"), (-5.0, "دو نماینده همجناح آمدند")])
def test_unknown_glued_word_splits_at_a_pair_the_model_knows(weight, expected):
    # «همجناح» is no word of the lexicon and no affix splits it: a pair the training text writes with a
    # ZWNJ («هم‌جناح») opens the gap, and the model decides it (issue 16: deleted gaps no one proposed)
    model = gapmodel.GapModel({"Gab=هم|جناح": weight}, pairs={"هم|جناح"})
    assert _with_model(model).normalize("دو نماینده همجناح آمدند") == z(expected)


def test_unknown_glued_word_splits_at_a_pair_the_news_writes_with_a_zwnj():
    # the news counts open the gap too (written with a ZWNJ at least MIN_OPEN_ZWNJ times)
    model = gapmodel.GapModel({"Gab=به|تازگی": 5.0}, counts={"به|تازگی": (gapmodel.MIN_OPEN_ZWNJ, 0)})
    assert _with_model(model).normalize("او بهتازگی آمد") == z("او به|تازگی آمد")
    rare = gapmodel.GapModel({"Gab=به|تازگی": 5.0}, counts={"به|تازگی": (gapmodel.MIN_OPEN_ZWNJ - 1, 9)})
    assert _with_model(rare).normalize("او بهتازگی آمد") == "او بهتازگی آمد"


@pytest.mark.parametrize("raw, pair", [
    ("همچنین گفت", "هم|چنین"),  # a word of the lexicon is not split at a known pair
    ("بادهای تند", "باده|ای"),  # an affix is the morphology's: «بادهای» is the plural, no «باده‌ای»
])
def test_known_pair_does_not_split_known_words_or_affixes(raw, pair):
    model = gapmodel.GapModel({f"Gab={pair}": 5.0}, pairs={pair}, counts={pair: (9, 0)})
    assert _with_model(model).normalize(raw) == raw


@pytest.mark.parametrize(
    "counts, apart",
    [
        ((1, 32), True),  # «به شدت»: 32 times apart, once with a ZWNJ
        ((0, 20, 17), True),  # «هر چند»: apart or glued, never with a ZWNJ
        ((5, 15), False),  # «نه تنها»: a third of its sightings with a ZWNJ
        ((2, 3), False),
        ((0, 8), False),  # «رئیس جمهوری»: too few sightings to tell a convention
        (None, False),  # a pair the news never shows
    ],
)
def test_pairs_the_news_writes_apart(counts, apart):
    assert gapmodel.written_apart(counts) is apart


def test_a_pair_the_news_writes_apart_is_joined_only_by_a_writer_who_glues_plurals():
    """«به شدت» (updt-train, Seraji's convention: «به‌شدت»; the news, as PerDT: apart) is no question
    for the model in a document that does not glue its plurals, and is one in a document that does."""
    raw = "او به شدت از کتاب ها انتقاد می کرد ."
    assert Normalizer(stream=True).normalize(raw) == z("او به شدت از کتاب|ها انتقاد می|کرد .")
    seraji = Normalizer(stream=True)
    for _ in range(6):  # glued plurals beside a «می» typed apart: plurals glued on purpose
        seraji.normalize("کتابها را می خوانند و درسها را می نویسند .")
    _, trace = seraji.explain("او به شدت از کتابها انتقاد می کرد .")
    assert any(t["gap"] == "به|شدت" and t["by"].startswith("model") for t in trace)


@pytest.mark.parametrize("weight, expected", [
    (5.0, "ارزش|ها و آدم|ها می|آیند"),  # the model agrees with the rules: the ZWNJ was lost
    (0.0, "ارزش|ها و آدم|ها می|آیند"),  # the model has nothing to say: the rules' split stands
    (-5.0, "ارزشها و آدم|ها می|آیند"),  # the model reads a word written glued by habit (Seraji's «ارزشها»)
])
def test_a_plural_glued_in_a_line_that_lost_its_zwnjs_is_the_models(weight, expected):
    # issue 16, deleted text: UPDT glues «ارزشها» as often as PerDT and the news write «ارزش‌ها», so in a
    # line that lost its ZWNJs a plural (or «تر…») glued at a joining letter of a word the news glues too
    # (here 8 times glued, 2 with a ZWNJ) is the model's, which must overrule the rules' split by
    # HABIT_MARGIN; «آدمها», which the news never shows glued here, stays with the rules
    from palayesh.normalize import zwnj

    model = gapmodel.GapModel({"Gab=ارزش|ها": weight, "Gab=آدم|ها": -5.0},
                              counts={"ارزش|ها": (2, 5, 8), "آدم|ها": (40, 5, 1)})
    norm = _with_model(model)
    assert norm.normalize("ارزشها و آدمها میآیند") == z(expected)
    assert zwnj.HABIT_MARGIN > 0
    out, why = _with_model(model).explain("ارزشها و آدمها میآیند")
    assert out == z(expected)
    assert {w["gap"]: w["by"] for w in why}.get("ارزش|ها", "model: p=").startswith("model: p=")
    assert {w["gap"]: w["by"] for w in why}["آدم|ها"] == "rule: affix"


def test_habit_affix_reads_how_the_news_writes_the_word():
    # the news counts of «a|b» (with a ZWNJ, apart, glued) give a glued habit gap its own feature
    counts = {"سال|ها": (40, 30, 90), "کتاب|ها": (60, 20, 2)}
    assert gapmodel.count_features(gapmodel.GLUED, "سال", "ها", counts)[-1] == "Gh1"
    assert gapmodel.count_features(gapmodel.GLUED, "کتاب", "ها", counts)[-1] == "Gh-4"
    assert gapmodel.count_features(gapmodel.GLUED, "نو", "ها", counts) == ["Gn0", "Gh_"]


def test_the_folds_score_a_sentence_as_a_document_of_its_own():
    """``eval_zwnj_folds.py --unit sentence`` reads every gold sentence as a document of its own (one
    ``Normalizer(stream=False)``: no writer's convention carries from one sentence to the next), the unit of
    a test that scores sentences one by one; ``--unit document`` (the default) one stream, as before."""
    scripts = str(Path(__file__).resolve().parents[1] / "scripts")
    if scripts not in sys.path:
        sys.path.insert(0, scripts)
    import eval_zwnj_folds as ef

    from palayesh.normalize import NormalizeOptions, Normalizer

    scorer = ef.load_scorer(ef.SHARED / "tools" / "score_zwnj.py")
    made = []

    def make(stream=True):
        made.append(stream)
        return Normalizer(NormalizeOptions(zwnj_model=False), stream=stream)

    z = "\u200c"
    gold = [s.replace("|", z) for s in ("کتابها را می|خوانند .", "درختها می|رویند .", "آدمها می|روند .",
                                        "اسبها می|دوند .", "درسها سخت هستند .")]
    doc, sent = ef.score(scorer, make, gold), ef.score(scorer, make, gold, "sentence")
    assert made == [True] * len(ef.MODES) + [False] * len(ef.MODES)
    assert set(doc) == set(sent) == set(ef.MODES)
    # (a writer who glues plurals on purpose: in one stream the last line's «درسها» is their habit, alone
    # it reads as a word that lost its ZWNJ)
    assert doc["clean"]["gap_error"] == 0 < sent["clean"]["gap_error"]


def test_error_classes_tell_a_knowledge_gap_from_a_convention():
    """``zwnj_error_classes.py --by-news`` splits each wrong gap by how the news writes its two parts: as the
    gold did (the news would have taught it), as the output did (UPDT's convention against the news'), both,
    or not at all; the parts are read unfolded, as the news counts spell them («آدم», not the scorer's «ادم»)."""
    scripts = str(Path(__file__).resolve().parents[1] / "scripts")
    if scripts not in sys.path:
        sys.path.insert(0, scripts)
    import eval_zwnj_folds as ef
    import zwnj_error_classes as zc

    # «ارزشها» glued in UPDT's gold, «ارزش‌ها» in the output: the news glues it 9 times, 2 with a ZWNJ
    assert zc.news_side((2, 1, 9), "NONE", "ZWNJ") == "as gold"
    # «کتابها» glued in the gold: the news writes «کتاب‌ها» 60 times, glued twice: a convention
    assert zc.news_side((60, 20, 2), "NONE", "ZWNJ") == "as output"
    # «سالها»: the news both ways
    assert zc.news_side((8, 9, 8), "NONE", "ZWNJ") == "both"
    # a spaced gold «به زودی» the output joined: 39 apart, 3 with a ZWNJ
    assert zc.news_side((3, 39), "SPACE", "ZWNJ") == "as gold"
    assert zc.news_side(None, "ZWNJ", "NONE") == zc.news_side((0, 7), "ZWNJ", "NONE") == "unseen"
    scorer = ef.load_scorer(ef.SHARED / "tools" / "score_zwnj.py")
    text = "آدم\u200cها، رئیس"
    assert zc.letters_of(scorer, text) == "آدمهارئیس"
    assert len(zc.letters_of(scorer, text)) == len(scorer.skeleton(text)[0])
