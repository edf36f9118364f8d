"""Leases for periodic jobs: two machines running `run_periodic` never run one job at once.

A lease is a row per job taken with a conditional UPDATE (free, or expired, or already
ours), so it behaves the same on SQLite and PostgreSQL. Its expiry bounds how long a
machine that died holding it blocks the others.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

from django.db.models import Q
from django.utils import timezone

from social.models import JobLease
from social.outbox import WORKER_ID


def acquire(name: str, lease: timedelta, holder: str = WORKER_ID) -> bool:
    now = timezone.now()
    JobLease.objects.get_or_create(name=name, defaults={"expires_at": now})
    return bool(
        JobLease.objects.filter(name=name)
        .filter(Q(expires_at__lte=now) | Q(holder=holder))
        .update(holder=holder, expires_at=now + lease)
    )


def release(name: str, holder: str = WORKER_ID) -> None:
    JobLease.objects.filter(name=name, holder=holder).update(expires_at=timezone.now())


@contextmanager
def held(name: str, lease: timedelta, holder: str = WORKER_ID) -> Iterator[bool]:
    """Yields whether this machine holds the job's lease; releases it afterwards."""
    acquired = acquire(name, lease, holder)
    try:
        yield acquired
    finally:
        if acquired:
            release(name, holder)
