"""A Lao-speaking staff member works in a Lao admin, a Vietnamese one in a Vietnamese admin.

Each signs in (the login page follows the browser's language), picks their language once,
writes and submits a news item on a 390 px wide screen, and sees no English (nor, in Lao, any
Vietnamese) on the dashboard, explorer, editor and Facebook queue. The screenshots of the
staff guide are taken on the way: GUIDE_SCREENSHOTS=1 writes them into
staff/static/staff/guide/ (commit them); otherwise they go to a temporary folder.
"""

import io
import os
import re
import unicodedata
from functools import cache
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import timezone
from PIL import Image
from playwright.sync_api import expect
from wagtail.users.models import UserProfile

from news.factories import NewsIndexPageFactory, NewsPageFactory
from news.models import NewsPage
from portal import roles
from social.models import FacebookConnection, SocialPost
from staff.catalogues import installed_messages
from staff.slugs import slug_for
from tests.browser.axe import axe_violations
from tests.users import user_in

PASSWORD = "mat-khau-can-bo-2026"
PHONE = {"width": 390, "height": 844}
LATIN_WORD = re.compile(r"[A-Za-zÀ-ɏḀ-ỿ\u0300-\u036f]{2,}")
# Proper names and codes that stay in Latin script in both languages.
# The language toggles read "VI" "LO" (innerText runs them together); a language's own name
# ("Tiếng Việt") is how language pickers name it in every language.
ALLOWED = {"Facebook", "URL", "slug", "vi", "lo", "VI", "LO", "VILO", "ID", "PDF", "UTC"}
ALLOWED |= {"Tiếng", "Việt"}
JOURNEY = {
    "lo": {
        "browser_locale": "lo-LA",
        "login_heading": "ເຂົ້າສູ່ລະບົບ",
        "paragraph": "ຫຍໍ້ໜ້າ",
        "title_vi": "Hội nghị phổ biến pháp luật tại Viêng Chăn",
        "title_lo": "ກອງປະຊຸມເຜີຍແຜ່ກົດໝາຍ ຢູ່ນະຄອນຫຼວງວຽງຈັນ",
    },
    "vi": {
        "browser_locale": "vi-VN",
        "login_heading": "Đăng nhập",
        "paragraph": "đoạn văn",
        "title_vi": "Hội nghị phổ biến pháp luật tại tỉnh Kon Tum",
        "title_lo": "ກອງປະຊຸມເຜີຍແຜ່ກົດໝາຍ ຢູ່ແຂວງກອນຕຸມ",
    },
}


@cache
def english_words() -> frozenset[str]:
    """Words of the installed English msgids that are not also Vietnamese (or names)."""
    words = set()
    for message in installed_messages().values():
        words.update(LATIN_WORD.findall(re.sub(r"%\(\w+\)s|\{\w*\}|<[^>]+>", " ", message.msgid)))
    vietnamese = set()
    po = (Path(settings.BASE_DIR) / "staff/locale/vi/LC_MESSAGES/django.po").read_text()
    for line in po.splitlines():
        if line.startswith("msgstr"):
            vietnamese.update(word.lower() for word in LATIN_WORD.findall(line[6:]))
    return frozenset({w for w in words if len(w) > 2 and w.lower() not in vietnamese} - ALLOWED)


def foreign_words(page, language: str, also_allowed: set[str]) -> list[str]:
    """Latin-script words on screen that are not the admin's language."""
    text = unicodedata.normalize("NFC", page.evaluate("document.body.innerText"))
    if os.environ.get("SHOW_TEXT"):
        print([line for line in text.splitlines() if LATIN_WORD.search(line)])
    seen = set(LATIN_WORD.findall(text)) - ALLOWED - also_allowed
    if language == "vi":
        seen &= english_words()
    return sorted(seen)


def check_screen(page, language: str, also_allowed: set[str]) -> None:
    found = foreign_words(page, language, also_allowed)
    assert found == [], f"{page.url}: {found}"
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    violations = axe_violations(page, within="main")
    assert violations == []


def screenshot(page, folder: Path, language: str, name: str) -> Path:
    """A small WebP of the phone-sized viewport, for the staff guide."""
    png = page.screenshot()
    path = folder / f"{language}-{name}.webp"
    Image.open(io.BytesIO(png)).convert("RGB").save(path, "WEBP", quality=60, method=6)
    assert path.stat().st_size < 60_000
    return path


@pytest.fixture
def screenshot_folder(tmp_path) -> Path:
    if os.environ.get("GUIDE_SCREENSHOTS") == "1":
        return Path(settings.BASE_DIR) / "staff" / "static" / "staff" / "guide"
    return tmp_path


