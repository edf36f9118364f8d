"""Uploaded PDFs: refused when they are not PDFs, text extracted, scans flagged to editors."""

import pytest
from django.contrib.messages import get_messages
from django.contrib.messages.storage.fallback import FallbackStorage
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import connection
from django.test import RequestFactory
from wagtail.documents.models import Document

from gazette.factories import PdfDocumentFactory
from gazette.models import PdfText
from gazette.pdf_writer import scanned_pdf, text_pdf
from gazette.pdfs import read_pdf
from gazette.wagtail_hooks import flag_scanned_pdfs
from portal import roles
from portal.text.lao_script import looks_like_legacy_lao_font
from tests.users import user_in


def test_text_and_scanned_pdfs_are_told_apart():
    text = read_pdf(text_pdf(["Nghị định 168/2024/NĐ-CP", "Điều 1. Phạm vi điều chỉnh"]))
    assert text.has_text_layer and "168/2024/NĐ-CP" in text.text  # real Unicode, accents kept
    scan = read_pdf(scanned_pdf(["Dieu 1. Pham vi dieu chinh"]))
    assert scan.page_count == 1 and not scan.has_text_layer


@pytest.mark.parametrize(
    "data", [b"", b"<html>hello</html>", b"PK\x03\x04zip", b"%PDF-1.4\ngarbage"]
)
def test_files_that_are_not_readable_pdfs_are_refused(data):
    with pytest.raises(ValidationError):
        read_pdf(data)


@pytest.mark.django_db
def test_a_page_with_a_fake_pdf_gets_a_clear_form_error(make_document):
    fake = PdfDocumentFactory(file=ContentFile(b"<html>not a pdf</html>", name="fake.pdf"))
    law = make_document()
    law.signed_pdf_vi = fake
    with pytest.raises(ValidationError) as error:
        law.clean()
    assert error.value.message_dict["signed_pdf_vi"] == [
        f"“{fake.title}”: Tệp này không phải là PDF."
    ]


@pytest.mark.django_db
def test_saving_a_page_extracts_its_pdf_text_once(make_document):
    pdf = PdfDocumentFactory()
    law = make_document(signed_pdf_vi=pdf)
    extracted = PdfText.objects.get(document=pdf)
    assert "Dieu 1" in extracted.text and extracted.has_text_layer
    law.save()
    assert PdfText.objects.get(document=pdf).pk == extracted.pk


@pytest.mark.django_db
def test_editors_are_told_when_a_pdf_is_a_scan(make_document):
    scan = PdfDocumentFactory(file=ContentFile(scanned_pdf(["ກົດໝາຍ"]), name="scan.pdf"))
    law = make_document(signed_pdf_lo=scan)
    request = RequestFactory().post("/admin/")
    request.session = {}
    request._messages = FallbackStorage(request)
    flag_scanned_pdfs(request, law)
    messages = [str(message) for message in get_messages(request)]
    assert len(messages) == 1
    assert scan.title in messages[0] and "đang được đọc" in messages[0]


@pytest.mark.parametrize(
    ("text", "legacy"),
    [
        ("¡ö©ñÅÒ¨ ÇèÒ©éÇ¡Ò¹ä¡èà¡ì", True),  # Lao typed in a pre-Unicode font
        ("ກົດໝາຍ ວ່າດ້ວຍການໄກ່ເກ່ຍ", False),
        ("Luật Hòa giải ở cơ sở", False),  # Vietnamese is not mistaken for it
        ("59/2023", False),
        ("", False),
    ],
)
def test_legacy_lao_font_detection(text, legacy):
    assert looks_like_legacy_lao_font(text) is legacy


def test_reading_a_text_layer_stops_at_its_time_budget():
    facts = read_pdf(text_pdf(["Điều 1. Phạm vi điều chỉnh"] * 200), seconds=0)
    assert facts.page_count > 1 and facts.pages_read == 0 and not facts.complete


@pytest.mark.django_db
@pytest.mark.parametrize("role", [roles.STAFF, roles.EDITORS, roles.ADMINISTRATORS])
def test_deleting_a_pdf_in_use_leaves_the_pages_without_it(client, make_document, role):
    # Each language's PDF column must be cleared, not only the untranslated one. The PDF was
    # uploaded by nobody here: staff delete only their own uploads, so theirs is refused.
    pdf = PdfDocumentFactory()
    law = make_document(signed_pdf_vi=pdf, signed_pdf_lo=pdf)
    client.force_login(user_in(role))
    response = client.post(f"/admin/documents/delete/{pdf.pk}/")
    assert response.status_code in (302, 403)
    law.refresh_from_db()
    if role == roles.STAFF:
        assert Document.objects.filter(pk=pdf.pk).exists()
        assert law.signed_pdf_vi == pdf
    else:
        assert not Document.objects.filter(pk=pdf.pk).exists()
        assert law.signed_pdf_vi is None and law.signed_pdf_lo is None
        assert client.get(law.url).status_code == 200
    connection.check_constraints()  # what the commit would check
