"""Admin views: two-step sign-in (verify, enrol, recovery codes) and unlocking a locked-out user."""

import base64

import segno
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp import match_token
from django_otp.middleware import is_verified

from portal.security import two_factor
from portal.security.forms import CodeForm, EnrolForm
from portal.security.lockout import unlock
from portal.security.signed_in import SignedInRequest
from portal.security.users import may_manage


def _next_url(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("wagtailadmin_home")


def verify(request: SignedInRequest) -> HttpResponse:
    """Asks an enrolled user for an authenticator or recovery code after signing in."""
    form = CodeForm(request.POST or None)
    if form.is_valid():
        device = match_token(request.user, form.cleaned_data["code"])
        if device is not None:
            otp_login(request, device)
            return redirect(_next_url(request))
        form.add_error("code", _("This code is not valid, has expired or was already used."))
    context = {"form": form, "next": _next_url(request)}
    return TemplateResponse(request, "portal/security/verify.html", context)


def enrol(request: SignedInRequest) -> HttpResponse:
    """Shows a new authenticator's QR code and confirms it with a first code."""
    if two_factor.has_authenticator(request.user):
        return redirect("two_factor:manage")
    device = two_factor.pending_authenticator(request.user)
    form = EnrolForm(request.POST or None)
    if form.is_valid():
        if device.verify_token(form.cleaned_data["code"]):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            codes = two_factor.new_recovery_codes(request.user)
            return _recovery_codes_page(request, codes, _next_url(request))
        form.add_error("code", _("This code is not valid or has expired. Try the current one."))
    qr = segno.make(device.config_url, error="m")
    context = {
        "form": form,
        "next": _next_url(request),
        "qr_svg": qr.svg_inline(scale=5, dark="#000", light="#fff"),
        "secret": base64.b32encode(device.bin_key).decode(),
        "required": two_factor.two_factor_required(request.user),
    }
    return TemplateResponse(request, "portal/security/enrol.html", context)


def manage(request: SignedInRequest) -> HttpResponse:
    """The user's own two-step sign-in status, with a way to enrol or renew recovery codes."""
    context = {
        "enrolled": two_factor.has_authenticator(request.user),
        "remaining": two_factor.remaining_recovery_codes(request.user),
        "required": two_factor.two_factor_required(request.user),
    }
    return TemplateResponse(request, "portal/security/manage.html", context)


@require_POST
def renew_recovery_codes(request: SignedInRequest) -> HttpResponse:
    if not (is_verified(request.user) and two_factor.has_authenticator(request.user)):
        raise PermissionDenied
    codes = two_factor.new_recovery_codes(request.user)
    return _recovery_codes_page(request, codes, reverse("two_factor:manage"))


def _recovery_codes_page(request: HttpRequest, codes: list[str], next_url: str) -> HttpResponse:
    response = TemplateResponse(
        request, "portal/security/recovery_codes.html", {"codes": codes, "next": next_url}
    )
    response["Cache-Control"] = "no-store"  # the codes are shown once and never again
    return response


def unlock_user(request: SignedInRequest, user_id: int) -> HttpResponse:
    """Lets an administrator lift a sign-in lockout before its cool-off ends."""
    target = get_object_or_404(get_user_model(), pk=user_id)
    if not request.user.has_perm("auth.change_user") or not may_manage(request.user, target):
        raise PermissionDenied
    if request.method == "POST":
        unlock(target)
        messages.success(request, _("%(user)s may sign in again.") % {"user": target})
        return redirect("wagtailusers_users:index")
    return TemplateResponse(request, "portal/security/unlock.html", {"target": target})
