"""The outbox: which posts are due, how a worker claims one, and how its outcome is recorded.

Every change of state is a conditional UPDATE that names the state (and, for a worker, the
claim token) it expects, so two workers, a sweeper and an editor can never both win: the
loser's UPDATE matches no row. A claim is committed before any call to Facebook.
"""

import logging
import os
import random
import socket
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import connection, transaction
from django.db.models import F, Q, QuerySet, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from social import conf, signals
from social.graph_errors import Kind
from social.models import AppPause, FacebookConnection, Health, SocialPost, State
from social.redaction import redact

logger = logging.getLogger(__name__)

WORKER_ID = f"{socket.gethostname()}:{os.getpid()}"[:64]


@dataclass(frozen=True)
class Failure:
    """What went wrong, as recorded on the post for editors."""

    kind: Kind
    code: int | None = None
    subcode: int | None = None
    message: str = ""

    def fields(self) -> dict:
        return {
            "error_kind": self.kind.value,
            "error_code": self.code,
            "error_subcode": self.subcode,
            "error_message": redact(self.message)[:2000],
        }


NO_FAILURE = {"error_kind": "", "error_code": None, "error_subcode": None, "error_message": ""}


def due_posts(now: datetime) -> QuerySet[SocialPost]:
    """Scheduled posts a worker may send now: on time (or confirmed late), to a working Page."""
    return SocialPost.objects.filter(
        Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now),
        Q(scheduled_at__gte=now - conf.stale_after()) | Q(late_confirmed=True),
        Q(connection__paused_until__isnull=True) | Q(connection__paused_until__lte=now),
        state=State.SCHEDULED,
        scheduled_at__lte=now,
        connection__active=True,
    ).exclude(connection__health=Health.BROKEN)


def held_as_stale(now: datetime) -> QuerySet[SocialPost]:
    """Posts so far past their time that an editor must confirm them (after an outage)."""
    return SocialPost.objects.filter(
        state=State.SCHEDULED, late_confirmed=False, scheduled_at__lt=now - conf.stale_after()
    )


def app_pause_key() -> str:
    return settings.FACEBOOK_APP_ID or "default"


def app_paused_until(now: datetime) -> datetime | None:
    pause = AppPause.objects.filter(app_id=app_pause_key(), paused_until__gt=now).first()
    return pause.paused_until if pause else None


def claim(post_id: int | None = None, worker: str = WORKER_ID) -> SocialPost | None:
    """Atomically takes one due post (or the given one, if due) into `sending`, committed.

    On PostgreSQL `SKIP LOCKED` spreads concurrent workers over different rows; everywhere,
    the conditional UPDATE on `state = scheduled` is what guarantees a single winner.
    """
    now = timezone.now()
    if app_paused_until(now):
        return None
    candidates = due_posts(now).order_by("scheduled_at", "pk")
    if post_id is not None:
        candidates = candidates.filter(pk=post_id)
    if not connection.features.has_select_for_update_skip_locked:
        # SQLite: a read then a write in one transaction deadlocks two writers; in
        # autocommit each statement waits for the lock in turn.
        return _take(candidates.values_list("pk", flat=True)[:5], now, worker)
    with transaction.atomic():
        locked = candidates.select_for_update(skip_locked=True, of=("self",))
        return _take(locked.values_list("pk", flat=True)[:5], now, worker)


def _take(candidate_pks, now: datetime, worker: str) -> SocialPost | None:
    claim_token = uuid.uuid4()
    for candidate_pk in candidate_pks:
        won = SocialPost.objects.filter(pk=candidate_pk, state=State.SCHEDULED).update(
            state=State.SENDING,
            claim_token=claim_token,
            claimed_at=now,
            claimed_by=worker,
            first_claimed_at=Coalesce(F("first_claimed_at"), Value(now)),
        )
        if won:
            return SocialPost.objects.select_related("connection", "page", "image").get(
                pk=candidate_pk
            )
    return None


def claim_reconciliation(post_id: int | None = None) -> SocialPost | None:
    """Takes a due `needs checking` post for reading the Page's feed, under a lease."""
    now = timezone.now()
    candidates = SocialPost.objects.filter(
        Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now),
        state=State.NEEDS_CHECK,
        checks__lt=conf.max_checks(),
    ).exclude(connection__health=Health.BROKEN)
    if post_id is not None:
        candidates = candidates.filter(pk=post_id)
    for candidate_pk in candidates.order_by("next_attempt_at", "pk").values_list("pk", flat=True)[
        :5
    ]:
        claim_token = uuid.uuid4()
        won = (
            SocialPost.objects.filter(Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now))
            .filter(pk=candidate_pk, state=State.NEEDS_CHECK, checks__lt=conf.max_checks())
            .update(claim_token=claim_token, next_attempt_at=now + conf.sending_lease())
        )
        if won:
            return SocialPost.objects.select_related("connection", "page").get(pk=candidate_pk)
    return None


def _held(post: SocialPost, *states: str) -> QuerySet[SocialPost]:
    """The post, only if this worker's claim still holds it in one of `states`."""
    return SocialPost.objects.filter(pk=post.pk, claim_token=post.claim_token, state__in=states)


