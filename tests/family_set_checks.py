"""The checks every blind family set's generator test shares (``tests/test_site_families_{t,u,v,w}.py``).

Kept apart from ``family_pages.py``: the floors of ``tests/floors.toml`` record that module's digest,
and a test helper should not move them. Each set's test file calls these with its own generator's
``build``, ``FAMILIES``, ``HOSTS`` and seed, and keeps only the checks of its own forms.
"""
from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest

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


def check_new_families(families: list[str], earlier_sets: str) -> None:
    """None of a set's families is a family of an earlier set (``earlier_sets``: their letters)."""
    earlier: set[str] = set()
    for x in earlier_sets:
        earlier |= set(importlib.import_module(f"site_families_{x}").FAMILIES)
    assert not earlier & set(families)
