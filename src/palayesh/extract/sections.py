"""Site sections as pages show them: breadcrumb trails, labelled lines, HTML metadata.

A section is the site's own category of the story («ورزشی», «فوتبال ایران»), shown as

- a breadcrumb trail, with any of the separators sites use: «خانه » ورزش » فوتبال», «ورزش / فوتبال»,
  «صفحه نخست › اقتصاد», «خانه | سیاسی», «خانه > فرهنگ» (its last item, the home label and the
  story's own headline left out);
- a labelled line: «سرویس: ورزشی», «گروه خبری: اقتصاد», «دسته‌بندی: ورزش › فوتبال», «موضوع: …»;
- HTML metadata (``article:section``, JSON-LD ``articleSection`` and ``BreadcrumbList``).

It is never the site's name, its tagline or its home label («صفحه نخست»), which stand on every page.

>>> crumb_parts("خانه » ورزش » فوتبال ایران")
['خانه', 'ورزش', 'فوتبال ایران']
>>> section_from_crumb(["صفحه نخست", "اقتصاد", "بورس"], title="بورس")
'اقتصاد'
>>> section_from_label("دسته‌بندی: ورزش › فوتبال")
'فوتبال'
"""
from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import unquote, urlsplit

from ..memo import short_line_memo
from ..textkeys import SPACE_FOLDS, YEH_KAF, line_key, replacer
from ..urls import host_of

#: a form's control as a text browser draws it («(BUTTON) جستجو», «[X]»): a line of it is the
#: page's form, no text and no section (text dumps of HTML pages, :mod:`.exports`)
FORM_CONTROL = re.compile(r"^\s*(?:\((?:BUTTON|submit|reset|radio|checkbox)\)|\[(?:BUTTON|_{3,}|X| )\])", re.I)

#: labels of the site's home page, first item of a trail and never a section
HOME_KEYS = frozenset(line_key(x) for x in ("خانه", "صفحه نخست", "صفحه اصلی", "صفحه‌ی اصلی", "نخست", "home",
                                            "homepage", "اول صفحه", "صفحه اول"))
#: separators no headline uses between short items
_STRONG = re.compile(r"\s*(?:»|›|>|≫|→|←|⟩|⟨|‹)\s*")
_STRONG_IN_QUOTES = re.compile(r"\s*(?:›|>|≫|→|←|⟩|⟨|‹)\s*")  # «…» quotes: » closes a quote
#: separators headlines and menus use too: a trail only when it starts at home
_WEAK = re.compile(r"\s*(?:/|\||｜|\\)\s*")
#: ... and those headlines use even more («ایران - ژاپن», «وزیر: …»): from home only, never loose
_WEAK_HOME = re.compile(r"\s*(?:/|\||｜|\\|[:：])\s*|\s+[-–—]\s+")
_DIGIT = re.compile(r"\d")
#: the marks a line may carry at its ends that are no text (direction marks, zero-width and
#: no-break spaces)
EDGE_MARKS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u200b\ufeff \u00a0"
#: a section's name is a word or three («ورزشی», «فوتبال ایران», «علم و فناوری»); a label over
#: the headline longer than this is a surtitle
MAX_SECTION_WORDS = 3
#: a character of any trail separator above: a line without one is no trail
_ANY_SEPARATOR = re.compile(r"[»›>≫→←⟩⟨‹/|｜\\:：–—]|\s-\s")
#: a line opening with an item of one to three words and a spaced mark that is no letter, digit,
#: quote or bracket: the mark a trail may use as its separator
_OWN_SEPARATOR = re.compile(r"^\s*[^\W\d_]+(?:[\s\u200c][^\W\d_]+){0,2}\s+(?P<sep>[^\w\s«»\"'()\[\]{}<>.,،؛;:!?؟])\s+")
#: «سرویس: …», «گروه خبری: …», «دسته‌بندی: …», «موضوع: …», «بخش: …», «Category: …», and the label
#: naming what it classifies («دسته‌بندی مطلب: …», «موضوع خبر: …», «گروه‌های نوشته: …»), and a blog's
#: «posted in» («منتشر شده در: …», whose value is a date on other sites: no section has a digit); a
#: label word takes a plural or an -i ending («بخش‌ها:», «دسته‌ی:»), but the bare «در:» does not: «درها»
#: (doors) and «دری» (the Dari language) are words of their own, a widget's field label
_LABEL = re.compile(
    r"^\s*(?:(?:سرویس|گروه|دسته|دسته\s*بندی|دسته\s*بندی\s*ها|طبقه\s*بندی|رده|بخش|موضوع|شاخه|category|categories"
    r"|section|posted\s*in|filed\s*under|(?:منتشر|ارسال|نوشته)\s*شده\s*در)(?:\s*(?:های|ها|ی))?|در)(?P<q>\s+(?:خبری|خبر|اخبار|اصلی|مطلب|مطالب|نوشته|پست|مقاله|یادداشت"
    r"|محتوا|گزارش))?\s*[:：]\s*(?P<x>.{1,60})$", re.I)
#: the same label without a colon, its words saying that what follows is where the story was put
#: (a blog's or a portal's «posted in» byline): a verb of publishing before «در» («منتشر شده در
#: حوادث»), a category word after it («در دسته مسکن ملی», «منتشر شده در دسته آشپزی»: the value is
#: what follows the word), or the English label («posted in Sport»). A bare «در X» opens a sentence
#: or names a place; «در بخش X», «در گروه X» (``weak``) open many phrases as well («در بخش خصوصی»)
#: and say it only among the story's byline lines. The value holds no digit (a date: «منتشر شده در
#: ۱۴ مهر»), colon, bar (the next field of a meta row), quote or bracket (a paper's name: «منتشر شده در «اطلاعات»»)
_IN_LABEL = re.compile(
    r"^\s*(?:(?P<verb>(?:منتشر|ارسال|نوشته|درج|ثبت|چاپ)\s*شده\s*)?در\s+"
    r"|(?P<en>posted\s+in|filed\s+under|published\s+in)\s+)"
    r"(?:(?P<cat>دسته\s*بندی|دسته|طبقه\s*بندی|سرویس|شاخه|رده|(?P<weak>بخش|گروه))(?:\s*(?:های|ها|ی))?\s+)?"
    r"(?P<x>[^\d:：|｜«»()]{1,40}?)\s*$", re.I)
#: a colonless label's value is a section's name: a word or three
_IN_LABEL_WORDS = 3
#: a byline naming its author, then where the story was put: «نوشته زهره هاشمی در گاز», «ارسال شده
#: توسط مدیر در اخبار» (a verb of writing, a name of a word to four, «در», maybe a category word, the
#: category); the category is a section only with a category word or when the site's menu lists it
#: (after a name, «در X» names a place as well); or the byline without its verb, «توسط مدیر در اخبار»
#: (a theme's «by <author> in <category>»)
_BY_IN = re.compile(r"^\s*(?:(?:نوشته|ارسال|منتشر)(?:\s*شده)?(?:\s+(?:توسط|به\s+قلم))?|توسط|به\s+قلم)"
                    r"\s+[^\d:：|«»()،,.]{2,40}?"
                    r"\s+در\s+(?P<cat>(?:دسته|بخش|گروه)(?:\s*بندی)?\s+)?(?P<x>[^\d:：|«»()]{2,40}?)\s*$")
#: ... the author's name a word to four, after the verb as a word of its own («نوشته‌های او در …»
#: opens a sentence)
_BY_NAME_WORDS = 4
_BY_VERB = re.compile(r"\s*(?:نوشته|ارسال|منتشر|توسط|به\s+قلم)\s")
#: where a byline's first field ends and its next, the day, begins: «توسط مدیر در اخبار · ۱۲ آذر ۱۴۰۲»
_BY_FIELD_END = re.compile(r"\s+[|｜•·]\s+")
#: where one field of a meta row ends and the next begins («سرویس: ورزشی | کد خبر: ۱۲۳۴۵»)
_FIELD = re.compile(r"\s*[|｜•·]\s*|\s+[-–—]\s+|\s{2,}")
_fold = replacer({**YEH_KAF, **SPACE_FOLDS})  # labels match with ي/ك, ZWNJ or NBSP variants


#: «صفحه نخست « مطالب « موسیقی جهان « <headline>»: a trail whose separator is the opening guillemet
#: with a space on each side, two times or more (a quote opens with one «, glued to its first word)
_GUILLEMET_SEP = re.compile(r"\s+«\s+")


def guillemets_apart(text: str) -> str:
    """A line whose items a spaced «, two times or more, sets apart, with «›» between them instead
    (the trail's separator read as the other strong ones are); any other line as it is.

    >>> guillemets_apart("صفحه نخست « مطالب « کنسرت « خمارلو: پیگیر هستیم")
    'صفحه نخست › مطالب › کنسرت › خمارلو: پیگیر هستیم'
    >>> guillemets_apart("وزیر گفت « ما آماده‌ایم » و رفت")
    'وزیر گفت « ما آماده‌ایم » و رفت'
    """
    if "«" not in text or len(_GUILLEMET_SEP.findall(text)) < 2:
        return text
    return _GUILLEMET_SEP.sub(" › ", text)


