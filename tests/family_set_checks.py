"""The checks every blind family set's generator test shares (``tests/test_site_families_{t,…,ai}.py``).

Kept apart from ``family_pages.py``: the floors of ``tests/floors.toml`` record that module's digest,
and a test helper should not move them. Each set's test file calls these with its own generator's
``build``, ``FAMILIES``, ``HOSTS`` and seed, and keeps only the checks of its own forms. From Z on, a set's
test file takes its fixtures from :func:`set_fixtures` and the checks every set runs from :class:`SetChecks`:

    run, hosts = checks.set_fixtures(site_families_ac, SEED)

    class TestSet(checks.SetChecks):
        gen, seed, gold = site_families_ac, SEED, GOLD

A set without CMSs or menus takes the parts it has: :class:`GeneratorChecks` (every set's), :class:`MenuChecks`,
:class:`CmsChecks` (``class TestSet(checks.GeneratorChecks, checks.MenuChecks)`` for Z, AA and AB).
"""
from __future__ import annotations

import importlib
import importlib.util
import json
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import family_pages

#: the tags a set's HTML pages break lines at, for :func:`family_pages.page_lines`
BLOCKS = frozenset({"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "section", "article", "main", "aside",
                    "header", "footer", "nav", "table", "tr", "td", "figure", "figcaption", "form", "br", "title",
                    "body", "time", "blockquote", "label", "button", "textarea"})


#: a page's JSON-LD of the story (a ``NewsArticle`` or Yoast's ``@graph``), as U's to AB's heads write it
LD = re.compile(r'<script type="application/ld\+json">(\{"@context": "https://schema.org", "(@type|@graph)".*?)'
                r"</script>")


def credited_only_in_ld(r: dict, raw: str, agencies: dict[str, list[str]],
                        credited: Callable[[list[str]], str | None]) -> bool:
    """Whether an article's gold agency is credited only by the JSON-LD ``publisher`` of its page ``raw`` (no chrome
    line, no story text, no logo's ``alt`` names it): :func:`family_pages.check_gold` counts such a credit as none."""
    if r["kind"] != "article" or not r["agency"] or LD.search(raw) is None:
        return False
    names = agencies[r["agency"]]
    return (not any(n in c for c in r["chrome_lines"] for n in names)
            and credited(([r["lead"]] if r["lead"] else []) + r["body_paragraphs"]) != r["agency"]
            and not any(f'alt="{n}"' in raw for n in names))


def site_names(hosts: dict[str, list], homes: Iterable[str], canon: Callable[[str], str]) -> set[str]:
    """Every site's name and tagline and every home label, canonical: none of them is a section."""
    return ({canon(n) for f in hosts.values() for _, n, _ in f} | {canon(t) for f in hosts.values() for *_, t in f}
            | {canon(h) for h in homes if h})


def hosts_by_domain(make_host: Callable[[int, str, int], Any], hosts: dict[str, list], seed: int) -> dict[str, Any]:
    """Every host of a set by its domain, as the set's ``make_host`` makes it for ``seed``."""
    return {d: make_host(seed, f, i) for f, hs in hosts.items() for i, (d, _, _) in enumerate(hs)}


def with_form(rows: list[dict], hosts: dict[str, Any], form: str) -> list[dict]:
    """The article rows whose host's template has ``form`` (a key of its ``s``)."""
    return [r for r in rows if r["kind"] == "article" and hosts[r["site"]].s[form]]


def page_raw(out: Path, r: dict) -> str:
    """A row's page as written."""
    return (out / "pages" / r["file"]).read_text(encoding="utf-8")


def lines(out: Path, r: dict) -> list[str]:
    """A row's page as its lines (an HTML page's broken at :data:`BLOCKS`)."""
    return family_pages.page_lines(out / "pages" / r["file"], BLOCKS)


def raws(out: Path, rows: list[dict]) -> dict[str, str]:
    """Each row's page as written, by file name."""
    return {r["file"]: (out / "pages" / r["file"]).read_text(encoding="utf-8") for r in rows}


def chrome(rows: list[dict]) -> dict[str, str]:
    """Each article's gold chrome lines, one string a page."""
    return {r["file"]: "\n".join(r["chrome_lines"]) for r in rows if r["kind"] == "article"}


def check_family_subsets(build: Callable[..., list[dict]], families: list[str], seed: int, tmp: Path) -> None:
    """A run of some families holds only their pages and clusters; an unknown family is refused."""
    rows = build(tmp / "sub", n=60, seed=seed, families=families[1::2])
    assert {r["family"] for r in rows} == set(families[1::2])
    assert all(r["cluster"] is None or r["family"] in families[1::2] for r in rows)
    with pytest.raises(ValueError, match="unknown family"):
        build(tmp / "x", n=5, families=["news_portal"])


