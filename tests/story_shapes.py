"""Stories in the shapes CMSs give them, flat and HTML, each with the paragraphs it must keep.

A helper for :mod:`test_story_shapes`: one host's pages (a header with its name and menu, the
headline, a date, the story, tags, a related box and a footer), the story in one of
:data:`SHAPES` (subheadings, quotes, a numbered list, a table, interview «س:»/«ج:» lines, short
one-line paragraphs, an ad or a related box set between its paragraphs, a page bar «صفحه ۲»), its
words unlike the family sets' (a beekeepers' cooperative, a mountain rescue team, a rural bakery).
``site(shape, fmt)`` gives the pages and the gold body of each.
"""
from __future__ import annotations

import textwrap

SITE = "پایگاه خبری کندوی سبز"
MENU = ["خانه", "روستا", "دام و طیور", "گفت‌وگو", "تماس"]
FOOTER = "همه حقوق این پایگاه برای کندوی سبز محفوظ است"
TAGS = "برچسب‌ها: زنبورداری، عسل، روستا"
RELATED_HEAD = "مطالب پیشنهادی"

_PLACES = ["سبلان", "الوند", "دنا", "تفتان", "بینالود", "کرکس", "شاهو", "سهند", "زاگرس", "خرمن‌کوه",
           "کلاردشت", "ماسوله", "ابیانه", "کندوان", "میمند", "اورامان"]
_CROPS = ["آویشن", "گون", "اقاقیا", "کنار", "شبدر", "یونجه", "مریم‌گلی", "گشنیز"]


def _place(k: int, j: int = 0) -> str:
    return _PLACES[(k * 3 + j) % len(_PLACES)]


def _crop(k: int, j: int = 0) -> str:
    return _CROPS[(k + j) % len(_CROPS)]


def paragraphs(k: int, n: int = 4) -> list[str]:
    """``n`` paragraphs of page ``k``'s story, none said on another page."""
    p, c = _place(k), _crop(k)
    pool = [
        f"تعاونی زنبورداران دامنه {p} امسال {k + 12} تن عسل {c} برداشت کرد و بیشتر آن را پیش از پایان "
        f"تابستان به بازارچه‌های محلی فرستاد.",
        f"مدیر تعاونی {p} گفت کندوهای اعضا در {k + 30} روستای منطقه پراکنده‌اند و کوچ بهاره آن‌ها "
        f"امسال دو هفته دیرتر از همیشه آغاز شد.",
        f"به گفته او سرمای دیررس اردیبهشت گل‌های {c} را در ارتفاعات {p} سوزاند و زنبورها ناچار شدند "
        f"برای یافتن شهد تا دره‌های پایین‌تر بروند.",
        f"کارشناسان اداره دامپزشکی نیز از کندوهای {p} نمونه‌برداری کردند تا بیماری‌های نوزادی زنبور "
        f"پیش از فصل زمستان شناسایی و درمان شود.",
        f"بیشتر زنبورداران {p} جوانانی هستند که پس از دوره‌های آموزشی جهاد کشاورزی به این کار روی "
        f"آورده‌اند و هر کدام دست‌کم {k + 40} کندو دارند.",
        f"تعاونی قصد دارد سال آینده یک کارگاه بسته‌بندی عسل {c} در مرکز بخش راه بیندازد تا محصول "
        f"اعضا با نام روستاهای {p} به فروش برسد.",
    ]
    return pool[:n]


def _subheads(k: int) -> list[str]:
    return [f"{_place(k)} و کوچ دیرهنگام کندوها", f"{_crop(k)} در کارگاه بسته‌بندی تازه"]


def _quote(k: int) -> str:
    return (f"«ما هر سال نگران سرمای بهاره هستیم، اما امسال گل‌های {_crop(k)} دامنه {_place(k)} "
            f"تقریبا یکسره از بین رفت و کندوها ضعیف شدند.»")


def _items(k: int) -> list[str]:
    p, c = _place(k), _crop(k)
    return [f"۱. ثبت‌نام زنبورداران {p} در سامانه تعاونی تا پایان ماه",
            f"۲. توزیع شربت زمستانه {c} برای {k + 200} کندوی آسیب‌دیده",
            f"۳. برگزاری دوره آموزشی پرورش ملکه در روستای {_place(k, 1)}",
            f"۴. خرید تضمینی عسل {_crop(k, 1)} از اعضا با قیمت مصوب"]


def _rows(k: int) -> list[str]:
    return ["روستا | تعداد کندو | برداشت (کیلوگرم)",
            f"{_place(k)} | {k + 120} | {k * 10 + 950}",
            f"{_place(k, 1)} | {k + 85} | {k * 10 + 610}",
            f"{_place(k, 2)} | {k + 64} | {k * 10 + 480}"]


def _qa(k: int) -> list[str]:
    p, c = _place(k), _crop(k)
    return [f"س: چرا برداشت عسل {c} امسال در {p} کم شد؟",
            f"ج: سرمای اردیبهشت گل‌های {c} را سوزاند و کندوهای {p} تا خرداد شهد کافی پیدا نکردند.",
            f"س: زنبورداران {p} برای جبران این زیان چه کرده‌اند؟",
            f"ج: بیشتر اعضا کندوها را به دره‌های پایین‌تر {p} بردند و با شربت زمستانه ملکه‌ها را نگه داشتند."]


