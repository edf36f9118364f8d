"""The Wagtail admin keeps working under the portal's Content-Security-Policy.

Chromium reports every blocked script, style, image or frame on the console; the admin's
dashboard, page editor and image upload must produce none.
"""

import io

import pytest
from PIL import Image
from playwright.sync_api import expect
from wagtail.images import get_image_model

from home.factories import StandardPageFactory
from news.factories import NewsIndexPageFactory
from tests.browser.admin_session import log_in


@pytest.fixture
def csp_violations(browser_page):
    """Console messages and security-policy events that report a blocked resource."""
    found: list[str] = []
    browser_page.on(
        "console",
        lambda message: (
            found.append(f"{browser_page.url}: {message.text}")
            if "Content Security Policy" in message.text
            or "Content-Security-Policy" in message.text
            else None
        ),
    )
    return found


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 30, 30)).save(buffer, "PNG")
    return buffer.getvalue()


def test_admin_works_under_the_content_security_policy(
    live_server, live_home_page, browser_page, editor, csp_violations
):
    page = browser_page
    response = page.goto(f"{live_server.url}/admin/login/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    log_in(page, live_server.url, editor.username)
    expect(page.locator("#main")).to_be_visible()

    standard = StandardPageFactory(parent=live_home_page, title="Giới thiệu cổng")
    page.goto(f"{live_server.url}/admin/pages/{standard.pk}/edit/")
    # The editor's scripts ran: the rich-text editor and the tabs are live.
    expect(page.locator("#id_title_vi")).to_have_value("Giới thiệu cổng")
    expect(page.locator("[role=tab]").first).to_be_visible()
    page.locator("[data-side-panel-toggle='preview']").first.click()
    expect(page.locator("iframe[title]").first).to_be_visible()
    # Wagtail's date pickers and inline panels start from portal/admin-csp.js, not inline code.
    expect(page.locator(".xdsoft_datetimepicker")).not_to_have_count(0)

    index = NewsIndexPageFactory(parent=live_home_page)
    page.goto(f"{live_server.url}/admin/pages/add/news/newspage/{index.pk}/")
    page.locator("#id_related_links-ADD").click()
    expect(page.locator("#id_related_links-TOTAL_FORMS")).to_have_value("1")
    page.locator("#id_feature_image-chooser [data-chooser-action-choose]").click()
    expect(page.locator(".modal-dialog")).to_be_visible()

    page.goto(f"{live_server.url}/admin/images/multiple/add/")
    page.set_input_files(
        "#fileupload",
        files=[{"name": "hop-tac.png", "mimeType": "image/png", "buffer": png_bytes()}],
    )
    expect(page.locator("#upload-list li.upload-success")).to_have_count(1, timeout=20_000)
    assert get_image_model().objects.filter(title__icontains="hop-tac").exists()

    page.goto(f"{live_server.url}/admin/")
    page.goto(f"{live_server.url}/vi/")
    expect(page.locator("main")).to_be_visible()
    assert csp_violations == [], "\n".join(csp_violations)
