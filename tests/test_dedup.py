"""Exact and near-duplicate removal, and story clusters (palayesh.dedup)."""
from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

import floors
from conftest import SHARED, read_rows
from palayesh.dedup import DedupOptions, process_barrier, process_steps, write_steps
from palayesh.dedup.keys import exact_key, own_copy, words
from palayesh.options import OptionsError
from palayesh.pipeline.base import BarrierTask, Context, run_barrier

# -- material: two stories of one agency (same dateline shape, same closing line) -------------------

STORY_A = [
    "به گزارش خبرنگار اقتصادی خبرگزاری فارس، رئیس کل بانک مرکزی امروز در نشست خبری اعلام کرد که نرخ تورم "
    "در سه ماه گذشته کاهش یافته و سیاست‌های پولی جدید از ابتدای ماه آینده اجرا می‌شود.",
    "وی افزود: ذخایر ارزی کشور در وضعیت مناسبی قرار دارد و بانک‌ها موظف هستند تسهیلات تولیدی را "
    "در اولویت قرار دهند تا واحدهای کوچک و متوسط از رکود خارج شوند.",
    "رئیس کل بانک مرکزی همچنین گفت که بازار ارز با عرضه بیشتر در سامانه معاملات به ثبات رسیده است "
    "و نوسانات اخیر ریشه در انتظارات روانی داشته است.",
    "این مقام مسئول در پایان از برگزاری جلسه مشترک با وزارت اقتصاد در هفته آینده برای بررسی "
    "بودجه سال ۱۴۰۲ و کسری آن خبر داد.",
]
STORY_B = [
    "به گزارش خبرنگار اقتصادی خبرگزاری فارس، وزیر راه و شهرسازی صبح امروز در بازدید از پروژه "
    "مسکن ملی در شهر جدید پردیس گفت که ۲۰ هزار واحد تا پایان سال به متقاضیان تحویل داده می‌شود.",
    "وی با اشاره به مشکلات تامین مصالح ساختمانی افزود: قیمت سیمان و آهن در ماه‌های اخیر افزایش "
    "یافته اما پیمانکاران با حمایت دولت کار را ادامه داده‌اند.",
    "وزیر راه و شهرسازی همچنین از آغاز ساخت خط دوم قطار حومه‌ای تهران به پردیس در بهار آینده "
    "خبر داد و گفت اعتبار این طرح از محل اوراق مشارکت تامین شده است.",
    "این مقام مسئول در پایان از برگزاری جلسه مشترک با وزارت اقتصاد در هفته آینده برای بررسی "
    "بودجه سال ۱۴۰۲ و کسری آن خبر داد.",
]


def republished(paras, site):
    """A republisher's copy: dateline rewritten to quote the agency."""
    first = paras[0].replace("به گزارش خبرنگار اقتصادی خبرگزاری فارس،", f"به گزارش {site} به نقل از فارس،")
    return [first, *paras[1:]]


