"""How facets and their values are named on the search page, in the reader's language.

Apps whose pages bring new values (document types, statuses) add their names with
`register_labels`, from their AppConfig.ready; a value without a name is shown as its slug,
which a test on the demo content forbids.
"""

from collections.abc import Callable, Mapping

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from portal.languages import site_languages

Names = Mapping[str, str | Promise]

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
# Names kept in the database (document types an editor adds): read when a page shows them.
_PROVIDERS: dict[str, list[Callable[[], Names]]] = {}


def register_labels(facet: str, labels: Names | Callable[[], Names]) -> None:
    """Names for a facet's values: register_labels("status", {"in_force": _("In force")}).

    A callable is called each time the names are shown, so names edited in the admin
    appear without a restart.
    """
    if callable(labels):
        _PROVIDERS.setdefault(facet, []).append(labels)
    else:
        _LABELS.setdefault(facet, {}).update(labels)


def names(facet: str) -> dict[str, str]:
    """Every known value name of a facet, in the active language."""
    if facet == "language":
        return {language.code: language.name_local for language in site_languages()}
    found = {value: str(name) for value, name in _LABELS.get(facet, {}).items()}
    for provider in _PROVIDERS.get(facet, []):
        found.update((value, str(name)) for value, name in provider().items())
    return found


def label(facet: str, value: str | int) -> str:
    return names(facet).get(str(value), str(value))
