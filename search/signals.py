"""Page events that change what search may find, each queued as an index update.

Queued on commit: the task must see the committed page, and django-tasks would run it at once.
Deleting a page needs no handler: its entries go with it (the foreign key cascades).
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished

from search.tasks import update_search_entries


def queue_update(page_ids: list[int]) -> None:
    transaction.on_commit(lambda: update_search_entries.enqueue(page_ids))


def _page_changed(sender, instance: Page, **kwargs) -> None:
    if hasattr(instance, "search_document"):
        queue_update([instance.pk])


def _privacy_changed(sender, instance: PageViewRestriction, **kwargs) -> None:
    # A restriction hides (or, removed, shows) the page and everything below it.
    if kwargs.get("raw"):
        return
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        queue_update(list(page.get_descendants(inclusive=True).values_list("pk", flat=True)))


def connect() -> None:
    page_published.connect(_page_changed, dispatch_uid="portal_search_published")
    page_unpublished.connect(_page_changed, dispatch_uid="portal_search_unpublished")
    for signal in (post_save, post_delete):
        signal.connect(
            _privacy_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"portal_search_privacy_{signal is post_save}",
        )