def _one_liners(k: int) -> list[str]:
    p, c = _place(k), _crop(k)
    return [f"کندوهای {p} دیر کوچ کردند.", f"گل‌های {c} در سرما سوختند.",
            f"برداشت عسل {p} {k + 12} تن بود.", f"تعاونی {p} کارگاه بسته‌بندی می‌سازد."]


def _related(k: int) -> list[str]:
    """Three headlines of other stories of the site (each shown on two pages, as a box shows them)."""
    return [f"جشنواره عسل {_place(k + j + 1)} برگزار می‌شود" for j in range(3)]


def _ad(k: int) -> list[str]:
    return ["آگهی", f"فروش ویژه کندوی چوبی و لوازم زنبورداری با {k % 3 + 10} درصد تخفیف"]


_PEOPLE = ["مریم احمدی", "علی رضایی", "زهرا کریمی", "حسین موسوی", "سارا نادری"]


def _person(k: int) -> str:
    return _PEOPLE[k % len(_PEOPLE)]


def _read_more(k: int) -> str:
    """An inline link to another story of the site, set between two paragraphs."""
    return f"بیشتر بخوانید: {headline(k + 7)}"


def _captions(k: int) -> list[str]:
    """Two photos' captions: one marked as a photo, one a bare noun phrase."""
    return [f"زنبورداران دامنه {_place(k)} هنگام برداشت عسل {_crop(k)} (عکس آرشیوی)",
            f"نمایی از کندوهای تعاونی در روستای {_place(k, 1)}"]


def _signature(k: int) -> str:
    """The line that signs a story: its writer."""
    return (f"گزارش از: {_person(k)}", f"نویسنده: {_person(k)}", f"{_person(k)}/ خبرنگار کندوی سبز")[k % 3]


def _qa_bold(k: int) -> list[str]:
    """An interview's questions (ending «؟», bold on an HTML page) and answers, no «س:» / «ج:»."""
    p, c = _place(k), _crop(k)
    return [f"امسال وضعیت برداشت عسل {c} در دامنه‌های {p} چطور بود؟",
            f"برداشت ما نسبت به سال گذشته نزدیک به نصف شد، چون سرمای اردیبهشت بیشتر گل‌های {c} را از بین برد.",
            "تعاونی برای کمک به زنبورداران آسیب‌دیده چه برنامه‌ای دارد؟",
            f"ما شربت زمستانه را با نصف قیمت به اعضا می‌دهیم و وام کم‌بهره برای خرید کندوی تازه در {p} گرفته‌ایم."]


def _qa_named(k: int) -> list[str]:
    """An interview whose lines open with the speaker: «خبرنگار:» asks, the guest's surname answers."""
    p, c = _place(k), _crop(k)
    guest = _person(k).split()[-1]
    return [f"خبرنگار: چرا کوچ کندوهای {p} امسال دیرتر آغاز شد؟",
            f"{guest}: برف دیررس راه‌های ییلاقی {p} را تا اواخر اردیبهشت بسته بود و کامیون‌ها نمی‌رفتند.",
            f"خبرنگار: فروش عسل {c} امسال به کجا رسید؟",
            f"{guest}: بیشتر محصول را بازارچه‌های محلی خریدند و بقیه را به کارگاه بسته‌بندی تعاونی سپردیم."]


def _short_many(k: int) -> list[str]:
    """Eight short paragraphs, one sentence each, two of them a quote on its own line; each opens
    with the page's own words, as a story's own sentences do (no frame of the site's)."""
    p, c, q, who = _place(k), _crop(k), _place(k, 1), _person(k)
    return [f"{p} امسال بهاری سرد داشت.", f"گل‌های {c} زودتر از همیشه پژمرد.",
            f"«گل‌های {p} امسال شهد کافی نداد.»", f"{who} این را می‌گوید.",
            f"{who.split()[0]} از جوانی در {q} کندو دارد.", f"«{q} چنین بهاری به خود ندیده بود.»",
            f"{p} و {q} منتظر کمک تعاونی هستند.", f"پاییز {q} شاید زیان را جبران کند."]


#: a list item's opening words: each page's three its own
_ITEM_HEADS = ["بازدید کارشناسان", "توزیع شربت", "خرید تضمینی", "برگزاری دوره", "ثبت‌نام زنبورداران", "پرداخت وام",
               "ساخت کارگاه", "تعمیر جاده", "نصب کندوهای", "کاشت گیاهان", "واکسیناسیون کلنی‌ها", "بیمه کندوها",
               "راه‌اندازی بازارچه", "چاپ برچسب", "آزمایش کیفیت", "تهیه نقشه", "پرورش ملکه", "اعزام کارشناس",
               "تشکیل کمیته", "بازسازی انبار", "معرفی برند", "شناسایی بیماری", "تحویل موم", "پخش بروشور",
               "ارسال نمونه", "تامین سوخت", "صدور مجوز", "افتتاح دفتر", "تجهیز آزمایشگاه", "گسترش مراتع",
               "اجاره زمین", "جذب سرمایه", "کاهش هزینه", "ثبت نشان", "عقد قرارداد", "تمدید کارت"]


def _bullets(k: int) -> list[str]:
    """Three bulleted items, each opening with the page's own words."""
    p, c = _place(k), _crop(k)
    return [f"• {_ITEM_HEADS[(3 * k + j) % len(_ITEM_HEADS)]} {tail}" for j, tail in
            enumerate([f"در روستاهای {p} تا پایان ماه", f"برای {k + 200} کندوی آسیب‌دیده", f"ویژه عسل {c} اعضا"])]


