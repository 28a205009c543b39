#!/usr/bin/env python3
"""De-lexicalize the chrome of a family set: same layouts, chrome words palayesh has never seen.

    python bench/scramble.py PAGES_DIR GOLD.jsonl OUT_DIR [--seed 0]   # writes OUT_DIR/pages, OUT_DIR/gold.jsonl
    python bench/score_families.py --scramble --only dev e ...          # every set scrambled before scoring

Why: on a never-seen site the chrome strings («دیدگاهتان را بنویسید», the menu, the footer) are new
words, while the sites the extractor was developed on taught it their phrases. Scoring a set plain and
scrambled tells how much of the chrome removal rests on phrase lists and how much on what the run
teaches (a site's template, line recurrence, position, structure).

What is replaced, per host (gold ``site``; the family when a record has none):

- the *chrome words*: the Persian letter runs of the gold ``chrome_lines`` of the host's pages that
  occur in none of the host's gold content fields (title, surtitle, lead, body paragraphs, section,
  agency) and are not date words (Jalali, Gregorian and Hijri month names, weekdays, «امروز» ...).
  A chrome line, or a line of the page of up to 12 words (HTML cut at its block tags), that holds
  the page's gold section or agency (as a run of words) or a date (digits with a month name, or
  ``d/d/d``) is left whole: its words are kept on every page of the host, so the section, agency
  and published metrics still measure what they measured («دسته‌بندی: والیبال» stays);
- each chrome word maps, by a bijection fixed by ``seed`` and the host, onto another real Persian
  word of about the same length: a word of the news corpus ``../shared/data/corpora/news-dev.jsonl.gz``
  (seen at least three times) that is in none of palayesh's extraction lexicons (``src/palayesh/data``
  boilerplate, agencies, function and stop words, any Persian literal in ``src/palayesh``), not a date
  word and not a word of the host's pages that is kept. The words come from a pinned pool,
  ``bench/scramble_pool.txt`` (``--repin`` writes it anew from the corpus and the tree): drawn from the
  tree at hand, the pool changed with every Persian word a commit put in a docstring, and with it every
  scrambled page, so two commits' ``--scramble`` rows scored different pages. A pool word the tree at
  hand can match a page with (its lexicons, its code's string literals; not its docstrings or comments,
  :func:`_phrase_words`) is still never a replacement: only that word's replacement is drawn again
  (:func:`bijection`'s ``banned``), every other stays;
- the replacement is made on every Persian letter run of the host's raw pages (flat text and HTML
  alike: tags, attributes and URLs in ASCII are untouched; ZWNJ splits runs, so «نوشته‌های» keeps
  «های»), matched after folding ي/ك/ۀ/ة and diacritics, and in the gold chrome lines. Gold content
  never holds a chrome word, so the pages' article text and the gold content fields are unchanged.

So a site's chrome still recurs across its pages (the same new word for the same old word), as on a
real unseen site, but no chrome phrase of the lexicons matches any more. :func:`coverage` says how
much of the chrome was renamed.
"""
from __future__ import annotations

import argparse
import ast
import collections
import gzip
import json
import random
import re
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
#: the replacement words, most frequent first: :func:`vocabulary` on main a819d3f (``--repin`` rewrites it)
POOL = Path(__file__).resolve().with_name("scramble_pool.txt")
CORPUS = REPO.parent / "shared" / "data" / "corpora" / "news-dev.jsonl.gz"
#: an Arabic-script letter run: letters, hamza forms, tatweel and diacritics; no digits, no punctuation
#: (، ؛ ؟ « » are outside), no ZWNJ (it ends a run)
RUN = re.compile(r"[\u0621-\u063A\u0640-\u065F\u0670-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FF]+")
_FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ۀ": "ه", "ة": "ه", "\u0640": None,
                       **{chr(c): None for c in [*range(0x064B, 0x0660), 0x0670]}})