def yk_zwnj_digits(text):
    """The same text as a careless site writes it: Arabic ي/ك, no ZWNJ, ASCII digits."""
    return (text.replace("ی", "ي").replace("ک", "ك").replace("\u200c", "")
            .translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")))


def typos(text, n, seed=0):
    """``n`` words with one letter dropped."""
    rng = random.Random(seed)
    w = text.split(" ")
    for i in rng.sample(range(len(w)), n):
        if len(w[i]) > 2:
            w[i] = w[i][:-1]
    return " ".join(w)


def doc(i, paras, **kw):
    d = {"id": i, "text": "\n".join(paras) if isinstance(paras, list) else paras, "title": kw.pop("title", None),
         "agency": "فارس", "host": "site.ir", "url": None, "published": "2023-05-01", "source": i, "reason": None}
    d.update(kw)
    return d


def run_dedup(tmp_path, shards, parts=False, one_process_docs=0, map_tasks=None, **options):
    """process step -> barrier -> write step over ``shards`` (lists of docs), like a refine run;
    with ``parts``, the barrier runs as prepare -> parts -> reduce, as the executors run it (in
    rounds unless the run has at most ``one_process_docs`` documents)."""
    opts = DedupOptions(**options)
    work = tmp_path / "work"
    (step,), barrier, (apply,) = process_steps(opts), process_barrier(opts), write_steps(opts)
    barrier.ONE_PROCESS_DOCS = one_process_docs
    for s, docs in enumerate(shards):
        ctx = Context(shard=s, stage="process", work_dir=work)
        step.setup(ctx)
        shards[s] = list(step.run(docs, ctx))
        step.finish(ctx)
    (work / "shared").mkdir(parents=True, exist_ok=True)
    ids = list(range(len(shards)))
    if parts:
        counters = run_barrier(BarrierTask(barrier, work, "process", tuple(ids)), map_tasks or backwards)
    else:
        counters = barrier.reduce(work, "process", ids)
    out = []
    for s, docs in enumerate(shards):
        ctx = Context(shard=s, stage="write", work_dir=work)
        apply.setup(ctx)
        out.extend(apply.run(docs, ctx))
    return out, counters


def backwards(fn, tasks):
    """An executor's ``map`` that runs the tasks of a round last first (the order must not matter)."""
    for task in reversed(list(tasks)):
        yield task, fn(task)


def by_id(docs):
    return {d["id"]: d for d in docs}


# -- keys -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("مي‌رود به خانه", "میرود به خانه"),                 # ي/ی and ZWNJ vs nothing
    ("کتاب‌های تازه", "كتاب هاي تازه"),                 # ZWNJ vs space, ك/ک
    ("سال ۱۴۰۲ و 1402", "سال ١٤٠٢ و ۱۴۰۲"),              # Persian, Arabic-Indic and ASCII digits
    ("«خبر»: تازه!", "خبر تازه"),                       # punctuation forgotten
])
def test_exact_key_equal(a, b):
    assert exact_key(a) == exact_key(b)


@pytest.mark.parametrize("a, b", [
    ("سال ۱۴۰۲", "سال ۱۴۰۳"),   # another number is another text
    ("کتاب تازه", "کتاب کهنه"),  # another word
])
def test_exact_key_differs(a, b):
    assert exact_key(a) != exact_key(b)


@pytest.mark.parametrize("text, expected", [
    ("نمی‌خواهند", ["نمیخواهند"]),          # ZWNJ dropped inside the word
    ("نمی خواهند", ["نمیخواهند"]),          # split prefix joined back
    ("کتاب های تازه‌تر", ["کتابهای", "تازهتر"]),  # split suffixes joined back
    ("رفته است", ["رفته", "است"]),           # «است» is a word of its own
])
def test_words(text, expected):
    assert words(text) == expected


@pytest.mark.parametrize("d, expected", [
    ({"agency": "فارس", "host": "www.farsnews.ir", "text": "..."}, 2),            # on the agency's own host
    ({"agency": "فارس", "host": "x.ir", "text": "به گزارش خبرنگار خبرگزاری فارس، ..."}, 1),  # own reporter
    ({"agency": "فارس", "host": "x.ir", "text": "به گزارش سایت ما به نقل از فارس، ..."}, 0),  # quoted copy
    ({"agency": None, "host": "farsnews.ir", "text": "..."}, 0),                  # agency unknown
    ({"agency": "مهر", "host": "farsnews.ir", "text": "..."}, 0),                 # another agency's host
])
def test_own_copy(d, expected):
    assert own_copy(d) == expected


def test_options_validated():
    with pytest.raises(OptionsError):
        DedupOptions(min_jaccard=1.5)
    with pytest.raises(OptionsError):
        DedupOptions(bands="many")


# -- duplicates or not ----------------------------------------------------------------------------

