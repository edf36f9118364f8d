"""The documents library: filters (type, body, year, status, field), sort, counts, pages.

Every filter value is checked against what exists; an unknown or malformed value is dropped
so a hand-edited URL gives a clean page, never an error. Each facet counts the documents
matching all the *other* filters, so a reader sees what choosing a value would give. The
query count does not grow with the number of documents.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import Count, F, Value
from django.db.models.functions import Coalesce, ExtractYear, NullIf
from django.http import QueryDict
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from gazette.models import DocumentType, IssuingBody, LegalDocumentPage, LegalField
from gazette.status import Status

PAGE_SIZE = 20
FILTER_PARAMS = ("type", "body", "year", "status", "field")
SORTS = {
    "newest": _("Newest first"),
    "oldest": _("Oldest first"),
    "title": _("Title (A to Z)"),
}
DEFAULT_SORT = "newest"


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    count: int
    selected: bool


@dataclass(frozen=True)
class Facet:
    param: str
    label: str
    options: list[Option]


@dataclass(frozen=True)
class Listing:
    page: PaginatorPage
    facets: list[Facet]
    filters: dict[str, str]
    sort: str
    sorts: list[tuple[str, str, bool]]
    total: int

    def page_url(self, number: int) -> str:
        return "?" + urlencode({**self.filters, "sort": self.sort, "page": number})

    @property
    def previous_url(self) -> str:
        return self.page_url(self.page.previous_page_number()) if self.page.has_previous() else ""

    @property
    def next_url(self) -> str:
        return self.page_url(self.page.next_page_number()) if self.page.has_next() else ""


def library_listing(library, params: QueryDict) -> Listing:
    vocabularies = {
        "type": list(DocumentType.objects.all()),
        "body": list(IssuingBody.objects.all()),
        "field": list(LegalField.objects.all()),
    }
    documents = LegalDocumentPage.objects.live().public().descendant_of(library).with_status()
    filters = _valid_filters(params, vocabularies)
    sort = params.get("sort") if params.get("sort") in SORTS else DEFAULT_SORT
    facets = [
        _facet("type", _("Document type"), documents, filters, vocabularies["type"]),
        _facet("body", _("Issuing body"), documents, filters, vocabularies["body"]),
        _year_facet(documents, filters),
        _status_facet(documents, filters),
        _facet("field", _("Field"), documents, filters, vocabularies["field"]),
    ]
    results = _filtered(documents, filters).select_related("document_type", "issuing_body")
    paginator = Paginator(_sorted(results, sort), PAGE_SIZE)
    page = paginator.get_page(params.get("page"))
    return Listing(
        page=page,
        facets=facets,
        filters=filters,
        sort=sort,
        sorts=[(key, label, key == sort) for key, label in SORTS.items()],
        total=paginator.count,
    )


def _valid_filters(params: QueryDict, vocabularies: dict) -> dict[str, str]:
    allowed = {name: {term.slug for term in terms} for name, terms in vocabularies.items()}
    allowed["status"] = set(Status.values)
    filters = {}
    for name in FILTER_PARAMS:
        value = (params.get(name) or "").strip()
        if name == "year":
            if value.isdigit() and 1000 <= int(value) <= 9999:
                filters[name] = value
        elif value in allowed[name]:
            filters[name] = value
    return filters


def _filtered(documents, filters: dict[str, str], skip: str = ""):
    lookups = {
        "type": "document_type__slug",
        "body": "issuing_body__slug",
        "year": "signed_date__year",
        "status": "current_status",
        "field": "legal_fields__slug",
    }
    for name, value in filters.items():
        if name != skip:
            documents = documents.filter(**{lookups[name]: value})
    return documents


def _sorted(documents, sort: str):
    if sort == "oldest":
        return documents.order_by("signed_date", "pk")
    if sort == "title":
        title = Coalesce(NullIf(F(f"title_{get_language()}"), Value("")), F("title_vi"))
        return documents.order_by(title, "pk")
    return documents.order_by("-signed_date", "-pk")


def _counts(documents, filters: dict, param: str, key) -> dict:
    rows = _filtered(documents, filters, skip=param).order_by().values(key)
    return {row[key]: row["n"] for row in rows.annotate(n=Count("pk", distinct=True))}


def _facet(param: str, label, documents, filters: dict, terms: list) -> Facet:
    key = {"type": "document_type__slug", "body": "issuing_body__slug"}.get(
        param, "legal_fields__slug"
    )
    counts = _counts(documents, filters, param, key)
    options = [
        Option(term.slug, str(term), counts.get(term.slug, 0), filters.get(param) == term.slug)
        for term in terms
        if counts.get(term.slug) or filters.get(param) == term.slug
    ]
    return Facet(param, label, options)


def _year_facet(documents, filters: dict) -> Facet:
    counts = _counts(
        documents.annotate(signed_year=ExtractYear("signed_date")), filters, "year", "signed_year"
    )
    if "year" in filters:
        counts.setdefault(int(filters["year"]), 0)
    options = [
        Option(str(year), str(year), count, filters.get("year") == str(year))
        for year, count in sorted(counts.items(), reverse=True)
        if year
    ]
    return Facet("year", _("Year"), options)


def _status_facet(documents, filters: dict) -> Facet:
    counts = _counts(documents, filters, "status", "current_status")
    options = [
        Option(
            status.value,
            status.label,
            counts.get(status.value, 0),
            filters.get("status") == status.value,
        )
        for status in Status
        if counts.get(status.value) or filters.get("status") == status.value
    ]
    return Facet("status", _("Status"), options)
