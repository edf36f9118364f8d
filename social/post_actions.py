"""What editors may do to a post, each a conditional UPDATE on the states it applies to.

A post being sent (or already sent) cannot be changed under a worker's feet: the UPDATE
simply matches nothing, and the editor is told.
"""

import re
from datetime import datetime

from django.utils import timezone

from social import conf, graph_errors, outbox
from social.models import SocialPost, State

CANCELLABLE = {State.DRAFT, State.SCHEDULED, State.FAILED, State.NEEDS_CHECK}
RESCHEDULABLE = {State.DRAFT, State.SCHEDULED, State.FAILED, State.CANCELLED}
# A person's decision ends any check a worker may be running: its claim no longer holds.
RELEASED = {"claim_token": None, "next_attempt_at": None}


def cancel(post: SocialPost) -> bool:
    return bool(
        SocialPost.objects.filter(pk=post.pk, state__in=CANCELLABLE).update(
            state=State.CANCELLED, **RELEASED
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
    """Retry, never blind: a failed post whose last attempt may have reached Facebook is
    looked for on the Page first; any other failed post goes out now; a post needing a
    check is checked now (its automatic checks start over)."""
    now = timezone.now()
    fresh = {"retries": 0, "checks": 0, "claim_token": None, "next_attempt_at": now}
    failed = SocialPost.objects.filter(pk=post.pk, state=State.FAILED)
    updated = (
        failed.filter(
            first_claimed_at__isnull=False, error_kind__in=graph_errors.MAY_HAVE_POSTED
        ).update(state=State.NEEDS_CHECK, **fresh)
        or failed.update(
            state=State.SCHEDULED,
            scheduled_at=now,
            late_confirmed=False,
            **fresh,
            **outbox.NO_FAILURE,
        )
        or SocialPost.objects.filter(pk=post.pk, state=State.NEEDS_CHECK).update(**fresh)
    )
    if updated:
        outbox.wake(post.pk)
    return bool(updated)


def confirm_posted(post: SocialPost, permalink: str) -> bool:
    """A person found the post on the Page: it is sent, with the address they pasted."""
    return bool(
        SocialPost.objects.filter(pk=post.pk, state=State.NEEDS_CHECK).update(
            state=State.SENT,
            permalink_url=permalink,
            facebook_post_id=facebook_post_id(permalink),
            sent_at=timezone.now(),
            **RELEASED,
            **outbox.NO_FAILURE,
        )
    )


def mark_not_posted(post: SocialPost) -> bool:
    """A person looked at the Page and the post is not there: it goes out now.

    Only once the automatic checks are over: while they run, a worker may be finding the
    post at this very moment, and sending it again would make the duplicate.
    """
    now = timezone.now()
    updated = SocialPost.objects.filter(
        pk=post.pk, state=State.NEEDS_CHECK, checks__gte=conf.max_checks()
    ).update(
        state=State.SCHEDULED,
        scheduled_at=now,
        late_confirmed=False,
        retries=0,
        checks=0,
        claim_token=None,
        next_attempt_at=None,
        **outbox.NO_FAILURE,
    )
    if updated:
        outbox.wake(post.pk)
    return bool(updated)


def facebook_post_id(permalink: str) -> str:
    """The post id in a pasted address, when it names one (…/posts/ID, ?story_fbid=ID)."""
    for pattern in (r"story_fbid=(\w+)", r"/posts/([\w.]+)", r"[?&]fbid=(\d+)", r"#(\d+_\d+)$"):
        found = re.search(pattern, permalink)
        if found:
            return found.group(1)[:80]
    return ""


def confirm_late(post: SocialPost) -> bool:
    """An editor confirms that a post held after an outage should still go out."""
    updated = SocialPost.objects.filter(
        pk=post.pk, state=State.SCHEDULED, scheduled_at__lt=timezone.now()
    ).update(late_confirmed=True)
    if updated:
        outbox.wake(post.pk)
    return bool(updated)