PAIR_CASES = [
    # a republished copy with a rewritten dateline is a near duplicate
    (STORY_A, republished(STORY_A, "پیام البرز"), "dedup_near_duplicate"),
    # copy without the last paragraph and with an intro sentence
    (STORY_A, ["سایت ما این خبر را از منابع رسمی دریافت کرده است."] + republished(STORY_A, "رصد")[:-1],
     "dedup_near_duplicate"),
    # copy with typos and a rewritten dateline
    (STORY_A, [typos(p, 2, seed=i) for i, p in enumerate(republished(STORY_A, "خبرآرا"))], "dedup_near_duplicate"),
    # same text with ي/ك, no ZWNJ and ASCII digits: an exact duplicate
    (STORY_A, [yk_zwnj_digits(p) for p in STORY_A], "dedup_exact"),
    # two different stories of the same agency (same dateline, same closing paragraph): not duplicates
    (STORY_A, STORY_B, None),
    # different stories, both republished by the same site: still not duplicates
    (republished(STORY_A, "رصد"), republished(STORY_B, "رصد"), None),
]


@pytest.mark.parametrize("a, b, expected", PAIR_CASES)
def test_pairs(tmp_path, a, b, expected):
    docs = [doc("a", a, published="2023-05-01"), doc("b", b, published="2023-05-02")]
    out, _ = run_dedup(tmp_path, [docs])
    d = by_id(out)
    assert d["a"]["reason"] is None  # the earlier copy is kept
    assert d["b"]["reason"] == expected
    if expected:
        assert d["a"]["dup_cluster"] == d["b"]["dup_cluster"] == "a"
    else:
        assert d["a"].get("dup_cluster") is None and d["b"].get("dup_cluster") is None


KEPT_CASES = [
    # the copy on the agency's own host is kept, though published later and shorter
    ([doc("r1", republished(STORY_A, "رصد"), published="2023-05-01", host="rasad.ir"),
      doc("own", STORY_A[:-1], published="2023-05-03", host="www.farsnews.ir")], "own"),
    # the copy whose dateline names the agency's own reporter beats the quoted copies
    ([doc("r1", republished(STORY_A, "رصد"), published="2023-05-01"),
      doc("r2", STORY_A, published="2023-05-02")], "r2"),
    # no own copy: the earliest is kept (undated copies come last)
    ([doc("r1", republished(STORY_A, "رصد"), published=None),
      doc("r2", republished(STORY_A, "خبرآرا"), published="2023-05-04"),
      doc("r3", republished(STORY_A, "پیام"), published="2023-05-02")], "r3"),
    # same day: the most complete copy is kept
    ([doc("r1", republished(STORY_A, "رصد")[:-1]), doc("r2", republished(STORY_A, "پیام"))], "r2"),
    # a full tie: the smallest id is kept
    ([doc("z", STORY_A), doc("m", STORY_A)], "m"),
]


@pytest.mark.parametrize("docs, kept", KEPT_CASES)
def test_kept_copy(tmp_path, docs, kept):
    out, _ = run_dedup(tmp_path, [docs])
    for d in out:
        assert d["dup_cluster"] == kept
        assert (d["reason"] is None) == (d["id"] == kept)


def test_rejected_pass_through(tmp_path):
    # a document rejected by an earlier step keeps its reason and joins no cluster
    docs = [doc("a", STORY_A), doc("b", STORY_A, reason="quality_too_short"), doc("c", STORY_A)]
    out, _ = run_dedup(tmp_path, [docs])
    d = by_id(out)
    assert d["b"]["reason"] == "quality_too_short" and d["b"].get("dup_cluster") is None
    assert d["c"]["reason"] == "dedup_exact" and d["c"]["dup_cluster"] == "a"
    assert [x["id"] for x in out] == ["a", "b", "c"]  # order and count unchanged


# -- determinism and scale-out ------------------------------------------------------------------

VOCAB = ("بانک دولت مجلس وزیر تورم نرخ بازار ارز طلا سکه مسکن خودرو نفت گاز برق آب بودجه مالیات کارگر "
         "دانشگاه مدرسه بیمارستان پزشک دارو واکسن ورزش فوتبال تیم بازیکن مربی لیگ جام قهرمانی استادیوم "
         "تهران اصفهان شیراز تبریز مشهد کرج قم اهواز رشت کرمان سال ماه هفته امروز دیروز فردا گفت افزود "
         "کرد شد است بود دارد خواهد باید نیز همچنین اما زیرا برای این آن که از به با در را تا هم").split()