def check_hosts_differ(hosts: dict[str, list]) -> None:
    """Every family has its own three or four hosts, and no host or site name repeats across the set."""
    assert len(hosts) == 8 and all(len(h) in (3, 4) for h in hosts.values())
    domains = [d for f in hosts.values() for d, _, _ in f]
    names = [n for f in hosts.values() for _, n, _ in f]
    assert len(set(domains)) == len(domains) and len(set(names)) == len(names)


def check_host_tables(families: list[str], hosts: dict[str, list], sections: dict[str, list[str]],
                      variant: dict[str, list[str]], canon: Callable[[str], str], parents: Iterable[str] = ()) -> None:
    """A set whose hosts each show one variant of their family's kind (AQ on): its hosts differ
    (:func:`check_hosts_differ`), no section is a site's name or a trail's parent, and each family has one
    variant a host."""
    check_hosts_differ(hosts)
    secs = {x for xs in sections.values() for x in xs}  # (a trail may start at the site's name)
    assert not set(parents) & secs
    assert not {canon(x) for x in secs} & site_names(hosts, [], canon)
    assert all(len(variant[f]) == len(hosts[f]) == 3 for f in families)


def variant_of(variant: dict[str, list[str]], hosts: dict[str, list], r: dict) -> str:
    """The variant of the host of gold row ``r`` (a set whose hosts each show one: AQ on)."""
    return variant[r["family"]][[d for d, _, _ in hosts[r["family"]]].index(r["site"])]


def check_forms_spread(families: list[str], forms: dict[str, list[tuple]], count: int) -> None:
    """The set has ``count`` HTML forms and every one has a host in a family of the open half (even index: the
    ``*dev`` set) and one of the held half; ``forms``: family -> its hosts' (form or forms, flat forms, HTML share)."""
    halves: dict[str, set[int]] = {}
    for f, hs in forms.items():
        for form, _, _ in hs:
            for x in [form] if isinstance(form, str) else form:
                halves.setdefault(x, set()).add(families.index(f) % 2)
    assert len(halves) == count and all(v == {0, 1} for v in halves.values()), halves


def check_new_families(families: list[str], earlier_sets: Iterable[str]) -> None:
    """None of a set's families is a family of an earlier set (``earlier_sets``: their letters)."""
    earlier: set[str] = set()
    for x in earlier_sets:
        earlier |= set(importlib.import_module(f"site_families_{x}").FAMILIES)
    assert not earlier & set(families)


def set_letters(gen: ModuleType) -> str:
    """The letters of a set's generator module (``site_families_ac`` -> ``ac``)."""
    return gen.__name__.removeprefix("site_families_")


def earlier_sets(letters: str) -> list[str]:
    """The letters of the blind sets before the set ``letters``, from E on (``ac``: e, …, z, aa, ab)."""
    here = Path(__file__).parent
    found = {p.stem.removeprefix("site_families_") for p in here.glob("site_families_*.py")}
    order = sorted((x for x in found if "_" not in x), key=lambda x: (len(x), x))
    return [x for x in order if (1, "e") <= (len(x), x) < (len(letters), letters)]


#: the scoring script, whose split a set's brief fixes
BENCH = Path(__file__).resolve().parents[1] / "bench" / "score_families.py"


def check_registered(gen: ModuleType, seed: int, dev: list[str], held: list[str]) -> None:
    """``bench/score_families.py`` scores the set of ``gen`` as its brief split it: its open families ``dev`` as
    ``<set>dev``, its held ``held`` as ``<set>held`` (held out), and the whole set as ``<set>``, all for ``seed``."""
    letters = set_letters(gen)
    spec = importlib.util.spec_from_file_location("score_families", BENCH)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)  # type: ignore[union-attr]
    up = letters.upper()
    assert getattr(bench, f"{up}_DEV") == dev and getattr(bench, f"{up}_HELD") == held
    assert f"{letters}held" in bench.HELD_OUT
    name = gen.__name__
    assert bench.SETS[f"{letters}held"] == (name, seed, held)
    assert bench.SETS[f"{letters}dev"] == (name, seed, dev) and bench.SETS[letters] == (name, seed)


