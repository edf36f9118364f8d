"""The documents library: filters (type, body, year, status, field), sort, counts, pages.

The URL's parameters are read by a django-filter FilterSet, each checked against what exists;
an unknown or malformed value is dropped so a hand-edited URL gives a clean page, never an
error. Each facet counts the documents
matching all the *other* filters, so a reader sees what choosing a value would give. The
query count does not grow with the number of documents.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

import django_filters
from django import forms
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import Count, F, Q, QuerySet, Value
from django.db.models.functions import Coalesce, ExtractYear, NullIf
from django.http import QueryDict
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_stubs_ext import StrOrPromise
from modeltranslation.utils import build_localized_fieldname

from gazette.status import Status
from portal import query_values
from portal.content_memo import remembered
from portal.pagination import Pagination, pagination

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
    label: StrOrPromise
    count: int
    selected: bool


@dataclass(frozen=True)
class Facet:
    param: str
    label: StrOrPromise
    options: list[Option]


@dataclass(frozen=True)
class Listing:
    page: PaginatorPage
    facets: list[Facet]
    filters: dict[str, str]
    sort: str
    sorts: list[tuple[str, StrOrPromise, bool]]
    total: int

    def page_url(self, number: int) -> str:
        return "?" + urlencode({**self.filters, "sort": self.sort, "page": number})

    @property
    def pagination(self) -> Pagination:
        return pagination(self.page.number, self.page.paginator.num_pages, self.page_url)


# The document's field behind each vocabulary facet; its terms are read through the field.
VOCABULARY_FIELDS = {"type": "document_type", "body": "issuing_body", "field": "legal_fields"}


class YearField(forms.IntegerField):
    """A four-digit year in ASCII digits, by the portal's one rule for typed numbers."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        parsed = query_values.year(str(value))
        if parsed is None:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return parsed


class YearFilter(django_filters.NumberFilter):
    field_class = YearField


class LibraryFilters(django_filters.FilterSet):
    """The library's parameters. Only the form is used: each valid value becomes a criterion
    (an invalid one is left out on its own); the facets apply them, all but one at a time."""

    type = django_filters.ChoiceFilter(label=_("Document type"))
    body = django_filters.ChoiceFilter(label=_("Issuing body"))
    year = YearFilter(label=_("Year"), min_value=1000, max_value=9999)
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Status.choices)
    field = django_filters.ChoiceFilter(label=_("Field"))
    sort = django_filters.ChoiceFilter(choices=list(SORTS.items()))

    def __init__(self, params: QueryDict, documents: QuerySet, vocabularies: dict) -> None:
        # As the form widgets read them: the last value of a repeated parameter, stripped.
        data = {name: (params.get(name) or "").strip() for name in (*FILTER_PARAMS, "sort")}
        super().__init__(data, queryset=documents)
        for name, terms in vocabularies.items():
            self.filters[name].extra["choices"] = [(term.slug, str(term)) for term in terms]

    def valid_values(self) -> dict[str, str]:
        """The valid, non-empty values, as they appear in URLs."""
        self.form.is_valid()
        values = self.form.cleaned_data
        return {name: str(values[name]) for name in self.form.fields if values.get(name)}


def library_listing(documents: QuerySet, params: QueryDict) -> Listing:
    """The page of `documents` (a LegalDocumentQuerySet) that the URL's parameters ask for."""
    vocabularies = {
        param: _vocabulary(documents.model._meta.get_field(name).related_model)
        for param, name in VOCABULARY_FIELDS.items()
    }
    parameters = LibraryFilters(params, documents, vocabularies)
    values = parameters.valid_values()
    sort = values.pop("sort", DEFAULT_SORT)
    filters = {name: values[name] for name in FILTER_PARAMS if name in values}
    criteria = _criteria(filters, vocabularies)
    counts, total = _facet_counts(documents, criteria, vocabularies)
    labels = {name: parameters.filters[name].label for name in FILTER_PARAMS}
    facets = [
        _term_facet("type", labels["type"], counts["type"], criteria, vocabularies["type"]),
        _term_facet("body", labels["body"], counts["body"], criteria, vocabularies["body"]),
        _year_facet(labels["year"], counts["year"], criteria),
        _status_facet(labels["status"], counts["status"], criteria),
        _term_facet("field", labels["field"], counts["field"], criteria, vocabularies["field"]),
    ]
    results = (
        _filtered(documents, criteria)
        .with_status()
        .select_related("document_type", "issuing_body")
        .defer_streamfields()  # a listing never needs the (large) texts
    )
    paginator = Paginator(_sorted(results, sort), PAGE_SIZE)
    paginator.count = total  # counted already, with the facets
    page = paginator.get_page(params.get("page"))
    return Listing(
        page=page,
        facets=facets,
        filters=filters,
        sort=sort,
        sorts=[(key, label, key == sort) for key, label in SORTS.items()],
        total=total,
    )


