import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from palayesh import read_output, refine

try:
    from xdist.scheduler import LoadFileScheduling
except ImportError:  # pragma: no cover  (the suite runs in one process without pytest-xdist)
    LoadFileScheduling = object

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


def read_rows(out, part="docs"):
    """Every row of OUT/docs (or rejected), whatever the output format, in file order."""
    return list(read_output(out, part))


def refine_pages(tmp_path, pages: list[str], *, rejected: bool = False) -> dict:
    """Refine flat pages (whole texts, written as ``p00.txt``, ``p01.txt``, …) in ``tmp_path``: the
    kept rows by id, and with ``rejected`` the rejected ones too."""
    src = tmp_path / "pages"
    src.mkdir()
    for i, text in enumerate(pages):
        (src / f"p{i:02d}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    refine(src, out, workers=1, progress="none")
    rows = read_rows(out) + (read_rows(out, "rejected") if rejected else [])
    return {r["id"]: r for r in rows}


def refine_site(tmp_path, pages: list[list[str]]) -> dict:
    """Refine a site of flat pages (each a list of lines, written with blank lines between, as
    ``p00.txt``, ``p01.txt``, …) in ``tmp_path``: the kept rows by id."""
    return refine_pages(tmp_path, ["\n\n".join(lines) for lines in pages])


def made_titles(n: int, works: list[str], towns: list[str]) -> list[str]:
    """``n`` headlines a test's site shows, «<work> در <town> آغاز شد», no two alike for n up to
    ``len(works) * len(towns)`` when the two lengths share no factor."""
    return [f"{works[i % len(works)]} در {towns[i % len(towns)]} آغاز شد" for i in range(n)]


def site_texts(tmp_path, pages: list[list[str]]) -> dict[int, list[str]]:
    """:func:`refine_site`'s kept rows as their paragraphs, by page number (``p03`` → 3)."""
    return {int(k[1:]): r["text"].split("\n") for k, r in refine_site(tmp_path, pages).items()}


def read_errors(out):
    """Every error record of OUT/errors, in file order."""
    return list(read_output(out, "errors"))


def run_cli(*args, input=None, cwd=None, timeout=120):
    """Run ``python -m palayesh ARGS``; returns the CompletedProcess (text mode)."""
    return subprocess.run([sys.executable, "-m", "palayesh", *map(str, args)], input=input, capture_output=True,
                          text=True, cwd=cwd, timeout=timeout, env={**os.environ, "PYTHONIOENCODING": "utf-8"})


@pytest.fixture
def shared():
    if not SHARED.is_dir():
        pytest.skip("../shared is not next to the repository")
    return SHARED


NEWS = SHARED / "data" / "corpora" / "news-dev.jsonl.gz"


def news_bodies():
    """Bodies of the real news articles in ../shared (paragraphs joined by newlines), in file order."""
    with gzip.open(NEWS, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            yield "\n".join(p.strip() for p in r.get("paragraphs") or [] if p and p.strip())


def story_bodies(n: int, paras: int = 4) -> list[list[str]]:
    """The first ``paras`` long paragraphs (20+ words) of the first ``n`` news articles that have as many:
    stories for pages a test writes."""
    out = []
    for body in news_bodies():
        long = [p for p in body.split("\n") if len(p.split()) >= 20]
        if len(long) >= paras:
            out.append(long[:paras])
        if len(out) == n:
            break
    return out


# -- Sharing the suite out over xdist's processes (pyproject: -n 2 --dist loadfile --no-loadscope-reorder) --------

#: Tests that each go to a process as a unit of their own (nodeid prefixes), not with the rest of their file: long
#: runs that share no module fixture (a floor gate refines a generated set of 400 pages). As one file they ran
#: one after the other in one process, the longest chain of the suite.
ALONE = ("tests/test_families_quality.py::",)

#: Units started first, longest first (nodeid prefixes; the rest follow in file order): a process that picks up
#: a long unit while the other is nearly done is the run's tail (on main the 18 gates started last, in one
#: process, while the other ran out of work). A missing or renamed name only costs scheduling, never a test.
LONG_FIRST = (
    "tests/test_families_quality.py::",
)


class LoadFileUnlessAlone(LoadFileScheduling):  # type: ignore[misc,valid-type]
    """xdist's ``loadfile`` (a file's tests in one process, its module fixtures built once), except the
    tests of :data:`ALONE`: each a unit of its own, which either process may take."""

    def _split_scope(self, nodeid: str) -> str:
        return nodeid if nodeid.startswith(ALONE) else super()._split_scope(nodeid)


@pytest.hookimpl(tryfirst=True, optionalhook=True)
def ocr_wrap(p: str, width: int) -> list[str]:
    """``p`` wrapped greedily at ``width`` as a newspaper's OCR text is: a word with a ZWNJ that does
    not fit is broken right after its ZWNJ («… می‌» / «خواهد …»)."""
    out, cur = [], ""
    for w in p.split():
        if cur and len(cur) + 1 + len(w) > width:
            k = w.find("\u200c") + 1
            if k and len(cur) + 1 + k <= width:
                out.append(cur + " " + w[:k])
                cur = w[k:]
                continue
            out.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    return out + [cur]


def pytest_xdist_make_scheduler(config, log):
    if config.getvalue("dist") == "loadfile":
        return LoadFileUnlessAlone(config, log)
    return None


def long_rank(nodeid: str) -> int:
    """Where the unit of ``nodeid`` starts: its place in :data:`LONG_FIRST`, after them all if not there."""
    return next((i for i, prefix in enumerate(LONG_FIRST) if nodeid.startswith(prefix)), len(LONG_FIRST))


def pytest_collection_modifyitems(config, items):
    """In each xdist process (they must collect the same order; the controller hands units out in it): the
    long units first, the rest in file order."""
    if hasattr(config, "workerinput"):
        items.sort(key=lambda item: long_rank(item.nodeid))
