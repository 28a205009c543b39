"""End-to-end: ``palayesh serve`` in headless Chromium (Debian ``chromium`` + ``chromium-driver``, Selenium).

Searches in Persian, opens an article and its "what changed" view, checks that the page has no
console errors and that hostile markup stayed text, and takes screenshots (light and dark) into
``$PALAYESH_SCREENSHOTS`` (default: the test's tmp folder). Only ever connects to 127.0.0.1.
"""
import os
import shutil
import tempfile
import threading
from pathlib import Path

import pytest

from palayesh.web.app import make_app
from palayesh.web.sample import write_output
from palayesh.web.server import make_server_for

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver") or (
    "/usr/bin/chromedriver" if os.path.exists("/usr/bin/chromedriver") else None)

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install selenium)")
pytestmark = pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER),
                                reason="Debian chromium and chromium-driver are not installed "
                                       "(apt-get install -y chromium chromium-driver)")


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    out = write_output(tmp_path_factory.mktemp("e2e") / "out")
    server = make_server_for(make_app(out), "127.0.0.1", 0)
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def _driver(dark: bool):
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    profile = tempfile.mkdtemp(prefix="palayesh-chromium-")
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                 "--disable-default-apps", "--disable-extensions", f"--user-data-dir={profile}",
                 "--window-size=1280,900", "--lang=fa"):
        opts.add_argument(flag)
    if dark:
        opts.add_argument("--force-dark-mode")
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    drv = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    drv.set_page_load_timeout(30)
    drv._palayesh_profile = profile
    return drv


@pytest.fixture(params=["light", "dark"])
def browser(request):
    drv = _driver(request.param == "dark")
    drv.theme = request.param
    yield drv
    drv.quit()
    shutil.rmtree(drv._palayesh_profile, ignore_errors=True)


def _shots(tmp_path) -> Path:
    d = Path(os.environ.get("PALAYESH_SCREENSHOTS") or tmp_path)
    d.mkdir(parents=True, exist_ok=True)
    return d


def _wait_url(drv, ok, timeout=15):
    """Wait until a navigation has landed (a click or Enter returns before the new page loads)."""
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(drv, timeout).until(lambda d: ok(d.current_url) and
                                      d.execute_script("return document.readyState") == "complete")


def _errors(drv, expected=()):
    """Console errors (the favicon included: it is served), but for ``expected`` URLs (a 404 page)."""
    return [e for e in drv.get_log("browser")
            if e["level"] == "SEVERE" and not any(u in e["message"] for u in expected)]


