"""Page titles in the admin user's language, in every listing Wagtail draws.

The page explorer, the page choosers, the admin search and the Facebook queue all show
`get_admin_display_title()`, which is Wagtail's `draft_title`: one column, written in whatever
language the last editor used. A Lao editor sees the Lao title instead, and the Vietnamese one
marked as such when the page has no Lao title yet.
"""

from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Page


def admin_display_title(page: Page) -> str:
    default = settings.LANGUAGE_CODE
    language = get_language() or default
    if not hasattr(page, f"title_{language}"):
        language = default
    # The row's own column, not draft_title: that one holds whichever language was active
    # when the page was last saved.
    title = getattr(page, f"title_{language}", None)
    if title:
        return title
    fallback = getattr(page, f"title_{default}", None) or page.draft_title or page.title
    if language == default:
        return fallback
    return _("%(title)s (Vietnamese only)") % {"title": fallback}


def install() -> None:
    """Replaces Page.get_admin_display_title (no portal page type overrides it)."""
    Page.get_admin_display_title = admin_display_title