def _video(k: int) -> list[str]:
    """A video player's lines set between paragraphs: its times and its download link."""
    return [f"۰۰:۰۰ / ۰۲:{k % 50 + 10}", "دانلود فیلم"]


def _short_ends(k: int) -> list[str]:
    """A story opening and closing with one short sentence each, as a caption or a site's line is short."""
    p, c = _place(k), _crop(k)
    return [f"بهار امسال در {p} سرد بود.", *paragraphs(k, 3), f"برداشت پاییزه {c} از مهر آغاز می‌شود."]


def _numbered_paras(k: int) -> list[str]:
    """Every paragraph of the story opens with its number «۱- …» (a story told point by point)."""
    return [f"{'۱۲۳۴'[j]}- {t}" for j, t in enumerate(paragraphs(k, 4))]


def _bulleted_paras(k: int) -> list[str]:
    """Every paragraph of the story opens with a bullet «■ …», each a full paragraph."""
    return [f"■ {t}" for t in paragraphs(k, 4)]


def _long_quote(k: int) -> str:
    """A statement quoted whole in «», three sentences long, its own paragraph."""
    p, c = _place(k), _crop(k)
    return (f"«ما از ابتدای فصل می‌دانستیم که سرمای بهاره به گل‌های {c} آسیب زده است. زنبورداران {p} تا "
            f"خرداد کندوها را با شربت نگه داشتند و بسیاری از آن‌ها وام گرفتند. اگر کمک تعاونی نبود، دست‌کم "
            f"نیمی از کندوهای منطقه از بین می‌رفت و جوانان روستا این کار را رها می‌کردند.»")


def _embed(k: int) -> list[str]:
    """An embedded Instagram post's frame between paragraphs: its label, its caption's credit."""
    return ["مشاهده این پست در اینستاگرام", f"A post shared by Kandoo Sabz (@kandoo_sabz_{k})"]


def _names(k: int) -> list[str]:
    """A list of people's names, one a line (the prize winners), each with the village they keep bees in."""
    return [f"{_PEOPLE[(k + j) % len(_PEOPLE)]} از روستای {_place(k, j)}" for j in range(5)]


#: couplets a story quotes, one a line, its hemistichs apart by « * »: the first five rhyme in their
#: last two letters only («روزگار» / «قرار»), as many a couplet does
_COUPLETS = [
    ("چو عضوی به درد آورد روزگار", "دگر عضوها را نماند قرار"),
    ("به نام خداوند جان و خرد", "کزین برتر اندیشه برنگذرد"),
    ("چنین گفت پیغمبر راستگوی", "ز گهواره تا گور دانش بجوی"),
    ("تو کز محنت دیگران بی‌غمی", "نشاید که نامت نهند آدمی"),
    ("چو فردا برآید بلند آفتاب", "من و گرز و میدان و افراسیاب"),
    ("بنی آدم اعضای یکدیگرند", "که در آفرینش ز یک گوهرند"),
    ("توانا بود هر که دانا بود", "ز دانش دل پیر برنا بود"),
    ("ما ز یاران چشم یاری داشتیم", "خود غلط بود آن چه ما پنداشتیم"),
    ("هر که نامخت از گذشت روزگار", "نیز ناموزد ز هیچ آموزگار"),
    ("دو صد گفته چون نیم کردار نیست", "بزرگی سراسر به گفتار نیست"),
    ("ز نیرو بود مرد را راستی", "ز سستی دروغ آید و کاستی"),
    ("که رستم یلی بود در سیستان", "منش کرده‌ام رستم داستان"),
]


def _couplet(k: int) -> str:
    """A couplet quoted between two paragraphs, on one line, «مصراع * مصراع»."""
    return " * ".join(_COUPLETS[k % len(_COUPLETS)])


def _prices(k: int) -> list[str]:
    """A flattened label: number table (the day's prices), one «label: value» a line."""
    p, c = _place(k), _crop(k)
    return [f"عسل {c} {p}: {k + 450} هزار تومان", f"عسل {_crop(k, 1)} {_place(k, 1)}: {k + 380} هزار تومان",
            f"گرده گل {_crop(k, 2)}: {k + 290} هزار تومان", f"موم خالص {_place(k, 2)}: {k + 170} هزار تومان"]


def _dash_summary(k: int) -> list[str]:
    """A summary's rows, each «- …» and a full clause, under a «به گزارش …» opening."""
    p, c = _place(k), _crop(k)
    return [f"- برداشت عسل {c} در {p} امسال {k + 12} تن بود که نصف سال گذشته است.",
            f"- تعاونی {p} برای {k + 200} کندوی آسیب‌دیده شربت زمستانه توزیع می‌کند.",
            f"- کارگاه بسته‌بندی عسل {_crop(k, 1)} سال آینده در مرکز بخش {_place(k, 1)} راه می‌افتد."]


def _schedule(k: int) -> list[str]:
    """Short lines, many, like a menu's: the villages and the days the mobile clinic visits them."""
    return [f"{_place(k, j)}: {('شنبه', 'یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه')[j]}" for j in range(6)]


def _verses(k: int) -> list[str]:
    """A couplet quoted in a story, one hemistich a line (no other page of the site quotes it)."""
    return list(_COUPLETS[k % len(_COUPLETS)])


