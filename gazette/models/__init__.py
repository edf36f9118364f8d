from gazette.models.documents import DocumentRelation, LegalDocumentLibraryPage, LegalDocumentPage
from gazette.models.issues import GazetteIndexPage, GazetteIssueEntry, GazetteIssuePage
from gazette.models.pdfs import PdfText
from gazette.models.taxonomies import DocumentType, IssuingBody, LegalField

__all__ = [
    "DocumentRelation",
    "DocumentType",
    "GazetteIndexPage",
    "GazetteIssueEntry",
    "GazetteIssuePage",
    "IssuingBody",
    "LegalDocumentLibraryPage",
    "LegalDocumentPage",
    "LegalField",
    "PdfText",
]
