"""The read-only web app of ``palayesh serve``: a WSGI callable over one search index.

Standard library only (``wsgiref`` + ``sqlite3``): the app is a plain WSGI function, tested
in-process by calling it with an environ, and served by a threading ``wsgiref`` server bound to
127.0.0.1. Every HTML page has a JSON twin: ``?format=json`` or the same path with ``.json``.
Only GET and HEAD; no cookies, no external requests (CSP ``default-src 'self'``).
"""
from __future__ import annotations

import base64
import json
import logging
import mimetypes
import re
import time
from importlib import resources
from pathlib import Path
from urllib.parse import parse_qs

from . import pages
from .diff import changes
from .index import (
    FACETS,
    RANGES,
    RANK_EXACT_MAX,
    RANK_SAMPLE,
    SORTS,
    BadParameter,
    Filters,
    Index,
    IndexChanged,
    LiveIndex,
    QueryTimeout,
)
from .markup import doc_href
from .tokens import SYNTAX, QueryError, highlight, parse_query
from .why import explain, run_config, side_by_side

log = logging.getLogger(__name__)

SECURITY_HEADERS = [
    ("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("X-Frame-Options", "DENY"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
    ("Cross-Origin-Resource-Policy", "same-origin"),
]
PER_PAGE = 20
#: columns of the index that are no document field: not in a document's JSON
INTERNAL_FIELDS = ("rowid", "combo", "day", "month")
_POSITIVE = re.compile(r"0*[1-9][0-9]{0,8}")  # ASCII digits, below a billion
_STATIC_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


MAX_PER_PAGE = 100
FACET_TOP = 15  # values of each facet shown; «بیشتر» (``more=FACET``) shows up to MAX_FACET_VALUES
MAX_FACET_VALUES = 1000
MAX_PAGE = 500  # deep pages by offset get slow; an export (or a narrower search) reaches the rest


def _int_param(params: dict, name: str, default: int, top: int) -> int:
    """A positive integer parameter up to ``top``; anything else (``-5``, ``1e9``, ``²``, 5000 digits) is a 400."""
    value = params.get(name)
    if value is None:
        return default
    if _POSITIVE.fullmatch(value.strip()) and int(value) <= top:
        return int(value)
    raise BadParameter(name, f"عدد صحیح از ۱ تا {top}، نه «{value[:40]}»")


def _encode_cursor(nxt: tuple | None) -> str | None:
    """The ``after`` of the next page: the sort, key and rowid of the last result, URL-safe."""
    if nxt is None:
        return None
    return base64.urlsafe_b64encode(json.dumps(list(nxt), ensure_ascii=False).encode("utf-8")).decode("ascii")


def _cursor(value: str | None, sort: str) -> tuple | None:
    """``(key, rowid)`` of an ``after`` cursor made for ``sort``; anything else is a 400."""
    if value is None:
        return None
    try:
        got_sort, key, rowid = json.loads(base64.urlsafe_b64decode(value.encode("ascii")))
        ok = got_sort == sort and isinstance(rowid, int) and (key is None or isinstance(key, (int, float, str)))
    except (ValueError, TypeError, UnicodeError):
        ok = False
    if not ok:
        raise BadParameter("after", "نشانگر صفحهٔ بعد (next) از پاسخ همین جستجو با همین sort، نه مقداری دیگر")
    return key, rowid


class HTTPError(Exception):
    """An answer other than 200: its status and message; ``data`` and ``render`` when the page is
    still drawn (a search that cannot be parsed shows the search page with the message)."""

    def __init__(self, status: str, message: str, *, data: dict | None = None, render=None):
        super().__init__(message)
        self.status, self.message = status, message
        self.data, self.render = data, render


class App:
    """WSGI application serving one index file: ``App(Index(path))(environ, start_response)``.

    Each request takes the current snapshot of the index once (:meth:`LiveIndex.current`) and answers
    from it alone; a rebuilt index file is picked up by the next request (see :class:`LiveIndex`).
    """

    def __init__(self, index: Index | LiveIndex | Path):
        self.live = index if isinstance(index, LiveIndex) else LiveIndex(index)
        self._static = resources.files(__package__) / "static"
        self.out: Path | None = None  # the output folder, when known: to tell that it changed
        self.built = False  # whether the index was built (not reused) when the app was made
        self.output_checked, self._changed = 0.0, False
        self._checked_for: Index | None = None

    @property
    def index(self) -> Index:
        """The current snapshot of the index."""
        return self.live.current()

    # --- data (the JSON twins) -------------------------------------------------------------------

    def search_data(self, params: dict, ix: Index | None = None) -> dict:
        ix = ix or self.index
        filters = Filters.parse(params)
        try:
            query = parse_query(params.get("q"))
        except QueryError as e:
            data: dict = {"query": (params.get("q") or "")[:500], "error": str(e), "status": "400 Bad Request",
                    "filters": dict(filters), "total": 0, "page": 1, "per_page": PER_PAGE, "took_ms": 0,
                    "results": [], "facets": {k: [] for k in FACETS}, "syntax": SYNTAX}
            raise HTTPError("400 Bad Request", str(e), data=data, render=pages.search_page) from e
        page = _int_param(params, "page", 1, MAX_PAGE)
        per_page = _int_param(params, "per_page", PER_PAGE, MAX_PER_PAGE)
        sort = params.get("sort", "relevance")
        if sort not in SORTS:
            raise BadParameter("sort", f"یکی از {' | '.join(SORTS)}، نه «{sort[:40]}»")
        after = _cursor(params.get("after"), sort if query or sort != "relevance" else "newest")
        if after is not None and "page" in params:
            raise BadParameter("after", "یا page یا after، نه هر دو")
        more = params.get("more")
        if more is not None and more not in FACETS[1:]:
            raise BadParameter("more", f"نام یک شمارش (facet): {' | '.join(FACETS[1:])}، نه «{more[:40]}»")
        top = {more: MAX_FACET_VALUES} if more else FACET_TOP
        res = ix.search(query, filters, page=page, per_page=per_page, sort=sort, after=after, facet_top=top)
        results = []
        for r in res["rows"]:
            # the snippet comes from the first 20k characters: highlighting folds every word it scans
            body = " ".join(x for x in (r.get("lead"), (r.get("text") or "")[:20_000]) if x)
            plain, spans, snippet_html = highlight(body, query)
            _, title_spans, title_html = highlight((r.get("title") or "")[:1000], query, width=1000)
            results.append({
                "id": r["id"], "href": doc_href(r["id"]), "json": doc_href(r["id"]) + ".json",
                "kept": bool(r["kept"]), "reason": r["reason"], "title": r["title"], "surtitle": r["surtitle"],
                "agency": r["agency"], "section": r["section"], "host": r["host"], "url": r["url"],
                "published": r["published"], "published_jalali": r["published_jalali"], "lang": r["lang"],
                "chars": r["chars"], "snippet": plain, "snippet_matches": spans, "title_matches": title_spans,
                "snippet_html": snippet_html, "title_html": title_html,
            })
        return {
            "query": query.text, "fts": query.fts, "syntax": SYNTAX, "sort": res["sort"], "max_page": MAX_PAGE,
            "filters": dict(filters), "total": res["total"],
            "page": res["page"], "per_page": res["per_page"],
            "next": _encode_cursor(res["next"]), "took_ms": res["took_ms"], "results": results,
            "ranking": res.get("ranking", "exact"),
            **({"ranking_k": res["ranking_k"], "ranking_every": res["ranking_every"]}
               if res.get("ranking") == "bounded" else {}),
            "facets": {k: [{"value": v[0], "count": v[1], **({"corpus": v[2]} if len(v) > 2 else {})}
                           for v in res["facets"].get(k, [])] for k in FACETS},
            "facet_values": res.get("facet_values", {}), "more": more,
        }

    def _doc(self, doc_id: str, ix: Index) -> dict:
        doc = ix.document(doc_id)
        if doc is None:
            raise HTTPError("404 Not Found", "سندی با این شناسه نیست.")
        doc["kept"] = bool(doc["kept"])
        return doc

    def doc_data(self, doc_id: str, ix: Index | None = None) -> dict:
        ix = ix or self.index
        doc = self._doc(doc_id, ix)
        related = ix.related(doc)
        doc.pop("raw", None)
        for k in INTERNAL_FIELDS:
            doc.pop(k, None)
        data = {"document": doc, "related": related, "changes_href": doc_href(doc["id"], "changes")}
        config, source = run_config(self.out)
        why = explain(doc, config)
        if why is not None:
            why["thresholds_from"] = source
            data["why"] = why
            kept_id = doc.get("dup_cluster")
            if doc.get("reason", "").startswith("dedup_") and kept_id and kept_id != doc["id"]:
                kept = ix.document(kept_id)
                if kept is not None:
                    data["kept_copy"] = {
                        "id": kept["id"], "href": doc_href(kept["id"]), "title": kept.get("title"),
                        "dup_score": doc.get("dup_score"),
                        "diff": side_by_side(kept.get("text") or "", doc.get("text") or ""),
                    }
        return data

    def changes_data(self, doc_id: str, ix: Index | None = None) -> dict:
        doc = self._doc(doc_id, ix or self.index)
        view = changes(doc)
        for k in INTERNAL_FIELDS:
            doc.pop(k, None)
        return {"document": doc, "changes": view}

    def dashboard_data(self, ix: Index | None = None) -> dict:
        ix = ix or self.index
        return {**ix.dashboard(), "index": ix.meta, "output_changed": self.output_changed(ix)}

    def output_changed(self, ix: Index) -> bool:
        """Whether OUT changed since ``ix`` was built (refined again): the server does not rebuild it
        itself (OUT may be half-written), it says so; checked at most every few seconds."""
        if self.out is None:
            return False
        now = time.monotonic()
        if now - self.output_checked > 5 or self._checked_for is not ix:
            from .index import fingerprint

            try:
                self._changed = fingerprint(self.out) != ix.meta.get("fingerprint")
            except OSError:
                self._changed = True
            self.output_checked, self._checked_for = now, ix
        return self._changed

    def api_data(self, ix: Index | None = None) -> dict:
        ix = ix or self.index
        return {
            "about": "هر صفحه یک همتای JSON دارد: همان نشانی با ‎.json‎ یا ‎?format=json‎. خدمت فقط‌خواندنی است.",
            "endpoints": [
                {"page": "/?q=…", "json": "/search.json?q=…", "about": "جستجو: نتایج، برجسته‌سازی، شمارش‌ها (facets)"},
                {"page": "/doc/ID", "json": "/doc/ID.json",
                 "about": "یک سند با همهٔ فیلدها و اسناد مرتبط (story، dup_cluster)"},
                {"page": "/changes/ID", "json": "/changes/ID.json",
                 "about": "پالایش چه تغییری داد: سطرهای خام با وضعیت و تفاوت نویسه‌ای"},
                {"page": "/dashboard", "json": "/dashboard.json", "about": "شمارش‌ها و نمودارها"},
                {"page": "/export.jsonl?q=…", "json": "/export.csv?q=… · /export.parquet?q=…",
                 "about": "همهٔ نتیجه‌های یک جستجو با همان q و فیلترها (status، reason، agency، section، host، lang، "
                          "from، to، min_X، max_X)، بی‌سقف و جریانی، به ترتیب نمایه (نه ربط)؛ "
                          "CSV با BOM برای صفحه‌گسترده‌ها"},
                {"page": "/api", "json": "/api.json", "about": "همین راهنما"},
            ],
            "search_parameters": {
                "q": "پرسش؛ مانند متن‌ها یکسان‌سازی می‌شود («می شود» = «میشود» = «می‌شود»، ي/ی، ارقام)؛ "
                     "هر واژه با صورت‌های صرفی‌اش (کشور ← کشورها، کشورهای، کشوری)؛ نحو: query_syntax",
                "status": "kept (پیش‌فرض) | rejected | all",
                "reason, agency, section, host, lang": "برابری دقیق؛ «-» یعنی نامعلوم (null)",
                "from, to": "بازهٔ تاریخ انتشار، خورشیدی: روز، ماه یا سال (۱۴۰۲/۰۳/۱۵، ۱۴۰۲/۰۳، ۱۴۰۲؛ ارقام فارسی "
                            "یا لاتین؛ «/» یا «-») یا میلادی (2023-06-05، 2023-06، 2023)؛ سال زیر ۱۷۰۰ خورشیدی است؛ "
                            "from از آغاز آن روز/ماه/سال و to تا پایانش",
                "min_X, max_X": "بازهٔ عددی (هر دو مرز دربر)، X یکی از " + " | ".join(RANGES) +
                                "؛ مانند min_words=200&max_stopword_ratio=0.5؛ سند بی‌مقدار در بازه نیست",
                "sort": "relevance (پیش‌فرض؛ بی پرسش یعنی newest) | newest | oldest | longest | shortest | "
                        "X_desc | X_asc (X از min_X/max_X: words_desc، stopword_ratio_asc، …؛ بی‌مقدارها در پایان)",
                "more": f"نام یک شمارش ({' | '.join(FACETS[1:])}): همهٔ مقدارهایش (تا {MAX_FACET_VALUES:,})، نه "
                        f"فقط {FACET_TOP} تای نخست؛ facet_values شمار مقدارهای هر شمارش است",
                "page": f"شمارهٔ صفحه، ۱ تا {MAX_PAGE}",
                "per_page": f"نتیجه در هر صفحه، ۱ تا {MAX_PER_PAGE} (پیش‌فرض {PER_PAGE})",
                "after": f"صفحهٔ بعد به هر عمقی (keyset، فراتر از صفحهٔ {MAX_PAGE}): مقدار next پاسخ قبلی با همان "
                         "sort؛ به‌جای page",
                "format": "json برای همتای JSON (یا پسوند ‎.json‎ در نشانی)",
            },
            "ranking": f"ترتیب relevance (bm25) برای جستجویی با بیش از {RANK_EXACT_MAX:,} نتیجه «bounded» است: فقط "
                       f"نمونه‌ای یکنواخت از حدود {RANK_SAMPLE:,} نتیجه (هر ranking_every-اُمین سند نمایه) رتبه‌بندی "
                       "می‌شود و صفحه‌های بعدی (after) هم در همان نمونه‌اند؛ پاسخ این را با ranking=bounded، "
                       "ranking_k و ranking_every می‌گوید. total و شمارش‌ها همیشه دقیق‌اند؛ ترتیب‌های دیگر (newest، "
                       "longest، X_desc، …) و export همهٔ نتیجه‌ها را دربر دارند. با نتیجهٔ کمتر ranking=exact است.",
            "errors": "پارامتر نادرست (page، per_page، sort، after، status، from، to، min_X، max_X، more) "
                      "پاسخ 400 با JSON {error, parameter, status} می‌گیرد؛ روشی جز GET و HEAD پاسخ 405 با JSON؛ "
                      f"صفحه یا سند ناموجود 404؛ جستجویی که از سقف زمانش ({pages.fa_num(ix.timeout)} ثانیه) بگذرد "
                      "متوقف می‌شود و پاسخ 503 با پیامی روشن می‌گیرد.",
            "query_syntax": SYNTAX,
            "query_errors": "پرسشی که خوانده نشود (گیومهٔ بسته‌نشده، OR در آغاز یا پایان، «-» با OR، پرانتز، "
                            "«*» در میان واژه، فقط واژه‌های «-») پاسخ 400 با پیام خطا می‌گیرد؛ هرگز بازخوانی نمی‌شود.",
            "index": json.dumps(ix.meta, ensure_ascii=False, indent=1),
        }

    # --- routing -----------------------------------------------------------------------------------

    def route(self, path: str, params: dict, ix: Index):
        """``(data, renderer)`` for a path; the data is what the JSON twin returns."""
        if path in ("/", "/search", "/index"):
            return self.search_data(params, ix), pages.search_page
        if path.startswith("/doc/") and len(path) > 5:
            return self.doc_data(path[5:], ix), pages.doc_page
        if path.startswith("/changes/") and len(path) > 9:
            return self.changes_data(path[9:], ix), pages.changes_page
        if path == "/dashboard":
            return self.dashboard_data(ix), pages.dashboard_page
        if path == "/api":
            return self.api_data(ix), pages.api_page
        raise HTTPError("404 Not Found", "این صفحه وجود ندارد.")

    def __call__(self, environ, start_response):
        method = environ.get("REQUEST_METHOD", "GET")
        path = environ.get("PATH_INFO", "/") or "/"
        try:
            # WSGI gives PATH_INFO as latin-1 decoded bytes; ids are UTF-8
            path = path.encode("latin-1").decode("utf-8")
        except (UnicodeDecodeError, UnicodeEncodeError):
            pass
        params = {k: v[0] for k, v in parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=False).items()}
        if method not in ("GET", "HEAD"):
            body = json.dumps({"error": "این خدمت فقط‌خواندنی است: فقط GET و HEAD.", "status": "405",
                               "allow": ["GET", "HEAD"]}, ensure_ascii=False).encode("utf-8")
            return self._respond(start_response, "405 Method Not Allowed", "application/json; charset=utf-8",
                                 body, method, extra=[("Allow", "GET, HEAD")])
        if path == "/favicon.ico":  # asked for by browsers on their own
            return self._static_file(start_response, "favicon.svg", method)
        if path.startswith("/static/"):
            return self._static_file(start_response, path[8:], method)
        if path.startswith("/export."):
            return self._export(start_response, path[8:], params, method)
        as_json = params.get("format") == "json"
        if path.endswith(".json") and not path.startswith("/doc/") and not path.startswith("/changes/"):
            as_json, path = True, path[:-5] or "/"
        if path == "/index":
            path = "/"
        for attempt in (1, 2):
            try:
                ix = self.live.current()  # one snapshot for the whole answer
                page, twin = self._json_twin(path, ix)
                as_json = as_json or twin
                data, render = self.route(page, params, ix)
                status = "200 OK"
                break
            except IndexChanged:  # a new connection met a rebuilt file: take the new snapshot, once
                if attempt == 2:
                    log.warning("index %s changed or vanished under a request", self.live.path)
                    data, render, status = ({"error": "نمایه در حال جایگزینی است یا در دسترس نیست؛ دوباره تلاش "
                                                      "کنید یا palayesh serve OUT --index-only را اجرا کنید.",
                                             "status": "503"}, None, "503 Service Unavailable")
            except BadParameter as err:
                data = {"error": str(err), "parameter": err.name, "status": "400"}
                render, status = None, "400 Bad Request"
                break
            except QueryTimeout as err:  # stopped: its thread and connection are free again
                data = {"error": f"این جستجو بیش از {pages.fa_num(err.seconds)} ثانیه طول کشید و متوقف شد؛ آن را "
                                 "دقیق‌تر کنید (واژه‌های بیشتر، بازهٔ تاریخ، یک خبرگزاری یا بخش).", "status": "503",
                        "timeout_seconds": err.seconds}
                render, status = None, "503 Service Unavailable"
                break
            except HTTPError as err:
                data = err.data or {"error": err.message, "status": err.status}
                render, status = err.render, err.status
                break
            except Exception:  # noqa: BLE001 - a bad page must not take the server down
                log.exception("error serving %s", path)
                data, render, status = {"error": "internal error", "status": "500"}, None, "500 Internal Server Error"
                break
        if as_json:
            body = json.dumps(data, ensure_ascii=False, default=str).encode("utf-8")
            return self._respond(start_response, status, "application/json; charset=utf-8", body, method)
        try:
            html = render(data) if render else pages.error_page(status, data["error"])
        except Exception:  # noqa: BLE001 - a page that cannot be drawn is still an answer, with its log
            log.exception("error rendering %s", path)
            status = "500 Internal Server Error"
            html = pages.error_page(status, "internal error")
        return self._respond(start_response, status, "text/html; charset=utf-8", html.encode("utf-8"), method)

    def _export(self, start_response, fmt: str, params: dict, method: str):
        """``/export.jsonl|csv|parquet?q=…&filters``: every hit, streamed (see :mod:`.export`)."""
        from .export import FORMATS, WRITERS

        def error(status: str, data: dict):
            body = json.dumps({**data, "status": status[:3]}, ensure_ascii=False).encode("utf-8")
            return self._respond(start_response, status, "application/json; charset=utf-8", body, method)

        if fmt not in FORMATS:
            return error("404 Not Found", {"error": f"قالب خروجی یکی از {' | '.join(FORMATS)} است، نه «{fmt[:40]}»."})
        try:
            filters = Filters.parse(params)
            query = parse_query(params.get("q"))
        except BadParameter as e:
            return error("400 Bad Request", {"error": str(e), "parameter": e.name})
        except QueryError as e:
            return error("400 Bad Request", {"error": str(e), "parameter": "q"})
        try:
            ix = self.live.current()
        except IndexChanged:
            return error("503 Service Unavailable", {"error": "نمایه در حال جایگزینی است؛ دوباره تلاش کنید."})
        headers = [("Content-Type", FORMATS[fmt]), *SECURITY_HEADERS, ("Cache-Control", "no-store"),
                   ("Content-Disposition", f'attachment; filename="palayesh-export.{fmt}"')]
        start_response("200 OK", headers)
        if method == "HEAD":
            return [b""]
        return WRITERS[fmt](ix, query, filters)

    @staticmethod
    def _json_twin(path: str, ix: Index) -> tuple[str, bool]:
        """``(page, is_twin)``: ``/doc/ID.json`` is the twin of ``/doc/ID`` unless ``ID.json`` is an id."""
        if path.endswith(".json") and (path.startswith("/doc/") or path.startswith("/changes/")):
            # an id may itself end in ".json": the exact id wins (see App._doc)
            view, _, doc_id = path[1:].partition("/")
            if ix.document(doc_id) is None:
                return f"/{view}/{doc_id[:-5]}", True
        return path, False

    def _static_file(self, start_response, name: str, method: str):
        if not _STATIC_NAME.match(name):
            return self._respond(start_response, "404 Not Found", "text/plain; charset=utf-8", b"not found\n", method)
        f = self._static / name
        if not f.is_file():
            return self._respond(start_response, "404 Not Found", "text/plain; charset=utf-8", b"not found\n", method)
        ctype = mimetypes.guess_type(name)[0] or "application/octet-stream"
        if ctype.startswith("text/") or ctype in ("application/javascript",):
            ctype += "; charset=utf-8"
        return self._respond(start_response, "200 OK", ctype, f.read_bytes(), method,
                             extra=[("Cache-Control", "public, max-age=3600")])

    @staticmethod
    def _respond(start_response, status, ctype, body: bytes, method, extra=()):
        headers = [("Content-Type", ctype), ("Content-Length", str(len(body))), *SECURITY_HEADERS, *extra]
        if not any(k == "Cache-Control" for k, _ in extra):
            headers.append(("Cache-Control", "no-cache"))
        start_response(status, headers)
        return [b"" if method == "HEAD" else body]


def make_app(out: Path, *, index_path: Path | None = None, rebuild: bool = False, progress=None,
             query_timeout: float | None = None) -> App:
    """The app for a refine output folder, building its index when needed; ``query_timeout``: the
    seconds a search may run before it is stopped with a 503 (default :data:`~.index.QUERY_TIMEOUT`)."""
    from .index import ensure_index, fallback_index_path

    try:
        path, meta, built = ensure_index(Path(out), index_path, rebuild=rebuild, progress=progress)
    except PermissionError:
        if index_path is not None:
            raise
        # a read-only output folder: keep the index in the user's cache instead
        path, meta, built = ensure_index(Path(out), fallback_index_path(Path(out)), rebuild=rebuild, progress=progress)
    app = App(LiveIndex(path, timeout=query_timeout))
    app.built, app.out = built, Path(out)
    return app
