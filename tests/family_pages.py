"""What the family generators (``tests/site_families_{h,i,j,k,l}.py``) and their tests share.

For the generators: the scorer's canonical form and chrome test (:func:`canon`, :func:`leaks`), a
page as lines in regions (:class:`Page`), seeded choices (:func:`pick`, :func:`stable`), and the
frame of a run around each set's own templates: which page is which (:func:`plan_pages`), a page
written under its hash (:func:`write_page`), its chrome gold (:func:`chrome_gold`), the gold row
(:func:`gold_row`), a republished copy (:func:`republished`), republication clusters and
``gold.jsonl`` (:func:`write_gold`).

For their tests: ``page_lines(path, blocks)`` gives a flat-text page's non-blank lines, or an HTML
page's visible text with a line break at every start and end tag named in ``blocks`` (and so at every
``<br>`` when it is in ``blocks``); ``<script>`` and ``<style>`` are skipped and entities resolved.
:func:`check_gold` holds a set's gold against its own pages (one :class:`GoldSpec` a set), and
:func:`check_reproducible` its generator against itself.
"""
from __future__ import annotations

import collections
import datetime as dt
import hashlib
import importlib.util
import json
import random
import re
import unicodedata
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

#: the scorer (its canonical form and its perfect output)
SCORER = Path(__file__).resolve().parents[1].parent / "shared" / "tools" / "score_pages.py"
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹" + "٠١٢٣٤٥٦٧٨٩", "0123456789" * 2)

# ---------------------------------------------------------------------------------------------- generators


def pick(r: random.Random, seq):
    return seq[r.randrange(len(seq))]


def stable(*parts) -> int:
    return int(hashlib.blake2b("|".join(map(str, parts)).encode("utf-8"), digest_size=8).hexdigest(), 16)


def canon(s) -> str:
    """The scorer's canonical form (letters and digits only)."""
    if not s:
        return ""
    s = unicodedata.normalize("NFKC", str(s))
    s = (s.replace("ي", "ی").replace("ى", "ی").replace("ك", "ک").replace("ۀ", "ه").replace("ة", "ه")
         .translate(_DIGITS))
    return "".join(ch for ch in s if ch.isalnum() and ch != "\u0640")


def leaks(c: str, p: str) -> bool:
    """The scorer's test of a chrome line (canonical) inside a paragraph (canonical)."""
    if not c or not p:
        return False
    if c == p:
        return True
    if len(c) >= 8 and (p.startswith(c) or p.endswith(c)):
        return True
    return len(c) >= 15 and c in p


@dataclass
class Page:
    """Lines in regions; role 'c' is chrome, others are title / sur / lead / body."""
    regions: list[tuple[str, list[tuple[str, str]]]] = field(default_factory=list)

    def add(self, region: str, role: str, text: str | None) -> None:
        if not text:
            return
        if not self.regions or self.regions[-1][0] != region:
            self.regions.append((region, []))
        self.regions[-1][1].append((role, text))

    def lines(self, role: str | None = None) -> list[str]:
        return [t for _, ls in self.regions for ro, t in ls if role is None or ro == role]


def known_families(families: list[str] | None, known: list[str]) -> list[str]:
    """The families a run builds: ``families`` (each one of ``known``), else all of them."""
    fams = list(families) if families else list(known)
    for f in fams:
        if f not in known:
            raise ValueError(f"unknown family {f!r}; known: {', '.join(known)}")
    return fams


def plan_pages(rng: random.Random, fams: list[str], hosts: dict[str, list], n: int, n_stories: int,
               negative_p: float) -> list[dict]:
    """Which page is which: ``{"family", "host", "kind"}``, and for an article its ``story`` (an index
    below ``n_stories``) and ``copy_of`` (the plan index of the page it republishes on a host of
    another family, ~11% of them, or None; the page copied is marked ``copied``). The first pages go
    one to each family; a share ``negative_p`` of the pages are listings, chrome only or empty."""
    plan: list[dict] = []
    next_story = 0
    for i in range(n):
        f = fams[i % len(fams)] if i < len(fams) else pick(rng, fams)
        host = pick(rng, hosts[f])
        if rng.random() < negative_p:
            plan.append({"family": f, "host": host, "kind": pick(rng, ["listing", "listing", "chrome_only", "empty"])})
            continue
        origs = [j for j, p in enumerate(plan) if p["kind"] == "article" and p.get("copy_of") is None
                 and not p.get("copied") and p["family"] != f]
        if origs and rng.random() < 0.11:
            j = pick(rng, origs)
            plan[j]["copied"] = True
            plan.append({"family": f, "host": host, "kind": "article", "story": plan[j]["story"], "copy_of": j})
            continue
        plan.append({"family": f, "host": host, "kind": "article", "story": next_story % n_stories,
                     "copy_of": None})
        next_story += 1
    return plan


