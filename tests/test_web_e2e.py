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
