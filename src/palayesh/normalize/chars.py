"""Character-level normalization: letters, digits, marks, spaces, entities, punctuation spacing.

Every rule is data: ``{codepoint: replacement}`` tables with a comment per row, and regex rules
as ``(pattern, replacement, why)`` rows. :class:`CharNormalizer` compiles the families that the
options turn on into one ``str.translate`` table plus a few regex passes, and counts its edits.

Material: hazm ``normalizer.py`` (MIT) and the Unicode Arabic block charts.
"""
from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter

from ..textkeys import ARABIC_INDIC_DIGITS, PERSIAN_DIGITS
from .options import NormalizeOptions

ZWNJ = "\u200c"

#: Arabic letter shapes -> the Persian letters a Persian keyboard writes
ARABIC_LETTERS = {
    "\u064a": "\u06cc",  # ي Arabic yeh -> ی Persian yeh
    "\u0649": "\u06cc",  # ى alef maksura -> ی (Persian makes no such difference)
    "\u06d0": "\u06cc",  # ې yeh (Pashto/Uyghur) seen in badly converted text -> ی
    "\u0643": "\u06a9",  # ك Arabic kaf -> ک keheh
    "\u06aa": "\u06a9",  # ڪ swash kaf -> ک
    "\u0629": "\u0647",  # ة teh marbuta -> ه (hazm does the same)
    "\u06c1": "\u0647",  # ہ heh goal (Urdu keyboards) -> ه
    "\u06d5": "\u0647",  # ە ae (Kurdish keyboards) -> ه
    "\u06be": "\u0647",  # ھ heh doachashmee -> ه
}

#: Arabic-Indic digits (ARABIC_INDIC_DIGITS, U+0660..U+0669, the Arabic-world digits) become Persian
#: (PERSIAN_DIGITS, U+06F0..U+06F9: 4, 5, 6 differ in shape) in every digit mode, or Latin with
#: digits="latin"; both digit strings are palayesh.textkeys's
LATIN_DIGITS = "0123456789"

#: diacritics (harakat) dropped: readers of Persian news do not expect them and they break matching
DIACRITICS = {
    "\u064b": None,  # fathatan (tanvin, kept in words like «حتماً» only as a visual hint)
    "\u064c": None,  # dammatan
    "\u064d": None,  # kasratan
    "\u064e": None,  # fatha
    "\u064f": None,  # damma
    "\u0650": None,  # kasra
    "\u0651": None,  # shadda
    "\u0652": None,  # sukun
    "\u0670": None,  # superscript alef
    # U+0654 hamza above is NOT here: «خانهٔ» writes the ezafe with it
}

#: tatweel (kashida) only stretches a letter: «ســـلام» -> «سلام»
TATWEEL = {"\u0640": None}  # ـ Arabic tatweel

#: invisible characters that carry no meaning in flat Persian text
INVISIBLE_MARKS = {
    "\u200b": None,  # zero width space: stray; ZWNJ is what Persian needs
    "\u200d": None,  # zero width joiner: forces joining, never wanted in running text
    "\u200e": None,  # left-to-right mark
    "\u200f": None,  # right-to-left mark
    "\u202a": None,  # LRE embedding
    "\u202b": None,  # RLE embedding
    "\u202c": None,  # PDF pop directional formatting
    "\u202d": None,  # LRO override
    "\u202e": None,  # RLO override
    "\u2066": None,  # LRI isolate
    "\u2067": None,  # RLI isolate
    "\u2068": None,  # FSI isolate
    "\u2069": None,  # PDI pop isolate
    "\u2060": None,  # word joiner
    "\ufeff": None,  # BOM / zero width no-break space
    "\u00ad": None,  # soft hyphen: an invisible hyphenation hint
}

#: control characters: no meaning in text, and NUL or ESC break the tools a corpus is read with
#: (tab, newline, CR, vertical tab and form feed are spaces or line ends, handled elsewhere)
CONTROL_CHARS = {
    **{chr(c): None for c in range(0x09)},  # NUL .. backspace
    **{chr(c): None for c in range(0x0E, 0x20)},  # shift out .. unit separator (ESC among them)
    "\x7f": None,  # DEL
    **{chr(c): None for c in range(0x80, 0xA0)},  # C1 controls: Windows-1252 bytes read as Latin-1
}

