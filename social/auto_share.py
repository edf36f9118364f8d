"""The optional rule per page type: share a page automatically when it is first published."""

from datetime import timedelta

from django.utils import timezone
from wagtail.models import Page
from wagtail.signals import page_published

from social import sharing
from social.models import AutoShareRule, Health


def share_on_first_publish(sender, instance: Page, revision=None, **kwargs) -> None:
    if instance.first_published_at != instance.last_published_at:
        return  # republished: the first publication already had its posts
    rule = AutoShareRule.objects.filter(page_type=instance.content_type, active=True).first()
    if rule is None:
        return
    entries = [
        (share, share.message, False)
        for share in sharing.shares_for(instance)
        if share.translated and share.connection.health != Health.BROKEN
    ]
    sharing.create_posts(
        instance,
        entries,
        scheduled_at=timezone.now() + timedelta(minutes=rule.delay_minutes),
        campaign="",
        draft=False,
        user=getattr(revision, "user", None),
    )


def connect() -> None:
    page_published.connect(share_on_first_publish, dispatch_uid="social.auto_share")
