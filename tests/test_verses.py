"""Verses inside a story: a poem's hemistichs are the story's lines, told by their shape (about as
long as each other, rhyming), not by their words; short lines that do not rhyme stay what they were."""
import pytest

from palayesh import extract
from palayesh.extract.verses import couplet_line, verse_runs

_STORY = [
    "به گزارش خبرنگار ما، نشست ادبی شاعران جوان استان عصر دیروز در تالار فرهنگ شهر برگزار شد"
    " و ده‌ها علاقه‌مند در آن حضور داشتند.",
    "دبیر این نشست گفت که هر ماه یکی از شاعران کلاسیک فارسی در این جلسه معرفی می‌شود و"
    " شاعران جوان شعرهای تازه خود را می‌خوانند.",
    "در پایان این نشست، استاد پیشکسوت انجمن از اهمیت خواندن متون کهن برای جوانان گفت و"
    " بیتی از مثنوی را برای حاضران خواند که بسیار مورد توجه قرار گرفت.",
]
_COUPLET = ["بشنو این نی چون شکایت می‌کند", "از جدایی‌ها حکایت می‌کند"]
_GHAZAL = ["الا یا ایها الساقی ادر کاسا و ناولها", "که عشق آسان نمود اول ولی افتاد مشکل‌ها",
           "به بوی نافه‌ای کاخر صبا زان طره بگشاید", "ز تاب جعد مشکینش چه خون افتاد در دل‌ها"]


@pytest.mark.parametrize("texts, found", [
    # a couplet between two sentences: its two hemistichs rhyme («می‌کند» a «ردیف» after «-ایت»)
    (["متن خبر.", *_COUPLET, "ادامه خبر."], [1, 2]),
    # a ghazal's first two couplets: the fourth hemistich rhymes with the first couplet, the third with none
    (["متن خبر.", *_GHAZAL, "ادامه خبر."], [1, 2, 3, 4]),
    # a radif («می‌رود») after words ending alike («جانم» / «دلستانم»)
    (["ای ساربان آهسته ران کارام جانم می‌رود", "وان دل که با خود داشتم با دلستانم می‌رود"], [0, 1]),
    # two related headlines about as long: no rhyme, no poem
    (["متن خبر.", "افتتاح کتابخانه تازه در مرکز شهر", "برگزاری نمایشگاه کتاب کودک و نوجوان"], []),
    # two headlines ending in one word after words that do not end alike («آزاد شد» / «برگزار شد»)
    (["متن خبر.", "برادر بازیکن ملی پوش به قید وثیقه آزاد شد", "جشنواره فیلم کوتاه در شهر ما برگزار شد"], []),
    # a button under the closing couplet rhymes with nothing: the couplet only
    (["متن خبر.", *_COUPLET, "این نوشته را برای دوستانتان بفرستید"], [1, 2]),
    # lines with figures or fields are a box's, not a poem's
    (["متن خبر.", "قیمت: ۲۰ هزار تومان", "قیمت: ۳۰ هزار تومان"], []),
    # a lone hemistich is no poem
    (["متن خبر.", _COUPLET[0], "ادامه خبر."], []),
])
def test_verse_runs(texts, found):
    assert sorted(verse_runs(texts)) == found


def test_a_couplet_on_one_line():
    assert couplet_line("توانا بود هر که دانا بود / ز دانش دل پیر برنا بود")
    assert not couplet_line("قیمت دلار / بازار ارز")  # (no rhyme, two words each)


def _page(*body: str) -> str:
    return "\n\n".join(["انجمن ادبی سپیدار", "نشست شاعران جوان برگزار شد", *body,
                        "این نوشته را برای دوستانتان بفرستید", "کلیه حقوق محفوظ است."])


def test_a_couplet_closing_the_story_is_the_storys():
    # short lines after the last paragraph are cut as tail; a couplet closing it rhymes, and stays
    a = extract(_page(*_STORY, *_COUPLET))
    assert all(x in a.paragraphs for x in _COUPLET), a.paragraphs
    assert "این نوشته را برای دوستانتان بفرستید" not in a.paragraphs
    b = extract(_page(*_STORY, *_GHAZAL))
    assert all(x in b.paragraphs for x in _GHAZAL), b.paragraphs


def test_a_poem_between_paragraphs_stays_a_related_headline_does_not():
    a = extract(_page(_STORY[0], *_GHAZAL, _STORY[1], _STORY[2]))
    assert all(x in a.paragraphs for x in _GHAZAL), a.paragraphs
    # two short lines after the story that do not rhyme are still its tail
    tail = ["افتتاح کتابخانه تازه در مرکز شهر", "برگزاری نمایشگاه کتاب کودک و نوجوان"]
    b = extract(_page(*_STORY, *tail))
    assert not any(x in b.paragraphs for x in tail), b.paragraphs


def test_a_couplet_closing_an_html_story_is_the_storys():
    ps = "".join(f"<p>{x}</p>" for x in [*_STORY, *_COUPLET])
    html = ("<html><head><title>نشست شاعران جوان برگزار شد</title></head><body>"
            "<header><a href='/'>انجمن ادبی سپیدار</a></header><article><h1>نشست شاعران جوان برگزار شد</h1>"
            f"{ps}</article><footer><p>این نوشته را برای دوستانتان بفرستید</p></footer></body></html>")
    a = extract(html)
    assert all(x in a.paragraphs for x in _COUPLET), a.paragraphs