#: words of dates (split at ZWNJ like every run): months of the three calendars, weekdays, day words;
#: the solar months also as Afghanistan names them (Dari: «۱۴ قوس ۱۴۰۵») and the Gregorian ones as Dari
#: spells them («۵ دسمبر ۲۰۲۶»): a month name is date grammar, not chrome, in whichever naming
#: (``src/palayesh/extract/dates.py`` MONTHS); renamed, «۱۴ قوس ۱۴۰۵» was no date any more (akdev)
DATE_WORDS = frozenset("""
فروردین اردیبهشت اردی بهشت خرداد تیر مرداد امرداد شهریور مهر آبان آذر دی بهمن اسفند
حمل ثور جوزا جوزاء سرطان اسد سنبله میزان عقرب قوس جدی دلو حوت
ژانویه ژانویهٔ فوریه مارس آوریل آپریل مه می ژوئن جون ژوئیه جولای اوت آگوست سپتامبر اکتبر نوامبر دسامبر
جنوری فبروری مارچ اپریل ژوین ژوئین ژوییه اگوست اگست سپتمبر اکتوبر نومبر دسمبر دیسامبر
محرم صفر ربیع الاول الثانی الآخر جمادی الاولی الثانیه الاخری رجب شعبان رمضان شوال ذی ذو ذیقعده القعده قعده
ذیحجه الحجه حجه
شنبه یکشنبه یک دوشنبه دو سه سهشنبه چهار چهارشنبه پنج پنجشنبه جمعه
امروز دیروز ساعت روز ماه سال هجری شمسی قمری میلادی خورشیدی
""".split())
_DATE_SHAPE = re.compile(r"\d{1,4}\s*[/\-.]\s*\d{1,2}\s*[/\-.]\s*\d{1,4}")
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "0123456789" * 2)
CONTENT_FIELDS = ("title", "surtitle", "lead", "section", "agency")


def fold(word: str) -> str:
    """The key a run is matched on: ي/ى→ی, ك→ک, ۀ/ة→ه, no tatweel or diacritics.

    >>> fold("كپي")
    'کپی'
    """
    return word.translate(_FOLD)


def words(text: str | None) -> list[str]:
    """The folded Persian letter runs of a text (ZWNJ and spaces split them).

    >>> words("نوشته‌های مشابه ۱۲")
    ['نوشته', 'های', 'مشابه']
    """
    return [fold(w) for w in RUN.findall(text or "")] if text else []


def has_date(line: str) -> bool:
    """A line that shows a date: ``d/d/d`` in any digit script, or a number beside a month name.

    >>> has_date("منتشر شده در ۹۵/۰۱/۲۴"), has_date("۲ آبان ۱۳۹۴"), has_date("تماس با ما")
    (True, True, False)
    """
    ascii_digits = line.translate(_DIGITS)
    if _DATE_SHAPE.search(ascii_digits):
        return True
    return bool(re.search(r"\d", ascii_digits)) and any(w in DATE_WORDS for w in words(line))


def _holds(line_words: list[str], value: str | None) -> bool:
    needle = words(value)
    if not needle:
        return False
    n = len(needle)
    return any(line_words[i:i + n] == needle for i in range(len(line_words) - n + 1))


def host_of(record: dict) -> str:
    return str(record.get("site") or record.get("family") or "")


def content_words(record: dict) -> set[str]:
    found = {w for f in CONTENT_FIELDS for w in words(record.get(f))}
    for para in record.get("body_paragraphs") or []:
        found.update(words(para))
    return found


#: HTML tags that end a line of the page's text (any other tag is a space)
_BLOCK_TAG = re.compile(r"<(?:/?(?:p|div|li|ul|ol|h[1-6]|br|tr|td|th|section|header|footer|nav|article|aside|main|"
                        r"title|table|form|figure|figcaption|blockquote|dt|dd)\b[^>]*|!--.*?--)>", re.I | re.S)
_TAG = re.compile(r"<[^>]*>")
#: a line of the page up to this many words that holds the section, the agency or a date stays whole
MAX_METRIC_LINE_WORDS = 12


def page_lines(raw: str) -> list[str]:
    """The lines of a page's text: flat text as it is, HTML cut at its block tags.

    >>> page_lines("<div><span>دسته:</span> <a>ورزشی</a></div><p>متن</p>")
    ['دسته: ورزشی', 'متن']
    """
    if "<" in raw and ">" in raw:
        raw = _TAG.sub(" ", _BLOCK_TAG.sub("\n", raw))
    return [" ".join(line.split()) for line in raw.split("\n") if line.strip()]


def _metric_line(line: str, rec: dict) -> bool:
    """A line that tells a field the scorer checks: the page's section, its agency, a date."""
    line_words = words(line)
    return has_date(line) or _holds(line_words, rec.get("section")) or _holds(line_words, rec.get("agency"))


