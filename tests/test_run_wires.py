"""The run learns which names are news agencies (s60): a site credits some of its stories to a wire in
the slot under them, «منبع: خبرگزاری کالیستا», and another site of the run credits the same wire by its
bare name, «منبع: کالیستا», on a few of its stories only (too few for its slot to be a template's). The
bare name is that wire's, as the first site's slot said; a name no page of the run calls a news agency
(a paper quoted once) is none, and a story whose own dateline credits an agency keeps it."""
from __future__ import annotations

import re

import pytest

from conftest import read_rows, story_bodies
from palayesh import refine
from palayesh.extract.template import wire_names

WIRES = ["کالیستا", "مورانو", "تلویس"]


def _page(site: str, menu: str, i: int, paras: list[str], slot: str | None, *, html: bool,
          dateline: str | None = None) -> str:
    """One story of ``site``: its headline, its paragraphs and, under them, the end marker and the
    credit ``slot`` when there is one."""
    paras = [re.sub("خبرگزار[یي] [^\\s،]+", site, p) for p in paras]
    if dateline:
        paras[0] = f"به گزارش {dateline}، {paras[0]}"
    title = f"گزارش شماره {i + 1} از رویدادهای {site} در هفته گذشته"
    story = [*paras, "پایان"] + ([slot] if slot else [])
    if html:
        blocks = "".join(f"<p>{p}</p>" if p in paras else f"<p class='m'>{p}</p>" for p in story)
        host = "kavir" if site.startswith("کویر") else "dorna"
        return (f"<!doctype html><html><head><link rel='canonical' href='https://{host}.example/n/{i}'></head>"
                f"<body><div class='top'>{site}</div><nav>{menu}</nav><article><h1>{title}</h1>{blocks}"
                f"</article><div class='f'>تمامی حقوق برای {site} محفوظ است.</div></body></html>")
    return "\n\n".join([site, menu, title, *story, f"تمامی حقوق برای {site} محفوظ است."])


def _run(tmp_path, *, html: bool, teacher: bool, dateline: str | None = None, bare=WIRES) -> list:
    """A run of two sites: «دورنا نیوز» credits a third of its stories «منبع: خبرگزاری X» (with
    ``teacher``; else it credits none), «کویر امروز» a quarter of its own «منبع: X» by the names
    ``bare`` (each opening with ``dateline``'s when given); the agencies of the latter's credited pages."""
    bodies = story_bodies(28, 3)
    src = tmp_path / "pages"
    src.mkdir()
    ext = "html" if html else "txt"
    for i, paras in enumerate(bodies[:12]):
        slot = f"منبع: خبرگزاری {WIRES[i // 4]}" if teacher and i % 4 == 0 else None
        (src / f"a{i:02d}.{ext}").write_text(_page("دورنا نیوز", "خانه | جهان | ورزش", i, paras, slot, html=html),
                                             encoding="utf-8")
    credited = []
    for i, paras in enumerate(bodies[12:]):
        slot = f"منبع: {bare[i // 4 % len(bare)]}" if i % 4 == 1 else None
        if slot:
            credited.append(f"b{i:02d}")
        page = _page("کویر امروز", "صفحه اول | استان | اقتصاد", i, paras, slot, html=html,
                     dateline=dateline if slot else None)
        (src / f"b{i:02d}.{ext}").write_text(page, encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(tmp_path / "out") + read_rows(tmp_path / "out", "rejected")}
    return [rows[k]["agency"] for k in credited]


@pytest.mark.parametrize("html", [False, True])
def test_a_bare_name_another_site_calls_a_news_agency_is_the_wire(tmp_path, html):
    # «کویر امروز» credits a quarter of its stories «منبع: کالیستا»: too few pages for a slot of its
    # template; «دورنا نیوز» said «منبع: خبرگزاری کالیستا» on its own pages
    assert _run(tmp_path, html=html, teacher=True) == [*WIRES, WIRES[0]]


@pytest.mark.parametrize("html", [False, True])
def test_a_bare_name_no_page_calls_a_news_agency_is_none(tmp_path, html):
    # no page of the run says those names are agencies: a paper's, a journal's, no wire
    assert not set(_run(tmp_path, html=html, teacher=False)) & set(WIRES)


def test_a_paper_beside_the_wires_is_no_wire(tmp_path):
    # the same site credits a paper in that slot («منبع: واندرا»): the run knows no wire of that name
    got = _run(tmp_path, html=False, teacher=True, bare=["کالیستا", "واندرا", "تلویس"])
    assert got == ["کالیستا", None, "تلویس", "کالیستا"]


def test_the_dateline_names_the_agency_the_bare_name_the_source(tmp_path):
    # «به گزارش ایسنا، …» opening the story: the bare name under it is what the agency quoted
    assert set(_run(tmp_path, html=False, teacher=True, dateline="ایسنا")) == {"ایسنا"}


def test_the_names_a_page_calls_agencies():
    assert wire_names(["منبع خبر: خبرگزاری کالیستا", "منبع: کالیستا", "منبع: خبرگزاری فارس"]) == ["کالیستا"]
