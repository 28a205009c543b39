"""Extraction's caches of per-line answers give the answers of the functions they remember."""
from __future__ import annotations

from pathlib import Path

import pytest

from palayesh.extract import template as tpl, text as text_mod
from palayesh.extract.step import page_lines
from palayesh.textkeys import line_key

DEV_PAGES = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "dev-pages" / "pages"
ROLES = [None, tpl.CHROME, tpl.HEAD, tpl.MID, tpl.SITE, tpl.TAIL, tpl.TITLE]


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
    text_mod._remembered_kind.cache_clear()
    for _ in range(2):  # the second round is answered from the cache
        for t in dev_lines:
            key = line_key(t)
            for role in ROLES:
                assert text_mod.classify(t, key, role) == text_mod._classify(t, key, role), (t, role)
            assert text_mod.classify(t) == text_mod._classify(t, key, None), t
    assert text_mod._remembered_kind.cache_info().hits > 0


def test_classify_gives_each_caller_its_own_line():
    a = text_mod.classify("منبع: مهر")
    a.gap, a.recurs, a.kind = True, True, "x"  # what extract_text sets on its lines
    b = text_mod.classify("منبع: مهر")
    assert b is not a
    assert (b.gap, b.recurs, b.kind) == (False, False, text_mod.LABEL)
