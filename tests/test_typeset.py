"""A converted document's headline told by its type size (:mod:`palayesh.extract.typeset`):
pdftohtml's absolutely placed ``<p>`` of font classes, UnRTF's ``<font size>``; its file name as
the ``<title>`` and the file's date meta are not the story's. Every page here is written in the test."""
from conftest import story_bodies
from palayesh import extract
from palayesh.extract.typeset import typeset_headline

_PARAS = story_bodies(1, paras=2)[0]
_HEAD = "توانمندی و تعهد ملت در بهمن و اسفند امسال به نمایش در می‌آید"


def _pdftohtml() -> str:
    ps = "".join(f'<p style="position:absolute;top:{300 + 80 * i}px;left:90px" class="ft02">{p}</p>\n'
                 for i, p in enumerate(_PARAS))
    return ('<!DOCTYPE html><html><head><title>khabarnameh-47.pdf</title>\n'
            '<meta name="generator" content="pdftohtml 0.86.1"/>\n'
            '<meta name="date" content="2023-01-24T13:46:00+00:00"/>\n'
            '<style type="text/css">\n.ft00{font-size:11px;}\n.ft01{font-size:16px;}\n.ft02{font-size:13px;}\n'
            '.ft05{font-size:20px;}\n</style></head><body><div id="page1-div">\n'
            '<p style="position:absolute;top:40px;left:480px" class="ft01"><b>خبرنامه داخلی گمرک بندر نوین</b></p>\n'
            '<p style="position:absolute;top:120px;left:60px" class="ft02">در این شماره<br/>\n'
            'بازگشت خلعت به آزادی، این بار با پیراهن سفید<br/>\nایجاد خط ویژه در معابر اصلی ایلام پیگیری می‌شود</p>\n'
            '<p style="position:absolute;top:130px;left:640px" class="ft03">بخش: تجارت خارجی</p>\n'
            f'<p style="position:absolute;top:196px;left:120px" class="ft05"><b>{_HEAD}</b></p>\n'
            '<p style="position:absolute;top:240px;left:700px" class="ft00">یکشنبه ۲ مرداد ۱۴۰۱</p>\n'
            f'{ps}<p style="position:absolute;top:1210px;left:430px" class="ft00">- ۱ -</p>\n</div></body></html>')


def _unrtf() -> str:
    ps = "".join(f"{p}<br>\n<br>\n" for p in _PARAS)
    return ('<html><head><!-- Translation from RTF performed by UnRTF, version 0.21.10 -->\n'
            '<!--creation date: 01 Oct 2022 04:31--><title>بیانیه</title></head><body>\n'
            '<font face="B Nazanin"><font size="3">\n<div align="center"><b>بیانیه مطبوعاتی</b></div>\n'
            'تاریخ: شنبه ۱۹ تیر ۱۴۰۰<br>\n<br>\n'
            f'<font size="5"><b>{_HEAD}</b></font><br>\n<br>\n{ps}</font></font></body></html>')


def test_pdftohtml_headline_is_its_largest_type_and_its_file_date_is_no_story_date():
    art = extract(_pdftohtml())
    assert art.title == _HEAD
    assert art.published is None or art.published.startswith("2022-07-24")
    assert not any("در این شماره" in p or "بازگشت خلعت" in p for p in art.paragraphs)  # (the contents)
    assert _PARAS[0] in art.paragraphs


def test_unrtf_headline_is_its_largest_font():
    art = extract(_unrtf())
    assert art.title == _HEAD
    assert _PARAS[0] in art.paragraphs


def test_pages_with_a_heading_or_a_story_title_are_left_alone():
    page = _pdftohtml()
    assert typeset_headline(page.replace("khabarnameh-47.pdf", "توانمندی ملت در بهمن - خبرنامه")) is None
    assert typeset_headline(page.replace('<div id="page1-div">', '<div id="page1-div"><h1>سر</h1>')) is None
    assert typeset_headline(page.replace('class="ft05"', 'class="ft01"')) is None  # (no one block larger)


def test_a_section_label_in_a_paragraph_of_its_own_names_the_section():
    # (a converted document's every line is a <p>: its «بخش: …» label too)
    assert extract(_pdftohtml()).section == "تجارت خارجی"


def test_a_date_line_after_a_block_in_no_element_of_its_own_dates_the_story():
    # (UnRTF's head: «<div>…</div>تاریخ: شنبه ۱۹ تیر ۱۴۰۰<br>»; the RTF's creation date is the file's)
    assert extract(_unrtf()).published.startswith("2021-07-10")