@pytest.fixture
def queued_post(live_home_page):
    item = NewsPageFactory(parent=NewsIndexPageFactory(parent=live_home_page), live=True)
    connection = FacebookConnection(name="ກະຊວງຍຸຕິທຳ", page_id="100000000000002", language="lo")
    connection.set_token("EAAlo-page-token-for-the-simulator-0002")
    connection.save()
    return SocialPost.objects.create(
        page=item,
        connection=connection,
        message=item.title_lo,
        link=f"https://example.org/lo/khao-san/{item.slug_lo}/",
        scheduled_at=timezone.now() + timezone.timedelta(hours=2),
    )


@pytest.mark.parametrize("language", ["lo", "vi"])
def test_staff_member_works_in_their_language_on_a_phone(
    live_server, browser, queued_post, screenshot_folder, language
):
    journey = JOURNEY[language]
    user = user_in(roles.STAFF, username=f"canbo-{language}")
    user.set_password(PASSWORD)
    user.save()
    index = queued_post.page.get_parent()
    names = {user.username, "Khamla", "Phommachanh", queued_post.connection.name}
    context = browser.new_context(locale=journey["browser_locale"], viewport=PHONE)
    page = context.new_page()
    base = live_server.url

    # The login page follows the browser's Accept-Language.
    page.goto(f"{base}/admin/login/")
    expect(page.locator("main h1, main h2").first).to_contain_text(journey["login_heading"])
    page.fill("#id_username", user.username)
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{base}/admin/")

    # The choice of language is stored in the user's profile.
    page.goto(f"{base}/admin/account/")
    page.fill("#id_name_email-first_name", "Khamla")
    page.fill("#id_name_email-last_name", "Phommachanh")
    page.fill("#id_name_email-email", f"{user.username}@example.org")
    page.select_option("#id_locale-preferred_language", language)
    page.locator("main form button[type=submit]").last.click()
    page.wait_for_load_state()
    assert UserProfile.objects.get(user=user).preferred_language == language

    page.goto(f"{base}/admin/")
    expect(page.locator("html")).to_have_attribute("lang", language)
    check_screen(page, language, names)

    page.goto(f"{base}/admin/pages/{index.pk}/")
    check_screen(page, language, names)

    page.goto(f"{base}/admin/pages/add/news/newspage/{index.pk}/")
    check_screen(page, language, names)
    # Wagtail copies a title to its slug when the title field loses focus.
    page.fill("#id_title_vi", journey["title_vi"])
    page.locator("#id_title_vi").blur()
    page.fill("#id_title_lo", journey["title_lo"])
    page.locator("#id_title_lo").blur()
    # The slugs fill in as the titles are typed, by the portal's rule.
    expect(page.locator("#id_slug_lo")).to_have_value(slug_for("lo", journey["title_lo"]))
    expect(page.locator("#id_slug_vi")).to_have_value(slug_for("vi", journey["title_vi"]))
    page.fill("#id_lead_vi", "Cán bộ hai tỉnh trao đổi kinh nghiệm phổ biến pháp luật.")
    page.fill("#id_lead_lo", "ພະນັກງານສອງແຂວງແລກປ່ຽນປະສົບການເຜີຍແຜ່ກົດໝາຍ.")
    for field, text in (
        ("body_vi", "Hội nghị diễn ra trong hai ngày."),
        ("body_lo", "ກອງປະຊຸມດຳເນີນເປັນເວລາສອງວັນ."),
    ):
        stream = page.locator(f"#{field}-root")
        stream.locator("button.c-sf-add-button").first.click()
        page.get_by_role("option", name=journey["paragraph"]).click()
        editor = stream.locator('[role="textbox"]').last
        editor.click()
        editor.type(text)
        expect(
            page.locator(f"input[type=hidden][name^='{field}-'][name$='-value']").last
        ).to_have_value(re.compile(re.escape(text)))
    page.locator("#id_title_vi").scroll_into_view_if_needed()
    screenshot(page, screenshot_folder, language, "write")

    page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    expect(page.locator("button[name='action-submit']")).to_be_visible()
    screenshot(page, screenshot_folder, language, "submit")
    page.locator("button[name='action-submit']").click()
    # Submitting leads back to the news index. Wagtail's autosave may already have moved the
    # editor to the draft's edit URL, so that URL says nothing about the submission.
    page.wait_for_url(f"{base}/admin/pages/{index.pk}/")

    item = NewsPage.objects.get(title_vi=journey["title_vi"])
    assert item.workflow_in_progress
    assert item.slug_lo == slug_for("lo", journey["title_lo"])

    page.goto(f"{base}/admin/")
    screenshot(page, screenshot_folder, language, "publish")

    page.goto(f"{base}/admin/social/")
    check_screen(page, language, names)
    screenshot(page, screenshot_folder, language, "facebook")
    context.close()
