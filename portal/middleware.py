import re

from django.conf import settings
from django.conf.locale import LANG_INFO
from django.core.exceptions import BadRequest
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.middleware.locale import LocaleMiddleware

# A first path segment shaped like a language code ("fr", "en-us", "zh-hans"); only codes
# Django knows as languages count, so a short top-level slug is still redirected.
LANGUAGE_CODE_SEGMENT = re.compile(r"^/([a-z]{2,3}(?:-[a-z0-9]{2,8})?)(?:/|$)", re.IGNORECASE)


class PortalLocaleMiddleware(LocaleMiddleware):
    """LocaleMiddleware that answers 404 for an unknown language prefix.

    Django would redirect /fr/... to /vi/fr/... because Wagtail's catch-all route makes any
    path look valid; a citizen who typed a wrong prefix should see the 404 page instead.
    """

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
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
    """Answer 400 to a path with a NUL character in it.

    No page's path contains one, and PostgreSQL refuses NUL in text: Wagtail's routing
    looked the segment up as a slug, a DataError (500). Query values are each parser's
    business (portal.query_values, Django form fields), so a NUL there gives a normal page.
    """

    def middleware(request: HttpRequest) -> HttpResponse:
        if "\x00" in request.path:
            raise BadRequest("NUL character in the path")
        return get_response(request)

    return middleware