def record_sent(post: SocialPost, facebook_post_id: str, permalink: str = "") -> bool:
    # A success counts even if the sweeper meanwhile moved the post to `needs checking`.
    return bool(
        _held(post, State.SENDING, State.NEEDS_CHECK).update(
            state=State.SENT,
            facebook_post_id=facebook_post_id,
            permalink_url=permalink,
            sent_at=timezone.now(),
            claim_token=None,
            next_attempt_at=None,
            **NO_FAILURE,
        )
    )


def record_failed(post: SocialPost, failure: Failure) -> None:
    _held(post, State.SENDING, State.NEEDS_CHECK).update(
        state=State.FAILED, claim_token=None, next_attempt_at=None, **failure.fields()
    )


def record_retry(post: SocialPost, failure: Failure) -> None:
    """Back to the queue after a temporary failure, with backoff and jitter, up to a limit."""
    if post.retries >= conf.max_retries():
        return record_failed(post, failure)
    at = timezone.now() + backoff(post.retries)
    updated = _held(post, State.SENDING, State.NEEDS_CHECK).update(
        state=State.SCHEDULED,
        claim_token=None,
        next_attempt_at=at,
        retries=F("retries") + 1,
        checks=0,
        **failure.fields(),
    )
    if updated:
        wake(post.pk, at)
    return None


def record_postponed(post: SocialPost, until: datetime, failure: Failure) -> None:
    """Back to the queue without counting a retry: Facebook asked the portal to wait."""
    if _held(post, State.SENDING).update(
        state=State.SCHEDULED, claim_token=None, next_attempt_at=until, **failure.fields()
    ):
        wake(post.pk, until)


def record_needs_check(post: SocialPost, failure: Failure) -> None:
    """The attempt may have reached Facebook: read the Page before anything else."""
    now = timezone.now()
    at = now + conf.reconcile_delay()
    if _held(post, State.SENDING).update(
        state=State.NEEDS_CHECK,
        next_attempt_at=at,
        attempt_ended_at=now,
        checks=0,
        **failure.fields(),
    ):
        wake(post.pk, at)


def record_check_again(post: SocialPost, failure: Failure, at: datetime | None = None) -> bool:
    """The Page was read (or could not be) without an answer: look again, a bounded number
    of times. Returns True when the checks ran out and the post now waits for a person."""
    now = timezone.now()
    at = at or now + max(conf.reconcile_delay(), backoff(post.checks))
    held = _held(post, State.NEEDS_CHECK)
    if post.checks + 1 >= conf.max_checks():
        # Never a blind resend: a person looks at the Page and decides.
        return bool(
            held.update(
                checks=F("checks") + 1, claim_token=None, next_attempt_at=None, **failure.fields()
            )
        )
    if held.update(
        checks=F("checks") + 1, claim_token=None, next_attempt_at=at, **failure.fields()
    ):
        wake(post.pk, at)
    return False


def recover_abandoned_claims() -> int:
    """Posts left `sending` by a worker that died (killed, crashed, machine lost).

    Nobody knows whether its request reached Facebook, so they are checked against the
    Page's feed before any resend.
    """
    now = timezone.now()
    abandoned = SocialPost.objects.filter(
        state=State.SENDING, claimed_at__lt=now - conf.sending_lease()
    )
    return abandoned.update(
        state=State.NEEDS_CHECK,
        next_attempt_at=now,
        # Its request may have been answered until the lease ran out; count from now.
        attempt_ended_at=now,
        checks=0,
        **Failure(Kind.AMBIGUOUS).fields(),
    )


def pause_connection(connection_id: int, until: datetime, reason: str) -> None:
    FacebookConnection.objects.filter(pk=connection_id).filter(
        Q(paused_until__isnull=True) | Q(paused_until__lt=until)
    ).update(paused_until=until, pause_reason=reason[:255])


def pause_app(until: datetime, reason: str) -> None:
    pause, _ = AppPause.objects.get_or_create(
        app_id=app_pause_key(), defaults={"paused_until": until, "reason": reason[:255]}
    )
    if pause.paused_until < until:
        AppPause.objects.filter(pk=pause.pk).update(paused_until=until, reason=reason[:255])


def backoff(retries: int) -> timedelta:
    """Exponential backoff with jitter: spreads retries so they do not arrive together."""
    ceiling = conf.retry_base_delay() * 2**retries
    return timedelta(seconds=ceiling / 2 + random.uniform(0, ceiling / 2))  # noqa: S311


def wake(post_id: int, at: datetime | None = None) -> None:
    """Rings the sender's doorbell for a post once the current transaction commits.

    The queue is only a doorbell: a lost or duplicated wake-up changes nothing, the row's
    state decides, and the sweeper rings again for anything due. Who answers the signal
    (tasks.py enqueues a task) is not the outbox's business.
    """
    transaction.on_commit(lambda: signals.post_due.send(SocialPost, post_id=post_id, at=at))
