"""Publishing thousands of new pages under one parent in a few queries (for the importer).

`parent.add_child()` costs dozens of queries per page (tree position, URL paths, slug
checks, revisions, logs): 10,000 documents would take many minutes. Here tree paths and
per-language URL paths are computed in Python and rows are inserted in batches. Pages are
created live without a revision; Wagtail makes the first revision when an editor edits one.
"""

import uuid

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.utils import timezone
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page

BATCH_SIZE = 500
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def bulk_add_live_children(parent: Page, pages: list[Page]) -> None:
    """Inserts `pages` (unsaved, all of one specific model) as live children of `parent`."""
    if not pages:
        return
    model = type(pages[0])
    parent = Page.objects.get(pk=parent.pk)
    content_type = ContentType.objects.get_for_model(model)
    now = timezone.now()
    next_step = _last_child_step(parent) + 1
    for offset, page in enumerate(pages):
        _place(page, parent, next_step + offset)
        page.content_type = content_type
        page.live, page.has_unpublished_changes = True, False
        page.first_published_at = page.last_published_at = now
        page.draft_title = page.title_vi
        page.translation_key = uuid.uuid4()
    # Django refuses bulk_create for multi-table children: insert the base table's columns,
    # then the child table's, straight from the specific instances (no copies to build).
    base_fields = [field for field in Page._meta.concrete_fields if not field.primary_key]
    rows = Page.objects.all()._batched_insert(pages, base_fields, BATCH_SIZE)
    for page, (page_id,) in zip(pages, rows, strict=True):
        page.id = page.page_ptr_id = page_id
        page._state.adding = False
    model._base_manager.all()._batched_insert(pages, model._meta.local_concrete_fields, BATCH_SIZE)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))


def _last_child_step(parent: Page) -> int:
    last_path = (
        Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
        .order_by("-path")
        .values_list("path", flat=True)
        .first()
    )
    return Page._str2int(last_path[-Page.steplen :]) if last_path else 0


def _place(page: Page, parent: Page, step: int) -> None:
    page.depth = parent.depth + 1
    page.path = Page._get_path(parent.path, page.depth, step)
    page.numchild = 0
    page.locale_id = parent.locale_id
    for code in LANGUAGE_CODES:
        slug = getattr(page, build_localized_fieldname("slug", code), None) or page.slug_vi
        parent_path = (
            getattr(parent, build_localized_fieldname("url_path", code), None) or parent.url_path_vi
        )
        setattr(page, build_localized_fieldname("url_path", code), f"{parent_path}{slug}/")
    page.url_path = page.url_path_vi
