"""Numbered page links for every listing (news, the library, search, the social queue), which
all render them with templates/includes/pagination.html."""

from collections.abc import Callable
from dataclasses import dataclass

from django.core.paginator import Paginator


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


def pagination(number: int, page_count: int, url_for: Callable[[int], str]) -> Pagination:
    """Links around page `number` of `page_count`, the first and the last, gaps elided."""
    # A paginator of one item per page only to borrow Django's elided page range.
    pages = Paginator(range(page_count), 1).get_elided_page_range(number, on_each_side=1, on_ends=1)
    return Pagination(
        links=[
            PageLink(page, url_for(page), page == number)
            if isinstance(page, int)
            else PageLink(None, "", False)
            for page in pages
        ],
        previous_url=url_for(number - 1) if number > 1 else "",
        next_url=url_for(number + 1) if number < page_count else "",
    )
