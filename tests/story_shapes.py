"""Stories in the shapes CMSs give them, flat and HTML, each with the paragraphs it must keep.

A helper for :mod:`test_story_shapes`: one host's pages (a header with its name and menu, the
headline, a date, the story, tags, a related box and a footer), the story in one of
:data:`SHAPES` (subheadings, quotes, a numbered list, a table, interview «س:»/«ج:» lines, short
one-line paragraphs, an ad or a related box set between its paragraphs, a page bar «صفحه ۲»), its
words unlike the family sets' (a beekeepers' cooperative, a mountain rescue team, a rural bakery).
``site(shape, fmt)`` gives the pages and the gold body of each.
"""
from __future__ import annotations

SITE = "پایگاه خبری کندوی سبز"
MENU = ["خانه", "روستا", "دام و طیور", "گفت‌وگو", "تماس"]
FOOTER = "همه حقوق این پایگاه برای کندوی سبز محفوظ است"
TAGS = "برچسب‌ها: زنبورداری، عسل، روستا"
RELATED_HEAD = "مطالب پیشنهادی"

_PLACES = ["سبلان", "الوند", "دنا", "تفتان", "بینالود", "کرکس", "شاهو", "سهند", "زاگرس", "خرمن‌کوه",
           "کلاردشت", "ماسوله", "ابیانه", "کندوان", "میمند", "اورامان"]
_CROPS = ["آویشن", "گون", "اقاقیا", "کنار", "شبدر", "یونجه", "مریم‌گلی", "گشنیز"]


def _place(k: int, j: int = 0) -> str:
    return _PLACES[(k * 3 + j) % len(_PLACES)]


def _crop(k: int, j: int = 0) -> str:
    return _CROPS[(k + j) % len(_CROPS)]


def paragraphs(k: int, n: int = 4) -> list[str]:
    """``n`` paragraphs of page ``k``'s story, none said on another page."""
    p, c = _place(k), _crop(k)
    pool = [
        f"تعاونی زنبورداران دامنه {p} امسال {k + 12} تن عسل {c} برداشت کرد و بیشتر آن را پیش از پایان "
        f"تابستان به بازارچه‌های محلی فرستاد.",
        f"مدیر تعاونی {p} گفت کندوهای اعضا در {k + 30} روستای منطقه پراکنده‌اند و کوچ بهاره آن‌ها "
        f"امسال دو هفته دیرتر از همیشه آغاز شد.",
        f"به گفته او سرمای دیررس اردیبهشت گل‌های {c} را در ارتفاعات {p} سوزاند و زنبورها ناچار شدند "
        f"برای یافتن شهد تا دره‌های پایین‌تر بروند.",
        f"کارشناسان اداره دامپزشکی نیز از کندوهای {p} نمونه‌برداری کردند تا بیماری‌های نوزادی زنبور "
        f"پیش از فصل زمستان شناسایی و درمان شود.",
        f"بیشتر زنبورداران {p} جوانانی هستند که پس از دوره‌های آموزشی جهاد کشاورزی به این کار روی "
        f"آورده‌اند و هر کدام دست‌کم {k + 40} کندو دارند.",
        f"تعاونی قصد دارد سال آینده یک کارگاه بسته‌بندی عسل {c} در مرکز بخش راه بیندازد تا محصول "
        f"اعضا با نام روستاهای {p} به فروش برسد.",
    ]
    return pool[:n]


def _subheads(k: int) -> list[str]:
    return [f"{_place(k)} و کوچ دیرهنگام کندوها", f"{_crop(k)} در کارگاه بسته‌بندی تازه"]


def _quote(k: int) -> str:
    return (f"«ما هر سال نگران سرمای بهاره هستیم، اما امسال گل‌های {_crop(k)} دامنه {_place(k)} "
            f"تقریبا یکسره از بین رفت و کندوها ضعیف شدند.»")


def _items(k: int) -> list[str]:
    p, c = _place(k), _crop(k)
    return [f"۱. ثبت‌نام زنبورداران {p} در سامانه تعاونی تا پایان ماه",
            f"۲. توزیع شربت زمستانه {c} برای {k + 200} کندوی آسیب‌دیده",
            f"۳. برگزاری دوره آموزشی پرورش ملکه در روستای {_place(k, 1)}",
            f"۴. خرید تضمینی عسل {_crop(k, 1)} از اعضا با قیمت مصوب"]


