"""Gazette issues: the index by year, an issue's contents and citations, the home page."""

import datetime

import pytest
from wagtail.test.utils import WagtailPageTestCase

from gazette.factories import GazetteIssuePageFactory, PdfDocumentFactory
from gazette.models import (
    GazetteIndexPage,
    GazetteIssueEntry,
    GazetteIssuePage,
    LegalDocumentLibraryPage,
    LegalDocumentPage,
)
from home.models import HomePage


@pytest.fixture
def issues(gazette_index):
    return [
        GazetteIssuePageFactory(
            parent=gazette_index,
            issue_number=number,
            year=year,
            publication_date=datetime.date(year, month, 1),
        )
        for number, year, month in [("1", 2024, 1), ("2", 2024, 6), ("1", 2025, 1)]
    ]


@pytest.mark.django_db
def test_the_index_shows_the_latest_year_and_links_the_others(client, gazette_index, issues):
    html = client.get(gazette_index.url).content.decode()
    assert "Công báo số 1/2025" in html and "Công báo số 2/2024" not in html
    assert 'href="?year=2024"' in html
    older = client.get(gazette_index.url, {"year": "2024"}).content.decode()
    assert older.index("Công báo số 2/2024") < older.index("Công báo số 1/2024")  # newest first


@pytest.mark.django_db
@pytest.mark.parametrize("year", ["1999", "abc", "2024'", "-1", ""])
def test_a_year_without_issues_is_a_404(client, gazette_index, issues, year):
    assert client.get(gazette_index.url, {"year": year}).status_code == 404


@pytest.mark.django_db
def test_an_issue_lists_its_documents_with_pages_and_citations(
    client, gazette_index, make_document
):
    pdf = PdfDocumentFactory()
    issue = GazetteIssuePageFactory(parent=gazette_index, issue_number="15", pdf_vi=pdf)
    law = make_document(title="Luật Đất đai", number="31/2024/QH15")
    decree = make_document(title="Nghị định 102", number="102/2024/NĐ-CP")
    GazetteIssueEntry.objects.create(issue=issue, document=decree, first_page=10, sort_order=1)
    GazetteIssueEntry.objects.create(
        issue=issue, document=law, first_page=3, last_page=9, sort_order=0
    )
    html = client.get(issue.url).content.decode()
    assert html.index("Luật Đất đai") < html.index("Nghị định 102")
    assert '<q lang="vi">Công báo số 15, trang 3–9</q>' in html
    assert '<q lang="lo">ຈົດໝາຍເຫດທາງລັດຖະການ ສະບັບເລກທີ 15, ໜ້າ 10</q>' in html
    assert f'href="{pdf.url}" download' in html
    assert issue.share_summary == "Công báo số 15"
    document = issue.search_document("vi")
    assert document.section == "gazette_issue" and "Dieu 1" in document.body


@pytest.mark.django_db
def test_issue_numbers_are_unique_within_a_year(gazette_index, issues):
    from django.core.exceptions import ValidationError

    duplicate = GazetteIssuePage(
        issue_number="1", year=2024, publication_date=datetime.date(2024, 3, 3)
    )
    with pytest.raises(ValidationError) as error:
        duplicate.clean()
    assert "issue_number" in error.value.message_dict


@pytest.mark.django_db
def test_the_home_page_lists_the_latest_issues(client, home_page, gazette_index, issues):
    html = client.get("/vi/").content.decode()
    section = html.split('id="latest-gazette"')[1]
    assert section.index("Công báo số 1/2025") < section.index("Công báo số 2/2024")


class GazettePageTypeTests(WagtailPageTestCase):
    def test_the_tree(self):
        self.assertCanCreateAt(HomePage, LegalDocumentLibraryPage)
        self.assertCanCreateAt(HomePage, GazetteIndexPage)
        self.assertAllowedParentPageTypes(LegalDocumentPage, {LegalDocumentLibraryPage})
        self.assertAllowedParentPageTypes(GazetteIssuePage, {GazetteIndexPage})
        self.assertAllowedSubpageTypes(LegalDocumentPage, set())
