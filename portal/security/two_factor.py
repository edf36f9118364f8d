"""Two-step sign-in to the admin with django-otp: an authenticator app (TOTP) plus recovery codes.

Superusers, administrators and editors must enrol before they can use the admin; dissemination
staff may. Anyone who has enrolled must give a code after signing in. `PORTAL_2FA_REQUIRED`
turns enforcement off (test settings only) and `PORTAL_2FA_EXEMPT_USERNAMES` lists accounts
let through without a second step (dev settings only: the demo accounts of `make run`).
"""

from collections.abc import Callable

from django.conf import settings
from django.contrib.auth.models import User
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django.utils.http import urlencode
from django_otp import user_has_device
from django_otp.middleware import is_verified
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal import roles

RECOVERY_CODE_COUNT = 10
RECOVERY_DEVICE_NAME = "recovery"
AUTHENTICATOR_DEVICE_NAME = "authenticator"

# Admin views an unverified user may reach: signing in and out, the two-step pages themselves,
# and the static bits those pages load.
OPEN_VIEWS = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "wagtailadmin_password_reset",
    "two_factor:verify",
    "two_factor:enrol",
}


def two_factor_required(user: User) -> bool:
    """Superusers, administrators and editors must use a second step; staff may."""
    return user.is_superuser or user.groups.filter(name__in=roles.TWO_FACTOR_REQUIRED).exists()


def is_exempt(user: User) -> bool:
    return not settings.PORTAL_2FA_REQUIRED or (
        user.get_username() in settings.PORTAL_2FA_EXEMPT_USERNAMES
    )


def pending_authenticator(user: User) -> TOTPDevice:
    """The user's not-yet-confirmed authenticator, created on first use."""
    device, _ = TOTPDevice.objects.get_or_create(
        user=user, name=AUTHENTICATOR_DEVICE_NAME, confirmed=False
    )
    return device


@transaction.atomic
def new_recovery_codes(user: User) -> list[str]:
    """Replaces the user's recovery codes; each works once."""
    device, _ = StaticDevice.objects.get_or_create(user=user, name=RECOVERY_DEVICE_NAME)
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return codes


def remaining_recovery_codes(user: User) -> int:
    return StaticToken.objects.filter(device__user=user, device__name=RECOVERY_DEVICE_NAME).count()


def has_authenticator(user: User) -> bool:
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def _view_name(request: HttpRequest) -> str | None:
    try:
        return resolve(request.path_info).view_name
    except Resolver404:
        return None


def _redirect_with_next(view_name: str, request: HttpRequest) -> HttpResponse:
    return redirect(f"{reverse(view_name)}?{urlencode({'next': request.get_full_path()})}")


def second_step_redirect(request: HttpRequest) -> HttpResponse | None:
    """Where an admin request must go first: the code form, the enrolment page, or nowhere."""
    user = request.user
    if not user.is_authenticated or is_verified(user) or is_exempt(user):
        return None
    if not request.path_info.startswith(reverse("wagtailadmin_home")):
        return None
    if _view_name(request) in OPEN_VIEWS or not user.has_perm("wagtailadmin.access_admin"):
        return None
    if user_has_device(user, confirmed=True):
        return _redirect_with_next("two_factor:verify", request)
    if two_factor_required(user):
        return _redirect_with_next("two_factor:enrol", request)
    return None


class TwoFactorMiddleware:
    """Sends admin requests through the second step; must follow django-otp's OTPMiddleware."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return second_step_redirect(request) or self.get_response(request)
