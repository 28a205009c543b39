"""Persian morphology for half-spaces: where a glued or spaced word hides a ZWNJ boundary.

The lexicon answers for words it has seen; this module answers for the others, by affixes:
the verb prefixes می/نمی, the plural ها and its extensions, the endings ای/ام/اند… after a final ه,
the comparative تر/ترین, and compound heads learnt from the corpus (…‌نامه, …‌کننده).
"""
from __future__ import annotations

ZWNJ = "\u200c"

#: letters that never join the next one: a ZWNJ after them is invisible, so none is written
NON_JOINING = frozenset("اآأإٱدذرزژوؤۀةء")

#: verb prefixes written with a ZWNJ before the verb: «میروند» -> «می‌روند»
VERB_PREFIXES = (
    "نمی",  # negative continuous: «نمی‌توان»
    "می",  # continuous: «می‌روند»
)

#: suffixes written after ZWNJ whatever the word ends with (longest first): (suffix, why)
PLURAL_SUFFIXES = (
    ("هایشان", "plural + their: «کتاب‌هایشان»"),
    ("هایتان", "plural + your: «کتاب‌هایتان»"),
    ("هایمان", "plural + our: «کتاب‌هایمان»"),
    ("هایش", "plural + his/her: «کتاب‌هایش»"),
    ("هایت", "plural + your (sg): «کتاب‌هایت»"),
    ("هایم", "plural + my: «کتاب‌هایم»"),
    ("هایی", "plural + indefinite: «برنامه‌هایی»"),
    ("هاست", "plural + is: «سال‌هاست»"),
    ("های", "plural + ezafe: «برنامه‌های»"),
    ("ها", "plural: «کمک‌ها»"),
)

#: suffixes written after ZWNJ only after a final vowel ه or ی (elsewhere they glue: «کتابم»)
VOWEL_SUFFIXES = (
    ("اند", "perfect 3pl / they are: «توانسته‌اند», «ایرانی‌اند»"),
    ("ایم", "perfect 1pl / we are: «رفته‌ایم»"),
    ("اید", "perfect 2pl: «رفته‌اید»"),
    ("ام", "perfect 1sg / my: «گفته‌ام», «زندگی‌ام»"),
    ("ات", "your: «خانه‌ات»"),
    ("اش", "his/her: «خانه‌اش», «روسری‌اش»"),
    ("ای", "indefinite / adjective: «منطقه‌ای», «سنتی‌ای»"),
    ("یی", "indefinite / adjective, the older spelling of «ای» (UPDT/Seraji): «مقاله‌یی»"),
    ("شان", "their: «همه‌شان»"),
    ("تان", "your (pl): «علاقه‌تان»"),
    ("مان", "our: «خانه‌مان»"),
)
#: vowel suffixes that glue after a final ی: «ییی» is not a spelling. («مان», «تان» after ی are split
#: like «شان»: «فرهنگی‌مان», «قبلی‌مان»; the news writes them so, and each «…یمان» it glues is a word of
#: the lexicon, which the parse never sees: «پیمان», «سلیمان», «برایمان»)
AFTER_H_ONLY = frozenset(("یی",))
#: vowel suffixes split after a final ی that a writer who types spaces may glue on purpose («زندگیمان»
#: beside «می شود»): their own affix family (``zwnj.K_LOOSE``), so that alone they are no sign of lost ZWNJs
LOOSE_AFTER_YE = frozenset(("مان", "تان"))
#: possessive endings after a word in ا/و with its glide ی: «انتهایش», «گرانبهای»
GLIDE_ENDINGS = ("", "ش", "م", "ت", "شان", "مان", "تان", "ی")
#: the ezafe (or a pronoun's ی) after a silent ه, written after a ZWNJ: «هزینه‌ی این طرح», «جمله‌ی او».
#: Glued («هزینهی») it is no spelling of any writer: a ZWNJ was lost there (a ه that is a consonant takes
#: it glued: «راهی», «توجهی», words of the vocabulary)
EZAFE_AFTER_H = "ی"
#: the endings of a noun: a word the lexicon spells with one of them after a ZWNJ, its plural or a
#: possessive («نامه‌ها», «خانه‌اش», «زندگی‌شان»), is a noun, and a glued «…ات» after it may be «your …»
#: («نامه‌ات»); after another word in ه/ی the «ات» is an Arabic plural's («امهات», «مدعیات», «روحانیات»),
#: glued (:meth:`Morphology.takes_possessive`). Not «ای», which adjectives take too («سنتی‌ای»)
POSSESSIVE_ENDINGS = ("ها", "های", "اش", "ات", "شان", "مان", "تان")
#: the ending read as a possessive only after a word that takes one (see POSSESSIVE_ENDINGS)
POSSESSIVE_AT = "ات"
#: the endings whose ZWNJ spelling after a word's final ه shows that ه silent: «خانه‌ای», «خانه‌اش»
#: (a consonant ه glues them: «راهش», «توجهی»); the lexicon's spellings of these are the evidence
SILENT_H_ENDINGS = ("ای", "اش", "ام", "ات", "ی")
#: endings of the perfect after a participle in ه: «نشسته‌ایم», never «نشست‌هایم»
PERFECT_ENDINGS = frozenset(("اند", "ایم", "اید", "ام", "ای"))
#: perfect endings that no plural reading competes with much: «رفته‌اند», «رفته‌ایم»
PERFECT_PLURAL = frozenset(("اند", "ایم", "اید"))
#: preverbs glued before می/نمی: «برمی‌گردد», «درنمی‌آید»
PREVERBS = ("بر", "در", "فرو", "باز", "وا", "فرا", "ور")