def plan_set(out_dir, n: int, seed: int, families: list[str] | None, *, tag: str, all_families: list[str],
             make_host: Callable, hosts: int | dict[str, list], stories: list[dict], spare: int = 0,
             dress: Callable | None = None, negative_p: float = 0.07) -> tuple[Path, Path, list[dict], list[dict],
                                                                                 list[str]]:
    """The start of a set's build loop, as the sets since H draw it: the ``families`` (default ``all_families``),
    the set's random stream «families-<tag>:<seed>», the folder ``out_dir/pages``, ``hosts`` hosts a family (a
    count, or a table of each family's hosts) made by ``make_host(seed, family, i)`` and each passed to
    ``dress`` if given, ``stories`` shuffled in place and the plan of :func:`plan_pages` over all of them but the
    last ``spare``. Returns ``(out, pages_dir, plan, stories, titles)``: ``titles``, the headlines of the plan's
    original articles (a page's lists of other stories are drawn from them)."""
    fams = known_families(families, all_families)
    rng = random.Random(f"families-{tag}:{seed}")
    out = Path(out_dir)
    pages_dir = out / "pages"
    pages_dir.mkdir(parents=True, exist_ok=True)
    by_family = {f: [make_host(seed, f, i) for i in range(hosts if isinstance(hosts, int) else len(hosts[f]))]
                 for f in fams}
    if dress:
        for hs in by_family.values():
            for h in hs:
                dress(h)
    rng.shuffle(stories)
    plan = plan_pages(rng, fams, by_family, n, len(stories) - spare, negative_p=negative_p)
    titles = [stories[p["story"]]["title"] for p in plan if p["kind"] == "article" and p["copy_of"] is None]
    return out, pages_dir, plan, stories, titles


def negative_gold(kind: str) -> dict:
    """The gold of a page that is no article (``kind``: listing, chrome_only, empty)."""
    return {"kind": kind, "title": None, "section": None, "lead": None, "surtitle": None,
            "body_paragraphs": [], "agency": None, "published_iso": None, "published_jalali": None,
            "published_time": None, "cluster": None, "source": None, "source_key": None, "edits": []}


#: a republished copy goes out 1 to this many hours after its original
REPUBLISH_HOURS = 30


def republished(r: random.Random, paras: list[str], pub: dt.datetime,
                hours: int = REPUBLISH_HOURS) -> tuple[list[str], dt.datetime, list[str]]:
    """A republished copy of a story (plan item with ``copy_of``): its original's paragraphs, the last
    one dropped on half the copies of four paragraphs or more; its publication time 1 to ``hours``
    hours after the original's; and the edits made («drop_last_paragraph», «republished»), drawn
    from ``r`` in that order."""
    paras, edits = list(paras), []
    if len(paras) > 3 and r.random() < 0.5:
        paras = paras[:-1]
        edits.append("drop_last_paragraph")
    pub = pub + dt.timedelta(hours=r.randint(1, hours))
    edits.append("republished")
    return paras, pub, edits


def write_page(pages_dir: Path, i: int, text: str, fmt: str) -> str:
    """Write page ``i`` as ``NNN_<hash of its bytes>.<fmt>``; its file name."""
    data = text.encode("utf-8")
    name = f"{i:03d}_{hashlib.blake2b(data, digest_size=8).hexdigest()}.{fmt}"
    (pages_dir / name).write_bytes(data)
    return name


