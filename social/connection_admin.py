"""The administrators' screens: Facebook Page connections and automatic sharing rules."""

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import get_page_models

from social import health, worker
from social.forms import ConnectionForm
from social.models import AutoShareRule, FacebookConnection


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


class AutoShareRuleForm(forms.ModelForm):
    class Meta:
        model = AutoShareRule
        fields = ["page_type", "delay_minutes", "active"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        page_types = ContentType.objects.get_for_models(*get_page_models()).values()
        self.fields["page_type"].queryset = ContentType.objects.filter(
            pk__in=[page_type.pk for page_type in page_types]
        ).exclude(app_label="wagtailcore")


class AutoShareRuleViewSet(ModelViewSet):
    model = AutoShareRule
    icon = "repeat"
    menu_label = _("Automatic sharing")
    add_to_admin_menu = False
    copy_view_enabled = False
    url_prefix = "social/rules"
    list_display = ["page_type", "delay_minutes", "active"]

    def get_form_class(self, for_update: bool = False):
        return AutoShareRuleForm