def synthetic_corpus(n_stories=40, seed=7):
    """Stories of 60-120 random words and 0-3 lightly edited copies of each, on several sites."""
    rng = random.Random(seed)
    docs = []
    for s in range(n_stories):
        body = [" ".join(rng.choice(VOCAB) for _ in range(rng.randint(20, 40))) for _ in range(3)]
        paras = [f"به گزارش خبرگزاری فارس، {body[0]}", *body[1:]]
        docs.append(doc(f"s{s:03d}-0", paras, published=f"2023-05-{1 + s % 28:02d}"))
        for c in range(1, rng.choice([1, 1, 2, 3, 4])):
            copy = [f"به گزارش سایت {c} به نقل از فارس، {body[0]}", *body[1:]]
            if rng.random() < 0.5:
                copy = copy[:-1] + [typos(copy[-1], 2, seed=c)]
            docs.append(doc(f"s{s:03d}-{c}", copy, published=f"2023-05-{1 + s % 28:02d}"))
    return docs


def test_synthetic_clusters_and_shard_order(tmp_path):
    docs = synthetic_corpus()
    truth = {d["id"]: d["id"].split("-")[0] for d in docs}
    rng = random.Random(1)
    results = []
    for k, n_shards in enumerate((1, 3, 5)):
        shuffled = [dict(d) for d in docs]
        rng.shuffle(shuffled)  # another shard plan and another order of documents
        shards = [shuffled[i::n_shards] for i in range(n_shards)]
        out, counters = run_dedup(tmp_path / str(k), shards)
        results.append({d["id"]: (d.get("dup_cluster"), d.get("reason"), d.get("story")) for d in out})
    assert results[0] == results[1] == results[2]
    got = results[0]
    for i, (cluster, reason, _) in got.items():
        story = truth[i]
        copies = [j for j in truth if truth[j] == story]
        if len(copies) == 1:
            assert cluster is None, i
        else:
            assert cluster == f"{story}-0", i  # the agency's own copy
            assert (reason is None) == (i == f"{story}-0")


def decision_bytes(work):
    return {f.name: f.read_bytes() for f in sorted((work / "shared").glob("dedup-decisions-*"))}


@pytest.mark.parametrize("sizes, options", [
    ((2_000_000, 200_000, 4), {}),                         # one key range, one chunk
    ((7, 9, 3), {}),                                       # many key ranges, chunks and cluster parts
    ((5, 4, 2), {"exact": False}),
    ((5, 4, 2), {"stories": False, "min_words": 5}),
])
def test_barrier_in_parts_decides_the_same(tmp_path, monkeypatch, sizes, options):
    # the partitioned barrier (scatter, rank, exact groups by key range, LSH by band x key range,
    # centre clusters by graph component, stories likewise), its rounds' tasks run in reverse
    # order, leaves decision files byte for byte those of the barrier in one process
    from palayesh.dedup.barrier import DedupBarrier

    part_docs, chunk_docs, cluster_parts = sizes
    monkeypatch.setattr(DedupBarrier, "PART_DOCS", part_docs)
    monkeypatch.setattr(DedupBarrier, "CHUNK_DOCS", chunk_docs)
    monkeypatch.setattr(DedupBarrier, "CLUSTER_PARTS", cluster_parts)
    docs = synthetic_corpus(seed=11)
    docs += [dict(d, id=d["id"] + "-again") for d in docs[::7]]  # exact copies too
    docs += [dict(d, id="same-id") for d in docs[3:9]]           # colliding ids
    plan = [docs[k::5] for k in range(5)]
    whole, c1 = run_dedup(tmp_path / "whole", [[dict(d) for d in s] for s in plan], **options)
    split, c2 = run_dedup(tmp_path / "split", [[dict(d) for d in s] for s in plan], parts=True, **options)

    def key(out):
        return [(d["id"], d.get("dup_cluster"), d.get("dup_score"), d.get("reason"), d.get("story")) for d in out]

    assert key(whole) == key(split)
    a, b = decision_bytes(tmp_path / "whole" / "work"), decision_bytes(tmp_path / "split" / "work")
    assert len(a) == 5 and a == b
    c1.pop("near_candidates", None)  # the parts count candidates band by band
    assert c1 == c2 and c1["dropped_near_duplicate"] > 5
    if options.get("exact", True):
        assert c1["dropped_exact"] > 5 and c1.get("stories", 1) > 0


