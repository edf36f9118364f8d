"""Reading PDFs in the background: the text layer first, OCR for scans, in bounded steps.

`gazette.models.pdfs.mark_for_reading` records a PDF as queued when a page is saved with it;
once the transaction commits, gazette.signals enqueues `gazette.tasks.read_pdf` (the import
queues its own).
Each run of that task does one step for one document and then gives the worker back:

1. the text layer, bounded by gazette.pdfs (size, pages, seconds); a PDF with text is done;
2. a scan is recognised OCR_PAGES_PER_RUN pages (or OCR_SECONDS_PER_RUN) at a time; the task
   queues itself again for the next pages, behind whatever else waits, so a 400-page gazette
   never holds the worker for long and other tasks (search, social posts) go on.

What goes wrong ends in a state an editor can read (`Problem`), never an exception in the
worker: the next document is read as if nothing happened. Corrected pages are never touched.
"""

import logging
import time

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils import timezone

from gazette import ocr
from gazette.models.pdfs import PdfPage, PdfText, Problem, ReadingState
from gazette.pdfs import MAX_PDF_BYTES, read_file_field, read_pdf
from search.signals import queue_update

logger = logging.getLogger(__name__)

# Scans longer than this are recognised in part (the rest stays readable in the PDF).
OCR_MAX_PAGES = 500
OCR_PAGES_PER_RUN = 5
OCR_SECONDS_PER_RUN = 60.0
# The page fields that hold PDFs, per page model: their pages are re-indexed once read.
PDF_FIELDS = {"LegalDocumentPage": "signed_pdf", "GazetteIssuePage": "pdf"}
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def read_step(pdf_text_id: int) -> bool:
    """One bounded step of reading; True when another step is needed."""
    pdf_text = PdfText.objects.select_related("document").filter(pk=pdf_text_id).first()
    if pdf_text is None or pdf_text.state in (ReadingState.DONE, ReadingState.FAILED):
        return False
    try:
        return _step(pdf_text)
    except Exception:  # a file no parser expected must not stay "in progress"
        logger.exception("Reading the PDF of document %s failed", pdf_text.document_id)
        return _failed(pdf_text, Problem.UNEXPECTED)


def _step(pdf_text: PdfText) -> bool:
    try:
        data = read_file_field(pdf_text.document.file)
    except OSError:
        return _failed(pdf_text, Problem.UNREADABLE_FILE)
    if len(data) > MAX_PDF_BYTES:
        return _failed(pdf_text, Problem.TOO_LARGE)
    if pdf_text.state == ReadingState.QUEUED:
        return _read_text_layer(pdf_text, data)
    return _recognise_next_pages(pdf_text, data)


def _read_text_layer(pdf_text: PdfText, data: bytes) -> bool:
    try:
        facts = read_pdf(data)
    except ValidationError as error:
        return _failed(pdf_text, _problem_of(error))
    pdf_text.page_count = facts.page_count
    pdf_text.has_text_layer = facts.has_text_layer
    if facts.has_text_layer:
        pdf_text.text = facts.text
        pdf_text.state = ReadingState.DONE
        pdf_text.problem = Problem.NONE if facts.complete else Problem.PARTLY_READ
        pdf_text.save()
        _reindex_pages_using(pdf_text)
        return False
    pdf_text.state = ReadingState.RECOGNISING
    pdf_text.pages_done = 0
    pdf_text.pages_wanted = min(facts.page_count, OCR_MAX_PAGES)
    pdf_text.save()
    return True


def _recognise_next_pages(pdf_text: PdfText, data: bytes) -> bool:
    first = pdf_text.pages_done + 1
    last = min(pdf_text.pages_wanted, pdf_text.pages_done + OCR_PAGES_PER_RUN)
    deadline = time.monotonic() + OCR_SECONDS_PER_RUN
    try:
        for page in ocr.recognise_pages(data, pdf_text.language, first, last):
            _keep_page(pdf_text, page)
            pdf_text.pages_done = page.number
            PdfText.objects.filter(pk=pdf_text.pk).update(pages_done=page.number)
            if time.monotonic() > deadline:
                break
    except ocr.OcrError:
        logger.exception("OCR of document %s failed", pdf_text.document_id)
        return _failed(pdf_text, Problem.OCR_UNAVAILABLE)
    if pdf_text.pages_done < pdf_text.pages_wanted:
        return True
    _finish(pdf_text, data)
    return False


def _keep_page(pdf_text: PdfText, page: ocr.PageText) -> None:
    """The page's new OCR text; an editor's correction of it stays as it is."""
    PdfPage.objects.update_or_create(
        pdf_text=pdf_text,
        number=page.number,
        defaults={
            "ocr_text": page.text,
            "confidence": page.confidence,
            "readable": page.readable,
            "text_layer": page.text_layer,
        },
    )


def _finish(pdf_text: PdfText, data: bytes) -> None:
    pdf_text.pages.filter(number__gt=pdf_text.pages_wanted).delete()
    pdf_text.text = pdf_text.joined_text()
    pdf_text.state = ReadingState.DONE
    if not pdf_text.pages.filter(readable=True).exists():
        pdf_text.problem = Problem.NO_TEXT_FOUND
    elif pdf_text.pages_wanted < pdf_text.page_count:
        pdf_text.problem = Problem.PARTLY_READ
    else:
        pdf_text.problem = Problem.NONE
    _write_searchable_pdf(pdf_text, data)
    pdf_text.save()
    _reindex_pages_using(pdf_text)


def _write_searchable_pdf(pdf_text: PdfText, data: bytes) -> None:
    if pdf_text.searchable_pdf:
        pdf_text.searchable_pdf.delete(save=False)
    if pdf_text.problem == Problem.NO_TEXT_FOUND:
        return
    layers = dict(pdf_text.pages.values_list("number", "text_layer"))
    pages = [bytes(layers.get(number) or b"") for number in range(1, pdf_text.pages_wanted + 1)]
    name = f"{pdf_text.document_id}-{pdf_text.fingerprint[:12]}.pdf"
    pdf_text.searchable_pdf.save(name, ContentFile(ocr.searchable_pdf(data, pages)), save=False)


def text_corrected(page: PdfPage, user) -> None:
    """An editor saved a page's text: readers and search see it from now on."""
    page.corrected_by = user
    page.corrected_at = timezone.now()
    page.save(update_fields=["corrected_text", "corrected_by", "corrected_at"])
    pdf_text = page.pdf_text
    pdf_text.text = pdf_text.joined_text()
    pdf_text.save(update_fields=["text", "updated_at"])
    _reindex_pages_using(pdf_text)


def _failed(pdf_text: PdfText, problem: str) -> bool:
    pdf_text.state = ReadingState.FAILED
    pdf_text.problem = problem
    pdf_text.save(update_fields=["state", "problem", "updated_at"])
    _reindex_pages_using(pdf_text)
    return False


def _problem_of(error: ValidationError) -> str:
    # Its code, not its message: a message may quote what the parser found in the file.
    return error.code if error.code in Problem.values else Problem.DAMAGED


def _reindex_pages_using(pdf_text: PdfText) -> None:
    page_ids: list[int] = []
    for model_name, field in PDF_FIELDS.items():
        model = apps.get_model("gazette", model_name)
        for code in LANGUAGE_CODES:
            usage = model.objects.filter(**{f"{field}_{code}": pdf_text.document_id})
            page_ids += usage.values_list("pk", flat=True)
    if page_ids:
        queue_update(sorted(set(page_ids)))
