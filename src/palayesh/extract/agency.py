"""The originating agency of an article: from its dateline or its source credit.

Datelines look like «به گزارش (خبرنگار|گروه …)? (خبرگزاری)? X (از city)? (به نقل از Y)?»; credits
like «منبع: X». X and Y are looked up, as word sequences, in the agency table
(``palayesh/data/agencies.tsv``), which gives the canonical short name. «مهر» the agency and «مهر»
the month are told apart by the digits a month name stands next to.

>>> agency_from_dateline("به گزارش خبرگزاری مهر به نقل از اداره کل تبلیغات دفاعی، ...")
'مهر'
>>> agency_from_dateline("به گزارش پیام البرز به نقل از خبرگزاری فارس، ...")
'فارس'
>>> agency_from_credit("منبع: وب‌سایت ورزش سه")
'ورزش سه'
"""
from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable

from ..memo import short_line_memo
from ..news import DATELINE, function_words
from ..textkeys import line_key
from .dates import MAX_DATELINE_FIELD_WORDS, MAX_DATELINE_FIELDS, fold
from .lexicon import INNER_SENTENCE_END, agencies, agency_hosts, tokens

_QUOTED_ORIGIN = re.compile(r"به\s*نقل\s*از")
# «منبع: X», «منبع خبر: X», «به نقل از X», «برگرفته از: X», «مأخذ: X», «Source: X» (the label is
# one of the ways a page says where a story came from; a colon or dash may follow it)
_CREDIT = re.compile(r"^\s*[(\[]?\s*(?:منبع\s*(?:خبر|اصلی|مطلب)?|منابع|ماخذ|ماًخذ|مأخذ|به\s*نقل\s*از|نقل\s*از"
                     r"|برگرفته\s*از|اقتباس\s*از|بازنشر\s*از|گزارش\s*از|تهیه\s*(?:و\s*تنظیم)?|(?:source|via|credits?|by)\b)"
                     r"\s*[:：\-–—]?\s*(?P<x>.+)$", re.I)
#: words that may stand beside an agency's name on a bare credit line («خبرگزاری ایسنا»)
_BARE_EXTRA = frozenset(tokens("خبرگزاری سایت وبسایت وب پایگاه خبری"))
# «خبرنگار فارس», «خبرگزاری مهر», «گزارش ایسنا», «به نوشته ایسنا»: an agency named after a reporting word
# «در گفت‌وگو با ایسنا», «در مصاحبه با تسنیم» too
_REPORTER = re.compile(r"(?:خبرنگار|خبرگزاری|گزارش|نقل\s*از|(?<=به\s)نوشته|گفت\s*و?\s*گو(?:ی)?\s*با"
                       r"|مصاحبه(?:\s*ای)?\s*با)"
                       r"\s*(?P<rest>[^،,:;.؛\n]{0,60})")
# «به ایسنا گفت», «به "ورزش سه" می‌گوید», «به ایرنا رسیده»: one to three words between «به» and the verb
_TOLD = re.compile(r"(?:^|\s)به\s+(?P<x>[^\s،,:;.؛]+(?:\s+[^\s،,:;.؛]+){0,2}?)\s+(?:گفت|می\s*گوید|رسیده|اعلام\s*کرد)")
#: agency names that are also everyday words («حوزه پارلمانی», «موج گرما», «میزان بارش»): alone they
#: name the agency only when nothing else in the span does
_AMBIGUOUS = frozenset(tokens("حوزه موج میزان انتخاب رسا"))
_MONTH_NEXT = re.compile(r"^\s*(?:ماه\s*)?\d")


def find_agency(text: str) -> str | None:
    """The first agency named in ``text`` (a word sequence of the agency table).

    >>> find_agency("خبرگزاری دانشجویان ایران (ایسنا)")
    'ایسنا'
    >>> find_agency("۲۸ مهر ۱۳۸۷") is None
    True
    >>> find_agency("حوزه پارلمانی خبرگزاری فارس")
    'فارس'
    >>> agency_mentioned("او در گفت‌وگو با ایسنا گفت")
    'ایسنا'
    >>> find_agency("به گزارش ورزشسه، تیم"), find_agency("به گزارش خبر گزاری فارس")  # spaces lost or added
    ('ورزش سه', 'فارس')
    >>> find_agency("به گزارش موج از تهران"), find_agency("به گزارش موج شمال از تهران")  # a longer name
    ('موج', None)
    """
    found = _find(_words(text))
    return found[0] if found else None


def _words(text: str) -> list[str]:
    t = fold(text).replace('"', " ").replace("«", " ").replace("»", " ")
    return tokens(" ".join(re.findall(r"\w+", t.replace("\u200c", ""))))


@functools.lru_cache(maxsize=1)
def _spaceless() -> dict[str, str]:
    """{a name of several words written as one: canonical}: «ورزشسه», «تسنیمنیوز», «خبرگزاریفارس»;
    the table's promise that spaces do not matter, for names a page wrote without (or with more) spaces."""
    table, _ = agencies()
    return {"".join(k): v for k, v in table.items() if len(k) > 1}


def _find(toks: list[str]) -> tuple[str, int, int] | None:
    """(canonical name, index of its first token, number of tokens) of the first agency in ``toks``."""
    table, longest = agencies()
    joined = _spaceless()
    weak = None
    for i in range(len(toks)):
        for n in range(min(longest, len(toks) - i), 0, -1):
            name = table.get(tuple(toks[i:i + n])) or joined.get("".join(toks[i:i + n]))
            if name is None:
                continue
            if n == 1 and toks[i] in _AMBIGUOUS:
                # (and only alone: another word on it makes a longer name, a site's own: «موج شمال»)
                if i + 1 == len(toks) or toks[i + 1] in _AFTER_NAME:
                    weak = weak or (name, i, n)
                continue
            if name == "مهر" and n == 1:
                # the month: a number before it («۲۸ مهر») or after it («مهر ۱۴۰۲», «مهر ماه»)
                before = toks[i - 1] if i else ""
                after = toks[i + 1] if i + 1 < len(toks) else ""
                if before.isdigit() or after.isdigit() or after == "ماه":
                    continue
            return name, i, n
    return weak


def agency_from_dateline(text: str, *, site: Callable[[str], bool] | None = None) -> str | None:
    """Agency of a paragraph's dateline «به گزارش X (به نقل از Y)»: X when X is an agency (the agency
    that reports, citing another), else Y (a republishing site citing the agency).

    ``site``: whether a phrase is the site's own name (:func:`site_named`): a site named with an
    agency's name and more («فارس من», «مهر ایران») reports as itself, crediting no agency.

    >>> agency_from_dateline('به گزارش "ورزش سه" و به نقل از ایرنا، تیم ملی ...')
    'ورزش سه'
    >>> own = lambda x: site_named(x, ["فارسمن"])
    >>> [agency_from_dateline(t, site=own) for t in ("به گزارش فارس من، ...", "به گزارش فارس من به نقل از ایسنا، ...")]
    [None, 'ایسنا']
    """
    text = text[:600]
    if "&" in text:
        text = html.unescape(text)
    folded = fold(text)
    m = DATELINE.search(folded)
    if not m:
        return None
    rest = _whole_words(m.group("rest"), folded[m.end():m.end() + 1])
    q = _QUOTED_ORIGIN.search(rest)
    reporter = rest[: q.start()] if q else rest
    if site is not None and site(reporter):
        reporter = ""
    return find_agency(reporter) or (find_agency(rest[q.end():]) if q else None)


def _whole_words(rest: str, after: str) -> str:
    """A dateline's ``rest`` without the word its length limit cut short (``after``: the character
    after it): a clause that runs on past the limit («به گزارش روابط عمومی … مشکلات آنان») would
    end on a cut word, which may spell an agency's name («آنا»).

    >>> _whole_words("روابط عمومی شهر مشکلات آنا", "ن"), _whole_words("خبرگزاری مهر", "،")
    ('روابط عمومی شهر مشکلات', 'خبرگزاری مهر')
    """
    if after and (after.isalnum() or after == "\u200c"):
        return rest.rsplit(None, 1)[0] if " " in rest.strip() else ""
    return rest


def _cut_own_dateline(text: str, site: Callable[[str], bool]) -> str:
    """``text`` (folded) without its dateline «به گزارش X» when X is the site's own name and cites no
    one (``site``: :func:`site_named`); ``text`` as it is otherwise."""
    f = fold(text[:600])
    m = DATELINE.search(f)
    if m is None or _QUOTED_ORIGIN.search(m.group("rest")) or not site(m.group("rest")):
        return text
    return f[: m.start()] + f[m.end():] + text[600:]


