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


def test_a_labelled_trail_the_template_made_chrome_names_the_section_from_the_menus_home(tmp_path):
    # the trail's label recurs on every page and its value is masked in the line's shape, so the
    # template makes the line chrome; and it starts at what the site's menu calls home («آغاز»),
    # which no phrase list knows: the trail still names the section, the kicker under it does not
    sections = ["لیگ دوچرخه‌سواری", "کوهستان", "تجهیزات"]
    trails = ["آغاز / مسابقات / لیگ دوچرخه‌سواری", "آغاز / کوهستان", "آغاز / تجهیزات"]
    titles = [f"گزارش شماره {w} از رکاب‌زنان جوان در تور استانی {v}" for w, v in
              zip(["یکم", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم"],
                  ["گیلان", "مازندران", "گلستان"] * 3)]
    pages = [["رکاب نیوز", "دوچرخه‌سواری شهری و کوهستان", "آغاز | مسابقات | کوهستان | تجهیزات | تماس",
              f"مسیر شما: {trails[i % 3]}", "رکاب در شهر", title, f"تاریخ انتشار: ۱۴۰۲/۰۳/{10 + i}", *paras]
             for i, (title, paras) in enumerate(zip(titles, story_bodies(9)))]
    rows = refine_site(tmp_path, pages)
    for i, title in enumerate(titles):
        r = rows[f"p{i:02d}"]
        assert line_key(r["title"]) == line_key(title), (i, r["title"])
        assert r["section"] == sections[i % 3], (i, r["section"])
