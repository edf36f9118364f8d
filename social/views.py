"""Admin views: share a page on Facebook and the editors' actions on a post.

The queue itself is a Wagtail listing (post_admin.py, viewsets.py)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.models import Page

from social import conf, post_actions, sharing
from social.forms import ConfirmPostedForm, RescheduleForm, ShareForm
from social.models import SocialPost
from social.viewsets import post_viewset


def _require(request: HttpRequest, permission: str) -> None:
    if not request.user.has_perm(f"social.{permission}"):
        raise PermissionDenied


def share(request: HttpRequest, page_id: int) -> HttpResponse:
    """'Share on Facebook': posts for every Page in one step, with a preview of each."""
    _require(request, "add_socialpost")
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    campaign = request.POST.get("campaign", request.GET.get("campaign", "")).strip()[:100]
    shares = sharing.shares_for(page, campaign)
    form = ShareForm(
        request.POST or None, shares=shares, page_is_live=page.live, initial={"campaign": campaign}
    )
    if request.method == "POST" and form.is_valid():
        created, existing = sharing.create_posts(
            page,
            form.entries(),
            scheduled_at=form.cleaned_data["scheduled_at"],
            campaign=form.cleaned_data["campaign"],
            draft="save_draft" in request.POST,
            user=request.user,
        )
        _report_created(request, created, existing)
        return redirect(f"{reverse(post_viewset.get_url_name('index'))}?page={page.pk}")
    return TemplateResponse(
        request,
        "social/share.html",
        {
            "page": page,
            "form": form,
            "sections": form.sections(),
            "untranslated": [share for share in shares if not share.translated],
            "no_connections": not shares,
            "max_length": conf.MESSAGE_MAX_LENGTH,
        },
    )


def _report_created(request, created: list[SocialPost], existing: list[SocialPost]) -> None:
    for post in created:
        messages.success(
            request,
            _("Post to %(page)s saved: %(state)s.")
            % {"page": post.connection.name, "state": post.get_state_display()},
        )
    for post in existing:
        messages.warning(
            request,
            _(
                "%(page)s already has a post of this page for this campaign (%(state)s): "
                "no second post was made. Name a campaign to share it again."
            )
            % {"page": post.connection.name, "state": post.get_state_display()},
        )


ACTIONS = {
    "cancel": (
        post_actions.cancel,
        gettext_lazy("Post cancelled."),
        gettext_lazy("This post can no longer be cancelled."),
    ),
    "retry": (
        post_actions.retry,
        gettext_lazy("The post will be tried again now."),
        gettext_lazy("Nothing to retry."),
    ),
    "not-posted": (
        post_actions.mark_not_posted,
        gettext_lazy("Marked as not on Facebook: the post goes out now."),
        gettext_lazy("This post is no longer waiting for a check."),
    ),
    "confirm": (
        post_actions.confirm_late,
        gettext_lazy("Confirmed: the late post goes out now."),
        gettext_lazy("This post is not waiting for confirmation."),
    ),
}


@require_POST
def act(request: HttpRequest, post_id: int, action: str) -> HttpResponse:
    _require(request, "change_socialpost")
    post = get_object_or_404(SocialPost, pk=post_id)
    if action not in ACTIONS:
        raise PermissionDenied
    function, done, refused = ACTIONS[action]
    if function(post):
        messages.success(request, str(done))
    else:
        messages.error(request, str(refused))
    return redirect(_back(request))


def reschedule(request: HttpRequest, post_id: int) -> HttpResponse:
    _require(request, "change_socialpost")
    post = get_object_or_404(SocialPost.objects.select_related("connection"), pk=post_id)
    initial: dict[str, object] = {"message": post.message}
    if post.scheduled_at > timezone.now():
        initial["scheduled_at"] = timezone.localtime(post.scheduled_at)
    form = RescheduleForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if post_actions.reschedule(post, data["scheduled_at"], data["message"]):
            messages.success(request, _("Post rescheduled."))
        else:
            messages.error(request, _("This post can no longer be rescheduled."))
        return redirect(_back(request))
    return TemplateResponse(
        request,
        "social/reschedule.html",
        {"post": post, "form": form, "max_length": conf.MESSAGE_MAX_LENGTH},
    )


def confirm_posted(request: HttpRequest, post_id: int) -> HttpResponse:
    """A person found a post needing a check on the Page: record it as sent."""
    _require(request, "change_socialpost")
    post = get_object_or_404(SocialPost.objects.select_related("connection"), pk=post_id)
    form = ConfirmPostedForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if post_actions.confirm_posted(post, form.cleaned_data["permalink"]):
            messages.success(request, _("Recorded as sent."))
        else:
            messages.error(request, _("This post is no longer waiting for a check."))
        return redirect(_back(request))
    return TemplateResponse(request, "social/confirm_posted.html", {"post": post, "form": form})


def _back(request: HttpRequest) -> str:
    target = request.POST.get("next", "")
    queue = reverse(post_viewset.get_url_name("index"))
    # Only our own queue, never an outside address.
    return target if target.startswith(queue) else queue