#: comparative and superlative: glued or after ZWNJ, as the corpus mostly writes them: (suffix, why)
COMPARATIVE_SUFFIXES = (
    ("ترین", "superlative: «تازه‌ترین»"),
    ("تر", "comparative: «بزرگ‌تر»"),
)

#: the comparative with an ending, written after ZWNJ like «تر» itself: «راحت‌تری», «بالغ‌تریم»
COMPARATIVE_INDEFINITE = frozenset(("تری", "تریم", "ترید", "ترند"))

#: words after a participle that make it a verb (passive, perfect): «حذف شده است», «تعطیل شده بود»;
#: "#" stands for punctuation or the line's end. A participle before anything else is read as an
#: adjective compound, written with ZWNJ: «استخراج‌شده ضریب», «اشغال‌شده فلسطینی»
VERBAL_AFTER_PARTICIPLE = frozenset((
    "#", "و", "است", "نیست", "بود", "بودم", "بودی", "بودیم", "بودید", "بودند", "بوده", "اند", "ام", "ایم",
    "اید", "ای", "باشد", "باشند", "باشم", "باشی", "باشیم", "باشید", "شد", "شدند", "شود", "شوند", "شده", "شدن",
    "می", "نمی", "خواهد", "خواهند", "گردید", "گردد", "گشت", "بودن",
    "که", "تا", "نیز", "هم", "این", "آن", "اما", "ولی", "باشی", "باشید",  # a clause ends: «اعلام شده که»
))

#: function words: a spaced pair with one of them is a house-style matter and stays apart, unless
#: the other part never stands alone («بین المللی» joins, «این که», «به سادگی» do not)
FUNCTION_WORDS = frozenset((
    "این", "آن", "همین", "همان", "چنین", "چنان",  # demonstratives: «این که», «آن چه», «همان طور»
    "هیچ", "هر", "یک", "چند",  # quantifiers: «هیچ کس», «هر گاه», «یک بار»
    "به", "از", "با", "در", "بر", "تا", "بی",  # prepositions: «به سادگی», «در نتیجه»
    "که", "چه", "و", "را", "ای", "نه",  # particles: «آن که», «ای کاش»
))

#: the cardinal numerals that glue to a noun in ه to make an adjective of measure («دودرجه», «نوددقیقه»,
#: «سه‌ساله»): :meth:`Morphology._numeral_compound`
NUMERALS = frozenset((
    "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "یازده", "دوازده", "سیزده", "چهارده",
    "پانزده", "شانزده", "هفده", "هجده", "هیجده", "نوزده", "بیست", "سی", "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد",
    "نود", "صد", "دویست", "سیصد", "چهارصد", "پانصد", "ششصد", "هفتصد", "هشتصد", "نهصد", "هزار", "چند",
))
_NUMERAL_LENGTHS = sorted({len(n) for n in NUMERALS}, reverse=True)
#: the shortest noun in ه after a glued numeral (with its ه: «درجه», «ساله»; not «اده» in «نهاده»)
MIN_MEASURE = 4

