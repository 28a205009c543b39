"""Hand-written samples of the languages palayesh's language ID must tell apart from Persian.

The table is data shared by ``tests/test_langid.py`` and ``bench/bench_filters.py``; the one test here
checks that the table itself is sound (every language present, no sample accidentally empty).
Each row: (expected lang, text, why it is in the table).
"""
from __future__ import annotations

SAMPLES: list[tuple[str, str, str]] = [
    # --- Persian (fa): news prose, informal prose, a short headline-like sentence
    ("fa", "به گزارش خبرگزاری مهر، رئیس‌جمهور امروز در جلسه هیئت دولت گفت که دولت برای کنترل تورم "
           "برنامه‌های تازه‌ای دارد و این برنامه‌ها از هفته آینده اجرا می‌شود.", "news dateline and verbs with می‌"),
    ("fa", "تیم ملی فوتبال ایران شب گذشته در ورزشگاه آزادی با نتیجه دو بر یک از سد حریف گذشت و "
           "به مرحله بعد صعود کرد.", "sports report"),
    ("fa", "دیروز با دوستانم به کوه رفتیم. هوا خیلی سرد بود ولی منظره‌اش ارزش داشت و کلی عکس گرفتیم.",
     "informal first-person prose"),
    ("fa", "وزارت بهداشت اعلام کرد شمار مبتلایان به آنفلوآنزا در هفته گذشته کاهش یافته است.",
     "one sentence with است"),
    ("fa", "قیمت دلار در بازار آزاد تهران امروز به ۵۸ هزار تومان رسید؛ کارشناسان می‌گویند نوسان ادامه دارد.",
     "numbers in Persian digits"),
    ("fa", "کتابخانه ملی ایران مجموعه‌ای از نسخه‌های خطی قرن هشتم را برای نخستین بار به نمایش گذاشت "
           "و بازدید از آن برای عموم رایگان است.", "cultural news"),
    # --- Arabic (ar): MSA news, Quranic verse with diacritics, prayer text (Sahifa style)
    ("ar", "أعلنت وزارة الصحة في المملكة العربية السعودية اليوم عن تسجيل انخفاض ملحوظ في عدد الإصابات، "
           "وقالت إن الوضع الصحي في البلاد مستقر.", "MSA news with ة and ال"),
    ("ar", "وَإِذْ قَالَ رَبُّكَ لِلْمَلَائِكَةِ إِنِّي جَاعِلٌ فِي الْأَرْضِ خَلِيفَةً قَالُوا أَتَجْعَلُ فِيهَا مَنْ يُفْسِدُ فِيهَا",
     "Quranic verse with full diacritics"),
    ("ar", "اللهم صل على محمد وآله، واجعلني من الذين إذا أحسنوا استبشروا، وإذا أساؤوا استغفروا.",
     "Sahifa-style prayer"),
    ("ar", "قال المتحدث باسم الحكومة العراقية إن المفاوضات مع الجانب التركي ستستأنف الأسبوع المقبل في بغداد.",
     "news about Iraq"),
    ("ar", "يعتبر التعليم من أهم الركائز التي تقوم عليها المجتمعات الحديثة، ولذلك تسعى الدول إلى تطويره باستمرار.",
     "essay prose"),
    # --- Urdu (ur): ے ں ٹ ڈ ڑ ھ and the Urdu full stop ۔
    ("ur", "پاکستان کے وزیر اعظم نے آج اسلام آباد میں ایک اہم اجلاس کی صدارت کی جس میں ملک کی معاشی "
           "صورتحال پر تفصیلی غور کیا گیا۔", "news sentence"),
    ("ur", "کل شام لاہور میں شدید بارش ہوئی جس کی وجہ سے کئی سڑکیں پانی میں ڈوب گئیں اور ٹریفک کا نظام درہم برہم ہو گیا۔",
     "weather report"),
    ("ur", "میں نے اپنے دوست سے کہا کہ ہم کل صبح کرکٹ کا میچ دیکھنے جائیں گے۔", "first-person sentence"),
    ("ur", "حکومت نے تعلیم کے بجٹ میں اضافے کا اعلان کیا ہے تاکہ بچوں کو بہتر سہولیات مل سکیں۔",
     "policy sentence with ہے"),
    ("ur", "اردو ادب میں غالب اور اقبال کی شاعری کو ہمیشہ بڑی اہمیت حاصل رہی ہے۔", "literature"),
    # --- Pashto (ps): ټ ډ ړ ږ ښ ګ ڼ ې ۍ
    ("ps", "د افغانستان د بهرنیو چارو وزارت ویاند وویل چې دا هېواد له ټولو ګاونډیو هېوادونو سره ښې اړیکې غواړي.",
     "news sentence"),
    ("ps", "پرون په کابل ښار کې ډېره واوره وورېده او ډېری سړکونه د موټرو پر مخ وتړل شول.", "weather report"),
    ("ps", "زه غواړم چې په راتلونکي کال کې په پوهنتون کې طب ولولم او خپلو خلکو ته خدمت وکړم.",
     "first-person sentence"),
    ("ps", "د پښتو ژبې شاعرانو لکه رحمان بابا او خوشحال خان خټک په خپلو شعرونو کې د مينې او ننګ خبرې کړې دي.",
     "literature"),
    ("ps", "ښوونځي به د راتلونکې اونۍ له پیله بیا پرانیستل شي او زده کوونکي به ټولګیو ته ستانه شي.",
     "schools news with ۍ"),
    # --- Central Kurdish / Sorani (ckb): ە ێ ۆ ڵ ڕ ڤ
    ("ckb", "سەرۆکی هەرێمی کوردستان ئەمڕۆ لە هەولێر پێشوازی لە شاندێکی حکومەتی عێراق کرد و باسی لە "
            "پرسە هەڵپەسێردراوەکان کرد.", "news sentence"),
    ("ckb", "دوێنێ بارانێکی زۆر لە سلێمانی باری و هەندێک لە شەقامەکان پڕ بوون لە ئاو.", "weather report"),
    ("ckb", "من دەمەوێت ساڵی داهاتوو لە زانکۆی سەلاحەددین زمانی ئینگلیزی بخوێنم.", "first-person sentence"),
    ("ckb", "زمانی کوردی یەکێکە لە زمانە هیندوئەورووپییەکان و چەندین شێوەزاری هەیە.", "about the language"),
    ("ckb", "قوتابخانەکان لە هەفتەی داهاتوودا دەکرێنەوە و قوتابیان دەگەڕێنەوە بۆ پۆلەکانیان.", "schools news"),
    # --- South Azerbaijani in Arabic script (azb): ؤ ۇ ۆ ائ and Turkic suffixes
    ("azb", "من تبریزده دوغولموشام و آنا دیلیم تورکجه‌دیر. بیز هر گون اوشاقلاریمیزا ناغیل دئییریک.",
     "first-person prose"),
    ("azb", "آذربایجان تورکجه‌سی ایران‌دا میلیونلارلا اینسانین آنا دیلی‌دیر و بو دیلده چوخلو شعر یازیلیب‌دیر.",
     "about the language"),
    ("azb", "دونن تبریزده چوخ قار یاغدی و یوللارین چوخو باغلاندی، اوشاقلار ائوده قالدیلار.", "weather report"),
    ("azb", "شهریارین «حیدربابایا سلام» منظومه‌سی آذربایجان ادبیاتینین ان گؤزل اثرلریندن بیری‌دیر.",
     "literature"),
    ("azb", "بو ایل اۆنیوئرسیته‌یه گیرمک اۆچون چوخلو اؤیرنجی سیناقا قاتیلدی.", "education news with اۆ and اؤ"),
    # --- English (en)
    ("en", "The central bank raised interest rates by a quarter of a percentage point on Wednesday, "
           "citing persistent inflation.", "news sentence"),
    ("en", "Click here to subscribe to our newsletter and get the latest stories delivered to your inbox.",
     "web chrome in English"),
    ("en", "Tehran is the capital of Iran and its largest city, with a population of more than eight million.",
     "encyclopedic sentence"),
    ("en", "Copyright 2023 All rights reserved. Privacy Policy | Terms of Use | Contact Us", "footer"),
    # --- mixed: Persian and English halves of similar weight
    ("mixed", "Breaking news: the president met foreign ministers in Geneva today to discuss the nuclear deal. "
              "رئیس‌جمهور امروز در ژنو با وزیران خارجه دیدار کرد و درباره توافق هسته‌ای گفتگو کرد.",
     "bilingual news page: English and Persian of similar length"),
    ("mixed", "Home | About us | Contact | Privacy policy | Terms of service | Advertise with us\n"
              "صفحه اصلی درباره ما تماس با ما حریم خصوصی شرایط استفاده تبلیغات در سایت ما",
     "bilingual menu"),
]

LANGS = ("fa", "ar", "ur", "ps", "ckb", "azb", "en", "mixed")


def test_samples_table_is_sound():
    # every language the issue names has samples, and no sample is blank
    assert {lang for lang, _, _ in SAMPLES} == set(LANGS)
    assert all(text.strip() and why for _, text, why in SAMPLES)


#: what palayesh's normalizer does to the letters language ID looks at (Arabic and other-language
#: letter forms folded into Persian ones, diacritics and tatweel dropped). Tests use this stand-in so
#: they check language ID, not the normalizer, and run whatever state the normalizer is in.
_FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "ە": "ه", "ہ": "ه", "ې": "ی",
                       "ھ": "ه", "\u0640": None, **{chr(c): None for c in range(0x064B, 0x0653)}})


def fold(text: str) -> str:
    """Approximately what :func:`palayesh.normalize` makes of ``text`` for language ID."""
    return text.translate(_FOLD)


def test_fold_matches_the_normalizer_letters():
    # the stand-in folds the letters the normalizer folds: Arabic yeh/kaf, Sorani ae, Pashto e
    assert fold("كتاب في سەرۆک هېواد") == "کتاب فی سهرۆک هیواد"
