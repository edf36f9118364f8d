"""A citizen finds a law by filter, opens article 5 from the TOC and downloads the PDF."""

import datetime
import re

import pytest

from gazette.demo_texts import article, division
from gazette.factories import (
    LegalDocumentLibraryPageFactory,
    LegalDocumentPageFactory,
    PdfDocumentFactory,
    document_type,
)
from tests.browser.axe import axe_violations


@pytest.fixture
def library_with_a_law(live_home_page):
    library = LegalDocumentLibraryPageFactory(parent=live_home_page)
    text = [division("chapter", "I", "Quy định chung")]
    text += [article(str(n), f"Điều khoản số {n}", ["Nội dung khoản một."]) for n in range(1, 5)]
    text += [division("chapter", "II", "Nguyên tắc")]
    text += [article("5", "Nguyên tắc sử dụng đất", ["Đúng mục đích sử dụng đất."])]
    text += [article(str(n), f"Điều khoản số {n}", ["Nội dung."]) for n in range(6, 40)]
    law = LegalDocumentPageFactory(
        parent=library,
        title="Luật Đất đai",
        number="31/2024/QH15",
        signed_date=datetime.date(2024, 1, 18),
        text_vi=text,
        signed_pdf_vi=PdfDocumentFactory(title="luat-dat-dai.pdf"),
    )
    for n in range(3):
        LegalDocumentPageFactory(
            parent=library, title=f"Nghị định số {n}", document_type=document_type("decree")
        )
    return library, law


def test_a_citizen_finds_a_law_reads_article_5_and_downloads_the_pdf(
    live_server, library_with_a_law, browser_page
):
    library, _law = library_with_a_law
    page = browser_page
    page.goto(f"{live_server.url}{library.url}")
    page.get_by_text("Lọc văn bản", exact=True).click()  # the filters fold away on arrival
    page.get_by_label("Loại văn bản").select_option("law")
    page.get_by_role("button", name="Xem văn bản").click()
    page.wait_for_load_state()
    assert "type=law" in page.url
    assert page.get_by_role("status").inner_text() == "1 văn bản"

    page.get_by_role("link", name="Luật Đất đai").click()
    page.wait_for_load_state()
    toc = page.get_by_role("navigation", name="Mục lục")
    toc.get_by_role("link", name="Điều 5. Nguyên tắc sử dụng đất").click()
    assert page.url.endswith("#article-5")
    heading = page.locator("#article-5 h4")
    assert heading.inner_text().startswith("Điều 5. Nguyên tắc sử dụng đất")
    assert heading.is_visible()
    assert page.evaluate("document.querySelector('#article-5').getBoundingClientRect().top") < 100

    link = page.get_by_role("link", name=re.compile(r"^Tải về bản PDF có chữ ký \("))
    assert "PDF" in page.locator(".pdf-size").first.inner_text()
    with page.expect_download() as download_info:
        link.click()
    path = download_info.value.path()
    with open(path, "rb") as downloaded:
        assert downloaded.read(5) == b"%PDF-"


@pytest.mark.parametrize("language", ["vi", "lo"])
def test_library_and_document_pages_have_no_wcag_aa_violations(
    live_server, library_with_a_law, browser_page, language
):
    from django.utils import translation

    library, law = library_with_a_law
    with translation.override(language):
        urls = [library.get_url(), law.get_url()]
    for url in urls:
        browser_page.goto(f"{live_server.url}{url}")
        assert axe_violations(browser_page) == [], url