def site_named(phrase: str, site_keys: list[str]) -> bool:
    """Whether ``phrase`` (a dateline's reporter: «فارس من», «سایت مهر ایران») is the site's own name:
    its words (without «سایت», «پایگاه خبری») stand in one of ``site_keys`` (the keys of the lines the
    site shows in its pages' headers: its name), and it is more than an agency's name (an agency's
    own site reports as the agency: «ایسنا»).

    >>> site_named("سایت فارس من", ["فارسمنپایگاهخبریاستان"]), site_named("ایسنا", ["ایسنا"])
    (True, False)

    A reporter's words before the site's name say it is the site's own reporter, when the agency
    named in the phrase is the start of the site's name, which goes on past it («خبرگزاری کار» in
    «کار و تولید»); an agency's own name after them is the agency's reporter:

    >>> site_named("خبرنگار ورزشی خبرگزاری کار و تولید", ["کاروتولید"]), site_named("خبرنگار ایسنا", ["ایسنا"])
    (True, False)
    """
    toks = _words(phrase)
    if _site_named_words(toks, site_keys):
        return True
    found = _find(toks)
    return found is not None and any(_site_named_words(toks[j:], site_keys) for j in range(found[1], 0, -1))


def _site_named_words(toks: list[str], site_keys: list[str]) -> bool:
    """Whether the words ``toks`` (without «سایت», «خبرگزاری») stand in one of ``site_keys`` and are
    more than an agency's name (:func:`site_named`)."""
    key = line_key(" ".join(w for w in toks if w not in _BARE_EXTRA))
    return len(key) >= 3 and any(key in k for k in site_keys) and _only_name(" ".join(toks)) is None


def agency_from_credit(line: str, *, bare: bool = False) -> str | None:
    """Agency of a credit line «منبع: X», «به نقل از X», «برگرفته از: X»; with ``bare``, also of a
    line that is nothing but an agency's name («خبرگزاری تسنیم», «ایسنا»), as pages write their
    credit right under the story. A short label and nothing but a name is a credit too
    («سرچشمه: مهر»), unless the label says what else the name is (a photo's, a province).

    A credit names one outlet: a table name that another word goes on («همشهری سلامت», «باشگاه
    خبرنگاران نگاه») is a longer name, another outlet's, not the agency's.

    >>> agency_from_credit("به نقل از خبرگزاری تسنیم"), agency_from_credit("(منبع خبر: ایرنا)")
    ('تسنیم', 'ایرنا')
    >>> agency_from_credit("خبرگزاری ایسنا", bare=True), agency_from_credit("گزارش ایسنا از بازار", bare=True)
    ('ایسنا', None)
    >>> agency_from_credit("منبع: همشهری سلامت"), agency_from_credit("منبع: سایت ورزش سه | ۱۲:۴۰ - ۱۳۹۶/۱۰/۳۰")
    (None, 'ورزش سه')
    >>> agency_from_credit("مرجع: مهر"), agency_from_credit("عکس: مهر"), agency_from_credit("استان: فارس")
    ('مهر', None, None)
    >>> agency_from_credit("📷 تسنیم", bare=True), agency_from_credit("تسنیم", bare=True)
    (None, 'تسنیم')
    >>> agency_from_credit("لینک منبع: خبرگزاری فارس"), agency_from_credit("لینک منبع: سایت طب سنتی")
    ('فارس', None)
    >>> agency_from_credit("ادامه این خبر را در سایت فارس‌نیوز بخوانید")
    'فارس'
    >>> agency_from_credit("این خبر از خبرگزاری فارس بازنشر شده است")
    'فارس'
    >>> agency_from_credit("این خبر از سوی وزارت منتشر شد") is None
    True
    """
    return _remembered_credit(line, bare)


def credit_line(line: str) -> str | None:
    """The agency a credit line of the page credits, however long, when the line has a credit's
    shape: a label at its start («منبع: …», «تنظیم و تلخیص: …»), no sentence ending inside it, and
    the agency it credits named at its very end («تنظیم و تلخیص: سارا احمدی، برگرفته از خبرگزاری
    کار ایران (ایلنا)»). An HTML page's texts are not sorted into paragraphs and chrome as a flat
    page's lines are, so its readers take a line past :data:`SHORT_CREDIT_CHARS` only by this
    shape: a story's sentence that mentions an agency on its way is no credit line.

    >>> credit_line("تنظیم و تلخیص: سارا احمدی، برگرفته از خبرگزاری کار ایران (ایلنا)")
    'ایلنا'
    >>> credit_line("وی در گفت‌وگو با خبرنگار ایسنا گفت: این طرح از هفته آینده در همه استان‌ها اجرا می‌شود") is None
    True
    """
    if len(line) <= SHORT_CREDIT_CHARS:
        return agency_from_credit(line)
    f = _unmarked(line)
    if len(f) > LONG_CREDIT_CHARS or INNER_SENTENCE_END.search(f) or not (_LONG_LABEL.match(f) or _CREDIT.match(f)):
        return None
    name = agency_from_credit(line)
    return name if name and _names_at_end(f, name) else None


#: a credit line up to this long is read as it is; a longer one by its shape (:func:`credit_line`)
SHORT_CREDIT_CHARS = 60
#: the longest credit line: a line of labelled fields (as :func:`agency_from_credit` reads them)
LONG_CREDIT_CHARS = 160


def _names_at_end(f: str, name: str) -> bool:
    """Whether the last words of ``f`` are the agency ``name`` and nothing else (its short form in
    brackets too: «خبرگزاری کار ایران (ایلنا)»).

    >>> _names_at_end("تنظیم: علی، منبع: ایسنا", "ایسنا"), _names_at_end("منبع: ایسنا و دیگران", "ایسنا")
    (True, False)
    """
    toks = _words(f)
    return any(_only_name(" ".join(toks[j:])) == name for j in range(max(0, len(toks) - 5), len(toks)))


#: credits remembered: a site's tail and header lines recur on its pages, and are asked again
#: (4,096 lines up to 200 characters: bounded memory)
CREDIT_CACHE = 4096
CREDIT_CACHE_CHARS = 200


def _agency_from_credit(line: str, bare: bool) -> str | None:
    """:func:`agency_from_credit`."""
    if _PHOTO_MARK.match(line):
        return None  # «📷 X»: the photo's credit under its picture, as «عکس: X» is, not the story's
    f = _unmarked(line)
    m = _CREDIT.match(f)
    if m and _PHOTO_SOURCE.match(m.group("x")):
        return None  # «منبع عکس: X»: the photo's source, not the story's
    if m:
        return _named(m.group("x")[:80]) or _hosted(m.group("x"))
    m = _LABELLED.match(f)
    if m and _LINK_LABEL.match(m.group("label")):
        # «لینک خبر: https://www.isna.ir/news/…»; or the link's text, the source's name and nothing else
        # («لینک منبع: خبرگزاری فارس», an aggregator's link to the story at its origin)
        return _hosted(m.group("x")) or _only_name(m.group("x"))
    if _FIELD_SEP.search(f) and len(f) <= 160:
        # a line of labelled fields («کد خبر: ۱۲۳ | منبع: ایلنا», «نویسنده: علی | منبع: مهر»): its credit field
        for seg in _FIELD_SEP.split(f):
            got = _credit_field(seg)
            if got:
                return got
    got = _closing_credit_clause(f) if len(f) <= 120 else None
    if got:
        return got
    m = _READ_AT.search(f) if len(f) <= 90 else None
    if m:
        return _only_name(m.group("x"))
    got = credit_sentence(line) or reporter_byline(f)
    if got:
        return got
    if len(f) > 60:
        return None
    m = _BY.match(f)
    if m:
        return _only_name(m.group("x"))
    m = _LABELLED.match(f)
    if m and not _NOT_SOURCE.match(m.group("label")):
        # «سرچشمه: مهر»: whatever the label, a value that is an agency's name and nothing else
        # (a name that is also an everyday word counts only where a credit stands)
        name = _only_name(m.group("x"))
        if name and (bare or not set(_words(m.group("x"))) <= _AMBIGUOUS):
            return name
        name = _last_field_name(m.group("x"))
        if name:
            return name
    if bare and _BARE_URL.match(f):
        return _hosted(f)  # «https://www.mehrnews.com/news/5512» alone under the story: its origin
    if bare and (got := _marked_agency(f)):
        return got
    return _only_name(f) if bare else None


#: an end marker in a site's own words has at most this many words, and no digit («انتهای پیام», «/ن»)
MAX_END_MARKER_WORDS = 3
#: a story's end marker and, after its slash, what closes it: «انتهای پیام/ ایسنا», «پایان خبر / ک»
_END_SLASH = re.compile(r"^(?P<head>[^\d/:：.!?؟]*?)\s*/\s*(?P<x>[^/]+)$")


