"""bench/scramble.py, the de-lexicalizing yardstick: chrome words renamed per host by one consistent
bijection, gold content and the lines that hold section, agency or date left as they were."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench" / "scramble.py"
_spec = importlib.util.spec_from_file_location("palayesh_bench_scramble", BENCH)
scramble = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scramble)

POOL = ["کوهستان", "رودخانه", "درختان", "پرنده", "بیابان", "ستاره", "دریاچه", "جنگل", "باغچه", "کبوتر",
        "آسمان", "زمستان", "تابستان", "بهاران", "پاییزی", "گلدان", "پنجره", "دیوار", "کوچه", "خیابان"]


def _page(title, body, section, chrome_top, chrome_bottom):
    return "\n\n".join([*chrome_top, f"بخش: {section}", title, *body, *chrome_bottom]) + "\n"


def _write_set(root: Path):
    pages = root / "pages"
    pages.mkdir(parents=True)
    specs = [  # (file, site, title, body, section)
        ("a1.txt", "one.ir", "افزایش قیمت نان در شهر", ["قیمت نان امروز در نانوایی‌ها بالا رفت و مردم گله کردند."],
         "اقتصادی"),
        ("a2.txt", "one.ir", "بارش برف در کوهستان", ["برف سنگین راه‌ها را بست و دیدگاه مردم تغییر کرد."], "اجتماعی"),
        ("b1.txt", "two.ir", "افتتاح کتابخانه تازه", ["کتابخانه تازه با هزار جلد کتاب باز شد."], "فرهنگی"),
    ]
    records = []
    for name, site, title, body, section in specs:
        top = ["منوی اصلی  تماس با ما  پیوندها", "انتشار: ۱۴۰۲/۰۳/۱۲"]
        bottom = ["دیدگاه‌ها را بفرستید", "همه حقوق محفوظ است"]
        (pages / name).write_text(_page(title, body, section, top, bottom), encoding="utf-8")
        # (two.ir's gold does not list its section line as chrome, and has «بخش» in another chrome line)
        label = [f"بخش: {section}"] if site == "one.ir" else ["بخش ویژه"]
        records.append({"file": name, "id": name[:-4], "site": site, "kind": "article", "title": title,
                        "body_paragraphs": body, "section": section, "agency": None, "lead": None,
                        "chrome_lines": [*top, *label, *bottom]})
    html = ('<html><head><title>صفحه خبری</title></head><body class="main-nav">'
            '<nav><a href="/x">منوی اصلی</a></nav><h1>افزایش قیمت نان در شهر</h1>'
            '<p>قیمت نان امروز در نانوایی‌ها بالا رفت و مردم گله کردند.</p></body></html>')
    (pages / "a3.html").write_text(html, encoding="utf-8")
    records.append({"file": "a3.html", "id": "a3", "site": "one.ir", "kind": "article",
                    "title": "افزایش قیمت نان در شهر", "section": None, "agency": None, "lead": None,
                    "body_paragraphs": ["قیمت نان امروز در نانوایی‌ها بالا رفت و مردم گله کردند."],
                    "chrome_lines": ["منوی اصلی", "صفحه خبری"]})
    (root / "gold.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                                     encoding="utf-8")
    return records


@pytest.fixture()
def scrambled(tmp_path):
    records = _write_set(tmp_path / "in")
    stats = scramble.scramble_set(tmp_path / "in" / "pages", tmp_path / "in" / "gold.jsonl", tmp_path / "out",
                                  seed=7, pool=POOL)
    out = [json.loads(line) for line in (tmp_path / "out" / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    pages = {p.name: p.read_text(encoding="utf-8") for p in (tmp_path / "out" / "pages").iterdir()}
    return records, out, pages, stats


def test_one_bijection_per_host(scrambled):
    records, out, pages, stats = scrambled
    maps = scramble.plan(records, POOL, seed=7)
    one = maps["one.ir"]
    # «منوی» and «پیوندها» are chrome words nowhere in one.ir's content: renamed, one to one, by a corpus word
    assert {"منوی", "پیوندها", "حقوق", "محفوظ"} <= one.keys()
    assert len(set(one.values())) == len(one) and set(one.values()) <= set(POOL)
    # the same new word on every page of the host, in flat text and HTML, and in the gold chrome lines
    for name in ("a1.txt", "a2.txt", "a3.html"):
        assert "منوی" not in pages[name] and one["منوی"] in pages[name]
    menu = "  ".join(" ".join(one[w] for w in item.split()) for item in ("منوی اصلی", "تماس با ما", "پیوندها"))
    assert out[0]["chrome_lines"][0] == out[1]["chrome_lines"][0] == menu
    assert stats["chrome_words_renamed"] > 0 and stats["chrome_lines_changed"] > 0
    # another host has its own map; and the same seed gives the same maps
    assert maps["two.ir"] != one and scramble.plan(records, POOL, seed=7) == maps


def test_content_and_metric_lines_untouched(scrambled):
    records, out, pages, _ = scrambled
    for old, new in zip(records, out):
        for field in ("title", "body_paragraphs", "section", "agency", "lead"):
            assert new[field] == old[field]
        page = pages[old["file"]]
        assert old["title"] in page and all(p in page for p in old["body_paragraphs"])
    # «دیدگاه» and «را» are in a2's body: one.ir keeps them (in its chrome too), two.ir renames them
    assert "دیدگاه‌ها را " in pages["a1.txt"] and "بفرستید" not in pages["a1.txt"]
    assert "دیدگاه‌ها" not in pages["b1.txt"] and "را" not in pages["b1.txt"].split()
    # the line with the section and the date line stay whole, on the page even when gold does not
    # list the section line as chrome
    for rec in out[:2]:
        assert f"بخش: {rec['section']}" in rec["chrome_lines"] and "انتشار: ۱۴۰۲/۰۳/۱۲" in rec["chrome_lines"]
    assert "بخش: فرهنگی" in pages["b1.txt"] and "ویژه" not in pages["b1.txt"]
    # HTML markup (ASCII) is untouched
    assert pages["a3.html"].startswith("<html><head><title>") and 'class="main-nav"' in pages["a3.html"]


def test_replacements_avoid_lexicons_and_dates():
    banned = scramble._lexicon_words() | scramble.DATE_WORDS
    assert "مشابه" in banned and "آبان" in banned  # a boilerplate word, a month
    if scramble.CORPUS.exists():
        vocab = scramble.vocabulary()
        assert len(vocab) > 5000 and not banned & set(vocab)


def test_pinned_pool_keeps_the_pages_when_the_tree_spells_a_word(tmp_path):
    """The pool is pinned (bench/scramble_pool.txt): a commit that spells one of its words in a docstring
    renames only the chrome word that word replaced, not every page (before, the pool was read from the
    tree, and two commits' --scramble rows scored different pages)."""
    records = _write_set(tmp_path / "in")
    maps = scramble.plan(records, POOL, seed=7)
    taken = maps["one.ir"]["منوی"]
    again = scramble.plan(records, POOL, seed=7, banned=frozenset([taken]))
    assert again["one.ir"]["منوی"] not in (taken, *maps["one.ir"].values())
    assert {w: r for w, r in again["one.ir"].items() if w != "منوی"} == \
           {w: r for w, r in maps["one.ir"].items() if w != "منوی"}
    assert again["two.ir"] == maps["two.ir"] or taken in maps["two.ir"].values()
    pool = scramble.pinned_pool()
    assert len(pool) > 5000 and len(set(pool)) == len(pool) and not set(pool) & scramble.DATE_WORDS


def test_the_pages_do_not_change_with_a_commits_docstrings():
    """What a commit writes in its docstrings and comments matches no page: a pool word there is still
    drawn (a819d3f → s63-leak's commits scrambled kdev, e, a, c alike only so), a pool word in a string
    literal of the code is not."""
    src = "'''ستاره درختان'''\nX = 'کوهستان'  # رودخانه\n"
    assert scramble.literal_words(src) == {"کوهستان"}
    assert not set(scramble.pinned_pool()) & scramble._phrase_words()


def test_every_month_naming_is_date_grammar():
    """A month name the date grammar reads (``extract/dates.py`` MONTHS, every calendar and naming: the Dari
    solar months «قوس», the Dari Gregorian «دسمبر») makes its line a date line, kept whole: renamed, akdev's
    «۱۴ قوس ۱۴۰۵» was no date any more and the published cell measured the scrambler."""
    from palayesh.extract.dates import MONTHS

    names = [n for table in MONTHS.values() for spellings in table.values() for n in spellings if not n.isascii()]
    assert "قوس" in names and "دسمبر" in names
    assert [n for n in names if not scramble.has_date(f"۱۴ {n} ۱۴۰۵")] == []
    assert not scramble.has_date("منوی اصلی ۱۴۰۵")
