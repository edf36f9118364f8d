"""How facets and their values are named on the search page, in the reader's language.

Apps whose pages bring new values (document types, statuses) add their names with
`register_labels`; a value without a name is shown as its slug.
"""

from collections.abc import Mapping

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from portal.languages import site_languages

TITLES = {
    # Contexts keep these apart from the same English words in Wagtail's admin ("Pages") and
    # in the law's structure ("Section" of a chapter).
    "section": pgettext_lazy("search facet", "Section"),
    "document_type": _("Document type"),
    "year": _("Year"),
    "status": _("Status"),
    "language": _("Language"),
}

_LABELS: dict[str, dict[str, str | Promise]] = {
    "section": {
        "news": _("News"),
        "explainer": _("Legal explainers"),
        "legal_document": _("Legal documents"),
        "gazette_issue": _("Official Gazette issues"),
        "page": pgettext_lazy("search facet", "Pages"),
    },
}


def register_labels(facet: str, labels: Mapping[str, str | Promise]) -> None:
    """Names for a facet's values: register_labels("status", {"in_force": _("In force")})."""
    _LABELS.setdefault(facet, {}).update(labels)


def label(facet: str, value: str | int) -> str:
    if facet == "language":
        names = {language.code: language.name_local for language in site_languages()}
        return names.get(value, str(value))
    return str(_LABELS.get(facet, {}).get(str(value), value))
