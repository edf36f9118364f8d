"""Sign-in lockout with django-axes: the client address behind the proxy, the lockout page."""

from axes.utils import reset
from django.conf import settings
from django.contrib.auth.models import User
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def client_ip(request: HttpRequest) -> str:
    """The client's address: the proxy's last-appended X-Forwarded-For entry when one is trusted.

    Behind nginx REMOTE_ADDR is the proxy itself, which would lock out everyone at once; the
    entries before the trusted proxies' are whatever the client sent, so they are not used.
    """
    proxies = settings.PORTAL_TRUSTED_PROXY_COUNT
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    if proxies and len(forwarded) >= proxies:
        return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def locked_out(
    request: HttpRequest, original_response: HttpResponse | None, credentials: dict | None
) -> HttpResponse:
    """The page shown instead of the sign-in form while an account or address is locked."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    # Rendered here: AxesMiddleware returns it after the view, past the point where Django
    # renders template responses.
    return render(
        request,
        "portal/security/locked_out.html",
        {"minutes": minutes},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )


def unlock(user: User) -> int:
    """Forgets the failed sign-ins of `user`'s username; returns how many were forgotten."""
    return reset(username=user.get_username())
