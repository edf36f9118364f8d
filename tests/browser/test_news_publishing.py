"""An editor publishes a news item through the Wagtail admin, in Vietnamese and Lao, and a
reader finds it on the public site in each language."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.utils.translation import gettext
from playwright.sync_api import expect

from news.factories import ExplainerPageFactory, NewsIndexPageFactory, NewsPageFactory
from news.models import NewsPage
from tests.browser.admin_session import log_in
from tests.browser.axe import axe_violations


def add_paragraph(page, field: str, text: str) -> None:
    """Adds a paragraph block to a StreamField and types into its rich-text editor."""
    stream = page.locator(f"#{field}-root")
    stream.locator("button.c-sf-add-button").first.click()
    page.get_by_role("option", name="đoạn văn").click()
    editor = stream.locator('[role="textbox"]').last
    editor.click()
    editor.type(text)
    # Draftail hands its content to the form's hidden input on a timer after the last
    # keystroke; a submit before that posts an empty paragraph ("This field is required").
    expect(
        page.locator(f"input[type=hidden][name^='{field}-'][name$='-value']").last
    ).to_have_value(re.compile(re.escape(text)))


def test_editor_publishes_a_bilingual_news_item_that_readers_see(
    live_server, live_home_page, browser_page, editor
):
    index = NewsIndexPageFactory(parent=live_home_page)
    page = browser_page
    log_in(page, live_server.url, editor.username)

    page.goto(f"{live_server.url}/admin/pages/add/news/newspage/{index.pk}/")
    # Both languages sit side by side on the one form (LOCALE_PICKER_DEFAULT in settings).
    page.fill("#id_title_vi", "Hội nghị Tư pháp các tỉnh biên giới Việt Nam - Lào")
    page.fill("#id_title_lo", "ກອງປະຊຸມຍຸຕິທຳບັນດາແຂວງຊາຍແດນ ຫວຽດນາມ - ລາວ")
    page.fill("#id_lead_vi", "Hội nghị lần thứ sáu bàn về hợp tác tư pháp vùng biên giới.")
    page.fill("#id_lead_lo", "ກອງປະຊຸມຄັ້ງທີ 6 ປຶກສາຫາລືການຮ່ວມມືດ້ານຍຸຕິທຳຢູ່ເຂດຊາຍແດນ.")
    add_paragraph(page, "body_vi", "Các đại biểu thống nhất kế hoạch năm 2025.")
    add_paragraph(page, "body_lo", "ບັນດາຜູ້ແທນເຫັນດີຕໍ່ແຜນການປີ 2025.")
    # The tab's id comes from its (now translated) heading: find it by its Vietnamese name.
    page.get_by_role("tab", name=gettext("Promote")).click()
    page.fill("#id_slug_vi", "hoi-nghi-tu-phap-bien-gioi")
    page.fill("#id_slug_lo", "kong-pasum-nyutitham-xai-daen")

    page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    page.locator("button[name='action-publish']").click()
    # Publishing returns the editor to the index's page listing.
    page.wait_for_url(f"{live_server.url}/admin/pages/{index.pk}/", wait_until="domcontentloaded")

    item = NewsPage.objects.get(slug_vi="hoi-nghi-tu-phap-bien-gioi")
    assert item.live
    assert item.latest_revision.user == get_user_model().objects.get(username="bientap")

    page.goto(f"{live_server.url}/vi/tin-tuc/")
    page.get_by_role("link", name="Hội nghị Tư pháp các tỉnh biên giới Việt Nam - Lào").click()
    page.wait_for_url(f"{live_server.url}/vi/tin-tuc/hoi-nghi-tu-phap-bien-gioi/")
    assert page.locator("h1").inner_text() == "Hội nghị Tư pháp các tỉnh biên giới Việt Nam - Lào"
    assert "Các đại biểu thống nhất kế hoạch năm 2025." in page.locator("article").inner_text()

    page.get_by_role("link", name="ພາສາລາວ").click()
    page.wait_for_url(f"{live_server.url}/lo/khao-san/kong-pasum-nyutitham-xai-daen/")
    assert page.locator("html").get_attribute("lang") == "lo"
    assert page.locator("h1").inner_text() == "ກອງປະຊຸມຍຸຕິທຳບັນດາແຂວງຊາຍແດນ ຫວຽດນາມ - ລາວ"
    assert "ບັນດາຜູ້ແທນເຫັນດີຕໍ່ແຜນການປີ 2025." in page.locator("article").inner_text()
    assert page.locator("article[lang='vi']").count() == 0


@pytest.mark.parametrize("language", ["vi", "lo"])
def test_news_pages_have_no_wcag_aa_violations(live_server, live_home_page, browser_page, language):
    from news.factories import ExplainerIndexPageFactory

    index = NewsIndexPageFactory(parent=live_home_page)
    explainers = ExplainerIndexPageFactory(parent=live_home_page)
    for _ in range(13):
        NewsPageFactory(parent=index, with_image=True)
    item = NewsPageFactory(parent=index, with_image=True)
    explainer = ExplainerPageFactory(parent=explainers)
    index_path = {"vi": "/vi/tin-tuc/", "lo": "/lo/khao-san/"}[language]
    for path in (
        index_path,
        f"{index_path}page/2/",
        f"{index_path}{getattr(item, f'slug_{language}')}/",
        {"vi": "/vi/tim-hieu-phap-luat/", "lo": "/lo/hian-hu-kot-mai/"}[language]
        + getattr(explainer, f"slug_{language}")
        + "/",
    ):
        browser_page.goto(f"{live_server.url}{path}")
        assert browser_page.locator("h1").count() == 1, path
        assert axe_violations(browser_page) == [], path