def set_fixtures(gen: ModuleType, seed: int, n: int = 240) -> tuple[Any, Any]:
    """The module fixtures of a set's test file: ``run``, the set's ``n`` pages built once for ``seed`` (its folder
    and gold rows), and ``hosts``, its hosts by domain as its ``make_host`` makes them for ``seed``."""

    @pytest.fixture(scope="module")
    def run(tmp_path_factory):
        out = tmp_path_factory.mktemp(set_letters(gen))
        return out, gen.build(out, n=n, seed=seed)

    @pytest.fixture(scope="module")
    def hosts():
        return hosts_by_domain(gen.make_host, gen.HOSTS, seed)

    return run, hosts


class GeneratorChecks:
    """The checks every set's generator passes, whatever its hosts are made of (a set's test file runs them as a
    subclass ``TestSet``, with the fixtures of :func:`set_fixtures`): the same pages for the same seed, runs of
    some families, families no earlier set has, and gold that says what its pages show. A set whose pages the gold
    check reads another way overrides :meth:`gold_pages` or :meth:`gold_row`."""

    gen: ModuleType  # the set's generator module (``site_families_ac``)
    seed: int
    gold: family_pages.GoldSpec
    n = 240  # the pages of the ``run`` fixture

    def test_same_seed_same_pages(self, run, tmp_path):
        family_pages.check_reproducible(self.gen.build, *run, tmp_path, n=self.n, seed=self.seed)

    def test_family_subsets(self, tmp_path):
        check_family_subsets(self.gen.build, self.gen.FAMILIES, self.seed, tmp_path)

    def test_new_families(self):
        """None of the set's families is a family of an earlier set, E's to the one before it."""
        check_new_families(self.gen.FAMILIES, earlier_sets(set_letters(self.gen)))

    def gold_pages(self, out: Path, tmp_path: Path) -> Path:
        """The folder of the run whose pages and gold :func:`family_pages.check_gold` reads: the run's own."""
        return out

    def gold_row(self, pages: Path, r: dict, hosts: dict[str, Any]) -> dict:
        """A gold row as the frame's checks see it: a credit only in the JSON-LD ``publisher`` counts as none
        there (:func:`credited_only_in_ld`)."""
        ld_only = credited_only_in_ld(r, page_raw(pages, r), self.gold.agencies, self.gold.credited)
        return {**r, "agency": None} if ld_only else r

    def test_gold_is_consistent_with_its_pages(self, run, hosts, tmp_path):
        """The frame's checks (:func:`family_pages.check_gold`), on each row as :meth:`gold_row` sees it; the
        set's forms are checked by its own tests."""
        out, rows = run
        pages = self.gold_pages(out, tmp_path)
        family_pages.check_gold(pages, [self.gold_row(pages, r, hosts) for r in rows], self.gold, tmp_path)
        split = json.loads((out / "gold.jsonl").read_text(encoding="utf-8").splitlines()[0])["split"]
        assert split == f"families-{set_letters(self.gen)}"


class MenuChecks:
    """The checks of a set whose hosts show menus of its sections (the generator's ``MENUS``, ``SLUGS`` and
    ``HOMES``) and force each of its forms (``FORCED``) on some hosts: Z's sets and those after it, but AI's."""

    gen: ModuleType

    def test_hosts_differ(self):
        """The hosts differ (:func:`check_hosts_differ`); every section of the menus has its slug, and none is a
        site's name, tagline or home label."""
        g = self.gen
        check_hosts_differ(g.HOSTS)
        sections = {x for core, _ in g.MENUS.values() for c in core for x in (c if isinstance(c, tuple) else (c,))}
        assert not {g.canon(x) for x in sections} & site_names(g.HOSTS, g.HOMES, g.canon)
        assert sections <= set(g.SLUGS)

    def test_forms_spread_over_the_split(self):
        """Every form of the set is forced on a host of an open (even) family and one of a held-out (odd) family."""
        for form, where in self.gen.FORCED.items():
            assert {self.gen.FAMILIES.index(f) % 2 for f, _ in where} == {0, 1}, form


class CmsChecks:
    """The check of a set whose hosts save their pages from CMSs (the generator's ``CMS``)."""

    gen: ModuleType

    def test_every_cms_has_hosts(self, hosts):
        """Each CMS skin (or saved shape) is some host's, and every family's hosts save their pages from two CMSs
        at least."""
        g = self.gen
        assert {h.s["cms"] for h in hosts.values()} == set(g.CMS)
        for f in g.FAMILIES:
            assert len({hosts[d].s["cms"] for d, _, _ in g.HOSTS[f]}) >= 2, f


class SetChecks(GeneratorChecks, MenuChecks, CmsChecks):
    """The checks every set from AC on passes: menus, forced forms and CMSs (a set whose forms need a check another
    way overrides it)."""
