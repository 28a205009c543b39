"""The language gate on raw WARC bodies (issue 17): Persian kept, other languages dropped on their bytes."""
from __future__ import annotations

import pytest

from palayesh.readers.gate import gate, judge
from palayesh.readers.warc import sampled

FA = ("به گزارش خبرگزاری فارس، وزیر امور خارجه کشورمان امروز در نشست خبری گفت که گفتگوهای دو کشور "
      "در هفته آینده در تهران پیگیری می‌شود و هیئت‌های کارشناسی پیش‌نویس توافق را بررسی خواهند کرد. "
      "او افزود که ژاپن و چین نیز به این گفتگوها علاقه نشان داده‌اند.")
# the same news the way older sites wrote it: Arabic ي and ك, no ZWNJ (پ چ ژ گ stay Persian)
FA_OLD = FA.replace("ی", "ي").replace("ک", "ك").replace("\u200c", " ")
AR = ("قال المتحدث باسم وزارة الخارجية إن المفاوضات بين البلدين ستستأنف في الأسبوع المقبل في العاصمة، "
      "وأضاف أن اللجنة الفنية المشتركة ستعقد اجتماعها الأول لمناقشة الاتفاقية الجديدة والقضايا الإقليمية "
      "ذات الاهتمام المشترك، مشيرا إلى أن الحكومة تولي أهمية كبيرة لهذه الزيارة.")
# Urdu: ے (U+06D2), ہ (U+06C1), ں (U+06BA), ھ (U+06BE) in every sentence
UR = ("پاکستان کے وزیر اعظم نے آج اسلام آباد میں ایک اہم اجلاس کی صدارت کی جس میں ملک کی معاشی صورتحال پر "
      "تفصیلی غور کیا گیا۔ اجلاس میں وفاقی وزرا نے بھی شرکت کی اور حکومت کی جانب سے نئے اقدامات کا اعلان کیا گیا۔ "
      "انہوں نے کہا کہ عوام کو ریلیف دینا حکومت کی اولین ترجیح ہے اور اس سلسلے میں ہر ممکن قدم اٹھایا جائے گا۔")
EN = ("The foreign minister said at a press conference today that talks between the two countries will "
      "continue next week in the capital, and that expert delegations will review the draft agreement. ") * 3
RU = ("Министр иностранных дел заявил сегодня на пресс-конференции, что переговоры между двумя странами "
      "продолжатся на следующей неделе в столице, а делегации экспертов рассмотрят проект соглашения. ") * 3
QURAN = "بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ الْحَمْدُ لِلَّهِ رَبِّ الْعَالَمِينَ الرَّحْمَٰنِ الرَّحِيمِ مَالِكِ يَوْمِ الدِّينِ"
CHROME = ('<head><title>News</title><script>var x = {"a": 1, "menu": "home"};</script></head>'
          '<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>')


def html(*paras: str, lang: str = "", chrome: str = CHROME) -> str:
    attr = f' lang="{lang}"' if lang else ""
    return f"<!DOCTYPE html><html{attr}>{chrome}<body>" + "".join(f"<p>{p}</p>" for p in paras) + "</body></html>"


def test_urdu_sample_has_its_letters():
    assert all(c in UR for c in "ےہںھ")  # the Urdu sample really is written in Urdu letters


@pytest.mark.parametrize("body,ctype,keep,why", [
    # Persian, in every way it arrives
    (html(FA).encode(), "text/html; charset=utf-8", True, "persian"),
    (html(FA_OLD).encode(), "text/html", True, "persian"),                    # ي/ك, but پ چ ژ گ
    (html(FA_OLD).encode("cp1256"), "text/html; charset=windows-1256", True, "persian"),  # declared 1256
    (html(FA_OLD).encode("cp1256"), None, True, "persian"),                   # 1256, detected
    (html(FA).encode("utf-16"), "text/html", True, "persian"),                # UTF-16 with a BOM
    ("".join(f"&#{ord(c)};" if c != " " else c for c in FA).encode(), "text/html", True, "persian"),  # entities
    (html(EN, lang="fa-IR").encode(), "text/html", True, "lang_fa"),          # <html lang="fa">: kept, whatever
    (html(FA, QURAN, FA).encode(), "text/html", True, "persian"),             # a Quranic verse inside Persian
    (html(FA, EN).encode(), "text/html", True, "persian"),                    # mixed Persian and English
    (html(EN, FA[:120]).encode(), "text/html", True, "persian"),              # 20 Persian words in English
    (html(EN, EN, FA[:40]).encode(), "text/html", False, "little_arabic_script"),  # 7 Persian words in English
    # tiny pages: kept when their few letters are Persian (the quality filters judge them)
    (b"<p>\xd8\xb3\xd9\x84\xd8\xa7\xd9\x85</p>", "text/html", True, "short"),                  # «سلام»
    (html("خبر کوتاه", chrome="").encode(), "text/html", True, "short"),
    (b"", "text/html", False, "no_arabic_script"),
    (b"<p>ok</p>", "text/html", False, "no_arabic_script"),
    # other languages
    (html(AR, AR, lang="ar").encode(), "text/html; charset=utf-8", False, "arabic"),
    (html(AR, AR).encode("cp1256"), "text/html; charset=windows-1256", False, "arabic"),
    (html(UR, UR).encode(), "text/html", False, "urdu"),
    (html(EN).encode(), "text/html; charset=utf-8", False, "no_arabic_script"),
    (html(RU).encode(), "text/html; charset=utf-8", False, "no_arabic_script"),
    (html(RU).encode(), None, False, "no_arabic_script"),
    (html(RU).encode("cp1251"), "text/html; charset=windows-1251", False, "charset"),
    (html("Türkiye Cumhuriyeti Dışişleri Bakanı bugün yaptığı açıklamada görüşmelerin sürdüğünü söyledi.").encode(),
     "text/html", False, "no_arabic_script"),
    # an English page with a language menu («فارسی», «العربية»): a few Arabic-script letters only
    (html(EN, EN, '<a href="/fa">فارسی</a> <a href="/ar">العربية</a>').encode(), "text/html", False,
     "little_arabic_script"),
])
def test_gate(body, ctype, keep, why):
    assert gate(body, ctype) == (keep, why)


@pytest.mark.parametrize("text", [FA, FA_OLD, html(FA, QURAN), html(FA, EN)])
def test_judge_of_text_keeps_persian(text):
    assert judge(text)[0]


def test_a_latin1_page_with_persian_entities_is_read():
    body = ('<meta charset="iso-8859-1"><p>' + "".join(f"&#{ord(c)};" for c in FA) + "</p>").encode("latin-1")
    assert gate(body, None) == (True, "persian")


def test_sample_is_a_hash_of_the_id():
    ids = [f"CC-MAIN-00001/{i * 977}" for i in range(20000)]
    picked = [i for i in ids if sampled(i, 0.01)]
    assert 150 <= len(picked) <= 250                                     # about 1 %
    assert picked == [i for i in ids if sampled(i, 0.01)]                # the same, every time
    assert set(picked) <= {i for i in ids if sampled(i, 0.1)}            # a larger sample holds a smaller one
    assert all(sampled(i, 1.0) for i in ids[:100]) and not any(sampled(i, 0.0) for i in ids[:100])