#: endings of a noun, adjective or agent noun that a compound's second part may carry: the plural, the
#: indefinite/adjectival ی («راه حلی» as «راه‌حل»), the comparative («زیان بارتر» as «زیان‌بار»)
#: (``zwnj.inflections``: a compound's inflected second part standing after a space)
HEAD_ENDINGS = ("ان", "انی", "ها", "های", "هایی", "ی", "تر", "ترین")
#: endings of a second part in ه that turn it to «گ»: «دیده» -> «دیدگان», «زده» -> «زدگی»
HEAD_ENDINGS_G = ("گان", "گانی", "گی")
#: the endings of :data:`HEAD_ENDINGS` glued to a compound the lexicon writes with a ZWNJ inside, which keeps
#: its ZWNJ: the plural in ان and the indefinite/adjectival ی («محافظه‌کار» -> «محافظه‌کاران», «راه‌حل» ->
#: «راه‌حلی»; after a final ه :data:`HEAD_ENDINGS_G`: «تحصیل‌کرده» -> «تحصیل‌کردگان»), not the suffixes
#: read on their own (:data:`PLURAL_SUFFIXES`, :data:`COMPARATIVE_SUFFIXES`: «راه‌حل‌ها»)
COMPOUND_ENDINGS = tuple(e for e in HEAD_ENDINGS if e not in {s for s, _ in PLURAL_SUFFIXES + COMPARATIVE_SUFFIXES})
#: personal endings, the copula's and the possessive «ش», glued to a compound the lexicon knows that ends in
#: a consonant: «بی‌اطلاعند», «آسیب‌پذیرند», «هم‌نظریم», «بی‌حسابش» (:meth:`Morphology._inflected_compound`;
#: not where the compound's last part and the ending are a verb form: «نگهدارند» is «نگه» + «دارند»)
COMPOUND_PERSONAL = ("ند", "ید", "یم", "م", "ش")
#: endings of a present stem (می‌روم … می‌روند)
PRESENT_ENDINGS = ("م", "ی", "د", "یم", "ید", "ند")
#: the personal endings of a verb that no noun takes (:meth:`Morphology._unknown_verb`; not «ی»)
VERB_ENDINGS = ("یم", "ید", "ند", "م", "د")
#: endings that glue to a word without a ZWNJ after a letter other than ه/ی (personal endings, the
#: one-letter pronouns, the indefinite/adjectival «ی»; not «شان»/«مان»/«تان», which many writers put
#: after a ZWNJ: «برق‌شان»): :meth:`Morphology._known_with_ending`
GLUED_ENDINGS = ("یم", "ید", "ند", "م", "ت", "ش", "ی")
#: the longest verb stem (a causative past: «گذرانید»)
MAX_STEM = 7
#: endings of a past stem (می‌رفتم … می‌رفتند, and the participle می‌رفته)
PAST_ENDINGS = ("", "م", "ی", "یم", "ید", "ند", "ه")


def canonical(word: str) -> str:
    """The spelling of ``word`` without invisible or doubled ZWNJs.

    >>> canonical("کشور\u200cها") == "کشورها"  # ZWNJ after ر is invisible
    True
    """
    if ZWNJ not in word:
        return word
    out: list[str] = []
    for ch in word.strip(ZWNJ):
        if ch == ZWNJ and (not out or out[-1] == ZWNJ or out[-1] in NON_JOINING):
            continue
        out.append(ch)
    return "".join(out)


def glue(left: str, right: str) -> str:
    """Join two parts with a ZWNJ, or without one after a non-joining letter.

    >>> glue("کشور", "ها"), glue("کمک", "ها") == "کمک\u200cها"
    ('کشورها', True)
    """
    return left + right if left[-1] in NON_JOINING else left + ZWNJ + right


