"""Chrome that leaks into a story's body, by the page's structure and what the run learns.

Every page here is written in the test: a related list of cards (a headline over its one-sentence
teaser) under the story, a widget's heading between a post's lead and its text, a byline between
a lead and a date, an ad's caption inside a list the story announces.
"""
from conftest import news_bodies, read_rows, refine_pages
from palayesh import extract, refine
from palayesh.extract.template import card_teasers, is_prose, regions
from palayesh.textkeys import line_key

SITE, TAGLINE = "روزنامه نگاه شمال", "خبرهای استان در یک نگاه"
FOOTER = "تمامی حقوق برای روزنامه نگاه شمال محفوظ است"

_PROVINCES = ["گیلان", "مازندران", "گلستان", "اردبیل"]
_SPORTS = ["کشتی", "والیبال", "شنا", "دوومیدانی", "تیراندازی"]
_CITIES = ["رشت", "ساری", "گرگان"]


def _cards(page: int, n: int) -> list[tuple[str, str]]:
    """``n`` related cards for page ``page``, none on another page: (headline, one-sentence teaser)."""
    out = []
    for k in range(n):
        j = page * n + k
        prov, sport, city = _PROVINCES[j % 4], _SPORTS[(j // 4) % 5], _CITIES[(j // 20) % 3]
        out.append((f"مسابقات {sport} نوجوانان {prov} در {city} برگزار می‌شود",
                    f"مدیرکل ورزش استان {prov} از برگزاری دور {j + 1} مسابقات {sport} نوجوانان در شهر {city} "
                    f"با حضور ورزشکاران شهرستان‌های استان در هفته آینده خبر داد."))
    return out


_STORIES = [
    ["شورای شهر {c} در جلسه امروز خود طرح ساخت پل عابر پیاده در خیابان اصلی را با اکثریت آرا تصویب کرد "
     "و اجرای آن را به شهرداری سپرد.",
     "رئیس شورا گفت عملیات اجرایی این طرح از ماه آینده آغاز می‌شود و پیمانکار باید آن را در مدت شش ماه به پایان برساند.",
     "به گفته او هزینه ساخت این پل از محل درآمدهای عوارض نوسازی تامین می‌شود و شهروندان هزینه‌ای نمی‌پردازند."],
    ["اداره آب و فاضلاب {c} اعلام کرد به دلیل تعمیر خط انتقال اصلی، آب بخشی از محله‌های شمالی شهر فردا "
     "از ساعت هشت صبح قطع می‌شود.",
     "مدیر این اداره از شهروندان خواست پیش از قطعی به اندازه نیاز خود آب ذخیره کنند و از مصرف بی‌رویه بپرهیزند.",
     "او افزود که تانکرهای آب در طول مدت قطعی در محله‌ها مستقر می‌شوند و آب آشامیدنی را رایگان توزیع می‌کنند."],
    ["کتابخانه مرکزی {c} از امروز تا پایان هفته میزبان نمایشگاه کتاب کودک است و ناشران استان آثار تازه خود "
     "را عرضه می‌کنند.",
     "مسئول کتابخانه گفت بازدید از این نمایشگاه برای همه رایگان است و کودکان می‌توانند در کارگاه‌های قصه‌گویی شرکت کنند.",
     "نمایشگاه هر روز از ساعت نه صبح تا هشت شب باز است و ناشران کتاب‌ها را با تخفیف ویژه به خریداران می‌فروشند."],
]


def _story(i: int) -> list[str]:
    city = ["رشت", "ساری", "گرگان", "اردبیل", "لاهیجان", "بابل"][i % 6]
    return [p.format(c=city) + f" این خبر شماره {i + 1} است." for p in _STORIES[i % 3]]


def _run(tmp_path, pages: list[str]) -> dict:
    return refine_pages(tmp_path, pages, rejected=True)


# ------------------------------------------------------------------------------------ cards
def _mass(lines: list[str]) -> list[int]:
    return [len(t) if is_prose(t) else 0 for t in lines]


def test_card_teasers_are_a_related_lists_not_a_storys_paragraphs():
    story, cards = _story(0), _cards(0, 3)
    lines = [*story, *[x for c in cards for x in c]]
    assert card_teasers(lines, _mass(lines)) == [4, 6, 8]
    assert card_teasers(lines[:7], _mass(lines[:7])) == []  # two cards are no list
    # a date under each teaser still makes a card
    dated = [*story, *[x for h, t in cards for x in (h, t, "۱۴۰۲/۰۵/۱۲ ۱۰:۲۰")]]
    assert card_teasers(dated, _mass(dated)) == [4, 7, 10]
    # a story's subheadings over paragraphs of two sentences or more are no cards
    para = story[0] + " " + story[1]
    sections = [*story, *[x for h, _t in cards for x in (h, para)]]
    assert card_teasers(sections, _mass(sections)) == []
    # a listing page is cards from its first prose on: no story above them, its prose stays
    listing = [x for c in _cards(1, 5) for x in c][1:]
    assert card_teasers(listing, _mass(listing)) == []


def test_an_end_marker_above_a_list_of_cards_stands_late():
    # the story's end marker stands late on the page: the cards' teasers under it are no prose
    # of the story, however long the list
    story = _story(0)
    lines = ["عنوان خبر امروز", *story, "انتهای پیام/", *[x for c in _cards(0, 4) for x in c]]
    assert regions(lines)[4] == "T"


def test_an_end_marker_the_related_list_pushes_up_still_ends_the_story(tmp_path):
    # on every page of the site a related list of four cards stands under the story's end marker;
    # counted as prose, its teasers would put the marker between the story's paragraphs on every
    # page, the template would learn it as chrome inside the story, and the story would never end
    pages = []
    for i in range(12):
        story = _story(i)
        lines = [SITE, TAGLINE, f"خبر شماره {i + 1} از رویدادهای امروز استان", *story, "انتهای پیام/",
                 "مطالب مرتبط", *[x for c in _cards(i, 4) for x in c], FOOTER]
        pages.append("\n\n".join(lines))
    rows = _run(tmp_path, pages)
    for i in range(12):
        r = rows[f"p{i:02d}"]
        paras = ([r["lead"]] if r["lead"] else []) + r["text"].split("\n")
        assert [line_key(p) for p in paras] == [line_key(p) for p in _story(i)], (i, paras)


def test_a_short_list_of_cards_after_a_long_break_is_another_section():
    # a related list of two cards after a long run of chrome: its teasers are longer than half
    # the story, but each is one sentence under a headline: no rest of the story
    story = _story(1)
    brk = ["۱۲ مهر ۱۴۰۲، ۱۰:۲۰", "https://negah.example.ir/n/12", "#آب #شهر", "@negahnews", "[نمایش]", "ج.ز / ک.ن"]
    cards = _cards(3, 2)
    a = extract("\n\n".join([SITE, "قطعی آب در محله‌های شمالی شهر", *story, *brk, *[x for c in cards for x in c]]))
    assert a.paragraphs == story or [a.lead, *a.paragraphs] == story, a.paragraphs
    # the story's own sections after a gallery (a subheading over two sentences) stay
    more = story[1] + " " + story[0]
    b = extract("\n\n".join([SITE, "قطعی آب در محله‌های شمالی شهر", story[0], *brk, "برنامه تعمیرات", more,
                             "ساعت وصل دوباره", more]))
    assert "برنامه تعمیرات" in b.paragraphs and b.paragraphs.count(more) == 2


# ------------------------------------------------------------------------------ box headings
def test_a_byline_between_the_lead_and_its_date_is_no_body():
    story = _story(2)
    lead = "نمایشگاه کتاب کودک از امروز در کتابخانه مرکزی گرگان برپاست."
    page = "\n\n".join([SITE, "نمایشگاه کتاب کودک در گرگان", lead, "سارا قاسمی", "تاریخ: ۱۸:۱۴ - ۹۶/۰۷/۰۴",
                        *story, "منبع: ایسنا"])
    a = extract(page)
    assert "سارا قاسمی" not in a.paragraphs and a.paragraphs[-len(story):] == story, a.paragraphs
    # a subheading under the lead leads into text, not into a date: it stays
    b = extract(page.replace("سارا قاسمی\n\nتاریخ: ۱۸:۱۴ - ۹۶/۰۷/۰۴", "کارگاه قصه‌گویی"))
    assert "کارگاه قصه‌گویی" in b.paragraphs


def test_a_heading_the_site_repeats_over_its_chrome_goes(tmp_path):
    # a post's lead, then the site's box of suggested channels (a heading and three channels with
    # their member counts, on every page), then the post's text
    pages = []
    for i in range(12):
        lead, rest, _more = _story(i)
        lines = [SITE, TAGLINE, f"خبر شماره {i + 1} از رویدادهای امروز استان", lead,
                 "کانال‌های پیشنهادی\nخبر فوری شمال - ۴۵ K عضو\nورزش استان - ۹ K عضو\nنگاه شهر - ۱۲ هزار عضو",
                 rest, rest.replace("خبر شماره", "گزارش شماره"), FOOTER]
        pages.append("\n\n".join(lines))
    rows = _run(tmp_path, pages)
    for i in range(12):
        r = rows[f"p{i:02d}"]
        assert "کانال‌های پیشنهادی" not in r["text"] and "عضو" not in r["text"], (i, r["text"])
        assert line_key(_story(i)[1]) in line_key(r["text"])


def test_a_most_read_list_between_paragraphs_goes_a_storys_own_list_stays(tmp_path):
    # the site's «most read» box (a heading, then four headlines of stories the run does not hold,
    # numbered on half of the pages) flattened between a story's paragraphs; each headline stands
    # on the pages of several stories. On the first page the story has a numbered list of its own
    # under a heading the site repeats inside its stories too: its items stand on no other page
    heads = [f"{sport} {prov} در مسابقات کشوری سوم شد" for sport in _SPORTS for prov in _PROVINCES]
    own = ["۱. ساخت دو مدرسه تازه در محله‌های جنوبی", "۲. بازسازی پل قدیمی روی رودخانه شهر",
           "۳. نصب چراغ‌های تازه در بلوار اصلی"]
    pages = []
    for i in range(12):
        story = _story(i)
        # (two of the four on other pages too, two on this page only: one known item is enough)
        items = [heads[(i + 6 * k) % 12] for k in range(2)] + \
                [f"{_PROVINCES[i % 4]} {_SPORTS[(i + k) % 5]} امروز به رکورد تازه رسید" for k in range(2)]
        box = [f"{k + 1}. {t}" for k, t in enumerate(items)] if i % 2 else items
        body = [story[0], story[1], "نگاه داغ هفته", *box, story[2]]
        if i == 0:
            body = [story[0], story[1], "برنامه‌های تازه", *own, "نگاه داغ هفته", *box, story[2]]
        elif i < 6:
            body = [story[0], "برنامه‌های تازه", story[1], "نگاه داغ هفته", *box, story[2]]
        pages.append("\n\n".join([SITE, TAGLINE, f"خبر شماره {i + 1} از رویدادهای امروز استان", *body,
                                    "انتهای پیام/", FOOTER]))
    rows = _run(tmp_path, pages)
    for i in range(12):
        text = rows[f"p{i:02d}"]["text"]
        assert "رکورد تازه" not in text and not any(line_key(h) in line_key(text) for h in heads), (i, text)
        assert line_key(_story(i)[2]) in line_key(text), (i, text)
    assert all(line_key(x) in line_key(rows["p00"]["text"]) for x in own), rows["p00"]["text"]


# ------------------------------------------------------------------------------ closing lists
def test_a_learned_caption_inside_the_storys_closing_list_cuts_no_item(tmp_path):
    # «نمودار: روند بارش» stands between the paragraphs of most pages of the site (the run learns
    # it); on the first page it interrupts the list the story's last paragraph announces, which
    # the end marker closes: the list's items after it are the story's
    items = ["رتبه نخست: رشت با ۱۲۰ میلی‌متر", "رتبه دوم: لاهیجان با ۹۸ میلی‌متر", "رتبه سوم: ساری با ۸۵ میلی‌متر",
             "رتبه چهارم: بابل با ۷۰ میلی‌متر"]
    intro = "بارش‌های هفته گذشته در شهرهای استان به این شرح گزارش شده است:"
    pages = []
    for i in range(12):
        story = _story(i)
        if i == 0:
            body = [*story, intro, *items[:2], "نمودار: روند بارش", *items[2:]]
        else:
            body = [story[0], "نمودار: روند بارش", story[1]]
        lines = [SITE, TAGLINE, f"خبر شماره {i + 1} از رویدادهای امروز استان", *body, "انتهای پیام/", FOOTER]
        pages.append("\n\n".join(lines))
    rows = _run(tmp_path, pages)
    text = rows["p00"]["text"]
    assert all(line_key(x) in line_key(text) for x in items), text
    assert "نمودار" not in text


def test_a_caption_or_a_read_more_line_inside_an_announced_list_cuts_no_item():
    # one page alone (nothing learned): the story's last paragraph announces a list, and a photo's
    # caption and a «بخوانید:» link stand between its items, as a CMS inserts them; the items are
    # alike (each opens with «مسیر»), the lines between are not: the list goes on past them
    story = _story(0)
    items = ["مسیر شماره ۱: میدان امام حسین - خیابان انقلاب - میدان آزادی",
             "مسیر شماره ۲: میدان توحید - خیابان آزادی - میدان آزادی",
             "مسیر شماره ۳: میدان انقلاب - خیابان کارگر - میدان آزادی"]
    extra = ["تصویر: راهپیمایی سال گذشته", "بخوانید: برنامه جشن‌های دهه فجر اعلام شد"]
    intro = "مسیرهای راهپیمایی روز بیست و دوم بهمن در شهر به شرح زیر اعلام شد:"
    body = [*story, intro, extra[0], items[0], extra[1], items[1], items[2]]
    page = "\n\n".join([SITE, TAGLINE, "مسیرهای راهپیمایی ۲۲ بهمن در رشت اعلام شد", *body, "انتهای پیام/", FOOTER])
    got = extract(page).paragraphs
    assert got[-3:] == items and not any(x in got for x in extra), got


def test_a_storys_line_that_introduces_a_picture_stays_on_its_republication(tmp_path):
    # the site publishes one story twice (a republication under another headline); the story ends
    # in a line that introduces a picture under it («… را در زیر می‌بینید:»), no sentence by its
    # mark: after the story on two pages of the site, as a republication puts it, not on the many
    # a site's own line under its stories stands on (a note, «برای دریافت اخبار …»)
    intro = "ورزشگاه تازه شهر که دیدار پایانی جام در آن برگزار می‌شود را در تصویر زیر می‌بینید:"
    pages = []
    for i in range(12):
        story = _story(0) + [intro] if i < 2 else _story(i)
        head = f"ورزشگاه تازه شهر میزبان فینال شد ({i + 1})" if i < 2 else f"خبر شماره {i + 1} از رویدادهای امروز استان"
        pages.append("\n\n".join([SITE, TAGLINE, head, *story, "انتهای پیام/", FOOTER]))
    rows = _run(tmp_path, pages)
    texts = [rows[f"p0{i}"]["text"] for i in range(2)]
    assert all(line_key(intro) in line_key(t) for t in texts), texts


def test_a_known_box_set_into_the_story_does_not_cut_its_short_last_paragraphs(tmp_path):
    # the site sets its «most read» box (a heading the lexicon ends stories at, then headlines)
    # between its stories' paragraphs on every page; on the first page the story goes on under it
    # in three short paragraphs, of words the story above does not use, up to the site's own end
    # marker: they are the story's, the end marker ends it
    short = ["وی ادامه داد: هنوز نود دقیقه دیگر در دیدار برگشت باقی مانده است و کار تمام نشده.",
             "باید مثل امروز با تمرکز کامل بازی کنیم و اشتباه نکنیم.",
             "به نظر من شانس دو طرف برای رسیدن به مرحله بعد کاملا برابر است."]
    pages = []
    for i in range(12):
        story = _story(i)
        box = ["پربازدیدترین‌ها", *(h for h, _t in _cards(i, 3))]
        body = [story[0], *box, *short] if i == 0 else [story[0], *box, *story[1:]]
        pages.append("\n\n".join([SITE, TAGLINE, f"خبر شماره {i + 1} از رویدادهای امروز استان", *body,
                                    "انتهای پیام/", FOOTER]))
    rows = _run(tmp_path, pages)
    text = rows["p00"]["text"]
    assert all(line_key(x) in line_key(text) for x in short), text
    assert not any(line_key(h) in line_key(text) for h, _t in _cards(0, 3)), text


def test_a_listing_page_broken_by_chrome_is_still_a_listing():
    # cards with their dates above and below a long run of chrome: no story over them, so the
    # cards after the break are no related list ending one; the page stays a listing
    brk = ["https://negah.example.ir/list?p=2", "#آب #شهر", "@negahnews", "[نمایش]", "ج.ز / ک.ن", "© نگاه شمال"]
    cards = [[h, t, f"۱۴۰۲/۰۵/{10 + k} ۱۰:۲۰"] for k, (h, t) in enumerate(_cards(2, 8))]
    page = "\n\n".join([SITE, "آخرین خبرها", *[x for c in cards[:4] for x in c], *brk,
                        *[x for c in cards[4:] for x in c]])
    assert extract(page).paragraphs == []


def test_an_ad_heading_the_site_shows_after_any_paragraph_ends_no_story(tmp_path):
    # «تبلیغات» (a tail heading to the phrase list) heads an ad box the site puts after any of a
    # story's paragraphs: between them on half of its pages, after the last on the other half.
    # Between paragraphs half as often as late is often enough: on this page it ends nothing
    pages, stories = [], []
    for body in news_bodies():
        story = [p for p in body.split("\n") if len(p.split()) >= 20][:4]
        if len(story) < 4:
            continue
        i = len(stories)
        stories.append(story)
        at = 2 if i % 2 == 0 else 4
        lines = [SITE, TAGLINE, f"خبر شماره {i + 1} از رویدادهای امروز استان", *story[:at], "تبلیغات",
                 f"تور کیش با تخفیف ویژه شماره {i + 1}", *story[at:], "انتهای پیام/", FOOTER]
        pages.append("\n\n".join(lines))
        if len(stories) == 12:
            break
    rows = _run(tmp_path, pages)
    for i in range(0, 12, 2):
        text = line_key(rows[f"p{i:02d}"]["text"])
        assert all(line_key(p) in text for p in stories[i][1:]), (i, rows[f"p{i:02d}"]["text"])


_AUTHORS = ["مریم احمدی", "رضا کاظمی پور", "سید مهدی رحمتی", "سارا محمدی", "علی کریمی", "نرگس یزدانی",
            "حمید نجفی", "لیلا شجاعی", "کامران فرجی", "هدی زمانی", "ناصر باقری", "مهسا کیانی"]
_SERVICES = ["حمل و نقل", "آب", "برق", "گاز", "پسماند", "فضای سبز", "کتابخانه‌ها", "ورزشگاه‌ها", "بیمارستان‌ها",
             "مدارس", "پارک‌ها", "بازارچه‌ها"]


def _lead(i: int) -> str:
    return f"مدیران شهری {_CITIES[i % 3]} برای بهبود خدمات {_SERVICES[i]} در این هفته تصمیم تازه‌ای گرفتند."


def test_a_byline_under_the_lead_whose_first_word_the_site_repeats_goes(tmp_path):
    # «نوشته <a name>» between the lead and the text of every page, each name on one page only:
    # the line never recurs, its first word before a varying name does. A headline opening with
    # a word every page's headline opens with stays the headline (above the first prose)
    pages = []
    for i in range(12):
        story = _story(i)
        title = f"گزارش تازه {_CITIES[i % 3]} شماره {i + 1}"
        pages.append("\n".join([SITE, TAGLINE, "شهری", title, _lead(i), "نوشته " + _AUTHORS[i],
                                *story, FOOTER]))
    rows = _run(tmp_path, pages)
    for i in range(12):
        r = rows[f"p{i:02d}"]
        assert "نوشته" not in r["text"], (i, r["text"])
        assert r["text"].split("\n") == _story(i), i
        assert r["title"] == f"گزارش تازه {_CITIES[i % 3]} شماره {i + 1}"


def test_a_byline_line_alone_is_kept_without_a_run():
    # one page alone: nothing is learned, and a short line of the story's own stays as it was
    page = "\n".join([SITE, "عنوان خبر آزمایشی امروز", *_story(0)[:1], "نوشته مریم احمدی", *_story(0)[1:]])
    assert "نوشته مریم احمدی" in extract(page).paragraphs


def _podcast_html(i: int) -> str:
    """A podcast site's episode page: a lead in the header, then a byline, a download button and the
    platforms' list (no links), then the transcript."""
    story = "".join(f"<p>{p}</p>" for p in _story(i))
    return (f'<html><head><link rel="canonical" href="https://radio.example.ir/ep/{i}"></head><body>'
            f'<div class="top">{SITE}</div><div class="post"><h1>اپیزود {i + 1}: گفتگو با مهمان هفته درباره شهر</h1>'
            f'<blockquote class="sum">{_lead(i)}</blockquote><div class="by">نوشته {_AUTHORS[i]}</div>'
            '<div class="dl">دانلود با کیفیت بالا</div><div class="on"><ul><li>شنیدن در:</li><li>اسپاتیفای</li>'
            f'<li>پادگیر</li><li>کست‌باکس</li></ul></div><div class="txt">{story}</div></div>'
            f'<div class="ft">{FOOTER}</div></body></html>')


def test_the_sites_short_lines_between_an_html_lead_and_the_text_go(tmp_path):
    src = tmp_path / "pages"
    src.mkdir()
    for i in range(12):
        (src / f"p{i:02d}.html").write_text(_podcast_html(i), encoding="utf-8")
    out = tmp_path / "out"
    refine(src, out, workers=1, progress="none")
    rows = {r["id"]: r for r in read_rows(out) + read_rows(out, "rejected")}
    for i in range(12):
        paras = rows[f"p{i:02d}"]["text"].split("\n")
        for chrome in ("دانلود با کیفیت بالا", "اسپاتیفای", "پادگیر", "کست‌باکس", "نوشته"):
            assert not any(chrome in p for p in paras), (i, chrome, paras)
        assert [line_key(p) for p in _story(i)] == [line_key(p) for p in paras if line_key(p) != line_key(
            _lead(i))], (i, paras)


def test_a_trail_ending_in_the_cut_headline_opens_no_story_and_hides_no_date(tmp_path):
    # «<home> / <section> / <the headline, cut>...» over the article's meta rows (its date, a byline,
    # a reader counter the site writes on every page), then the headline, the lead and the story:
    # the trail's dots close no sentence, and the counter between the date and the headline is
    # the article's, no navigation
    pages = []
    for i in range(12):
        title = f"گزارش تازه {_CITIES[i % 3]} درباره خدمات {_SERVICES[i]} شهر"
        cut = " ".join(title.split()[:4]) + "..."
        pages.append("\n".join([SITE, TAGLINE, "آغاز / شهری / " + cut, f"انتشار: {i + 1} آبان ۱۴۰۰ ساعت ۱۰:۳۰",
                                "نوشته " + _AUTHORS[i], f"{1000 + 37 * i} نفر این مطلب را خوانده‌اند",
                                title, _lead(i), *_story(i), FOOTER]))
    rows = _run(tmp_path, pages)
    for i in range(12):
        r = rows[f"p{i:02d}"]
        assert line_key(r["title"]) == line_key(f"گزارش تازه {_CITIES[i % 3]} درباره خدمات {_SERVICES[i]} شهر")
        assert r["text"].split("\n") == _story(i), (i, r["text"])
        assert (r["published"] or "").startswith(f"2021-{10 if i < 9 else 11}-"), (i, r["published"])


def test_a_short_story_above_its_related_cards_is_no_listing():
    # two paragraphs, then a related list of six cards (a linked headline over a one-sentence
    # teaser) that hold more text than the story: an article, its cards chrome
    cards = "".join(f'<li><a href="/n/{k}">{h}</a><p>{t}</p></li>' for k, (h, t) in enumerate(_cards(0, 6)))
    story = _story(1)[:2]
    html = ('<html><body><div class="post"><h1>قطعی آب در محله‌های شمالی شهر</h1><div class="text">'
            + "".join(f"<p>{p}</p>" for p in story) + '</div><section class="links"><h3>بیشتر بخوانید</h3>'
            f'<ul>{cards}</ul></section></div></body></html>')
    a = extract(html)
    assert a.paragraphs == story


def _live(i: int, story: list[str], minutes: list[int]) -> list[str]:
    """A live report's lines: each update under its minute «دقیقه N», the last minutes late on the page."""
    body = []
    for m, p in zip(minutes, story):
        body += [f"دقیقه {m}", p]
    return [SITE, TAGLINE, f"گزارش زنده دیدار شماره {i + 1} لیگ برتر استان", *body, "انتهای پیام/", FOOTER]


def test_a_live_reports_minute_before_its_last_update_ends_no_story(tmp_path):
    # every update stands under its minute: before the last one the marker stands late on every
    # page (three quarters of the prose above it), as a tail's heading does; but it stands between
    # the page's paragraphs again and again, which a tail's heading never does
    pages, stories = [], []
    for body in news_bodies():
        story = [p for p in body.split("\n") if len(p.split()) >= 20][:5]
        if len(story) < 5:
            continue
        i = len(stories)
        stories.append(story)
        pages.append("\n\n".join(_live(i, story, [90 - 7 * k - i for k in range(5)])))
        if len(stories) == 12:
            break
    rows = _run(tmp_path, pages)
    for i in range(12):
        text = line_key(rows[f"p{i:02d}"]["text"])
        assert all(line_key(p) in text for p in stories[i][1:]), (i, rows[f"p{i:02d}"]["text"])
        assert "دقیقه" not in rows[f"p{i:02d}"]["text"].split("\n")[-1][:8]


def test_a_live_report_of_short_updates_is_no_listing():
    # one short sentence under each minute: headline, teaser, again and again, as a listing's
    # cards are; but a listing's headlines differ, and these are one line in the same shape
    updates = [f"بازیکنان دو تیم در دقیقه {m} بازی فرصت‌های خوبی برای گلزنی داشتند اما موفق نشدند." for m in range(8)]
    lines = [SITE, "گزارش زنده دیدار دو تیم در لیگ برتر استان"]
    for m, p in zip(range(88, 0, -11), updates):
        lines += [f"دقیقه {m}", p]
    got = extract("\n\n".join(lines))
    assert all(u in got.paragraphs or u == got.lead for u in updates)  # (alone, the minutes read as subheadings)


def test_an_ad_heading_over_the_storys_next_paragraphs_ends_no_story():
    # «تبلیغات» alone (no run to learn it from) before the story's last two paragraphs: less prose
    # follows it than precedes it, but the paragraph right under it goes on about the story above
    story = ["به گزارش خبرنگار ما، سرمربی تیم فوتبال هوادار پس از تساوی بدون گل برابر مس کرمان گفت که "
             "تیمش با بدشانسی نتوانست در این دیدار به پیروزی برسد.",
             "سرمربی هوادار ادامه داد که بازیکنان تیمش در این دیدار با همه توان بازی کردند و فرصت‌های "
             "زیادی برای گلزنی روی دروازه مس کرمان ساختند.",
             "او درباره بازیکنان هوادار گفت: بازیکنان نیمکت و ترکیب اصلی تیم در این دیدار همدل بودند و "
             "هوادار تیمی است که فوتبال بازی می‌کند.",
             "سرمربی هوادار درباره صعود تیم به لیگ برتر هم گفت: ما تا لحظه آخر برای صعود هوادار ناامید "
             "نمی‌شویم و بازیکنان تیم عاشق رقابت هستند."]
    page = [SITE, "سرمربی هوادار: تا لحظه آخر ناامید نمی‌شویم", *story[:2], "تبلیغات", *story[2:], FOOTER]
    got = extract("\n\n".join(page))
    assert [line_key(p) for p in ([got.lead] if got.lead else []) + got.paragraphs] == [line_key(p) for p in story]


def test_a_media_players_label_over_its_clock_is_chrome_whatever_its_words():
    # an audio player between the lead and the text (under the lead, the counters and the share
    # bar): its label (any words: «شنیدن این خبر», or words the phrase lexicon has never seen),
    # then its clock «00:00 / 03:38» and its length; the story's subheading over a paragraph stays
    paras = [p for p in news_bodies() if len(p.split("\n")[0].split()) >= 20][0].split("\n")[:3]
    for label in ("نسخه صوتی خبر", "🔊 گوش دادن به گزارش", "سومی تجسم خبر"):
        page = "\n\n".join([SITE, "قهرمانی تیم کشتی استان در مسابقات کشور",
                            "تیم کشتی استان با کسب سه مدال طلا عنوان قهرمانی مسابقات کشور را به دست آورد.",
                            "👁 58,017", "کد خبر: ۴۸۲۱", "چاپ | ذخیره | ارسال به دوستان", label, "00:00 / 03:38",
                            "مدت: ۲۹ دقیقه",
                            paras[0], "نتایج مسابقات امروز", *paras[1:], FOOTER])
        art = extract(page)
        assert label not in art.paragraphs and "مدت: ۲۹ دقیقه" not in art.paragraphs, (label, art.paragraphs[:2])
        assert "نتایج مسابقات امروز" in art.paragraphs
        assert line_key(art.paragraphs[0]) == line_key(paras[0])


# ------------------------------------------------------------------------------------ galleries
def _gallery_page(heading: str) -> str:
    lines = ["خبرگزاری نمونه", "ورزش", "مسابقات کشتی قهرمانی کشور در قزوین آغاز شد", "۱۲ خرداد ۱۴۰۱ - ۱۰:۲۰",
             "در نخستین روز این مسابقه‌ها که پیش از ظهر امروز در سالن ورزشی شهید بابایی قزوین آغاز شد، "
             "کشتی‌گیران سه وزن به روی تشک رفتند و با یکدیگر به رقابت پرداختند.",
             heading, "۱ از ۳", "۲ از ۳", "۳ از ۳",
             "به گزارش خبرگزاری نمونه، در این مسابقه‌ها که دو روز برگزار می‌شود، کشتی‌گیران استان‌های سراسر کشور "
             "برای حضور در مرحله نهایی رقابت‌های انتخابی تیم ملی با هم رقابت می‌کنند.",
             "رئیس هیئت کشتی استان گفت میزبانی این رقابت‌ها فرصتی برای معرفی ظرفیت‌های ورزشی استان است و "
             "همه امکانات برای برگزاری آن فراهم شده است."]
    return "\n\n".join(lines)


def test_gallery_heading_over_its_slide_counter_is_no_story_line():
    """A gallery's heading, in whatever words the site writes it, stands right over its slide counter
    («۱ از ۳»): neither is the story's, and the paragraph over the gallery stays the story's first
    (a gallery set under it is no summary's box)."""
    for heading in ("نگاره‌های رویداد", "📷 قاب روز"):
        art = extract(_gallery_page(heading))
        assert heading not in art.text and "۱ از ۳" not in art.text
        assert art.text.startswith("در نخستین روز") and art.lead is None
        assert "به گزارش خبرگزاری نمونه" in art.text


# ------------------------------------------------------------------------------------ tags
def test_a_label_over_the_storys_own_names_under_its_last_paragraph_is_its_tags():
    """Under the story's last paragraph, a label in words no lexicon has over one name a line, the
    names the story's own: the story's tags, label and all; a list the paragraph announces stays."""
    head = ["خبرگزاری نمونه", "ورزش", "دی ماریا: مسی بهتر از رونالدو است", "۲۰ آبان ۱۳۹۶، ۰۷:۵۶"]
    story = ["به گزارش خبرگزاری نمونه، آنخل دی ماریا در تیم ملی آرژانتین با لیونل مسی و در رئال مادرید "
             "با کریستیانو رونالدو هم‌بازی بوده است.",
             "دی ماریا در گفت‌وگویی گفت مسی کارهایی با توپ انجام می‌دهد که دیگران از انجام آنها ناتوان "
             "هستند و انتخاب او به خاطر دوستی نیست."]
    tags = ["نشانگان روز", "آرژانتین", "لیونل مسی", "رئال مادرید"]
    tail = ["اخبار مرتبط", "رونمایی از ورزشگاه تازه شهر در هفته آینده"]
    art = extract("\n\n".join([*head, *story, *tags, *tail]))
    assert not set(tags) & set(art.text.split("\n")), art.text
    assert art.text.endswith("به خاطر دوستی نیست."), art.text
    # (a list the last paragraph announces is the story's, under whatever heading)
    listed = [story[0], story[1][:-1] + " و این نام‌ها را برشمرد:", *tags]
    art = extract("\n\n".join([*head, *listed, *tail]))
    assert set(tags[1:]) <= set(art.text.split("\n")), art.text
