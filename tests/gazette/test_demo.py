"""The demo gazette shows each case the portal handles, and loading it twice changes nothing."""

import io

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import translation

from gazette.models import DocumentRelation, GazetteIssuePage, LegalDocumentPage, PdfText
from gazette.status import Status


def load_demo():
    with override_settings(DEBUG=True):
        call_command("load_demo_content", stdout=io.StringIO())


@pytest.mark.django_db
def test_demo_gazette_is_idempotent_and_covers_every_case(client):
    load_demo()
    counts = (
        LegalDocumentPage.objects.count(),
        GazetteIssuePage.objects.count(),
        DocumentRelation.objects.count(),
    )
    load_demo()
    assert counts == (
        LegalDocumentPage.objects.count(),
        GazetteIssuePage.objects.count(),
        DocumentRelation.objects.count(),
    )
    statuses = dict(LegalDocumentPage.objects.with_status().values_list("number", "current_status"))
    assert statuses["45/2013/QH13"] == Status.EXPIRED  # replaced by the 2024 Land Law
    assert statuses["31/2024/QH15"] == Status.IN_FORCE
    assert statuses["512/QĐ-BTP"] == Status.NOT_YET_IN_FORCE
    assert statuses["03/2018/TT-BTP"] == Status.PARTLY_EXPIRED

    lao_law = LegalDocumentPage.objects.get(number="59/ສພຊ")
    assert lao_law.text_languages == ["lo"]
    assert not PdfText.objects.get(document=lao_law.signed_pdf_lo).has_text_layer

    land_law = LegalDocumentPage.objects.get(number="31/2024/QH15")
    for language in ("vi", "lo"):
        with translation.override(language):
            url = land_law.get_url()
        html = client.get(url).content.decode()
        assert 'id="article-5"' in html
    decree = LegalDocumentPage.objects.get(number="102/2024/NĐ-CP")
    with translation.override("vi"):
        url = decree.get_url()
    assert "article-marker--amended" in client.get(url).content.decode()
    for issue in GazetteIssuePage.objects.all():
        assert client.get(issue.url).status_code == 200
