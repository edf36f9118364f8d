"""The document page: relations both ways, history, languages, PDF, JSON-LD, explainers."""

import datetime
import json
import re

import pytest
from django.template.defaultfilters import filesizeformat
from django.template.loader import render_to_string
from django.test import RequestFactory

from gazette.factories import GazetteIssuePageFactory, PdfDocumentFactory
from gazette.models import GazetteIssueEntry
from tests.gazette.conftest import relate

D = datetime.date
ARTICLES = [
    {"type": "article", "value": {"number": str(n), "heading": f"Điều khoản {n}", "clauses": []}}
    for n in range(1, 6)
]


def html_of(client, page, language="vi") -> str:
    from django.utils import translation

    with translation.override(language):
        url = page.get_url()
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
def test_a_relation_reads_both_ways(client, make_document):
    decree = make_document(title="Nghị định gốc", signed_date=D(2024, 7, 30))
    amending = make_document(title="Nghị định sửa đổi", signed_date=D(2025, 2, 10))
    relate(amending, "amends", decree)

    on_amending = html_of(client, amending)
    on_decree = html_of(client, decree)
    assert re.search(r"Sửa đổi</span> <a [^>]*>Nghị định gốc", on_amending)
    assert re.search(r"Được sửa đổi bởi</span> <a [^>]*>Nghị định sửa đổi", on_decree)
    # The target's history shows the amendment on its date.
    history = on_decree.split('id="history-heading"')[1]
    assert "10 tháng 2 năm 2025" in history and "Nghị định sửa đổi" in history


@pytest.mark.django_db
def test_the_replaced_law_shows_its_successor_and_is_expired(client, make_document):
    old = make_document(title="Luật cũ", signed_date=D(2013, 1, 1))
    new = make_document(title="Luật mới", signed_date=D(2024, 1, 1))
    relate(new, "replaces", old)
    html = html_of(client, old)
    assert "Được thay thế bởi" in html
    assert 'status-badge--expired">Hết hiệu lực toàn bộ' in html


@pytest.mark.django_db
def test_each_language_shows_only_its_own_text(client, make_document):
    law = make_document(
        title_lo="ກົດໝາຍ",
        text_vi=[{"type": "article", "value": {"number": "1", "text": "Văn bản tiếng Việt."}}],
    )
    vi = html_of(client, law, "vi")
    lo = html_of(client, law, "lo")
    assert "Văn bản tiếng Việt." in vi
    assert "Văn bản tiếng Việt." not in lo
    assert 'id="article-1"' not in lo
    assert "ບໍ່ມີຂໍ້ຄວາມຂອງເອກະສານນີ້ເປັນພາສານີ້" in lo  # "not available in this language"
    assert 'hreflang="vi" lang="vi">Đọc văn bản này bằng tiếng Việt' in lo


@pytest.mark.django_db
def test_signed_pdf_link_shows_its_size_before_download(client, make_document):
    pdf = PdfDocumentFactory()
    law = make_document(signed_pdf_vi=pdf)
    html = html_of(client, law)
    assert f'href="{pdf.url}" download' in html
    assert f"(PDF, {filesizeformat(pdf.get_file_size())})" in html


@pytest.mark.django_db
def test_json_ld_describes_the_legislation(client, make_document, gazette_index):
    law = make_document(
        number="31/2024/QH15", signed_date=D(2024, 1, 18), effective_date=D(2024, 8, 1)
    )
    issue = GazetteIssuePageFactory(parent=gazette_index, issue_number="141+142", year=2024)
    GazetteIssueEntry.objects.create(issue=issue, document=law, first_page=3, last_page=96)
    html = html_of(client, law)
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = json.loads(block.group(1))
    assert data["@type"] == "Legislation"
    assert data["legislationIdentifier"] == "31/2024/QH15"
    assert data["legislationDate"] == "2024-01-18"
    assert data["legislationLegalForce"] == "InForce"
    assert data["legislationType"] == "Luật"
    assert data["isPartOf"]["issueNumber"] == "141+142"
    assert data["isPartOf"]["pageStart"] == 3


@pytest.mark.django_db
def test_json_ld_cannot_break_out_of_its_script(client, make_document):
    law = make_document(title="</script><script>alert(1)</script>")
    html = html_of(client, law)
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert json.loads(block.group(1))["name"] == "</script><script>alert(1)</script>"


@pytest.mark.django_db
def test_the_document_cites_its_gazette_issue_in_both_languages(
    client, make_document, gazette_index
):
    law = make_document()
    issue = GazetteIssuePageFactory(parent=gazette_index, issue_number="15", year=2025)
    GazetteIssueEntry.objects.create(issue=issue, document=law, first_page=3, last_page=9)
    html = html_of(client, law)
    assert '<q lang="vi">Công báo số 15, trang 3–9</q>' in html
    assert '<q lang="lo">ຈົດໝາຍເຫດທາງລັດຖະການ ສະບັບເລກທີ 15, ໜ້າ 3–9</q>' in html


@pytest.mark.django_db
def test_explainers_citing_the_document_are_listed(home_page, make_document):
    from news.factories import (
        ExplainerDocumentLinkFactory,
        ExplainerIndexPageFactory,
        ExplainerPageFactory,
    )

    law = make_document()
    other_law = make_document(number="1/2020/QH15")
    explainers = ExplainerIndexPageFactory(parent=home_page)
    explainer = ExplainerPageFactory(parent=explainers, title="Hỏi đáp về Luật Đất đai")
    ExplainerDocumentLinkFactory(page=explainer, document=law)
    ExplainerDocumentLinkFactory(page=explainer, document=law, article_anchor="article-7")

    html = render_to_string(
        "gazette/legal_document_page.html",
        law.get_context(RequestFactory().get("/vi/")),
        request=RequestFactory().get("/vi/"),
    )
    assert "Bài tìm hiểu về văn bản này" in html
    assert html.count("Hỏi đáp về Luật Đất đai") == 1
    assert list(other_law.get_context(RequestFactory().get("/vi/"))["citing_explainers"]) == []


@pytest.mark.django_db
def test_share_and_search_contract(make_document):
    from django.utils import translation

    law = make_document(summary_vi="Tóm tắt.", summary_lo="", title_lo="")
    with translation.override("vi"):
        assert law.share_summary == "Tóm tắt."
    assert law.share_image is None
    document = law.search_document("vi")
    assert document.section == "legal_document"
    assert (document.document_type, document.status, document.year) == ("law", "in_force", 2024)
    assert law.search_document("lo") is None  # no Lao title: not indexed as Lao
