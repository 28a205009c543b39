"""The agency of small sites that each credit their stories in one form (``tests/agency_forms.py``):
a run of every form's host, flat and HTML, refined once."""
from __future__ import annotations

import pytest

from agency_forms import FORMS, build


@pytest.fixture(scope="module")
def credited(tmp_path_factory) -> dict[str, tuple[str | None, str | None]]:
    """{page id: (gold agency, agency refined)} over every form's hosts."""
    from conftest import read_rows
    from palayesh import refine
    root = tmp_path_factory.mktemp("agency_forms")
    gold = build(root / "pages")
    refine(root / "pages", root / "out", workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(root / "out") + read_rows(root / "out", "rejected")}
    return {pid: (want, rows[pid]["agency"]) for pid, want in gold.items()}


#: forms the run does not credit yet, and why (none open: ``closing_paren`` «… به پایان برسد. (ایسنا)»,
#: the story's last paragraph with its credit, went on s47-base: the credit hid the full stop, so the
#: line read as no prose and fell to the count of its opening words «او افزود» on the site's pages)
_OPEN: dict[str, str] = {}


@pytest.mark.parametrize("form", [pytest.param(f, marks=pytest.mark.xfail(strict=True, reason=_OPEN[f]))
                                  if f in _OPEN else f for f in sorted(FORMS)])
def test_each_forms_pages_credit_their_agency(credited, form):
    """Forms that failed on s42-base: ``slash_head`` («ایرنا/ …» heading the story, read as «ایرنا -»
    was), ``jsonld_author`` and ``meta_author`` (a credit given to machines only); on s45-base:
    ``slash_province`` («ایسنا/خراسان رضوی …», the desk glued to the story), ``per_report`` («به
    نوشته ایسنا، …»), ``logo_alt_head`` (the agency's logo alone over the story) and ``amp_logo`` (an
    AMP page's ``<amp-img>`` logo beside «منبع:»), ``head_source_row`` («منبع: خبرگزاری مهر | ۵ مهر
    ۱۴۰۳ - ۱۰:۳۰» over a flat page's headline, longer than a credit alone)."""
    pages = {pid: v for pid, v in credited.items() if pid.startswith(form + "-")}
    assert pages and {pid: got for pid, (_, got) in pages.items()} == {pid: want for pid, (want, _) in pages.items()}