def _qa_one(k: int) -> list[str]:
    """A reader's one question and its answer, each behind the label every page of the site gives
    them («پرسش:» / «پاسخ:»), the answer going on in a paragraph of its own."""
    p, c = _place(k), _crop(k)
    return [f"پرسش: آیا زنبوردار {p} برای جابه‌جایی کندوها به مجوز اداره دامپزشکی نیاز دارد؟",
            f"پاسخ: بله؛ هر کوچ کندو از {p} به مراتع {c} باید با گواهی سلامت کلنی‌ها و پروانه بهره‌برداری باشد.",
            f"بدون این گواهی، مأموران می‌توانند محموله کندوهای {p} را در راه متوقف کنند و جریمه بگیرند."]


def _verses_end(k: int) -> list[str]:
    """A couplet closing the story, one hemistich a line; two other pages of the site quote it too
    (a magazine quotes its poets often)."""
    return list(_COUPLETS[6 + k % 6])


def _programmes(k: int) -> list[str]:
    """A channel's evening, a programme a line behind its time («ساعت ۱۸:۳۰ - …»)."""
    p, c = _place(k), _crop(k)
    return [f"ساعت ۱۸:{k + 10} - مستند کوچ زنبورها در {p}", f"ساعت ۱۹:{k + 20} - گفت‌وگو با زنبورداران {_place(k, 1)}",
            f"ساعت ۲۰:{k + 30} - گزارش برداشت عسل {c}", f"ساعت ۲۱:{k + 15} - فیلم کوتاه روستای {_place(k, 2)}"]


def _dialogue(k: int) -> list[str]:
    """A children's story's dialogue, a turn a line behind a dash («- …»), short lines of the page's own."""
    p, c = _place(k), _crop(k)
    turns = (f"مادربزرگ، زنبورهای {p} زمستان کجا می‌خوابند؟", f"توی کندو کنار هم جمع می‌شوند و با عسل {c} گرم می‌مانند.",
             f"یعنی تا بهار از کندوهای {p} بیرون نمی‌آیند؟", f"نه عزیزم، تا گل‌های {c} دوباره باز شوند صبر می‌کنند.")
    return ["- " + t for t in turns]


def _ranks(k: int) -> list[str]:
    """A konkur-like table of ranks and scores, a row a line, flattened with bars."""
    return ["رتبه | نام | نمره کل",
            *(f"{j + 1} | {_PEOPLE[(k + j) % len(_PEOPLE)]} | {9800 - 37 * j - k}" for j in range(4))]


def _articles(k: int) -> list[str]:
    """A bylaw's numbered articles «ماده ۱۲ -», each a clause of the page's own."""
    p, c = _place(k), _crop(k)
    return [f"ماده {k + 11} - هر عضو تعاونی {p} باید کندوهای خود را پیش از کوچ ثبت کند",
            f"ماده {k + 12} - خرید عسل {c} از اعضا فقط با گواهی آزمایشگاه انجام می‌شود",
            f"ماده {k + 13} - هیئت مدیره هر سال گزارش مالی تعاونی را به مجمع می‌دهد"]


#: poets whose name line signs a poem the story quotes
_POETS = ["فردوسی", "سعدی", "ناصرخسرو", "پروین اعتصامی", "سنایی", "نظامی"]


def _poem_signed(k: int) -> list[str]:
    """A couplet, one hemistich a line, and the poet's name under it."""
    return [*_COUPLETS[k % len(_COUPLETS)], _POETS[k % len(_POETS)]]


def _timetable(k: int) -> list[str]:
    """A line's timetable, one station and its first train's time a line («ایستگاه …: ۰۵:۳۰»)."""
    return [f"ایستگاه {_place(k, j)}: ۰۵:{k + 10 * j + 10}" for j in range(4)]


def _account(k: int) -> str:
    """A fundraiser's account number line in the story."""
    return f"شماره حساب تعاونی برای کمک: ۰۱۰۳۴{k:02d}۲۷۸۹۰۰۵ بانک کشاورزی"


def _quiz(k: int) -> list[str]:
    """A quiz: its question and four options «الف) …»."""
    p, c = _place(k), _crop(k)
    return [f"کدام گیاه بیشترین شهد را در دامنه {p} به زنبورها می‌دهد؟", f"الف) {c}", f"ب) {_crop(k, 1)}",
            f"ج) {_crop(k, 2)}", f"د) {_crop(k, 3)}"]


def _couplets_tab(k: int) -> list[str]:
    """Two couplets a poetry page quotes, one a line, the hemistichs apart by a tab."""
    return ["\t".join(_COUPLETS[(k + j) % len(_COUPLETS)]) for j in range(2)]


def _qa_lawyer(k: int) -> list[str]:
    """A legal column's reader question and its lawyer's answer («پرسش:» / «پاسخ وکیل:»), the answer
    going on in a paragraph of its own."""
    p, c = _place(k), _crop(k)
    return [f"پرسش: همسایه من کندوهایش را کنار باغ {c} ما در {p} گذاشته است؛ آیا می‌توانم شکایت کنم؟",
            f"پاسخ وکیل: اگر کندوها در حریم ملک شما باشد یا زنبورها به باغ {c} آسیب بزنند، می‌توانید از طریق "
            f"شورای حل اختلاف {p} دادخواست بدهید.",
            f"در این دادخواست باید خسارت باغ {c} و فاصله کندوهای {p} از ملک خود را با گزارش کارشناس رسمی نشان دهید."]


def _qa_only(k: int) -> list[str]:
    """A Q&A story that opens with its first question, no paragraph of its own over it: the
    interview's lines behind «سوال:» / «پاسخ:», the last answer going on in a paragraph."""
    return [*(("سوال: " if j % 2 == 0 else "پاسخ: ") + t.split(": ", 1)[1] for j, t in enumerate(_qa(k))),
            paragraphs(k, 6)[5]]