def home_item(part: str, homes: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether a trail's first item is the site's home: its label («خانه», «صفحه نخست»), one of
    ``homes`` (keys: the first items of the page's menus), or a home page's icon, «🏠», «⌂», an
    item without letters.

    >>> home_item("🏠"), home_item("خانه"), home_item("ورزش"), home_item("ورزش", {line_key("ورزش")})
    (True, True, False, True)
    """
    key = line_key(part)
    return key in HOME_KEYS or key in homes or (not key and 0 < len(part.strip()) <= 3)


#: a mark only a trail sets between its items (no bar nor colon: a byline's fields have those)
_TRAIL_MARK = re.compile(r"[»›>≫→←⟩⟨‹/]")
#: the last field of a line, after a bar, a dot or a spaced dash: where a trail closes with a date chip
_LAST_FIELD = re.compile(r"\s+[|｜•·–—-]\s+(?=[^|｜•·–—]+$)")


def undated_trail(text: str) -> str:
    """A line without the date that closes it as its last field, a bar, a dot or a spaced dash
    before it («خانه / نخلستان / آفات نخل | ۱۴ آذر ۱۴۰۲»: the day of the story as a chip ending its
    trail), when what stands before holds a trail's mark («/», «»», «›» …); any other line as it is.

    >>> undated_trail("🏠 » بسته‌بندی | ۱۹ مرداد ۱۳۹۹"), undated_trail("همایش ملی آب - ۹ آبان ۱۳۹۱")
    ('🏠 » بسته‌بندی', 'همایش ملی آب - ۹ آبان ۱۳۹۱')
    """
    if len(text) > 240 or not _DIGIT.search(text):
        return text
    m = None
    for m in _LAST_FIELD.finditer(text):  # noqa: B007 (the last one)
        continue
    if m is None or not _TRAIL_MARK.search(text[:m.start()]):
        return text
    return text[:m.start()].rstrip() if _date_item(text[m.end():].strip()) else text


def _date_item(text: str) -> bool:
    """Whether a trail's item is a date and little else («۱۹ مرداد ۱۳۹۹»)."""
    if not _DIGIT.search(text):
        return False
    from .dates import date_line, mostly_date

    d = date_line(text)
    return d is not None and mostly_date(text, d)


def crumb_parts(text: str, *, homes: frozenset[str] | set[str] = frozenset()) -> list[str] | None:
    """The items of a breadcrumb trail, or None when the line is not one: 2-6 items of 1-5 words
    (the last may be the headline) and no digits, separated by a trail separator; with «/» or «|»
    (which headlines and menus use too) the trail must start at the home label and go two levels
    down at most. ``homes``: the keys of what this site calls its home page besides the usual
    labels (the first item of its menu: :func:`menu_home`).

    >>> crumb_parts("صفحه اصلی / ورزش / کشتی")
    ['صفحه اصلی', 'ورزش', 'کشتی']
    >>> crumb_parts("کرونا/ نگرانی مقامات بهداشت") is None   # a headline with a bar
    True
    >>> crumb_parts("خانه / جهان / کرونا/ نگرانی مقامات بهداشت در ۱۲ کشور")  # a trail ending in one
    ['خانه', 'جهان', 'کرونا/ نگرانی مقامات بهداشت در ۱۲ کشور']
    >>> crumb_parts("خانه / ۱۴۰۲/۰۲/۰۳") is None
    True
    >>> crumb_parts("🏠 | ارز دیجیتال")   # the home page's icon
    ['🏠', 'ارز دیجیتال']
    >>> crumb_parts("صفحه اصلی ◄ خاطرات"), crumb_parts("تیم ملی ◄ برد")   # a site's own mark, from home
    (['صفحه اصلی', 'خاطرات'], None)
    """
    if len(text) > 240:
        return None
    text = undated_trail(guillemets_apart(text))
    own = None
    if _ANY_SEPARATOR.search(text) is None:  # (most lines: one scan, no split)
        own = _OWN_SEPARATOR.match(text)
        if own is None:
            return None
    strong = _STRONG_IN_QUOTES if "«" in text else _STRONG
    seps: list[tuple[re.Pattern[str], bool]] = [(strong, False), (_WEAK_HOME, True)]
    own = own or _OWN_SEPARATOR.match(text)
    if own and not _ANY_SEPARATOR.fullmatch(own.group("sep")):
        # whatever mark a site sets between its items («صفحه اصلی ◄ خاطرات», «خانه ⟫ ورزش»): the one
        # that follows its home label, from home only, as the weak ones
        seps.append((re.compile(r"\s+" + re.escape(own.group("sep")) + r"\s+"), True))
    for sep, home_first in seps:
        parts = [p.strip(" -–—:•·") for p in sep.split(text)]
        parts = [p for p in parts if p]
        at_home = bool(parts) and home_item(parts[0], homes)
        if home_first and len(parts) == 4 and at_home and len(parts[1].split()) <= 3 \
                and len(parts[2].split()) + len(parts[3].split()) > _HEADLINE_WORDS \
                and max(len(parts[2].split()), len(parts[3].split())) >= _HEADLINE_WORDS:
            # «خانه / جهان / <a headline with one bar in it>»: the headline is one item (a menu
            # lists more items, of a word or two)
            parts = parts[:2] + [text[text.find(parts[2], len(parts[0]) + len(parts[1])):].strip()]
        # items of 1-5 words; the last may be the story's headline («خانه » ورزش » <headline>»),
        # which may hold digits («… ۱۲۲ پروژه …»); the items above it never do (a date, a clock)
        headline = len(parts) >= 3 and len(parts[-1].split()) >= _HEADLINE_WORDS
        if len(parts) < 2 or len(parts) > 6 or any(len(p.split()) > 5 for p in parts[:-1]) \
                or len(parts[-1].split()) > (20 if len(parts) >= 3 else 5) \
                or any(_DIGIT.search(p) for p in (parts[:-1] if headline else parts)):
            continue
        if home_first and (not at_home or len(parts) > 3):
            continue  # (a menu starts at home too, but lists more than two more items)
        return parts
    return None


#: the last item of a trail with this many words is the story's headline
_HEADLINE_WORDS = 4
#: any separator of a trail, weak or strong, as :func:`headline_trail` looks for the headline after one
_ANY_SEP = re.compile(r"\s*(?:»|›|>|≫|→|←|⟩|⟨|‹|/|\||｜|\\|[:：]+)\s*|\s+[-–—]\s+")
_ELLIPSIS = re.compile(r"(?:…|\.{2,})\s*$")


def headline_trail(text: str, title: str | None) -> list[str] | None:
    """The items of a trail that ends with the page's own headline (or its first words, cut with
    «…»), whatever the separator and whatever the site calls its home page: «ابتدا / مدارس /
    <headline>». Two or three items of 1-3 words, no digits, before the headline: the first is
    the site's home, the one before the headline the story's section. A headline may hold a
    separator itself («لیگ یک/ سه امتیاز …»): it is found as the line's end.

    >>> headline_trail("ابتدا / مدارس / نتایج آزمون ورودی اعلام شد", "نتایج آزمون ورودی اعلام شد")
    ['ابتدا', 'مدارس', 'نتایج آزمون ورودی اعلام شد']
    >>> headline_trail("نخست › فرهنگ › نمایشگاه کتاب تهران امروز…", "نمایشگاه کتاب تهران امروز آغاز شد")
    ['نخست', 'فرهنگ', 'نمایشگاه کتاب تهران امروز…']
    >>> headline_trail("ورزش / نتایج آزمون ورودی اعلام شد", "نتایج آزمون ورودی اعلام شد") is None  # no home
    True
    >>> headline_trail("مدارس › نتایج آزمون ورودی اعلام شد", "نتایج آزمون ورودی اعلام شد")  # no home, a strong mark
    ['مدارس', 'نتایج آزمون ورودی اعلام شد']
    """
    tkey = line_key(title or "")
    if len(tkey) < 8 or len(text) > 300:
        return None
    text = guillemets_apart(text)
    for m in _ANY_SEP.finditer(text):
        rest = text[m.end():]
        rkey = line_key(_ELLIPSIS.sub("", rest))
        if not rkey or not tkey.startswith(rkey) or (rkey != tkey and not _cut_headline(rest, rkey, tkey)):
            continue
        sep = _STRONG if _STRONG.fullmatch(m.group()) else _WEAK_HOME if _WEAK_HOME.fullmatch(m.group()) else None
        head = [p.strip(" -–—:•·") for p in (sep or _ANY_SEP).split(text[:m.start()])]
        head = [p for p in head if p]
        # (one item before the headline only past a separator no headline uses: «ورزش › <headline>»
        # is the section's trail without its home; «ورزش / <headline>» may be a kicker's)
        if (2 if sep is not _STRONG else 1) <= len(head) <= 3 and all(1 <= len(p.split()) <= 3 for p in head) \
                and not any(_DIGIT.search(p) for p in head):
            from .agency import find_agency

            if any(find_agency(p) for p in head):
                return None  # a dateline «تهران - ایرنا - …», no trail
            return [*head, rest.strip()]
        return None  # (the headline is found: what stands before it is no trail)
    return None


def cut_trail_parts(text: str) -> list[str] | None:
    """The items of a trail whose last item is a headline cut short with «…» («ابتدا / مدارس /
    نتایج آزمون ورودی…»): two or three items of 1-3 words, no digits, then three words or more
    and the ellipsis, whatever the separator. (No page's own line reads so: a headline is not cut,
    a sentence does not list short items before its words.)

    >>> cut_trail_parts("آغاز / مدارس / نتایج آزمون ورودی سال…")
    ['آغاز', 'مدارس', 'نتایج آزمون ورودی سال…']
    >>> cut_trail_parts("کرونا / نگرانی مقامات بهداشت…") is None
    True
    """
    if len(text) > 240 or not _ELLIPSIS.search(text):
        return None
    for sep in (_STRONG, _WEAK_HOME):
        parts = [p.strip(" -–—:•·") for p in sep.split(text)]
        parts = [p for p in parts if p]
        if 3 <= len(parts) <= 4 and all(1 <= len(p.split()) <= 3 for p in parts[:-1]) \
                and not any(_DIGIT.search(p) for p in parts[:-1]) and len(_ELLIPSIS.sub("", parts[-1]).split()) >= 3:
            return parts
    return None


def declared_trail_parts(text: str) -> list[str] | None:
    """The items of a line that the page's markup says is a breadcrumb trail (its element's class),
    split at any trail separator, weak ones too, wherever it starts («<site> :: وام مسکن», «مجله ما /
    فرهنگ»): 2-6 items of 1-5 words, no digits but in the last (a headline may end it).

    >>> declared_trail_parts("املاک روز :: وام مسکن")
    ['املاک روز', 'وام مسکن']
    >>> declared_trail_parts("وام مسکن") is None
    True
    """
    parts = [p.strip(" -–—:•·") for p in _ANY_SEP.split(undated_trail(text))] if len(text) <= 240 else []
    parts = [p for p in parts if p]
    if not 2 <= len(parts) <= 6 or any(len(p.split()) > 5 or _DIGIT.search(p) for p in parts[:-1]):
        return None
    return parts


def _cut_headline(text: str, key: str, tkey: str) -> bool:
    """Whether ``text`` (key ``key``) is the headline (key ``tkey``) cut short with «…»: its first
    three words or more, or half of it."""
    return bool(_ELLIPSIS.search(text)) and tkey.startswith(key) and (
        len(key) >= len(tkey) // 2 or (len(key) >= 12 and len(_ELLIPSIS.sub("", text).split()) >= 3))


#: what stands between the items of a menu line: bars, bullets, dashes between spaces
MENU_ITEM_SEP = re.compile(r"\s*[|｜•·]\s*|\s+[-–—]\s+")
#: a menu line is no longer than this
MAX_MENU_CHARS = 300


def _menu_items(text: str, *, spaced: bool = False) -> list[str] | None:
    """The items of a line that lists four menu items or more (1-3 words each, no digits) with
    bars, dots or dashes between them (``spaced``: or, short of four such items, runs of spaces);
    else None."""
    if len(text) > MAX_MENU_CHARS or _DIGIT.search(text):
        return None
    parts = [p.strip() for p in MENU_ITEM_SEP.split(text)]
    if spaced and len(parts) < 4:
        parts = [p.strip() for p in re.split(r"\s{2,}", text)]
    return parts if len(parts) >= 4 and all(p and len(p.split()) <= 3 for p in parts) else None


def spaced_menu_items(text: str) -> list[str] | None:
    """The items of a menu line (:func:`is_menu_line`): bars, dots or dashes, or runs of spaces,
    between four items or more; else None.

    >>> spaced_menu_items("صفحه اصلی  روانشناسی  خانه‌داری  آشپزی")
    ['صفحه اصلی', 'روانشناسی', 'خانه‌داری', 'آشپزی']
    """
    return _menu_items(text, spaced=True)


def menu_home(text: str) -> str | None:
    """The key of the first item of a menu line (four items or more of 1-3 words, no digits): a
    site's menu opens with its home page, whatever it calls it («ابتدا», «نخست», «اول»), and its
    breadcrumb trails start with the same word.

    >>> menu_home("ابتدا - خودروی برقی - قیمت روز - بازار خودرو") == line_key("ابتدا")
    True
    """
    parts = _menu_items(text)
    return (line_key(parts[0]) or None) if parts else None


#: a label and its value («شما اینجا هستید: …»): a label of a word to four, no digits
_LABELLED = re.compile(r"^\s*([^:：0-9۰-۹٠-٩]{2,40}?)\s*[:：]\s*(.+)$")


def labelled_trail(text: str, homes: frozenset[str] | set[str] = frozenset()) -> list[str] | None:
    """The items of a breadcrumb trail written as a label's value, whatever the label's words: a
    label of one to four words, a colon, then a trail (:func:`crumb_parts`) that starts at the home
    label (or at one of ``homes``, the keys of what the site calls its home: its menu's first item).
    A trail says where the site filed the story by its path from home; the words before it only
    name the trail.

    >>> labelled_trail("شما اینجا هستید: خانه / مسابقات / لیگ دوچرخه‌سواری")
    ['خانه', 'مسابقات', 'لیگ دوچرخه‌سواری']
    >>> labelled_trail("موضوع: ورزش / فوتبال") is None   # (no trail from home: a headline may read so)
    True
    >>> labelled_trail("مسیر: آغاز / ورزش / فوتبال", homes={line_key("آغاز")})   # (the menu opens with «آغاز»)
    ['آغاز', 'ورزش', 'فوتبال']
    """
    m = _LABELLED.match(text) if len(text) <= 160 else None
    if m is None or len(m.group(1).split()) > 4:
        return None
    parts = crumb_parts(m.group(2), homes=homes)
    return parts if parts and (line_key(parts[0]) in HOME_KEYS or line_key(parts[0]) in homes) else None


def loose_crumb_parts(text: str) -> list[str] | None:
    """Items of a short trail written with «/» or «|» that does not start at home («ورزش / فوتبال»):
    2-4 items of 1-3 words. Only a line above the headline that the site does not repeat on every
    page may be read so (a menu repeats; a headline is the headline)."""
    if len(text) > 80 or _DIGIT.search(text):
        return None
    parts = [p.strip(" -–—:•·") for p in _WEAK.split(text)]
    parts = [p for p in parts if p]
    if any(":" in p or "：" in p for p in parts):
        return None  # a label over a list of its values («اشتراک: تلگرام | واتساپ | کپی لینک»): no trail
    if 2 <= len(parts) <= 4 and all(len(p.split()) <= 3 for p in parts):
        return parts
    return None


def section_from_crumb(parts: list[str], *, title: str | None = None) -> str | None:
    """The section of a trail: its last item that is neither the home label nor the headline.

    >>> section_from_crumb(["خانه", "ورزش", "فوتبال / سرمربی فهرست را داد"], title="سرمربی فهرست را داد")
    'فوتبال'
    >>> section_from_crumb(["🏠", "آفات نخل", "۱۹ مرداد ۱۳۹۹"])  # the day of the story, a chip at its end
    'آفات نخل'
    """
    while len(parts) >= 2 and _date_item(parts[-1]):
        parts = parts[:-1]  # (a date chip closing the trail: «… › بسته‌بندی › ۱۹ مرداد ۱۳۹۹»)
    tkey = line_key(title or "")
    if tkey and parts:
        last = parts[-1]
        if _ELLIPSIS.search(last) and len(parts) >= 3:
            k = line_key(_ELLIPSIS.sub("", last))  # the headline cut short («… در برابر انتقاد…»)
            if k and _cut_headline(last, k, tkey):
                parts = parts[:-1]
                last = parts[-1]
        k = line_key(last)
        if k != tkey and k.endswith(tkey) and len(tkey) >= 8:
            # «… / فوتبال / <headline>» read as one item (a headline may hold a bar): the headline's
            # text is at its end, the item before it is the trail's
            cut = _WEAK_HOME.split(last)
            head = [p for p in cut if p.strip()]
            for j in range(1, len(head)):
                if line_key(" ".join(head[j:])) == tkey:
                    parts = [*parts[:-1], *head[:j]]
                    break
    items = [p for p in parts if line_key(p) and line_key(p) not in HOME_KEYS and line_key(p) != tkey]
    if items and len(items[-1].split()) > 5:  # a headline ends the trail: the item above it
        items = items[:-1]
    return items[-1] if items and len(items[-1].split()) <= 5 else None


def section_from_trail_lines(texts: list[str], *, title: str | None = None,
                             homes: frozenset[str] | set[str] = frozenset()) -> str | None:
    """The section of the last breadcrumb trail among the short blocks a page shows above its
    headline, whatever their markup (``<div><a>خانه » ورزش</a></div>``): a block read as a trail
    by :func:`crumb_parts` (a strong separator, or «/» «|» from the home label, or from ``homes``:
    the first items of the page's menus) or :func:`headline_trail`, its last item that is neither
    the home label nor the headline. A menu («عکس | گفتگو | ورزشی | …») is no trail.

    >>> section_from_trail_lines(["دفترچه خبر", "عکس | گفتگو | ورزشی | اخبار", "خانه › کشتی"])
    'کشتی'
    """
    for text in reversed(texts):
        parts = (crumb_parts(text, homes=homes) if len(text) <= 120 else None) or headline_trail(text, title) \
            if text else None
        got = section_from_crumb(parts, title=title) if parts and len(parts) >= 2 else None
        if got:
            return got
    return None


#: a line above this share of a site's pages is its name or tagline, never a section
EVERY_PAGE = 0.9


def on_every_page(text: str, template) -> bool:
    """Whether the run shows ``text`` above the body of (nearly) every page of the page's site:
    the site's name or tagline («مجله اینترنتی …»), which is never a section however it reads."""
    return template is not None and template.learned and template.head_share(text) >= EVERY_PAGE


#: the slot above the site's headlines holds this line (or the menu's end, when the page shows
#: none) on this share of its pages at least: it never varies, it is the template's
FIXED_SLOT = 0.9


def fixed_line(text: str, above: str | None, template) -> bool:
    """Whether ``text``, a label right under the site's menu (``above``: the menu's last item or
    line) and right above the headline, is a line of the site's template (an ad's link), not a
    section: the run shows the slot above the site's headlines holding nothing but this line or
    the menu's end (:meth:`~.template.PageTemplate.slot_share`), while a section varies from page
    to page. (A site of one section looks the same; hence only a line the menu does not list.)"""
    return template is not None and template.learned and template.slot_share(text, above or "") >= FIXED_SLOT


def is_menu_line(text: str) -> bool:
    """Whether a line lists four menu items or more (1-3 words each, no digits), with bars, dots,
    dashes or runs of spaces between them."""
    return _remembered_menu_line.ask(text)


def _menu_line(text: str) -> bool:
    return _menu_items(text, spaced=True) is not None


#: lines told menu lines or not, remembered (a site's menus recur on its pages: 500 pages of the
#: bench ask 4,500 times of 950 lines)
MENU_LINE_CACHE = 4096
_remembered_menu_line = short_line_memo(MAX_MENU_CHARS, MENU_LINE_CACHE, longer=lambda text: False)(_menu_line)


def section_from_label(text: str) -> str | None:
    """The value of a «سرویس: …» / «دسته‌بندی: …» line (a trail as value gives its last item), or
    of a colonless «منتشر شده در …» / «در دسته …» line (:func:`in_label_value`).

    >>> section_from_label("گروه خبری: اقتصاد"), section_from_label("وی گفت: اقتصاد") is None
    ('اقتصاد', True)
    """
    return _remembered_label.ask(text)


def dated_label_word(text: str) -> str | None:
    """The section of a row that opens with a section word and no colon, its other fields figures
    (a date, a code): «سرویس اقتصادی - ۱۲ آذر ۱۴۰۲ - ۱۰:۲۰» (a print view's header row).

    >>> dated_label_word("سرویس اقتصادی - ۱۲ آذر ۱۴۰۲"), dated_label_word("بخش خصوصی - دولت") is None
    ('اقتصادی', True)
    """
    fields = [f for f in _FIELD.split(text.strip()) if f]
    if len(fields) < 2 or not all(_DIGIT.search(f) for f in fields[1:]):
        return None
    return section_from_label_word(fields[0])


#: a print edition's page label: «صفحه ۳ - اقتصادی», «اقتصادی | صفحه ۳», «صفحه ۳ › اقتصادی» (the page's
#: number and its name, apart by a field's mark or a trail's: the page's place in its issue)
_PAGE_LABEL = re.compile(r"^\s*(?:صفحه\s+(?P<n1>\d{1,3})\s*(?:[-–—|｜:：›»>]\s*)(?P<v1>[^\d|｜:：\-–—›»>]+?)"
                         r"|(?P<v2>[^\d|｜:：\-–—›»>]+?)\s*[-–—|｜]\s*صفحه\s+(?P<n2>\d{1,3}))\s*$")
#: the same with no mark between the page's number and its name, «صفحه ۳ اقتصادی» (a viewer's page head
#: of two spans): read only where a page's own label stands, never a line anywhere on the page
_BARE_PAGE_LABEL = re.compile(r"^\s*صفحه\s+(?P<n1>\d{1,3})\s+(?P<v1>[^\d|｜:：\-–—›»>]+?)\s*$")
#: a page's number alone, «صفحه ۵» (a folio)
FOLIO = re.compile(r"^\s*صفحه\s+\d{1,3}\s*$")


def print_page_label(text: str, *, bare: bool = False) -> str | None:
    """The section a print edition's page label names: «صفحه ۳ - اقتصادی» (the page of the paper the
    story ran on is the desk that filled it); a value of one to three words, not a count «صفحه ۱ از ۳».
    ``bare``: the number and the name may stand with no mark between them, «صفحه ۳ اقتصادی».

    >>> print_page_label("صفحه ۳ - اقتصادی"), print_page_label("صفحه ۱ از ۳") is None
    ('اقتصادی', True)
    >>> print_page_label("صفحه ۶ › شهری"), print_page_label("صفحه ۶ شهری"), print_page_label("صفحه ۶ شهری", bare=True)
    ('شهری', None, 'شهری')
    """
    folded = _fold(text)
    m = _PAGE_LABEL.match(folded) or (_BARE_PAGE_LABEL.match(folded) if bare else None)
    if not m:
        return None
    g = "v1" if m.group("v1") else "v2"
    value = text[m.start(g):m.end(g)].strip(" .،,")  # (the folding maps one character to one)
    return value if 1 <= len(value.split()) <= MAX_SECTION_WORDS and line_key(value) not in HOME_KEYS else None


def worded_label(text: str) -> str | None:
    """The section a short line right above a story's headline names in words without a colon: a
    section word and the name («بخش ورزشی»: :func:`section_from_label_word`) or a print edition's
    page label («صفحه ۳ - اقتصادی»: :func:`print_page_label`). One rule for a flat page's line over
    its headline (:func:`.text._header`) and an HTML page's block in its kicker's slot (a document
    viewer's text layer sets it in a ``<span>`` over the headline's: :func:`.html._fill`).

    >>> worded_label("بخش اقتصادی"), worded_label("صفحه ۳ - اقتصادی"), worded_label("گزارش ویژه") is None
    ('اقتصادی', 'اقتصادی', True)
    """
    return section_from_label_word(text) or print_page_label(text, bare=True)


def page_index(texts: list[str], i: int) -> bool:
    """Whether ``texts[i]`` stands in a list of an issue's pages, «صفحه ۱ - صفحه اول» / «صفحه ۲ - سیاسی» /
    …: a page label (:func:`print_page_label`) of the page right after the one above it, or right
    before the one under it (blank lines apart). A print edition's page shows its issue's pages so, and
    its own page's label apart (under the list's last page, «صفحه ۱۲ - آخر» / «جامعه | صفحه ۴»).

    >>> page_index(["صفحه ۱ - سیاسی", "صفحه ۲ - اقتصادی", "جامعه | صفحه ۴"], 0)
    True
    >>> page_index(["صفحه ۱ - سیاسی", "صفحه ۲ - اقتصادی", "جامعه | صفحه ۴"], 2)
    False
    """
    def number(j: int) -> int | None:
        m = _PAGE_LABEL.match(_fold(texts[j])) if 0 <= j < len(texts) else None
        return None if m is None else int(m.group("n1") or m.group("n2"))
    own = number(i)
    if own is None:
        return False
    up = next((j for j in range(i - 1, -1, -1) if texts[j].strip()), -1)
    down = next((j for j in range(i + 1, len(texts)) if texts[j].strip()), len(texts))
    return number(up) == own - 1 or number(down) == own + 1


#: a bulletin's issue as its running header names it: the word for a number and the number
#: («بولتن خبری شماره ۴۶۷», «خبرنامه شماره 12»)
ISSUE_NUMBER = re.compile(r"(?:^|\s)شماره\s*\d{1,5}(?:\s|$)")
#: the fields of a running header stand apart by bars with spaces round them
_HEADER_BAR = re.compile(r"\s+[|｜]\s+")


def running_header_section(text: str) -> str | None:
    """The section a news bulletin's running header names, a line its PDF's text repeats atop each
    page: three fields apart by bars, the publisher, the issue (:data:`ISSUE_NUMBER`: «شماره» and its
    number) and the desk that filled the page («زائر آنلاین | بولتن خبری شماره ۴۶۷ | مراسم مذهبی»), as a
    print edition's page label names its page's (:func:`print_page_label`); a value of one to three
    words without a figure. A document's line «<publisher> | بولتن شماره N» names no section.

    >>> running_header_section("زائر آنلاین | بولتن خبری شماره 467 | مراسم مذهبی")
    'مراسم مذهبی'
    >>> running_header_section("روابط عمومی انجمن | بولتن شماره 12") is None
    True
    """
    fields = _HEADER_BAR.split(text.strip(EDGE_MARKS))
    if len(fields) != 3 or not ISSUE_NUMBER.search(fields[1]) or _DIGIT.search(fields[0] + fields[2]):
        return None
    value = fields[2].strip(" .،,")
    return value if 1 <= len(value.split()) <= MAX_SECTION_WORDS and line_key(value) not in HOME_KEYS else None


def in_label_value(text: str, *, in_byline: bool = False, menu: set[str] | frozenset[str] = frozenset(),
                   known: Callable[[str], bool] | None = None) -> str | None:
    """The section a short line names as where the story was put, without a colon (:data:`_IN_LABEL`):
    «منتشر شده در حوادث», «در دسته مسکن ملی» (a value of one to three words, no final mark). ``in_byline``:
    the line stands among the story's byline lines under its headline, where «در بخش X» says it too.
    ``menu``: the keys of the site's menu items, which a byline naming its author names its category
    by (:data:`_BY_IN`: «نوشته زهره هاشمی در گاز» when the menu lists «گاز», or when ``known``, what
    tells a name the run knows as a section's, says it is one).

    >>> in_label_value("منتشر شده در بازار مسکن"), in_label_value("منتشر شده در دسته حوادث")
    ('بازار مسکن', 'حوادث')
    >>> in_label_value("منتشر شده در ۱۴ مهر") is None, in_label_value("در بخش خصوصی") is None
    (True, True)
    >>> in_label_value("در بخش ورزشی", in_byline=True)
    'ورزشی'
    >>> in_label_value("نوشته زهره هاشمی در گاز", menu={"گاز"}), in_label_value("نوشته زهره هاشمی در تهران")
    ('گاز', None)
    >>> in_label_value("توسط زهره هاشمی در گاز · ۱۲ آذر ۱۴۰۲", menu={"گاز"})   # no verb; the day after it
    'گاز'
    >>> in_label_value("توسط پلیس در تهران", menu={"گاز"}) is None
    True
    >>> in_label_value("منتشر شده در حوادث، علم و فناوری")   # two categories: the first, the main one
    'حوادث'
    """
    m = _in_label(text)
    if m is None:
        return None
    if m.re is _BY_IN:
        named = text[m.start("x"):m.end("x")].strip()
        if not m.group("cat") and line_key(named) not in menu and not (known is not None and known(named)):
            return None
    elif m.group("weak") and not m.group("verb") and not in_byline:
        return None
    listed = text[m.start("x"):m.end("x")]
    if m.re is not _BY_IN and (m.group("verb") or m.group("en") or m.group("cat")) and _LIST_MARK.search(listed):
        # «منتشر شده در حوادث، علم و فناوری»: a blog's categories, the first its main one (as a
        # labelled line's, :func:`_label_value`), each a section's name
        items = _listed_items(listed)
        return items[0] if all(1 <= len(x.split()) <= _IN_LABEL_WORDS for x in items) \
            and line_key(items[0]) not in HOME_KEYS else None
    value = _named(m, text, _IN_LABEL_WORDS)
    return None if value is None or value[-1] in ".!؟?؛;،,…" else value


def _named(m: re.Match[str] | None, text: str, max_words: int) -> str | None:
    """The value a match ``m`` of the folded ``text`` holds in its group ``x``, in the text's own characters
    (the folding maps one character to one): ``None`` when there is no match, or the value is empty,
    longer than ``max_words`` words or a home label (:data:`HOME_KEYS`)."""
    if m is None:
        return None
    value = text[m.start("x"):m.end("x")].strip()
    return value if value and len(value.split()) <= max_words and line_key(value) not in HOME_KEYS else None


#: a sentence saying where the page's story was filed: «این مطلب در دسته «X» منتشر شده است.», «این خبر
#: در بخش X منتشر شد.», «این نوشته در گروه X قرار گرفته است»: this story (the demonstrative and a word
#: for a story), «در» (or «ذیل»), a category word, the value (quoted or not: a word or five, no digit,
#: colon, bar or comma), a verb of publishing or filing. Without the category word the value may
#: name a paper or a place («این خبر در روزنامه اطلاعات منتشر شد», «… در تهران منتشر شد»)
_FILED_SENTENCE = re.compile(
    r"^\s*(?:این|همین)\s+(?:خبر|مطلب|نوشته|گزارش|یادداشت|مقاله|پست|محتوا)\s+(?:در|ذیل)\s+"
    r"(?:دسته\s*بندی|دسته|طبقه\s*بندی|سرویس|شاخه|رده|بخش|گروه|موضوع)(?:\s*(?:های|ها|ی))?\s+(?:خبری\s+)?"
    r"«?(?P<x>[^\d:：|｜«»()،,.؛!?؟]{2,60}?)»?\s+"
    r"(?:منتشر|ثبت|درج|بایگانی|طبقه\s*بندی|دسته\s*بندی|ارسال|نوشته|قرار\s*داده|قرار)\s*(?:شده|شد|گرفته)"
    r"(?:\s+(?:است|بود))?\s*[.!]?\s*$")


#: the value of a sentence that files the story is a section's name of a word to this many
FILED_SENTENCE_WORDS = 5


def filed_sentence(text: str) -> str | None:
    """The section a sentence of its own names as where the page's story was filed
    (:data:`_FILED_SENTENCE`), under the story as some sites close it: a value of a word to five.

    >>> filed_sentence("این مطلب در دسته «داروهای بیوتک» منتشر شده است.")
    'داروهای بیوتک'
    >>> filed_sentence("این خبر در بخش اخبار استان منتشر شد.")
    'اخبار استان'
    >>> filed_sentence("این خبر در روزنامه اطلاعات منتشر شد."), filed_sentence("این خبر در بخش ۳ منتشر شد.")
    (None, None)
    """
    return None if len(text) > 120 else _named(_FILED_SENTENCE.match(_fold(text)), text, FILED_SENTENCE_WORDS)


#: a back link to the list of stories the page's story stands in: «‹ بازگشت به اخبار استان», «→ بازگشت
#: به فهرست باکس آفیس جهان» (an arrow or none, «بازگشت به», maybe a word for a list or a category, the
#: value: no digit, colon, bar or final mark)
_BACK_LINK = re.compile(
    r"^[\s‹›→←⟵⟶<>❮❯◄►◀▶➜➔↩↪⇦⇨«»]*بازگشت\s+به\s+"
    r"(?:(?:فهرست|لیست|آرشیو|بایگانی|صفحه|بخش|دسته|سرویس|گروه)(?:\s*(?:های|ها|ی))?\s+)?"
    r"(?P<x>[^\d:：|｜«»()،,.؛!?؟‹›→←<>]{2,50}?)[\s‹›→←<>❮❯◄►◀▶]*$")
#: what a back link names that is no section: the top of the page, the page before, a list of all stories
_BACK_NOWHERE = frozenset(line_key(x) for x in ("بالا", "بالای صفحه", "قبل", "صفحه قبل", "عقب", "اخبار", "مطالب",
                                                 "فهرست", "لیست", "همه اخبار", "همه مطالب", "آرشیو"))


def back_link_section(text: str) -> str | None:
    """The section a back link names, the list of stories the page's story stands in
    (:data:`_BACK_LINK`): «‹ بازگشت به اخبار استان», «→ بازگشت به فهرست باکس آفیس جهان»; not the home
    page, the top of the page or every story (:data:`_BACK_NOWHERE`). A value of a word to five.

    >>> back_link_section("‹ بازگشت به اخبار استان"), back_link_section("→ بازگشت به فهرست باکس آفیس جهان")
    ('اخبار استان', 'باکس آفیس جهان')
    >>> back_link_section("بازگشت به صفحه اصلی") is None, back_link_section("بازگشت به بالا") is None
    (True, True)
    """
    value = None if len(text) > 80 else _named(_BACK_LINK.match(_fold(text)), text, FILED_SENTENCE_WORDS)
    if value is None or line_key(value) in _BACK_NOWHERE or line_key("صفحه " + value) in HOME_KEYS:
        return None
    return value


#: a box's heading that names the list of stories it shows more of: «مطالب بیشتر در خسارت بدنه», «اخبار
#: دیگر از بخش ورزشی», «بیشتر در ناشران استانی» (a word for stories, «بیشتر» or «دیگر», «در» or «از»;
#: or «بیشتر در» alone, «بیشتر از» being «more than»; maybe a category word, the value); not «… از این
#: نویسنده» (a demonstrative: the story's writer)
_MORE_IN = re.compile(
    r"^\s*(?:(?:مطالب|اخبار|خبرهای|خبر\s*های|نوشته\s*های|گزارش\s*های|یادداشت\s*های)\s+(?:بیشتر|دیگر)\s+(?:در|از)"
    r"|بیشتر\s+در)\s+"
    r"(?:(?:بخش|دسته|سرویس|گروه|موضوع)(?:\s*(?:های|ها|ی))?\s+)?(?!(?:این|همین|آن|همان)\b)"
    r"(?P<x>[^\d:：|｜«»()،,.؛!?؟]{2,50}?)\s*[:：]?\s*$")


def more_in_section(text: str) -> str | None:
    """The section a box's heading names as the list it shows more stories of
    (:data:`_MORE_IN`): «مطالب بیشتر در خسارت بدنه». A value of a word to three, no home label.

    >>> more_in_section("مطالب بیشتر در خسارت بدنه"), more_in_section("اخبار دیگر از بخش ورزشی")
    ('خسارت بدنه', 'ورزشی')
    >>> more_in_section("مطالب بیشتر از این نویسنده"), more_in_section("بیشتر در صفحه اصلی")
    (None, None)
    """
    return None if len(text) > 60 else _named(_MORE_IN.match(_fold(text)), text, MAX_SECTION_WORDS)


def is_in_label(text: str) -> bool:
    """Whether a line is a label without its colon (:func:`in_label_value`), whatever it names: a
    byline's «posted in», no headline."""
    return _in_label(text) is not None


def _in_label(text: str) -> re.Match | None:
    if len(text) > 80:
        return None
    folded = _fold(text)
    m = _IN_LABEL.match(folded)
    if m is not None and (m.group("verb") or m.group("cat") or m.group("en")):
        return m
    # (a bare «در X»: a sentence's start, or a place; unless an author's name is before it; the
    # byline's first field, when the row goes on with the day: «… در اخبار · ۱۲ آذر»)
    if not _BY_VERB.match(text):
        return None
    m = _BY_IN.match(folded)
    if m is None and (cut := _BY_FIELD_END.search(folded)) is not None:
        m = _BY_IN.match(folded, 0, cut.start())
    if m is None or len(folded[:m.start("x")].split()) > _BY_NAME_WORDS + 4:
        return None
    return m


#: label lines remembered: a site's «سرویس: …» lines recur on its pages, and the template pass and
#: extraction ask of the same header lines several times a page (the lines are of up to 200
#: characters: bounded memory)
LABEL_CACHE = 4096


@short_line_memo(200, LABEL_CACHE, longer=lambda text: None)
def _remembered_label(text: str) -> str | None:
    """:func:`section_from_label` of a line of up to 200 characters."""
    return _label_field(text) or in_label_value(text) or dated_label_word(text) or print_page_label(text)


def _label_field(text: str) -> str | None:
    """The value of the field of a «سرویس: …» label (of a meta row's fields, the label's own)."""
    text = re.sub(r"([:：])\s+", r"\1 ", text)  # («سرویس:  ورزشی»: no field ends at its label)
    if _TOPICS.match(_fold(text)):
        return _topics_value(text)  # (a list of topics, its items apart as a row's fields are: the line whole)
    fields = [f for f in _FIELD.split(text) if f.strip()] if _FIELD.search(text) else [text]
    for i, field in enumerate(fields):  # the label's own field of a meta row («سرویس: ورزشی | کد خبر: ۱۲۳۴۵»)
        if _LABEL.match(_fold(field)):
            return _sub_after_dash(text, field, fields[i + 1] if i + 1 < len(fields) else None) \
                or _label_value(field)
    return None


def row_label(text: str) -> str | None:
    """The section a meta row names in a later field of its own, after other fields (a time and a
    day, a code): «۰۲:۳۶ - ۱۴۰۱/۰۹/۲۵ | سرویس: بازار ارز»; a row without such a field, or one
    whose first field is the label (:func:`section_from_label` reads that one), gives None.

    >>> row_label("۰۲:۳۶ - ۱۴۰۱/۰۹/۲۵ | سرویس: بازار ارز"), row_label("وی گفت: بازار ارز") is None
    ('بازار ارز', True)
    """
    if ":" not in text and "：" not in text or not _FIELD.search(text):
        return None
    return _label_field(text)


#: a label's value «parent - sub» is split at a dash with spaces around it
_DASH_SUB = re.compile(r"\s+[-–—]\s+")


def _sub_after_dash(text: str, field: str, after: str | None) -> str | None:
    """The sub-section of a «سرویس: parent - sub» line: the field right after the label's own, when a
    dash sets it apart and it is no field of its own (no label, no figure: «کد خبر: ۱۲۳۴۵», a date).

    >>> _sub_after_dash("سرویس: ورزشی - فوتبال", "سرویس: ورزشی", "فوتبال")
    'فوتبال'
    >>> _sub_after_dash("سرویس: ورزشی | فوتبال", "سرویس: ورزشی", "فوتبال") is None
    True
    """
    if after is None or ":" in after or "：" in after or _DIGIT.search(after) or len(after.split()) > 3:
        return None
    end = text.find(field) + len(field)
    if not _DASH_SUB.fullmatch(text[end:text.find(after, end)]):
        return None
    return _label_value(after) if _label_value(field) else None


#: the topics label (the plural of «موضوع»), which tag boxes use as well as category lines
_TOPICS = re.compile(r"^\s*موضوعات\s*[:：]")
#: the items of a list of topics: apart by commas, bars, slashes, hashes or spaced dashes
_TOPIC_ITEMS = re.compile(r"\s*[،,|｜/#]\s*|\s+[-–—]\s+")


def _topic_items(text: str) -> tuple[str, list[str]]:
    """What a «موضوعات:» line says after its colon, and the items it lists there (:data:`_TOPIC_ITEMS`)."""
    value = text[text.find(":") + 1:] if ":" in text else text[text.find("：") + 1:]
    return value, [x.strip() for x in _TOPIC_ITEMS.split(value.strip(" .،,")) if x.strip()]


def _topics_value(text: str) -> str | None:
    """The section a «موضوعات:» line names: the second of two items named after the first, a
    category and its sub-category («موضوعات: خسارت، خسارت بدنه» → «خسارت بدنه», :func:`_named_after`).
    Any other list of topics is the story's tags, one item («موضوعات: پیکان») or more («بایرن مونیخ،
    کلادیو پیزارو»): a site files a story under a category and the one under it, and tags it with
    the names it speaks of.

    >>> _topics_value("موضوعات: خسارت، خسارت بدنه"), _topics_value("موضوعات: پیکان")
    ('خسارت بدنه', None)
    """
    value, items = _topic_items(text)
    if len(items) != 2 or _DIGIT.search(value) or not _named_after(items[1], items[0]):
        return None
    return items[1] if len(items[1].split()) <= MAX_SECTION_WORDS + 1 else None


def topics_item(text: str) -> str | None:
    """The one name a «موضوعات:» line lists («موضوعات: بیمه درمان تکمیلی»), a category or the story's
    one tag alike: a section only where the page's menu lists it (its callers ask), as a site's tag
    box names people and teams no menu does («موضوعات: پیکان»).

    >>> topics_item("موضوعات: بیمه درمان تکمیلی"), topics_item("موضوعات: پیکان، ملوان") is None
    ('بیمه درمان تکمیلی', True)
    """
    if not _TOPICS.match(_fold(text)):
        return None
    value, items = _topic_items(text)
    if len(items) != 1 or _DIGIT.search(value) or len(items[0].split()) > MAX_SECTION_WORDS + 1:
        return None
    return items[0]


def _label_value(text: str) -> str | None:
    value = text[text.find(":") + 1:] if ":" in text else text[text.find("：") + 1:]
    value = value.strip(" .،,")
    if _DIGIT.search(value):
        return None  # «در: ۱۴ مهر ۱۴۰۱», a code: no section has a number
    parts = crumb_parts(value) or (_STRONG.split(value) if _STRONG.search(value) else None) \
        or loose_crumb_parts(value)
    if parts:
        value = section_from_crumb([p.strip() for p in parts if p.strip()]) or ""
    value = _listed_items(value)[0]
    if not value or len(value.split()) > 5 or line_key(value) in HOME_KEYS:
        return None
    return value


_LIST_MARK = re.compile(r"\s*[،,]\s*")


def _listed_items(value: str) -> list[str]:
    """The categories a label lists («ورزش، فوتبال»), its main one first: the first, unless the second
    is its sub-category, named after it («موضوعات: خسارت، خسارت بدنه»): the story's own place.

    >>> _listed_items("ورزش، فوتبال"), _listed_items("خسارت، خسارت بدنه")
    (['ورزش', 'فوتبال'], ['خسارت بدنه', 'خسارت'])
    """
    items = [x.strip() for x in _LIST_MARK.split(value.strip(" .،,"))]
    return [items[1], items[0]] if len(items) == 2 and _named_after(items[1], items[0]) else items


def _named_after(sub: str, parent: str) -> bool:
    """Whether the category ``sub`` is named after ``parent`` and narrows it: its words open with all
    of the parent's, and more follow («خسارت بدنه» under «خسارت»).

    >>> _named_after("خسارت بدنه", "خسارت"), _named_after("فوتبال", "ورزش"), _named_after("خسارت", "خسارت")
    (True, False, False)
    """
    words, head = [line_key(w) for w in sub.split()], [line_key(w) for w in parent.split()]
    return 0 < len(head) < len(words) and words[:len(head)] == head


#: a label alone on its line lists its values on the lines under it, each short (a category's name,
#: «حمل و نقل شهری»)...
SPLIT_LABEL_VALUE_WORDS = 4
#: ... and few: a wiki's categories under a story; a column of a site's categories (a blog's sidebar
#: «دسته‌ها:» over its every category) lists more, and its first names no story's section
MAX_SPLIT_LABEL_VALUES = 6


#: a section label with no colon, alone in its block over its one value's block (a Drupal field's
#: «<div class="field__label">دسته‌بندی</div><div class="field__item">…</div>»): a label word that
#: names a classification (not «در», «posted in»: words of a sentence's line as well)
_BARE_LABEL = re.compile(r"^\s*(?:سرویس|گروه|دسته|دسته\s*بندی|طبقه\s*بندی|رده|بخش|موضوع|شاخه|category|section)"
                         r"(?:\s*(?:های|ها|ی))?(?:\s+(?:خبری|خبر|اخبار|اصلی|مطلب|مطالب))?\s*$", re.I)


def section_from_split_label(lines: list[str], *, bare: bool = False) -> str | None:
    """The section a label alone on its line names on the lines under it: a page that sets a label
    and its value apart, each a block of its own (a wiki's «رده‌ها:» over its category links under the
    story, a table row «<td>گروه:</td><td>اخبار شرکت</td>», a text browser's dump of either). The
    label is a section label with its colon and nothing after it (:data:`_LABEL`); its value is the
    first of the short lines under it (the first category is the main one, as in «دسته‌بندی: ورزش،
    فوتبال»), which are few: a list of a site's every category is no story's.

    >>> section_from_split_label(["متن خبر.", "رده‌ها:", "شهری", "ایران", "دی ۱۳۹۹", "این صفحه ویرایش شده است."])
    'شهری'
    >>> section_from_split_label(["دسته‌ها:", *"ورزش اقتصاد سیاست فرهنگ هنر علم دین".split()]) is None
    True

    ``bare``: the label may also stand without its colon, over one value only (the blocks of an HTML
    page, where the label's block is its own: :data:`_BARE_LABEL`); a column of categories under a
    bare heading («دسته‌بندی‌ها» over a blog's every category) is none.

    >>> section_from_split_label(["دسته‌بندی", "علم و فناوری", "متن خبر در چند جمله بلند."], bare=True)
    'علم و فناوری'
    >>> section_from_split_label(["دسته‌بندی", "علم و فناوری", "متن خبر در چند جمله بلند."]) is None
    True
    >>> section_from_split_label(["دسته‌بندی‌ها", "ورزش", "اقتصاد", "سیاست"], bare=True) is None
    True
    """
    for i, t in enumerate(lines[:-1]):
        t = t.strip()
        colon = t.endswith((":", "："))
        if len(t) > 40 or not (colon and _LABEL.match(_fold(t + " x")) or bare and _BARE_LABEL.match(_fold(t))):
            continue
        values = 0
        while i + 1 + values < len(lines) and 0 < len(lines[i + 1 + values].split()) <= SPLIT_LABEL_VALUE_WORDS \
                and not lines[i + 1 + values].strip().endswith((":", "：")):
            values += 1
        if not colon and values != 1:
            continue
        if not colon:
            t += ":"
        if 0 < values <= MAX_SPLIT_LABEL_VALUES:
            got = _label_value(f"{t} {lines[i + 1].strip()}")
            if got:
                return got
    return None


def section_from_label_word(text: str) -> str | None:
    """The section a line names with a section word and no colon: «بخش ورزشی», «سرویس اقتصادی»
    (a line of two to four words with no digits or final punctuation).

    >>> section_from_label_word("بخش ورزشی"), section_from_label_word("بخش خصوصی دولت را یاری کرد.")
    ('ورزشی', None)
    >>> section_from_label_word("بخش\u200cها و روستاها") is None
    True
    """
    t = " ".join(text.split())
    m = _word_match(_SECTION_WORD, t)
    if not m or _DIGIT.search(t) or t[-1] in ".!؟?:؛،":
        return None
    value = t[m.end():].strip(" -–—:|»›")
    n = len(value.split())
    return value if 1 <= n <= 3 and line_key(value) not in HOME_KEYS else None


def _word_match(word: re.Pattern, text: str) -> re.Match | None:
    """``word`` (a label word and its space) matched at the start of ``text`` folded, unless a ZWNJ
    glues a suffix to the word: «بخش‌ها و روستاها» is a name, no label word before one (the
    folding maps one character to one: the offsets hold in the original)."""
    m = word.match(_fold(text))
    return m if m and "\u200c" not in text[:m.end()] else None


#: the words a site writes before a section's name without a colon («بخش ورزشی»)
_SECTION_WORDS = ("بخش", "سرویس")
_SECTION_WORD = re.compile(r"^(?:" + "|".join(_SECTION_WORDS) + r")\s+(?=\S)")


#: the one word a slot's value follows that says the slot holds a desk's name: a section word
#: (:data:`_SECTION_WORDS`) or a print edition's page, «صفحه ǂ» (its name without its number: :func:`print_page_label`)
_DESK_WORDS = frozenset(line_key(x) for x in (*_SECTION_WORDS, "صفحه"))


def desk_word(key: str) -> bool:
    """Whether ``key`` (a line's key, :func:`.textkeys.line_key`) is one word that says the name after
    it is a desk's: the site's section («بخش», «سرویس») or the print page the story ran on («صفحه»).
    A site's line «صفحه ǂ» whose name takes a few values over its pages names its stories' pages
    (:meth:`.template.PageTemplate.frame_section`); on one page alone «صفحه اقتصادی» may be a link.

    >>> desk_word(line_key("صفحه")), desk_word(line_key("بخش")), desk_word(line_key("روزنامه"))
    (True, True, False)
    """
    return key in _DESK_WORDS


def is_label_line(text: str) -> bool:
    """Whether a line is a «سرویس: …»-style section label (whatever its value)."""
    return bool(_LABEL.match(_fold(text)))


def qualified_label(text: str) -> bool:
    """Whether a section label line's label word is qualified by a second word («بخش خبری: …», «گروه
    خبری: …»): it may name another grouping than the story's section (a TV script's bulletin beside
    its «سرویس: …»), so a plain label («سرویس: …», «بخش: …») on the same page is read first.

    >>> qualified_label("بخش خبری: خبر شبانگاهی"), qualified_label("سرویس: اقتصادی")
    (True, False)
    """
    m = _LABEL.match(_fold(text))
    return bool(m and m.group("q"))


#: bidi marks a page puts around a label («\u200fبخش ولایات»), never part of it
_BIDI = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
#: «بخش ورزشی», «سرویس اقتصادی»: a label word before the section's name, without a colon
_LABEL_WORD = re.compile(r"^(?:بخش|سرویس|گروه|دسته\s*بندی|دسته|موضوع)\s+(?=\S)")
#: a field whole: a label of three words at most, a colon, its value («روتیتر: گزارش بازار»)
_FIELD_LINE = re.compile(r"^[^\s:]+(?:\s[^\s:]+){0,2}\s*:\s*\S")
#: a host name («farsi.example.tv», «www.example.ir»), or a mailbox at one («news@lists.example.ir», a mailing
#: list archive's trail ends with the list's address): the site's address, which names no section
_HOST_NAME = re.compile(r"^(?:[\w.+-]+@)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$", re.I)


#: a pictograph (the emoji blocks, no bullet or arrow: «■», «►») then two words or more: an icon
#: button's label («🖨 چاپ این صفحه», «📷 گالری تصاویر»), as a page draws its controls; a section is a
#: name (a site's home is a lone icon, «🏠»)
_ICON_BUTTON = re.compile(r"^[\U0001F300-\U0001FAFF][\ufe0f\u200d]?\s*\S+\s+\S+")
#: an account's handle inside a line («🆔 @chan0», «کانال ما: @news_fa»)
_HANDLE_IN = re.compile(r"(?<![\w.])@[A-Za-z_][\w.]{2,}")
#: a label the reporter's role word opens names who wrote the story, no section («خبرنگار اعزامی ما»,
#: «خبرنگار <site>»): the word alone, not «خبرنگاران» (a club's or a section's name of reporters)
_REPORTER = re.compile(r"^خبرنگار(?:\s|$)")


def acceptable(section: str | None, *, site_names=(), title: str | None = None,
               declared: bool = False) -> str | None:
    """``section`` (a label word before it dropped: «بخش ورزشی» → «ورزشی») unless it is empty,
    too long, the home label, the headline, one of the site's names (its ``og:site_name``, the
    name in its ``<title>``) or a line that holds one as a phrase («تبلیغات در <site name>»), or a
    host name (the site's address a page shows as its name). A name the page ``declared`` its
    section (``article:section``, JSON-LD's ``articleSection``) may hold the site's name as a
    phrase: the site «پرتقال» files stories under «قیمت پرتقال»; only the name itself is refused.

    >>> acceptable("بخش ورزشی"), acceptable("صفحه اصلی"), acceptable("farsi.example.tv"), acceptable("(BUTTON) جستجو")
    ('ورزشی', None, None, None)
    >>> acceptable("news-fa@lists.example.ir") is None  # (a mailing list's address: a trail's last item on its archive)
    True
    >>> acceptable("بخش\u200cها و روستاها") == "بخش\u200cها و روستاها"
    True
    >>> acceptable("🖨 چاپ این صفحه"), acceptable("📷 گالری تصاویر"), acceptable("■ ورزشی")
    (None, None, '■ ورزشی')
    >>> [acceptable("قیمت پرتقال", site_names=["پرتقال"], declared=d) for d in (False, True)]
    [None, 'قیمت پرتقال']
    >>> acceptable("پرتقال", site_names=["پرتقال"], declared=True) is None
    True
    >>> acceptable("خبرنگار اعزامی ما"), acceptable("خبرنگاران جوان")
    (None, 'خبرنگاران جوان')
    >>> acceptable("روتیتر: گزارش بازار"), acceptable("گزارش بازار:")
    (None, 'گزارش بازار')
    >>> acceptable("🆔 @chan0") is None
    True
    """
    if not section:
        return None
    s = " ".join(_BIDI.sub("", section).split()).strip(" -–—|»›/:")
    m = _word_match(_LABEL_WORD, s) if len(s.split()) <= 4 else None
    if m:
        s = s[m.end():]
    k = line_key(s)
    if not k or len(s.split()) > 5 or k in HOME_KEYS or (title and k == line_key(title)) or _HOST_NAME.match(s):
        return None
    if FORM_CONTROL.match(s):
        return None  # a form's control as a text browser draws it («(BUTTON) جستجو»): the page's, no section
    if _ICON_BUTTON.match(s):
        return None  # an icon button's label as a page shows it («🖨 چاپ این صفحه»): a control, no section
    if _REPORTER.match(s):
        return None  # a credit («خبرنگار اعزامی ما» atop the story): the reporter, no section
    if "@" in s and _HANDLE_IN.search(s):
        return None  # an account's handle («🆔 @chan0» under a channel's post): its address, no section
    if _FIELD_LINE.match(s):
        return None  # a field whole, «<label>: <value>» («روتیتر: گزارش بازار»): a name holds no
        # label of its own; a section's field gives its value to the cues that read it (:func:`section_from_label`)
    if any(k == line_key(n) or (not declared and _holds_phrase(s, n)) for n in site_names if n):
        return None  # (the site's name, or a line of its own that names it: «تبلیغات در <site name>»)
    return s


def _holds_phrase(text: str, phrase: str) -> bool:
    """Whether ``phrase`` stands in ``text`` as whole words, in order (spelling variants folded): a
    line that names the site («تبلیغات در خودرونامه», «خودرونامه در تلگرام») is the site's own,
    whatever its other words, no section.

    >>> _holds_phrase("تبلیغات در خودرونامه", "خودرونامه"), _holds_phrase("خودرونامه‌ها", "خودرونامه")
    (True, False)
    """
    words, name = [line_key(w) for w in text.split()], [line_key(w) for w in phrase.split()]
    n = len(name)
    return 0 < n <= len(words) and any(words[i:i + n] == name for i in range(len(words) - n + 1))


def chip_value(text: str) -> str | None:
    """The name a chip shows: one hashtag alone on its line («#سیاسی», «#بخش_ها» → «بخش ها») or a
    word to three in square brackets («[ورزشی]»); None for any other line.

    >>> chip_value("#سیاسی"), chip_value("[فرهنگ و هنر]"), chip_value("#فوتبال #لیگ"), chip_value("سیاسی")
    ('سیاسی', 'فرهنگ و هنر', None, None)
    """
    m = _CHIP.match(text.strip(EDGE_MARKS))
    if m is None:
        return None
    value = " ".join((m.group("tag") or "").replace("_", " ").split()) or " ".join((m.group("in") or "").split())
    return value if 1 <= len(value.split()) <= MAX_SECTION_WORDS and not _DIGIT.search(value) else None


#: a chip: a hashtag alone, or a few words in square brackets (a section's badge over a headline)
_CHIP = re.compile(r"^(?:#(?P<tag>[^\W\d][\w\u200c]*)|\[(?P<in>[^\[\]\d]{2,40})\])$")


#: a Persian name a path segment of a page's address spells: letters of the Arabic script (ZWNJ
#: too), its words joined by a dash, an underscore or a plus («گردشگری-دریایی»)
_PATH_NAME = re.compile(r"^[\u0600-\u06ff\u200c]+(?:[-_+ ][\u0600-\u06ff\u200c]+)*$")
#: a path segment names a section in this many words at most (a story's slug has more)
MAX_PATH_NAME_WORDS = 4


def path_names(url: str | None) -> list[tuple[int, str | None]]:
    """The segments of a page's address but its last (the story's own), each with its position and
    the Persian name it spells, or None for a segment that spells none (a Latin slug, a number, a
    date's part): a site that files its stories under «/news/کشتیرانی/832035/…» names the section in
    its path, a word among its segments at a position whose values a few recur over its pages
    (:meth:`.template.PageTemplate.path_section`).

    >>> path_names("https://x.ir/news/%DA%AF%D8%B1%D8%AF%D8%B4%DA%AF%D8%B1%DB%8C-%D8%AF%D8%B1%DB%8C%D8%A7%DB%8C%DB%8C/12/a-b")
    [(0, None), (1, 'گردشگری دریایی'), (2, None)]
    """
    if not url:
        return []
    try:
        path = urlsplit(url).path
    except ValueError:
        return []
    segs = [unquote(s).strip() for s in path.split("/") if s.strip()][:-1]
    out: list[tuple[int, str | None]] = []
    for j, seg in enumerate(segs):
        name = " ".join(re.split(r"[-_+ ]", seg)) if _PATH_NAME.match(seg) and not _DIGIT.search(seg) else None
        out.append((j, name if name and len(name.split()) <= MAX_PATH_NAME_WORDS else None))
    return out


#: a field whose value is a link alone, after a label of a word to three («لینک کوتاه: https://…»)
_FIELD_URL = re.compile(r"^[^\s:：/][^:：/\d]{0,30}[:：]\s*(https?://\S+)$")


def shown_urls(lines: list[str], url: str | None = None) -> list[str]:
    """The addresses a page shows as the value of a field of its own («لینک کوتاه: https://x.ir/ورزش/12»,
    «آدرس کوتاه: …»): a site's short link to the story, which may file it under a section in its
    path when the page's own address does not (:func:`path_names`). With ``url`` (the page's own
    address) only a link to the same host: a field linking elsewhere (a source's page) is not the
    page's.

    >>> shown_urls(["متن", "آدرس کوتاه: https://x.ir/نمایشگاه‌ها/41", "منبع: https://y.ir/a/2"], "https://x.ir/news/5")
    ['https://x.ir/نمایشگاه‌ها/41']
    """
    host = host_of(url)
    out = []
    for t in lines:
        if len(t) > 300 or "://" not in t:
            continue
        m = _FIELD_URL.match(t.strip())
        if m and (host is None or host_of(m.group(1)) == host):
            out.append(m.group(1))
    return out


#: the fields of a meta row: bars, dots, a comma, spaced dashes or slashes, runs of spaces
_ROW_FIELDS = re.compile(r"\s*[|｜•·،]\s*|\s+[-–—/]\s+|\s{2,}")


def counted_row(text: str) -> bool:
    """Whether a line is a meta row that shows no date: two fields or more, one of them a counter's
    number and few words («۶۱۳ بازدید», «۳ نظر»), the others of a word to three, no prose: under a
    headline, «باغداری | کاوه نوری | ۶۱۳ بازدید» (its section, its writer, its views).

    >>> counted_row("باغداری | کاوه نوری | ۶۱۳ بازدید"), counted_row("خانه | درباره ما | تماس")
    (True, False)
    >>> counted_row("ایران ۲ - ژاپن ۱")
    False
    """
    if len(text) > 120 or not _DIGIT.search(text):
        return False
    from .dates import meta_field

    fields = row_fields(text)
    counts = [f for f in fields if _DIGIT.search(f)]
    return len(fields) >= 2 and len(counts) == 1 and meta_field(counts[0]) \
        and all(len(f.split()) <= 3 for f in fields)


def row_fields(text: str) -> list[str]:
    """The fields of a meta row, in order (:data:`_ROW_FIELDS`).

    >>> row_fields("باغداری | کاوه نوری | ۶۱۳ بازدید")
    ['باغداری', 'کاوه نوری', '۶۱۳ بازدید']
    """
    fields = [f.strip(" -–—:|") for f in _ROW_FIELDS.split(text)]
    return [f for f in fields if f]


#: a handle alone on its line («@news_fa», «@news_fa@masto.example.social»): an account's address
_HANDLE_LINE = re.compile(r"^\s*@[\w.]{2,}(?:@[\w.-]+\.\w+)?\s*$")
#: a byline's opening words alone on their line («by», «توسط», «نوشته شده توسط», «نویسنده:»): the
#: name stands on the line under them
_BYLINE_OPENER = re.compile(r"^\s*(?:(?:uploaded|posted|written|published)\s+)?by\s*[:：]?\s*$|^\s*(?:توسط|به\s*قلم"
                            r"|(?:نوشته|ارسال|منتشر)(?:\s|\u200c)*(?:شده)?\s*(?:توسط|به\s*قلم)|نویسنده|نگارنده)\s*[:：]?\s*$",
                            re.I)
#: a line that ends with a byline, its opening word then a name of a word to four («More articles by
#: کاوه محمدی», «ارسال شده توسط مدیر سایت»): the name is a person's
_BY_NAME_END = re.compile(r"(?:^|\s)(?:by|توسط)\s+(?P<n>[^\d\s:：|،,.!?؟«»()]+(?:\s+[^\d\s:：|،,.!?؟«»()]+){0,3})\s*$",
                          re.I)
#: a counter of an account's followers: a number (its thousands as a letter or a word: «237K»,
#: «۸۱۶ هزار») and the noun it counts («237K subscribers», «۸۱۶ هزار مشترک», «۱۲ دنبال‌کننده»)
_FOLLOW_COUNT = re.compile(r"^\s*[\d۰-۹٠-٩][\d۰-۹٠-٩.,٫٬]*\s*(?:[KkMm]|هزار|میلیون)?"
                           r"\s+(?P<noun>[^\W\d_][\w\u200c]*)\s*$")
#: a follow control's word opens its counter's noun, and is this long at least («subscribe» in
#: «subscribers», «مشترک» in «مشترک»)
MIN_FOLLOW_STEM = 3
#: a follow control is a word or two («Subscribe», «مشترک شدن», «+ Follow»)
MAX_FOLLOW_WORDS = 2


def _stem(word: str) -> str:
    return word.split("\u200c")[0].casefold()


def _follows(control: str, noun: str) -> bool:
    """Whether a short line is the control of a counter whose noun is ``noun``: its first word opens
    the noun (the button to become one of those counted: «Subscribe» beside «237K subscribers»,
    «مشترک شدن» beside «۸۱۶ هزار مشترک»); a heading of what is counted names it in a longer word
    («نظرات» beside «۳ نظر»: the comments' box, no control).

    >>> _follows("Subscribe", "subscribers"), _follows("مشترک شدن", "مشترک"), _follows("نظرات", "نظر")
    (True, True, False)
    """
    words = control.strip(" +").split()
    if not 1 <= len(words) <= MAX_FOLLOW_WORDS or _DIGIT.search(control):
        return False
    word = _stem(words[0])
    return len(word) >= MIN_FOLLOW_STEM and _stem(noun).startswith(word)


def follow_counter(texts: list[str], i: int) -> bool:
    """Whether ``texts[i]`` is an account's follow counter beside the control that follows it (the
    line above or under it: «۸۱۶ هزار مشترک» over «مشترک شدن», «237K subscribers» over «Subscribe»):
    a channel's readout, never a headline, whatever its number or noun.

    >>> follow_counter(["ویلچر تی‌وی", "۸۱۶ هزار مشترک", "مشترک شدن"], 1)
    True
    >>> follow_counter(["۳ نظر", "نظرات"], 0), follow_counter(["۸۱۶ هزار مشترک"], 0)
    (False, False)
    """
    t = texts[i]
    if len(t) > 80 or (m := _FOLLOW_COUNT.match(t)) is None:
        return False
    return any(0 <= j < len(texts) and _follows(texts[j], m.group("noun")) for j in (i - 1, i + 1))


def account_names(texts: list[str]) -> set[str]:
    """The keys of the lines of a page (its shown lines, in order) that name a person or an account,
    or are an account's control, by where they stand, whatever their words: the name over a handle
    («مینا کریمی» over «@news_fa@masto.example.social»), the name under a byline's opening words
    alone on their line («by» over «آرش رحیمی», an archive's uploader), a name a line closes with
    after «by» («More articles by کاوه محمدی»), and a channel's name over its follow counter beside
    the control that follows it («شبکه ورزش» over «237K subscribers» and «Subscribe»: both). A
    video's channel, a post's author, an item's uploader are people, never the story's section.

    >>> sorted(account_names(["تیتر خبر", "شبکه ورزش", "237K subscribers", "Subscribe", "متن"]))
    ['subscribe', 'شبکهورزش']
    >>> account_names(["تیتر", "by", "آرش رحیمی", "متن"]) == {line_key("آرش رحیمی")}
    True
    >>> account_names(["ورزشی", "۶۱۳ بازدید", "متن خبر"])
    set()
    """
    out: set[str] = set()
    for i, t in enumerate(texts):
        if len(t) > 80:
            continue
        if i and _HANDLE_LINE.match(t):
            out.add(line_key(texts[i - 1]))
        elif i + 1 < len(texts) and _BYLINE_OPENER.match(t) and len(texts[i + 1].split()) <= 4:
            out.add(line_key(texts[i + 1]))
        elif (m := _BY_NAME_END.search(t)) is not None:
            out.add(line_key(m.group("n")))
        elif i and (m := _FOLLOW_COUNT.match(t)) is not None:
            for j in (i - 1, i + 1):
                if 0 <= j < len(texts) and _follows(texts[j], m.group("noun")):
                    out.add(line_key(texts[j]))
                    name = i - 1 if j == i + 1 else i - 2
                    if name >= 0:
                        out.add(line_key(texts[name]))
    out.discard("")
    return out