def chrome_gold(lines: list[str], paragraphs: list[str]) -> list[str]:
    """The page's chrome lines as gold lists them: once each, none the scorer would find inside a
    story paragraph."""
    body = [canon(x) for x in paragraphs]
    chrome: list[str] = []
    for x in lines:
        cx = canon(x)
        if cx and x not in chrome and not any(leaks(cx, b) for b in body):
            chrome.append(x)
    return chrome


def gold_row(name: str, split: str, family: str, families: list[str], site: str, fmt: str, gold: dict,
             chrome: list[str], i: int) -> dict:
    """The gold row of page ``i`` (file ``name``) of ``family`` (one of the set's ``families``) on ``site``."""
    return {"file": name, "id": name.rsplit(".", 1)[0], "split": split, "family": family,
            "family_id": families.index(family), "site": site, "format": fmt, **gold,
            "corruptions": [], "synthetic_remix": False, "agency_reattributed": None,
            "chrome_lines": chrome, "_plan": i}


def write_gold(out: Path, rows: list[dict], plan: list[dict], cluster_prefix: str) -> list[dict]:
    """Give the republished pages and their originals their cluster (``<cluster_prefix>-NNN``, NNN the
    original's plan index) and write the rows to ``out/gold.jsonl``; the rows."""
    for row in rows:
        p = plan[row["_plan"]]
        if p["kind"] == "article" and (p.get("copied") or p.get("copy_of") is not None):
            root = p["copy_of"] if p.get("copy_of") is not None else row["_plan"]
            row["cluster"] = f"{cluster_prefix}-{root:03d}"
    for row in rows:
        del row["_plan"]
    with open(out / "gold.jsonl", "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return rows


# ---------------------------------------------------------------------------------------------- tests


class _Text(HTMLParser):
    """The page's visible text, a line per block (and per <br>), entities resolved."""

    def __init__(self, blocks: Collection[str]):
        super().__init__(convert_charrefs=True)
        self.blocks = blocks
        self.out: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in self.blocks:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        elif tag in self.blocks:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def page_lines(path: Path, blocks: Collection[str]) -> list[str]:
    """The page's non-blank lines, stripped (HTML: its visible text, a line per tag in ``blocks``)."""
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        p = _Text(blocks)
        p.feed(raw)
        p.close()
        raw = "".join(p.out)
    return [x.strip() for x in raw.split("\n") if x.strip()]


@dataclass(frozen=True)
class GoldSpec:
    """A family set's own numbers for :func:`check_gold`."""
    blocks: Collection[str]  # the tags that end a line of an HTML page (:func:`page_lines`)
    agencies: dict[str, list[str]]  # gold agency -> the names a credit line gives it
    credited: Callable[[list[str]], str | None]  # the agency a story's own text credits
    names: set[str]  # canonical names of the sites, their taglines and home labels: no section
    min_sites: int
    html_share: tuple[float, float]  # (above, below)
    min_clusters: int
    shares: tuple[tuple[str, float, float], ...]  # (gold key, above, below): share of articles with it
    agencies_seen: frozenset[str | None]  # gold agencies the run shows at least
    max_paragraphs: int | None = None  # a story's paragraphs at most; None: sizes unchecked
    both_offsets: bool = True  # the run's instants show Tehran's summer and winter offsets
    shared_paragraphs: frozenset[str] = frozenset()  # paragraphs many stories may hold (a quoted verse)
    titles_inside_chrome: bool = False  # a related item counts when a title stands inside it, not only as it
    broken_lines: bool = False  # a flat-text paragraph may stand broken (at a link, a column) on consecutive lines
    table_rows: bool = False  # a story's table row «a | b» is its page's line (cells apart); a header row recurs
    labelled_leads: bool = False  # a lead may end its page's line, after a label («لید: …»)
    url_sections: bool = False  # a section may stand only in the page's URL path («/اخبار-باشگاه/»)
    alt_credits: bool = False  # an agency may be credited only by its logo's alt text (alt="ایسنا")


def consecutive(lines: list[str], p: str) -> bool:
    """Whether some run of two or more consecutive lines, joined by single spaces, is ``p``."""
    for i, first in enumerate(lines):
        if p.startswith(first) and first != p:
            for j in range(i + 2, min(len(lines), i + 40) + 1):
                joined = " ".join(lines[i:j])
                if joined == p:
                    return True
                if not p.startswith(joined):
                    break
    return False


def _table_row(p: str) -> bool:
    return " | " in p


def check_gold(out: Path, rows: list[dict], spec: GoldSpec, tmp: Path) -> None:
    """The gold of a run in ``out`` is well formed, says what its pages show (every paragraph, ZWNJs and
    all, a line of its page; title, lead, section, agency and chrome lines on it too), each host repeats
    its template, and a perfect output scores 1 everywhere (scorer output written under ``tmp``)."""
    _well_formed(rows, spec)
    _on_the_page(out, rows, spec)
    _hosts_repeat_their_template(rows, spec)
    spec_ = importlib.util.spec_from_file_location("score_pages", SCORER)
    sp = importlib.util.module_from_spec(spec_)
    spec_.loader.exec_module(sp)  # type: ignore[union-attr]
    sp.make_perfect(str(out / "gold.jsonl"), str(tmp / "perfect"))
    rep = sp.score(str(out / "gold.jsonl"), str(tmp / "perfect"))
    assert rep["chrome_leak_rate"] == 0.0 and rep["body_f1"] == 1.0 and rep["title_exact"] == 1.0
    assert rep["section_match"] == 1.0 and rep["published_match"] == 1.0 and rep["agency_match"] == 1.0
    assert rep["lead_match"] == 1.0 and rep["negatives_rejected"] == 1.0 and rep["dup_f1"] == 1.0
    assert json.loads((out / "gold.jsonl").read_text(encoding="utf-8").splitlines()[0])["id"]


def _well_formed(rows: list[dict], spec: GoldSpec) -> None:
    kinds = collections.Counter(r["kind"] for r in rows)
    assert kinds["article"] >= 0.88 * len(rows) and sum(kinds[k] for k in ("listing", "chrome_only", "empty")) >= 8
    assert len({r["family"] for r in rows}) == 8 and len({r["site"] for r in rows}) >= spec.min_sites
    fmts = collections.Counter(r["format"] for r in rows)
    assert spec.html_share[0] < fmts["html"] / len(rows) < spec.html_share[1]
    clusters = collections.Counter(r["cluster"] for r in rows if r["cluster"])
    assert len(clusters) >= spec.min_clusters and all(v == 2 for v in clusters.values())
    for c in clusters:
        assert len({r["family"] for r in rows if r["cluster"] == c}) == 2  # republished on another family's host
    arts = [r for r in rows if r["kind"] == "article"]
    if spec.max_paragraphs:
        sizes = collections.Counter(min(len(r["body_paragraphs"]), 12) for r in arts)
        assert sizes[2] and sizes[12] and len(sizes) >= 9
        assert max(len(r["body_paragraphs"]) for r in arts) <= spec.max_paragraphs
    for r in rows:
        assert r["id"] == r["file"].rsplit(".", 1)[0] and r["format"] == r["file"].rsplit(".", 1)[1]
        if r["kind"] != "article":
            assert not r["body_paragraphs"] and r["title"] is None and r["published_iso"] is None
            assert r["section"] is None and r["agency"] is None and r["chrome_lines"]
            continue
        assert r["title"] and r["body_paragraphs"] and r["chrome_lines"]
        assert r["agency"] is None or r["agency"] in spec.agencies
        assert r["section"] is None or canon(r["section"]) not in spec.names
        if r["published_iso"]:
            # the scorer compares published_iso whole, so it is the day; the instant with its offset is beside it
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["published_iso"]) and r["published_jalali"][:2] in ("13", "14")
            t = r["published_time"]
            assert t[:10] == r["published_iso"] and (len(t) == 10 or t[-6:] in ("+03:30", "+04:30"))
        else:
            assert r["published_time"] is None and r["published_jalali"] is None
    for key, lo, hi in spec.shares:
        share = sum(1 for r in arts if r[key]) / len(arts)
        assert lo < share < hi, (key, share)
    assert {r["agency"] for r in arts} >= spec.agencies_seen
    if spec.both_offsets:
        offsets = collections.Counter(r["published_time"][-6:] for r in arts if r["published_time"]
                                      and len(r["published_time"]) > 10)
        assert offsets["+03:30"] and offsets["+04:30"]
    # stories are not near-copies of each other unless gold says so (only republished copies share text)
    owner: dict[str, str] = {}
    for r in arts:
        for p in r["body_paragraphs"]:
            if p in spec.shared_paragraphs:
                continue
            for s in re.split(r"(?<=[.!؟?])\s+", p):
                if len(s) > 30 and not (spec.table_rows and _table_row(s)):  # (a table's header row recurs)
                    assert owner.setdefault(canon(s), r["source_key"]) == r["source_key"], (r["file"], s[:40])