def test_barrier_in_parts_with_an_empty_shard(tmp_path):
    # a shard whose documents were all dropped before dedup has no rows: the parts still decide
    # the others' as the one-process barrier does (it once failed reading the empty shard's ids)
    docs = synthetic_corpus(seed=5)
    plan = [docs[0::2], [], docs[1::2]]
    whole, _ = run_dedup(tmp_path / "whole", [[dict(d) for d in s] for s in plan])
    split, _ = run_dedup(tmp_path / "split", [[dict(d) for d in s] for s in plan], parts=True)
    assert [(d["id"], d.get("dup_cluster"), d.get("reason")) for d in whole] == \
        [(d["id"], d.get("dup_cluster"), d.get("reason")) for d in split]
    assert decision_bytes(tmp_path / "whole" / "work") == decision_bytes(tmp_path / "split" / "work")


def test_barrier_in_parts_with_no_document(tmp_path):
    # every document dropped before dedup (a run of near-empty pages): the rounds have nothing to do
    # and the decisions are those of the one-process barrier (it once failed reading the ids' runs)
    whole, c1 = run_dedup(tmp_path / "whole", [[], []])
    split, c2 = run_dedup(tmp_path / "split", [[], []], parts=True)
    assert whole == split == []
    assert decision_bytes(tmp_path / "whole" / "work") == decision_bytes(tmp_path / "split" / "work")


def on_copies(fn, tasks):
    """An executor's ``map`` whose tasks work at the same time, each on its own copy of the work
    folder, as on object storage (:class:`palayesh.storage.Mirror`): every task of a round copies
    the folder as it was before the round; what each wrote or deleted is copied back after."""
    import dataclasses
    import shutil

    tasks = list(tasks)
    work = Path(tasks[0].work_dir)
    runs = []
    for k, task in enumerate(tasks):
        mine = work.parent / f"copy-{k}"
        shutil.rmtree(mine, ignore_errors=True)
        shutil.copytree(work, mine)
        runs.append((task, mine, {p.relative_to(mine): p.read_bytes() for p in mine.rglob("*") if p.is_file()}))
    for task, mine, before in reversed(runs):
        out = fn(dataclasses.replace(task, work_dir=mine))
        after = {p.relative_to(mine): p for p in mine.rglob("*") if p.is_file()}
        for rel, p in after.items():
            if before.get(rel) != p.read_bytes():
                (work / rel).parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(p, work / rel)
        for rel in set(before) - set(after):
            (work / rel).unlink(missing_ok=True)
        shutil.rmtree(mine)
        yield task, out


def test_barrier_in_parts_on_copies_decides_the_same(tmp_path, monkeypatch):
    # each task on its own copy of the files (object storage): two scatter parts once wrote their
    # rows into one shared file each, and the copy uploaded last wiped the other's rows
    from palayesh.dedup.barrier import DedupBarrier

    monkeypatch.setattr(DedupBarrier, "CHUNK_DOCS", 40)
    docs = synthetic_corpus(seed=11)
    plan = [docs[k::4] for k in range(4)]
    whole, _ = run_dedup(tmp_path / "whole", [[dict(d) for d in s] for s in plan])
    split, _ = run_dedup(tmp_path / "split", [[dict(d) for d in s] for s in plan], parts=True, map_tasks=on_copies)
    assert decision_bytes(tmp_path / "whole" / "work") == decision_bytes(tmp_path / "split" / "work")
    assert sum(d.get("reason") == "dedup_near_duplicate" for d in split) > 5


