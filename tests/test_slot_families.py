"""A short sentence closing many pages of other stories is the site's even when no other family
of the page knows it (:meth:`PageTemplate._named_closing`)."""
from conftest import refine_pages
from palayesh.extract import template as tpl

SITE = "رسانه پیشگامان فردا"
MENU = "خانه | جامعه | دانش | ورزش | فرهنگ"
CLOSING = "همه داشته‌های این دکه از آن پیشگامان است."
TOWNS = ["کرمان", "یزد", "اراک", "زنجان", "سمنان", "بیرجند", "ساری", "قزوین", "ایلام", "بجنورد",
         "گرگان", "سنندج", "همدان", "کاشان"]


CLAUSES = ["شورای شهر طرح تازه‌ای برای نوسازی بافت فرسوده را بررسی کرد",
           "کشاورزان منطقه از کمبود آب در فصل تابستان گله داشتند",
           "دانش‌آموزان مدرسه در مسابقه علمی استان رتبه نخست را گرفتند",
           "بیمارستان تازه شهر با دویست تخت به زودی آماده پذیرش بیماران می‌شود",
           "قیمت میوه در بازار روز هفته گذشته اندکی پایین آمد",
           "گروهی از کوهنوردان برای پاکسازی دامنه کوه به راه افتادند",
           "نمایشگاه صنایع دستی زنان روستایی در سالن شهرداری برپا شد",
           "راه روستایی تازه‌ای میان دو بخش شهرستان آسفالت شد",
           "کتابخانه مرکزی ساعت کار خود را در ماه رمضان تغییر داد",
           "تیم فوتبال جوانان شهر به مرحله پایانی رقابت‌ها راه یافت",
           "اداره برق از مردم خواست در ساعت اوج مصرف صرفه‌جویی کنند",
           "جشنواره فیلم کوتاه دانشجویی با نمایش بیست فیلم آغاز به کار کرد",
           "کارخانه قند پس از دو سال تعطیلی دوباره راه‌اندازی شد",
           "پلیس راه از افزایش سفرهای جاده‌ای در تعطیلات خبر داد",
           "سازمان پارک‌ها هزار نهال تازه در بوستان‌های شهر کاشت",
           "بازارچه کتاب دست دوم در میدان اصلی شهر گشایش یافت",
           "نانوایی‌های شهر از امروز نان را با قیمت تازه می‌فروشند",
           "هنرمندان موسیقی محلی در تالار فرهنگ برنامه اجرا کردند",
           "ساخت پل عابر پیاده بزرگراه پس از یک سال به پایان رسید",
           "خیرین مدرسه‌ساز سه مدرسه تازه در روستاهای دور ساختند",
           "آتش‌نشانان شهر در یک تمرین بزرگ نجات از ساختمان بلند شرکت کردند",
           "نخستین همایش گیاهان دارویی استان در دانشگاه برگزار شد",
           "مسیر دوچرخه‌سواری تازه‌ای در کنار رودخانه ساخته شد",
           "شهرداری ساعت کار اتوبوس‌های شبانه را تا نیمه‌شب افزایش داد",
           "باغداران از برداشت خوب انار در پاییز امسال خبر دادند",
           "موزه مردم‌شناسی پس از مرمت دوباره به روی بازدیدکنندگان باز شد",
           "اداره آب از شستن خودرو با آب آشامیدنی جلوگیری می‌کند",
           "گروه تئاتر جوانان نمایش تازه خود را در پارک شهر اجرا کرد",
           "دامداران منطقه برای خرید علوفه وام کم‌بهره می‌گیرند",
           "بازسازی حمام تاریخی بازار قدیم به نیمه رسید",
           "کلاس‌های رایگان آموزش شنا برای کودکان در استخر شهر آغاز شد",
           "جاده کوهستانی پس از بارش برف سنگین بسته شد",
           "فروشگاه‌های محلی برای روز پدر تخفیف ویژه دادند",
           "دانشجویان داوطلب در طرح ملی سوادآموزی به روستاها رفتند",
           "نخستین بازار محصولات ارگانیک در میدان میوه و تره‌بار برپا شد",
           "مرکز بهداشت از آغاز واکسیناسیون آنفلوانزای سالمندان خبر داد",
           "مسابقه کتابخوانی خانوادگی با شرکت هزار خانواده برگزار شد",
           "سیلاب بهاری به چند مزرعه گندم در پایین‌دست رودخانه آسیب زد",
           "کارگاه آموزش عکاسی برای نوجوانان در خانه فرهنگ برگزار شد"]


def _story(n: int) -> list[str]:
    """A headline and three paragraphs of page ``n``'s own (its three clauses: no two pages alike)."""
    c = CLAUSES[3 * n: 3 * n + 3]
    town = TOWNS[n % len(TOWNS)]
    return [f"گزارش روز {town}: {c[0]}",
            f"به گفته مسئولان {town} {c[0]} و این کار تا پایان ماه ادامه خواهد داشت.",
            f"در ادامه این گزارش آمده است که {c[1]} و مردم از آن استقبال کردند.",
            f"یکی از شهروندان گفت {c[2]} و هنوز کارهای زیادی مانده است."]

def _page(n: int) -> list[str]:
    return [SITE, MENU] + _story(n) + [CLOSING]


def _texts(tmp_path, pages: list[list[str]], *, rejected: bool = False) -> dict[int, str]:
    """The text of each kept page (with ``rejected``, of the pages dedup dropped too: leaked
    chrome makes pages alike), by page number."""
    rows = refine_pages(tmp_path, ["\n\n".join(lines) for lines in pages], rejected=rejected)
    return {int(k[1:]): r.get("text") or "" for k, r in rows.items()}


#: ten pages of the site as it is, three that lack its header and menu (a crawl that cut them)
HEADED = range(10)
CUT = range(10, 13)


def _no_named_closing(monkeypatch):
    monkeypatch.setattr(tpl.PageTemplate, "_named_closing", lambda self, lines, keys, i, is_p: False)


def _bare(n: int) -> list[str]:
    """A page of the site with neither its header nor its menu: the story and the closing only."""
    return _story(n) + [CLOSING]


def test_a_sentence_closing_many_pages_of_other_stories_is_the_sites(tmp_path):
    # the bare pages have no family but the one their closing sentence names
    texts = _texts(tmp_path, [_page(n) for n in HEADED] + [_bare(n) for n in CUT])
    assert set(texts) == set(HEADED) | set(CUT)
    for k, text in texts.items():
        assert CLOSING not in text, k
        assert "در ادامه این گزارش آمده است" in text, k


def test_without_the_named_closing_the_bare_pages_leak(tmp_path, monkeypatch):
    _no_named_closing(monkeypatch)
    texts = _texts(tmp_path, [_page(n) for n in HEADED] + [_bare(n) for n in CUT], rejected=True)
    assert all(CLOSING in texts[k] for k in CUT)