def test_search_open_article_and_screenshot(browser, base_url, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    shots = _shots(tmp_path)
    browser.get(base_url + "/")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("dir") == "rtl"
    box = browser.find_element(By.CSS_SELECTOR, ".qbox input[name=q]")
    box.send_keys("می شود" + Keys.ENTER)  # typed with a space: finds «می‌شود», «میشود» and «می شود»
    _wait_url(browser, lambda url: "q=" in url)  # the results page, not the home page still shown
    hits = browser.find_elements(By.CSS_SELECTOR, "article.hit")
    assert len(hits) == 3
    assert browser.find_elements(By.CSS_SELECTOR, "article.hit mark")
    # RTL: the facet column is on the right of the results
    facets = browser.find_element(By.CSS_SELECTOR, "aside.facets").rect
    results = browser.find_element(By.CSS_SELECTOR, "section.results").rect
    assert facets["x"] > results["x"]
    browser.save_screenshot(str(shots / f"search-{browser.theme}.png"))

    link = browser.find_element(By.CSS_SELECTOR, "article.hit h2 a[href='/doc/fa-zwnj']")
    link.click()
    _wait_url(browser, lambda url: url.endswith("/doc/fa-zwnj"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "تصمیم تازه مجلس اعلام می‌شود"
    assert "نمایندگان درباره بودجه" in browser.find_element(By.CSS_SELECTOR, ".lead").text
    browser.save_screenshot(str(shots / f"article-{browser.theme}.png"))

    browser.find_element(By.CSS_SELECTOR, "a.button").click()
    _wait_url(browser, lambda url: url.endswith("/changes/fa-zwnj"))
    assert browser.current_url.endswith("/changes/fa-zwnj")
    assert browser.find_elements(By.CSS_SELECTOR, "li.removed del")
    assert browser.find_elements(By.CSS_SELECTOR, "mark.zwnj") and browser.find_elements(By.CSS_SELECTOR, "mark.fix")
    browser.save_screenshot(str(shots / f"changes-{browser.theme}.png"))

    browser.get(base_url + "/dashboard")
    assert len(browser.find_elements(By.CSS_SELECTOR, "svg")) >= 5
    browser.save_screenshot(str(shots / f"dashboard-{browser.theme}.png"))
    assert not _errors(browser)
    assert (shots / f"search-{browser.theme}.png").stat().st_size > 10_000


def test_hostile_page_runs_no_script(browser, base_url):
    from selenium.webdriver.common.by import By

    for path in ("/doc/hostile", "/changes/hostile", "/?q=script&status=all"):
        browser.get(base_url + path)
        # an alert() would leave a dialog open; the injected markup is shown as text
        assert browser.execute_script("return document.querySelectorAll('img, iframe').length") == 0
        assert "<script>" in browser.find_element(By.TAG_NAME, "main").text
    assert not _errors(browser)


def test_theme_toggle(base_url):
    from selenium.webdriver.common.by import By

    drv = _driver(dark=False)
    try:
        drv.get(base_url + "/")
        before = drv.execute_script("return getComputedStyle(document.body).backgroundColor")
        drv.find_element(By.ID, "theme").click()
        assert drv.execute_script("return document.documentElement.getAttribute('data-theme')") == "dark"
        after = drv.execute_script("return getComputedStyle(document.body).backgroundColor")
        assert before != after
        drv.get(base_url + "/dashboard")  # remembered
        assert drv.execute_script("return document.documentElement.getAttribute('data-theme')") == "dark"
    finally:
        drv.quit()
        shutil.rmtree(drv._palayesh_profile, ignore_errors=True)


PHONE_PAGES = ("/", "/?q=%D9%85%DB%8C+%D8%B4%D9%88%D8%AF&status=all", "/doc/fa-zwnj", "/doc/fa-dup", "/doc/short",
               "/changes/fa-zwnj", "/changes/hostile", "/dashboard", "/api", "/nope")


def test_phone_layout_390px(base_url, tmp_path):
    # issue 18: at 390 px no page may be wider than the viewport; results come before the facets,
    # which open behind «فیلترها»
    from selenium.webdriver.common.by import By

    drv = _driver(dark=False)
    try:
        drv.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": True})
        for path in PHONE_PAGES:
            drv.get(base_url + path)
            width = drv.execute_script("return document.documentElement.scrollWidth")
            view = drv.execute_script("return window.innerWidth")
            assert view == 390 and width <= view, (path, width)
        drv.get(base_url + PHONE_PAGES[1])
        facets = drv.find_element(By.ID, "facets")
        toggle = drv.find_element(By.CSS_SELECTOR, "button.ftoggle")
        assert toggle.is_displayed() and toggle.text == "فیلترها" and not facets.is_displayed()
        first_hit = drv.find_element(By.CSS_SELECTOR, "article.hit").rect
        assert first_hit["y"] < 844  # the first result is on the first screen
        drv.save_screenshot(str(_shots(tmp_path) / "search-390.png"))
        toggle.click()
        assert facets.is_displayed() and toggle.get_attribute("aria-expanded") == "true"
        assert not _errors(drv, expected=("/nope",))
    finally:
        drv.quit()
        shutil.rmtree(drv._palayesh_profile, ignore_errors=True)


def test_syntax_why_and_export_in_the_browser(base_url):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    drv = _driver(dark=False)
    try:
        drv.get(base_url + "/")
        box = drv.find_element(By.CSS_SELECTOR, ".qbox input[name=q]")
        box.send_keys('"بانک مرکزی' + Keys.ENTER)  # an unclosed quote: a message, not a guess
        _wait_url(drv, lambda url: "q=" in url)
        assert "بسته نشده" in drv.find_element(By.CSS_SELECTOR, ".qerror").text
        assert drv.find_element(By.CSS_SELECTOR, "details.syntax").get_attribute("open") is not None
        drv.get(base_url + "/?q=" + "کتاب")  # the stem finds «کتاب‌های»
        assert len(drv.find_elements(By.CSS_SELECTOR, "article.hit")) == 1
        assert drv.find_element(By.CSS_SELECTOR, "article.hit mark").text == "کتاب\u200cهای"
        assert drv.find_element(By.CSS_SELECTOR, ".export a[href^='/export.csv?q=']")
        drv.get(base_url + "/doc/short")
        assert "کمتر از کمینهٔ ۲۰ (min_words)" in drv.find_element(By.CSS_SELECTOR, "section.why").text
        drv.get(base_url + "/doc/fa-dup")
        assert drv.find_elements(By.CSS_SELECTOR, "table.sbs tr.replace")
        drv.get(base_url + "/nope")
        assert drv.find_element(By.TAG_NAME, "h1").text == "پیدا نشد"
        assert not _errors(drv, expected=("/nope", "/?q=%22"))  # the 404 and the 400 asked for
    finally:
        drv.quit()
        shutil.rmtree(drv._palayesh_profile, ignore_errors=True)


# --- Jalali dates, RTL arrows, named charts, facets «بیشتر» and on empty results, the diff view's marks --

@pytest.fixture(scope="module")
def rich_url(tmp_path_factory):
    """The sample plus 60 pages in 53 sections (page 2 has a pager both ways) and a page whose raw text has
    a dateline, a breadcrumb, a title line and a half-space that normalization removed."""
    from palayesh.web.sample import sample_rows

    kept, rejected = sample_rows()
    for i in range(60):
        kept.append({"id": f"m{i:02d}", "text": "گزارش روز " * (10 + i), "title": f"گزارش شمارهٔ {i}", "lang": "fa",
                     "section": f"بخش {i % 53 + 1}", "agency": "مهر" if i % 3 else "ایسنا",
                     "published": f"20{19 + i % 5}-{i % 12 + 1:02d}-10"})
    kept.append({"id": "d1", "title": "طرح تازه مجلس", "section": "سیاسی", "agency": "ایرنا", "published": "2023-05-14",
                 "text": "این طرح امروز در مجلس بررسی شد و رای آورد.", "lang": "fa",
                 "raw": "صفحه اصلی | ورود\nخانه > سیاسی > مجلس\nتهران - ایرنا - ۲۴ اردیبهشت ۱۴۰۲\n"
                        "طرح تازه مجلس | خبرگزاری ایرنا\nاین طرح\u200c امروز در مجلس بررسی شد و رای آورد."})
    out = write_output(tmp_path_factory.mktemp("rich") / "out", kept=kept, rejected=rejected)
    server = make_server_for(make_app(out), "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def drv():
    d = _driver(dark=False)
    yield d
    d.quit()
    shutil.rmtree(d._palayesh_profile, ignore_errors=True)


_RECT_OF = """
const [el, needle] = arguments;
const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
for (let n = walker.nextNode(); n; n = walker.nextNode()) {
  const i = n.data.indexOf(needle);
  if (i >= 0) { const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + needle.length);
                const b = r.getBoundingClientRect(); return [b.left, b.right, b.width]; }
}
return null;
"""


def _x(drv, el, needle):
    """``(left, right, width)`` on screen of the first ``needle`` in the text of ``el``."""
    got = drv.execute_script(_RECT_OF, el, needle)
    assert got is not None, needle
    return got


def test_the_date_filter_is_jalali_in_the_browser(drv, base_url):
    from selenium.webdriver.common.by import By

    drv.get(base_url + "/?status=all")
    frm = drv.find_element(By.CSS_SELECTOR, "form.dates input[name=from]")
    to = drv.find_element(By.CSS_SELECTOR, "form.dates input[name=to]")
    assert frm.get_attribute("type") == "text" and frm.get_attribute("placeholder") == "۱۴۰۲/۰۱/۰۱"
    frm.send_keys("۱۴۰۲/۰۱/۰۱")
    to.send_keys("۱۴۰۲/۱۲")
    drv.find_element(By.CSS_SELECTOR, "form.dates button").click()
    _wait_url(drv, lambda url: "from=" in url)
    hits = {a.get_attribute("href").rsplit("/", 1)[1] for a in drv.find_elements(By.CSS_SELECTOR, "article.hit h2 a")}
    assert hits == {"fa-zwnj", "fa-space"}  # 1402: 2023-05-14 and 2023-06-01, not 2022 nor 2021
    assert drv.find_element(By.CSS_SELECTOR, "form.dates input[name=from]").get_attribute("value") == "۱۴۰۲/۰۱/۰۱"
    drv.get(base_url + "/?from=" + "1402/12/30")  # 1402 has no 30 Esfand: a message, not a guess
    assert drv.find_element(By.TAG_NAME, "h1").text == "درخواست نادرست"
    assert "۳۰ اسفند ۱۴۰۲" in drv.find_element(By.CSS_SELECTOR, ".error").text


def test_arrows_read_right_to_left(drv, rich_url):
    from selenium.webdriver.common.by import By

    drv.get(rich_url + "/?per_page=2&page=2")
    prev = drv.find_element(By.CSS_SELECTOR, "nav.pager a[rel=prev]")
    nxt = drv.find_element(By.CSS_SELECTOR, "nav.pager a[rel=next]")
    # «قبلی» sits right (where an RTL reader came from) and its arrow points right, outward; «بعدی» left
    assert prev.rect["x"] > nxt.rect["x"]
    assert _x(drv, prev, "→")[0] >= _x(drv, prev, "قبلی")[1] - 1
    assert _x(drv, nxt, "←")[1] <= _x(drv, nxt, "بعدی")[0] + 1
    drv.get(rich_url + "/doc/fa-zwnj")
    cell = drv.find_element(By.XPATH, "//th[contains(., 'حروف عربی')]")
    drv.execute_script("arguments[0].style.whiteSpace = 'nowrap'", cell)  # one line: the order is the bidi's
    # «حروف عربی ← فارسی»: read right to left, the arrow points from the first words to the last
    arabic, arrow, persian = _x(drv, cell, "حروف عربی"), _x(drv, cell, "←"), _x(drv, cell, "فارسی")
    assert persian[1] <= arrow[0] + 1 and arrow[1] <= arabic[0] + 1
    assert "→" not in drv.find_element(By.TAG_NAME, "main").text


def test_dashboard_charts_are_named_jalali_and_in_persian_digits(drv, rich_url):
    from selenium.webdriver.common.by import By

    drv.get(rich_url + "/dashboard")
    charts = drv.find_elements(By.CSS_SELECTOR, "svg.hist")
    assert len(charts) >= 4  # time, length, words and the signals the pages have
    for svg in charts:
        name = svg.get_attribute("aria-label")
        assert name and "شمار اسناد" in name and svg.get_attribute("role") == "img"
        assert drv.execute_script("return arguments[0].querySelector(':scope > title').textContent", svg) == name
        axis = " ".join(t.text for t in svg.find_elements(By.CSS_SELECTOR, "text.axis"))
        assert axis and not any(c in "0123456789" for c in axis), axis
    months = " ".join(t.text for t in charts[0].find_elements(By.CSS_SELECTOR, "text.axis"))
    assert "۱۳۹۷" in months or "۱۳۹۸" in months  # Jalali years (2019-2023 → 1397-1402), not Gregorian ones
    for svg in drv.find_elements(By.CSS_SELECTOR, "svg.bar"):
        assert svg.get_attribute("aria-label")


def test_facets_have_more_and_stay_when_nothing_is_found(drv, rich_url):
    from selenium.webdriver.common.by import By

    drv.get(rich_url + "/")
    section = drv.find_element(By.ID, "f-section")
    assert len(section.find_elements(By.TAG_NAME, "li")) == 15
    more = section.find_element(By.CSS_SELECTOR, "a.more")
    # 53 sections, the sample's «سیاسی», «اقتصادی» and hostile one, and «نامعلوم» (a page without one)
    assert more.text == "بیشتر (۵۷)"
    more.click()
    _wait_url(drv, lambda url: "more=section" in url)
    section = drv.find_element(By.ID, "f-section")
    assert len(section.find_elements(By.TAG_NAME, "li")) == 57
    assert section.find_element(By.CSS_SELECTOR, "a.more").text == "کمتر"
    drv.get(rich_url + "/?q=" + "واژه‌ای‌که‌نیست")
    assert "نتیجه‌ای پیدا نشد" in drv.find_element(By.CSS_SELECTOR, ".results").text
    agency = drv.find_element(By.ID, "f-agency")
    assert agency.is_displayed() and "مهر ۰ (از ۴۱)" in " ".join(agency.text.split())  # 0 here, 41 in all


def test_the_diff_view_marks_fields_and_shows_removed_half_spaces(drv, rich_url):
    from selenium.webdriver.common.by import By

    drv.get(rich_url + "/changes/d1")
    meta = drv.find_elements(By.CSS_SELECTOR, "ol.raw li.meta")
    texts = [m.text for m in meta]
    assert any("تاریخ" in t and "خبرگزاری" in t and "۲۴ اردیبهشت" in t for t in texts), texts
    assert any("بخش" in t and "سیاسی" in t for t in texts)
    for m in meta:  # not struck through as chrome
        assert "line-through" not in m.value_of_css_property("text-decoration")
        assert not m.find_elements(By.TAG_NAME, "del")
    removed = drv.find_element(By.CSS_SELECTOR, "ol.raw li.removed del")
    assert "line-through" in removed.value_of_css_property("text-decoration")
    zw = drv.find_element(By.CSS_SELECTOR, "ol.raw li.kept del.zwnj")
    assert zw.rect["width"] >= 4 and zw.rect["height"] >= 8 and zw.get_attribute("title") == "نیم‌فاصله حذف شد"


def test_sort_by_length_or_a_signal_from_the_page(drv, rich_url):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    drv.get(rich_url + "/?agency=" + "مهر")
    sort = Select(drv.find_element(By.CSS_SELECTOR, "form.sort select[name=sort]"))
    assert sort.first_selected_option.get_attribute("value") == "newest"  # no query: newest first
    labels = [o.text for o in sort.options]
    assert "بلندترین متن" in labels and "نسبت واژه‌های ایست: بیشترین" in labels and "ربط به پرسش" not in labels
    sort.select_by_value("longest")
    drv.find_element(By.CSS_SELECTOR, "form.sort button").click()
    _wait_url(drv, lambda url: "sort=longest" in url)
    assert "agency=" in drv.current_url  # the filters stay
    first = drv.find_element(By.CSS_SELECTOR, "article.hit h2 a").get_attribute("href").rsplit("/", 1)[1]
    assert first == "m59"  # the longest page of «مهر» (10 + 59 «گزارش روز»)
    assert Select(drv.find_element(By.CSS_SELECTOR, "form.sort select")).first_selected_option.text == "بلندترین متن"


RICH_PHONE_PAGES = ("/?more=section", "/?sort=words_desc", "/?q=%D9%86%DB%8C%D8%B3%D8%AA%DB%8C",
                    "/?status=all&from=1402/01/01", "/changes/d1", "/dashboard", "/api", "/?per_page=2&page=2")


def test_phone_layout_390px_of_the_new_pages(rich_url):
    drv = _driver(dark=False)
    try:
        drv.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": True})
        for path in RICH_PHONE_PAGES:
            drv.get(rich_url + path)
            width = drv.execute_script("return document.documentElement.scrollWidth")
            assert drv.execute_script("return window.innerWidth") == 390 and width <= 390, (path, width)
    finally:
        drv.quit()
        shutil.rmtree(drv._palayesh_profile, ignore_errors=True)
