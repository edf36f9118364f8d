"""The admin of scanned PDFs: how the reading of each PDF goes, and its pages to correct."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import EditView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from gazette.models.pdfs import PdfPage, PdfText
from gazette.pdf_reading import text_corrected


class PdfTextViewSet(ModelViewSet):
    """Every PDF read in the background: its state, progress and problem (read only)."""

    model = PdfText
    url_prefix = "scanned-pdfs/reading"
    name = "scanned_pdf_reading"
    icon = "doc-full"
    menu_label = _("Reading of PDFs")
    list_display = [
        "document",
        "language",
        Column("progress", label=_("state")),
        "problem",
        "page_count",
        "updated_at",
    ]
    list_filter = ["state", "problem", "language", "has_text_layer"]
    search_fields = ["document__title"]
    ordering = ["-updated_at"]
    inspect_view_enabled = True
    form_fields = []


class CorrectPageView(EditView):
    def save_instance(self):
        instance = super().save_instance()
        text_corrected(instance, self.request.user)
        return instance


class PdfPageViewSet(ModelViewSet):
    """Recognised pages: an editor types the text as printed over what OCR read."""

    model = PdfPage
    url_prefix = "scanned-pdfs/pages"
    name = "scanned_pdf_pages"
    icon = "edit"
    menu_label = _("Scanned pages")
    list_display = ["__str__", "confidence", "readable", "corrected", "corrected_at"]
    list_filter = ["readable"]
    search_fields = ["ocr_text", "corrected_text"]
    form_fields = ["corrected_text"]
    edit_view_class = CorrectPageView


class ScannedTextViewSetGroup(ModelViewSetGroup):
    items = (PdfTextViewSet, PdfPageViewSet)
    menu_icon = "doc-full-inverse"
    menu_label = _("Scanned PDFs")
    menu_name = "scanned-pdfs"
