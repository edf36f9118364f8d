"""The queue of Facebook posts as a Wagtail listing: filters, columns and row actions.

Filtering goes through a django-filter FilterSet, so a hostile query string (a bad date,
an unknown state, a NUL byte) is an invalid form, never a server error.
"""

import django_filters
from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_stubs_ext import StrOrPromise
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, Table
from wagtail.admin.views import generic
from wagtail.admin.widgets import AdminDateInput
from wagtail.models import Page

from social import graph_errors, outbox, post_actions
from social.models import FacebookConnection, Health, SocialPost, State


class PageChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Page) -> str:
        return obj.get_admin_display_title()


class PageFilter(django_filters.ModelChoiceFilter):
    """The portal page shared: "Share on Facebook" lands on the queue with ?page=<id>."""

    field_class = PageChoiceField


class SocialPostFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(label=_("State"), choices=State.choices)
    connection = django_filters.ModelChoiceFilter(
        label=_("Facebook Page"), queryset=FacebookConnection.objects.all()
    )
    language = django_filters.ChoiceFilter(
        label=_("Language"), field_name="connection__language", choices=settings.LANGUAGES
    )
    # Days are the editors' days (UTC+7): `__date` converts with the current time zone.
    date_from = django_filters.DateFilter(
        label=_("From"), field_name="scheduled_at", lookup_expr="date__gte", widget=AdminDateInput
    )
    date_to = django_filters.DateFilter(
        label=_("To"), field_name="scheduled_at", lookup_expr="date__lte", widget=AdminDateInput
    )
    page = PageFilter(
        label=_("Page"),
        queryset=Page.objects.filter(social_posts__isnull=False).distinct().order_by("title"),
    )

    class Meta:
        model = SocialPost
        fields = ["state", "connection", "language", "date_from", "date_to", "page"]


def row_facts(post: SocialPost) -> dict:
    """What the queue says about a post and which actions its state allows."""
    kind, needs_person = post.error_kind, post.needs_person
    explanation = None
    if kind or needs_person:
        explanation = graph_errors.explain_state(
            kind, failed=post.state == State.FAILED, needs_person=needs_person
        )
    return {
        "explanation": explanation,
        "needs_person": needs_person,
        "stale": post.held_as_stale,
        "can_cancel": post.state in post_actions.CANCELLABLE,
        "can_reschedule": post.state in post_actions.RESCHEDULABLE,
        "can_retry": post.state in {State.FAILED, State.NEEDS_CHECK},
        "can_settle": post.state == State.NEEDS_CHECK,
    }


class PostColumn(Column):
    """A queue column drawn by its own template, with the row's facts and the reader's rights."""

    def __init__(self, name: str, label: StrOrPromise, **kwargs):
        super().__init__(name, label=label, **kwargs)
        self.cell_template_name = f"social/queue/{name}_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = parent_context.get("request")
        context["post"] = instance
        context["facts"] = row_facts(instance)
        context["can_change"] = bool(request) and request.user.has_perm("social.change_socialpost")
        return context


class QueueTable(Table):
    """Each row is addressable as #post-<id>, for links to one post and for tests."""

    def get_row_attrs(self, instance):
        return {**super().get_row_attrs(instance), "id": f"post-{instance.pk}"}


class QueueView(generic.IndexView):
    """Everything scheduled and sent, newest first, with what needs a person on top."""

    template_name = "social/queue.html"
    paginate_by = 50
    table_class = QueueTable
    table_classname = "listing social-queue"
    page_title = _("Facebook posts")
    columns = [
        PostColumn("time", _("Time (UTC+7)")),
        PostColumn("connection", _("Facebook Page")),
        PostColumn("message", _("Page / Message")),
        PostColumn("state", _("State")),
        PostColumn("result", _("Result")),
        PostColumn("actions", _("Actions"), classname="social-queue__actions"),
    ]

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("connection", "page")

    def filter_queryset(self, queryset):
        # A filter that cannot be read lists nothing: all posts under a filter the editor
        # believes applied would be a wrong answer that looks right. The form shows why.
        if self.filters and not self.filters.is_valid():
            return queryset.none()
        return super().filter_queryset(queryset)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        now = timezone.now()
        context.update(
            stale_count=outbox.held_as_stale(now).count(),
            broken_connections=FacebookConnection.objects.filter(health=Health.BROKEN),
            app_paused_until=outbox.app_paused_until(now),
        )
        return context
