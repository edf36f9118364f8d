"""Editors can open the gazette's editing forms (both languages on one form)."""

import pytest
from django.contrib.auth import get_user_model

from gazette.factories import GazetteIssuePageFactory
from gazette.models import GazetteIssueEntry


@pytest.fixture
def editor_client(client, db):
    user = get_user_model().objects.create_superuser("admin", "admin@example.invalid", "x")
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_editing_forms_open(editor_client, library, gazette_index, make_document):
    law = make_document()
    issue = GazetteIssuePageFactory(parent=gazette_index)
    GazetteIssueEntry.objects.create(issue=issue, document=law, first_page=1)
    urls = [
        f"/admin/pages/add/gazette/legaldocumentpage/{library.pk}/",
        f"/admin/pages/{law.pk}/edit/",
        f"/admin/pages/{issue.pk}/edit/",
        f"/admin/pages/add/gazette/gazetteissuepage/{gazette_index.pk}/",
        "/admin/snippets/gazette/documenttype/",
        "/admin/snippets/gazette/issuingbody/add/",
    ]
    for url in urls:
        response = editor_client.get(url)
        assert response.status_code == 200, url
    html = editor_client.get(f"/admin/pages/{law.pk}/edit/").content.decode()
    for field in ("title_lo", "summary_vi", "summary_lo", "signed_pdf_lo", "relations"):
        assert f'name="{field}' in html, field
    assert "text_vi" in html and "text_lo" in html  # StreamFields, drawn by Wagtail's scripts


@pytest.mark.django_db
def test_an_editor_publishes_a_document_from_the_admin(editor_client, library):
    from gazette.factories import document_type
    from gazette.models import LegalDocumentPage

    response = editor_client.get(f"/admin/pages/add/gazette/legaldocumentpage/{library.pk}/")
    assert response.status_code == 200
    data = {
        "title_vi": "Luật Hòa giải",
        "slug_vi": "luat-hoa-giai",
        "number": "35/2013/QH13",
        "document_type": document_type("law").pk,
        "signed_date": "2013-06-20",
        "effective_date": "2014-01-01",
        "text_vi-count": "0",
        "text_lo-count": "0",
        "relations-TOTAL_FORMS": "0",
        "relations-INITIAL_FORMS": "0",
        "relations-MIN_NUM_FORMS": "0",
        "relations-MAX_NUM_FORMS": "1000",
        "action-publish": "publish",
    }
    response = editor_client.post(f"/admin/pages/add/gazette/legaldocumentpage/{library.pk}/", data)
    assert response.status_code == 302, response.content.decode()[-3000:]
    page = LegalDocumentPage.objects.get(number_key="35/2013/QH13")
    assert page.live