def _rows(k: int) -> list[str]:
    return ["روستا | تعداد کندو | برداشت (کیلوگرم)",
            f"{_place(k)} | {k + 120} | {k * 10 + 950}",
            f"{_place(k, 1)} | {k + 85} | {k * 10 + 610}",
            f"{_place(k, 2)} | {k + 64} | {k * 10 + 480}"]


def _qa(k: int) -> list[str]:
    p, c = _place(k), _crop(k)
    return [f"س: چرا برداشت عسل {c} امسال در {p} کم شد؟",
            f"ج: سرمای اردیبهشت گل‌های {c} را سوزاند و کندوهای {p} تا خرداد شهد کافی پیدا نکردند.",
            f"س: زنبورداران {p} برای جبران این زیان چه کرده‌اند؟",
            f"ج: بیشتر اعضا کندوها را به دره‌های پایین‌تر {p} بردند و با شربت زمستانه ملکه‌ها را نگه داشتند."]


def _one_liners(k: int) -> list[str]:
    p, c = _place(k), _crop(k)
    return [f"کندوهای {p} دیر کوچ کردند.", f"گل‌های {c} در سرما سوختند.",
            f"برداشت عسل {p} {k + 12} تن بود.", f"تعاونی {p} کارگاه بسته‌بندی می‌سازد."]


def _related(k: int) -> list[str]:
    """Three headlines of other stories of the site (each shown on two pages, as a box shows them)."""
    return [f"جشنواره عسل {_place(k + j + 1)} برگزار می‌شود" for j in range(3)]


def _ad(k: int) -> list[str]:
    return ["آگهی", f"فروش ویژه کندوی چوبی و لوازم زنبورداری با {k % 3 + 10} درصد تخفیف"]


#: a story's blocks by shape: (kind, text); kinds: "p" paragraph, "h" subheading, "q" quote,
#: "li" list item, "row" table row, "qa" interview line, "ad" / "box" / "bar" not the story's
SHAPES = {
    "plain": lambda k: [("p", t) for t in paragraphs(k)],
    "subheads": lambda k: [("p", paragraphs(k)[0]), ("h", _subheads(k)[0]), ("p", paragraphs(k)[1]),
                           ("p", paragraphs(k)[2]), ("h", _subheads(k)[1]), ("p", paragraphs(k, 6)[5])],
    "quote": lambda k: [("p", paragraphs(k)[0]), ("p", paragraphs(k)[1]), ("q", _quote(k)), ("p", paragraphs(k)[2])],
    "list": lambda k: [("p", paragraphs(k)[0]),
                       ("p", f"{_place(k)} برنامه پاییز تعاونی زنبورداران را در چهار بند این‌گونه اعلام کرد:"),
                       *[("li", t) for t in _items(k)], ("p", paragraphs(k)[3])],
    "table": lambda k: [("p", paragraphs(k)[0]), ("p", paragraphs(k)[1]),
                        *[("row", t) for t in _rows(k)], ("p", paragraphs(k)[2])],
    "interview": lambda k: [("p", paragraphs(k)[0]), *[("qa", t) for t in _qa(k)], ("p", paragraphs(k)[3])],
    "one_liners": lambda k: [("p", paragraphs(k)[0]), *[("p", t) for t in _one_liners(k)]],
    "ad_between": lambda k: [("p", paragraphs(k)[0]), ("p", paragraphs(k)[1]), *[("ad", t) for t in _ad(k)],
                             ("p", paragraphs(k)[2]), ("p", paragraphs(k)[3])],
    "box_between": lambda k: [("p", paragraphs(k)[0]), ("p", paragraphs(k)[1]), ("box", RELATED_HEAD),
                              *[("box", t) for t in _related(k + 5)], ("p", paragraphs(k)[2]),
                              ("p", paragraphs(k)[3])],
    "page_bar": lambda k: [("p", paragraphs(k)[0]), ("p", paragraphs(k)[1]), ("bar", "صفحه ۱ ۲ ۳"),
                           ("p", paragraphs(k)[2]), ("p", paragraphs(k)[3])],
}
STORY_KINDS = frozenset({"p", "h", "q", "li", "row", "qa"})


