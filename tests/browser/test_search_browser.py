import pytest

from home.factories import StandardPageFactory
from search import indexing
from tests.browser.axe import axe_violations


@pytest.fixture
def live_law(live_home_page):
    law = StandardPageFactory(
        parent=live_home_page,
        slug="luat-dat-dai",
        title="Luật Đất đai",
        body="<p>Giấy chứng nhận quyền sử dụng đất.</p>",
        slug_lo="kot-mai-thi-din",
        title_lo="ກົດໝາຍວ່າດ້ວຍທີ່ດິນ",
        body_lo="<p>ການອອກໃບຕາດິນ ແລະ ການນຳໃຊ້ທີ່ດິນ.</p>",
    )
    indexing.update_pages([live_home_page, law])
    return law


def search_from_the_header(browser_page, url: str, query: str) -> None:
    browser_page.goto(url)
    browser_page.locator("#site-search-q").fill(query)
    browser_page.locator("#site-search-q").press("Enter")
    browser_page.wait_for_load_state()


def test_vietnamese_without_accents_finds_the_law_and_opens_it(live_server, live_law, browser_page):
    search_from_the_header(browser_page, f"{live_server.url}/vi/", "luat dat dai")
    assert "/vi/tim-kiem/?q=luat+dat+dai" in browser_page.url
    browser_page.locator(".result__title a").first.click()
    browser_page.wait_for_load_state()
    assert browser_page.url.endswith("/vi/luat-dat-dai/")
    assert browser_page.locator("h1").inner_text() == "Luật Đất đai"


def test_a_lao_word_inside_a_longer_run_finds_the_lao_page(live_server, live_law, browser_page):
    search_from_the_header(browser_page, f"{live_server.url}/lo/", "ທີ່ດິນ")
    first = browser_page.locator(".result").first
    assert first.get_attribute("lang") == "lo"
    assert first.locator("mark").first.inner_text() == "ທີ່ດິນ"
    first.locator(".result__title a").click()
    browser_page.wait_for_load_state()
    assert browser_page.url.endswith("/lo/kot-mai-thi-din/")
    assert browser_page.locator("h1").inner_text() == "ກົດໝາຍວ່າດ້ວຍທີ່ດິນ"


def test_the_search_box_suggests_titles(live_server, live_law, browser_page):
    browser_page.goto(f"{live_server.url}/vi/tim-kiem/")
    browser_page.locator("#search-query").press_sequentially("luat da")
    options = browser_page.locator("#search-suggestions option")
    options.first.wait_for(state="attached")
    assert options.first.get_attribute("value") == "Luật Đất đai"


@pytest.mark.parametrize(
    "path", ["/vi/tim-kiem/?q=luat", "/lo/khon-ha/?q=ທີ່ດິນ", "/vi/tim-kiem/?q=xyz&year=1999"]
)
def test_search_pages_have_no_wcag_aa_violations(live_server, live_law, browser_page, path):
    browser_page.goto(f"{live_server.url}{path}")
    assert axe_violations(browser_page) == []
