"""A site's search results page that shows its first hit whole: the page's ``<h1>`` quotes the
query its search box holds («نتایج جستجو برای «…»»), and the hit's own heading under it is the
story's headline, the hit's service chip over it its section (extract/html.py ``_quotes_query``).
The page is written here; the first test fails without the mechanism."""
from __future__ import annotations

from conftest import story_bodies
from palayesh import extract

TITLE = "برداشت پسته در رفسنجان آغاز شد"


def _page(query: str, h1: str) -> str:
    paras = story_bodies(1)[0]
    return f"""<html><head><title>جستجو: {query} - خبرگزاری نمونه</title></head><body>
<header><a href="/">خبرگزاری نمونه</a></header>
<form class="search"><input name="q" value="{query}"><button>جستجو</button></form>
<h1>{h1}</h1><div class="count">۷۶۹ نتیجه یافت شد</div>
<div class="result expanded"><div class="svc">کشاورزی</div>
<h2 class="result-title">{TITLE}</h2><div class="result-date">۲۵ آذر ۱۴۰۳ - ۰۴:۲۸</div>
{"".join(f"<p>{p}</p>" for p in paras)}</div>
<ol class="results"><li><span class="svc">ورزشی</span> <a href="/news/1">تیم ملی والیبال به فینال رسید</a>
<time>۲۶ شهریور ۱۴۰۳</time></li></ol>
</body></html>"""


def test_the_hit_under_a_heading_quoting_the_query_gives_the_headline():
    assert extract(_page("پسته", "نتایج جستجو برای «پسته»")).title == TITLE


def test_a_heading_quoting_another_word_stays_the_headline():
    # (a headline that quotes a word the search box does not hold is the story's)
    h1 = "وزیر: «پسته» طلای سبز ایران است"
    assert extract(_page("برنج", h1)).title == h1
