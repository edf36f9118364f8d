"""What a legal document's page shows: its text, relations, history, and JSON-LD.

The page model calls in here; everything else is read through the document's own managers
and relations, so this module imports no model and the imports run one way only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from django.utils import timezone, translation
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_stubs_ext import StrOrPromise
from modeltranslation.utils import build_localized_fieldname
from wagtail.documents import get_document_model
from wagtail.models import Page

from gazette.status import LEGAL_FORCE, RelationKind, Status
from portal.content_memo import remembered
from portal.languages import site_languages

if TYPE_CHECKING:  # annotations only: the models import this module
    from wagtail.documents.models import AbstractDocument

    from gazette.models import LegalDocumentPage
    from gazette.models.pdfs import PdfPage, PdfText

# The same escapes as Django's json_script: the JSON cannot close its <script> element.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@dataclass(frozen=True)
class RelationView:
    label: StrOrPromise  # "amends", "amended by", ...
    document: LegalDocumentPage
    date: date | None
    incoming: bool  # another document acted on this one


@dataclass(frozen=True)
class HistoryEvent:
    date: date
    label: StrOrPromise
    document: LegalDocumentPage | None = None


@dataclass(frozen=True)
class TextVersion:
    """The document in another language, when its own text exists in that language."""

    code: str
    name: str
    url: str


@dataclass(frozen=True)
class SignedPdf:
    code: str
    name: str
    document: AbstractDocument
    recognised: PdfText | None = None  # set when its text was recognised from the scan
    searchable_url: str = ""  # the scan with the recognised text laid over it

    @property
    def pages(self) -> list[PdfPage]:
        return list(self.recognised.pages.all()) if self.recognised else []


@dataclass(frozen=True)
class Summary:
    text: str
    lang: str  # set when the text is another language's (the page is untranslated)


def document_context(document: LegalDocumentPage, request) -> dict:
    language = get_language()
    legal_text = document.legal_text(language)
    if legal_text.amending_document_ids:
        legal_text.attach_amending_documents(
            type(document).objects.readable().filter(pk__in=legal_text.amending_document_ids)
        )
    # Read from the stored rows by the document's key (a preview's too): once per content
    # version, and per day for the relations (they carry the other documents' status).
    relations = remembered(
        ("document-relations", document.pk, timezone.localdate()),
        lambda: document_relations(document),
        follows_content=True,
    )
    entries = remembered(
        ("gazette-entries", document.pk),
        lambda: list(
            document.gazette_entries.filter(issue__in=Page.objects.live().public()).select_related(
                "issue"
            )
        ),
        follows_content=True,
    )
    text_languages = document.text_languages
    return {
        "legal_text": legal_text,
        "has_own_text": language in text_languages,
        "text_language_names": [_language_name(code) for code in text_languages],
        "other_versions": _other_versions(document, request, text_languages, language),
        "summary": _summary(document, language),
        "signed_pdfs": with_recognised_text(pdf_versions(document.signed_pdf_in, language)),
        "relations": relations,
        "gazette_entries": entries,
        "history": document_history(document, relations, entries),
        "json_ld": legislation_json_ld(document, request, entries),
    }


def document_relations(document: LegalDocumentPage) -> list[RelationView]:
    """Both directions: what this document does to others, and what others did to it."""
    readable = type(document).objects.readable()
    outgoing = document.outgoing_relations().filter(target__in=readable)
    incoming = document.incoming_relations.filter(source__in=readable)
    rows = [(relation, False) for relation in outgoing.select_related("source")]
    rows += [(relation, True) for relation in incoming.select_related("source")]
    other_ids = [
        relation.source_id if inverse else relation.target_id for relation, inverse in rows
    ]
    others = type(document).objects.with_status().select_related("document_type").in_bulk(other_ids)
    views = [
        RelationView(
            label=relation.inverse_label if inverse else RelationKind(relation.kind).label,
            document=others[relation.source_id if inverse else relation.target_id],
            date=relation.takes_effect,
            incoming=inverse,
        )
        for relation, inverse in rows
    ]
    return sorted(views, key=lambda view: (view.date or date.min, view.label))


def document_history(
    document: LegalDocumentPage, relations: list[RelationView], entries: list
) -> list[HistoryEvent]:
    events = [HistoryEvent(document.signed_date, _("Signed"))]
    events += [
        HistoryEvent(entry.issue.publication_date, entry.citation(get_language()))
        for entry in entries
    ]
    if document.effective_date:
        events.append(HistoryEvent(document.effective_date, _("Takes effect")))
    events += [
        HistoryEvent(view.date, view.label, view.document)
        for view in relations
        if view.incoming and view.date
    ]
    if document.end_date:
        events.append(HistoryEvent(document.end_date, _("No longer in force")))
    return sorted(events, key=lambda event: event.date)


def legislation_json_ld(document: LegalDocumentPage, request, entries: list) -> SafeString:
    """schema.org Legislation, safe to place inside <script type="application/ld+json">."""
    data = {
        "@context": "https://schema.org",
        "@type": "Legislation",
        "name": document.title,
        "url": document.get_full_url(request),
        "inLanguage": get_language(),
        "legislationIdentifier": document.number,
        "legislationType": str(document.document_type),
        "legislationDate": document.signed_date.isoformat(),
        "legislationLegalForce": LEGAL_FORCE[Status(document.status)],
    }
    if document.issuing_body:
        data["legislationPassedBy"] = {
            "@type": "GovernmentOrganization",
            "name": str(document.issuing_body),
        }
    if document.effective_date:
        data["legislationDateVersion"] = document.effective_date.isoformat()
    if entries:
        issue, entry = entries[0].issue, entries[0]
        data["isPartOf"] = {
            "@type": "PublicationIssue",
            "name": issue.title,
            "issueNumber": issue.issue_number,
            "datePublished": issue.publication_date.isoformat(),
            "url": issue.get_full_url(request),
            "pageStart": entry.first_page,
            "pageEnd": entry.last_page or entry.first_page,
        }
    text = json.dumps(data, ensure_ascii=False)
    return mark_safe(text.translate(JSON_SCRIPT_ESCAPES))  # noqa: S308 - escaped above


def _other_versions(
    document: LegalDocumentPage, request, text_languages: list[str], current: str
) -> list[TextVersion]:
    versions = []
    for language in site_languages():
        if language.code != current and language.code in text_languages:
            with translation.override(language.code):
                versions.append(
                    TextVersion(language.code, language.name_local, document.get_url(request))
                )
    return versions


def _language_name(code: str) -> str:
    return next(language.name_local for language in site_languages() if language.code == code)


def _summary(document: LegalDocumentPage, language: str) -> Summary:
    own = getattr(document, build_localized_fieldname("summary", language), "") or ""
    if own or not document.shows_fallback:
        return Summary(own, "")
    return Summary(document.summary_vi or "", "vi")


def pdf_versions(pdf_in, current: str) -> list[SignedPdf]:
    """Each language's PDF (`pdf_in(code)` gives it or None), the reader's language first."""
    pdfs = [
        SignedPdf(language.code, language.name_local, pdf_in(language.code))
        for language in site_languages()
        if pdf_in(language.code)
    ]
    return sorted(pdfs, key=lambda pdf: pdf.code != current)


def with_recognised_text(pdfs: list[SignedPdf]) -> list[SignedPdf]:
    """The PDFs, each scan with the text recognised from it (pages fetched in one query,
    once per content version: a reading or a new OCR result is a saved PdfText)."""
    keys = tuple(pdf.document.pk for pdf in pdfs)
    recognised = remembered(
        ("recognised-text", *keys), lambda: _recognised_text(keys), follows_content=True
    )
    return [
        replace(
            pdf,
            recognised=recognised[pdf.document.pk][0],
            searchable_url=recognised[pdf.document.pk][1],
        )
        if pdf.document.pk in recognised
        else pdf
        for pdf in pdfs
    ]


def _recognised_text(keys: tuple[int, ...]) -> dict[int, tuple[PdfText, str]]:
    """{document key: (its recognised text, the searchable scan's URL)} of the scans."""
    documents = (
        get_document_model()
        .objects.filter(pk__in=keys, pdf_text__has_text_layer=False)
        .select_related("pdf_text", "collection")
        .prefetch_related("pdf_text__pages")
    )
    return {
        document.pk: (document.pdf_text, _searchable_url(document, document.pdf_text))
        for document in documents
        if document.pdf_text.from_ocr
    }


def _searchable_url(document, pdf_text: PdfText) -> str:
    # Served as a plain media file: only for PDFs in a collection anyone may see.
    if not pdf_text.searchable_pdf or document.collection.get_view_restrictions().exists():
        return ""
    return pdf_text.searchable_pdf.url
