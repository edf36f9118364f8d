"""The Facebook menu: the queue of posts, the Page connections and the sharing rules.

One `ModelViewSetGroup`, as wagtail.org groups its package viewsets; registered in
wagtail_hooks.py.
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from social.connection_admin import AutoShareRuleViewSet, ConnectionViewSet
from social.models import SocialPost
from social.post_admin import QueueView, SocialPostFilterSet


class SocialPostViewSet(ModelViewSet):
    """Only the listing: posts are made by "Share on Facebook" and changed by the row
    actions (social/urls.py), each a conditional UPDATE that cannot race the sender."""

    model = SocialPost
    icon = "list-ul"
    menu_label = _("Posts")
    url_prefix = "social"
    index_view_class = QueueView
    filterset_class = SocialPostFilterSet
    copy_view_enabled = False

    def get_common_view_kwargs(self, **kwargs):
        # No generic add/edit/delete screens exist, so no listing links to them.
        return super().get_common_view_kwargs(
            **{"add_url_name": None, "edit_url_name": None, "delete_url_name": None, **kwargs}
        )

    def register_admin_url_finder(self):
        # Wagtail's "edit this object" links would point at the edit screen that does not exist.
        pass

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
        ]


class FacebookViewSetGroup(ModelViewSetGroup):
    menu_label = _("Facebook")
    menu_icon = "globe"
    menu_order = 350
    items = (
        SocialPostViewSet("social_posts"),
        ConnectionViewSet("social_connections"),
        AutoShareRuleViewSet("social_rules"),
    )


facebook_viewsets = FacebookViewSetGroup()
post_viewset = facebook_viewsets.registerables[0]
