"""A host's sections learned from the run: a value the site shows in a section slot of its pages
(a «گروه: …» label, a breadcrumb trail) names a section wherever else the site shows it (issue 12)."""
from conftest import refine_site, story_bodies
from palayesh.textkeys import line_key

_TITLES = [f"گزارش شماره {w} از نشست امروز در شهر {v}" for w, v in
           zip(["یکم", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم", "یازدهم", "دوازدهم"],
               ["مشهد", "تبریز", "شیراز"] * 4)]
_HEAD = ["امروز: ۱۴۰۲/۰۲/۱۰", "زندگی روشن", "مجله سبک زندگی، سلامت و خانواده",
         "صفحه اصلی - تغذیه - روانشناسی - دانستنی‌ها - فروشگاه"]


def _site(row_first: list[str], labelled: list[str | None]) -> list[list[str]]:
    """Twelve pages of one site: a «گروه: …» label over the headline where ``labelled`` gives one,
    and under every headline a date row whose first field is ``row_first``."""
    pages = []
    for i, (title, paras) in enumerate(zip(_TITLES, story_bodies(12))):
        label = [f"گروه: {labelled[i]}"] if labelled[i] else []
        pages.append([*_HEAD, *label, title, f"{row_first[i]} | 2017-04-{10 + i} - 23:11 | {i + 3} نظر", *paras,
                      "کلیه حقوق برای زندگی روشن محفوظ است."])
    return pages


def test_a_date_rows_field_that_the_site_labels_as_its_section_on_other_pages_is_the_section(tmp_path):
    # The site's menu lists none of its sections and no other site of the run shows them; some
    # pages label the section over the headline («گروه: ورزش و تناسب اندام»), the others show it
    # only as the first field of the date row under the headline: the value the site's section
    # slot holds on two of its pages or more is a section of the site, in the date row too.
    sections = ["ورزش و تناسب اندام", "خانواده و جامعه", "سبک زندگی"] * 4
    labelled = [s if i < 6 else None for i, s in enumerate(sections)]
    rows = refine_site(tmp_path, _site(sections, labelled))
    for i, title in enumerate(_TITLES):
        r = rows[f"p{i:02d}"]
        assert line_key(r["title"]) == line_key(title), (i, r["title"])
        assert line_key(r["section"] or "") == line_key(sections[i]), (i, r["section"])


def test_a_date_rows_field_the_site_never_labels_is_no_section(tmp_path):
    # The same site, its date row opening with the author's name: a value its section slot never
    # holds names no section, however often it recurs in the row.
    sections = ["ورزش و تناسب اندام", "خانواده و جامعه", "سبک زندگی"] * 4
    authors = ["مریم احمدی", "علی رضایی"] * 6
    labelled = [s if i < 6 else None for i, s in enumerate(sections)]
    rows = refine_site(tmp_path, _site(authors, labelled))
    for i in range(12):
        got = rows[f"p{i:02d}"]["section"]
        assert (got and line_key(got)) == (line_key(sections[i]) if i < 6 else None), (i, got)
