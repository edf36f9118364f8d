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


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def flag_scanned_pdfs(request, page) -> None:
    """Tells editors when an uploaded PDF is a scan: its words cannot be searched."""
    page = page.specific
    field = {LegalDocumentPage: "signed_pdf", GazetteIssuePage: "pdf"}.get(type(page))
    if field is None:
        return
    for code in LANGUAGE_CODES:
        document = getattr(page, build_localized_fieldname(field, code), None)
        if document is None:
            continue
        extracted = PdfText.objects.filter(document=document).first()
        if extracted and not extracted.has_text_layer:
            messages.warning(
                request,
                _(
                    "“%(title)s” has no text layer (it is a scanned image): citizens cannot "
                    "search its words. Add the text of the document, or upload a PDF with text."
                )
                % {"title": document.title},
            )
