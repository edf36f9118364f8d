"""Scanned PDFs get their text by OCR in the background: per page, shown, searched, corrected.

The scans are generated (gazette.pdf_writer) from a few lines of the demo's legal text, at
300 DPI, and read by the real Tesseract with its Lao and Vietnamese data.
"""

import io

import pytest
from django.core.files.base import ContentFile
from django.utils import translation
from PIL import Image
from pypdf import PdfWriter

from gazette import ocr, pdf_reading
from gazette.factories import PdfDocumentFactory
from gazette.models import PdfText
from gazette.models.pdfs import PdfPage, Problem, ReadingState, mark_for_reading
from gazette.pdf_writer import SLIGHTLY_WORN, scanned_pdf, text_pdf
from gazette.pdfs import read_pdf
from portal import roles
from portal.text.ocr import character_error_rate, lao_loose_key, tidy
from search import indexing
from search.engine import Filters, search
from tests.users import user_in

LAO_LINES = ["ກົດໝາຍ ວ່າດ້ວຍທີ່ດິນ", "ຜູ້ນຳໃຊ້ທີ່ດິນ ແມ່ນຜູ້ທີ່ລັດມອບທີ່ດິນ, ໃຫ້ເຊົ່າທີ່ດິນ."]
VI_LINES = ["Luật Đất đai", "Người sử dụng đất được Nhà nước giao đất, cho thuê đất."]


def _read_to_the_end(pdf_text: PdfText) -> PdfText:
    while pdf_reading.read_step(pdf_text.pk):
        pass
    return PdfText.objects.get(pk=pdf_text.pk)


def _queued(data: bytes, language: str = "lo", name: str = "scan.pdf") -> PdfText:
    document = PdfDocumentFactory(file=ContentFile(data, name=name))
    return mark_for_reading(document, language)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "lines", "most_errors"), [("lo", LAO_LINES, 0.12), ("vi", VI_LINES, 0.05)]
)
def test_a_scan_is_recognised_page_by_page_in_its_language(language, lines, most_errors):
    pdf_text = _read_to_the_end(_queued(scanned_pdf(lines, SLIGHTLY_WORN), language))
    assert pdf_text.state == ReadingState.DONE and pdf_text.problem == Problem.NONE
    assert not pdf_text.has_text_layer and pdf_text.from_ocr
    page = pdf_text.pages.get()
    assert page.number == 1 and page.readable and page.confidence > 30
    assert character_error_rate("\n".join(lines), page.ocr_text) <= most_errors
    # The searchable PDF carries the recognised text as a text layer over the scan.
    searchable = read_pdf(pdf_text.searchable_pdf.read())
    assert searchable.page_count == 1 and searchable.has_text_layer


@pytest.mark.django_db
def test_saving_a_page_queues_the_reading_on_commit_and_the_page_shows_the_text(
    make_document, client, django_capture_on_commit_callbacks
):
    scan = PdfDocumentFactory(file=ContentFile(scanned_pdf(LAO_LINES), name="scan-lo.pdf"))
    with django_capture_on_commit_callbacks(execute=True):
        law = make_document(signed_pdf_lo=scan, title_lo="ກົດໝາຍ ວ່າດ້ວຍທີ່ດິນ", text_lo=[])
    pdf_text = PdfText.objects.get(document=scan)
    assert pdf_text.state == ReadingState.DONE and pdf_text.language == "lo"
    with translation.override("lo"):
        html = client.get(law.get_url()).content.decode()
    assert '<section class="recognised-text" aria-labelledby="recognised-lo" lang="lo">' in html
    assert "ຂໍ້ຄວາມນີ້ຖືກຮັບຮູ້ອັດຕະໂນມັດ" in html  # the label, in the reader's language
    assert "ທີ່ດິນ" in html or "ທີດິນ" in html
    # Found by search, and the result says the text comes from OCR.
    entry = law.search_document("lo")
    assert entry.from_ocr and entry.body == pdf_text.text


@pytest.mark.django_db
def test_a_corrected_page_replaces_the_ocr_text_and_survives_a_new_run():
    pdf_text = _read_to_the_end(_queued(scanned_pdf(LAO_LINES)))
    page = pdf_text.pages.get()
    page.corrected_text = "\n".join(LAO_LINES)
    pdf_reading.text_corrected(page, user=None)
    assert PdfText.objects.get(pk=pdf_text.pk).text == "\n".join(LAO_LINES)
    # Recognised again (a new Tesseract, say): the editor's text stays.
    PdfText.objects.filter(pk=pdf_text.pk).update(state=ReadingState.QUEUED)
    again = _read_to_the_end(PdfText.objects.get(pk=pdf_text.pk))
    page = PdfPage.objects.get(pk=page.pk)
    assert page.corrected and page.shown_text == "\n".join(LAO_LINES)
    assert again.text == "\n".join(LAO_LINES)


