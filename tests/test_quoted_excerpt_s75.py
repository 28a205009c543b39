"""(s75) A line that quotes words of the story's own paragraph, cut with an ellipsis («… the paragraph's last
words»: a fact check's claim card, a quote box) is no lead (:func:`.extract.quoted_excerpt`)."""
from palayesh.extract import extract

HEADLINE = "بارش برف در تهران مدارس را تعطیل کرد"
STORY = [
    "به گزارش خبرنگار ما، بارش برف از صبح امروز در تهران آغاز شد و تا فردا ادامه دارد و مدارس تعطیل شدند.",
    "هواشناسی اعلام کرد که دمای هوا در روزهای آینده کاهش می‌یابد و رانندگان باید احتیاط کنند و زنجیر"
    " چرخ همراه داشته باشند.",
    "شهرداری تهران نیز از آمادگی کامل نیروهای خدمات شهری برای برف‌روبی معابر اصلی و فرعی پایتخت خبر داد.",
]


def _page(lead: str) -> str:
    return ("<html><body><h1>" + HEADLINE + '</h1><p class="lead">' + lead + "</p>"
            + "".join(f"<p>{p}</p>" for p in STORY) + "</body></html>")


def test_a_quoted_excerpt_of_the_story_is_no_lead():
    art = extract(_page("«… در تهران آغاز شد و تا فردا ادامه دارد و مدارس تعطیل شدند.»"))
    assert art.title == HEADLINE and art.lead is None and art.paragraphs == STORY


def test_a_summary_is_a_lead():
    lead = "برف تهران مدارس پایتخت را یک روز تعطیل کرد و شهرداری برای برف‌روبی آماده است."
    assert extract(_page(lead)).lead == lead
