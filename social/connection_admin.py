"""The administrators' screens for Facebook Page connections (a Wagtail ModelViewSet)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from social import health, worker
from social.forms import ConnectionForm
from social.models import FacebookConnection


class CheckedSaveMixin:
    """Checks a connection's token with Facebook as soon as it is saved."""

    def save_instance(self):
        instance = super().save_instance()
        if self.form.cleaned_data.get("access_token"):
            health.check(instance, worker.client())
        return instance


class ConnectionCreateView(CheckedSaveMixin, generic.CreateView):
    pass


class ConnectionEditView(CheckedSaveMixin, generic.EditView):
    pass


class ConnectionViewSet(ModelViewSet):
    model = FacebookConnection
    icon = "site"
    menu_label = _("Facebook Pages")
    add_to_admin_menu = False
    copy_view_enabled = False
    url_prefix = "social/pages"
    add_view_class = ConnectionCreateView
    edit_view_class = ConnectionEditView
    list_display = [
        "name",
        Column("language", label=_("language"), accessor="get_language_display"),
        "page_id",
        Column("health", label=_("health"), accessor="get_health_display"),
        Column("health_detail", label=_("health detail")),
        DateColumn("health_checked_at", label=_("checked at")),
        DateColumn("paused_until", label=_("paused until")),
    ]

    def get_form_class(self, for_update: bool = False):
        return ConnectionForm
