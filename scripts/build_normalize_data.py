#!/usr/bin/env python3
"""Build the compact ZWNJ resources of palayesh from the shared lexicons and news corpus.

    python scripts/build_normalize_data.py [SHARED_DATA_DIR]   # default: ../shared/data

Reads only ``lexicon/`` (hazm and shekar word lists, MIT) and ``corpora/news-dev.jsonl.gz``
(Apache-2.0). ``zwnj-dev/`` is for measuring and is never read here.

Writes ``src/palayesh/data/zwnj-resources.tsv.gz``: one record a line, ``KIND<TAB>...``:

- ``F  skeleton  form  n``     a glued word (ZWNJ removed) -> the spelling to restore (with ZWNJ);
                               n: 2 sure, 1 seen in the news, 0 only in the word lists
- ``V  word ...``              known words written without ZWNJ (kept as they are), space-separated
- ``M  a  b  n``               "a b" written with a space is a half-space compound: join it;
                               n: 2 sure, 1 likely, 0 only in the word lists
- ``K  a  b``                  "a b" stays two words even though a rule would join it
- ``S  form ...``              verb forms usable after the prefix می/نمی
- ``A  word ...``              adjectives (hazm's AJ), the bases of تر/ترین
- ``H  head  ratio``           a productive second part written after ZWNJ (compounds)
- ``L  lead  ratio``           a productive first part written before ZWNJ (compounds)
- ``B  head ...``              bound compound heads: a space before them is a lost half-space
- ``T  suffix  zwnj|join``     how the corpus writes a suffix after a joining letter (e.g. تر)
- ``C  <word|>word  llr``      a neighbour before (<) or after (>) a glued «…های» and how much it
                               speaks for «…ه‌ای» over «…‌های» (log-likelihood ratio x 100; # = edge)
"""
from __future__ import annotations

import argparse
import gzip
import io
import json
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

import regex

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from palayesh.normalize.chars import CharNormalizer  # noqa: E402
from palayesh.normalize.morph import (  # noqa: E402
    COMPARATIVE_SUFFIXES,
    FUNCTION_WORDS,
    NON_JOINING,
    PLURAL_SUFFIXES,
    PREVERBS,
    VERB_PREFIXES,
    VOWEL_SUFFIXES,
    ZWNJ,
    Morphology,
    canonical,
    spoken_forms,
    verb_forms,
)
from palayesh.normalize.options import NormalizeOptions  # noqa: E402
from palayesh.normalize.zwnj import NUMBER  # noqa: E402

OUT = REPO / "src" / "palayesh" / "data" / "zwnj-resources.tsv.gz"

# (?V1): set operations; an Arabic-script letter is [\p{Arabic}&&\p{L}]
WORD_RE = regex.compile(r"(?V1)[\p{Arabic}&&\p{L}]+(?:\u200c[\p{Arabic}&&\p{L}]+)*")
LETTERS_RE = regex.compile(r"(?V1)[[\p{Arabic}&&\p{L}]\u200c]+")
TOKEN_RE = regex.compile(r"(?V1)[[\p{Arabic}&&\p{L}]\u200c]+|\S")

