"""Every page type's vi and lo slugs follow staff.slugs on save, whoever saves the page.

Wagtail's Page.full_clean (run by every save) fills an empty slug with its own slugify of the
title; this runs first, so pages created in code, by the demo loader or by an editor whose
browser did not run the editor's slug script (staff/static/staff/readable-slugs.js) get the
same readable slugs.
"""

from django.conf import settings
from wagtail.models import Page

from staff.slugs import LANGUAGES, slug_for, unique_among


def fill_readable_slugs(page: Page) -> None:
    """Rewrites slugs that are not plain ASCII (Wagtail's own slugify of a title) by the rule.

    An empty Vietnamese slug is filled from the title too; an empty Lao slug stays empty, which
    means the Lao URL uses the Vietnamese slug (portal/translation.py).
    """
    for language in LANGUAGES:
        field = f"slug_{language}"
        current = getattr(page, field, None) or ""
        if current.isascii() and (current or language != settings.LANGUAGE_CODE):
            continue
        source = getattr(page, f"title_{language}", None) or current
        if not source:
            continue
        setattr(page, field, unique_among(slug_for(language, source), _sibling_slugs(page, field)))


def _sibling_slugs(page: Page, field: str) -> set[str]:
    if not page.path or page.depth <= 1:
        return set()
    siblings = Page.objects.filter(path__startswith=page.path[: -Page.steplen], depth=page.depth)
    if page.pk:
        siblings = siblings.exclude(pk=page.pk)
    return set(siblings.exclude(**{f"{field}__isnull": True}).values_list(field, flat=True))


def install() -> None:
    """Wraps Page.full_clean (subclasses call it through super()) once."""
    original = Page.full_clean
    if getattr(original, "fills_readable_slugs", False):
        return

    def full_clean(self: Page, *args, **kwargs) -> None:
        fill_readable_slugs(self)
        return original(self, *args, **kwargs)

    full_clean.fills_readable_slugs = True
    Page.full_clean = full_clean
