"""A printed document's page breaks (its page counters, the running header under each) do not end
its story (issue 12: AD's flat bulletins)."""
from conftest import refine_site, story_bodies
from palayesh.extract.rejoin import print_frame
from palayesh.extract.text import extract_text
from palayesh.textkeys import line_key

_TITLES = ["منصوریان: باخت به الاهلی در بهترین زمان بود", "مارسی قهرمان نیم فصل فرانسه شد",
           "ملاقات تصادفی زیدان و پوگبا در دوبی؟", "افشاریان: قهرمانی باید به جامعه داوری برگردد",
           "نیکی کریمی امروز در تمرین سرخپوشان", "پیروزی یونان و تساوی لهستان و چک در نیمه اول",
           "خانه‌های تاریخی تبریز جلوه‌هایی از هنر معماری ایرانی", "تظاهرات در آستانه ال کلاسیکو آغاز شد",
           "برگزاری حضوری امتحانات دانشگاه یادگار امام شهرری", "رویانیان: بیانیه کی‌روش علیه ژوزه عادی نبود",
           "نانی: رونالدو نگران مصدومیتش نیست", "افشای قرار پنهانی بین روسای جمهور فعلی و سابق پرو"]


def test_a_printed_documents_frame_is_the_lines_counting_its_pages_and_the_header_under_them():
    page = ["بولتن ۵", "الف", "- صفحه ۱ از ۲ -", "بولتن ۵", "ب", "- صفحه ۲ از ۲ -", "منبع"]
    assert print_frame(page) == {2, 3, 5}
    # (steps of a procedure number themselves too, each its own line: no page counter)
    assert print_frame(["گام 1 از 3: ثبت‌نام", "گام 2 از 3: پرداخت", "گام 3 از 3: تایید"]) == set()
    # (a gallery's slide counter, one under the other: no page ends between them)
    assert print_frame(["الف", "۱ از ۳", "۲ از ۳", "۳ از ۳", "ب"]) == set()


def test_a_story_goes_on_past_its_page_breaks(tmp_path):
    # A bulletin's text: the running header over each page, the page counter at each break (a box
    # of links over it); the story's paragraphs on every page are its text.
    pages = []
    for i, (title, paras) in enumerate(zip(_TITLES, story_bodies(12))):
        head = f"حرم‌نیوز | بولتن خبری شماره {300 + i} | زیارت"
        pages.append([head, "حرم‌نیوز", title, f"تاریخ انتشار: ۱۴۰۲/۰۲/{10 + i:02d}", paras[0], paras[1],
                      "بیشتر بخوانید", _TITLES[(i + 1) % 12], _TITLES[(i + 5) % 12],
                      "- صفحه ۱ از ۲ -", head, paras[2], paras[3], "- صفحه ۲ از ۲ -", "منبع خبر: ایرنا"])
    rows = refine_site(tmp_path, pages)
    for i, paras in enumerate(story_bodies(12)):
        text = line_key(rows[f"p{i:02d}"]["text"])
        assert all(line_key(p) in text for p in paras[1:]), i
        assert "بولتن" not in rows[f"p{i:02d}"]["text"], i
        assert "صفحه" not in rows[f"p{i:02d}"]["text"], i  # (the page counters: the document's, not the story's)


def test_a_page_read_alone_leaves_its_print_frame_out():
    # No run to teach the page's chrome: the page itself shows its counters and running header.
    paras = story_bodies(1)[0]
    head = "حرم‌نیوز | بولتن خبری شماره ۱۰۷ | مراسم مذهبی"
    page = [head, "حرم‌نیوز", _TITLES[0], "تاریخ: ۷ خرداد ۱۳۹۴", paras[0], paras[1], "- صفحه ۱ از ۲ -", head,
            paras[2], paras[3], "- صفحه ۲ از ۲ -", "منبع خبر: ایرنا"]
    art = extract_text("\n\n".join(page))
    assert [line_key(p) for p in art.paragraphs] == [line_key(p) for p in paras[1:]] \
        or [line_key(p) for p in art.paragraphs] == [line_key(p) for p in paras]