#: weights of the evidence kinds (in corpus-occurrence units)
W_HAZM_LISTED = 0.5  # a word listed by hazm with frequency 0
W_SHEKAR = 3.0  # a compound in shekar's list (all are written with ZWNJ)
W_SPACED = 0.7
MAX_SLOPPY_SHARE = 0.05  # a careful article has at most this many sloppy spellings per half-space
W_CAREFUL = 2.0  # extra weight of a word written by a careful writer
W_CAREFUL_SPACE = 1.0  # a careful writer's space between two words
W_SLOPPY_SPACE = 0.15  # a sloppy writer's space between two words
ALPHA_AFFIX = 0.45  # a half-space spelling at an affix wins with this share of the glued evidence
ALPHA_COMPOUND = 1.5  # a compound's half-space spelling needs this multiple of the glued evidence
BETA = 1.5  # a spaced pair joins when half-space evidence exceeds BETA x spaced evidence
STRONG = 4.0  # evidence ratio that makes a decision safe even in text that already has ZWNJs
MIN_ZWNJ_EVIDENCE = 1.5  # at least this much evidence for a half-space spelling
MIN_HEAD_KINDS = 10  # a compound head must follow this many different known words
MIN_HEAD_RATIO = 0.85  # ... and be written after ZWNJ in this share of them
MIN_COMPOUND_SEEN = 1  # news sightings a compound's half-space spelling needs
FREE_PAIR_SHARE = 0.5  # two free words join only if the news writes them with ZWNJ this often per space
MAX_BOUND_FREE = 0.02  # a bound head follows a function word or a phrase edge in at most this share
MIN_BOUND_SEEN = 5  # ... of at least this many sightings
MIN_BOUND_KINDS = 10  # and follows at least this many different words in compounds
#: affixes the morphology handles itself; they are not compound heads
AFFIXES = {"اند", "ایم", "اید", "ام", "ات", "اش", "ای", "ها", "های", "هایی", "هایش", "هایم", "هایت", "هایشان",
           "هایمان", "هایتان", "هاست", "تر", "ترین", "تری"}
#: glued sightings needed to keep a glued word that the affix rules would split
MIN_GLUED_AGAINST_RULES = 4.0
#: news sightings of a glued compound that keep it from being a sure split when they outnumber its
#: half-space spelling (1 and 2 score alike on the folds; 1 is better on the news paragraphs)
MIN_GLUED_USAGE = 1
#: a present stem has spoken forms (:func:`spoken_forms`: «می‌شه», «نمی‌تونیم») when the news writes its «می/نمی»
#: forms this often: the everyday verbs, not a rare stem whose spoken shape is another word
MIN_SPOKEN_STEM = 20
  # "a b" with a space counts for "a‌b" when the question is glued vs half-space


#: words that never stand alone: a writer who leaves them apart types spaces for half-spaces
SLOPPY_ALONE = {"می", "نمی", "ها", "های", "هایی", "ترین"}


