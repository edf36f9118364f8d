"""Text extracted from uploaded PDFs, kept beside the Wagtail document it came from."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model_string

from gazette.pdfs import fingerprint, read_file_field, read_pdf


class PdfText(models.Model):
    """What pypdf found in a PDF: its text (for search) and whether it has a text layer."""

    document = models.OneToOneField(
        get_document_model_string(), on_delete=models.CASCADE, related_name="pdf_text"
    )
    fingerprint = models.CharField(max_length=40)
    text = models.TextField(blank=True)
    page_count = models.PositiveIntegerField(default=0)
    has_text_layer = models.BooleanField(default=True)

    class Meta:
        verbose_name = _("PDF text")
        verbose_name_plural = _("PDF texts")

    def __str__(self) -> str:
        return str(self.document)

    @classmethod
    def for_document(cls, document) -> "PdfText":
        """The extracted text of a Wagtail document, re-read only when its file changed.

        Raises ValidationError when the file is not a readable PDF.
        """
        data = read_file_field(document.file)
        file_print = fingerprint(data)
        existing = cls.objects.filter(document=document).first()
        if existing and existing.fingerprint == file_print:
            return existing
        facts = read_pdf(data)
        pdf_text, _created = cls.objects.update_or_create(
            document=document,
            defaults={
                "fingerprint": file_print,
                "text": facts.text,
                "page_count": facts.page_count,
                "has_text_layer": facts.has_text_layer,
            },
        )
        return pdf_text
