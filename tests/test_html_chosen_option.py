"""A CMS's edit view of a story: the form's category list (a ``<select>`` under the label «دسته»)
shows every category the site has, and the one marked ``selected`` (all a browser shows of the
list) is the story's section (extract/html.py ``_chosen_option``). The page is written here; the
first test fails without the mechanism."""
from __future__ import annotations

from conftest import story_bodies
from palayesh import extract

TITLE = "برداشت پسته در رفسنجان آغاز شد"


def _page(select: str) -> str:
    paras = story_bodies(1)[0]
    return f"""<html><head><title>ویرایش مطلب</title></head><body>
<div class="btn-toolbar"><button>ذخیره</button><button>لغو</button></div>
<div class="control-group"><label>عنوان *</label><input name="title" value="{TITLE}"></div>
<div class="control-group"><label>دسته</label>{select}</div>
<div class="control-group"><label>تاریخ ایجاد</label><span>1402/07/10 17:52</span></div>
<h3>پیش‌نمایش</h3>
<div class="item-page"><h2>{TITLE}</h2>{"".join(f"<p>{p}</p>" for p in paras)}</div>
</body></html>"""


OPTIONS = ["- سیاسی", "- اقتصادی", "-- کشاورزی", "- فرهنگی"]


def test_the_selected_category_of_an_edit_form_is_the_section():
    select = "<select>" + "".join(f"<option{' selected' if o == '-- کشاورزی' else ''}>{o}</option>"
                                  for o in OPTIONS) + "</select>"
    assert extract(_page(select)).section == "کشاورزی"


def test_a_list_with_no_chosen_item_names_no_section():
    select = "<select>" + "".join(f"<option>{o}</option>" for o in OPTIONS) + "</select>"
    assert extract(_page(select)).section != "سیاسی"


def test_a_chosen_item_under_another_label_names_no_section():
    page = _page("<select><option>- سیاسی</option></select>").replace(
        "</body>", '<div><label>وضعیت</label><select><option selected>منتشرشده</option></select></div></body>')
    assert extract(page).section != "منتشرشده"