def test_small_run_skips_the_rounds(tmp_path):
    # a run of at most ONE_PROCESS_DOCS documents is clustered by the reduce alone: one prepare
    # task that plans nothing, no part (each would read its inputs again, on object storage over
    # the network), the same decisions
    docs = synthetic_corpus(seed=5)
    plan = [docs[0::2], docs[1::2]]
    tasks = []

    def record(fn, ts):
        ts = list(ts)
        tasks.extend((fn.__name__, t.round, t.part) for t in ts)
        yield from backwards(fn, ts)

    whole, _ = run_dedup(tmp_path / "whole", [[dict(d) for d in s] for s in plan])
    small, _ = run_dedup(tmp_path / "small", [[dict(d) for d in s] for s in plan], parts=True,
                         one_process_docs=len(docs), map_tasks=record)
    assert tasks == [("prepare_barrier", 0, None), ("reduce_barrier", 0, None)]
    assert not (tmp_path / "small" / "work" / "process" / "dedup-spill" / "plan.json").exists()
    assert decision_bytes(tmp_path / "whole" / "work") == decision_bytes(tmp_path / "small" / "work")
    tasks.clear()
    run_dedup(tmp_path / "rounds", [[dict(d) for d in s] for s in plan], parts=True,
              one_process_docs=len(docs) - 1, map_tasks=record)
    assert {r for name, r, _ in tasks if name == "run_barrier_part"} == set(range(6))


def test_colliding_ids(tmp_path):
    # two inputs may give documents the same id: both stay, decisions are per (shard, position)
    docs = [doc("x", STORY_A), doc("x", STORY_B), doc("y", republished(STORY_B, "رصد"))]
    out, _ = run_dedup(tmp_path, [docs[:1], docs[1:]])
    assert [d["reason"] for d in out] == [None, None, "dedup_near_duplicate"]
    assert out[0].get("dup_cluster") is None and out[2]["dup_cluster"] == "x"


def test_stories(tmp_path):
    # two outlets' own reports of one event (different sentences, same names and numbers) form a story;
    # a report of another event does not join it
    a = doc("a", ["رئیس کل بانک مرکزی امروز اعلام کرد نرخ تورم در سه ماه گذشته کاهش یافته و ذخایر ارزی کشور "
                  "در وضعیت مناسبی قرار دارد؛ سیاست‌های پولی جدید بانک مرکزی از ابتدای ماه آینده اجرا می‌شود "
                  "و تسهیلات تولیدی در اولویت بانک‌ها قرار می‌گیرد."],
            title="رئیس کل بانک مرکزی: نرخ تورم کاهش یافت")
    b = doc("b", ["به گفته رئیس کل بانک مرکزی، کاهش نرخ تورم در سه ماه گذشته و وضعیت مناسب ذخایر ارزی کشور "
                  "نتیجه سیاست‌های پولی است؛ او از اجرای سیاست‌های پولی جدید از ابتدای ماه آینده و اولویت "
                  "تسهیلات تولیدی خبر داد."],
            title="کاهش نرخ تورم به گفته رئیس کل بانک مرکزی", agency="مهر", published="2023-05-02")
    c = doc("c", STORY_B, title="تحویل ۲۰ هزار واحد مسکن ملی")
    out, counters = run_dedup(tmp_path, [[a, b, c]])
    d = by_id(out)
    assert d["a"]["reason"] is None and d["b"]["reason"] is None  # related, not duplicates
    assert d["a"]["story"] and d["a"]["story"] == d["b"]["story"]
    assert d["c"].get("story") is None
    assert counters["stories"] == 1


# -- no chains: every drop resembles the kept copy -----------------------------------------------

def _sentences(seed, n, k=3):
    """``n`` paragraphs of ``k`` sentences of random words from a small vocabulary (stories that
    share no passage, unless a test copies one)."""
    rng = random.Random(seed)
    return [" ".join(" ".join(rng.choice(VOCAB) for _ in range(12)) + "." for _ in range(k)) for _ in range(n)]