#: a lone surrogate (from JSON «\ud800» or a file name decoded with surrogateescape) is no
#: character at all: UTF-8 cannot encode it, so a writer would fail on it
SURROGATE_RE = re.compile("[\ud800-\udfff]")
_SURROGATES = frozenset(map(chr, range(0xD800, 0xE000)))

#: odd spaces -> plain space
ODD_SPACES = {
    "\u00a0": " ",  # no-break space (&nbsp;)
    "\t": " ",  # tab inside a line of prose
    "\u2000": " ",  # en quad
    "\u2001": " ",  # em quad
    "\u2002": " ",  # en space
    "\u2003": " ",  # em space
    "\u2004": " ",  # three-per-em space
    "\u2005": " ",  # four-per-em space
    "\u2006": " ",  # six-per-em space
    "\u2007": " ",  # figure space
    "\u2008": " ",  # punctuation space
    "\u2009": " ",  # thin space
    "\u200a": " ",  # hair space
    "\u202f": " ",  # narrow no-break space
    "\u205f": " ",  # medium mathematical space
    "\u3000": " ",  # ideographic space
    "\u000b": " ",  # vertical tab
    "\u000c": " ",  # form feed
}


def _presentation_forms() -> dict[str, str]:
    """Arabic presentation forms (U+FB50-FDFF, U+FE70-FEFC) -> their base letters, by NFKC.

    >>> _presentation_forms()["\ufef5"]  # ﻵ lam-alef ligature
    'لآ'
    """
    table = {}
    for cp in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFEFD)):
        ch = chr(cp)
        if unicodedata.category(ch) == "Cn":
            continue
        base = unicodedata.normalize("NFKC", ch)
        if base != ch:
            base = "".join(ARABIC_LETTERS.get(c, c) for c in base)
            table[ch] = base.strip() if len(base) > 1 and base.strip() else base
    return table


#: HTML entities left in flattened text: named (&quot; &nbsp; &zwnj;) or numeric (&#8204; &#x200c;),
#: escaped any number of times over (&amp;quot; &amp;amp;nbsp;), as pages escaped twice have them
ENTITY_RE = re.compile(
    r"&((?:(?:amp|#0*38|#[xX]0*26);)*)(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});"
)
#: passes of character cleanup at most: a second runs only when the first left a decodable entity
#: («&am&#112;;» decodes to «&amp;»); two settle every text but contrived ones
MAX_CHAR_PASSES = 3

_AR = "\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff"  # Arabic-script blocks
_LETTER = "\u0621-\u063a\u0641-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff"  # Arabic-script letters
_ALNUM = _LETTER + "0-9\u06f0-\u06f9\u0660-\u0669a-zA-Z"

#: tidying existing ZWNJs: (pattern, replacement, why)
ZWNJ_CLEANUP_RULES = [
    ("\u200c{2,}", ZWNJ, "one ZWNJ is enough"),
    # (the ZWNJ first, then what is around it: a pattern that starts with a look-behind is tried at
    # every character, one that starts with a character skips to it)
    (f"\u200c(?:(?<![{_LETTER}]\u200c)|(?![{_LETTER}]))", "", "a ZWNJ only means something between two letters"),
]

#: what a ZWNJ rule's match holds (a scan at memory speed, where the pattern stops at every ZWNJ)
ZWNJ_CLEANUP_NEEDLES = {ZWNJ_CLEANUP_RULES[0][0]: ZWNJ * 2}

#: spacing around Persian punctuation: (pattern, replacement, why)
PUNCTUATION_RULES = [
    # (?<!  ): from the start of a run of spaces only; from every space of a long run the search is
    # quadratic. Each pattern starts with a character, not a look-behind: the search skips to it
    (r" (?<!  ) *([،؛؟»])", r"\1", "no space before a Persian comma, semicolon, question mark or closing guillemet"),
    (r"(«) +", r"\1", "no space after an opening guillemet"),
    (rf"([،؛؟])(?=[{_LETTER}«])", r"\1 ", "a space after a Persian comma, semicolon or question mark"),
    (rf"(«)(?<=[{_ALNUM}]«)", r" \1", "a space before an opening guillemet that follows a word"),
    (rf"(»)(?=[{_ALNUM}])", r"\1 ", "a space after a closing guillemet followed by a word"),
]

