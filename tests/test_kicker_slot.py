"""A site's slot right above its headlines, as the run counts it: a site that sets its section there
lists the name in its menu too; a site whose menu never lists the label it shows there sets a kicker
there, however often it repeats one, and the label names no section, where some of its labels are
worded as phrases: names (cities, sub-sections) are sections though no menu lists them (issue 12)."""
from collections.abc import Sequence

from conftest import refine_site, story_bodies
from palayesh.textkeys import line_key

_TITLES = [f"گزارش شماره {w} از نشست امروز در شهر {v}" for w, v in
           zip(["یکم", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم", "یازدهم", "دوازدهم"],
               ["مشهد", "تبریز", "شیراز"] * 4)]
_MENU = ["خانه", "نقشه زلزله", "آمادگی", "گسل‌ها", "آمار", "پس‌لرزه‌ها", "ویدیو"]
_HEAD = ["بحران استان", "پایگاه خبری مدیریت بحران", " | ".join(_MENU)]


def _site(over: list[str]) -> list[list[str]]:
    """Twelve pages of one site: its name, tagline and menu bar, then ``over[i]`` right above the
    headline, a date line and the story."""
    return [[*_HEAD, over[i], title, f"تاریخ انتشار: ۱۴۰۲/۰۲/{10 + i:02d}", *paras,
             "کلیه حقوق برای بحران استان محفوظ است."]
            for i, (title, paras) in enumerate(zip(_TITLES, story_bodies(12)))]


def _assert_sections(rows: dict, want: Sequence[str | None], pages=range(12)) -> None:
    """The sections of pages ``pages`` are ``want``'s (None: no section)."""
    for i in pages:
        got = rows[f"p{i:02d}"]["section"]
        if want[i] is None:
            assert got is None, (i, got)
        else:
            assert line_key(got or "") == line_key(want[i]), (i, got)


def test_a_label_the_sites_menu_never_lists_over_its_headlines_is_a_kicker(tmp_path):
    # Three kickers the site repeats over its stories, none an item of its menu on any page: the
    # slot holds kickers, not sections.
    kickers = ["هشدار بحران", "پس از زمین‌لرزه", "گزارش لرزه‌نگاری"] * 4
    rows = refine_site(tmp_path, _site(kickers))
    for i, title in enumerate(_TITLES):
        r = rows[f"p{i:02d}"]
        assert line_key(r["title"]) == line_key(title), (i, r["title"])
        assert r["section"] is None, (i, r["section"])
        assert line_key(r["surtitle"] or "") == line_key(kickers[i]), (i, r["surtitle"])


def test_a_label_the_sites_menu_lists_over_its_headlines_is_the_section(tmp_path):
    # The same site showing items of its menu there, one a page: its sections.
    sections = ["آمادگی", "گسل‌ها", "آمار"] * 4
    rows = refine_site(tmp_path, _site(sections))
    _assert_sections(rows, sections)


_OTHER_TITLES = [f"نشست شماره {w} انجمن امدادگران در استان {v} برگزار شد" for w, v in
                 zip(["یکم", "دوم", "سوم", "چهارم", "پنجم", "ششم"], ["گیلان", "کرمان", "یزد"] * 2)]


def test_a_label_another_site_of_the_run_lists_as_a_section_stays_the_section(tmp_path):
    # The first site's menu never lists the labels over its headlines (its slot reads as a
    # kicker's), but another site of the run lists them in its menu bar: the run knows them as
    # sections, and they stay the first site's sections.
    sections = ["امداد کوهستان", "پایش گسل", "آموزش همگانی"] * 4
    other = [["امدادگران امروز", "خانه | امداد کوهستان | پایش گسل | آموزش همگانی | تماس", title,
              f"تاریخ انتشار: ۱۴۰۲/۰۴/{10 + i:02d}", *paras, "همه حقوق برای امدادگران امروز محفوظ است."]
             for i, (title, paras) in enumerate(zip(_OTHER_TITLES, story_bodies(18)[12:]))]
    rows = refine_site(tmp_path, _site(sections) + other)
    _assert_sections(rows, sections)


def test_a_label_the_site_sets_over_its_kickers_is_its_section_where_it_stands_alone(tmp_path):
    # Sections the menu never lists (the slot right above the headlines reads as a kicker's), yet
    # on half of its pages the site sets them over the story's kicker, one line higher: its
    # section slot, whose names stay the sections where no kicker stands under them.
    sections = ["امداد کوهستان", "پایش گسل", "آموزش همگانی"] * 4
    kickers = ["در ارتفاع هفت هزار متری", "پس از لرزه‌های دیشب", "در نشست استانداران",
               "با اعلام نیاز فوری", "در آستانه فصل بارش", "به روایت امدادگران"]
    over = [f"{s}\n{k}" for s, k in zip(sections[:6], kickers)] + sections[6:]
    pages = [[x for t in page for x in t.split("\n")] for page in _site(over)]
    rows = refine_site(tmp_path, pages)
    _assert_sections(rows, sections, range(6, 12))


def test_names_no_menu_lists_over_the_headlines_are_sections_not_kickers(tmp_path):
    # A provincial site sets the story's city right above its headlines: its menu lists none of
    # them («شهرستان‌ها» stands for all), but a name is no phrase written for the story (no
    # function word in any of them), so the slot names the story's place in the site.
    cities = ["نیشابور", "تربت حیدریه", "گنبد کاووس"] * 4
    rows = refine_site(tmp_path, _site(cities))
    _assert_sections(rows, cities)


def test_a_chip_over_the_kicker_names_the_section_on_a_kicker_site(tmp_path):
    # The site sets kickers right above its headlines (phrases no menu lists), and a chip over the
    # kicker naming an item of its menu: the chip names the section, the kicker is the surtitle.
    kickers = ["پس از لرزه‌های دیشب", "در نشست استانداران", "با اعلام نیاز فوری"] * 4
    chips = ["آمادگی", "گسل‌ها", "آمار", "ویدیو"] * 3
    over = [f"[{c}]\n{k}" for c, k in zip(chips, kickers)]
    pages = [[x for t in page for x in t.split("\n")] for page in _site(over)]
    rows = refine_site(tmp_path, pages)
    for i in range(12):
        r = rows[f"p{i:02d}"]
        assert line_key(r["section"] or "") == line_key(chips[i]), (i, r["section"])
        assert line_key(r["surtitle"] or "") == line_key(kickers[i]), (i, r["surtitle"])


def test_a_place_the_header_names_over_the_headline_stays_the_section_on_a_kicker_site(tmp_path):
    # A kicker site (phrases over half its headlines, none listed) that files other stories under
    # a city: its weather line names the city on those pages, and the name there is the section.
    cities = ["نیشابور", "سبزوار"] * 3
    kickers = ["پس از لرزه‌های دیشب", "در نشست استانداران", "با اعلام نیاز فوری"] * 2
    weather = [f"{['مشهد', 'تربت جام'][i % 2]} ۴° ابری" for i in range(6)] + [f"{c} ۲° آفتابی" for c in cities]
    pages = [[*page[:3], w, *page[3:]] for page, w in zip(_site(kickers + cities), weather)]
    rows = refine_site(tmp_path, pages)
    _assert_sections(rows, [None] * 6 + cities)


def test_kickers_two_sites_share_over_their_headlines_stay_kickers(tmp_path):
    # Two sites of one network set the same kickers right above their headlines, neither menu
    # lists them, nor does any page of the run: two sites showing a label above their stories
    # (the run's vocabulary) makes no section of a kicker the slot holds.
    kickers = ["هشدار بحران", "پس از زمین‌لرزه", "گزارش لرزه‌نگاری"] * 4
    other = [["امدادگران امروز", "پایگاه خبری امداد و نجات", "خانه | پایگاه‌ها | آموزش | تماس با ما", k, title,
              f"تاریخ انتشار: ۱۴۰۲/۰۴/{10 + i:02d}", *paras, "همه حقوق برای امدادگران امروز محفوظ است."]
             for i, (k, title, paras) in enumerate(zip(kickers, _OTHER_TITLES * 2, story_bodies(24)[12:]))]
    rows = refine_site(tmp_path, _site(kickers) + other)
    for i in range(12):
        r = rows[f"p{i:02d}"]
        assert r["section"] is None, (i, r["section"])
        assert line_key(r["surtitle"] or "") == line_key(kickers[i]), (i, r["surtitle"])
