import pytest

from home.factories import StandardPageFactory
from tests.browser.axe import axe_violations


@pytest.mark.parametrize("language", ["lo", "vi"])
def test_home_page_has_no_wcag_aa_violations(live_server, live_home_page, browser_page, language):
    browser_page.goto(f"{live_server.url}/{language}/")
    assert axe_violations(browser_page) == []


def test_lao_home_page_renders_in_the_self_hosted_lao_font(
    live_server, live_home_page, browser_page
):
    browser_page.goto(f"{live_server.url}/lo/")
    browser_page.evaluate("document.fonts.ready")
    loaded_faces = browser_page.evaluate(
        """() => [...document.fonts]
            .filter(face => face.family.replaceAll('"', '') === "Noto Sans Lao")
            .map(face => face.status)"""
    )
    assert "loaded" in loaded_faces
    heading_font = browser_page.eval_on_selector("h1", "h => getComputedStyle(h).fontFamily")
    assert heading_font.startswith('"Noto Sans Lao"')
    assert browser_page.evaluate("""() => document.fonts.check('16px "Noto Sans Lao"', 'ກົດໝາຍ')""")


def test_switcher_takes_a_reader_to_the_same_page_in_lao(live_server, live_home_page, browser_page):
    StandardPageFactory(parent=live_home_page)
    browser_page.goto(f"{live_server.url}/vi/gioi-thieu/")
    browser_page.get_by_role("link", name="ພາສາລາວ").click()
    browser_page.wait_for_load_state()
    assert browser_page.url.endswith("/lo/kiaw-kap/")
    assert browser_page.locator("html").get_attribute("lang") == "lo"
    assert browser_page.locator("h1").inner_text() == "ກ່ຽວກັບພວກເຮົາ"