def _on_the_page(out: Path, rows: list[dict], spec: GoldSpec) -> None:
    zwnj = 0
    for r in rows:
        lines = page_lines(out / "pages" / r["file"], spec.blocks)
        text = "\n".join(lines)
        for c in r["chrome_lines"]:
            assert c in text, (r["file"], c)
        if r["kind"] != "article":
            continue
        canon_lines = {canon(x) for x in lines} if spec.table_rows else set()
        for p in r["body_paragraphs"]:
            assert (p in lines or (spec.table_rows and _table_row(p) and canon(p) in canon_lines)
                    or (spec.broken_lines and r["format"] == "txt" and consecutive(lines, p))), (r["file"], p[:60])
            zwnj += p.count("\u200c")
        assert r["title"] in lines
        assert r["lead"] is None or r["lead"] in lines or (spec.labelled_leads and any(x.endswith(r["lead"])
                                                                                       for x in lines))
        raw = (out / "pages" / r["file"]).read_text(encoding="utf-8")
        assert (r["section"] is None or r["section"] in text or f'"{r["section"]}"' in raw
                or (spec.url_sections and f'/{r["section"].replace(" ", "-")}/' in raw))
        # the story's own text credits the gold agency or none (republishers rewrite it to their own name)
        own = spec.credited(([r["lead"]] if r["lead"] else []) + r["body_paragraphs"])
        assert own in (None, r["agency"]), r["file"]
        if r["agency"]:
            credit = [c for c in r["chrome_lines"] if any(n in c for n in spec.agencies[r["agency"]])]
            alt = spec.alt_credits and any(f'alt="{n}"' in raw for n in spec.agencies[r["agency"]])
            assert credit or own or alt, r["file"]
        body = [canon(p) for p in r["body_paragraphs"]]
        assert not any(canon(c) in body for c in r["chrome_lines"])
    assert zwnj > 300


