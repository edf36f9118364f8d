"""The sender's loop: what a task wake-up and the sweeper actually run."""

import functools
import logging
import time
from datetime import timedelta

from django.conf import settings
from django.db import OperationalError
from django.db.models import Q
from django.utils import timezone

from social import alerts, conf, outbox, sender
from social.graph_client import GraphClient
from social.models import SocialPost, State

logger = logging.getLogger(__name__)


def client() -> GraphClient:
    """One client (and its keep-alive connections) per process and configuration."""
    return _client(
        settings.FACEBOOK_APP_ID,
        settings.FACEBOOK_APP_SECRET,
        settings.GRAPH_API_BASE_URL,
        settings.GRAPH_API_VERSION,
        conf.timeouts(),
    )


@functools.lru_cache(maxsize=4)
def _client(app_id: str, app_secret: str, base_url: str, version: str, timeout) -> GraphClient:
    return GraphClient.from_settings()


def work_on(post_id: int | None = None) -> str:
    """Reconciles or sends one post (the given one, or any that is due).

    Returns what happened: "checked", "sent" (attempted, whatever the outcome) or "idle".
    """
    try:
        post = outbox.claim_reconciliation(post_id)
        if post is not None:
            sender.reconcile(post, client())
            return "checked"
        post = outbox.claim(post_id)
    except OperationalError as error:
        # SQLite answers "database is locked" under contention; the row stays due.
        logger.warning("Could not claim a social post: %s", error)
        return "idle"
    if post is None:
        return "idle"
    sender.send(post, client())
    return "sent"


def sweep(max_posts: int = 200, seconds: float = 45.0, drain: bool = False) -> int:
    """Recovers what dead workers left, then works through due posts until none is left.

    Bounded by `max_posts` and `seconds` so one sweep never holds up the periodic loop,
    unless `drain` is set (benchmarks, tests, catching up by hand). Then alerts
    administrators about runs of failures.
    """
    outbox.recover_abandoned_claims()
    deadline = time.monotonic() + seconds
    done = 0
    while drain or (done < max_posts and time.monotonic() < deadline):
        if work_on() == "idle":
            break
        done += 1
    alerts.alert_about_runs()
    return done


def work_until_settled(seconds: float) -> int:
    """One more worker: sends and checks until nothing automatic is left (or time is up).

    Unlike a sweep it also waits for posts due again soon (a re-check within Facebook's
    listing delay, a retry after backoff), as a queue worker woken on time would.
    """
    deadline = time.monotonic() + seconds
    done = 0
    while time.monotonic() < deadline:
        outbox.recover_abandoned_claims()
        if work_on() != "idle":
            done += 1
        elif not pending(timezone.now() + timedelta(seconds=deadline - time.monotonic())):
            break
        else:
            time.sleep(0.2)
    return done


def pending(until) -> bool:
    """Whether any post still waits for automatic work due before `until`."""
    due = Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=until)
    return (
        SocialPost.objects.filter(state=State.SENDING).exists()
        or SocialPost.objects.filter(
            due, state=State.NEEDS_CHECK, checks__lt=conf.max_checks()
        ).exists()
        or outbox.due_posts(until).exists()
    )
