"""Boxes of other stories' links set between a story's paragraphs, in words no lexicon has, told
by what the run and the page teach (s55): a label the site's template made chrome over headlines
that vary from page to page, links the page lists again under the story, an ad's label over copy
the run knows, and a headline the header broke in two said again under the lead.
"""
from palayesh.extract import text as T

STORIES = [
    ("پل عابر پیاده رشت تصویب شد",
     "شورای شهر رشت در جلسه امروز خود طرح ساخت پل عابر پیاده در خیابان اصلی را با اکثریت آرا تصویب کرد.",
     "رئیس شورا گفت عملیات اجرایی این طرح از ماه آینده آغاز می‌شود و پیمانکار باید آن را در شش ماه تمام کند."),
    ("قطعی آب در شمال شیراز",
     "آب بخش‌هایی از شمال شیراز از ساعت ده صبح فردا به مدت دوازده ساعت برای تعمیر خط انتقال قطع می‌شود.",
     "مدیر آبفای استان گفت تانکرهای آب در طول مدت قطعی در محله‌ها مستقر می‌شوند و آب رایگان توزیع می‌کنند."),
    ("افتتاح کتابخانه عمومی در یزد",
     "نخستین کتابخانه شبانه‌روزی یزد با حضور استاندار و جمعی از اهالی فرهنگ در مرکز شهر گشایش یافت.",
     "مدیرکل کتابخانه‌های استان گفت این مجموعه بیست هزار جلد کتاب دارد و اعضا می‌توانند آنلاین امانت بگیرند."),
    ("برداشت زعفران در تربت حیدریه",
     "برداشت زعفران از مزارع تربت حیدریه آغاز شد و کشاورزان پیش‌بینی می‌کنند محصول امسال بیشتر باشد.",
     "رئیس جهاد کشاورزی شهرستان گفت بارش‌های بهاری به رشد گل‌ها کمک کرده و کیفیت محصول بالا رفته است."),
    ("ترمیم آسفالت معابر اهواز",
     "شهرداری اهواز عملیات ترمیم آسفالت خیابان‌های مرکزی شهر را پیش از آغاز فصل بارندگی شروع کرد.",
     "معاون فنی شهرداری گفت سی کیلومتر از معابر اصلی تا پایان ماه آینده روکش تازه آسفالت می‌گیرند."),
    ("نمایشگاه صنایع دستی تبریز",
     "نمایشگاه سراسری صنایع دستی با حضور هنرمندانی از بیست استان کشور در محل دائمی نمایشگاه‌های تبریز گشایش یافت.",
     "دبیر نمایشگاه گفت فرش، سفال و گلیم بیشترین غرفه‌ها را دارند و بازدید برای عموم رایگان است."),
    ("واکسیناسیون دام در اردبیل",
     "طرح واکسیناسیون رایگان دام‌های سبک و سنگین در روستاهای اردبیل از ابتدای هفته جاری آغاز شده است.",
     "مدیرکل دامپزشکی استان گفت دامداران باید پیش از کوچ عشایر دام‌های خود را به مراکز درمانی ببرند."),
    ("مرمت بازار تاریخی کاشان",
     "عملیات مرمت سقف بازار تاریخی کاشان با اعتبار میراث فرهنگی و مشارکت کسبه بازار آغاز شده است.",
     "مسئول پایگاه میراث فرهنگی گفت کار مرمت راسته اصلی بازار تا پیش از عید به پایان خواهد رسید."),
    ("گشایش پارک جنگلی سنندج",
     "پارک جنگلی تازه سنندج با مساحت پنجاه هکتار در دامنه کوه آبیدر به روی شهروندان گشوده شد.",
     "شهردار سنندج گفت مسیرهای پیاده‌روی و دوچرخه‌سواری پارک در بهار سال بعد تکمیل خواهند شد."),
    ("جشنواره انار در ساوه",
     "جشنواره انار ساوه با حضور باغداران و فروش مستقیم محصول در میدان اصلی شهر برپا شده است.",
     "رئیس اتحادیه باغداران گفت برداشت انار امسال به دلیل سرمای بهاره کمتر از سال گذشته بوده است."),
]
#: other stories' headlines, two a page under the box's label (their words are no story's here)
LINKS = [
    ("قهرمانی تیم والیبال نوجوانان در مسابقات آسیایی", "افزایش قیمت بلیت پروازهای داخلی از هفته آینده"),
    ("برگزاری جشنواره فیلم کودک در اصفهان", "کاهش صادرات پسته به بازارهای اروپایی"),
    ("رکوردشکنی دونده جوان در لیگ دو و میدانی", "تمدید مهلت ثبت نام آزمون استخدامی معلمان"),
    ("بازگشایی جاده چالوس پس از بارش برف", "اعزام کاروان ورزشی دانشجویان به بازی‌های جهانی"),
    ("پیش‌بینی بارش باران در استان‌های غربی", "آغاز فروش اینترنتی بلیت قطارهای نوروزی"),
    ("انتخاب سرمربی جدید تیم ملی فوتسال بانوان", "نصب دوربین‌های ثبت تخلف در بزرگراه‌های پایتخت"),
    ("صعود تیم هندبال به نیمه نهایی جام باشگاه‌ها", "افتتاح خط جدید مترو در شرق تهران"),
    ("کشف محموله قاچاق لوازم خانگی در بندرعباس", "قرعه‌کشی مرحله گروهی لیگ قهرمانان آسیا"),
    ("اعلام نتایج نهایی کنکور کارشناسی ارشد", "پایان تعمیرات نیروگاه بخاری شهید رجایی"),
    ("ثبت جهانی روستای تاریخی ماسوله", "آغاز اردوی تیم ملی کشتی آزاد در کیش"),
]


