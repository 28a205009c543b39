"""An interview's questions and answers under a related link the site sets between its paragraphs
(«مرتبط: <another story's headline>», chrome the template learned): the answers are rows of results,
no sentence's end and few function words, so no line under the story's last paragraph reads as
prose; the questions are turns of the page's dialogue (:func:`palayesh.extract.dialogue.dialogue_turns`),
and a turn answered under it is the story's: the tail's cut stops there (an odev podcast page, 087,
kept 2 of its 7 lines)."""
from __future__ import annotations

from conftest import made_titles, refine_site, story_bodies
from palayesh.textkeys import line_key

TITLES = made_titles(10, ["مسابقات دوستانه فوتبال", "اردوی تیم ملی", "جام باشگاه‌ها", "لیگ دسته اول",
                         "تمرین تیم جوانان"],
                     ["تهران", "تبریز", "شیراز", "مشهد", "اهواز", "رشت", "کرمان", "یزد", "قم", "ساری", "اراک"])
QA = ["سؤال: نتایج دیگر دیدارهای دوستانه دیروز چه بود؟",
      "پاسخ: جینگ‌سو چین ۲ زسکا روسیه ۱ ویبورگ دانمارک ۰ آراهوس دانمارک ۱ لوکوموتیو بلغارستان ۰ "
      "جاگودینا صربستان ۱ شاف‌هاوزن سوئیس ۱ سن‌گالن سوئیس ۲ کارلسروهه آلمان ۱ پریبرام چک ۰",
      "سؤال: و در گروه دوم کدام تیم‌ها برنده شدند؟",
      "پاسخ: آسترویاوین اتریش ۲ آرمینیا بیله‌فلد آلمان ۲ آلن آلمان ۵ زون‌هوف آلمان ۱ زیگما اولموچ چک ۲"]


def _pages() -> list[list[str]]:
    pages = []
    for i, (title, paras) in enumerate(zip(TITLES, story_bodies(10, 3))):
        link = f"مرتبط: {TITLES[(i + 1) % len(TITLES)]}"
        story = [paras[0], paras[1], link, *(QA if i == 0 else [paras[2]])]
        pages.append(["ورزش‌نامه", "خانه | فوتبال | والیبال | تماس با ما", title, f"۱۴۰۲/۰۳/{10 + i}", *story,
                      "اشتراک‌گذاری: تلگرام | واتس‌اپ", "کلیه حقوق محفوظ است"])
    return pages


def test_an_interviews_answered_questions_under_a_related_link_are_the_storys(tmp_path):
    rows = refine_site(tmp_path, _pages())
    text = [line_key(p) for p in rows["p00"]["text"].split("\n")]
    assert text[-len(QA):] == [line_key(q) for q in QA]
    assert not any(line_key(TITLES[1]) in p for p in text)  # (the related link goes all the same)
    # (another page of the site: its related link goes, its last paragraph stays)
    other = [line_key(p) for p in rows["p03"]["text"].split("\n")]
    assert not any(line_key(TITLES[4]) in p for p in other) and len(other) == 3
