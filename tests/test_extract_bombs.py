"""Pages built to hurt the HTML extractor (a 60 MB line, 100,000 nested <div>s, a 40 MB attribute,
a page that takes too long) never stop or stall a run, and never pass as a silent ``quality_empty``:
each is rejected with a reason that says what happened, and a failure leaves an error record."""
import time
from pathlib import Path

import pytest

from conftest import read_errors, read_rows
from palayesh import extract, refine
from palayesh.document import new_document
from palayesh.extract import ExtractOptions
from palayesh.extract.step import ExtractStep
from palayesh.pipeline import Context

SENTENCE = "به گزارش خبرگزاری مهر، وزیران دفاع دو کشور در مسکو با یکدیگر دیدار و گفتگو کردند. "
STORY = ("<p>" + SENTENCE + "آنان درباره همکاری‌های نظامی، امنیت منطقه و قراردادهای تازه سخن گفتند و "
         "بر ادامه رایزنی‌ها در ماه‌های آینده تأکید کردند. وزیر دفاع ایران پیش از این دیدار با رئیس "
         "ستاد کل نیروهای مسلح روسیه نیز گفتگو کرده بود.</p><p>این سفر سه روز طول می‌کشد و قرار است "
         "در پایان آن بیانیه‌ای مشترک منتشر شود که جزئیات توافق‌ها را روشن می‌کند. کارشناسان این "
         "دیدار را نشانه‌ای از گسترش روابط دو کشور می‌دانند.</p>")


def nested(depth: int) -> str:
    return "<html><body>" + "<div>" * depth + STORY + "</div>" * depth + "</body></html>"


def big_attribute(chars: int) -> str:
    return '<html><body><div title="' + "a" * chars + '">' + STORY + "</div></body></html>"


def _run(tmp_path, pages: dict, **options):
    src = tmp_path / "in"
    src.mkdir()
    for name, text in pages.items():
        (src / name).write_text(text, encoding="utf-8")
    out = tmp_path / "OUT"
    stats = refine(src, out, progress="none", workers=1, **options)
    rejected = {r["id"]: r["reason"] for r in read_rows(out, "rejected")}
    kept = {r["id"] for r in read_rows(out)}
    errors = read_errors(out)
    # every page is accounted for
    assert stats["documents"]["read"] == len(pages) == len(rejected) + len(kept)
    return stats, kept, rejected, errors


def _step(doc_raw: str, fmt: str = "html", tmp=Path("/nonexistent"), **options):
    step = ExtractStep(ExtractOptions(use_run_stats=False, **options))
    ctx = Context(shard=0, stage="process", work_dir=tmp)
    step.setup(ctx)
    doc = new_document(id="p", source="in/p.html", raw=doc_raw)
    doc["_format"] = fmt
    list(step.run([doc], ctx))
    return doc, ctx


def test_a_page_over_max_page_chars_is_rejected_without_being_parsed(tmp_path):
    pages = {"huge_txt.txt": SENTENCE * 3000, "huge_html.html": "<html><body>" + STORY * 300 + "</body></html>",
             "small.html": "<html><body><h1>عنوان خبر</h1>" + STORY + "</body></html>"}
    stats, kept, rejected, errors = _run(tmp_path, pages, extract={"max_page_chars": 100_000})
    assert rejected["huge_txt"] == rejected["huge_html"] == "extract_too_large"
    assert stats["reasons"]["extract_too_large"] == 2 and not errors
    assert "small" in kept


def test_the_size_guard_costs_nothing_on_a_one_line_page_of_many_megabytes():
    doc, ctx = _step(SENTENCE * 150_000, fmt="text")  # 12 M characters on one line
    t0 = time.perf_counter()
    doc2, _ = _step(SENTENCE * 150_000, fmt="text")
    assert time.perf_counter() - t0 < 1.0
    assert doc.get("reason") == "extract_too_large" and doc["text"] == "" and not ctx.errors


def test_the_default_size_guard_is_on():
    assert 1_000_000 <= ExtractOptions().max_page_chars <= 10_000_000
    assert ExtractOptions(max_page_chars=None).max_page_chars is None


def test_100k_nested_divs_are_an_extraction_failure_with_an_error_record(tmp_path):
    t0 = time.perf_counter()
    ok = "<html><body><h1>عنوان خبر</h1>" + STORY + "</body></html>"
    stats, kept, rejected, errors = _run(tmp_path, {"deep.html": nested(100_000), "ok.html": ok})
    assert time.perf_counter() - t0 < 20
    assert rejected["deep"] == "extract_failed" and "ok" in kept
    assert len(errors) == 1
    err = errors[0]
    assert err["reason"] == "extract_failed" and err["position"] == "deep" and err["input"].endswith("deep.html")
    assert "depth" in err["error"].lower()
    assert stats["errors"]["extract_failed"] == 1


def test_deep_nesting_below_the_story_keeps_the_story():
    raw = "<html><body><h1>عنوان خبر</h1>" + STORY + "<div>" * 1000 + "x" + "</div>" * 1000 + "</body></html>"
    doc, ctx = _step(raw)
    assert doc.get("reason") is None and SENTENCE.strip()[:20] in doc["text"] and not ctx.errors


def test_a_huge_attribute_is_no_silent_empty_page():
    # 12 M characters of attribute: bigger than the HTML that is parsed (max_html_chars), smaller than
    # the size guard here; the part that is parsed holds nothing but the attribute
    doc, ctx = _step(big_attribute(12_000_000), max_page_chars=None)
    assert doc.get("reason") == "extract_too_large"
    # under the parser's limits the attribute is just read past
    doc, ctx = _step(big_attribute(2_000_000))
    assert doc.get("reason") is None and doc["text"]


def test_a_40mb_attribute_is_rejected_by_the_size_guard(tmp_path):
    stats, kept, rejected, errors = _run(tmp_path, {"attr.html": big_attribute(40_000_000)})
    assert rejected == {"attr": "extract_too_large"} and not errors


def test_a_timeout_is_an_error_record_and_its_own_reason(monkeypatch):
    from palayesh.extract import html

    def slow(raw, engine):
        time.sleep(5)
        return ""

    monkeypatch.setattr(html, "_main_text", slow)
    t0 = time.perf_counter()
    doc, ctx = _step("<html><body>" + STORY + "</body></html>", html_timeout=0.2)
    assert time.perf_counter() - t0 < 2
    assert doc.get("reason") == "extract_timeout"
    assert [e["reason"] for e in ctx.errors] == ["extract_timeout"] and "0.2" in ctx.errors[0]["error"]
    assert ctx.errors[0]["position"] == "p" and ctx.errors[0]["input"] == "in/p.html"


@pytest.mark.parametrize("raw", [
    '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html><html><head><title>t</title></head><body>'
    + "<h1>عنوان خبر</h1>" + STORY + "</body></html>",  # XHTML with an encoding declaration
], ids=["xml-declaration"])
def test_xhtml_with_an_encoding_declaration_is_read(raw):
    art = extract(raw)
    assert art.error is None and SENTENCE.strip()[:20] in art.text and art.title == "عنوان خبر"


def test_xhtml_lines_are_seen_by_the_template_too():
    from palayesh.extract.pagetext import html_lines

    raw = '<?xml version="1.0" encoding="utf-8"?>\n<html><body><p>خبر تازه</p></body></html>'
    assert html_lines(raw) == ["خبر تازه"]
