"""A document's own convention for glued affixes (``normalize/convention.py``)."""
from __future__ import annotations

import subprocess
import sys

from palayesh.normalize import Normalizer

Z = "\u200c"


def z(s: str) -> str:
    return s.replace("|", Z)


#: a writer who types «می‌» and glues the plural (the Seraji/UPDT convention), line by line
GLUING_WRITER = [z(s) for s in (
    "ارزشهای ما را می|شناسند .",
    "کتابهای تازه را می|خوانند .",
    "آدمهای خوب می|آیند .",
    "فرهنگهای کهن می|مانند .",
    "درختهای بلند می|رویند .",
)]
#: a later line without a ZWNJ: alone, it reads as a line that lost its ZWNJs
LATER = "سنگهای سخت را بردند ."
RESTORED = z("سنگ|های سخت را بردند .")


def test_a_document_that_glues_the_plural_on_purpose_keeps_it_glued():
    norm = Normalizer(stream=True)
    for line in GLUING_WRITER:
        norm.normalize(line)
    assert norm.normalize(LATER) == LATER
    # the same line in a document of its own is read as one that lost its ZWNJs
    assert Normalizer().normalize(LATER) == RESTORED


def test_the_convention_is_learned_from_spaced_half_spaces_too():
    norm = Normalizer(stream=True)
    for line in GLUING_WRITER:
        norm.normalize(line.replace(Z, " "))  # «می شناسند»: a space typed for the ZWNJ
    assert norm.normalize(LATER) == LATER


def test_a_document_that_lost_its_half_spaces_is_restored_throughout():
    norm = Normalizer(stream=True)
    for line in GLUING_WRITER:
        norm.normalize(line.replace(Z, ""))  # «میشناسند»: the ZWNJs were lost, not left out
    assert norm.normalize(LATER) == RESTORED


def test_a_writer_who_lost_some_half_spaces_after_mi_is_restored():
    norm = Normalizer(stream=True)
    for k, line in enumerate(GLUING_WRITER * 2):
        norm.normalize(line.replace(Z, "") if k % 2 else line)
    assert norm.normalize(LATER) == RESTORED


def test_a_document_that_glues_the_plural_writes_acronyms_apart():
    # Seraji's convention (updt-train: «بی بی سی» apart); the PerDT side's word lists join them
    acronym = "خبرگزاری بی بی سی گزارش داد ."
    norm = Normalizer(stream=True)
    assert norm.normalize(acronym) == z("خبرگزاری بی|بی|سی گزارش داد .")
    for line in GLUING_WRITER:
        norm.normalize(line.replace(Z, " "))
    assert norm.normalize(acronym) == acronym
    careful = Normalizer(stream=True)  # a writer who types the plural's half-space ...
    for line in GLUING_WRITER:
        careful.normalize(line.replace("های", Z + "های").replace("هاي", Z + "های"))
    # ... types no space for a half-space either: their «بی بی سی» is written apart on purpose
    # (see test_a_document_that_types_no_spaces_for_half_spaces_keeps_its_spaces)
    assert careful.normalize(acronym) == acronym


#: a spaced compound a rule joins (a bound head, a lexicon pair, an acronym), alone -> as restored
SPACED_COMPOUNDS = [
    ("تصمیم گیری مهم بود .", "تصمیم|گیری مهم بود ."),  # a bound head
    ("برنامه ریزی کردند .", "برنامه|ریزی کردند ."),  # a bound head
    ("خبرگزاری بی بی سی گزارش داد .", "خبرگزاری بی|بی|سی گزارش داد ."),  # an acronym spelled out
]


def test_a_document_that_types_no_spaces_for_half_spaces_keeps_its_spaces():
    # a document that lost its ZWNJs («میشناسند», «ارزشهای»: DocConvention.sign "N") never typed a
    # space for one: its spaces are its writer's (updt-train writes «تصمیم گیری», «بی بی سی» apart),
    # where a line alone, or from a writer who types spaces, may have lost them
    for line, alone in SPACED_COMPOUNDS:
        assert Normalizer().normalize(line) == z(alone)
        lost = Normalizer(stream=True)
        for written in GLUING_WRITER:
            lost.normalize(written.replace(Z, ""))
        assert lost.normalize(line) == line
        spacing = Normalizer(stream=True)  # «می شناسند»: a writer who types spaces for half-spaces
        for written in GLUING_WRITER:
            spacing.normalize(written.replace(Z, " ").replace("های", " های"))
        assert spacing.normalize(line) == z(alone)
    # the sure affix rules still join across a space there: «می» standing alone is a verb's prefix
    lost = Normalizer(stream=True)
    for written in GLUING_WRITER:
        lost.normalize(written.replace(Z, ""))
    assert lost.normalize("آنها می روند .") == z("آنها می|روند .")