def _criteria(filters: dict[str, str], vocabularies: dict) -> dict[str, object]:
    """The filters as database values: term ids rather than slugs, so no table is joined."""
    ids = {name: {term.slug: term.pk for term in terms} for name, terms in vocabularies.items()}
    return {
        name: ids[name][value] if name in ids else int(value) if name == "year" else value
        for name, value in filters.items()
    }


# Each facet: the lookup that filters by it, and the column its counts are grouped by.
LOOKUPS = {
    "type": "document_type_id",
    "body": "issuing_body_id",
    "year": "signed_date__year",
    "status": "current_status",
    "field": "legal_fields",
}
COUNT_KEYS = {**LOOKUPS, "year": "signed_year"}


def _filtered(documents, criteria: dict, skip: str = ""):
    for name, value in criteria.items():
        if name == "status" and skip != "status":
            documents = documents.with_status()
        if name != skip:
            documents = documents.filter(**{LOOKUPS[name]: value})
    return documents


def _sorted(documents, sort: str):
    if sort == "oldest":
        return documents.order_by("signed_date", "pk")
    if sort == "title":
        title = Coalesce(
            NullIf(F(build_localized_fieldname("title", get_language())), Value("")), F("title_vi")
        )
        return documents.order_by(title, "pk")
    return documents.order_by("-signed_date", "-pk")


def _facet_counts(documents, criteria: dict, vocabularies: dict) -> tuple[dict, int]:
    """Documents per value of each facet, and the number matching every filter.

    A facet counts the documents matching all the *other* filters. For the type and body
    facets with no value chosen, that is the matching set itself, so their counts come
    from one scan with conditional aggregates (with the total), not a query each.
    """
    shared = [param for param in ("type", "body") if param not in criteria]
    aggregates, keys = {"total": Count("*")}, {}
    for param in shared:
        for term in vocabularies[param]:
            alias = f"c{len(keys)}"
            keys[alias] = (param, term.pk)
            aggregates[alias] = Count("pk", filter=Q(**{LOOKUPS[param]: term.pk}))
    row = _filtered(documents, criteria).order_by().aggregate(**aggregates)
    counts = {param: {} for param in shared}
    for alias, (param, value) in keys.items():
        counts[param][value] = row[alias]
    for param in ("type", "body", "year", "field"):
        if param not in counts:
            counts[param] = _counts(documents, criteria, param)
    counts["status"] = _counts(documents.with_status(), criteria, "status")
    return counts, row["total"]


def _vocabulary(model) -> list:
    """Every term of a vocabulary (snippets), read once per content version (shared)."""
    return remembered(
        ("vocabulary", model._meta.label),
        lambda: list(model._default_manager.all()),
        follows_content=True,
    )


def _counts(documents, criteria: dict, param: str) -> dict:
    """Documents per value of one facet, under every other filter, in one GROUP BY.

    A document has each field at most once, so COUNT(*) is exact across the fields join.
    """
    if param == "year":
        documents = documents.annotate(signed_year=ExtractYear("signed_date"))
    key = COUNT_KEYS[param]
    rows = _filtered(documents, criteria, skip=param).order_by().values(key)
    return {row[key]: row["n"] for row in rows.annotate(n=Count("*"))}


def _term_facet(
    param: str, label: StrOrPromise, counts: dict, criteria: dict, terms: list
) -> Facet:
    chosen = criteria.get(param)
    options = [
        Option(term.slug, str(term), counts.get(term.pk, 0), chosen == term.pk)
        for term in terms
        if counts.get(term.pk) or chosen == term.pk
    ]
    return Facet(param, label, options)


def _year_facet(label: StrOrPromise, counts: dict, criteria: dict) -> Facet:
    if "year" in criteria:
        counts.setdefault(criteria["year"], 0)
    options = [
        Option(str(year), str(year), count, criteria.get("year") == year)
        for year, count in sorted(counts.items(), reverse=True)
        if year
    ]
    return Facet("year", label, options)


def _status_facet(label: StrOrPromise, counts: dict, criteria: dict) -> Facet:
    options = [
        Option(
            status.value,
            status.label,
            counts.get(status.value, 0),
            criteria.get("status") == status.value,
        )
        for status in Status
        if counts.get(status.value) or criteria.get("status") == status.value
    ]
    return Facet("status", label, options)
