"""Admin wiring of the portal app: user bulk actions, two-step sign-in pages, unlocking users."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import ListingButton

from portal.security import urls as security_urls
from portal.security.users import BULK_ACTIONS, may_manage

# order=1: registered after wagtail.users' own actions, so these replace them.
for action_class in BULK_ACTIONS:
    hooks.register("register_bulk_action", action_class, order=1)


@hooks.register("register_admin_urls")
def register_security_urls() -> list:
    return [path("two-factor/", include(security_urls, namespace="two_factor"))]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request) -> dict:
    return {
        "url": reverse("two_factor:manage"),
        "label": _("Two-step sign-in"),
        "help_text": _("Set up an authenticator app and recovery codes for signing in."),
    }


@hooks.register("register_user_listing_buttons")
def unlock_button(user, request_user) -> list:
    if not request_user.has_perm("auth.change_user") or not may_manage(request_user, user):
        return []
    return [
        ListingButton(
            _("Unlock sign-in"),
            url=reverse("two_factor:unlock", args=[user.pk]),
            icon_name="lock-open",
            priority=50,
        )
    ]
