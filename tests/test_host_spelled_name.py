"""The site's name its address spells is no section (issue 12).

A document server shows its name on the first line of every page («سند سلامت سفر» on
sanad.salamat-safar.ir), a site its name over its menu («بیمه خبر» on bimeh-khabar.ir). When the run
knows the name as another site's section (a sister host's), or nothing else over the headline reads
as one, the name came out as the page's section. The host spells the name in Latin letters, word for
word (:func:`palayesh.extract.sections.spells_host`): its consonants in order, two words at least. A
section the host does not spell stays.
"""
from __future__ import annotations

from palayesh.extract import extract
from palayesh.extract.sections import spells_host

_STORY = ["به گزارش روابط عمومی انجمن، نخستین همایش گردشگری سلامت استان با حضور فعالان این حوزه در "
          "تبریز برگزار شد و شرکت‌کنندگان درباره جذب بیماران خارجی گفت‌وگو کردند.",
          "دبیر انجمن گفت سهم استان از گردشگران سلامت کشورهای همسایه در سال گذشته بیشتر شده است و "
          "بیمارستان‌های تازه برای پذیرش آنان آماده می‌شوند."]


def _page(name: str, url: str) -> str:
    return "\n".join(["WARC/1.0", "WARC-Type: conversion", f"WARC-Target-URI: {url}",
                      "WARC-Date: 2023-05-11T23:18:00Z", "Content-Type: text/plain", "", name,
                      "این سند به صورت عمومی منتشر شده است",
                      "نخستین همایش گردشگری سلامت استان برگزار شد", "تاریخ: ۱۴۰۰/۰۶/۱۶", *_STORY])


def test_the_name_the_host_spells_is_no_section():
    assert spells_host("سند سلامت سفر", "https://sanad.salamat-safar.ir/news/1")
    assert extract(_page("سند سلامت سفر", "https://sanad.salamat-safar.ir/news/721732")).section is None


def test_a_label_the_host_does_not_spell_stays():
    # (the control: the same page under a section's name the host spells not)
    assert not spells_host("گردشگری درمانی", "https://sanad.salamat-safar.ir/news/1")
    assert extract(_page("گردشگری درمانی", "https://sanad.salamat-safar.ir/news/721732")).section == "گردشگری درمانی"