def _steps(k: int) -> list[str]:
    """Numbered steps, short lines «۱) …» (a how-to's, a timeline's)."""
    return [f"{n}) {t}" for n, t in zip("۱۲۳۴", _one_liners(k))]


def _stations(k: int) -> list[str]:
    """A new line's stations, a name a line (short lines, a menu's length)."""
    return [f"ایستگاه {_place(k, j)}" for j in range(5)]


def _kids(k: int) -> list[str]:
    """A children's story: a paragraph of narration, then short dialogue lines, then narration."""
    p, c = _place(k), _crop(k)
    return [f"یک روز صبح زنبور کوچولوی {p} از کندو بیرون آمد و به طرف گل‌های {c} پرواز کرد.",
            f"- سلام گل {c}!", f"- سلام زنبور {p}!", f"- شهد {c} داری؟", f"- بله، بیا بخور {_place(k, 1)}.",
            f"{_ITEM_HEADS[(5 * k) % len(_ITEM_HEADS)]} {p} را {_person(k)} برای بچه‌ها نوشته و {_crop(k, 2)} "
            f"آن را نقاشی کرده است."]


def _times_bare(k: int) -> list[str]:
    """A programme schedule: the time on one line, the programme's title on the next."""
    p, c = _place(k), _crop(k)
    return [f"۱۸:{k + 10}", f"مستند کوچ زنبورها در {p}", f"۱۹:{k + 20}", f"گفت‌وگو درباره عسل {c}", f"۲۰:{k + 30}",
            f"اخبار روستای {_place(k, 1)}"]


def _broken_at_link(k: int) -> list[str]:
    """A paragraph a flattener broke where its inline link was: its head, the link's words, its rest."""
    p, c = _place(k), _crop(k)
    return [f"{_person(k)} در گزارش {_ITEM_HEADS[(5 * k) % len(_ITEM_HEADS)]} {p} نوشت بخشی از عسل {c} امسال را",
            f"{_ITEM_HEADS[(5 * k + 1) % len(_ITEM_HEADS)]} {p}",
            f"پیش‌خرید کرده است و بقیه محصول تا پایان پاییز در انبار تعاونی {p} می‌ماند."]


def _caption_mid(k: int) -> list[str]:
    """A sentence cut in two by a photo's caption line set between its halves."""
    p, c = _place(k), _crop(k)
    return [f"زنبورداران {p} می‌گویند اگر کمک تعاونی به موقع برسد", f"کندوهای تعاونی در دامنه {_place(k, 1)}",
            f"بیشتر کندوهای آسیب‌دیده عسل {c} تا بهار آینده دوباره جان می‌گیرند."]


BISMILLAH = "بسم الله الرحمن الرحیم"


def _editor_note(k: int) -> str:
    return f"یادداشت سردبیر: این گزارش در شماره {k + 40} ماهنامه کندوی سبز نیز چاپ شده است."


