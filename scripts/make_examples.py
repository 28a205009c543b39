#!/usr/bin/env python3
"""Build the bundled sample in examples/ (run from the repository root).

  python scripts/make_examples.py [--shared ../shared]

examples/pages/ holds the seed page of ../shared/samples/seed and a few pages made here from real
news articles of ../shared/data/corpora (Fars News, Varzesh3; Apache-2.0, repository
language-ml/course-nlp-ir-1-text-exploring), wrapped in site chrome written for these examples and
damaged the way crawls damage pages: lost ZWNJs, Arabic ي/ك, NBSPs, a Windows-1256 file, an HTML
page, an empty page. examples/feed.jsonl holds two more articles as JSON lines.
"""
import argparse
import gzip
import html
import json
import os
import shutil

ZWNJ = "\u200c"


def arabic(text):
    return text.replace("ی", "ي").replace("ک", "ك")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
    ap.add_argument("--out", default="examples")
    a = ap.parse_args()
    rows = [json.loads(line) for line in gzip.open(os.path.join(a.shared, "data/corpora/news-dev.jsonl.gz"), "rt")]
    pages = os.path.join(a.out, "pages")
    os.makedirs(pages, exist_ok=True)
    shutil.copy(os.path.join(a.shared, "samples/seed/000_6d8fd06e54dabc97.txt"), pages)
    fars = [r for r in rows if r["dataset"] == "fars" and len(r["paragraphs"]) >= 4]
    v3 = [r for r in rows if r["dataset"] == "varzesh3" and len(r["paragraphs"]) >= 4]

    r = fars[3]
    body = "\n\n".join(p.replace(ZWNJ, "") for p in r["paragraphs"])
    page = (f"پایگاه خبری آینه شهر\n\nجامعه\n\n{r['title'].replace(ZWNJ, '')}\n\n{r['abstract']}\n\n\n"
            f"{body}\n\nانتهای پیام/\n\nبرچسب‌ها: اخبار روز\n\nاشتراک گذاری\n\nلینک کوتاه کپی شد\n\n"
            "تمامی حقوق این سایت محفوظ است\n")
    open(os.path.join(pages, "101_society.txt"), "w", encoding="utf-8").write(page.replace(" ", "\u00a0", 3))

    r = fars[7]
    body = "\n\n".join(arabic(p) for p in r["paragraphs"])
    page = f"خبرگزاري محلي\n\n{arabic(r['title'])}\n\n{body}\n\nمنبع: فارس\n\nنظرات شما\n"
    open(os.path.join(pages, "102_legacy_cp1256.txt"), "wb").write(page.encode("cp1256", errors="ignore"))

    r = v3[2]
    paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in r["paragraphs"])
    page = (f"<!doctype html><html lang=\"fa\" dir=\"rtl\"><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(r['title'])} | ورزش امروز</title>"
            f"<meta property=\"og:title\" content=\"{html.escape(r['title'])}\"></head><body>"
            f"<nav><a href=\"/\">خانه</a> <a href=\"/football\">فوتبال</a></nav>"
            f"<article><h1>{html.escape(r['title'])}</h1><p class=\"lead\">{html.escape(r['abstract'])}</p>"
            f"{paras}</article><footer>کلیه حقوق محفوظ است</footer></body></html>\n")
    open(os.path.join(pages, "103_sport.html"), "w", encoding="utf-8").write(page)

    open(os.path.join(pages, "104_empty.txt"), "w", encoding="utf-8").write("\n \n\u00a0\n")

    with open(os.path.join(a.out, "feed.jsonl"), "w", encoding="utf-8") as fh:
        for r in (fars[11], v3[5]):
            text = r["title"] + "\n\n" + "\n\n".join(p.replace(ZWNJ, " ") for p in r["paragraphs"])
            fh.write(json.dumps({"id": r["link"].rstrip("/").rsplit("/", 1)[-1][:20], "url": r["link"],
                                 "text": text}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
