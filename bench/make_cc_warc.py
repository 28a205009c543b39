"""Make a Common-Crawl-like WARC where 2 % of the pages are Persian, for the language gate (issue 17).

Persian pages: the HTML files of ``--persian`` (default the dev pages; for more, make them with
``../shared/tools/make_pages.py``), as they are. The other pages are real text found offline on this
machine, cut into paragraphs and put into an HTML page of the same size as a Persian one (drawn from
their sizes) with the chrome of a web page (head, scripts, menu, footer):

- English: the prose shipped with Python (``pydoc_data.topics``: the language reference and library
  topics), the license texts in ``/usr/share/common-licenses``;
- Arabic, Urdu, Russian, Turkish: translations in the system's gettext catalogs
  (``/usr/share/locale/{ar,ur,ru,tr}/LC_MESSAGES/*.mo``: apt, coreutils, glib, gtk, iso-codes, ...);
  a quarter of the Russian pages are Windows-1251 (declared), a quarter of the English pages carry a
  language menu with «فارسی» and «العربية» in it, and the Arabic pages declare ``<html lang="ar">``.

Each WARC file holds request, response and metadata records, each a gzip member (as Common Crawl
writes them); ``warc.paths.gz`` lists them relative to the output folder, and ``truth.jsonl`` gives
each response's id (``<file stem>/<offset>``, as palayesh names it) and language.

    python bench/make_cc_warc.py --n 10000 --files 4 --out /tmp/cc   # then bench/bench_gate.py /tmp/cc
"""
from __future__ import annotations

import argparse
import gettext
import glob
import gzip
import json
import os
import random
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "shared")
#: languages of the non-Persian pages and their shares (about Common Crawl's order, Arabic and Urdu
#: raised so that the gate is tested on them)
MIX = {"en": 0.60, "ru": 0.18, "tr": 0.12, "ar": 0.08, "ur": 0.02}


def mo_texts(lang: str) -> list[str]:
    """Translated messages (real text) of every gettext catalog of ``lang`` on this machine."""
    out = []
    for path in sorted(glob.glob(f"/usr/share/locale/{lang}/LC_MESSAGES/*.mo")):
        try:
            with open(path, "rb") as fh:
                catalog = gettext.GNUTranslations(fh)._catalog  # type: ignore[attr-defined]
        except Exception:
            continue
        for key, value in catalog.items():
            if key and isinstance(value, str) and len(value) > 20 and "%" not in value:
                out.append(" ".join(value.split()))
    return out


def english_texts() -> list[str]:
    import pydoc_data.topics as topics

    out = [p for text in topics.topics.values() for p in text.split("\n\n")]
    for path in sorted(glob.glob("/usr/share/common-licenses/*")):
        if os.path.isfile(path):
            with open(path, encoding="utf-8", errors="replace") as fh:
                out.extend(fh.read().split("\n\n"))
    return [" ".join(p.split()) for p in out if len(p.split()) > 8]


def page(lang: str, paras: list[str], size: int, rng: random.Random, switcher: bool = False) -> str:
    """An HTML page of about ``size`` characters: chrome around paragraphs of ``paras``."""
    menu = "".join(f'<li><a href="/{w.lower()}">{w}</a></li>' for w in ("Home", "News", "About", "Contact"))
    if switcher:
        menu += '<li><a href="/fa">فارسی</a></li><li><a href="/ar">العربية</a></li>'
    head = (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{paras[0][:60]}</title>'
            '<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}</script>'
            f'<link rel="stylesheet" href="/s.css"></head><body><nav><ul>{menu}</ul></nav>'
            f'<main><h1>{paras[0][:80]}</h1>')
    tail = '</main><footer><p>&copy; 2024</p><a href="/privacy">Privacy</a></footer></body></html>'
    body, n = [], len(head) + len(tail)
    while n < size:
        p = rng.choice(paras)
        body.append(f"<p>{p}</p>")
        n += len(p) + 7
    return head + "".join(body) + tail