def verb_forms(present: set, past: set) -> set:
    """Finite verb forms that may follow می/نمی, from present and past stems.

    >>> sorted(verb_forms({"رو"}, set()))[:3]
    ['رود', 'روم', 'روند']
    """
    forms = set()
    for stem in present:
        if len(stem) < 1:
            continue
        for e in PRESENT_ENDINGS:
            forms.add(stem + e)
            if stem[-1] in "اآو":  # «گو» -> «گوید», «آ» -> «آید»
                forms.add(stem + "ی" + e)
    for stem in past:
        for e in PAST_ENDINGS:
            if stem + e:
                forms.add(stem + e)
    return {f for f in forms if len(f) >= 2}


#: endings of the spoken present that the written one lacks: 3sg «ه» («می‌شه», «می‌کنه»), 3pl «ن»
#: («می‌کنن»), 2pl «ین» («می‌رین»)
SPOKEN_ENDINGS = ("ه", "ن", "ین")


def spoken_stems(stem: str) -> set:
    """The present stem ``stem`` and its spoken shapes: «ان» heard as «ون» («دان» -> «دون», «توان» ->
    «تون»), a short stem's final «و» dropped («شو» -> «ش», «گو» -> «گ»), and a final «ه» after «ا» («خواه»
    -> «خوا»). Not a stem in «آ» (the spoken «میاد» has no ZWNJ to restore: «می‌آد»).

    >>> sorted(spoken_stems("توان")), sorted(spoken_stems("دان")), sorted(spoken_stems("شو"))
    (['توان', 'تون'], ['دان', 'دون'], ['ش', 'شو'])
    """
    out = {stem}
    if len(stem) >= 3 and stem.endswith("ان"):
        out.add(stem[:-3 if stem.endswith("وان") else -2] + "ون")  # «توان» -> «تون», «خوان» -> «خون»
    if len(stem) == 2 and stem[1] == "و":
        out.add(stem[0])
    if len(stem) >= 3 and stem.endswith("اه"):
        out.add(stem[:-1])
    return out


def spoken_forms(present: set) -> set:
    """The spoken present forms of the stems ``present`` that may follow می/نمی: each spoken shape of a
    stem (:func:`spoken_stems`) with the written and the spoken endings, and the written stem with the
    spoken endings («شه», «تونیم», «کنن»); stems in «آ» and «ا» are left out (:func:`spoken_stems`).

    >>> " ".join(sorted(spoken_forms({"شو"})))
    'شد شم شن شند شه شود شوم شون شوند شوی شوید شویم شوین شی شید شیم شین'
    """
    forms = set()
    for stem in present:
        if not stem or stem[0] in "آا":
            continue
        for shape in spoken_stems(stem):
            for e in PRESENT_ENDINGS + SPOKEN_ENDINGS:
                if e == "ه" and shape[-1] in "اوهی":
                    continue  # the spoken 3sg «ه» follows a consonant («می‌شه», not «می‌شوه», «می‌خواه»)
                forms.add(shape + e)
    return forms