#: substrings one of which a punctuation rule's match contains (a search for them is cheaper)
PUNCTUATION_NEEDLES = {PUNCTUATION_RULES[0][0]: (" ،", " ؛", " ؟", " »"), PUNCTUATION_RULES[1][0]: ("« ",),
                       PUNCTUATION_RULES[3][0]: ("«",), PUNCTUATION_RULES[4][0]: ("»",)}
#: marks one of which a punctuation rule's match holds with no space after it: the rule runs only on
#: a text where such a mark stands before something else than a space (counted, cheaper than a search)
PUNCTUATION_UNSPACED = {PUNCTUATION_RULES[2][0]: "،؛؟"}

#: spaces: (pattern, replacement, why)
SPACE_RULES = [
    (r" {2,}", " ", "one space between words"),
    (r"^ +|(?<! ) +$", "", "no space at the start or end of a line (a run's end is looked for from its start only)"),
]


class CharNormalizer:
    """The character families of :class:`NormalizeOptions`, compiled once.

    >>> CharNormalizer(NormalizeOptions()).normalize("كتاب‌هاي  ٤ تايي")[0]
    'کتاب\u200cهای ۴ تایی'
    """

    def __init__(self, options: NormalizeOptions):
        self.options = o = options
        # one family per edit key: (edit key, {char: replacement})
        families: list[tuple[str, dict]] = []
        if o.arabic_letters:
            letters = dict(ARABIC_LETTERS)
            if o.presentation_forms:
                letters.update(_presentation_forms())
            families.append(("arabic_letters", letters))
        digits: dict[str, str] = {}
        target = {"keep": PERSIAN_DIGITS, "persian": PERSIAN_DIGITS, "latin": LATIN_DIGITS}[o.digits]
        digits.update(zip(ARABIC_INDIC_DIGITS, target))
        if o.digits == "persian":
            digits.update(zip(LATIN_DIGITS, PERSIAN_DIGITS))
        elif o.digits == "latin":
            digits.update(zip(PERSIAN_DIGITS, LATIN_DIGITS))
        families.append(("digits", digits))
        if o.remove_diacritics:
            families.append(("diacritics", DIACRITICS))
        if o.remove_tatweel:
            families.append(("tatweel", TATWEEL))
        if o.invisible_marks:
            families.append(("invisible_marks", INVISIBLE_MARKS))
            families.append(("invisible_marks", CONTROL_CHARS))
        if o.spaces:
            families.append(("spaces", ODD_SPACES))
        self._families = [
            (key, table, re.compile("[" + "".join(re.escape(c) for c in table) + "]"), frozenset(table))
            for key, table in families
            if table
        ]
        every = "".join(c for _, t in families for c in t)
        # the family characters each replacement brings; when no family's replacements bring its own
        # or an earlier family's characters (the order of replacing cannot matter then), what a pass
        # finds after a replacement follows from what it found before, with no new scan of the text
        chars = frozenset(every)
        self._brought: dict[str, frozenset[str]] | None = {
            c: frozenset(r) & chars for _, t in families for c, r in t.items() if r}
        before: set[str] = set()
        for _, table, _, own in self._families:
            before |= own
            if any(self._brought.get(c, frozenset()) & before for c in table):
                self._brought = None
                break
        self._any = re.compile("[" + "".join(re.escape(c) for c in every) + "]") if every else None
        # what a pass may act on before the punctuation and spaces, found in one scan
        self._first = re.compile("[\ud800-\udfff&\r" + "".join(re.escape(c) for c in every) + "]")
        self._zwnj = [(re.compile(p), r, why, ZWNJ_CLEANUP_NEEDLES.get(p, ZWNJ)) for p, r, why in ZWNJ_CLEANUP_RULES] \
            if o.zwnj_cleanup else []
        self._punct = [(re.compile(p), r, why, PUNCTUATION_NEEDLES.get(p, ()),
                        tuple((m, m + " ") for m in PUNCTUATION_UNSPACED.get(p, "")))
                       for p, r, why in PUNCTUATION_RULES] if o.punctuation_spacing else []
        self._punct_any = re.compile("[«»،؛؟]")
        self._spaces = [(re.compile(p, re.M), r, why) for p, r, why in SPACE_RULES] if o.spaces else []

    def normalize(self, text: str, edits: Counter | None = None) -> tuple[str, Counter]:
        """Apply the character families to ``text``; return it with the edit counts.

        >>> CharNormalizer(NormalizeOptions()).normalize("سلام&nbsp;دنیا")[0]
        'سلام دنیا'
        """
        edits = Counter() if edits is None else edits
        for _ in range(MAX_CHAR_PASSES):
            text = self._once(text, edits)
            if not (self.options.html_entities and "&" in text and self._decodable(text)):
                break
        return text, edits

    def _once(self, text: str, edits: Counter) -> str:
        """One pass of every family; an entity comes first, since it may decode to what the others
        handle (``&#13;``, ``&nbsp;``, ``&#1610;``)."""
        o = self.options
        # one scan (in C; max(text) makes a string of every character) finds the surrogates, «&», CR
        # and the characters of every family: most texts have none, and skip all that follows
        found = set(self._first.findall(text))
        if found:
            given = text
            if not found.isdisjoint(_SURROGATES) and SURROGATE_RE.search(text):
                text, n = SURROGATE_RE.subn("\ufffd", text)  # always: UTF-8 output is not an option
                edits["invisible_marks"] += n
            if o.html_entities and "&" in found:
                text = self._entities(text, edits)
            if o.line_endings and "\r" in (found if text is given else text):
                edits["line_endings"] += text.count("\r")
                text = text.replace("\r\n", "\n").replace("\r", "\n")
            if text is not given:
                found = set(self._any.findall(text)) if self._any is not None else set()
            else:
                found.discard("&")
                found.discard("\r")
        if found and self._any is not None:
            # a family none of the characters found belongs to is skipped, until a replacement
            # (which may bring another family's characters) is made
            replaced = False
            brought = self._brought
            for key, table, finder, chars in self._families:
                if replaced and brought is None:
                    present = set(finder.findall(text))  # (a replacement may have brought some)
                else:
                    present = found.intersection(chars)  # what the scan found: exact until a replacement
                if present:
                    # only the characters present, each by str.replace: a translate table looks up
                    # every character of the text (~0.2 µs each), ten times slower on Persian text
                    for ch in present:
                        edits[key] += text.count(ch)
                        text = text.replace(ch, table[ch] or "")
                    replaced = True
                    if brought is not None:  # (what the text holds now: those gone, what came instead)
                        found -= present
                        for ch in present:
                            if ch in brought:
                                found |= brought[ch]
        if self._zwnj and ZWNJ in text:
            for pattern, repl, _why, needle in self._zwnj:
                if needle not in text:
                    continue
                text, n = pattern.subn(repl, text)
                if n:
                    edits["zwnj_removed"] += n
        if self._punct and self._punct_any.search(text):
            for pattern, repl, _why, needles, unspaced in self._punct:
                if needles:
                    for x in needles:
                        if x in text:
                            break
                    else:
                        continue
                if unspaced:
                    for m, ms in unspaced:
                        if m in text and text.count(m) != text.count(ms):
                            break
                    else:
                        continue
                text, n = pattern.subn(repl, text)
                if n:
                    edits["punctuation_spacing"] += n
        if self._spaces and ("  " in text or text[:1] == " " or text[-1:] == " " or (
                "\n" in text and (" \n" in text or "\n " in text))):
            before = len(text)
            if "  " in text:  # (the runs of SPACE_RULES' first rule)
                text = self._spaces[0][0].sub(self._spaces[0][1], text)
            # its second, a line's edge spaces, taken by str.strip of each line: the same text (the
            # pattern, anchored at lines, is tried at every character: four times slower)
            text = "\n".join([t.strip(" ") for t in text.split("\n")])
            edits["spaces"] += before - len(text)
        return text

    @staticmethod
    def _entities(text: str, edits: Counter) -> str:
        """``text`` with its HTML entities decoded, each escaped ``&amp;`` layer at once.

        >>> CharNormalizer._entities("&amp;amp;quot;&foo;&amp;foo;", Counter())
        '"&foo;&foo;'
        """
        def one(m):
            entity = "&" + m.group(2) + ";"
            value = html.unescape(entity)
            if value == entity and not m.group(1):
                return value  # not an entity html knows: leave it
            edits["html_entities"] += 1
            return value

        return ENTITY_RE.sub(one, text)

    @staticmethod
    def _decodable(text: str) -> bool:
        """Is an entity html knows left in ``text``?"""
        return any(m.group(1) or html.unescape(m.group()) != m.group() for m in ENTITY_RE.finditer(text))