def chrome_words(records: Iterable[dict], pages: dict[str, str] | None = None) -> tuple[set[str], set[str]]:
    """(the chrome words of a host's records, the words that stay: those of its chrome lines, and of
    its pages' short lines, that hold the page's section, agency or a date): what :func:`scramble_set`
    renames, before taking out the content words (``pages``: raw text by gold ``file``)."""
    chrome: set[str] = set()
    kept: set[str] = set()
    for rec in records:
        for line in rec.get("chrome_lines") or []:
            (kept if _metric_line(line, rec) else chrome).update(words(line))
        for line in page_lines((pages or {}).get(rec.get("file") or "", "")):
            if len(line.split()) <= MAX_METRIC_LINE_WORDS and _metric_line(line, rec):
                kept.update(words(line))
    return chrome, kept


def _shipped_words(read_code: Callable[[str], Iterable[str]]) -> set[str]:
    """The Persian words ``read_code`` finds in each module of palayesh, with every word of the
    lexicons it ships (``src/palayesh/data``)."""
    found: set[str] = set()
    src = REPO / "src" / "palayesh"
    for path in sorted(src.rglob("*.py")):
        found.update(read_code(path.read_text(encoding="utf-8")))
    for name in ("extract_boilerplate.tsv", "extract_function_words.txt", "agencies.tsv", "stopwords-fa.tsv"):
        found.update(words((src / "data" / name).read_text(encoding="utf-8")))
    return found


def _lexicon_words() -> set[str]:
    """Every Persian word palayesh ships or spells in its code: never a replacement."""
    return _shipped_words(words)


