import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from portal.health import HEARTBEAT_TASK_PATH, heartbeat

KEEP = datetime.timedelta(hours=1)


class Command(BaseCommand):
    help = (
        "Enqueues the task worker's heartbeat (read by /health/) and forgets heartbeats "
        "older than an hour. run_periodic calls it every minute."
    )

    def handle(self, *args, **options) -> None:
        heartbeat.enqueue()
        DBTaskResult.objects.filter(
            task_path=HEARTBEAT_TASK_PATH, enqueued_at__lt=timezone.now() - KEEP
        ).delete()
