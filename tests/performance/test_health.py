"""/health/ says whether the database, the caches and the task worker are working."""

import json

import pytest
from django.core.management import call_command

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def health(client) -> tuple[int, dict]:
    response = client.get("/health/")
    assert "no-cache" in response["Cache-Control"]
    return response.status_code, json.loads(response.content)


@pytest.mark.django_db
def test_all_is_well_when_tasks_run_where_they_are_enqueued(client):
    assert health(client) == (
        200,
        {"status": "ok", "checks": {"database": "ok", "cache": "ok", "worker": "ok"}},
    )


# Transactional (the worker commits); serialized rollback gives the tests after it back what
# migrations made (locale, root page, roles), which the flush would otherwise wipe.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_worker_check_waits_for_a_heartbeat_a_worker_ran(client, settings):
    settings.TASKS = DATABASE_TASKS
    call_command("worker_heartbeat")
    status, answer = health(client)
    assert status == 503
    assert answer["checks"]["worker"] == "no heartbeat yet"
    assert answer["checks"]["database"] == "ok"
    call_command("db_worker", batch=True, no_startup_delay=True)
    assert health(client)[0] == 200
