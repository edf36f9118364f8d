"""Task-queue entry points. A task only wakes the sender: the outbox row decides."""

from django_tasks import task

from social import worker


@task()
def send_post(post_id: int) -> str:
    return worker.work_on(post_id)