def _spacing_writer() -> Normalizer:
    """A document that has shown a writer who types spaces for half-spaces («می شناسند», «ارزش های»)."""
    norm = Normalizer(stream=True)
    for written in GLUING_WRITER:
        norm.normalize(written.replace(Z, " ").replace("های", " های"))
    return norm


def test_a_document_that_types_spaces_for_half_spaces_keeps_its_glued_words():
    # a writer who types «می شناسند», «ارزش های» (DocConvention.sign "D") glued «مهمترین» themselves:
    # spacing a text's ZWNJs never glues a word (updt-train glues «مهمترین», «بزرگترین»)
    line = "مهمترین کتاب ها اینجاست ."
    assert Normalizer().normalize(line) == z("مهم|ترین کتاب|ها اینجاست .")  # alone: a lost ZWNJ
    assert _spacing_writer().normalize(line) == z("مهمترین کتاب|ها اینجاست .")
    # only where a bound affix joins at a joining letter (the output's ZWNJ keeps a second pass from
    # splitting the word once the document's sign has faded): after «شهر» the join shows no ZWNJ
    assert _spacing_writer().normalize("بزرگترین شهر ها را دیدند .") == z("بزرگ|ترین شهرها را دیدند .")
    # nor a glued affix no careful writer leaves («دانشگاههای»: after ه)
    assert _spacing_writer().normalize("دانشگاههای بزرگ کتاب ها دارند .") == z(
        "دانشگاه|های بزرگ کتاب|ها دارند .")


def test_a_document_is_one_text_unless_streaming():
    norm = Normalizer()
    for line in GLUING_WRITER:
        norm.normalize(line)
    assert norm.normalize(LATER) == RESTORED  # nothing carried over
    doc = "\n".join(GLUING_WRITER + [LATER])
    assert norm.normalize(doc).split("\n")[-1] == LATER  # one text: one document
    assert norm.normalize(norm.normalize(doc)) == norm.normalize(doc)


def test_conventions_can_be_turned_off():
    doc = "\n".join(GLUING_WRITER + [LATER])
    assert Normalizer(conventions=False).normalize(doc).split("\n")[-1] == RESTORED


def test_the_cli_reads_stdin_as_one_document():
    doc = "\n".join(GLUING_WRITER + [LATER]) + "\n"
    out = subprocess.run([sys.executable, "-m", "palayesh", "normalize"], input=doc.encode(), capture_output=True,
                         check=True).stdout.decode()
    assert out.split("\n")[-2] == LATER


def test_the_older_spelling_of_the_indefinite_after_h():
    assert Normalizer().normalize("این مقالهیی است") == z("این مقاله|یی است")
    assert Normalizer().normalize("این مقاله یی است") == z("این مقاله|یی است")
    assert Normalizer().normalize("ژانگ یی آمد") == "ژانگ یی آمد"  # a name, not an affix


def test_a_plural_glued_by_habit_tells_nothing_of_lost_half_spaces():
    """In a document that glues its plurals on purpose and types «می» with a space, a line whose only glued
    affix is such a plural is no line that lost its ZWNJs: its spaced compound is joined as in a line
    without the plural (before, the plural made the line read as glued text, whose spaces are real)."""
    norm = Normalizer(stream=True)
    for line in GLUING_WRITER:
        norm.normalize(line.replace(Z, " "))
    line = "مدیران شرکتها با رییس جمهور دیدار کردند ."
    assert norm.normalize(line) == z("مدیران شرکتها با رییس|جمهور دیدار کردند .")
    # alone, the glued plural is a sign of lost ZWNJs: restored, and the pair left apart
    assert Normalizer().normalize(line) == z("مدیران شرکت|ها با رییس جمهور دیدار کردند .")


def test_a_glued_plural_counts_as_the_restorer_left_it():
    """A plural split before the document's habit is learned counts as written apart, as a second pass
    reads it (ZwnjRestorer.observed): both passes count the same evidence and keep the same plurals."""
    lines = [LATER] + [line.replace(Z, " ") for line in GLUING_WRITER] + [LATER]
    first, second = Normalizer(stream=True), Normalizer(stream=True)
    once = [first.normalize(line) for line in lines]
    assert once[0] == RESTORED and once[-1] == LATER  # split before the habit, kept after it
    assert [second.normalize(line) for line in once] == once
    # (apart differs: the first pass does not look at a document's lines before it showed anything typed,
    # such as «سنگهای» in the first line; the second pass reads that line's restored «سنگ‌های» as apart)
    assert first._doc.glued == second._doc.glued