def _marked_agency(f: str) -> str | None:
    """The agency a story's end marker names after its slash, closing the story on a line of its own
    («انتهای پیام/ ایسنا», «پایان خبر / ایرنا»), whatever words the site's marker has: a few words and no
    digit before the slash (:data:`MAX_END_MARKER_WORDS`), the agency's name and nothing else after it;
    a desk's code letter («انتهای پیام/ ک») names none.

    >>> _marked_agency("انتهای پیام/ ایسنا"), _marked_agency("ختم گزارش / ایرنا"), _marked_agency("انتهای پیام/ ک")
    ('ایسنا', 'ایرنا', None)
    >>> _marked_agency("کرونا/افزایش بیماران در تهران"), _marked_agency("۱۲/ ایسنا")
    (None, None)
    """
    m = _END_SLASH.match(f)
    if m is None or len(m.group("head").split()) > MAX_END_MARKER_WORDS:
        return None
    return _only_name(m.group("x"))


#: a reporter's byline under the headline, the role word beside the outlet's name and the place reported
#: from: «خبرنگار ایرنا - شهرکرد», «یاسوج - خبرنگار ایسنا», «گزارش خبرنگار تسنیم از بیرجند»
_REPORTER_BYLINES = (
    re.compile(r"^خبرنگار\s+(?P<x>[^\-–—|:\d]{2,40}?)\s*[\-–—|]\s*(?P<p>[^\-–—|:\d]{2,30})$"),
    re.compile(r"^(?P<p>[^\-–—|:\d]{2,30}?)\s*[\-–—|]\s*خبرنگار\s+(?P<x>[^\-–—|:\d]{2,40})$"),
    re.compile(r"^گزارش\s+خبرنگار\s+(?P<x>[^\-–—|:\d]{2,40}?)\s+از\s+(?P<p>[^\-–—|:\d]{2,30})$"),
)
#: the place of a reporter's byline: a city or a province, up to three words
MAX_PLACE_WORDS = 3


def reporter_byline(line: str) -> str | None:
    """The agency of a reporter's byline: the role word «خبرنگار», a known agency's name and nothing else
    beside it, and a place of up to :data:`MAX_PLACE_WORDS` words (the reporter's city), as a line of its
    own under a headline; a sentence that mentions a reporter is none.

    >>> reporter_byline("خبرنگار ایرنا - شهرکرد"), reporter_byline("یاسوج - خبرنگار ایسنا")
    ('ایرنا', 'ایسنا')
    >>> reporter_byline("گزارش خبرنگار تسنیم از بیرجند"), reporter_byline("خبرنگار ورزشی - تهران")
    ('تسنیم', None)
    >>> reporter_byline("گزارش خبرنگار تسنیم از نشست دیروز مجلس شورای اسلامی") is None
    True
    """
    f = line.strip()
    for rule in _REPORTER_BYLINES:
        m = rule.match(f)
        if m and len(m.group("p").split()) <= MAX_PLACE_WORDS and not _only_name(m.group("p")):
            return _only_name(m.group("x").strip())
    return None


#: a line that is nothing but a web address («https://www.mehrnews.com/news/5512», «www.isna.ir/…»)
_BARE_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.I)


def _last_field_name(value: str) -> str | None:
    """The agency a labelled credit's last field names and nothing else: «تنظیم: مهدی سلیمانی - ورزش
    سه» credits the editor, then the outlet whose story it is; one field alone («تنظیم: مهدی
    سلیمانی») names no outlet.

    >>> _last_field_name("مهدی سلیمانی - ورزش سه"), _last_field_name("مهدی سلیمانی")
    ('ورزش سه', None)
    """
    fields = _FIELD_SEP.split(value)
    if len(fields) < 2:
        return None
    last = fields[-1]
    return _only_name(last) if not set(_words(last)) <= _AMBIGUOUS else None


#: a line's label: up to four words and a colon («تنظیم و تلخیص: …», «گردآوری و ترجمه: …»)
_LONG_LABEL = re.compile(r"^[^\W\d_]+(?:[\s\u200c]+[^\W\d_]+){0,3}\s*[:：]\s*[^\s:：]")
#: the commas that part a labelled line's fields when no «|» or dash does
_COMMA = re.compile(r"[،,]")


def _closing_credit_clause(f: str) -> str | None:
    """The agency of a credit clause that closes a labelled line after a comma: an editor's line
    credits the editor, then the outlet the story came from, in one line of two fields
    («تنظیم و تلخیص: سارا احمدی، برگرفته از خبرگزاری مهر»). Only the last field is read: a
    credit clause inside a sentence (another clause after it) is none. ``f``: the line, folded.

    >>> _closing_credit_clause("تنظیم و تلخیص: سارا احمدی، برگرفته از خبرگزاری مهر")
    'مهر'
    >>> _closing_credit_clause("وی افزود: این طرح، به نقل از ایسنا، اجرا می‌شود") is None
    True

    A byline closes the same way on the reporter's outlet: «گزارش: امید هاشمی، خبرنگار خبرگزاری
    فارس» says who wrote the story and for whom, the outlet's name and nothing else after
    «خبرنگار»; a photographer's line («عکس: …، خبرنگار …») credits the picture, not the story:

    >>> _closing_credit_clause("گزارش: امید هاشمی، خبرنگار سایت ورزش سه")
    'ورزش سه'
    >>> _closing_credit_clause("عکس: امید هاشمی، خبرنگار ایسنا") is None
    True
    >>> _closing_credit_clause("گزارش: امید هاشمی، خبرنگار حوزه احزاب روزنامه ما") is None
    True
    """
    if not _LONG_LABEL.match(f):
        return None
    fields = _COMMA.split(f)
    if len(fields) < 2:
        return None
    got = _credit_field(fields[-1])
    if got:
        return got
    m = _REPORTER_OF.match(fields[-1].strip())
    if m and not _NOT_SOURCE.match(f):
        return _only_name(m.group("x"))
    return None


#: a byline's last field, the reporter's outlet: «خبرنگار خبرگزاری فارس», «خبرنگار سایت ورزش سه»
_REPORTER_OF = re.compile(r"^خبرنگار\s+(?P<x>.{2,40})$")


def _credit_field(seg: str) -> str | None:
    """The agency a field of a credit line credits («منبع: ایلنا», «برگرفته از خبرگزاری مهر»), not a
    photo's source; None for any other field."""
    m = _CREDIT.match(_unmarked(seg))
    if m is None or _PHOTO_SOURCE.match(m.group("x")):
        return None
    return _named(m.group("x")[:80]) or _hosted(m.group("x"))


_remembered_credit = short_line_memo(CREDIT_CACHE_CHARS, CREDIT_CACHE)(_agency_from_credit)

#: marks a page sets before a line: bullets, dashes, emoji («📰 منبع: …», «■ منبع: …», «- به نقل از …»)
_LEAD_MARKS = re.compile(r"^[^\w(\[«\"]+")


def _unmarked(line: str) -> str:
    """``line`` folded, without the spaces and marks before its first word (a credit's label is
    the same words whatever bullet or emoji a site sets before it).

    >>> _unmarked("  📰 منبع: ایسنا"), _unmarked("■ (منبع: مهر)")
    ('منبع: ایسنا', '(منبع: مهر)')
    """
    return _LEAD_MARKS.sub("", fold(line))  # (no «^\s*» left to try every split of a run of spaces)


#: a label of up to two words and a colon («سرچشمه: …», «Source: …»)
_LABELLED = re.compile(r"^\s*[(\[]?\s*(?P<label>[^\W\d_]+(?:[\s\u200c][^\W\d_]+)?)\s*[:：]\s*(?P<x>.+)$")
#: labels of what is not the story's source: a photo's, a video's, a reporter's, a tag list's
#: (not an author's: «نویسنده: خبرگزاری مهر», «خبرنگار: ایسنا», an author's field that holds nothing
#: but an agency's name, says the wire wrote the story)
_NOT_SOURCE = re.compile(r"^(?:عکس|تصویر|عکاس|فیلم|ویدئو|ویدیو|برچسب|کلید\s*واژه|تگ|استان|شهر"
                         r"|ماه|تاریخ|زمان)", re.I)
#: «توسط X» («by X»), a byline of its own: X is its author, an agency when nothing but its name
_BY = re.compile(r"^توسط\s+(?P<x>.{2,40})$")
#: «ادامه خبر را در سایت X بخوانید», «متن کامل در X», «لینک مستقیم به خبر در X»: the story is X's
_READ_AT = re.compile(r"(?:ادامه|متن\s*کامل|مشاهده|لینک|نسخه\s*اصلی)\b.{0,30}?\sدر\s+(?P<x>.{1,40}?)\s*"
                      r"(?:بخوانید|ببینید|مطالعه\s*کنید|بخوانيد)?\s*[.!…]?\s*$")
