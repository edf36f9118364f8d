"""Routing by localized URL path in one query, for every page type.

wagtail-modeltranslation replaces `Page.route` on every translated page model with a version
that loads every child of a page and compares slugs in Python: with 10,000 legal documents in
the library, one document page spent 2.5 s routing. `install()` puts this one-query lookup in
its place on every page model, present and future, so no index needs its own override.
"""

import copy

from django.conf import settings
from django.http import Http404, HttpRequest
from django.urls import Resolver404
from django.utils import timezone
from django.utils.translation import get_language
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, get_page_models
from wagtail.url_routing import RouteResult

from portal.content_memo import remembered


def route_by_localized_slug(self: Page, request: HttpRequest, path_components: list[str]):
    """Page.route that fetches the pages a URL names, and only them, in one query.

    Every page stores its URL path in each language (`url_path_vi`, `url_path_lo`, built by
    modeltranslation with the Vietnamese slug where a page has no Lao one), so the pages on
    the way to the requested one are the descendants whose path in the active language is
    a prefix of the request: one row per URL segment, however many siblings each has. They
    are remembered per content version (portal.content_memo), so a request fetches only
    the page it serves, with what its template reads (`served_pages()`).
    The walk then behaves as wagtail-modeltranslation's route: a routable page's own
    sub-paths (feeds, listings) come before its children; a missing segment is a 404.
    """
    if not path_components:
        return _route_here(self, request, [])
    prefixes = _url_path_prefixes(self, path_components)
    chain = _pages_on_the_way(self, prefixes)
    page, parent = self, None
    for depth, prefix in enumerate(prefixes):
        remaining = path_components[depth:]
        if _claims_subpath(page, remaining):
            return _route_here(_served(page, parent), request, remaining)
        if prefix not in chain:
            raise Http404
        page, parent = chain[prefix], page
    return _route_here(_served(page, parent), request, [])


def _pages_on_the_way(root: Page, prefixes: list[str]) -> dict[str, Page]:
    """{url path: page} of the descendants of `root` whose path is one of `prefixes`.

    Shared by the requests of this process: never modified, never made `.specific`.
    """
    field = _url_path_field()
    return remembered(
        ("route", root.pk, field, *prefixes),
        lambda: {
            getattr(page, field): page
            for page in root.get_descendants().filter(**{f"{field}__in": prefixes})
        },
        follows_content=True,
    )


def _served(page: Page, parent: Page | None) -> Page:
    """`page` as its own model, fetched with what its template reads, knowing its parent.

    A model may name what to fetch along (`served_pages()`: select_related, prefetches,
    annotations); the parent is the one routing walked through, so `get_parent()` needs no
    query. The fetched page is remembered per content version and day (a legal document's
    status follows the date) and each request gets a copy of it, so what one request
    caches on its page (cached properties) stays its own.
    """
    model = page.specific_class
    if model is None or isinstance(page, model):
        return page
    specific = copy.copy(
        remembered(
            ("served", page.pk, timezone.localdate()),
            lambda: _served_pages(model).get(pk=page.pk),
            follows_content=True,
        )
    )
    if parent is not None:
        specific._cached_parent_obj = copy.copy(parent)  # treebeard's cache of get_parent()
    return specific


def _served_pages(model: type[Page]):
    return model.served_pages() if hasattr(model, "served_pages") else model._default_manager


def _route_here(page: Page, request: HttpRequest, path_components: list[str]):
    """The answer of `page` itself, or of its own route when it defines a different one."""
    if type(page).route is not route_by_localized_slug:
        return page.route(request, path_components)
    if isinstance(page, RoutablePageMixin) and page.live:
        try:
            subpath = "/" + "".join(f"{component}/" for component in path_components)
            view, args, kwargs = page.resolve_subpage(subpath)
            return RouteResult(page, args=(view, args, kwargs))
        except Http404:
            pass
    if not path_components and page.live:
        return RouteResult(page)
    raise Http404


def _claims_subpath(page: Page, remaining: list[str]) -> bool:
    """Whether `page` answers the rest of the URL itself (read from its class: no query)."""
    model = page.specific_class
    if model is None or not page.live:
        return False
    if model.route is not route_by_localized_slug:
        return True
    if not issubclass(model, RoutablePageMixin):
        return False
    try:
        model.get_resolver().resolve("/" + "".join(f"{component}/" for component in remaining))
    except Resolver404:
        return False
    return True


def _url_path_field() -> str:
    language = get_language()
    if language not in settings.MODELTRANSLATION_LANGUAGES:
        language = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    return f"url_path_{language}"


def _url_path_prefixes(page: Page, path_components: list[str]) -> list[str]:
    base = getattr(page, _url_path_field()) or page.url_path
    return [
        base + "".join(f"{c}/" for c in path_components[: n + 1])
        for n in range(len(path_components))
    ]


def install() -> None:
    """Put this routing in place of the patch on every page model (once the apps are ready)."""
    for model in [Page, *get_page_models()]:
        if model.route.__module__.startswith("wagtail_modeltranslation"):
            model.route = route_by_localized_slug
