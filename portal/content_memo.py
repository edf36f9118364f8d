"""Values every request reads and few changes alter, kept until one of those changes.

Which pages are private, which site answers a host name and the site's settings were read
from the database on every request (five privacy subqueries on the home page alone). They
only change when a PageViewRestriction, Site or site setting is saved or deleted, or a page
moves (a restricted section's tree path): those bump a version of their own, kept in the
shared page cache beside the content version, and each process keeps its values until then.
A publish or unpublish bumps it too: a remembered Site carries its root page (the home page),
which would otherwise be shown as it was when the process first read it.

Values that follow the published content itself (the pages a URL names, the menu, the
vocabularies a listing offers) are kept under the content version too (`follows_content`):
whatever a public page can show bumps it (portal.content_version).

They are shared by every request of the process: callers treat them as read-only and hand
out copies where Wagtail or Django set attributes on what they are given.
"""

import copy
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, TypeVar

from django.db import transaction
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.http.request import split_domain_port
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.query import PageQuerySet
from wagtail.signals import page_published, page_unpublished, post_page_move

from portal import content_version

T = TypeVar("T")
MEMO_KEY = "memo-version"
# Least recently used first: values of older versions are never asked for again and go first.
_memo: OrderedDict[tuple, Any] = OrderedDict()
_lock = threading.Lock()
MAX_ENTRIES = 512


def remembered(key: tuple, compute: Callable[[], T], follows_content: bool = False) -> T:
    """`compute()`, once per version and key in this process.

    The version is the memo's own (view restrictions, sites, settings, page moves) and, with
    `follows_content`, also the content version (anything a public page shows).
    """
    version = content_version.current(MEMO_KEY)
    if follows_content:
        version += "/" + content_version.current()
    versioned = (version, *key)
    with _lock:
        if versioned in _memo:
            _memo.move_to_end(versioned)
            return _memo[versioned]
    value = compute()
    with _lock:
        _memo[versioned] = value
        while len(_memo) > MAX_ENTRIES:
            _memo.popitem(last=False)
    return value


def forget() -> None:
    """Everything remembered (tests start from nothing, as with the caches)."""
    _memo.clear()


def restricted_sections() -> list[tuple[str, int]]:
    """(tree path, depth) of every page with a view restriction."""
    return remembered(
        ("restricted-sections",),
        lambda: list(PageViewRestriction.objects.values_list("page__path", "page__depth")),
    )


def private_q(self: PageQuerySet) -> Q:
    """PageQuerySet.private_q without its query: pages in or under a restricted section."""
    q = Q()
    for path, depth in restricted_sections():
        q |= Q(path__startswith=path, depth__gte=depth)
    return q if q else Q(pk__in=[])


_view_restrictions = Page.get_view_restrictions


def get_view_restrictions(self: Page):
    """Wagtail's check, skipped (no query) while no page on the site has a restriction."""
    if not restricted_sections():
        return PageViewRestriction.objects.none()
    return _view_restrictions(self)


_find_site = Site._find_for_request


def find_site_for_request(request) -> Site | None:
    """Wagtail's site lookup for a request, remembered per host and port (a copy each time)."""
    key = ("site", split_domain_port(request._get_raw_host())[0], request.get_port())
    site = remembered(key, lambda: _find_site(request))
    return copy.copy(site) if site is not None else None


def _bump(sender=None, created: bool = False, **kwargs) -> None:
    if created and sender is not None and issubclass(sender, BaseSiteSetting):
        return  # created with its defaults by the very read it answers
    if (
        sender is None
        or sender in (PageViewRestriction, Site)
        or issubclass(sender, BaseSiteSetting)
    ):
        content_version.bump(MEMO_KEY)
        transaction.on_commit(lambda: content_version.bump(MEMO_KEY))


def install() -> None:
    post_save.connect(_bump, dispatch_uid="portal_memo_saved")
    post_delete.connect(_bump, dispatch_uid="portal_memo_deleted")
    for signal, name in (
        (post_page_move, "moved"),
        (page_published, "published"),
        (page_unpublished, "unpublished"),
    ):
        signal.connect(lambda **kwargs: _bump(), dispatch_uid=f"portal_memo_{name}", weak=False)
    PageQuerySet.private_q = private_q
    Page.get_view_restrictions = get_view_restrictions
    Site._find_for_request = staticmethod(find_site_for_request)
