"""Purges a proxy or CDN (Wagtail's frontend cache) of every URL that shows a changed page.

Wagtail's own purge is not language-aware and only purges the page itself. Here a publish,
unpublish, move or delete purges, in every language: the page, each of its ancestors (home,
indexes: they list it), their feeds, and the sitemap. Pages that show it further away
(related documents, search results) age out within the proxy's s-maxage (PAGE_CACHE_CONTROL).
Purges go through Wagtail's task, after the commit. Nothing happens unless
WAGTAILFRONTENDCACHE is configured (see settings, FRONTEND_CACHE).
"""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import pre_delete
from django.utils import translation
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move


def urls_showing(page: Page) -> list[str]:
    """Full URLs, in each language, of the page and of the pages that list it."""
    site = page.get_site()
    if site is None:
        return []
    shown = [*page.get_ancestors().filter(depth__gt=1).specific(), page.specific]
    urls = [site.root_url + "/sitemap.xml"]
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            for listed in shown:
                urls.append(listed.get_full_url())
                if hasattr(listed, "feed_url"):
                    urls.append(site.root_url + listed.feed_url())
    return list(dict.fromkeys(url for url in urls if url))


def purge_after_commit(instance: Page, **kwargs) -> None:
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None) or not isinstance(instance, Page):
        return
    if type(instance) is not instance.specific_class:
        return  # the base row of a page being deleted: its specific row is handled
    urls = urls_showing(instance)
    transaction.on_commit(lambda: purge_urls_from_cache(urls))


def connect() -> None:
    page_published.connect(purge_after_commit, dispatch_uid="portal_purge_published")
    page_unpublished.connect(purge_after_commit, dispatch_uid="portal_purge_unpublished")
    # Before a move: the old URLs; after it: the new ones and the new parents.
    pre_page_move.connect(purge_after_commit, dispatch_uid="portal_purge_before_move")
    post_page_move.connect(purge_after_commit, dispatch_uid="portal_purge_after_move")
    # Before a delete, while the page and its specific row can still be read.
    pre_delete.connect(purge_after_commit, dispatch_uid="portal_purge_deleted")
