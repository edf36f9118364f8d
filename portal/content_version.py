"""One site-wide version of the published content, part of every cached page's key.

Bumped after the commit of anything a public page can show: a page published, unpublished,
moved or deleted (scheduled go-live publishes through the same signal), or a snippet, image,
document, setting or site saved or deleted. Stored pages of older versions simply stop being
found and expire. The version lives in the page cache itself (Redis when several processes
share it); if it is evicted, a new one is made from the clock, never an old one reused.

A cache hit asks `recent()`, which reads the shared version at most once a second per process
(one cache round trip per request was most of a hit's cost): a bump in this process is seen at
once, one in another process (the worker's scheduled go-live, another web server) within
SEEN_FOR seconds. Rendering and storing a page always read it afresh (`current()`).
"""

import threading
import time

from django.core.cache import caches
from django.core.signals import request_finished, request_started
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.signals import page_published, page_unpublished, post_page_move

KEY = "content-version"
CACHE_ALIAS = "pages"
# Apps whose models are shown on public pages; their bookkeeping models are ignored below.
CONTENT_APPS = {
    "home",
    "news",
    "gazette",
    "portal",
    "wagtailcore",
    "wagtailimages",
    "wagtaildocs",
    "wagtailredirects",
    "taggit",
}
# Saved around a publish or by background work, never shown as such on a public page.
BOOKKEEPING = {
    "wagtailcore.revision",
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtailcore.referenceindex",
    "wagtailcore.pagesubscription",
    "wagtailcore.workflowstate",
    "wagtailcore.taskstate",
    "wagtailcore.comment",
    "wagtailcore.commentreply",
    "wagtailcore.uploadedfile",
    "wagtailcore.pagelock",
    "wagtailimages.rendition",
    "search.searchentry",
}


SEEN_FOR = 1.0
# key -> (version, when this process last read or wrote it, time.monotonic())
_seen: dict[str, tuple[str, float]] = {}
# The versions one request has read, so it reads each once (a file or a Redis round trip
# each time otherwise): set when a request starts, dropped when it ends or bumps one.
_request = threading.local()


def current(key: str = KEY) -> str:
    """The shared version, read now (once per request)."""
    seen = getattr(_request, "versions", None)
    if seen is not None and key in seen:
        return seen[key]
    cache = caches[CACHE_ALIAS]
    version = cache.get(key)
    if version is None:
        version = str(time.time_ns())
        cache.add(key, version, None)
        version = cache.get(key, version)
    if seen is not None:
        seen[key] = version
    _seen[key] = (version, time.monotonic())
    return version


def recent(key: str = KEY) -> str:
    """The version as this process last saw it, if that was under SEEN_FOR seconds ago."""
    seen = _seen.get(key)
    if seen is None or time.monotonic() - seen[1] >= SEEN_FOR:
        return current(key)
    return seen[0]


def bump(key: str = KEY) -> None:
    version = str(time.time_ns())
    caches[CACHE_ALIAS].set(key, version, None)
    _seen[key] = (version, time.monotonic())
    if getattr(_request, "versions", None):
        _request.versions = {}


def forget() -> None:
    """What this process has seen (tests empty the caches between them)."""
    _seen.clear()


def _request_started(**kwargs) -> None:
    _request.versions = {}


def _request_finished(**kwargs) -> None:
    _request.versions = None


def bump_after_commit(**kwargs) -> None:
    """Now (what this transaction reads next is new) and again after the commit (a reader
    rendering meanwhile saw the old rows and may have stored them under the first bump)."""
    bump()
    transaction.on_commit(bump)


def _model_changed(sender, created: bool = False, **kwargs) -> None:
    # Site settings are created with their defaults the first time a page reads them.
    if created and issubclass(sender, BaseSiteSetting):
        return
    if is_content_model(sender):
        bump_after_commit()


def is_content_model(model) -> bool:
    label = model._meta.label_lower
    return model._meta.app_label in CONTENT_APPS and label not in BOOKKEEPING


def connect() -> None:
    request_started.connect(_request_started, dispatch_uid="portal_content_version_request")
    request_finished.connect(_request_finished, dispatch_uid="portal_content_version_done")
    page_published.connect(bump_after_commit, dispatch_uid="portal_content_version_published")
    page_unpublished.connect(bump_after_commit, dispatch_uid="portal_content_version_unpub")
    post_page_move.connect(bump_after_commit, dispatch_uid="portal_content_version_moved")
    post_save.connect(_model_changed, dispatch_uid="portal_content_version_saved")
    post_delete.connect(_model_changed, dispatch_uid="portal_content_version_deleted")
