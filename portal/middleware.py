import re

from django.conf import settings
from django.conf.locale import LANG_INFO
from django.core.exceptions import BadRequest
from django.http import HttpRequest, HttpResponse
from django.middleware.locale import LocaleMiddleware

# A first path segment shaped like a language code ("fr", "en-us", "zh-hans"); only codes
# Django knows as languages count, so a short top-level slug is still redirected.
LANGUAGE_CODE_SEGMENT = re.compile(r"^/([a-z]{2,3}(?:-[a-z0-9]{2,8})?)(?:/|$)", re.IGNORECASE)


class PortalLocaleMiddleware(LocaleMiddleware):
    """LocaleMiddleware that answers 404 for an unknown language prefix.

    Django would redirect /fr/... to /vi/fr/... because Wagtail's catch-all route makes any
    path look valid; a citizen who typed a wrong prefix should see the 404 page instead.
    """

    def process_response(self, request: HttpRequest, response: HttpResponse) -> HttpResponse:
        if response.status_code == 404 and self._has_unknown_language_prefix(request.path_info):
            response.setdefault("Vary", "Accept-Language")
            return response
        return super().process_response(request, response)

    @staticmethod
    def _has_unknown_language_prefix(path: str) -> bool:
        match = LANGUAGE_CODE_SEGMENT.match(path)
        if not match:
            return False
        code = match.group(1).lower()
        return code in LANG_INFO and code not in {c for c, _ in settings.LANGUAGES}


def reject_null_characters(get_response):
    """Answer 400 to an address with a NUL character in its path or query.

    No slug, number or search term contains one, and PostgreSQL refuses NUL in text (a
    DataError, so a 500) wherever such a value reaches a query; refusing it here, once, keeps
    every page and filter safe. Form fields already refuse it (Django's
    ProhibitNullCharactersValidator).
    """

    def middleware(request: HttpRequest) -> HttpResponse:
        if "\x00" in request.path or any(
            "\x00" in key or "\x00" in value for key, value in _query_items(request)
        ):
            raise BadRequest("NUL character in the address")
        return get_response(request)

    return middleware


def _query_items(request: HttpRequest):
    for key, values in request.GET.lists():
        for value in values:
            yield key, value