#: a story's blocks by shape: (kind, text); kinds: "p" paragraph, "h" subheading, "q" quote,
#: "li" list item, "bl" bulleted item, "row" table row, "qa" interview line, "qb" an interview's
#: question (bold in HTML); "ad" / "box" / "bar" / "more" (an inline «بیشتر بخوانید» link) / "slot"
#: (an ad slot) / "cap" (a photo's caption) / "sig" (the writer's signature) / "vid" (a video
#: player's lines) / "emb" (an embedded post's frame) / "on" (an in-story «ادامه مطلب» over
#: the rest of the story) not the story's
SHAPES = {
    "plain": lambda k: [("p", t) for t in paragraphs(k)],
    "subheads": lambda k: [("p", paragraphs(k)[0]), ("h", _subheads(k)[0]), ("p", paragraphs(k)[1]),
                           ("p", paragraphs(k)[2]), ("h", _subheads(k)[1]), ("p", paragraphs(k, 6)[5])],
    "quote": lambda k: [("p", paragraphs(k)[0]), ("p", paragraphs(k)[1]), ("q", _quote(k)), ("p", paragraphs(k)[2])],
    "list": lambda k: [("p", paragraphs(k)[0]),
                       ("p", f"{_place(k)} برنامه پاییز تعاونی زنبورداران را در چهار بند این‌گونه اعلام کرد:"),
                       *[("li", t) for t in _items(k)], ("p", paragraphs(k)[3])],
    "table": lambda k: [("p", paragraphs(k)[0]), ("p", paragraphs(k)[1]),
                        *[("row", t) for t in _rows(k)], ("p", paragraphs(k)[2])],
    "interview": lambda k: [("p", paragraphs(k)[0]), *[("qa", t) for t in _qa(k)], ("p", paragraphs(k)[3])],
    "one_liners": lambda k: [("p", paragraphs(k)[0]), *[("p", t) for t in _one_liners(k)]],
    "ad_between": lambda k: [("p", paragraphs(k)[0]), ("p", paragraphs(k)[1]), *[("ad", t) for t in _ad(k)],
                             ("p", paragraphs(k)[2]), ("p", paragraphs(k)[3])],
    "box_between": lambda k: [("p", paragraphs(k)[0]), ("p", paragraphs(k)[1]), ("box", RELATED_HEAD),
                              *[("box", t) for t in _related(k + 5)], ("p", paragraphs(k)[2]),
                              ("p", paragraphs(k)[3])],
    "page_bar": lambda k: [("p", paragraphs(k)[0]), ("p", paragraphs(k)[1]), ("bar", "صفحه ۱ ۲ ۳"),
                           ("p", paragraphs(k)[2]), ("p", paragraphs(k)[3])],
    "read_more": lambda k: [("p", paragraphs(k)[0]), ("p", paragraphs(k)[1]), ("more", _read_more(k)),
                            ("p", paragraphs(k)[2]), ("p", paragraphs(k)[3])],
    "ad_slot": lambda k: [("p", paragraphs(k)[0]), ("p", paragraphs(k)[1]), ("slot", "تبلیغات"),
                          ("p", paragraphs(k)[2]), ("p", paragraphs(k)[3])],
    "captions": lambda k: [("p", paragraphs(k)[0]), ("cap", _captions(k)[0]), ("p", paragraphs(k)[1]),
                           ("p", paragraphs(k)[2]), ("cap", _captions(k)[1]), ("p", paragraphs(k)[3])],
    "signature": lambda k: [*[("p", t) for t in paragraphs(k)], ("sig", _signature(k))],
    "interview_bold": lambda k: [("p", paragraphs(k)[0]),
                                 *[("qb" if j % 2 == 0 else "p", t) for j, t in enumerate(_qa_bold(k))]],
    "interview_named": lambda k: [("p", paragraphs(k)[0]), *[("qa", t) for t in _qa_named(k)],
                                  ("p", paragraphs(k)[3])],
    "short_many": lambda k: [("p", paragraphs(k)[0]), *[("p", t) for t in _short_many(k)]],
    "bullets": lambda k: [("p", paragraphs(k)[0]),
                          ("p", f"تعاونی {_place(k)} برای زنبورداران آسیب‌دیده این تصمیم‌ها را گرفت:"),
                          *[("bl", t) for t in _bullets(k)], ("p", paragraphs(k)[3])],
    "video": lambda k: [("p", paragraphs(k)[0]), ("p", paragraphs(k)[1]), *[("vid", t) for t in _video(k)],
                        ("p", paragraphs(k)[2]), ("p", paragraphs(k)[3])],
    "short_ends": lambda k: [("p", t) for t in _short_ends(k)],
    "subhead_every": lambda k: [x for j, t in enumerate(paragraphs(k, 4))
                                for x in (("h", f"{_place(k, j)} و {_crop(k, j)}"), ("p", t))],
    "numbered_paras": lambda k: [("p", t) for t in _numbered_paras(k)],
    "bulleted_paras": lambda k: [("p", t) for t in _bulleted_paras(k)],
    "long_quote": lambda k: [("p", paragraphs(k)[0]), ("p", f"مدیر تعاونی {_place(k)} در این باره گفت:"),
                             ("q", _long_quote(k)), ("p", paragraphs(k)[2])],
    "said_intro": lambda k: [("p", paragraphs(k)[0]), ("p", "وی در این باره گفت:"), ("q", _long_quote(k)),
                             ("p", paragraphs(k)[2])],
    "embed": lambda k: [("p", paragraphs(k)[0]), ("p", paragraphs(k)[1]), *[("emb", t) for t in _embed(k)],
                        ("p", paragraphs(k)[2]), ("p", paragraphs(k)[3])],
    "names": lambda k: [("p", f"تعاونی {_place(k)} نام برندگان جایزه بهترین عسل {_crop(k)} امسال را اعلام کرد:"),
                        *[("p", t) for t in _names(k)], ("p", paragraphs(k)[3])],
    "editor_note": lambda k: [*[("p", t) for t in paragraphs(k)], ("p", _editor_note(k))],
    "couplet": lambda k: [("p", paragraphs(k)[0]), ("p", paragraphs(k)[1]), ("p", _couplet(k)),
                          ("p", paragraphs(k)[2]), ("p", paragraphs(k)[3])],
    "prices": lambda k: [("p", paragraphs(k)[0]), ("p", f"نرخ محصولات تعاونی {_place(k)} در بازارچه امروز:"),
                         *[("p", t) for t in _prices(k)], ("p", paragraphs(k)[3])],
    "dash_summary": lambda k: [("p", f"به گزارش خبرنگار کندوی سبز، مدیر تعاونی {_place(k)} امروز در نشستی "
                                     f"خبری گزارش سالانه تعاونی را ارائه کرد که خلاصه آن چنین است:"),
                               *[("p", t) for t in _dash_summary(k)], ("p", paragraphs(k)[3])],
    "schedule": lambda k: [("p", paragraphs(k)[0]),
                           ("p", f"دامپزشک سیار تعاونی {_place(k)} این هفته در این روستاها است:"),
                           *[("p", t) for t in _schedule(k)], ("p", paragraphs(k)[3])],
    "verses": lambda k: [("p", paragraphs(k)[0]), ("p", paragraphs(k)[1]), *[("p", t) for t in _verses(k)],
                         ("p", paragraphs(k)[2])],
    "bismillah": lambda k: [("p", BISMILLAH), *[("p", t) for t in paragraphs(k)]],
    "qa_one": lambda k: [("p", paragraphs(k)[0]), *[("p", t) for t in _qa_one(k)], ("p", paragraphs(k)[3])],
    "verses_end": lambda k: [*[("p", t) for t in paragraphs(k, 3)], *[("p", t) for t in _verses_end(k)]],
    "programmes": lambda k: [("p", paragraphs(k)[0]),
                             ("p", f"شبکه استانی {_place(k)} امشب این برنامه‌ها را درباره زنبورداری پخش می‌کند:"),
                             *[("p", t) for t in _programmes(k)], ("p", paragraphs(k)[3])],
    "dialogue": lambda k: [("p", paragraphs(k)[0]), *[("p", t) for t in _dialogue(k)], ("p", paragraphs(k)[3])],
    "ranks": lambda k: [("p", paragraphs(k)[0]), ("p", f"نتایج آزمون زنبورداری تعاونی {_place(k)} این‌گونه اعلام شد:"),
                        *[("row", t) for t in _ranks(k)], ("p", paragraphs(k)[3])],
    "articles": lambda k: [("p", paragraphs(k)[0]), *[("p", t) for t in _articles(k)], ("p", paragraphs(k)[3])],
    "poem_signed": lambda k: [("p", paragraphs(k)[0]), *[("p", t) for t in _poem_signed(k)], ("p", paragraphs(k)[2])],
    "timetable": lambda k: [("p", paragraphs(k)[0]),
                            ("p", f"نخستین قطار خط گردشگری {_place(k)} از فردا در این ساعت‌ها حرکت می‌کند:"),
                            *[("p", t) for t in _timetable(k)], ("p", paragraphs(k)[3])],
    "account": lambda k: [*[("p", t) for t in paragraphs(k, 3)], ("p", _account(k)), ("p", paragraphs(k)[3])],
    "quiz": lambda k: [("p", paragraphs(k)[0]), *[("p", t) for t in _quiz(k)], ("p", paragraphs(k)[3])],
    "read_on": lambda k: [("p", paragraphs(k)[0]), ("p", paragraphs(k)[1]), ("on", "ادامه مطلب"),
                          ("p", paragraphs(k)[2]), ("p", paragraphs(k)[3])],
    "couplets_tab": lambda k: [("p", paragraphs(k)[0]), *[("p", t) for t in _couplets_tab(k)],
                               ("p", paragraphs(k)[2])],
    "qa_lawyer": lambda k: [("p", paragraphs(k)[0]), *[("p", t) for t in _qa_lawyer(k)], ("p", paragraphs(k)[3])],
    "qa_only": lambda k: [("p", t) for t in _qa_only(k)],
    "steps": lambda k: [("p", paragraphs(k)[0]), ("p", f"برای نگهداری کندو در {_place(k)} این کارها را بکنید:"),
                        *[("p", t) for t in _steps(k)], ("p", paragraphs(k)[3])],
    "stations": lambda k: [("p", paragraphs(k)[0]),
                           ("p", f"خط تازه اتوبوس گردشگری {_place(k)} از این ایستگاه‌ها می‌گذرد:"),
                           *[("p", t) for t in _stations(k)], ("p", paragraphs(k)[3])],
    "kids": lambda k: [("p", t) for t in _kids(k)],
    "times_bare": lambda k: [("p", paragraphs(k)[0]), ("p", f"برنامه‌های امشب شبکه استانی {_place(k)}:"),
                             *[("p", t) for t in _times_bare(k)], ("p", paragraphs(k)[3])],
    "one_line": lambda k: [("p", " ".join(paragraphs(k, 5)))],
    "link_break": lambda k: [("p", paragraphs(k)[0]), ("lk", "\n".join(_broken_at_link(k))),
                             ("p", paragraphs(k)[2]), ("p", paragraphs(k)[3])],
    "caption_mid": lambda k: [("p", paragraphs(k)[0]), ("cm", "\n".join(_caption_mid(k))),
                              ("p", paragraphs(k)[2]), ("p", paragraphs(k)[3])],
    "wrapped": lambda k: [("wr", t) for t in paragraphs(k, 5)],
}
STORY_KINDS = frozenset({"p", "h", "q", "li", "row", "qa", "qb", "bl", "lk", "cm", "wr"})