#: the item a credit sentence stands under, its first words: «این خبر», «متن گزارش», «اصل مطلب», «این»
_CREDITED_ITEM = r"(?:این|متن|اصل)\s+(?:خبر|مطلب|گزارش|نوشته|یادداشت|مقاله|متن|محتوا)?\s*"
#: a credit said in a sentence of its own: «این خبر از خبرگزاری فارس بازنشر شده است», «این مطلب از
#: ایسنا نقل شد», «این گزارش به نقل از مهر منتشر شده است»: the item the line stands under (this
#: story, this text), «از» and the outlet, then a passive verb of taking it over (the outlet's name
#: must be nothing but a name the agency table knows: :func:`_only_name`)
#: ... or said the other way round: «این مطلب بازنشر از خبرگزاری مهر است», «این خبر بازنشر شده از
#: ایسنا است», «متن کامل این خبر برگرفته از سایت ورزش سه است», «این مطلب بازنشری از سایت ایسنا است»,
#: «این متن ترجمه‌ای از …»: the item, a word of taking it over (a noun of it too, «ـی» «a
#: republication of»), «از» and the outlet, a copula at most
_TAKEN_FROM_AFTER = re.compile(r"^(?:متن\s+کامل\s+)?" + _CREDITED_ITEM
                               + r"(?:بازنشر|برگرفته|نقل|اقتباس|برداشت|گرفته|ترجمه)(?:[\s\u200c]?ای|ی)?\s*"
                               r"(?:شده)?\s+از\s+(?P<x>[^:：.،,]{2,40}?)\s*(?:است|می\s*باشد|میباشد)?\s*[.!]?\s*$")
_TAKEN_FROM = re.compile(r"^" + _CREDITED_ITEM
                         + r"(?:از|به\s*نقل\s*از)\s+(?P<x>[^:：.،,]{2,40}?)\s+"
                         r"(?:بازنشر|نقل|منتشر|برداشت|اخذ|دریافت|اقتباس|گرفته|ترجمه|بازنویسی)\s*(?:شده|شد)"
                         r"(?:\s*است)?\s*[.!]?\s*$")
#: ... or said as where the story first appeared: «این مطلب نخستین بار در X منتشر شده است», «این
#: گزارش پیش‌تر در X منتشر شده بود», «این خبر ابتدا در X منتشر شد»: the item, a word of before at
#: most, «در» and the outlet, a verb of publishing. (What follows the outlet must be the verb: «در X
#: هم منتشر شده است», a copy there too, names no origin, as :func:`_only_name` refuses «X هم».)
_FIRST_PUBLISHED = re.compile(r"^" + _CREDITED_ITEM
                              + r"(?:(?:برای\s+)?(?:نخستین|اولین)\s*بار|ابتدا|نخست|پیش[\s\u200c]*تر|قبلا\S?)?\s*"
                              r"در\s+(?P<x>[^:：.،,]{2,40}?)\s+(?:منتشر|چاپ)\s*(?:شده|شد)"
                              r"(?:\s*(?:است|بود))?\s*[.!]?\s*$")
#: ... or said with the outlet as the doer: «این خبر را ایسنا منتشر کرده و در اینجا بازنشر شده است», «این
#: گزارش را خبرگزاری مهر تهیه کرده است»: the item, «را», the outlet, an active verb of publishing or
#: writing it, and maybe a clause saying this site took it over
_PUBLISHED_BY = re.compile(r"^" + _CREDITED_ITEM + r"را\s+"
                           r"(?P<x>[^:：.،,]{2,40}?)\s+(?:منتشر|تهیه|مخابره|بازنشر)\s*(?:کرده|نموده|کرد)"
                           r"(?:\s*(?:است|بود))?(?:\s*(?:و|،)\s*[^:：.]{0,40}?(?:بازنشر|نقل|منتشر)\s*(?:شده|شد)"
                           r"(?:\s*است)?)?\s*[.!]?\s*$")
#: where the name in a credit ends: a separator, a bracket or a digit (a date after it)
_VALUE_END = re.compile(r"\s[|｜\-–—/]\s|[|｜–—(\[،,؛;:]|\d")
#: the words that may follow an outlet's name in a credit without making it a longer name
_AFTER_NAME = frozenset(tokens("و با به از در که را برای ـ news agency"))


#: the pictographs a photo's credit or caption opens with: a camera, a camera with flash, a framed
#: picture, a film's frames (a regex class's members; text's photo notes open with these too)
PHOTO_PICTOGRAPHS = "\U0001F4F7\U0001F4F8\U0001F5BC\U0001F39E"
#: a line opened by a camera's or a film's pictograph («📷 X», «📸 عکس از X», «🎥 X»): a photo's or a
#: video's label, as «عکس: X» is, whatever name follows (a video's: a film camera, a video camera)
_PHOTO_MARK = re.compile(r"^[\s\u200c\u200e\u200f]*[" + PHOTO_PICTOGRAPHS + "\U0001F3A5\U0001F4F9]")
#: «منبع عکس: …», «منبع تصویر: …»: a credit label that says whose photo it is
_PHOTO_SOURCE = re.compile(r"^(?:عکس|تصویر|تصاویر|فیلم|ویدئو|ویدیو)\s*[:：\-–—]")
#: labels of a link to the story's origin («لینک خبر: …», «نشانی منبع: …», «Source URL: …»)
_LINK_LABEL = re.compile(r"^(?:لینک|پیوند|نشانی|آدرس)\s*(?:خبر|منبع|اصلی|مطلب)$|^source\s*url$", re.I)
#: the separators of a line of labelled fields
_FIELD_SEP = re.compile(r"\s[|｜•\-–—/]\s|[|｜]")
#: a host in a credit's value: «isna.ir», «www.tasnimnews.com», «https://www.farsnews.ir/news/…»
_HOST = re.compile(r"(?:https?://)?(?P<h>(?:[a-z0-9-]+\.)+[a-z]{2,})(?:[/:?#]\S*)?", re.I)


def _hosted(value: str) -> str | None:
    """The agency whose own web host a credit's value gives (the hosts of the agency table), its
    subdomains too: «منبع: www.isna.ir» -> ایسنا.

    >>> _hosted("https://www.tasnimnews.com/fa/news/1402"), _hosted("example.com")
    ('تسنیم', None)
    """
    hosts = agency_hosts()
    for m in _HOST.finditer(value[:200]):
        h = m.group("h").lower()
        while h:
            if h in hosts:
                return hosts[h]
            h = h.partition(".")[2] if h.count(".") > 1 else ""
    return None


def agency_from_url(url: str) -> str | None:
    """The agency whose own web host a link's address is (its subdomains too), None for any other:
    a link to the story at its origin («<a href="https://www.isna.ir/news/…">منبع خبر</a>»).

    >>> agency_from_url("https://www.isna.ir/news/1401/123"), agency_from_url("/news/123")
    ('ایسنا', None)
    """
    return _hosted(url) if url.startswith(("http://", "https://", "//", "www.")) else None


#: a field's value that is an address and nothing else (:func:`_hosted` says whose site it is)
_BARE_ADDRESS = re.compile(r"^(?:https?://|www\.)\S+\s*$", re.I)


def address_credit(line: str, own: str | None) -> str | None:
    """The agency a labelled field names by its address alone, whatever the label's words: a link to
    the story at its origin («نشانی خبر: https://www.varzesh3.com/news/…», a label a site may write in
    words no lexicon holds). Only on a page whose own address ``own`` is known and is not on that
    agency's site: there a field's address of the site itself is the page's short link
    («لینک کوتاه: https://www.isna.ir/x/abc» on ISNA's page), no credit; nor a photo's label.

    >>> address_credit("احداث خبر: https://www.varzesh3.com/news/18028/", "https://bus-safar.ir/news/1")
    'ورزش سه'
    >>> address_credit("لینک کوتاه: https://www.isna.ir/x/abc", "https://www.isna.ir/news/1401/1")
    >>> address_credit("احداث خبر: https://www.varzesh3.com/news/18028/", None)
    """
    if not own:
        return None
    got = labelled_address(line)
    return got if got is not None and _hosted(own) != got else None


def labelled_address(line: str) -> str | None:
    """The agency whose site the address of a labelled field is on, whatever the label's words
    («احداث خبر: https://www.varzesh3.com/news/18028/»); None for a photo's label, a field of words,
    an address of another site. Whether the page is on that agency's site itself (the field its
    short link) is the caller's to tell (:func:`address_credit`).

    >>> labelled_address("احداث خبر: https://www.varzesh3.com/news/18028/"), labelled_address("عکس: https://www.isna.ir/p/1")
    ('ورزش سه', None)
    """
    if len(line) > SHORT_CREDIT_CHARS * 2:
        return None
    m = _LABELLED.match(_unmarked(line))
    if m is None or not _BARE_ADDRESS.match(m.group("x")) or _PHOTO_SOURCE.match(m.group("label") + ":"):
        return None
    return _hosted(m.group("x"))


