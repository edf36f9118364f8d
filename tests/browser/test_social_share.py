"""'Share on Facebook' in a real browser: the live character count and preview, and axe."""

import pytest
from django.utils import timezone

from home.factories import StandardPageFactory
from portal import roles
from social.models import FacebookConnection, SocialPost
from tests.browser.axe import axe_violations
from tests.social.conftest import PAGES, in_english
from tests.users import user_in


@pytest.fixture
def editor_page(live_server, live_home_page, browser_page):
    user = in_english(user_in(roles.EDITORS, "bientap"))
    user.set_password("browser-test-password")
    user.save()
    for language, (page_id, name, token) in PAGES.items():
        connection = FacebookConnection(name=name, page_id=page_id, language=language)
        connection.set_token(token)
        connection.save()
    browser_page.goto(f"{live_server.url}/admin/login/")
    browser_page.fill("#id_username", "bientap")
    browser_page.fill("#id_password", "browser-test-password")
    browser_page.click("button[type=submit]")
    browser_page.wait_for_load_state()
    return browser_page


def test_the_count_and_preview_follow_the_typing(live_server, live_home_page, editor_page):
    page = StandardPageFactory(parent=live_home_page, live=True)
    editor_page.goto(f"{live_server.url}/admin/social/share/{page.pk}/")

    message = editor_page.get_by_role("textbox", name="Message").first
    message.fill("Luật mới ✓ ກົດໝາຍ")

    section = editor_page.locator("fieldset.social-share").first
    assert section.locator("[data-social-count-number]").inner_text() == "17"
    assert section.locator(".social-preview__message").inner_text() == "Luật mới ✓ ກົດໝາຍ"

    editor_page.get_by_role("button", name="Schedule posts").click()
    editor_page.wait_for_load_state()
    assert SocialPost.objects.count() == 2


@pytest.mark.parametrize("screen", ["share", "queue"])
def test_social_screens_have_no_wcag_aa_violations(
    live_server, live_home_page, editor_page, screen
):
    page = StandardPageFactory(parent=live_home_page, live=True)
    connection = FacebookConnection.objects.first()
    SocialPost.objects.create(
        page=page,
        connection=connection,
        message="Tin",
        link="http://x.test/",
        scheduled_at=timezone.now(),
    )
    path = f"share/{page.pk}/" if screen == "share" else ""
    editor_page.goto(f"{live_server.url}/admin/social/{path}")
    violations = axe_violations(editor_page, within=".social")
    assert violations == []


def test_the_queue_fits_a_phone_screen(live_server, live_home_page, editor_page):
    page = StandardPageFactory(parent=live_home_page, live=True)
    for connection in FacebookConnection.objects.all():
        SocialPost.objects.create(
            page=page,
            connection=connection,
            message="Luật mới ✓ ກົດໝາຍ " * 20,
            link="http://x.test/",
            scheduled_at=timezone.now(),
            state="failed",
            error_kind="token_invalid",
        )
    editor_page.set_viewport_size({"width": 390, "height": 844})
    editor_page.goto(f"{live_server.url}/admin/social/")

    assert editor_page.get_by_role("button", name="Retry").first.is_visible()
    assert editor_page.evaluate("document.documentElement.scrollWidth") <= 390
