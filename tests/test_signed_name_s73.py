"""(s73) The writer's name alone under the story, which the header's byline row names, heads the
writer's box: no line of the story (:func:`.text._drop_signed_name`). Found on qdev scrambled
(scroll_portal: «بابک صادقی» under «■», over the box's renamed role line)."""
import pytest

from palayesh.extract.text import _drop_signed_name, classify

STORY = ["به گزارش خبرنامه نمونه از کرمان، کار ساخت پل امروز با حضور مسئولان استان آغاز شد و ادامه دارد.",
         "مسئولان کرمان گفتند که این کار تا سه ماه دیگر به پایان می‌رسد و هزینه آن از بودجه استان است."]


@pytest.mark.parametrize("header, last, dropped", [
    # a byline row «<name> | <date>» over the story names the writer: the name under it goes
    (["ساخت پل در کرمان آغاز شد", "بابک صادقی | جمعه ۲۶ شهریور ۱۳۹۵"], "بابک صادقی", True),
    # ... and so does a labelled byline
    (["ساخت پل در کرمان آغاز شد", "نویسنده: مریم احمدی"], "مریم احمدی", True),
    # a name the header does not show stays (a story may end with a quoted name)
    (["ساخت پل در کرمان آغاز شد", "بابک صادقی | جمعه ۲۶ شهریور ۱۳۹۵"], "مریم احمدی", False),
    # a sentence under the story stays, whoever the header names
    (["ساخت پل در کرمان آغاز شد", "بابک صادقی | جمعه ۲۶ شهریور ۱۳۹۵"], "بابک صادقی این را گفت.", False),
])
def test_the_writers_name_under_the_story(header, last, dropped):
    lines = [classify(t) for t in (*header, *STORY, last)]
    body = list(range(len(header), len(lines)))
    assert _drop_signed_name(lines, body) == (body[:-1] if dropped else body)