def test_a_roundup_drops_none_of_the_stories_it_quotes(tmp_path):
    # five stories, a roundup quoting a passage of each, and a copy of story 0: only the copy goes
    stories = [_sentences(100 + i, 5) for i in range(5)]
    roundup = ["مروری بر مهم‌ترین اخبار امروز در یک نگاه."] + [s[1] for s in stories]
    docs = [doc(f"s{i}", s, published=f"2023-05-0{i + 1}") for i, s in enumerate(stories)]
    docs += [doc("roundup", roundup, published="2023-05-09"), doc("copy0", stories[0][:-1], published="2023-05-08")]
    out, counters = run_dedup(tmp_path, [docs])
    d = by_id(out)
    assert {i for i, x in d.items() if x["reason"]} == {"copy0"}
    assert d["copy0"]["dup_cluster"] == "s0" and d["copy0"]["dup_score"] >= 0.7
    assert d["roundup"].get("dup_cluster") is None
    assert counters["largest_cluster"] == 2


def test_no_chain_through_a_middle_page(tmp_path):
    # a ~ b and b ~ c, but a and c share little: c is not dropped as a copy of a (connected
    # components would join all three; the kept copy a is what each drop must resemble)
    p = _sentences(7, 8)
    a, b, c = p[0:5], p[2:7], p[4:8] + _sentences(8, 1)
    docs = [doc("a", a, published="2023-05-01"), doc("b", b, published="2023-05-02"),
            doc("c", c, published="2023-05-03")]
    out, _ = run_dedup(tmp_path, [docs], min_jaccard=0.3, min_containment=0.9)
    d = by_id(out)
    assert d["b"]["reason"] == "dedup_near_duplicate" and d["b"]["dup_cluster"] == "a"
    assert d["c"]["reason"] is None  # too unlike a, whatever b is


def test_a_brief_held_by_the_full_story_is_its_copy(tmp_path):
    # a short page whose text is all inside a longer one is a copy of it, even when published first;
    # the long one is kept, and containment is directional (the long one is no copy of the brief)
    full = _sentences(21, 8)
    brief = full[:2]
    docs = [doc("brief", brief, published="2023-05-01"), doc("full", full, published="2023-05-02"),
            doc("other", _sentences(22, 6), published="2023-05-01")]
    out, _ = run_dedup(tmp_path, [docs])
    d = by_id(out)
    assert d["brief"]["reason"] == "dedup_near_duplicate" and d["brief"]["dup_cluster"] == "full"
    assert d["brief"]["dup_score"] >= 0.7
    assert d["full"]["reason"] is None and d["other"]["reason"] is None


def test_dup_score_of_exact_and_kept(tmp_path):
    out, _ = run_dedup(tmp_path, [[doc("a", STORY_A), doc("b", STORY_A), doc("c", republished(STORY_A, "رصد"))]])
    d = by_id(out)
    assert d["a"]["dup_score"] is None and d["a"]["dup_cluster"] == "a"
    assert d["b"]["dup_score"] == 1.0
    assert 0.3 <= d["c"]["dup_score"] < 1.0


def test_story_is_bounded_by_its_centre_and_dates(tmp_path):
    # reports of one event a month apart are two stories; an undated report needs a close match
    text = ["رئیس کل بانک مرکزی امروز اعلام کرد نرخ تورم در سه ماه گذشته کاهش یافته و ذخایر ارزی کشور "
            "در وضعیت مناسبی قرار دارد؛ سیاست‌های پولی جدید بانک مرکزی از ابتدای ماه آینده اجرا می‌شود."]
    other = ["به گفته رئیس کل بانک مرکزی، کاهش نرخ تورم در سه ماه گذشته و وضعیت مناسب ذخایر ارزی کشور "
             "نتیجه سیاست‌های پولی است که از ماه آینده ادامه می‌یابد و بانک‌ها باید آن را اجرا کنند."]
    undated = [other[0].replace("ادامه می‌یابد", "پیگیری می‌شود")]
    docs = [doc("may", text, title="نرخ تورم کاهش یافت", published="2023-05-01"),
            doc("may2", other, title="کاهش نرخ تورم", agency="مهر", published="2023-05-02"),
            doc("june", other, title="کاهش نرخ تورم در بانک مرکزی", agency="ایسنا", published="2023-06-20"),
            doc("undated", undated, title="کاهش نرخ تورم به گفته بانک", agency="ایرنا", published=None),
            doc("dated", undated, title="کاهش نرخ تورم به گفته بانک", agency="ایرنا", published="2023-05-03",
                host="other.ir")]
    out, counters = run_dedup(tmp_path, [docs], near=False, exact=False, min_story_jaccard_undated=0.95)
    d = by_id(out)
    assert d["may"]["story"] and d["may"]["story"] == d["may2"]["story"] == d["dated"]["story"]
    assert d["june"].get("story") != d["may"]["story"]  # a month later: another story
    assert d["undated"].get("story") is None  # the same words as «dated», but no date to let it in