def _encrypted() -> bytes:
    writer = PdfWriter(clone_from=io.BytesIO(scanned_pdf(["ກົດໝາຍ"])))
    writer.encrypt("secret")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _blank_pages(count: int) -> bytes:
    writer = PdfWriter()
    for _ in range(count):
        writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _noise() -> bytes:
    image = Image.effect_noise((1240, 1754), 120).convert("L")
    out = io.BytesIO()
    image.save(out, format="PDF", resolution=150)
    return out.getvalue()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("data", "state", "problem"),
    [
        (_encrypted(), ReadingState.FAILED, Problem.ENCRYPTED),
        (b"%PDF-1.4\n1 0 obj << /Type /Catalog", ReadingState.FAILED, Problem.DAMAGED),
        (b"<html>not a pdf</html>", ReadingState.FAILED, Problem.NOT_PDF),
        (_blank_pages(0), ReadingState.FAILED, Problem.NO_PAGES),
        (_blank_pages(1), ReadingState.DONE, Problem.NO_TEXT_FOUND),  # no image, no text
        (_noise(), ReadingState.DONE, Problem.NO_TEXT_FOUND),
    ],
    ids=["encrypted", "damaged", "not-a-pdf", "no-pages", "image-less", "all-noise"],
)
def test_bad_input_ends_in_a_clear_state_and_the_next_document_is_read(
    data, state, problem, monkeypatch
):
    monkeypatch.setattr(ocr, "PAGE_SECONDS", 4)  # a page of noise is given up, not waited for
    bad = _read_to_the_end(_queued(data, name="bad.pdf"))
    assert (bad.state, bad.problem) == (state, problem)
    assert bad.get_problem_display() and bad.document.file  # nothing lost: the file stays
    good = _read_to_the_end(_queued(scanned_pdf(VI_LINES), "vi", name="good.pdf"))
    assert good.state == ReadingState.DONE and good.from_ocr


@pytest.mark.django_db
def test_reading_a_text_layer_is_bounded_in_pages(monkeypatch):
    monkeypatch.setattr("gazette.pdf_reading.read_pdf", lambda data: read_pdf(data, max_pages=1))
    lines = [f"Điều {number}. Phạm vi điều chỉnh của văn bản" for number in range(1, 120)]
    pdf_text = _read_to_the_end(_queued(text_pdf(lines), "vi", name="long.pdf"))
    assert pdf_text.page_count > 1 and pdf_text.state == ReadingState.DONE
    assert pdf_text.problem == Problem.PARTLY_READ and "Điều 1." in pdf_text.text
    assert "Điều 119." not in pdf_text.text


@pytest.mark.django_db
def test_recognition_is_bounded_in_pages_and_runs_a_few_pages_at_a_time(monkeypatch):
    monkeypatch.setattr(pdf_reading, "OCR_MAX_PAGES", 2)
    monkeypatch.setattr(pdf_reading, "OCR_PAGES_PER_RUN", 1)
    lines = [VI_LINES[1]] * 90  # three pages
    pdf_text = _queued(scanned_pdf(lines), "vi", name="three.pdf")
    steps = 1
    while pdf_reading.read_step(pdf_text.pk):
        steps += 1
    pdf_text.refresh_from_db()
    assert pdf_text.page_count == 3 and pdf_text.pages.count() == 2
    assert steps == 3  # the text layer, then one page per run
    assert pdf_text.problem == Problem.PARTLY_READ


def test_ocr_text_is_tidied_with_the_lao_rules():
    # ໍ + າ as Tesseract writes it becomes ຳ; a doubled mark and spaces inside a word go.
    assert tidy("ກໍານົດ  ລະບອບ\n\n ທີີ່ດິນ", "lo") == "ກຳນົດ ລະບອບ\nທີ່ດິນ"
    assert tidy("Luật  Đất đai\n", "vi") == "Luật Đất đai"


@pytest.mark.parametrize(
    ("typed", "misread"),
    [("ທີ່ດິນ", "ທີດິນ"), ("ກົດໝາຍ", "ກົດຫາຍ"), ("ປະເທດ", "ບະເທດ"), ("ກຳນົດ", "ກໍານົດ")],
)
def test_the_loose_lao_key_forgives_what_ocr_misreads(typed, misread):
    assert lao_loose_key(typed) == lao_loose_key(misread)


@pytest.mark.django_db
def test_search_finds_a_misread_lao_word_and_says_it_comes_from_ocr(make_document):
    pdf_text = _queued(scanned_pdf(["x"]), "lo", name="misread.pdf")
    PdfText.objects.filter(pk=pdf_text.pk).update(
        state=ReadingState.DONE, has_text_layer=False, text="ກົດຫາຍ ວ່າດ້ວຍທີດິນ"
    )
    law = make_document(signed_pdf_lo=pdf_text.document, title_lo="ເອກະສານ", text_lo=[])
    law.save_revision().publish()
    indexing.update_pages([law])
    results = search("ກົດໝາຍ ທີ່ດິນ", Filters(language="lo"))
    assert [entry.page_id for entry in results.entries] == [law.pk]
    assert results.entries[0].from_ocr


@pytest.mark.django_db
def test_an_editor_corrects_a_page_in_the_admin(client):
    pdf_text = _read_to_the_end(_queued(scanned_pdf(VI_LINES), "vi", name="admin.pdf"))
    page = pdf_text.pages.get()
    client.force_login(user_in(roles.EDITORS))
    listing = client.get("/admin/scanned-pdfs/reading/")
    assert listing.status_code == 200 and pdf_text.document.title in listing.content.decode()
    response = client.post(
        f"/admin/scanned-pdfs/pages/edit/{page.pk}/", {"corrected_text": "\n".join(VI_LINES)}
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.corrected and page.corrected_at is not None
    assert PdfText.objects.get(pk=pdf_text.pk).text == "\n".join(VI_LINES)


@pytest.mark.django_db
def test_an_unexpected_error_ends_in_a_clear_state(monkeypatch):
    def broken(*args):
        raise ZeroDivisionError

    monkeypatch.setattr(ocr, "recognise_pages", broken)
    pdf_text = _read_to_the_end(_queued(scanned_pdf(VI_LINES), "vi", name="broken.pdf"))
    assert (pdf_text.state, pdf_text.problem) == (ReadingState.FAILED, Problem.UNEXPECTED)