class Morphology:
    """Restores glued words and judges spaced pairs when the lexicon has no answer.

    >>> m = Morphology(vocab={"برنامه": 5, "کمک": 5}, forms={}, verb_forms={"روند"})
    >>> m.parse("برنامههای") == "برنامه\u200cهای", m.parse("میروند") == "می\u200cروند"
    (True, True)
    """

    def __init__(self, *, vocab, forms, verb_forms, heads=None, suffix_way=None, adjectives=None, leads=None):
        self.vocab = vocab
        self.adjectives = adjectives
        self.forms = forms
        self.verb_forms = verb_forms
        self.heads = heads or {}
        suffix_way = suffix_way or {}
        suffixes = [(s, "any") for s, _ in PLURAL_SUFFIXES]
        suffixes += [(s, "vowel") for s, _ in VOWEL_SUFFIXES]
        suffixes += [(s, "adj") for s, _ in COMPARATIVE_SUFFIXES if suffix_way.get(s, "zwnj") == "zwnj"]
        if suffix_way.get("تر", "zwnj") == "zwnj":
            suffixes += [(s, "adj") for s in COMPARATIVE_INDEFINITE]  # «دقیقتری» -> «دقیق‌تری»
        self.suffixes = sorted(suffixes, key=lambda x: -len(x[0]))
        #: the suffixes by their last letter, each list in the order of ``suffixes`` (``parse`` tries only
        #: those a word may end with)
        self._suffixes_by_end: dict[str, list] = {}
        for suf, kind in self.suffixes:
            self._suffixes_by_end.setdefault(suf[-1:], []).append((suf, kind))
        self.head_lengths = sorted({len(h) for h in self.heads}, reverse=True)
        self.leads = leads or {}
        self.lead_lengths = sorted({len(p) for p in self.leads}, reverse=True)
        self.bound = {s for s, _ in PLURAL_SUFFIXES}
        self.plural = frozenset(self.bound)
        if suffix_way.get("ترین", "zwnj") == "zwnj":
            self.bound |= {"ترین", "تر", "ترها"}  # «بزرگ تر» -> «بزرگ‌تر»; «تر» (wet) alone is rare
        self.vowel_bound = {s for s, _ in VOWEL_SUFFIXES}
        self.verb_prefixes = VERB_PREFIXES + tuple(pv + p for pv in PREVERBS for p in VERB_PREFIXES)

    def known(self, word: str) -> tuple[str, int] | None:
        """(restored spelling, frequency class) of a known word or verb form, None for an unknown one."""
        f = self.forms.get(word)
        if f is not None:
            return f, 3
        b = self.vocab.get(word)
        if b is not None:
            return word, b
        if word in self.verb_forms:
            return word, 3
        for p in VERB_PREFIXES:
            if word.startswith(p) and word[len(p):] in self.verb_forms:
                return p + ZWNJ + word[len(p):], 4
        return None

    def parse(self, s: str) -> str | None:
        """A ZWNJ spelling of the unknown glued word ``s`` by its affixes, or None.

        Every reading is scored by how common its base is; perfect endings after a participle
        («نشستهایم» = نشسته + ایم) and verb prefixes score extra.

        >>> Morphology(vocab={"منطقه": 5}, forms={}, verb_forms=set()).parse("منطقهای") == "منطقه\u200cای"
        True
        """
        n = len(s)
        if s in self.verb_forms:
            return None  # «گریاند» is a verb, not «گری» + «اند»
        for e in GLIDE_ENDINGS:
            # a word in ا/و, its glide ی and an ending glue: «انتهایش», «گرانبهای», «راستایی»
            cut = n - len(e) - 1  # where the glide ی is
            if cut < 3 or not s.endswith("ی" + e) or s[cut - 1] not in "او":
                continue
            base = s[:cut]
            if base in self.vocab and not (
                    base.endswith("ها") and self.vocab.get(base[:-2], -1) >= self.vocab[base]):
                return None  # (but «کتابهایش» is a plural: «کتاب» is commoner than «کتابها»)
            f = self.forms.get(base)
            if f is not None and not f.endswith(ZWNJ + "ها"):
                return f + s[cut:]  # «گرانبهای» -> «گران‌بهای»
        ezafe = self._ezafe_after_h(s)
        if ezafe is not None:
            return ezafe
        best, best_score = None, -99
        # a verb prefix before a verb form the verb list knows: «میرهاند» is «می» + «رهاند»
        verb = next((p for p in self.verb_prefixes if s.startswith(p) and n - len(p) >= 2
                     and s[len(p):] in self.verb_forms), None)
        for suf, kind in self._suffixes_by_end.get(s[-1:], ()):
            if n - len(suf) >= 2 and s.endswith(suf):
                b = s[: n - len(suf)]
                if verb is not None and b.startswith(verb) and b[len(verb):] not in self.verb_forms:
                    continue  # the same prefix, a form the verb list lacks (spoken) and an ending: «می‌ره» + «اند»
                if kind == "vowel" and (b[-1] not in "هی" or len(b) < 3 or (
                        suf in AFTER_H_ONLY and b[-1] != "ه") or (b[-1] == "ی" and b[-2] in "او")):
                    continue  # «بقایای» is «بقایا» + «ی», not «بقای» + «ای»
                if kind == "adj" and self.adjectives is not None and b not in self.adjectives:
                    continue
                if suf == POSSESSIVE_AT and not self.takes_possessive(b):
                    continue  # an Arabic plural: «مدعیات», not «مدعی‌ات»
                k = self.known(b)
                participle = b in self.verb_forms or (
                    # a negative participle, but not before «ای»: «نبردهای» is «نبرد» + «های»
                    b[0] == "ن" and suf != "ای" and b[1:] in self.verb_forms) or (
                    suf in PERFECT_PLURAL and b[-2:] in ("ته", "ده") and b[:-1] in self.vocab)
                if k is None and participle:
                    k = (b, 2)  # a participle of a past stem the verb list lacks: «دریافته‌ایم»
                if k is None and suf in self.plural and len(b) >= 3:
                    # an unknown noun («حوثیهای»): the plural still shows, with little weight, and less
                    # when the base does not even end in a known word; after a non-joining letter the
                    # plural is the word as it stands («قلمکارهای»)
                    k = (b, -1 if len(b) < 6 or self._known_tail(b) else -2)
                if k is None and suf in PERFECT_PLURAL and len(b) >= 4 and b[-1] == "ه":
                    k = (b, -1)  # an unknown participle: «برتابانده‌اند»
                if k is None and suf == "ای" and self._numeral_compound(b):
                    # a numeral glued to a noun in ه is an adjective of measure: «دودرجه‌ای», «نوددقیقه‌ای»,
                    # not the plural of an unknown «دودرج» (a numeral's compound nouns are the lexicon's:
                    # «چهارراه‌های»); above an unknown plural's weight, below a known plural's
                    k = (b, 0)
                if k is None and suf == "ای" and len(b) >= 6 and b[-1] == "ه" and self._known_tail(b, 5):
                    k = (b, -1)  # an unknown compound in ه: «دومرحله‌ای» («مرحله»), not «دومرحل‌های»
                if k is None:
                    continue
                score = k[1]
                if kind == "vowel" and suf in PERFECT_ENDINGS and b[-1] == "ه" and participle:
                    score += 4
                if kind == "vowel" and b[-1] == "ه" and b[-2] in NON_JOINING and k[1] >= 0:
                    score += 3  # «موزهای»: the plural of «موز» would look the same; «موزه‌ای» is the news
                if score > best_score:
                    best, best_score = glue(k[0], suf), score
        if best == s:
            best = None  # the best reading needs no ZWNJ
        if verb is not None and 5 > best_score:
            best, best_score = verb + ZWNJ + s[len(verb):], 5
        if best is None:
            if self._known_with_ending(s):
                return None  # «بیدارم» is «بیدار» + «م», not «بی» + «دارم»
            headed = self._headed(s)
            if headed is not None:
                return headed
            for pl in self.lead_lengths:
                if n - pl >= 3 and s[:pl] in self.leads:
                    k = self.known(s[pl:])
                    if k is not None:
                        return s[:pl] + ZWNJ + k[0]  # «ضدانقلاب» -> «ضد‌انقلاب»
            return self._inflected_compound(s) or self._inflected_headed(s) or self._unknown_verb(s)
        return best

    def silent_h(self, base: str) -> bool:
        """Is the final ه of the known word ``base`` silent (a vowel), as the lexicon's spellings of it
        with an ending after a ZWNJ show («خانه‌ای», «نتیجه‌اش»)? «راه», «توجه» (a consonant ه) show none.

        >>> m = Morphology(vocab={"خانه": 5, "راه": 5}, forms={"خانهای": "خانه‌ای"}, verb_forms=set())
        >>> m.silent_h("خانه"), m.silent_h("راه")
        (True, False)
        """
        forms = self.forms
        return base[-1:] == "ه" and any(forms.get(base + e) == base + ZWNJ + e for e in SILENT_H_ENDINGS)

    def takes_possessive(self, base: str) -> bool:
        """Does the lexicon spell ``base`` with a noun's ending after a ZWNJ (:data:`POSSESSIVE_ENDINGS`:
        «نامه‌ها», «خانه‌اش», «زندگی‌شان»)? A word in ه/ی that shows none («مدعی», «امه») is no noun a glued
        «…ات» is «your …» of: «مدعیات» is the Arabic plural of «مدعی», written glued.

        >>> m = Morphology(vocab={"خانه": 5, "مدعی": 5}, forms={"خانهاش": "خانه‌اش"}, verb_forms=set())
        >>> m.takes_possessive("خانه"), m.takes_possessive("مدعی")
        (True, False)
        """
        forms = self.forms
        return any(forms.get(base + e) == base + ZWNJ + e for e in POSSESSIVE_ENDINGS)

    def _ezafe_after_h(self, s: str) -> str | None:
        """The unknown glued ``s`` read as a known word in a silent ه and its ezafe ی («هزینهی» ->
        «هزینه‌ی»), or None. Before the compound readings: «برندهی» is «برنده‌ی», not «برن» + «دهی».

        >>> Morphology(vocab={"هزینه": 5}, forms={"هزینهای": "هزینه‌ای"}, verb_forms=set()).parse(
        ...     "هزینهی") == "هزینه‌ی"
        True
        """
        base = s[:-1]
        if s[-1:] != EZAFE_AFTER_H or len(base) < 3 or base[-1] != "ه" or not self.silent_h(base):
            return None
        k = self.known(base)
        return None if k is None else glue(k[0], EZAFE_AFTER_H)

    def _known_with_ending(self, s: str) -> bool:
        """Is ``s`` a word the vocabulary knows glued, with a personal ending or a pronoun that glues to it
        («بیدارم», «همکلاسی», «سهیلی»)? Then a compound or a verb read into it is a misreading: the word
        stays whole as its base does.

        >>> Morphology(vocab={"بیدار": 5}, forms={}, verb_forms=set())._known_with_ending("بیدارم")
        True
        """
        for e in GLUED_ENDINGS:
            base = s[: len(s) - len(e)]
            if s.endswith(e) and len(base) >= 3 and base[-1] not in "هی" and base in self.vocab:
                return True
        return False

    def _unknown_verb(self, s: str) -> str | None:
        """«می»/«نمی» before a verb form the verb list lacks, a spoken or rare one («میتونیم», «نمیخواد»,
        «میگذرانیدند»), or None: an unknown word that opens with the prefix and ends in a personal ending
        no noun takes (not «ی»: «میگرنی», «میرفیضی»), with a stem of two to :data:`MAX_STEM` letters
        (not «میکروارگانیسم»). Only words
        nothing else reads get here (not a known word, no affix, no compound), and not a known word with the
        ending glued («میلادم»), nor a name in «میر» (the rest but its first letter a common word: «میرمحمد»).

        >>> Morphology(vocab={}, forms={}, verb_forms=set())._unknown_verb("میتونیم") == "می\u200cتونیم"
        True
        """
        for p in VERB_PREFIXES:
            if s.startswith(p):
                rest = s[len(p):]
                for e in VERB_ENDINGS:
                    if rest.endswith(e) and 2 <= len(rest) - len(e) <= MAX_STEM:
                        if s[: len(s) - len(e)] in self.vocab or self.vocab.get(rest[1:], 0) >= 3:
                            return None
                        return p + ZWNJ + rest
                return None
        return None

    def _headed(self, s: str) -> str | None:
        """A known word and a compound head glued: «تذکرهنویس» -> «تذکره‌نویس» (head «نویس»), or None."""
        n = len(s)
        for hl in self.head_lengths:
            if n - hl >= 2:
                h = s[n - hl:]
                if h in self.heads and s[n - hl - 1] not in NON_JOINING:
                    k = self.known(s[: n - hl])
                    if k is not None:
                        return k[0] + ZWNJ + h
        return None

    def _inflected_headed(self, s: str) -> str | None:
        """A known word and a compound head with an ending that glues to the head, the compound unknown
        to the lexicon: «تذکرهنویسان» -> «تذکره‌نویسان», «کوتهنگری», «ستمدیدگان» (the glued twin of
        :meth:`_headed` for the endings :meth:`_inflected_compound` reads after a known compound)."""
        n = len(s)
        for e in COMPOUND_ENDINGS:
            if n - len(e) >= 4 and s.endswith(e) and s[-len(e) - 1] not in "اوهی":
                f = self._headed(s[: n - len(e)])
                if f is not None:
                    return f + e
        for e in HEAD_ENDINGS_G:
            if n - len(e) >= 3 and s.endswith(e):
                f = self._headed(s[: n - len(e)] + "ه")
                if f is not None:
                    return f[:-1] + e
        return None

    def _inflected_compound(self, s: str) -> str | None:
        """A compound the lexicon knows, with an ending that glues to it: «محافظهکاران» -> «محافظه‌کاران»
        (the lexicon has «محافظه‌کار»), «راهحلی» -> «راه‌حلی», «بیاطلاعند» -> «بی‌اطلاعند» (a personal ending,
        not one that makes a verb form with the last part: «نگهدارند»). Not a base whose ZWNJ is at an affix
        («کتاب‌ها» + «ی» is the plural's «های»)."""
        n = len(s)
        for e in COMPOUND_ENDINGS + COMPOUND_PERSONAL:
            if n - len(e) >= 4 and s.endswith(e) and s[-len(e) - 1] not in "اوهی":
                f = self.forms.get(s[: n - len(e)])
                if f is not None and self._compound_form(f) and (
                        e in COMPOUND_ENDINGS or f.rsplit(ZWNJ, 1)[1] + e not in self.verb_forms):
                    return f + e
        for e in HEAD_ENDINGS_G:
            if n - len(e) >= 3 and s.endswith(e):
                f = self.forms.get(s[: n - len(e)] + "ه")
                if f is not None and self._compound_form(f):
                    return f[:-1] + e
        return None

    def _compound_form(self, form: str) -> bool:
        """Is ``form`` a compound: a ZWNJ inside, none at an affix («محافظه‌کار», not «کتاب‌ها», «می‌رو»)?"""
        if ZWNJ not in form:
            return False
        parts = form.split(ZWNJ)
        if parts[0] in self.verb_prefixes:
            return False
        return not any(p in self.bound or p in self.vowel_bound for p in parts[1:])

    def _numeral_compound(self, b: str) -> bool:
        """Is the unknown ``b`` a numeral glued to a noun in ه the vocabulary knows («دودرجه»: «دو» +
        «درجه»), of :data:`MIN_MEASURE` letters or more?

        >>> m = Morphology(vocab={"درجه": 5}, forms={}, verb_forms=set())
        >>> m._numeral_compound("دودرجه"), m._numeral_compound("دودرج"), m._numeral_compound("درجه")
        (True, False, False)
        """
        if b[-1:] != "ه":
            return False
        for n in _NUMERAL_LENGTHS:
            rest = b[n:]
            if len(rest) >= MIN_MEASURE and b[:n] in NUMERALS and rest in self.vocab:
                return True
        return False

    def _known_tail(self, w: str, shortest: int = 4) -> bool:
        """Does ``w`` end in a known word of ``shortest`` letters or more («دومرحله» in «مرحله»)?"""
        for i in range(1, len(w) - shortest + 1):
            if w[i:] in self.vocab:
                return True
        return False

    def verbal(self, b: str) -> int:
        """1 if ``b`` is a past participle («شده», «گرفته»), 2 an infinitive («شدن», «کردن»), else 0.

        >>> Morphology(vocab={}, forms={}, verb_forms={"شد", "شدند"}).verbal("شدن")
        2
        """
        # a past stem: «شد» with «شدند»; «کننده» is not «کنند» + ه (an agent noun, present stem + نده)
        if len(b) >= 4 and b[0] == "ن" and b[1:] in self.verb_forms:
            b = b[1:]  # negative: «نشده», «نکردن»
        if len(b) >= 3 and b[-2] in "دت" and b[:-1] in self.verb_forms and b[:-1] + "ند" in self.verb_forms:
            if b[-1] == "ه":
                return 1
            if b[-1] == "ن":
                return 2
        return 0

    def rule_joins(self, a: str, b: str) -> bool:
        """Do the affix rules join the spaced pair «a b»? (the lexicon may overrule them)

        >>> m = Morphology(vocab={}, forms={}, verb_forms=set())
        >>> m.rule_joins("اقدام", "های"), m.rule_joins("می", "شود"), m.rule_joins("به", "ما")
        (True, True, False)
        """
        if b in self.bound:
            return True
        if b in self.vowel_bound and a[-1] in "هی":
            return True
        if b in COMPARATIVE_INDEFINITE and self.adjectives and a in self.adjectives and "ترین" in self.bound:
            return True  # «دقیق تری» -> «دقیق‌تری»; «تری» alone is a word too, so only after an adjective
        if a == "بی":  # the privative prefix: «بی شک» -> «بی‌شک» (not «بی بی سی», «بی آنکه»)
            return b not in ("بی", "سی", "آنکه", "آنچه") and b not in FUNCTION_WORDS
        return a in self.verb_prefixes