def credits_by_any_label(line: str) -> bool:
    """Whether a credit line names its agency under a label no credit word says is a source's: a
    short label of any words and a colon over a name («سرچشمه: مهر»), which a photo's caption set
    between a story's paragraphs has too, whatever words the site labels it with («عکس: مهر» on
    one site, a word the lexicon never saw on another). A credit label («منبع: …», «به نقل از …»)
    or a link's label says whose the story is; this one only may.

    >>> credits_by_any_label("سرچشمه: مهر"), credits_by_any_label("منبع: مهر")
    (True, False)
    >>> credits_by_any_label("کد خبر: ۱۲ | منبع: ایسنا"), credits_by_any_label("خبرگزاری مهر")
    (False, False)
    """
    f = _unmarked(line)
    m = _LABELLED.match(f)
    return m is not None and _CREDIT.match(f) is None and not _LINK_LABEL.match(m.group("label")) \
        and not (_FIELD_SEP.search(f) and any(_CREDIT.match(_unmarked(seg)) for seg in _FIELD_SEP.split(f)))


def _named(value: str) -> str | None:
    """The agency a credit's value names, unless another word goes on its name."""
    cut = _VALUE_END.search(value)
    head = value[: cut.start()] if cut and cut.start() > 0 else value
    toks = _words(head)
    found = _find(toks)
    if found is None:
        return find_agency(value) if head is not value else None
    name, i, n = found
    after = toks[i + n] if i + n < len(toks) else None
    return name if after is None or after in _AFTER_NAME else None


def agency_name_alone(value: str) -> str | None:
    """The agency when ``value`` is nothing but its name (and words like «خبرگزاری», «سایت»): the
    table's short name.

    >>> agency_name_alone("خبرگزاری فارس"), agency_name_alone("ورزش سه"), agency_name_alone("اخبار مهر")
    ('فارس', 'ورزش سه', None)
    """
    return _only_name(value)


def _only_name(value: str) -> str | None:
    """The agency when ``value`` is nothing but its name (and words like «خبرگزاری», «سایت»)."""
    words = _words(value)
    if not 1 <= len(words) <= 5:
        return None
    name = find_agency(value)
    if not name:
        return None
    table, _ = agencies()
    named = {t for k, v in table.items() if v == name for t in k} | set(tokens(name))
    joined = {k for k, v in _spaceless().items() if v == name}
    return name if all(w in named or w in joined or w in _BARE_EXTRA for w in words) else None


#: a credit slot: a source label and a colon, then the value («منبع خبر: رویترز», «مأخذ: X»); not
#: «به نقل از X», which sentences open too
_SLOT = re.compile(r"^\s*[(\[]?\s*(?:منبع\s*(?:خبر|اصلی|مطلب)?|ماخذ|مأخذ|source)\s*[:：]\s*"
                   r"(?P<x>[^:：]+?)\s*[)\]]?\s*$", re.I)
#: an outlet's name in a slot: one to three words of letters (no digits, no sentence)
MAX_SLOT_WORDS = 3
#: the word that says an outlet is a news agency («خبرگزاری X»), not a paper, a magazine or a site
_AGENCY_WORDS = frozenset(tokens("خبرگزاری"))
#: the words that say an outlet is a paper or a magazine («روزنامه شرق», «ماهنامه نجوم»): no agency,
#: even as the bare name a site repeats in the slot after its stories («نامه» is «…‌نامه» when the
#: folding parts a word at its ZWNJ)
_PRESS_WORDS = frozenset(tokens("روزنامه هفته‌نامه ماهنامه فصلنامه نامه مجله نشریه"))


def agency_from_slot(line: str, *, after_story: bool = False, agency_slot: bool = False) -> str | None:
    """The agency a credit slot names, whether or not the agency table knows it: a name the table
    knows gives its canonical name; another when the slot says it is a news agency («منبع خبر:
    خبرگزاری آناتولی» -> «آناتولی»), not a paper's or a magazine's name («منبع: واشنگتن‌پست»: no
    agency). The caller vouches that the line is a slot of the site's template (its shape recurs on
    the site's pages), as a value under a table («منبع: آمار بانک مرکزی») is not.

    ``after_story``: the caller vouches too that the slot closes the story (right under its last
    paragraph or its end marker, where a site credits the wire a retold story came from: «پایان» /
    «منبع: رویترز»), and that its value is not the site's own name: there a short name alone is the
    agency (a translated paper's credit stands in the header, with its author's).

    ``agency_slot``: the caller vouches that the site fills this slot with news agencies beyond the
    table (its other pages name there one the table does not know and say it is a news agency:
    :func:`agency_said_in_slot`, :meth:`.template.PageTemplate.agency_slot`), and that its value is
    not the site's own name: a short name alone is then the agency wherever the slot stands
    («منبع خبر: آناتولی» under the headline), unless it says it is a site («سایت سلامت نیوز») or
    goes on a name of the table (a longer name, another outlet's: «همشهری سلامت»).

    >>> agency_from_slot("منبع: رویترز"), agency_from_slot("منبع: رویترز", after_story=True)
    (None, 'رویترز')

    >>> agency_from_slot("منبع خبر: خبرگزاری آسوشیتدپرس"), agency_from_slot("منبع: ایسنا")
    ('آسوشیتدپرس', 'ایسنا')
    >>> agency_from_slot("منبع: المانیتور") is None
    True
    >>> agency_from_slot("منبع: گزارش سالانه ۱۴۰۱"), agency_from_slot("منبع: www.example.com") is None
    (None, True)
    >>> [agency_from_slot(x, after_story=True) for x in ("منبع: روزنامه شرق", "منبع: ماهنامه نجوم")]
    [None, None]
    >>> agency_from_slot("منبع خبر: آناتولی"), agency_from_slot("منبع خبر: آناتولی", agency_slot=True)
    (None, 'آناتولی')
    >>> [agency_from_slot(x, agency_slot=True) for x in ("منبع: همشهری سلامت", "منبع: سایت سلامت نیوز")]
    [None, None]
    """
    m = _SLOT.match(_unmarked(line))
    if m is None or len(m.group("x")) > 40 or _PHOTO_SOURCE.match(m.group("x")):
        return None
    known = agency_from_credit(line)
    if known:
        return known
    given = m.group("x").split()
    if not (after_story or agency_slot) and not any(w in _AGENCY_WORDS for w in given):
        return None  # (a newspaper's, a magazine's, a site's name: the credit of no agency)
    if any(w in _PRESS_WORDS for w in tokens(m.group("x"))):
        return None  # (a value that says it is a paper or a magazine)
    if agency_slot and not after_story and (any(w in _SITE_WORDS for w in tokens(m.group("x")))
                                            or find_agency(m.group("x"))):
        return None  # (a site's name, or a longer name of the table's: no wire beyond the table)
    words = [w for w in given if w not in _BARE_EXTRA]
    if not 1 <= len(words) <= MAX_SLOT_WORDS or not all(re.fullmatch(r"[^\W\d_][^\W\d_\u200c]*(?:\u200c[^\W\d_]+)*", w)
                                                          for w in words):
        return None
    return " ".join(words)


#: the words that say an outlet is a web site («سایت سلامت نیوز»), not a news agency
_SITE_WORDS = _BARE_EXTRA - _AGENCY_WORDS


def agency_said_in_slot(line: str) -> str | None:
    """The agency a credit slot names that the agency table does not know, when the slot says it
    is a news agency («منبع خبر: خبرگزاری آسوشیتدپرس» -> «آسوشیتدپرس»): a site whose slot shows
    such names fills it with wires beyond the table (:meth:`.template.PageTemplate.agency_slot`).

    >>> agency_said_in_slot("منبع خبر: خبرگزاری آسوشیتدپرس"), agency_said_in_slot("منبع: خبرگزاری فارس")
    ('آسوشیتدپرس', None)
    """
    return _said_in_slot(line)


def _agency_said_in_slot(line: str) -> str | None:
    got = agency_from_slot(line)  # (first: most lines are no slot, and this says so soonest)
    return got if got and agency_from_credit(line) is None else None


#: slot answers remembered: the template pass asks every short line of every page
#: (:func:`.template.wire_names`), and a site's short lines recur on its pages (2,000 pages: 43,000
#: asks, 0.5 % of a run's CPU, of lines of up to 60 characters)
SAID_IN_SLOT_CACHE, SAID_IN_SLOT_CACHE_CHARS = 16384, 60
_remembered_said = short_line_memo(SAID_IN_SLOT_CACHE_CHARS, SAID_IN_SLOT_CACHE)(_agency_said_in_slot)
_said_in_slot = _remembered_said.ask


#: a text that is one bracketed phrase: «(سایت ورزش سه)», «[ایسنا]», and one whose full name closes
#: with its short one in brackets too: «(خبرگزاری کار ایران (ایلنا))»
_BRACKETED = re.compile(r"^[(\[][^()\[\]]+(?:[(\[][^()\[\]]+[)\]]\s*)?[)\]]$")


