"""/health/: is this web process able to serve, and is the task worker alive?

Load balancers and the deployment smoke test read it. Each check answers ok or a short
reason (never a connection string or a secret); any failure makes the answer 503.
The task worker's heartbeat is a tiny task the scheduler enqueues every minute
(`manage.py worker_heartbeat`, in PERIODIC_COMMANDS): a worker that runs it proves, on
whichever machine it is, that it takes tasks from the shared queue.
"""

import datetime
import logging

from django.core.cache import caches
from django.db import DatabaseError, connection
from django.http import HttpRequest, JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django_tasks import task, task_backends
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger(__name__)
HEARTBEAT_MAX_AGE = datetime.timedelta(minutes=3)
HEARTBEAT_TASK_PATH = "portal.health.heartbeat"


@task()
def heartbeat() -> str:
    return timezone.now().isoformat()


def check_database() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError as error:
        logger.warning("Health: database unreachable: %s", type(error).__name__)
        return "unreachable"
    return "ok"


def check_cache() -> str:
    try:
        for alias in ("default", "pages"):
            cache = caches[alias]
            cache.set("health-probe", "ok", 30)
            if cache.get("health-probe") != "ok":
                return f"{alias}: value not kept"
    except Exception as error:  # every backend raises its own errors (redis, file, ...)
        logger.warning("Health: cache unreachable: %s", type(error).__name__)
        return "unreachable"
    return "ok"


def check_worker() -> str:
    if not isinstance(task_backends["default"], DatabaseBackend):
        return "ok"  # tasks run where they are enqueued: no worker to wait for
    try:
        last = (
            DBTaskResult.objects.filter(task_path=HEARTBEAT_TASK_PATH, status="SUCCESSFUL")
            .order_by("-finished_at")
            .values_list("finished_at", flat=True)
            .first()
        )
    except DatabaseError:
        return "unknown (database unreachable)"
    if last is None:
        return "no heartbeat yet"
    age = timezone.now() - last
    if age > HEARTBEAT_MAX_AGE:
        return f"last heartbeat {int(age.total_seconds())} s ago"
    return "ok"


@never_cache
def health(request: HttpRequest) -> JsonResponse:
    checks = {"database": check_database(), "cache": check_cache(), "worker": check_worker()}
    healthy = all(value == "ok" for value in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "failing", "checks": checks},
        status=200 if healthy else 503,
    )
