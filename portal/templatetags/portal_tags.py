import re
from dataclasses import dataclass

from django import template
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page, Site

from portal.content_memo import remembered
from portal.languages import Language, site_languages

register = template.Library()


@dataclass(frozen=True)
class Alternate:
    language: Language
    url: str  # for links a reader follows on this host
    full_url: str  # for canonical and hreflang, on the site's configured host
    is_current: bool
    is_translated: bool


@register.simple_tag(takes_context=True)
def language_alternates(context: template.Context) -> list[Alternate]:
    """The current page (or view) in each language: switcher links, hreflang and canonical.

    A Wagtail page's translated slugs differ per language, so its URL is computed with that
    language active, followed by any sub-path a routable page serves (a filtered or paged
    index: /vi/tin-tuc/2025/page/2/); other views keep their path and query string under the
    other prefix.
    """
    request = context["request"]
    page = context.get("page")
    current = translation.get_language()
    sub_path = _routable_sub_path(request, page) if isinstance(page, Page) else ""
    alternates = []
    for language in site_languages():
        if isinstance(page, Page):
            with translation.override(language.code):
                url = page.get_url(request) + sub_path
                full_url = page.get_full_url(request) + sub_path
            is_translated = page.specific.has_translation(language.code)
        else:
            # translate_url resolves the path in the current language: not inside override().
            url = _translated_request_path(request, language.code)
            full_url, is_translated = request.build_absolute_uri(url), True
        alternates.append(
            Alternate(language, url, full_url, language.code == current, is_translated)
        )
    return alternates


def _routable_sub_path(request, page: Page) -> str:
    page_path = page.get_url(request) or ""
    if page_path.startswith("/") and request.path.startswith(page_path):
        return request.path[len(page_path) :]
    return ""


def _translated_request_path(request, language_code: str) -> str:
    path = translate_url(request.path, language_code)
    query = request.GET.urlencode()
    return f"{path}?{query}" if query else path


@register.filter
def current_alternate(alternates: list[Alternate]) -> Alternate | None:
    return next((alternate for alternate in alternates if alternate.is_current), None)


@dataclass(frozen=True)
class MenuItem:
    page: Page
    is_current: bool


@register.simple_tag(takes_context=True)
def main_menu(context: template.Context) -> list[MenuItem]:
    """The home page's live children marked "show in menus", in tree order.

    Read once per content version (portal.content_memo): the pages are shared, read only.
    """
    request = context["request"]
    site = Site.find_for_request(request)
    if site is None:
        return []
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    children = remembered(
        ("menu", site.root_page_id),
        lambda: list(site.root_page.get_children().live().public().in_menu()),
        follows_content=True,
    )
    return [MenuItem(child, current_path.startswith(child.path)) for child in children]


@register.filter
def tel_uri(phone: str) -> str:
    """A tel: link target (RFC 3966): the number as printed, without spaces or dots."""
    return "tel:" + re.sub(r"[^\d+]", "", phone)
