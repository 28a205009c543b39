"""A breadcrumb trail written as a label's value («شما اینجا هستید: خانه / مسابقات / لیگ»): the trail
names the story's section whatever the label's words, over a kicker right above the headline (issue 12)."""
from conftest import refine_site, story_bodies
from palayesh.textkeys import line_key

_TITLES = ["تیم ملی دوچرخه‌سواری برای مسابقات آسیایی آماده می‌شود",
           "مسیر تازه کوهستان برای دوچرخه‌سواران شمال کشور گشوده شد",
           "رکاب‌زنان جوان در تور استانی به مقام نخست رسیدند",
           "برنامه تازه باشگاه برای مسابقات کوهستان اعلام شد"]


def test_a_trail_as_a_labels_value_names_the_section(tmp_path):
    trails = ["خانه / مسابقات / لیگ دوچرخه‌سواری", "خانه / کوهستان"] * 2
    kickers = ["رکاب در شهر", "دوچرخه و سلامت", "گزارش تور", "رکاب در شهر"]
    pages = [["دوچرخه نیوز", "خانه | مسابقات | کوهستان | تجهیزات | تماس", f"شما اینجا هستید: {trails[i]}",
              kickers[i], title, f"تاریخ انتشار: ۱۴۰۲/۰۳/{10 + i}", *paras]
             for i, (title, paras) in enumerate(zip(_TITLES, story_bodies(4)))]
    rows = refine_site(tmp_path, pages)
    for i, title in enumerate(_TITLES):
        r = rows[f"p{i:02d}"]
        assert line_key(r["title"]) == line_key(title), (i, r["title"])
        assert line_key(r["section"] or "") == line_key(trails[i].split(" / ")[-1]), (i, r["section"])
