"""A site that sets its headlines in a box so narrow it breaks each in two keeps the whole headline,
not its second half; a site whose kickers stand over its headlines keeps them apart; and a printed
document's page breaks (its page counters, the running header under each) do not end its story
(issue 12: AD's flat pages)."""
from conftest import refine_pages, refine_site, story_bodies
from palayesh.extract.rejoin import broken_in_two, print_frame
from palayesh.extract.text import extract_text
from palayesh.textkeys import line_key

_TITLES = ["منصوریان: باخت به الاهلی در بهترین زمان بود", "مارسی قهرمان نیم فصل فرانسه شد",
           "ملاقات تصادفی زیدان و پوگبا در دوبی؟", "افشاریان: قهرمانی باید به جامعه داوری برگردد",
           "نیکی کریمی امروز در تمرین سرخپوشان", "پیروزی یونان و تساوی لهستان و چک در نیمه اول",
           "خانه‌های تاریخی تبریز جلوه‌هایی از هنر معماری ایرانی", "تظاهرات در آستانه ال کلاسیکو آغاز شد",
           "برگزاری حضوری امتحانات دانشگاه یادگار امام شهرری", "رویانیان: بیانیه کی‌روش علیه ژوزه عادی نبود",
           "نانی: رونالدو نگران مصدومیتش نیست", "افشای قرار پنهانی بین روسای جمهور فعلی و سابق پرو"]
_HEAD = ["تسلیت آنلاین", "آگهی ترحیم، تسلیت و یادبود", "صفحه اصلی | درگذشتگان | آگهی ترحیم | تماس"]


def _halves(title: str) -> list[str]:
    """A headline's two lines, broken at the space nearest its middle."""
    words = title.split(" ")
    best = min(range(1, len(words)), key=lambda k: abs(len(" ".join(words[:k])) - len(title) / 2))
    return [" ".join(words[:best]), " ".join(words[best:])]


def _site(head_lines) -> list[list[str]]:
    return [[*_HEAD, *head_lines(i, title), f"تاریخ انتشار: ۱۴۰۲/۰۲/{10 + i:02d}", *paras,
             "کلیه حقوق برای تسلیت آنلاین محفوظ است."]
            for i, (title, paras) in enumerate(zip(_TITLES, story_bodies(12)))]


def test_two_halves_of_one_phrase_are_one_headline():
    assert broken_in_two("منصوریان: باخت به الاهلی", "در بهترین زمان بود")
    assert not broken_in_two("نظام وظیفه", "برتری چین، هند و فیلیپین در پایان روز چهارم")  # (a kicker)
    assert not broken_in_two("ساعت کاری ادارات تغییر کرد.", "در بهترین زمان بود")  # (a sentence, whole)
    assert not broken_in_two("رضا | ۲ روز پیش", "عالی بود، ممنون")  # (a row of items)


def test_a_site_that_breaks_its_headlines_in_two_keeps_them_whole(tmp_path):
    # Every headline over two lines (the last one's second half two words, too short alone for a
    # headline): the page's headline is both lines, not the second (nor the first).
    rows = refine_site(tmp_path, _site(lambda i, title: _halves(title)))
    for i, title in enumerate(_TITLES):
        r = rows[f"p{i:02d}"]
        assert line_key(r["title"]) == line_key(title), (i, r["title"])


def test_a_site_whose_kickers_stand_over_its_headlines_keeps_them_apart(tmp_path):
    # The site's kickers, some as long as the headline under them: one on every page, repeated
    # over the site's stories; the headline is the line under it.
    kickers = ["در آستانه روز جهانی صنایع دستی", "یادبود", "هنرمند پیشکسوت می‌گوید"] * 4
    rows = refine_site(tmp_path, _site(lambda i, title: [kickers[i], title]))
    for i, title in enumerate(_TITLES):
        r = rows[f"p{i:02d}"]
        assert line_key(r["title"]) == line_key(title), (i, r["title"])


def test_a_one_off_kicker_as_long_as_its_headline_stays_a_kicker(tmp_path):
    # One page's kicker is as long as its headline; the site breaks no headline: no join.
    over = {3: ["در حاشیه مراسم بزرگداشت"]}
    rows = refine_site(tmp_path, _site(lambda i, title: [*over.get(i, []), title]))
    assert line_key(rows["p03"]["title"]) == line_key(_TITLES[3])


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


_OTHERS = ["کثیف عازم اطلاعات دانشجویان در انتظامی شد", "برنامه‌های هفته جوان در استان اعلام شد",
           "قلعه‌نویی: نباید راحت گل بخوریم", "گوام و ایران؛ به صرف صبحانه", "۳ پیروزی ملی‌پوشان در رقابت‌ها"]


def _boxed_page(i: int, title: str, paras: list[str]) -> str:
    """A page whose header closes with a box of other stories' headlines (a «most read» list, its
    lines one under the other), an empty line, then the headline (broken in two on every other
    page) and the story."""
    box = ["پربازدیدترین | پربحث‌ترین | آخرین اخبار", *(_OTHERS[(i + k) % 5] for k in (0, 1)),
           _TITLES[(i + 6) % 12].replace(" ", " و ", 1)]  # (the last: a headline no other page shows)
    head = "\n".join(["اختراع نیوز", "اخبار ثبت اختراع و مالکیت فکری", "خانه | ثبت اختراع | نوآوری | تماس", *box])
    shown = _halves(title) if i % 2 else [title]
    return "\n\n".join([head, "\n".join([*shown, f"🕒 ۱۴۰۲/۰۲/{10 + i:02d} - ۱۱:۱۷", *paras]), "پایان"])


def test_the_last_item_of_a_box_over_the_headline_is_no_half_of_it(tmp_path):
    # The site breaks its headlines in two; the box's last headline and the page's whole one read as
    # such a pair too, but an empty line parts them: the headline is its own line.
    rows = refine_pages(tmp_path, [_boxed_page(i, t, p) for i, (t, p) in enumerate(zip(_TITLES, story_bodies(12)))])
    for i, title in enumerate(_TITLES):
        assert line_key(rows[f"p{i:02d}"]["title"]) == line_key(title), (i, rows[f"p{i:02d}"]["title"])


def test_a_site_that_breaks_a_few_of_its_headlines_joins_them_where_the_words_run_on(tmp_path):
    # The site breaks four of its twelve headlines (its longest, say): too few for the run to say it
    # breaks them all, too many to say it never does. On those pages the words where the two lines
    # meet decide, as on a page alone: «… باخت به الاهلی / در بهترین زمان بود» runs on; the other
    # headlines stand whole on one line.
    few = {0, 2, 3, 4}
    rows = refine_site(tmp_path, _site(lambda i, title: _halves(title) if i in few else [title]))
    for i, title in enumerate(_TITLES):
        r = rows[f"p{i:02d}"]
        assert line_key(r["title"]) == line_key(title), (i, r["title"])
