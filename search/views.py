"""The search page (one for every kind of content) and the title suggestions behind its box."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.safestring import SafeString
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from portal.pagination import pagination
from portal.text.vietnamese import strip_accents
from search import facets
from search.engine import Filters, Results, search, suggest_titles
from search.forms import SearchForm
from search.models import SearchEntry
from search.snippets import Highlighter, highlight, snippet


@dataclass(frozen=True)
class ResultItem:
    entry: SearchEntry
    url: str
    title: SafeString
    snippet: SafeString
    section: str


@dataclass(frozen=True)
class FacetLink:
    label: str
    count: int
    url: str
    selected: bool
    language: str  # lang attribute for the label: language names are in their own language


@dataclass(frozen=True)
class FacetGroup:
    name: str
    title: str
    links: list[FacetLink]


@dataclass(frozen=True)
class Link:
    label: str
    url: str


@require_GET
def search_page(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET)
    results = search(form.query, form.filters, form.page_number)
    urls = _Urls(request.path, results.query, results.filters)
    highlighter = Highlighter.for_results(results)
    context = {
        "query": results.query,
        "results": results,
        "items": [_item(request, entry, highlighter) for entry in results.entries],
        "facet_groups": _facet_groups(results, urls),
        "pagination": pagination(results.page_number, results.page_count, urls.page),
        "remove_filter_links": [
            Link(f"{facets.TITLES[name]}: {facets.label(name, value)}", urls.without(name))
            for name, value in results.filters.active().items()
        ],
        "without_accents": _without_accents_link(results, urls),
        "ignored_parameters": form.ignored,
        "searched": bool(results.query or results.filters.active()),
    }
    return TemplateResponse(request, "search/search_page.html", context)


@require_GET
@cache_control(max_age=60)
def suggestions(request: HttpRequest) -> JsonResponse:
    """Titles in both languages for the search box: {"suggestions": [{title, url, language}]}."""
    form = SearchForm(request.GET)
    entries = suggest_titles(form.query) if len(form.query) >= 2 else []
    return JsonResponse(
        {
            "suggestions": [
                {
                    "title": entry.title,
                    "url": _url(request, entry, entry.language),
                    "language": entry.language,
                }
                for entry in entries
            ]
        }
    )


class _Urls:
    """Links of the search page: the same search with one thing changed."""

    def __init__(self, path: str, query: str, filters: Filters) -> None:
        self.path, self.query, self.filters = path, query, filters

    def build(self, filters: Filters, page: int = 1, query: str | None = None) -> str:
        params = {"q": self.query if query is None else query, **filters.active()}
        if page > 1:
            params["page"] = page
        return f"{self.path}?{urlencode({k: v for k, v in params.items() if v != ''})}"

    def page(self, number: int) -> str:
        return self.build(self.filters, number)

    def without(self, name: str) -> str:
        return self.build(self.filters.without(name))

    def choosing(self, name: str, value) -> str:
        return self.build(Filters(**{**self.filters.active(), name: value}))


def _item(request: HttpRequest, entry: SearchEntry, highlighter: Highlighter) -> ResultItem:
    found_in_summary = highlighter.spans(entry.summary, reach=0)  # the first match is enough
    text = entry.summary if found_in_summary or not entry.body else entry.body
    return ResultItem(
        entry=entry,
        # The reader stays in their language: every live page is served in both, the
        # untranslated ones with their Vietnamese text under a notice.
        url=_url(request, entry, translation.get_language())
        or _url(request, entry, entry.language),
        title=highlight(entry.title, highlighter),
        snippet=snippet(text, highlighter),
        section=facets.label("section", entry.section),
    )


def _url(request: HttpRequest, entry: SearchEntry, language: str) -> str:
    with translation.override(language):
        return entry.page.get_url(request) or ""


def _facet_groups(results: Results, urls: _Urls) -> list[FacetGroup]:
    groups = []
    for name, values in results.facets.items():
        value_names = facets.names(name)  # once per facet: some names are database rows
        links = [
            FacetLink(
                label=value_names.get(str(value.value), str(value.value)),
                count=value.count,
                url=urls.without(name) if value.selected else urls.choosing(name, value.value),
                selected=value.selected,
                language=str(value.value) if name == "language" else "",
            )
            for value in values
        ]
        if links:
            groups.append(FacetGroup(name, str(facets.TITLES[name]), links))
    return groups


def _without_accents_link(results: Results, urls: _Urls) -> Link | None:
    plain = strip_accents(results.query)
    if plain == results.query:
        return None
    return Link(plain, urls.build(results.filters, query=plain))