def warc_record(kind: str, url: str, payload: bytes, ctype: str) -> bytes:
    head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {url}\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n"
            f"WARC-Record-ID: <urn:uuid:{uuid.UUID(int=random.getrandbits(128))}>\r\n"
            f"Content-Type: {ctype}\r\nContent-Length: {len(payload)}\r\n\r\n").encode()
    return gzip.compress(head + payload + b"\r\n\r\n", compresslevel=6, mtime=0)


def response(url: str, body: bytes, ctype: str) -> list[bytes]:
    req = f"GET / HTTP/1.1\r\nHost: {url.split('/')[2]}\r\nUser-Agent: CCBot/2.0\r\n\r\n".encode()
    http = (f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n\r\n").encode() + body
    meta = b"fetchTimeMs: 120\r\n"
    return [warc_record("request", url, req, "application/http; msgtype=request"),
            warc_record("response", url, http, "application/http; msgtype=response"),
            warc_record("metadata", url, meta, "application/warc-fields")]


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=10000, help="pages (responses)")
    ap.add_argument("--files", type=int, default=4, help="WARC files")
    ap.add_argument("--persian-share", type=float, default=0.02)
    ap.add_argument("--persian", default=os.path.join(SHARED, "data", "dev-pages", "pages"),
                    help="folder of Persian .html pages")
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=17)
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    random.seed(args.seed)

    fa_files = sorted(glob.glob(os.path.join(args.persian, "**", "*.html"), recursive=True))
    n_fa = round(args.n * args.persian_share)
    if len(fa_files) < n_fa:
        raise SystemExit(f"{args.persian} has {len(fa_files)} .html pages, {n_fa} needed (make more with "
                         "../shared/tools/make_pages.py)")
    fa_pages = [open(p, "rb").read() for p in rng.sample(fa_files, n_fa)]
    sizes = [len(b) for b in fa_pages]
    texts = {"en": english_texts(), **{lang: mo_texts(lang) for lang in ("ar", "ur", "ru", "tr")}}
    langs = ["fa"] * n_fa + rng.choices(list(MIX), weights=list(MIX.values()), k=args.n - n_fa)
    rng.shuffle(langs)

    os.makedirs(os.path.join(args.out, "crawl", "warc"), exist_ok=True)
    names = [f"crawl/warc/CC-BENCH-{i:05d}.warc.gz" for i in range(args.files)]
    fhs = [open(os.path.join(args.out, n), "wb") for n in names]
    fa_iter = iter(fa_pages)
    truth = []
    for i, lang in enumerate(langs):
        url = f"https://{lang}.example{i % 97}.com/page/{i}"
        if lang == "fa":
            body, ctype = next(fa_iter), "text/html; charset=utf-8"
        else:
            switcher = lang == "en" and rng.random() < 0.25
            html = page(lang, texts[lang], rng.choice(sizes), rng, switcher=switcher)
            if lang == "ru" and rng.random() < 0.25:
                body, ctype = html.replace('charset="utf-8"', 'charset="windows-1251"').encode("cp1251", "replace"), \
                    "text/html; charset=windows-1251"
            else:
                body, ctype = html.encode(), "text/html; charset=UTF-8"
        k = i % args.files
        fh = fhs[k]
        records = response(url, body, ctype)
        fh.write(records[0])
        offset = fh.tell()
        fh.write(records[1])
        fh.write(records[2])
        stem = os.path.basename(names[k])[: -len(".warc.gz")]
        truth.append({"id": f"{stem}/{offset}", "lang": lang, "bytes": len(body)})
    for fh in fhs:
        fh.close()
    with gzip.open(os.path.join(args.out, "warc.paths.gz"), "wt", encoding="utf-8") as fh:
        fh.write("".join(n + "\n" for n in names))
    with open(os.path.join(args.out, "truth.jsonl"), "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(t) + "\n" for t in truth)
    total = sum(os.path.getsize(os.path.join(args.out, n)) for n in names)
    counts = {lang: langs.count(lang) for lang in ["fa", *MIX]}
    print(f"{args.n} pages in {args.files} WARC files ({total / 1e6:.1f} MB): {counts} -> {args.out}")


if __name__ == "__main__":
    main()
