"""Wagtail admin wiring: the Facebook menu (viewsets.py), "Share on Facebook" buttons,
home-page alerts, permissions."""

from django.contrib.auth.models import Permission
from django.template.loader import render_to_string
from django.urls import include, path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets import Button

from social import alerts, outbox, urls
from social.models import FacebookConnection, Health, OpenAlert, SocialPost, State
from social.viewsets import facebook_viewsets, post_viewset


@hooks.register("register_admin_viewset")
def register_facebook_viewsets():
    return facebook_viewsets


@hooks.register("register_admin_urls")
def register_social_urls():
    return [path("social/", include(urls, namespace="social"))]


def can_share(user, page) -> bool:
    return page.live and page.depth > 1 and user.has_perm("social.add_socialpost")


def share_url(page) -> str:
    return reverse("social:share", args=[page.pk])


class ShareMenuItem(ActionMenuItem):
    """In the page editor's action menu (under Publish)."""

    label = _("Share on Facebook")
    name = "action-share-facebook"
    icon_name = "globe"
    order = 60

    def is_shown(self, context):
        page = context.get("page")
        return context["view"] == "edit" and page and can_share(context["request"].user, page)

    def get_url(self, parent_context):
        return share_url(parent_context["page"])


@hooks.register("register_page_action_menu_item")
def register_share_menu_item():
    return ShareMenuItem()


@hooks.register("register_page_header_buttons")
def share_header_button(page, user, view_name, next_url=None):
    if can_share(user, page):
        yield Button(_("Share on Facebook"), share_url(page), icon_name="globe", priority=80)


@hooks.register("register_page_listing_more_buttons")
def share_listing_button(page, user, next_url=None):
    if can_share(user, page):
        yield Button(_("Share on Facebook"), share_url(page), icon_name="globe", priority=80)


class AttentionPanel(Component):
    """On the admin dashboard: what in Facebook publishing needs a person now."""

    name = "social_attention"
    order = 90
    template_name = "social/attention_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        now, user = timezone.now(), self.request.user
        context = {"queue_url": reverse(post_viewset.get_url_name("index"))}
        if user.has_perm("social.change_facebookconnection"):
            context["connections"] = FacebookConnection.objects.filter(
                health__in=[Health.BROKEN, Health.EXPIRING]
            )
        if user.has_perm("social.view_socialpost"):
            posts = SocialPost.objects
            context["failed"] = posts.filter(state=State.FAILED).count()
            context["needs_check"] = posts.filter(state=State.NEEDS_CHECK).count()
            context["stale"] = outbox.held_as_stale(now).count()
            context["runs"] = [alerts.Worded(alert) for alert in OpenAlert.objects.all()]
        return context

    def render_html(self, parent_context=None):
        context = self.get_context_data(parent_context)
        wanted = context.get("connections") or any(
            context.get(key) for key in ("failed", "needs_check", "stale", "runs")
        )
        return (
            render_to_string("social/attention_panel.html", context, self.request) if wanted else ""
        )


@hooks.register("construct_homepage_panels")
def add_attention_panel(request, panels):
    panels.append(AttentionPanel(request))


@hooks.register("register_permissions")
def register_social_permissions():
    return Permission.objects.filter(content_type__app_label="social")
