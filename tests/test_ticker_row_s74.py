"""(s74) A ticker row over the headline, «تازه‌ها <headline> | <headline>», whose items are other pages'
headlines in the run, is a row of related links, no «kicker | headline»; a row of controls the site shows
under the story's date («کوچک | متوسط | بزرگ», the font size's) does not hide the headline over it, which
the site lists on its other pages.

The shape of kdev's agri pages 290 and 314. When every page of a site has the ticker, the run's titles are
the tickers themselves, so a rule that asks whether the ticker's items are the run's titles cannot see it;
(s75) the ticker's items stand as lines on other stories' pages (their headlines, the related lists:
:meth:`PageTemplate.ticker_row`), and the «<speaker>: <quote>» headline the run lists whole stays whole
(:meth:`PageTemplate.listed_whole`), no field label over a value."""
from conftest import refine_site
from test_stock_title_s73 import TOWNS, _story

SPEAKERS = ["وزیر جهاد کشاورزی", "رئیس سازمان دامپزشکی", "مدیرکل منابع طبیعی", "معاون وزیر نیرو"]
QUOTES = ["خرید تضمینی گندم در {t} ادامه دارد", "واکسن دام در {t} رایگان است", "آب کشاورزی {t} سهمیه‌بندی می‌شود",
          "باغداران {t} بیمه می‌شوند", "بذر اصلاح‌شده به {t} می‌رسد", "بازار خرمای {t} رونق گرفت"]


def _pages(n: int = 14) -> tuple[list[list[str]], list[str]]:
    heads = [f"{SPEAKERS[k % len(SPEAKERS)]}: {QUOTES[k % len(QUOTES)].format(t=TOWNS[k % len(TOWNS)])}"
             for k in range(n)]
    pages = []
    for k, head in enumerate(heads):
        ticker = f"تازه‌ها {heads[(k + 3) % n]} | {heads[(k + 5) % n]}"
        top = ["خبرگزاری نمونه", "صدای کشاورزان ایران", "صفحه نخست | زراعت | باغبانی | دام | آب", ticker, "زراعت",
               head, f"{k + 1} مهر ۱۴۰۲", "نویسنده: تحریریه", f"کد خبر: {4000 + k}", f"بازدید: {120 + 7 * k}",
               "کوچک | متوسط | بزرگ"]
        related = ["مطالب مرتبط", heads[(k + 1) % n], heads[(k + 2) % n]]
        pages.append([*top, *_story(k, TOWNS[k % len(TOWNS)]), *related, "کلیه حقوق این سایت محفوظ است"])
    return pages, heads


def test_a_ticker_of_other_pages_headlines_heads_no_story(tmp_path):
    pages, heads = _pages()
    rows = refine_site(tmp_path, pages)
    got = {k: rows[f"p{k:02d}"]["title"] for k in range(len(heads)) if f"p{k:02d}" in rows}
    assert len(got) >= 10
    assert got == {k: heads[k] for k in got}
