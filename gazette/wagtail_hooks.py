from django.contrib import messages
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from modeltranslation.utils import build_localized_fieldname
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from gazette.models import (
    DocumentType,
    GazetteIssuePage,
    IssuingBody,
    LegalDocumentPage,
    LegalField,
    PdfText,
)
from gazette.models.documents import LANGUAGE_CODES
from gazette.models.pdfs import ReadingState
from gazette.pdf_admin import ScannedTextViewSetGroup


class TaxonomyViewSet(SnippetViewSet):
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name"]
    ordering = ["sort_order", "name_vi"]


class DocumentTypeViewSet(TaxonomyViewSet):
    model = DocumentType
    icon = "tag"


class IssuingBodyViewSet(TaxonomyViewSet):
    model = IssuingBody
    icon = "group"


class LegalFieldViewSet(TaxonomyViewSet):
    model = LegalField
    icon = "folder-inverse"


class GazetteTaxonomies(SnippetViewSetGroup):
    items = (DocumentTypeViewSet, IssuingBodyViewSet, LegalFieldViewSet)
    menu_icon = "tag"
    menu_label = gettext_lazy("Legal document vocabularies")
    menu_name = "gazette-vocabularies"


register_snippet(GazetteTaxonomies)


@hooks.register("register_admin_viewset")
def register_scanned_text_viewsets():
    return ScannedTextViewSetGroup()


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def flag_scanned_pdfs(request, page) -> None:
    """Tells editors how the reading of each PDF goes: queued, recognised, failed."""
    page = page.specific
    field = {LegalDocumentPage: "signed_pdf", GazetteIssuePage: "pdf"}.get(type(page))
    if field is None:
        return
    for code in LANGUAGE_CODES:
        document = getattr(page, build_localized_fieldname(field, code), None)
        extracted = PdfText.objects.filter(document=document).first() if document else None
        if extracted is None:
            continue
        message = reading_message(extracted)
        if message:
            level = messages.error if extracted.state == ReadingState.FAILED else messages.info
            level(request, message)


def reading_message(pdf_text: PdfText) -> str:
    """What an editor is told about a PDF after saving a page that holds it."""
    title = pdf_text.document.title
    if pdf_text.state == ReadingState.FAILED:
        return _("“%(title)s” could not be read: %(problem)s") % {
            "title": title,
            "problem": pdf_text.get_problem_display(),
        }
    if pdf_text.state in (ReadingState.QUEUED, ReadingState.RECOGNISING):
        return _(
            "“%(title)s” is being read in the background (%(progress)s). A scan without a "
            "text layer gets its text by OCR; follow it under Scanned PDFs."
        ) % {"title": title, "progress": pdf_text.progress}
    if not pdf_text.has_text_layer:
        return _(
            "“%(title)s” has no text layer (it is a scanned image): its text was recognised "
            "automatically and may contain errors. Check it under Scanned PDFs."
        ) % {"title": title}
    return ""