def headline(k: int) -> str:
    return f"برداشت عسل {_crop(k)} در دامنه‌های {_place(k)} کم شد"


def gold(shape: str, k: int, fmt: str = "text") -> list[str]:
    """The story's paragraphs of page ``k`` in ``shape`` (an HTML list's items without the numbers
    its ``<ol>`` shows)."""
    return [t.split(". ", 1)[1] if kind == "li" and fmt == "html" else t
            for kind, t in SHAPES[shape](k) if kind in STORY_KINDS]


def _date(k: int) -> str:
    return f"{k % 20 + 1} مهر ۱۴۰۳"


def flat_page(shape: str, k: int) -> str:
    lines = [SITE, " | ".join(MENU), headline(k), _date(k)]
    lines += [t for _kind, t in SHAPES[shape](k)]
    lines += [TAGS, RELATED_HEAD, *_related(k), FOOTER]
    return "\n\n".join(lines) + "\n"


def _html_block(kind: str, text: str) -> str:
    if kind == "h":
        return f"<h3>{text}</h3>"
    if kind == "q":
        return f"<blockquote><p>{text}</p></blockquote>"
    if kind == "ad":
        return f'<div class="ad-slot"><span>{text}</span></div>'
    if kind == "box":
        return f'<div class="inline-related"><a href="/n/{len(text)}">{text}</a></div>'
    if kind == "bar":
        return '<div class="pager">' + "".join(f'<a href="?page={i}">{i}</a> ' for i in "۱۲۳") + "</div>"
    return f"<p>{text}</p>"


def _html_story(blocks: list[tuple[str, str]]) -> str:
    out, i = [], 0
    while i < len(blocks):
        kind, text = blocks[i]
        if kind in ("li", "row"):
            j = i
            while j < len(blocks) and blocks[j][0] == kind:
                j += 1
            run = [t for _k, t in blocks[i:j]]
            if kind == "li":
                out.append("<ol>" + "".join(f"<li>{t.split('. ', 1)[1]}</li>" for t in run) + "</ol>")
            else:
                out.append("<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r.split(" | ")) + "</tr>"
                                               for r in run) + "</table>")
            i = j
            continue
        out.append(_html_block(kind, text))
        i += 1
    return "".join(out)


def html_page(shape: str, k: int) -> str:
    menu = "".join(f'<li><a href="/c/{i}">{m}</a></li>' for i, m in enumerate(MENU))
    related = "".join(f'<li><a href="/n/{k * 7 + j}">{t}</a></li>' for j, t in enumerate(_related(k)))
    return ('<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8">'
            f"<title>{headline(k)} - {SITE}</title></head><body>"
            f'<header><div class="logo">{SITE}</div><nav><ul>{menu}</ul></nav></header>'
            '<main><div class="container"><div class="row"><div class="col-8">'
            f'<div class="post"><h1 class="post-title">{headline(k)}</h1>'
            f'<div class="meta"><span>{_date(k)}</span></div>'
            '<div class="post-body"><div class="inner">'
            f'<div class="text">{_html_story(SHAPES[shape](k))}</div></div></div>'
            f'<div class="tags">{TAGS}</div></div>'
            f'<div class="related"><h4>{RELATED_HEAD}</h4><ul>{related}</ul></div>'
            f'</div></div></div></main><footer><p>{FOOTER}</p></footer></body></html>')


def site(shape: str, fmt: str, n: int = 12) -> list[tuple[str, list[str]]]:
    """``n`` pages of one host in ``shape`` (``fmt`` "text" or "html"), each with its story's paragraphs."""
    page = flat_page if fmt == "text" else html_page
    return [(page(shape, k), gold(shape, k, fmt)) for k in range(n)]


_TO_ASCII = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")


def canon(text: str) -> str:
    """A paragraph as compared: letters and digits only, digits in ASCII (a run writes Persian ones)."""
    return "".join(ch for ch in text.translate(_TO_ASCII) if ch.isalnum())


def lost_and_extra(gold_paras: list[str], got: list[str]) -> tuple[list[str], list[str]]:
    """The story's paragraphs missing from ``got`` and the lines ``got`` has beyond the story."""
    g, o = [canon(t) for t in gold_paras], {canon(t) for t in got}
    return [t for t, c in zip(gold_paras, g) if c not in o], [t for t in got if canon(t) not in set(g)]