def _lines(*texts: str, learned: tuple[int, ...] = ()) -> list[T.Line]:
    lines = [T.classify(t) for t in texts]
    for i in learned:
        lines[i] = T.Line(texts[i], lines[i].key, lines[i].words, T.CHROME, learned=True, recurs=True)
    return lines


P1, P2 = STORIES[0][1], STORIES[0][2]


def test_a_subheading_in_the_storys_words_under_a_learned_line_stays():
    # (a subheading under the site's chrome speaks of the story: its words are the story's)
    lines = _lines(P1, "فهرستک بالا", "عملیات اجرایی طرح پل عابر پیاده", P2, learned=(1,))
    assert T._drop_boxes_under_learned_labels(lines, [0, 2, 3]) == [0, 2, 3]
    lines = _lines(P1, "فهرستک بالا", LINKS[0][0], P2, learned=(1,))
    assert T._drop_boxes_under_learned_labels(lines, [0, 2, 3]) == [0, 3]


def test_a_question_under_a_learned_line_stays_unless_the_run_shows_it_elsewhere():
    # (a gallery's «next» button over the story's question to its reader)
    lines = _lines(P1, "بعدی تصاویر", "نظر شما درباره ساخت پل عابر چیست؟", P2, learned=(1,))
    lines[2] = T.Line(lines[2].text, lines[2].key, lines[2].words, T.SHORT)
    assert T._drop_boxes_under_learned_labels(lines, [0, 2, 3]) == [0, 2, 3]


def test_a_long_line_under_a_learned_line_is_prose_but_a_headline_of_two_clauses_goes():
    long = ("کاپیتان تیم در ادامه گفت از تمام مربیانی که با آنها کار کرده ام چیزهای زیادی یاد گرفتم و"
            " از همه آنها تشکر")
    two = "برگزاری جشنواره فیلم کودک در اصفهان/ حضور ده کشور در بخش بین‌الملل جشنواره تا پایان هفته آینده"
    for text, kept in ((long, True), (two, False)):
        lines = _lines(P1, "فهرستک بالا", text, P2, learned=(1,))
        lines[2] = T.Line(text, lines[2].key, lines[2].words, T.SHORT)
        assert (T._drop_boxes_under_learned_labels(lines, [0, 2, 3]) == [0, 2, 3]) is kept, text


def test_links_the_page_lists_again_under_the_story_go_with_their_label():
    # (one page, no run: the box's links «• …» between the paragraphs stand again in the related
    # list under the story; its label, in words no lexicon has, goes with them)
    title, p1, p2 = STORIES[1]
    a, b = LINKS[1]
    page = ["نیوز شهر", title, p1, "چکیده‌های روز", f"• {a}", f"• {b}", p2, "پایان پیام", "دیگر مطالب",
            a, b, "کلیه حقوق محفوظ است"]
    body = T.extract_text("\n\n".join(page)).paragraphs
    assert body == [p1, p2], body


def test_a_line_said_once_is_the_storys():
    lines = _lines(P1, "چکیده‌های روز", "• " + LINKS[1][0], P2, "دیگر مطالب")
    assert T._drop_links_echoed_below(lines, [0, 1, 2, 3]) == [0, 1, 2, 3]
    lines.append(T.classify(LINKS[1][0]))
    assert T._drop_links_echoed_below(lines, [0, 1, 2, 3]) == [0, 3]


def test_a_headline_the_header_broke_in_two_said_again_under_the_lead_goes():
    # (the header shows the headline in two lines; under the lead the page says it again whole)
    title, p1, p2 = STORIES[2]
    page = ["نیوز شهر", "افتتاح کتابخانه", "عمومی در یزد", "۱ ساعت پیش", "کد خبر: ۴۵۶۷۸۹", p1, title, p2,
            STORIES[3][1], "پایان پیام"]
    body = T.extract_text("\n\n".join(page)).paragraphs
    assert title not in body and p2 in body, body


def test_two_header_lines_said_as_one():
    lines = [T.classify(t) for t in ("افتتاح کتابخانه", "عمومی در یزد", "۱ ساعت پیش")]
    assert T.classify("افتتاح کتابخانه عمومی در یزد").key in T._header_pairs(lines, 3)
    assert T.classify("کتابخانه عمومی در یزد").key not in T._header_pairs(lines, 3)


AD = "بیمه بدنه خودرو با سی درصد تخفیف ویژه"


def test_an_ads_label_goes_with_the_copy_the_template_made_chrome():
    # (the label in words no lexicon has; the copy under it is the site's template's chrome)
    lines = _lines(P1, "گزیده بازار", AD, P2, learned=(2,))
    assert T._drop_ad_labels(lines, [0, 1, 3]) == [0, 3]
    # (a subheading of the story's words over it stays)
    lines = _lines(P1, "پل عابر پیاده", AD, P2, learned=(2,))
    assert T._drop_ad_labels(lines, [0, 1, 3]) == [0, 1, 3]


def test_an_ads_label_goes_with_copy_the_run_shows_on_other_stories_pages():
    # (in a run of short lines, where no rule weighs a line alone: a list of names, then the ad)
    names = "رسول خطیبی سرمربی، عادل باباپور"
    lines = _lines(P1, names, "گزیده بازار", AD, P2)
    lines[3].elsewhere = True
    assert T._drop_ad_labels(lines, [0, 1, 2, 3, 4]) == [0, 1, 4]
    lines[3].elsewhere = False  # (a line the run does not know: the story's)
    assert T._drop_ad_labels(lines, [0, 1, 2, 3, 4]) == [0, 1, 2, 3, 4]
