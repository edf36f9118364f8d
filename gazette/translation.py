from modeltranslation.translator import TranslationOptions, register

from gazette.models import (
    DocumentType,
    GazetteIndexPage,
    GazetteIssuePage,
    IssuingBody,
    LegalDocumentLibraryPage,
    LegalDocumentPage,
    LegalField,
)


@register([DocumentType, IssuingBody, LegalField])
class TaxonomyTranslation(TranslationOptions):
    fields = ("name",)


@register([LegalDocumentLibraryPage, GazetteIndexPage])
class IndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(LegalDocumentPage)
class LegalDocumentPageTranslation(TranslationOptions):
    # `text` and `signed_pdf` are read per language explicitly (never with fallback): a
    # document's Vietnamese text must not be shown as its Lao text.
    fields = ("signer", "summary", "status_override_reason", "text", "signed_pdf")


@register(GazetteIssuePage)
class GazetteIssuePageTranslation(TranslationOptions):
    fields = ("pdf",)