def agency_in_brackets(text: str) -> str | None:
    """The agency of a credit that is an agency's name in brackets and nothing else, a line (or an
    element) of its own: «(ورزش سه)», «(خبرگزاری فارس)», «[ایسنا]». The brackets say the name is
    set beside the story as its source, not the site's brand over it nor a sentence that names it.

    >>> agency_in_brackets("(خبرگزاری فارس)"), agency_in_brackets("(سایت ورزش سه)"), agency_in_brackets("ورزش سه")
    ('فارس', 'ورزش سه', None)
    >>> agency_in_brackets("(عکس)") is None, agency_in_brackets("(گزارش ایسنا از بازار)") is None
    (True, True)
    """
    t = text.strip()
    return agency_from_credit(t[1:-1], bare=True) if _BRACKETED.match(t) else None


def credit_sentence(line: str) -> str | None:
    """The agency a credit said in a sentence of its own names («این خبر از خبرگزاری فارس بازنشر
    شده است»: :data:`_TAKEN_FROM`; «این خبر را ایسنا منتشر کرده و در اینجا بازنشر شده است»:
    :data:`_PUBLISHED_BY`), None for any other line.

    >>> credit_sentence("این خبر را سایت ورزش سه منتشر کرده و در اینجا بازنشر شده است.")
    'ورزش سه'
    """
    f = _unmarked(line)
    m = (_TAKEN_FROM.match(f) or _TAKEN_FROM_AFTER.match(f) or _FIRST_PUBLISHED.match(f)
         or _PUBLISHED_BY.match(f)) if len(f) <= 90 else None
    return _only_name(m.group("x")) if m else None


def is_credit_line(line: str) -> bool:
    """Whether a short line is a credit (it goes with the page's chrome, not its story): a credit
    label before an agency's name, even one joined to the next line or a longer name («منبع:
    همشهری سلامت»), or what :func:`agency_from_credit` reads as a credit.

    >>> is_credit_line("برگرفته از همشهری سلامت"), is_credit_line("منبع: آمار بانک مرکزی")
    (True, False)
    """
    m = _CREDIT.match(_unmarked(line))
    return bool(m and find_agency(m.group("x")[:80])) or agency_from_credit(line) is not None


def agency_from_byline(line: str) -> str | None:
    """The agency of a source line under a headline: one of its parts, split at «|», «—», «-», «،»,
    is a credit or a bare name («ورزش۳ — ۹ شهریور ۱۳۹۹، ۱۶:۲۵», «منبع: فارس | ۲۱ بهمن ۱۳۸۳»).

    >>> agency_from_byline("ورزش۳ — ۹ شهریور ۱۳۹۹، ۱۶:۲۵"), agency_from_byline("نویسنده: علی فارسی | ۱۲ مهر")
    ('ورزش سه', None)
    """
    whole = agency_from_credit(line, bare=True)
    if whole:
        return whole
    for seg in _SEGMENTS.split(fold(line)):
        if 0 < len(seg.split()) <= 4:
            a = agency_from_credit(seg, bare=True)
            if a:
                return a
    return None


_SEGMENTS = re.compile(r"\s+[|｜\-–—•/]\s+|[|｜–—•،,]")

#: the «از» («from») before an outlet's name closing a short phrase: «بازنشر از کانال X», «ارسال از X»
_FROM_NAME = re.compile(r"(?:^|\s)از\s+(?P<x>[^\s،,:;.؛][^،,:;.؛]{0,40}?)\s*$")
#: the words of a phrase before «از X» that say where a message was forwarded from, at most
MAX_FROM_WORDS = 3


def named_after_from(text: str) -> str | None:
    """The agency a short phrase ending «… از X» names as X, nothing but X's name after «از» and at most
    :data:`MAX_FROM_WORDS` words before it: the text of an element the page marks as the story's source
    or the message's forwarded origin («<div class="forwarded">بازارسال از خبرگزاری فارس</div>»), whose
    words no credit label need say (the caller vouches for the element).

    >>> named_after_from("بازارسال از خبرگزاری فارس"), named_after_from("فرستاده شده از کانال ورزش سه")
    ('فارس', 'ورزش سه')
    >>> named_after_from("خبری از ایسنا نیست"), named_after_from("ایسنا") is None
    (None, True)
    """
    f = fold(text.strip())
    m = _FROM_NAME.search(f)
    if m is None or len(f[: m.start()].split()) > MAX_FROM_WORDS or not f[: m.start()].strip():
        return None
    return _only_name(_CHANNEL_WORD.sub("", m.group("x")))


#: «کانال» before a name: the messenger's channel of the outlet («از کانال ورزش سه»)
_CHANNEL_WORD = re.compile(r"^کانال\s+")


#: a heading that is a credit label and nothing else, its list of sources under it: «منابع», «منبع:»,
#: a wiki's «منابع [ویرایش]» (a bracketed note of up to 20 characters, the heading's edit link)
_LABEL_ALONE = re.compile(r"^\s*(?:منبع|منابع|ماخذ|مأخذ|مآخذ|sources?|references?)\s*[:：]?\s*"
                          r"(?:[(\[][^)\]]{0,20}[)\]])?\s*$", re.I)


def credit_under_label(label: str, under: str, then: str | None = None) -> str | None:
    """The agency a source list names under its heading ``label``, a credit label alone («منابع»):
    the first part of the line ``under`` it, a citation «<outlet> — «<headline>» — <date>» (a
    wiki's sources), is an agency's name and nothing else. When the next line ``then`` is a citation
    of another outlet, the list names the sources the story consulted (a fact check's «منابع»: «مهر —
    <date>», «تسنیم — <date>»), none of them the story's credit.

    >>> credit_under_label("منابع[ویرایش]", "ورزش سه — «هشدار مارادونا» — ۱۹ بهمن ۱۳۹۶")
    'ورزش سه'
    >>> credit_under_label("منبع:", "خبرگزاری فارس"), credit_under_label("اخبار مرتبط", "ایسنا")
    ('فارس', None)
    >>> credit_under_label("منابع", "کتاب تاریخ ایران — انتشارات سمت") is None
    True
    >>> credit_under_label("منابع", "خبرگزاری تسنیم — ۱۳۹۹/۱۲/۰۶", "خبرگزاری مهر — ۱۳۹۹/۱۲/۰۶") is None
    True
    >>> credit_under_label("منابع", "خبرگزاری تسنیم — ۱۳۹۹/۱۲/۰۶", "رده‌ها: ورزشی")
    'تسنیم'
    """
    if len(label) > 40 or not _LABEL_ALONE.match(_unmarked(label)):
        return None
    name = _cited(under)
    if name is not None and then is not None and _cited(then) not in (None, name):
        return None
    return name


def _cited(line: str) -> str | None:
    """The outlet a citation line opens with: its first part, before a separator, an agency's name
    and nothing else."""
    first = next((seg for seg in _SEGMENTS.split(fold(line[:120])) if seg.strip()), "")
    return _only_name(first)


def agency_mentioned(text: str) -> str | None:
    """An agency named after a reporting word («در گفتگو با خبرنگار فارس») or told something
    («… به ایسنا گفت», «… که نسخه‌ای از آن به ایسنا رسیده»), the weakest evidence.

    >>> agency_mentioned('او به "ورزش سه" گفت که داور خوبی است')
    'ورزش سه'
    >>> agency_mentioned("او در گفت‌وگو با خبرنگار حوزه احزاب روزنامه ما گفت") is None
    True

    A name that is also a common word of its own («فارس» the province and the language, «مهر» the
    month and a seal) names the agency here only right after a word that says an outlet follows
    («خبرنگار», «خبرگزاری», «به گزارش», «به نقل از»), a beat of up to three words between; talked to
    or told alone, or further on (a longer name: «باشگاه خبری فارس «توانا»»), it credits none:

    >>> agency_mentioned("او در گفت‌وگو با خبرنگار ورزشی فارس گفت"), agency_mentioned("او در گفت‌وگو با فارس گفت")
    ('فارس', None)
    >>> agency_mentioned("او در گفت‌وگو با خبرنگار بهداشت و درمان باشگاه خبری فارس «توانا» گفت") is None
    True
    """
    t = fold(text[:800])
    for m in _REPORTER.finditer(t):
        if _possessed(t, m.start()):
            continue
        toks = _words(m.group("rest")[:40])
        found = _find(toks)
        one = found[2] == 1 if found else False
        if found and not (one and toks[found[1]] in _AMBIGUOUS) \
                and not (one and toks[found[1]] in _COMMON_NAMES and not _after_outlet_word(m, toks, found[1])):
            # (a name that is also an everyday word names a reporter's beat here, the weakest
            # evidence: «در گفت‌وگو با خبرنگار حوزه احزاب …»)
            return found[0]
    for m in _TOLD.finditer(t):
        x = _words(m.group("x"))
        name = find_agency(m.group("x")) if not (len(x) == 1 and x[0] in _COMMON_NAMES) else None
        if name:
            return name
    return None


