"""What editors may do to a post, each a conditional UPDATE on the states it applies to.

A post being sent (or already sent) cannot be changed under a worker's feet: the UPDATE
simply matches nothing, and the editor is told.
"""

from datetime import datetime

from django.utils import timezone

from social import outbox
from social.models import SocialPost, State

CANCELLABLE = {State.DRAFT, State.SCHEDULED, State.FAILED}
RESCHEDULABLE = {State.DRAFT, State.SCHEDULED, State.FAILED, State.CANCELLED}


def cancel(post: SocialPost) -> bool:
    return bool(
        SocialPost.objects.filter(pk=post.pk, state__in=CANCELLABLE).update(
            state=State.CANCELLED, next_attempt_at=None
        )
    )


def reschedule(post: SocialPost, when: datetime, message: str) -> bool:
    """Schedules the post (again) at `when` with `message`, as if newly created."""
    updated = SocialPost.objects.filter(pk=post.pk, state__in=RESCHEDULABLE).update(
        state=State.SCHEDULED,
        scheduled_at=when,
        message=message,
        late_confirmed=False,
        next_attempt_at=None,
        retries=0,
        **outbox.NO_FAILURE,
    )
    if updated:
        outbox.wake(post.pk, when)
    return bool(updated)


def retry(post: SocialPost) -> bool:
    """A failed post goes out now; a post needing a check is checked now (never resent blind)."""
    now = timezone.now()
    updated = SocialPost.objects.filter(pk=post.pk, state=State.FAILED).update(
        state=State.SCHEDULED,
        scheduled_at=now,
        late_confirmed=False,
        next_attempt_at=None,
        retries=0,
        **outbox.NO_FAILURE,
    ) or SocialPost.objects.filter(pk=post.pk, state=State.NEEDS_CHECK).update(next_attempt_at=now)
    if updated:
        outbox.wake(post.pk)
    return bool(updated)


def confirm_late(post: SocialPost) -> bool:
    """An editor confirms that a post held after an outage should still go out."""
    updated = SocialPost.objects.filter(
        pk=post.pk, state=State.SCHEDULED, scheduled_at__lt=timezone.now()
    ).update(late_confirmed=True)
    if updated:
        outbox.wake(post.pk)
    return bool(updated)