def headline(k: int) -> str:
    return f"برداشت عسل {_crop(k)} در دامنه‌های {_place(k)} کم شد"


def gold(shape: str, k: int, fmt: str = "text") -> list[str]:
    """The story's paragraphs of page ``k`` in ``shape`` (an HTML list's items without the numbers
    its ``<ol>`` shows)."""
    return [t.split(". ", 1)[1] if kind == "li" and fmt == "html" else t[2:] if kind == "bl" and fmt == "html"
            else _joined(kind, t) for kind, t in SHAPES[shape](k) if kind in STORY_KINDS]


def _joined(kind: str, text: str) -> str:
    """A block's paragraph as the story has it: a broken one's pieces joined, a caption set between
    a sentence's halves left out."""
    pieces = text.split("\n")
    return " ".join([pieces[0], pieces[-1]] if kind == "cm" else pieces)


def _wrap(text: str, k: int) -> str:
    """A paragraph hard-wrapped at 60, 70 or 80 columns, as a flattener wraps it."""
    return "\n".join(textwrap.wrap(text, 60 + 10 * (k % 3)))


def _date(k: int) -> str:
    return f"{k % 20 + 1} مهر ۱۴۰۳"


def flat_page(shape: str, k: int) -> str:
    lines = [SITE, " | ".join(MENU), headline(k), _date(k)]
    lines += [_wrap(t, k) if kind == "wr" else t for kind, t in SHAPES[shape](k)]
    lines += [TAGS, RELATED_HEAD, *_related(k), FOOTER]
    return "\n\n".join(lines) + "\n"