#: talks with an outlet's reporter: «در گفت‌وگو با خبرنگار ایسنا», «در مصاحبه‌ای با خبرنگار اقتصادی تسنیم»
#: (the reporter, not the one talked to: «در گفت‌وگو با مهر» may name anyone; :data:`_INTERVIEW` as well)
_REPORTER_TALK = re.compile(r"در\s*(?:گفت\s*و?\s*گو(?:ی)?|مصاحبه)\s*(?:ای\s*)?با\s*خبرنگار"
                            r"\s*(?P<rest>[^،,:;.؛\n]{0,60})")


def agency_interviewing(text: str) -> str | None:
    """The agency whose reporter the text says someone talked to, «در گفت‌وگو با خبرنگار X»: a story's
    own reporter asking, its agency named where the talk is told, in a later paragraph as well (a
    name told something, «… به ایسنا گفت», or talked to, «در گفت‌وگو با ایسنا», is weaker evidence).

    >>> agency_interviewing("وی در ادامه در گفت‌وگو با خبرنگار اقتصادی ایسنا افزود: …")
    'ایسنا'
    >>> agency_interviewing("او به ایسنا گفت که طرح اجرا می‌شود") is None
    True
    >>> agency_interviewing("او در گفت‌وگو با خبرنگار حوزه احزاب روزنامه ما گفت") is None
    True
    """
    t = fold(text[:800])
    for m in _REPORTER_TALK.finditer(t):
        toks = _words(m.group("rest")[:40])
        found = _find(toks)
        if found and found[1] <= MAX_BEAT_WORDS and not (found[2] == 1 and toks[found[1]] in _AMBIGUOUS):
            return found[0]
    return None


#: agencies' names that are also common words of their own («فارس»: the province, the language;
#: «مهر»: the month, a seal): a mention names the agency by them only after an outlet's word
_COMMON_NAMES = frozenset(tokens("فارس مهر"))
#: ... each alone, as a text's words
_BARE_COMMON = [[w] for w in _COMMON_NAMES]
#: the reporting words that say an outlet's name follows them (not «در گفت‌وگو با»: one talks to anyone)
_OUTLET_WORD = re.compile(r"خبرنگار|خبرگزاری|گزارش|نقل|نوشته")
#: a reporter's beat between «خبرنگار» and the outlet's name («خبرنگار حوزه انرژی فارس»), at most
MAX_BEAT_WORDS = 3


def _after_outlet_word(m: re.Match, toks: list[str], at: int) -> bool:
    """Whether the word ``toks[at]`` of a reporting phrase ``m`` (its words after the reporting
    word: ``toks``) stands right after an outlet's word (:data:`_OUTLET_WORD`), a beat of up to
    :data:`MAX_BEAT_WORDS` words between: «با خبرنگار ورزشی فارس», not «با فارس»."""
    words = [m.group(0).split()[0], *toks[:at]]
    last = max((i for i, w in enumerate(words) if _OUTLET_WORD.match(w)), default=None)
    return last is not None and len(words) - 1 - last <= MAX_BEAT_WORDS


#: «خبرگزاری X», «خبرنگار X»: the reporting words that a noun before them may possess
_POSSESSABLE = re.compile(r"خبرگزاری|خبرنگار")
#: the last word before a position, with nothing but spaces (a ZWNJ) after it
_WORD_BEFORE = re.compile(r"(\w+)[\s\u200c]*$")


#: the words beside the function words that govern an agency as the source of what is said:
#: prepositions («توسط», «طبق», «براساس») and the nouns of saying («به اعلام خبرگزاری فارس», «به
#: نوشته …»), whose possessor is who said it
_SOURCE_HEADS = "توسط طبق بنابر براساس مطابق اعلام نوشته گزارش"


@functools.lru_cache(maxsize=1)
def _governing_words() -> frozenset[str]:
    """The function words («با», «به», «از», «و», «که» …) and :data:`_SOURCE_HEADS`, folded: a word
    that governs the phrase after it, which no noun's possessor follows."""
    return frozenset(line_key(w) for w in (*function_words(), *_SOURCE_HEADS.split()))


def _possessed(text: str, at: int) -> bool:
    """Whether the reporting word «خبرگزاری» or «خبرنگار» at ``at`` is the possessor of the noun
    right before it: «مدیرعامل خبرگزاری ایرنا», «عکاس خبرگزاری تسنیم», «همسر خبرنگار ایرنا», an
    agency the story is about, not its source. After a function word («با خبرگزاری تسنیم», «به
    خبرنگار ایسنا»), a mark, or opening the text, it is the story's source.

    >>> _possessed("رئیس خبرگزاری ایسنا گفت", 5), _possessed("در گفت‌وگو با خبرگزاری ایسنا", 14)
    (True, False)
    """
    if not _POSSESSABLE.match(text, at):
        return False
    m = _WORD_BEFORE.search(text[max(0, at - 40): at])
    return m is not None and not m.group(1).isdigit() and line_key(m.group(1)) not in _governing_words()


def has_dateline(text: str, within: int = 160) -> bool:
    """Whether a paragraph opens (within its first ``within`` characters) with «به گزارش …»."""
    m = DATELINE.search(fold(text[: within + 40]))
    return m is not None and m.start() <= within


def opens_dateline(text: str) -> bool:
    """Whether a paragraph opens the story as a dateline does: «به گزارش …» (:func:`has_dateline`), or
    the head an agency writes before its story, a city and its name (:func:`_agency_opener`).

    >>> opens_dateline("ارومیه - خبرگزاری فارس - حسین شمس در گفت و گو با خبرنگار فارس گفت")
    True
    >>> opens_dateline("به گزارش ایسنا، وزیر گفت"), opens_dateline("وزیر: طرح اجرا می‌شود")
    (True, False)
    """
    return has_dateline(text) or _agency_opener(text) is not None


#: the reporter's interview a story's first paragraph tells of: «در گفت‌وگو با خبرنگار …», «در
#: مصاحبه با خبرگزاری …» (not «در گفت‌وگو با» anyone: a story tells of talks between others)
_INTERVIEW = re.compile(r"در\s*(?:گفت\s*و?\s*گو(?:ی)?|مصاحبه)\s*(?:ای\s*)?با\s*(?:خبرنگار|خبرگزاری)")


def opens_interview(text: str, within: int = 160) -> bool:
    """Whether a paragraph tells, within its first ``within`` characters, of the interview it
    reports: the story's own opening, as a dateline is (a summary over it says what was said).

    >>> opens_interview("ناصر فغفوری امروز در گفت‌وگو با خبرنگار خاویار خبر در زنجان اظهار کرد: نان گران می‌شود.")
    True
    >>> opens_interview("وزیر در گفت‌وگو با همتای ترک خود درباره مرزها گفت‌وگو کرد.")
    False
    """
    m = _INTERVIEW.search(fold(text[: within + 40]))
    return m is not None and m.start() <= within


def agency_of_story(lead: str | None, paragraphs: list[str], *,
                    site: Callable[[str], bool] | None = None) -> str | None:
    """The agency a story names, when no credit line did: the dateline of the lead or of one of
    the first two paragraphs, else an agency's own dateline before the story («تهران- ایرنا- …»,
    «ایسنا: …», opening the second paragraph under a one-sentence summary too) or its name in
    brackets closing the story («… (ایسنا)»), else an agency told or quoted in the first paragraph
    (in the second when the first is a one-sentence summary or intro), else a dateline opening a
    later paragraph (after an intro, a summary, a quote) or a clause «به نقل از X،» opening one (a
    story retold from X resumes its quote so), else the agency whose reporter a later paragraph says
    someone talked to (:func:`agency_interviewing`). ``site``: as for :func:`agency_from_dateline`.

    >>> agency_of_story(None, ["متن کامل را بخوانید.", "خلاصه در یک جمله.", "به گزارش ایسنا، ..."])
    'ایسنا'
    >>> agency_of_story(None, ["وزیر گفت: طرح اجرا می‌شود.", "او در گفت‌وگو با خبرنگار مهر افزود: ..."])
    'مهر'
    >>> agency_of_story(None, ["وزیر گفت: طرح اجرا می‌شود. بودجه آماده است.", "او در گفت‌وگو با مهر افزود"]) is None
    True
    """
    if site is not None:  # (the site's own dateline names no agency told or quoted either)
        lead = _cut_own_dateline(lead, site) if lead else lead
        paragraphs = [_cut_own_dateline(t, site) for t in paragraphs[:2]] + paragraphs[2:]
    for t in ([lead] if lead else []) + paragraphs[:2]:
        a = agency_from_dateline(t, site=site)
        if a:
            return a
    # an agency's own dateline before the story («تهران- ایرنا- …») or its name closing it («… (ایسنا)»):
    # the story's own credit, before an agency its first sentences say someone talked to («در
    # گفت‌وگو با فارس»); under a one-sentence summary the story opens with the second paragraph
    openers = paragraphs[:2] if len(paragraphs) > 1 and _one_sentence(paragraphs[0]) else paragraphs[:1]
    a = next((a for t in ([lead] if lead else []) + openers if (a := _agency_opener(t))), None)
    if a is None and paragraphs:
        a = _agency_closer(paragraphs[-1])
    a = a or (agency_mentioned(paragraphs[0]) if paragraphs else None)
    if a is None and len(paragraphs) > 1 and _one_sentence(paragraphs[0]):
        a = agency_mentioned(paragraphs[1])
    for k, t in enumerate(paragraphs[1:], 1):
        if a is not None:
            break
        f = fold(t[:80])
        a = agency_from_dateline(t, site=site) if k >= 2 and _OPENS_DATELINE.match(f) else _quoted_opening(f)
    if a is None:
        # (the story's reporter named where a later paragraph tells of the talk: «… در گفت‌وگو با
        # خبرنگار ایسنا افزود»; an agency told something or talked to, «به ایسنا گفت», says less)
        a = next((x for t in paragraphs[2:] if (x := agency_interviewing(t))), None)
    return a


