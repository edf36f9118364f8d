"""Admin wiring of the portal app: user bulk actions, two-step sign-in, unlocking users, CSP."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import ListingButton

from portal.security import urls as security_urls
from portal.security.admin_csp import (
    admin_csp_script_html,
    drop_inline_modeltranslation_settings,
    modeltranslation_config_html,
    start_choosers_from_markers,
)
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


# The admin under the Content-Security-Policy (portal/security/admin_csp.py).
drop_inline_modeltranslation_settings()
start_choosers_from_markers()
hooks.register("insert_global_admin_js", admin_csp_script_html)
# order=-1: the settings must exist before wagtail-modeltranslation's own scripts run.
hooks.register("insert_editor_js", modeltranslation_config_html, order=-1)