def corpus_articles(path: Path):
    """The texts (title, abstract, paragraphs) of each article of a news JSONL.gz."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            texts = [rec[k] for k in ("title", "abstract") if rec.get(k)]
            texts += [p for p in rec.get("paragraphs") or [] if p]
            yield texts


AFFIX_FIRST = set(VERB_PREFIXES) | {pv + p for pv in PREVERBS for p in VERB_PREFIXES}
AFFIX_LAST = {s for s, _ in PLURAL_SUFFIXES + VOWEL_SUFFIXES + COMPARATIVE_SUFFIXES}


def affix_boundary(form: str) -> bool:
    """Is the (first or last) ZWNJ of ``form`` an affix boundary: «می‌روند», «برنامه‌های»?"""
    parts = form.split(ZWNJ)
    return parts[0] in AFFIX_FIRST or parts[-1] in AFFIX_LAST


#: endings that read two ways when glued: «زمینهای» = «زمین‌های» (plural) or «زمینه‌ای» (indefinite)
PLURAL_ENDINGS = ("های", "هایم")
#: a neighbour tells the reading when seen this often next to either (log-likelihood ratio table)
MIN_CTX_SEEN = 8
MIN_CTX_LLR = 0.3


def plural_reading(word: str):
    """True for a written «X‌های(م)», False for «Xه‌ای(م)», None for any other word."""
    for e in PLURAL_ENDINGS:
        if word.endswith(ZWNJ + e) and len(word) > len(e) + 2:
            return True
        if word.endswith("ه" + ZWNJ + e[1:]) and len(word) > len(e) + 2:
            return False
    return None


def after_preverb(skel: str, evidence) -> bool:
    """Is the glued word ``skel`` a preverb (or the preposition «در», «بر») glued to a word the sources know
    well enough to keep it glued (``evidence(rest) >= MIN_GLUED_AGAINST_RULES``)? Such a word is that word
    after its preverb («دربیاید» = «در» + «بیاید», «درنهایت» = «در» + «نهایت»), and an affix split the
    morphology finds elsewhere in it reads a stem no one writes («دربی‌اید», «درن‌هایت»).

    >>> after_preverb("درنهایت", {"نهایت": 219.0}.get), after_preverb("درکهای", {"کهای": 0.0}.get)
    (True, False)
    """
    for pv in PREVERBS:
        rest = skel[len(pv):]
        if skel.startswith(pv) and len(rest) >= 3 and (evidence(rest) or 0.0) >= MIN_GLUED_AGAINST_RULES:
            return True
    return False


def context_llr(plural_ctx: Counter, indef_ctx: Counter) -> dict:
    """Neighbour -> log-likelihood ratio (x 100) of the indefinite reading over the plural one,
    pooled over all words (a neighbour such as «یک» or «است» speaks for every word)."""
    n_p, n_i = sum(plural_ctx.values()) or 1, sum(indef_ctx.values()) or 1
    out = {}
    for c in set(plural_ctx) | set(indef_ctx):
        a, b = indef_ctx.get(c, 0), plural_ctx.get(c, 0)
        if a + b < MIN_CTX_SEEN:
            continue
        llr = math.log((a + 0.5) / n_i) - math.log((b + 0.5) / n_p)
        if abs(llr) >= MIN_CTX_LLR:
            out[c] = int(round(llr * 100))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", nargs="?", default=str(REPO.parent / "shared" / "data"))
    ap.add_argument("-o", "--output", default=str(OUT))
    ap.add_argument("--explain", action="append", default=[], metavar="A,B",
                    help="print the evidence for joining the spaced pair «A B», or for splitting the glued word A "
                         "(repeatable)")
    args = ap.parse_args(argv)
    data = Path(args.data)
    chars = CharNormalizer(NormalizeOptions(digits="keep"))

    # -- lexicons
    lex = data / "lexicon"
    hazm: dict[str, int] = {}
    adjectives = set()  # hazm's AJ words: the only bases of تر/ترین the rules accept
    for line in (lex / "hazm-words.dat").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0]:
            w = canonical(chars.normalize(parts[0])[0])
            hazm[w] = max(hazm.get(w, 0), int(parts[1] or 0))
            if len(parts) >= 3 and "AJ" in parts[2].split(","):
                adjectives.add(w)
    shekar = set()
    for line in (lex / "shekar-compound_words.csv").read_text(encoding="utf-8").splitlines():
        w = canonical(chars.normalize(line.strip().strip(","))[0])
        if ZWNJ in w:
            shekar.add(w)
    stems_present, stems_past = set(), set()
    for line in (lex / "hazm-verbs.dat").read_text(encoding="utf-8").splitlines():
        if "#" in line:
            past, present = line.split("#", 1)
            past, present = past.strip(), present.strip()
            if ZWNJ in past:
                continue  # an entry with its prefix («می‌راند#میران») would make «میرانند» a stem form
            if past:
                stems_past.add(past)
            if present:
                stems_present.add(present)
    for line in (lex / "shekar-verbs.csv").read_text(encoding="utf-8").splitlines():
        parts = [p.strip() for p in line.split(",")]
        if len(parts) >= 2:
            if parts[0]:
                stems_present.add(parts[0])
            if parts[1]:
                stems_past.add(parts[1])

    # -- corpus counts: words as written, and words written apart by one space; once over all
    # articles and once over the careful ones (writers who never leave a bound affix apart or a
    # می glued to its verb: their spaces are real spaces and their half-spaces real half-spaces)
    vforms_all = verb_forms(stems_present, stems_past)
    words: Counter = Counter()
    spaced: Counter = Counter()
    words_c: Counter = Counter()
    spaced_c: Counter = Counter()
    n_tokens = n_careful = n_docs = 0
    # neighbours of the words whose ZWNJ tells «…‌های» (plural) from «…ه‌ای» (indefinite)
    plural_ctx: Counter = Counter()
    indef_ctx: Counter = Counter()
    # words seen right after a function word or at a phrase edge («این خانه», «، کننده»): a second part
    # never seen there does not stand alone
    free_after: Counter = Counter()
    for texts in corpus_articles(data / "corpora" / "news-dev.jsonl.gz"):
        doc_words: Counter = Counter()
        doc_spaced: Counter = Counter()
        for text in texts:
            text = chars.normalize(text)[0]
            for line in text.split("\n"):
                prev = None
                pos = 0
                # the line's words without ZWNJ; "#" a line edge or punctuation, NUMBER a digit (a number is no edge)
                toks = ["#"]
                readings = []  # (index in toks, plural?) of the words with a telling ZWNJ
                for m in TOKEN_RE.finditer(line):
                    t = m.group().strip(ZWNJ)
                    if not t or not WORD_RE.fullmatch(t):
                        prev = None
                        toks.append(NUMBER if t[:1].isdigit() else "#")
                        continue
                    t = canonical(t)
                    doc_words[t] += 1
                    reading = plural_reading(t)
                    if reading is not None:
                        readings.append((len(toks), reading))
                    toks.append(t.replace(ZWNJ, ""))
                    if prev is not None and line[pos:m.start()] == " ":
                        doc_spaced[(prev.replace(ZWNJ, ""), t.replace(ZWNJ, ""))] += 1
                    prev = t
                    pos = m.end()
                toks.append("#")
                for i in range(1, len(toks) - 1):
                    if toks[i - 1] in ("#", NUMBER) or toks[i - 1] in FUNCTION_WORDS:
                        free_after[toks[i]] += 1
                for i, plural in readings:
                    ctx = plural_ctx if plural else indef_ctx
                    ctx["<" + toks[i - 1]] += 1
                    ctx[">" + toks[i + 1]] += 1
        n_docs += 1
        n_tokens += sum(doc_words.values())
        words.update(doc_words)
        spaced.update(doc_spaced)
        sloppy = sum(c for w, c in doc_words.items() if w in SLOPPY_ALONE or (
            w[:2] == "می" and (w[2:] in vforms_all or w[3:] in vforms_all)))
        n_zwnj = sum(c for w, c in doc_words.items() if ZWNJ in w)
        if n_zwnj >= 1 and sloppy <= MAX_SLOPPY_SHARE * n_zwnj:
            n_careful += 1
            words_c.update(doc_words)
            spaced_c.update(doc_spaced)
    print(f"corpus: {n_docs} articles ({n_careful} careful), {n_tokens} tokens, {len(words)} types, "
          f"{len(spaced)} spaced pairs", file=sys.stderr)

    # hazm frequencies are on another scale: bring them to corpus-occurrence units
    hazm_total = sum(hazm.values())
    scale = n_tokens / hazm_total if hazm_total else 0.0

    def evidence(w: str) -> float:
        e = words.get(w, 0) + W_CAREFUL * words_c.get(w, 0)
        if w in hazm:
            e += hazm[w] * scale if hazm[w] else W_HAZM_LISTED
        if w in shekar:
            # shekar lists compounds; an inflected form in it («زبانه‌ای») counts like a bare listing
            e += W_HAZM_LISTED if affix_boundary(w) else W_SHEKAR
        return e

    # -- every spelling of every skeleton
    variants: dict[str, set] = defaultdict(set)
    for w in list(words) + list(hazm) + list(shekar):
        if LETTERS_RE.fullmatch(w):
            variants[w.replace(ZWNJ, "")].add(w)

    for w in args.explain:
        if "," not in w:
            print(f"explain «{w}»: glued {evidence(w):.2f} (news {words.get(w, 0)}, hazm {hazm.get(w)}); " + ", ".join(
                f"«{v}» {evidence(v):.2f} (news {words.get(v, 0)}, hazm {hazm.get(v)}, shekar {v in shekar})"
                for v in sorted(variants.get(w, ())) if v != w), file=sys.stderr)
    forms = {}  # skeleton -> (half-space spelling to restore, strong?)
    vocab = {}  # words that are fine glued -> frequency class
    for skel, vs in variants.items():
        best, best_e = None, -1.0
        joined_e = evidence(skel)
        for v in sorted(vs, key=lambda v: (-v.count(ZWNJ), v)):  # ties: the fuller spelling, then a fixed order
            if v == skel:
                continue
            e = evidence(v)
            # the same word written apart: "می شود" tells that "میشود" hides a boundary
            parts = v.split(ZWNJ)
            if len(parts) == 2:
                e += W_SPACED * spaced.get((parts[0], parts[1].replace(ZWNJ, "")), 0)
            if e > best_e:
                best, best_e = v, e
        # gluing by accident is common, typing a ZWNJ by accident is not: a half-space spelling
        # at an affix wins with a fraction of the glued sightings; a compound needs a majority
        alpha = ALPHA_AFFIX if best is not None and affix_boundary(best) else ALPHA_COMPOUND
        if best is not None and best_e >= MIN_ZWNJ_EVIDENCE and best_e >= alpha * joined_e:
            # strength: 2 sure, 1 seen in the news, 0 a compound only the word lists spell so
            # (a compound no news writer glues either is as good as seen)
            seen = affix_boundary(best) or words.get(best, 0) >= MIN_COMPOUND_SEEN or not words.get(skel)
            # a compound the news itself glues more often than it writes with ZWNJ («نگهداری» 24 to 0)
            # is never sure, however much the word lists' frequencies weigh for the half-space
            glued_usage = not affix_boundary(best) and words.get(skel, 0) >= MIN_GLUED_USAGE and \
                words.get(skel, 0) > words.get(best, 0)
            sure = best_e >= STRONG * max(joined_e, 1.0) and not glued_usage
            forms[skel] = (best, 2 if sure else int(seen))
        elif (joined_e >= 1.0 or hazm.get(skel)) and LETTERS_RE.fullmatch(skel):
            vocab[skel] = min(9, int(math.log2(joined_e + 1)))
    print(f"forms: {len(forms)} ({sum(1 for _, n in forms.values() if n == 2)} sure, "
          f"{sum(1 for _, n in forms.values() if n == 0)} only listed), vocab: {len(vocab)}", file=sys.stderr)

    # -- how Persian writes تر/ترین after a joining letter: by kinds of words, not by tokens (a few
    # lexicalized words such as «بیشتر» would outvote everything else)
    suffix_way = {}
    for suf in ("تر", "ترین"):
        z = j = 0
        for w in words:
            if w.endswith(ZWNJ + suf) and w[:-len(suf) - 1] in vocab:
                z += 1
            elif (w.endswith(suf) and len(w) > len(suf) + 1 and w[-len(suf) - 1] not in NON_JOINING
                  and w[:-len(suf)] in vocab):
                j += 1
        suffix_way[suf] = "zwnj" if z > j else "join"
        print(f"suffix {suf}: {z} kinds with ZWNJ, {j} glued", file=sys.stderr)

    # -- productive heads: the part after the last ZWNJ, over many different first parts
    pair_z_keys = set()  # (first, second) parts of every half-space word of the corpus
    for w in words:
        if ZWNJ in w:
            first, _, second = w.rpartition(ZWNJ)
            pair_z_keys.add((first.replace(ZWNJ, ""), second))
    head_types: Counter = Counter()
    known = set(vocab) | set(forms)
    for w in set(words) | shekar | {w for w in hazm if ZWNJ in w}:
        if ZWNJ in w:
            first, _, head = w.rpartition(ZWNJ)
            if len(head) >= 3 and head not in AFFIXES and first.replace(ZWNJ, "") in known:
                head_types[head] += 1
    heads = {}
    for h, n in head_types.items():
        if n < MIN_HEAD_KINDS:
            continue
        # how often h is glued to a known first part instead
        glued = sum(1 for w in words if w.endswith(h) and len(w) > len(h) + 1 and w[:-len(h)] in vocab
                    and w[-len(h) - 1] not in NON_JOINING)
        ratio = n / (n + glued)
        if ratio >= MIN_HEAD_RATIO:
            heads[h] = round(ratio, 3)
    print(f"heads: {len(heads)}: {' '.join(sorted(heads))}", file=sys.stderr)

    # -- productive first parts («ضد», «هم», «پیش»): the part before the first ZWNJ, same test
    lead_types: Counter = Counter()
    for w in set(words) | shekar | {w for w in hazm if ZWNJ in w}:
        if ZWNJ in w:
            lead, _, rest = w.partition(ZWNJ)
            if len(lead) >= 2 and lead not in AFFIX_FIRST and lead[-1] not in NON_JOINING and \
                    rest.replace(ZWNJ, "") in known:
                lead_types[lead] += 1
    leads = {}
    for p, n in lead_types.items():
        if n < MIN_HEAD_KINDS:
            continue
        glued = sum(1 for w in words if w.startswith(p) and len(w) > len(p) + 1 and w[len(p):] in vocab)
        ratio = n / (n + glued)
        if ratio >= MIN_HEAD_RATIO:
            leads[p] = round(ratio, 3)
    print(f"leads: {len(leads)}: {' '.join(sorted(leads))}", file=sys.stderr)

    # -- bound heads: compound second parts that hardly ever stand alone («سازی», «گذاری»): a space
    # before one of them is a lost half-space
    # A head is bound when it is hardly ever seen after a function word or at a phrase edge, where
    # a free word often stands («این خانه», «در نظر»); verbs are not heads (a light verb follows a noun
    # too: «کمک کرده»), agent nouns are («کمک کننده»)
    bound_heads = set()
    vmorph = Morphology(vocab={}, forms={}, verb_forms=vforms_all)
    for h, n in head_types.items():
        if n < MIN_BOUND_KINDS or h in FUNCTION_WORDS or vmorph.verbal(h):
            continue
        attached = sum(c for w, c in words.items() if w.endswith(ZWNJ + h))
        seen = words.get(h, 0) + attached
        if seen >= MIN_BOUND_SEEN and free_after.get(h, 0) <= MAX_BOUND_FREE * seen:
            bound_heads.add(h)
    print(f"bound heads: {len(bound_heads)}: {' '.join(sorted(bound_heads))}", file=sys.stderr)

    # -- a rare glued word that the affix rules split (می + verb, noun + ها) is most likely a
    # lost ZWNJ: the corpus glues by accident, so a few glued sightings do not make it a word
    vforms = vforms_all
    plain_forms = {k: v for k, (v, _) in forms.items()}
    adjectives = {w.replace(ZWNJ, "") for w in adjectives}
    # hazm tags few relational adjectives («اقتصادی», «اصلی» have no tags): a word the news writes
    # before «‌تر»/«‌ترین», and a word in ی whose base is a word, are adjectives too
    adjectives |= {w[: w.rindex(ZWNJ)].replace(ZWNJ, "") for w in words
                   if w.endswith((ZWNJ + "تر", ZWNJ + "ترین", ZWNJ + "تری"))}
    adjectives |= {w for w in vocab if len(w) >= 4 and w[-1] == "ی" and w[-2] not in "اوی" and w[:-1] in vocab}
    adjectives = {w for w in adjectives if w in vocab or w in forms}
    morph = Morphology(vocab=vocab, forms=plain_forms, verb_forms=vforms, heads={}, suffix_way=suffix_way,
                       adjectives=adjectives)
    moved = []
    for skel in sorted(vocab):
        if evidence(skel) < MIN_GLUED_AGAINST_RULES and not hazm.get(skel) and not after_preverb(skel, evidence):
            p = morph.parse(skel)
            if p is not None and p != skel:
                moved.append((skel, p))
    for skel, p in moved:
        del vocab[skel]
        forms[skel] = (p, 1)
    print(f"rare glued words split by the rules: {len(moved)}, e.g. {moved[:: max(1, len(moved) // 12)]}",
          file=sys.stderr)

    # -- spoken verbs after می/نمی («میشه», «نمیتونیم», «برمیگرده»): both treebanks and careful writers type
    # the ZWNJ of «می» before every verb, the spoken ones too, but the news glues them and its glued
    # sightings made them words. A common stem's spoken forms are verbs: restore them as surely as a
    # written one; with a preverb («برمی») only a word the news or the word lists show; never a glued word
    # that is a written verb form of another stem
    uses: Counter = Counter()
    for stem in stems_present:
        uses[stem] = sum(words.get(p + ZWNJ + stem + e, 0) + words.get(p + stem + e, 0)
                         for p in VERB_PREFIXES for e in ("م", "ی", "د", "یم", "ید", "ند"))
    spoken = spoken_forms({s for s, n in uses.items() if n >= MIN_SPOKEN_STEM}) - vforms_all
    spoken_moved = []
    for f in sorted(spoken):
        for p in sorted(AFFIX_FIRST):
            skel = p + f
            if skel in forms or skel in vforms_all or skel[:1] == "ن" and skel[1:] in vforms_all or hazm.get(skel) \
                    or (p not in VERB_PREFIXES and skel not in vocab):
                continue  # (a written verb form: «میرند» is «میر» + «ند», «نمیرد» «ن» + «میرد», not «می/نمی» + «رد»)
            if skel in vocab:
                spoken_moved.append(skel)
                del vocab[skel]
            forms[skel] = (p + ZWNJ + f, 2)
    print(f"spoken verb forms: {len(spoken)} after {sum(1 for n in uses.values() if n >= MIN_SPOKEN_STEM)} stems; "
          f"glued words read as such: {len(spoken_moved)}: {' '.join(spoken_moved)}", file=sys.stderr)

    # -- spaced pairs: join "a b" when the half-space spelling clearly dominates; a space typed by
    # a careful writer is a real space, one typed by a sloppy writer says little
    pair_z: Counter = Counter()
    for w in set(words) | shekar:
        if ZWNJ in w:
            parts = w.split(ZWNJ)
            e = evidence(w)
            for i in range(1, len(parts)):
                pair_z[("".join(parts[:i]), "".join(parts[i:]))] += e
    # pairs with a function word («این که», «به سادگی», «هیچ کس») are a matter of house style and
    # the standard writes them apart: join them only when the other part never stands alone
    # («بین المللی» is not one of them: بین is not in FUNCTION_WORDS, and المللی never stands alone)
    def standalone(a: str, b: str) -> bool:
        """Does ``b`` stand alone, other than right after ``a``?"""
        return bool(hazm.get(b)) or words_c.get(b, 0) - spaced_c.get((a, b), 0) >= 2

    for ab in (x for x in args.explain if "," in x):
        a, _, b = ab.partition(",")
        print(f"explain «{a} {b}»: half-space evidence {pair_z.get((a, b), 0):.2f} (news {words.get(a + ZWNJ + b, 0)}, "
              f"careful {words_c.get(a + ZWNJ + b, 0)}), spaced by careful writers "
              f"{spaced_c.get((a, b), 0)}, by all {spaced.get((a, b), 0)}, in hazm {(a + ZWNJ + b) in hazm}, "
              f"standalone {standalone(a, b)}/{standalone(b, a)}", file=sys.stderr)
    merge = {}  # (a, b) -> 2 sure, 1 likely, 0 only the word lists write it with ZWNJ
    for (a, b), ez in pair_z.items():
        if (a in FUNCTION_WORDS and standalone(a, b)) or (b in FUNCTION_WORDS and standalone(b, a)):
            continue
        es = W_CAREFUL_SPACE * spaced_c.get((a, b), 0) + W_SLOPPY_SPACE * (
            spaced.get((a, b), 0) - spaced_c.get((a, b), 0))
        if ez >= MIN_ZWNJ_EVIDENCE and ez > BETA * es:
            strength = 2 if ez >= STRONG * max(es, 1.0) else 1
            if (a + ZWNJ + b) not in hazm and standalone(a, b) and standalone(b, a) and \
                    words.get(a + ZWNJ + b, 0) < FREE_PAIR_SHARE * spaced.get((a, b), 0):
                # two free words the news mostly writes apart and hazm does not list as one: a phrase
                # («حقوق بشر», «نفت خام»), not a lost half-space («تربیت‌بدنی», «حقیقت‌پور»)
                continue
            merge[(a, b)] = strength
    # compounds the word lists write with ZWNJ, unseen in the news (used only where the writer
    # clearly types spaces for half-spaces)
    for w in {w for w in hazm if ZWNJ in w} | shekar:
        parts = w.split(ZWNJ)
        if len(parts) != 2 or not LETTERS_RE.fullmatch(w):
            continue
        a, b = parts
        if (a, b) in merge or a in FUNCTION_WORDS or b in FUNCTION_WORDS:
            continue
        if spaced_c.get((a, b), 0) == 0 and spaced.get((a, b), 0) <= 2:
            merge[(a, b)] = 0
    # no pair is kept apart against the affix rules: in the corpus «ضربه ای» is the sloppy spelling
    # of «ضربه‌ای», even by otherwise careful writers
    keep: set = set()
    print(f"merge pairs: {len(merge)} ({sum(1 for n in merge.values() if n == 2)} sure, "
          f"{sum(1 for n in merge.values() if n == 0)} only listed), keep pairs: {len(keep)}",
          file=sys.stderr)

    ctx_llr = context_llr(plural_ctx, indef_ctx)
    print(f"context of «…‌های» / «…ه‌ای»: {sum(plural_ctx.values()) // 2} / {sum(indef_ctx.values()) // 2} "
          f"sightings, {len(ctx_llr)} telling neighbours", file=sys.stderr)

    out = Path(args.output)
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as gz, \
            io.TextIOWrapper(gz, encoding="utf-8", newline="\n") as f:  # mtime=0: the same data, the same bytes
        f.write("# palayesh ZWNJ resources, built by scripts/build_normalize_data.py; see NOTICE-normalize.md\n")
        for skel in sorted(forms):
            form, strength = forms[skel]
            f.write(f"F\t{skel}\t{form}\t{strength}\n")
        for a, b in sorted(merge):
            f.write(f"M\t{a}\t{b}\t{merge[(a, b)]}\n")
        for a, b in sorted(keep):
            f.write(f"K\t{a}\t{b}\n")
        for h in sorted(heads):
            f.write(f"H\t{h}\t{heads[h]}\n")
        for p in sorted(leads):
            f.write(f"L\t{p}\t{leads[p]}\n")
        f.write("B\t" + " ".join(sorted(bound_heads)) + "\n")
        for s in sorted(suffix_way):
            f.write(f"T\t{s}\t{suffix_way[s]}\n")
        for b in range(10):
            f.write(f"V{b}\t" + " ".join(sorted(w for w, c in vocab.items() if c == b)) + "\n")
        f.write("S\t" + " ".join(sorted(vforms)) + "\n")
        f.write("A\t" + " ".join(sorted(adjectives)) + "\n")
        for c in sorted(ctx_llr):
            f.write(f"C\t{c}\t{ctx_llr[c]}\n")
    print(f"wrote {out} ({out.stat().st_size} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