#: a paragraph that opens with the outlet it is quoted from, a clause of its own closed by a comma:
#: «به نقل از ایسنا، وی ادامه داد: …» (a story retold from an agency names it where it resumes the quote)
_OPENS_QUOTED = re.compile(r"^\W{0,3}به\s*نقل\s*از\s+(?P<x>[^،,:;.؛\n]{2,40}?)\s*[،,]")


def _quoted_opening(folded: str) -> str | None:
    """The agency a paragraph (its opening, folded) says it is quoted from, in a clause of its own
    that opens it: «به نقل از X،» and the agency's name and nothing else as X.

    >>> _quoted_opening("به نقل از ایسنا، وی ادامه داد: بازی سختی است.")
    'ایسنا'
    >>> _quoted_opening("به نقل از منابع آگاه در وزارت، طرح اجرا می‌شود"), _quoted_opening("وی به نقل از ایسنا، گفت")
    (None, None)
    """
    m = _OPENS_QUOTED.match(folded)
    return _only_name(m.group("x")) if m else None


#: where an agency's own dateline before its story may end: a dash, a colon or a slash («ایرنا/ …»),
#: then a space
_HEAD_END = re.compile(r"\s*(?:[-–—/]|[:：])\s")
#: an agency's name glued to a slash before its desk, which runs on into the story with no mark
#: between («ایسنا/خراسان رضوی رئیس …»): the agency's provincial desks write their stories so; a
#: name that is a common word alone («فارس/شیراز»: the province and its capital, «مهر/آبان») is none
_GLUED_DESK = re.compile(r"^\s*(?P<x>[^/\s][^/\d:：]{1,30}?)\s*/(?!\s*$)")
#: what parts a dateline's head: a dash, a slash, a bar, a comma, brackets
_HEAD_SEP = re.compile(r"[-–—/|｜،,()\[\]]")
#: what no dateline's head holds: a colon (it ends the head), a digit (a date, a number)
_HEAD_STOP = re.compile(r"[:：\d]")
#: a story's last paragraph ending with the agency in brackets or after a slash: «… (ایسنا)», «… /ایرنا»
_CLOSER = re.compile(r"(?:[(\[]\s*(?P<x>[^()\[\]]{2,40}?)\s*[)\]]|/\s*(?P<y>[^/\s][^/]{1,30}?))\s*[.]?\s*$")


#: a story that opens telling what an agency reported, the agency the sentence's subject: «ایرنا گزارش
#: داد: …», «خبرگزاری فارس گزارش داده است که …», «ایسنا نوشت: …»
_OPENS_REPORTED = re.compile(r"^\W{0,3}(?P<x>[^،,:;.؛\n]{2,40}?)\s+(?:گزارش\s*داد(?:ه\s*است)?|نوشت)"
                             r"(?=\s*(?:که|[:：،,]))")


def _agency_opener(text: str) -> str | None:
    """The agency of a dateline an agency writes before its story: a head of one to three short
    parts (a city and the agency's name, nothing else, in either order), set apart by dashes,
    slashes, commas or brackets, closed by a dash or a colon: «تهران- ایرنا- …», «تهران (ایرنا) -
    …», «ایسنا/ تهران - …», «ایسنا: …», «ایرنا/ …». A head part longer than a name, or with digits,
    is no dateline's (a sentence, a date).

    >>> _agency_opener("تهران- ایرنا- رئیس‌جمهور گفت"), _agency_opener("ایسنا: وزیر گفت"), _agency_opener("وزیر: ایسنا")
    ('ایرنا', 'ایسنا', None)
    >>> [_agency_opener(t) for t in ("تهران (ایرنا) - وزیر گفت", "ایسنا/ تهران - وزیر گفت", "ایرنا - تهران - وزیر")]
    ['ایرنا', 'ایسنا', 'ایرنا']
    >>> _agency_opener("ایرنا/ رئیس‌جمهور گفت"), _agency_opener("جزئیات جلسه امروز شورای رقابت/ ایرنا گزارش داد")
    ('ایرنا', None)
    >>> _agency_opener("وزیر در نشست امروز - که ایرنا گزارش داد - گفت"), _agency_opener("۱۲ مهر - وزیر گفت")
    (None, None)
    >>> _agency_opener("وزیر: ما - و ایسنا - گفتیم")

    >>> _agency_opener("ایسنا/خراسان رضوی رئیس سازمان گفت"), _agency_opener("کرونا/افزایش بیماران در تهران")
    ('ایسنا', None)
    >>> _agency_opener("فارس/شیراز رئیس سازمان گفت"), _agency_opener("خبرگزاری فارس/شیراز رئیس سازمان گفت")
    (None, 'فارس')
    >>> _agency_opener("ایرنا گزارش داد: وزیر گفت"), _agency_opener("خبرگزاری فارس گزارش داده است که وزیر گفت")
    ('ایرنا', 'فارس')
    >>> _agency_opener("وزارت نیرو گزارش داد: مصرف برق بالا رفت"), _agency_opener("وزیر گفت ایسنا گزارش داد که")
    (None, None)
    """
    t = fold(text[:80])
    told = _OPENS_REPORTED.match(t)
    if told and (name := _only_name(told.group("x"))):
        return name  # («ایرنا گزارش داد: …»: the agency said its story)
    glued = _GLUED_DESK.match(t)
    if glued and (name := _only_name(glued.group("x"))) and _words(glued.group("x")) not in _BARE_COMMON:
        return name  # «ایسنا/خراسان رضوی رئیس …»: the agency, its desk glued after a slash, then the story
    for m in _HEAD_END.finditer(t):
        head = t[: m.start()]
        parts = [p for p in _HEAD_SEP.split(head) if re.search(r"\w", p)]
        if not 1 <= len(parts) <= MAX_DATELINE_FIELDS or _HEAD_STOP.search(head) \
                or any(len(p.split()) > MAX_DATELINE_FIELD_WORDS for p in parts):
            return None  # (past a colon, a digit or a part longer than a name: no dateline's head)
        name = next((a for p in parts if (a := _only_name(p))), None)
        if name:
            return name
    return None


def _agency_closer(text: str) -> str | None:
    """The agency a story's last paragraph ends with, bracketed or after a slash (nothing else).

    >>> _agency_closer("این طرح اجرا می‌شود. (ایسنا)"), _agency_closer("تمرین ادامه دارد/ایرنا")
    ('ایسنا', 'ایرنا')
    >>> _agency_closer("او (مهر) گفت") is None
    True
    >>> _agency_closer("این طرح اجرا می‌شود (منبع: ایلنا)"), _agency_closer("بازار ۱۲ درصد رشد کرد (عکس)")
    ('ایلنا', None)
    """
    m = _CLOSER.search(fold(text[-60:]))
    if m is None:
        return None
    x = m.group("x") or m.group("y")
    return _only_name(x) or (agency_from_credit(x) if m.group("x") else None)  # «… (منبع: ایسنا)»


def agency_closer_start(text: str) -> int | None:
    """Where the agency's name closing a story's paragraph begins (the bracket or the slash), when
    :func:`_agency_closer` reads one there; None otherwise (a line of the credit alone: 0).

    >>> t = "این طرح اجرا می‌شود. (ایسنا)"
    >>> t[:agency_closer_start(t)], agency_closer_start("تمرین ادامه دارد/ایرنا"), agency_closer_start("او (مهر) گفت")
    ('این طرح اجرا می‌شود. ', 16, None)
    """
    tail = text[-60:]
    m = _CLOSER.search(tail)
    if m is None or _agency_closer(text) is None:
        return None
    return len(text) - len(tail) + m.start()


#: a paragraph that opens with its dateline («به گزارش ایسنا، …»)
_OPENS_DATELINE = re.compile(r"^\W{0,3}به\s*گزارش\s")


def _one_sentence(text: str) -> bool:
    """A summary or intro line: one sentence, at most 300 characters."""
    return len(text) <= 300 and len(INNER_SENTENCE_END.findall(text.rstrip(" .!؟?"))) == 0
