"""Filters and pages of results of an index, each with a clean URL of its own."""

from collections.abc import Callable
from dataclasses import dataclass

from django.core.paginator import Page as ResultsPage
from django.db.models import QuerySet

from portal.taxonomy import Term

FEED_PATH = "feed/"

# [<year>/][<keyword>/<slug>/][page/<n>/], e.g. "2025/category/hop-tac-quoc-te/page/2/".
# A single-segment child page URL only collides with it if the slug is four digits.
LISTING_PATTERN = (
    r"^(?:(?P<year>[0-9]{4})/)?"
    r"(?:(?!page/)(?P<facet>[a-z]+)/(?P<slug>[-a-z0-9]+)/)?"
    r"(?:page/(?P<number>[0-9]+)/)?$"
)


@dataclass(frozen=True)
class ListingFilter:
    year: int | None = None
    term: Term | None = None

    def __bool__(self) -> bool:
        return bool(self.year or self.term)

    def apply(self, articles: QuerySet, facet_field: str) -> QuerySet:
        if self.year:
            articles = articles.filter(date__year=self.year)
        if self.term:
            articles = articles.filter(**{facet_field: self.term})
        return articles

    def path(self, facet_keyword: str, number: int = 1) -> str:
        parts = [str(self.year)] if self.year else []
        if self.term:
            parts += [facet_keyword, self.term.slug]
        if number > 1:
            parts += ["page", str(number)]
        return "".join(f"{part}/" for part in parts)


@dataclass(frozen=True)
class PageLink:
    number: int | None  # None for an ellipsis
    url: str
    is_current: bool


@dataclass(frozen=True)
class Pagination:
    links: list[PageLink]
    previous_url: str
    next_url: str


def pagination(results: ResultsPage, url_for: Callable[[int], str]) -> Pagination:
    """Numbered links around the current page, the first and the last, gaps elided."""
    current = results.number
    links = [
        PageLink(number, url_for(number), number == current)
        if isinstance(number, int)
        else PageLink(None, "", False)
        for number in results.paginator.get_elided_page_range(current, on_each_side=1, on_ends=1)
    ]
    return Pagination(
        links=links,
        previous_url=url_for(current - 1) if results.has_previous() else "",
        next_url=url_for(current + 1) if results.has_next() else "",
    )
