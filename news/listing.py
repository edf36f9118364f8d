"""Filters and pages of results of an index, each with a clean URL of its own."""

from dataclasses import dataclass

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
