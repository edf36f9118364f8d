"""The names of the search facet values legal documents bring: their type and status."""

from gazette.models import DocumentType
from gazette.status import Status
from search.facets import register_labels


def document_type_names() -> dict[str, str]:
    # One query when the search page shows the type facet; editors add types in the admin.
    return {slug: name for slug, name in DocumentType.objects.values_list("slug", "name")}


def register() -> None:
    register_labels("status", {status.value: status.label for status in Status})
    register_labels("document_type", document_type_names)