def _hosts_repeat_their_template(rows: list[dict], spec: GoldSpec) -> None:
    """A host's chrome recurs across its pages; the other pages' titles turn up in related lists."""
    by_site = collections.defaultdict(list)
    for r in rows:
        if r["kind"] == "article":
            by_site[r["site"]].append(r)
    titles = {r["title"] for r in rows if r["kind"] == "article"}
    foreign = 0
    for site, rs in by_site.items():
        if len(rs) < 4:
            continue
        common = collections.Counter(c for r in rs for c in set(r["chrome_lines"]))
        assert sum(1 for v in common.values() if v >= 0.6 * len(rs)) >= 3, site
        if spec.titles_inside_chrome:
            foreign += sum(1 for r in rs for c in r["chrome_lines"] if any(t in c for t in titles))
        else:
            foreign += sum(1 for r in rs for c in r["chrome_lines"] if c in titles or c.split(": ", 1)[-1] in titles)
    assert foreign > 100


def check_reproducible(build: Callable[..., list[dict]], out: Path, rows: list[dict], tmp: Path, n: int,
                       seed: int) -> None:
    """``build`` writes the same pages and gold again for the same seed (``rows``, written to ``out``
    with ``n`` pages), and other ones for another seed."""
    again = build(tmp / "a", n=n, seed=seed)
    assert again == rows
    assert sorted(p.name for p in (out / "pages").iterdir()) == sorted(r["file"] for r in rows)
    assert [(tmp / "a" / "pages" / r["file"]).read_bytes() for r in rows] == \
        [(out / "pages" / r["file"]).read_bytes() for r in rows]
    assert build(tmp / "b", n=60, seed=seed + 1) != build(tmp / "c", n=60, seed=seed)
