from django import template
from django.utils.text import Truncator
from django.utils.translation import get_language
from wagtail.models import Page

from portal.languages import OG_LOCALES
from portal.models import SiteSettings
from portal.sharing import share_image

register = template.Library()

DESCRIPTION_LENGTH = 300


@register.inclusion_tag("includes/share_meta.html", takes_context=True)
def share_meta(context: template.Context, current, alternates) -> dict:
    """Description, Open Graph and Twitter card tags for the page being rendered.

    og:locale is the language the text is written in: an untranslated page served under /lo/
    is Vietnamese text, so it says vi_VN.
    """
    page, request = context.get("page"), context["request"]
    if not isinstance(page, Page):
        return {}
    language = "vi" if getattr(page, "shows_fallback", False) else get_language()
    # The home page and section indexes describe themselves with their introduction.
    summary = (
        page.search_description
        or getattr(page, "share_summary", "")
        or getattr(page, "intro", "")
        or ""
    )
    return {
        "type": getattr(page, "og_type", "website"),
        "site_name": SiteSettings.for_request(request).portal_name,
        "title": page.seo_title or page.title,
        "description": Truncator(" ".join(summary.split())).chars(DESCRIPTION_LENGTH),
        "url": current.full_url if current else page.get_full_url(request),
        "locale": OG_LOCALES[language],
        "alternate_locales": [
            OG_LOCALES[alternate.language.code]
            for alternate in alternates
            if alternate.is_translated and alternate.language.code != language
        ],
        "image": share_image(page, request),
    }