def _html_block(kind: str, text: str) -> str:
    if kind == "h":
        return f"<h3>{text}</h3>"
    if kind == "q":
        return f"<blockquote><p>{text}</p></blockquote>"
    if kind == "ad":
        return f'<div class="ad-slot"><span>{text}</span></div>'
    if kind == "box":
        return f'<div class="inline-related"><a href="/n/{len(text)}">{text}</a></div>'
    if kind == "bar":
        return '<div class="pager">' + "".join(f'<a href="?page={i}">{i}</a> ' for i in "۱۲۳") + "</div>"
    if kind == "more":
        label, link = text.split(": ", 1)
        return f'<p><strong>{label}:</strong> <a href="/n/{len(link)}">{link}</a></p>'
    if kind == "slot":
        return (f'<div class="ads-box"><span>{text}</span><ins class="adsbygoogle" data-ad-slot="4521"></ins>'
                "<script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>")
    if kind == "cap":
        return (f'<figure class="image"><img src="/uploads/{len(text)}.jpg" alt="{text}">'
                f"<figcaption>{text}</figcaption></figure>")
    if kind == "qb":
        return f"<p><strong>{text}</strong></p>"
    if kind == "vid":
        if text.startswith("دانلود"):
            return f'<a class="download" href="/v/{len(text)}.mp4">{text}</a>'
        return f'<div class="player"><video src="/v/1.mp4" controls></video><span class="time">{text}</span></div>'
    if kind == "emb":
        if text.startswith("A post"):
            return f'<p class="insta-credit"><a href="https://www.instagram.com/p/{len(text)}/">{text}</a></p></blockquote>'
        return (f'<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/{len(text)}/">'
                f'<a href="https://www.instagram.com/p/{len(text)}/">{text}</a>')
    if kind == "on":
        return f'<p><a class="more" href="#rest">{text}</a></p>'
    if kind in ("lk", "wr"):
        pieces = (text.split("\n") if kind == "lk" else textwrap.wrap(text, 70))
        if kind == "lk":
            pieces[1] = f'<a href="/n/{len(pieces[1])}">{pieces[1]}</a>'
        return "<p>" + "<br>".join(pieces) + "</p>"
    if kind == "cm":
        head, cap, rest = text.split("\n")
        return (f'<p>{head}</p><figure><img src="/uploads/{len(cap)}.jpg" alt="{cap}"><figcaption>{cap}'
                f"</figcaption></figure><p>{rest}</p>")
    if kind == "sig":
        return f'<p class="author-sign">{text}</p>'
    return f"<p>{text}</p>"


def _html_story(blocks: list[tuple[str, str]]) -> str:
    out, i = [], 0
    while i < len(blocks):
        kind, text = blocks[i]
        if kind in ("li", "row", "bl"):
            j = i
            while j < len(blocks) and blocks[j][0] == kind:
                j += 1
            run = [t for _k, t in blocks[i:j]]
            if kind == "li":
                out.append("<ol>" + "".join(f"<li>{t.split('. ', 1)[1]}</li>" for t in run) + "</ol>")
            elif kind == "bl":
                out.append("<ul>" + "".join(f"<li>{t[2:]}</li>" for t in run) + "</ul>")
            else:
                out.append("<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r.split(" | ")) + "</tr>"
                                               for r in run) + "</table>")
            i = j
            continue
        out.append(_html_block(kind, text))
        i += 1
    return "".join(out)


def html_page(shape: str, k: int) -> str:
    menu = "".join(f'<li><a href="/c/{i}">{m}</a></li>' for i, m in enumerate(MENU))
    related = "".join(f'<li><a href="/n/{k * 7 + j}">{t}</a></li>' for j, t in enumerate(_related(k)))
    return ('<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8">'
            f"<title>{headline(k)} - {SITE}</title></head><body>"
            f'<header><div class="logo">{SITE}</div><nav><ul>{menu}</ul></nav></header>'
            '<main><div class="container"><div class="row"><div class="col-8">'
            f'<div class="post"><h1 class="post-title">{headline(k)}</h1>'
            f'<div class="meta"><span>{_date(k)}</span></div>'
            '<div class="post-body"><div class="inner">'
            f'<div class="text">{_html_story(SHAPES[shape](k))}</div></div></div>'
            f'<div class="tags">{TAGS}</div></div>'
            f'<div class="related"><h4>{RELATED_HEAD}</h4><ul>{related}</ul></div>'
            f'</div></div></div></main><footer><p>{FOOTER}</p></footer></body></html>')


def site(shape: str, fmt: str, n: int = 12) -> list[tuple[str, list[str]]]:
    """``n`` pages of one host in ``shape`` (``fmt`` "text" or "html"), each with its story's paragraphs."""
    page = flat_page if fmt == "text" else html_page
    return [(page(shape, k), gold(shape, k, fmt)) for k in range(n)]


_TO_ASCII = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")


def canon(text: str) -> str:
    """A paragraph as compared: letters and digits only, digits in ASCII (a run writes Persian ones)."""
    return "".join(ch for ch in text.translate(_TO_ASCII) if ch.isalnum())


def lost_and_extra(gold_paras: list[str], got: list[str]) -> tuple[list[str], list[str]]:
    """The story's paragraphs missing from ``got`` and the lines ``got`` has beyond the story."""
    g, o = [canon(t) for t in gold_paras], {canon(t) for t in got}
    return [t for t, c in zip(gold_paras, g) if c not in o], [t for t in got if canon(t) not in set(g)]