def _docstrings(tree: ast.AST) -> set[int]:
    """The ids of the docstring nodes of a module's tree (its own, its classes' and functions')."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) \
                    and isinstance(first.value.value, str):
                out.add(id(first.value))
    return out


def literal_words(source: str) -> set[str]:
    """The Persian words of a module's string literals, its docstrings and comments aside.

    >>> sorted(literal_words("def f():\\n    'نوشته دیگر'\\n    return 'مطلب قبلی'  # خبر"))
    ['قبلی', 'مطلب']
    """
    tree = ast.parse(source)
    docs = _docstrings(tree)
    return {w for node in ast.walk(tree) if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in docs for w in words(node.value)}


def _phrase_words() -> set[str]:
    """The Persian words palayesh can match a page's text with: of its lexicons (``src/palayesh/data``)
    and of the string literals of its code, not of its docstrings or comments, which match nothing:
    the pool words a commit may not draw (:func:`scramble_set`), so that a commit that writes
    Persian only in its prose scrambles the pages as its parent does.

    >>> "مشابه" in _phrase_words()
    True
    """
    return _shipped_words(literal_words)


def vocabulary(corpus: Path = CORPUS, min_count: int = 3) -> list[str]:
    """The corpus words that may replace chrome words, most frequent first (ties by the word)."""
    counts: collections.Counter[str] = collections.Counter()
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            for field in ("title", "abstract"):
                counts.update(words(art.get(field)))
            for para in art.get("paragraphs") or []:
                counts.update(words(para if isinstance(para, str) else json.dumps(para, ensure_ascii=False)))
    banned = _lexicon_words() | DATE_WORDS
    return sorted((w for w, c in counts.items() if c >= min_count and len(w) >= 2 and w not in banned),
                  key=lambda w: (-counts[w], w))


def pinned_pool(path: Path = POOL) -> list[str]:
    """The pinned replacement words (one a line, most frequent first)."""
    return path.read_text(encoding="utf-8").split()


def bijection(chrome: Iterable[str], pool: Iterable[str], avoid: set[str], key: str,
              banned: frozenset[str] = frozenset()) -> dict[str, str]:
    """{chrome word: replacement}: one-to-one, each replacement as long as the word (or the nearest
    length that still has words), none in ``avoid``; the same ``key`` gives the same map.

    A replacement in ``banned`` (a pool word the tree now spells) is drawn again from what the pool
    has left, after every word has its first draw (none left: the word stays as it is): the other
    words keep the replacements they have without ``banned``, so a commit that spells one pool word
    renames one word anew, not a host's pages.

    >>> m = bijection(["خانه", "ارسال"], ["کتاب", "دولت", "مجلس", "بازار"], set(), "x")
    >>> sorted(map(len, m.values())) == [4, 5] and len(set(m.values())) == 2
    True
    >>> b = bijection(["خانه", "ارسال"], ["کتاب", "دولت", "مجلس", "بازار"], set(), "x", frozenset([m["خانه"]]))
    >>> b["ارسال"] == m["ارسال"] and b["خانه"] not in m.values()
    True
    """
    rng = random.Random(key)
    by_len: dict[int, list[str]] = collections.defaultdict(list)
    for w in pool:
        if w not in avoid:
            by_len[len(w)].append(w)
    for bucket in by_len.values():
        rng.shuffle(bucket)
    mapping: dict[str, str] = {}
    for word in sorted(chrome, key=lambda w: (len(w), w)):
        for delta in (0, 1, -1, 2, -2, 3, -3, 4, 5, 6):
            bucket = by_len.get(len(word) + delta)
            if bucket:
                mapping[word] = bucket.pop()
                break
    for word in sorted((w for w, r in mapping.items() if r in banned), key=lambda w: (len(w), w)):
        del mapping[word]
        for delta in (0, 1, -1, 2, -2, 3, -3, 4, 5, 6):
            left = [w for w in by_len.get(len(word) + delta, []) if w not in banned]
            if left:
                by_len[len(word) + delta].remove(left[-1])
                mapping[word] = left[-1]
                break
    return mapping


def rename(text: str, mapping: dict[str, str]) -> str:
    """``text`` with each Persian letter run whose folded form is a key of ``mapping`` replaced."""
    return RUN.sub(lambda m: mapping.get(fold(m.group(0)), m.group(0)), text)


def plan(records: list[dict], pool: list[str], seed: int, pages: dict[str, str] | None = None,
         banned: frozenset[str] = frozenset()) -> dict[str, dict[str, str]]:
    """{host: {chrome word: replacement}} for a set's gold records (``pages``: raw text by file;
    ``banned``: pool words that may not replace, see :func:`bijection`)."""
    by_host: dict[str, list[dict]] = collections.defaultdict(list)
    for rec in records:
        by_host[host_of(rec)].append(rec)
    maps = {}
    for host, recs in sorted(by_host.items()):
        content = set().union(*(content_words(r) for r in recs))
        chrome, kept = chrome_words(recs, pages)
        renamed = chrome - content - kept - DATE_WORDS
        maps[host] = bijection(renamed, pool, avoid=content | kept | chrome, key=f"{seed}:{host}", banned=banned)
    return maps


def scramble_set(pages: Path, gold: Path, out: Path, seed: int = 0, pool: list[str] | None = None) -> dict:
    """Write ``out/pages`` and ``out/gold.jsonl``: the set with its chrome words renamed per host
    (``pool``: the replacement words; the pinned pool, less the words the tree spells, by default).
    Returns :func:`coverage` of the result."""
    records = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    by_file = {rec.get("file") or "": rec for rec in records}
    texts: dict[str, str] = {}
    for path in sorted(pages.iterdir()):
        if path.is_file() and path.name in by_file:
            try:
                texts[path.name] = path.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                pass
    if pool is None:
        maps = plan(records, pinned_pool(), seed, texts, banned=frozenset(_phrase_words() | DATE_WORDS))
    else:
        maps = plan(records, pool, seed, texts)
    (out / "pages").mkdir(parents=True, exist_ok=True)
    for path in sorted(pages.iterdir()):
        target = out / "pages" / path.name
        if path.name in texts:
            target.write_text(rename(texts[path.name], maps[host_of(by_file[path.name])]), encoding="utf-8")
        elif path.is_file():
            shutil.copyfile(path, target)
    new_records = []
    for rec in records:
        rec = dict(rec)
        if rec.get("chrome_lines"):
            rec["chrome_lines"] = [rename(c, maps[host_of(rec)]) for c in rec["chrome_lines"]]
        new_records.append(rec)
    (out / "gold.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in new_records),
                                    encoding="utf-8")
    return coverage(records, new_records)


def coverage(before: list[dict], after: list[dict]) -> dict:
    """How much chrome was renamed: share of chrome-line words and of chrome lines that changed."""
    n_words = n_new_words = n_lines = n_new_lines = 0
    for old, new in zip(before, after):
        for a, b in zip(old.get("chrome_lines") or [], new.get("chrome_lines") or []):
            wa, wb = words(a), words(b)
            n_words += len(wa)
            n_new_words += sum(x != y for x, y in zip(wa, wb))
            n_lines += bool(wa)
            n_new_lines += wa != wb
    return {"chrome_words_renamed": n_new_words / n_words if n_words else 0.0,
            "chrome_lines_changed": n_new_lines / n_lines if n_lines else 0.0}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pages", type=Path)
    ap.add_argument("gold", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--repin", action="store_true",
                    help=f"first write {POOL.name} anew from the corpus and this tree (every scrambled page changes)")
    args = ap.parse_args(argv)
    if args.repin:
        POOL.write_text("".join(w + "\n" for w in vocabulary()), encoding="utf-8")
    print(json.dumps(scramble_set(args.pages, args.gold, args.out, args.seed)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
