"""Task-queue entry points. A task only wakes the sender: the outbox row decides."""

import logging
from datetime import datetime

from django.dispatch import receiver
from django.utils import timezone
from django_tasks import TaskResultStatus, task
from django_tasks_db.models import DBTaskResult

from social import conf, signals, worker

logger = logging.getLogger(__name__)


@task()
def send_post(post_id: int) -> str:
    return worker.work_on(post_id)


@receiver(signals.post_due)
def ring(sender, post_id: int, at: datetime | None = None, **kwargs) -> None:
    """Enqueues a wake-up, deferred to `at` where the backend can defer."""
    wake_up = send_post
    if at and at > timezone.now() and wake_up.get_backend().supports_defer:
        wake_up = wake_up.using(run_after=at)
    try:
        wake_up.enqueue(post_id)
    except Exception:
        # The sweeper will find the row; a queue outage must not undo the editor's save.
        logger.exception("Could not enqueue a wake-up for social post %s", post_id)


def recover_stuck_tasks() -> int:
    """Wake-ups a killed `db_worker` left RUNNING go back to READY.

    They only ring the doorbell (the post's row decides), so running one again is safe;
    left RUNNING they would stay in the task list forever. The abandoned post itself is
    recovered by outbox.recover_abandoned_claims.
    """
    stuck = DBTaskResult.objects.filter(
        status=TaskResultStatus.RUNNING,
        task_path=send_post.module_path,
        started_at__lt=timezone.now() - conf.sending_lease(),
    )
    return stuck.update(status=TaskResultStatus.READY, started_at=None, run_after=timezone.now())
