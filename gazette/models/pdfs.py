"""Text read from uploaded PDFs, kept beside the Wagtail document it came from.

A PDF with a text layer keeps that text; a scan gets its text from OCR, page by page
(`PdfPage`), where an editor may correct any page. Both are read in the background
(gazette/pdf_reading.py); `state` and `problem` say how far it got and what went wrong.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.dispatch import Signal
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model_string

from gazette.pdfs import fingerprint, inspect_pdf, read_file_field

# Rung after commit with `pdf_text_id` when a PDF waits to be read: gazette.signals queues the
# reading task, so the models need not import the task (which imports them).
reading_wanted = Signal()


class ReadingState(models.TextChoices):
    QUEUED = "queued", _("Waiting to be read")
    RECOGNISING = "recognising", _("Recognising the scanned text")
    DONE = "done", _("Read")
    FAILED = "failed", _("Could not be read")


class Problem(models.TextChoices):
    """What went wrong, as a code: stored errors never hold a file's content or a path."""

    NONE = "", _("None")
    NOT_PDF = "not_pdf", _("The file is not a PDF.")
    DAMAGED = "damaged", _("The PDF is damaged.")
    ENCRYPTED = "encrypted", _("The PDF is protected by a password.")
    NO_PAGES = "no_pages", _("The PDF has no pages.")
    TOO_LARGE = "too_large", _("The PDF is too large to read.")
    UNREADABLE_FILE = "unreadable_file", _("The stored file cannot be opened.")
    PARTLY_READ = "partly_read", _("Only the first pages were read (page or time limit).")
    NO_TEXT_FOUND = "no_text_found", _("No text was recognised on any page.")
    OCR_UNAVAILABLE = "ocr_unavailable", _("Text recognition failed on this server.")
    UNEXPECTED = "unexpected", _("An unexpected error stopped the reading (see the server log).")


class PdfText(models.Model):
    """The text of a PDF (for search and readers) and how reading it went."""

    document = models.OneToOneField(
        get_document_model_string(), on_delete=models.CASCADE, related_name="pdf_text"
    )
    fingerprint = models.CharField(max_length=40)
    text = models.TextField(blank=True)
    page_count = models.PositiveIntegerField(default=0)
    has_text_layer = models.BooleanField(default=True)
    # The language its text is written in: the PDF field it was uploaded to says so.
    language = models.CharField(_("language"), max_length=8, default="vi")
    state = models.CharField(
        _("state"), max_length=16, choices=ReadingState.choices, default=ReadingState.QUEUED
    )
    problem = models.CharField(_("problem"), max_length=32, choices=Problem.choices, blank=True)
    pages_done = models.PositiveIntegerField(_("pages recognised"), default=0)
    pages_wanted = models.PositiveIntegerField(_("pages to recognise"), default=0)
    searchable_pdf = models.FileField(upload_to="searchable-pdfs/", blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("PDF text")
        verbose_name_plural = _("PDF texts")

    def __str__(self) -> str:
        return str(self.document)

    @property
    def from_ocr(self) -> bool:
        return not self.has_text_layer and self.state == ReadingState.DONE and bool(self.text)

    @property
    def progress(self) -> str:
        if self.state == ReadingState.RECOGNISING:
            return _("%(done)s of %(total)s pages") % {
                "done": self.pages_done,
                "total": self.pages_wanted,
            }
        return self.get_state_display()

    def joined_text(self) -> str:
        """Every page's text, the editor's where there is one: what search indexes."""
        return "\n\n".join(page.shown_text for page in self.pages.order_by("number"))


class PdfPage(models.Model):
    """One page's recognised text, and the text an editor corrected it to."""

    pdf_text = models.ForeignKey(PdfText, on_delete=models.CASCADE, related_name="pages")
    number = models.PositiveIntegerField(_("page"))
    ocr_text = models.TextField(_("recognised text"), blank=True)
    confidence = models.FloatField(_("confidence"), null=True, blank=True)
    readable = models.BooleanField(_("text found"), default=True)
    # Tesseract's text-only PDF page, laid over the scan in the searchable PDF (a few KB).
    text_layer = models.BinaryField(blank=True, default=b"", editable=False)
    corrected_text = models.TextField(
        _("corrected text"),
        blank=True,
        help_text=_(
            "The page's text as printed. Once saved it replaces the recognised text for "
            "readers and search, and a new recognition run leaves it alone."
        ),
    )
    corrected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    corrected_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("scanned page")
        verbose_name_plural = _("scanned pages")
        ordering = ["pdf_text", "number"]
        constraints = [
            models.UniqueConstraint(fields=["pdf_text", "number"], name="gazette_pdf_page_unique")
        ]

    def __str__(self) -> str:
        return _("%(document)s, page %(number)s") % {
            "document": self.pdf_text.document,
            "number": self.number,
        }

    @property
    def corrected(self) -> bool:
        return bool(self.corrected_text.strip())

    @property
    def shown_text(self) -> str:
        if self.corrected:
            return self.corrected_text
        return self.ocr_text if self.readable else ""


def mark_for_reading(document, language: str) -> "PdfText | None":
    """Marks the document's PDF to be read again when its file changed; None if unreadable."""
    try:
        data = read_file_field(document.file)
    except OSError:
        return None
    digest = fingerprint(data)
    existing = PdfText.objects.filter(document=document).first()
    if existing and existing.fingerprint == digest and existing.language == language:
        return existing
    try:  # a first look (two pages): whether it is a scan, and text to search meanwhile
        glance = inspect_pdf(data)
    except ValidationError:
        glance = None
    pdf_text, _created = PdfText.objects.update_or_create(
        document=document,
        defaults={
            "text": glance.text if glance and glance.has_text_layer else "",
            "page_count": glance.page_count if glance else 0,
            "has_text_layer": glance.has_text_layer if glance else True,
            "fingerprint": digest,
            "language": language,
            "state": ReadingState.QUEUED,
            "problem": Problem.NONE,
            "pages_done": 0,
            "pages_wanted": 0,
        },
    )
    transaction.on_commit(lambda: reading_wanted.send(sender=PdfText, pdf_text_id=pdf_text.pk))
    return pdf_text
