"""Response headers beyond django-csp's and django-permissions-policy's own middleware."""

from collections.abc import Callable

from csp.constants import UNSAFE_INLINE
from django.http import HttpRequest, HttpResponse
from django.urls import reverse


class AdminInlineStyleMiddleware:
    """Allows inline styles, and only styles, in the Wagtail admin.

    The admin's own scripts (Draftail, the date picker, tooltips) write style attributes,
    which `style-src 'self'` blocks. Styles cannot run code; scripts stay 'self' only.
    Must come after CSPMiddleware in MIDDLEWARE, so it runs first on the way out.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if request.path_info.startswith(reverse("wagtailadmin_home")):
            # django-csp reads this attribute of the response (its documented per-response update).
            response._csp_update = {"style-src": [UNSAFE_INLINE]}  # type: ignore[attr-defined]
        return response
