"""A readers' thread in a box of its own beside the story's (a saved Disqus or wpDiscuz thread whose
markup names nothing): posts under a head of a name and an age («Guest · 2 months ago», «مریم» over
«۵ روز پیش»), long, well-written comments among them, are no part of the story
(:func:`palayesh.extract.htmlbody._thread_under_story`)."""
from __future__ import annotations

import pytest

from conftest import read_rows, story_bodies
from palayesh import refine
from palayesh.textkeys import line_key

_SAID = ["به نظر من مسئولان باید پیش از هر تصمیمی درباره قیمت‌ها با مردم و کارشناسان مشورت کنند، چون هر بار "
         "تصمیم‌های عجولانه گرفته می‌شود و بعد همه از نتیجه آن گله دارند و کسی هم پاسخگو نیست.",
         "این گزارش بسیار دقیق بود و امیدوارم مسئولان استان هم آن را بخوانند و برای حل مشکل مردم این منطقه "
         "کاری بکنند، چون سال‌هاست همین وعده‌ها را می‌شنویم و هیچ اتفاقی نمی‌افتد.",
         "عالی بود", "کاملا موافقم",
         "من خودم ساکن همین محله هستم و می‌توانم بگویم که وضعیت از آنچه در گزارش آمده هم بدتر است و هر روز "
         "ترافیک و آلودگی بیشتر می‌شود."]


#: more comments than story: the paragraphs of other stories, long and well written, as readers' words
_MORE = [p for story in story_bodies(46, paras=3)[6:] for p in story]


def _page(heads, story, title, p) -> str:
    said = _SAID + _MORE[20 * p:20 * p + 20]
    heads = (heads * 5)[:25]
    posts = "".join(f"<li class=k7><div class=k8><span class=k1>{h.split(' · ')[0]}</span> · <span class=k2>"
                    f"{h.split(' · ')[1]}</span></div><div class=k9><p>{t}</p></div><footer><a>{n + 2}</a> <a>▲</a>"
                    f" <a>▼</a> • <a>Reply</a></footer></li>" for n, (h, t) in enumerate(zip(heads, said)))
    posts = f"<div class=k5>{len(heads)} Comments</div><div class=k6>Sort by Best</div><ul class=k4>{posts}</ul>"
    return (f"<html><head><meta charset=utf-8><title>{title}</title></head><body dir=rtl>"
            f"<div class=a1>خانه | سیاسی | اقتصادی</div><div class=a2><h1>{title}</h1>"
            "<div class=a3>۱۸ آذر ۱۴۰۲ - ۱۸:۱۴</div>" + "".join(f"<p>{p}</p>" for p in story) +
            "</div><div class=a4>" + posts + "</div><div class=a5>تمامی حقوق محفوظ است</div></body></html>")


@pytest.mark.parametrize("heads", [
    # an English widget's byline: a name and an age
    ["Guest · 2 months ago", "Ali R · 10 months ago", "sara_k · 3 days ago", "Guest · a year ago",
     "Nazanin · 6 days ago"],
    # a Persian one
    ["مهمان · ۳ ماه پیش", "مریم · ۵ روز پیش", "حامد · ۱ روز پیش", "مهمان · ۲ هفته قبل", "رضا · ۴ ساعت پیش"],
])
def test_a_thread_in_a_box_of_its_own_is_no_part_of_the_story(tmp_path, heads):
    # (a site of six such pages: the run learns the site's lines, and the extractor takes the story's
    # paragraphs and the comments' with nothing between them)
    stories = story_bodies(6, paras=3)
    src = tmp_path / "pages"
    src.mkdir()
    for p, story in enumerate(stories):
        turn = heads[p % 5:] + heads[:p % 5]
        (src / f"p{p:02d}.html").write_text(_page(turn, story, " ".join(story[1].split()[:7]), p), encoding="utf-8")
    refine(src, tmp_path / "out", workers=1, progress="none")  # (write the pages first, then read them)
    rows = {r["id"]: r for r in read_rows(tmp_path / "out")}
    for p, story in enumerate(stories):
        r = rows[f"p{p:02d}"]
        got = {line_key(x) for x in ([r["lead"]] if r["lead"] else []) + r["text"].split("\n")}
        assert {line_key(x) for x in story} <= got, p
        assert not {line_key(x) for x in _SAID + _MORE} & got, p