# -- end to end and quality gate ------------------------------------------------------------------

def test_refine_end_to_end(tmp_path):
    import palayesh

    pages = tmp_path / "pages"
    pages.mkdir()
    texts = {
        "a1": ["رئیس کل بانک مرکزی: تورم کاهش یافت", *STORY_A],
        "a2": ["رئیس کل بانک مرکزی: تورم کاهش یافت", *republished(STORY_A, "پیام البرز")],
        "a3": ["رئیس کل بانک مرکزی: تورم کاهش یافت", *[yk_zwnj_digits(p) for p in STORY_A]],
        "b1": ["تحویل ۲۰ هزار واحد مسکن ملی", *STORY_B],
    }
    for name, lines in texts.items():
        (pages / f"{name}.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    palayesh.refine([pages], out, overwrite=True)
    docs = {r["id"]: r for r in read_rows(out, "docs")}
    rej = {r["id"]: r for r in read_rows(out, "rejected")}
    assert "b1" in docs and docs["b1"]["dup_cluster"] is None
    group = {k: v for k, v in [*docs.items(), *rej.items()] if k.startswith("a")}
    assert set(group) == {"a1", "a2", "a3"}
    kept = [k for k in group if k in docs]
    assert len(kept) == 1
    assert {g["dup_cluster"] for g in group.values()} == set(kept)
    assert {rej[k]["reason"] for k in rej if k.startswith("a")} <= {"dedup_exact", "dedup_near_duplicate"}
    assert len(rej) == 2
    stats = json.loads((out / "stats.json").read_text(encoding="utf-8"))
    assert "dedup_near_duplicate" in json.dumps(stats) or "dedup_exact" in json.dumps(stats)


DEV = SHARED / "data" / "dev-pages"


@pytest.mark.skipif(not (DEV / "gold.jsonl").exists() or not (SHARED / "tools" / "score_pages.py").exists(),
                    reason="../shared/data/dev-pages or ../shared/tools/score_pages.py is missing")
def test_dev_pages_quality_gate(tmp_path):
    # floors: gate dev_pages_refine of tests/floors.toml (recorded in bench/README-dedup.md)
    import palayesh

    gate = floors.measured("dev_pages_refine")
    out = tmp_path / "out"
    palayesh.refine([DEV / "pages"], out, overwrite=True)
    res = subprocess.run([sys.executable, str(SHARED / "tools" / "score_pages.py"), str(DEV / "gold.jsonl"), str(out)],
                         capture_output=True, text=True, timeout=300, check=True)
    rep = json.loads(res.stdout)
    assert rep["dup_precision"] >= gate.min["dup_precision"], rep["dup_pairs"]
    assert rep["dup_recall"] >= gate.min["dup_recall"], rep["dup_pairs"]
    assert rep["articles_wrongly_rejected"] <= gate.max["articles_wrongly_rejected"]


@pytest.mark.parametrize("n", [0, 1, 2, 7, 500, 5000])
def test_sorted_unique_is_np_unique(n):
    import numpy as np

    from palayesh.dedup.minhash import sorted_unique

    rng = np.random.default_rng(n)
    for h in (rng.integers(0, 2**64, n, dtype=np.uint64, endpoint=False),  # distinct, unsorted
              rng.integers(0, 5, n).astype(np.uint64),  # many repeats
              np.full(n, 2**64 - 1, dtype=np.uint64)):  # one value, the largest
        got = sorted_unique(h)
        assert got.dtype == np.uint64 and np.array_equal(got, np.unique(h))
