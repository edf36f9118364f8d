"""Wagtail's users app, with the portal's user viewset (see portal.security.users)."""

from wagtail.users.apps import WagtailUsersAppConfig


class PortalUsersAppConfig(WagtailUsersAppConfig):
    user_viewset = "portal.security.users.UserViewSet"
