"""Tokens never leak: not into stored errors, pages, logs or emails (item 5 of issue 10)."""

import io
import logging

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from django.utils.translation import override
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from portal import roles
from social import leases, tasks, worker
from social.graph_client import GraphClient
from social.models import FacebookConnection, JobLease
from social.redaction import redact
from tests.social.conftest import APP_ID, APP_SECRET, PAGES, in_english, make_post
from tests.users import user_in

VI_TOKEN = PAGES["vi"][2]
CLOSED_PORT = "http://127.0.0.1:8198"  # in this branch's range; nothing listens


def test_redact_blanks_tokens_proofs_and_bearer_headers():
    text = (
        "Max retries exceeded with url: /v25.0/debug_token?input_token=EAAsecret123"
        "&appsecret_proof=abcdef0123456789 Authorization: Bearer EAAother456 "
        '{"access_token": "EAAjson789"}'
    )
    clean = redact(text, secrets=["my-app-secret"])
    for secret in ("EAAsecret123", "abcdef0123456789", "EAAother456", "EAAjson789"):
        assert secret not in clean
    assert clean.count("[redacted]") == 4


def test_a_closed_port_leaks_the_token_nowhere(settings, shared_page, vi_page, client, caplog):
    settings.GRAPH_API_BASE_URL = CLOSED_PORT
    settings.FACEBOOK_APP_ID, settings.FACEBOOK_APP_SECRET = APP_ID, APP_SECRET
    administrator = in_english(user_in(roles.ADMINISTRATORS, "quantri"))
    administrator.email = "quantri@example.invalid"
    administrator.save()
    proof = GraphClient.from_settings().proof(VI_TOKEN)
    for n in range(5):
        make_post(shared_page, vi_page, campaign=str(n))

    with caplog.at_level(logging.DEBUG):
        call_command("check_facebook_tokens", stdout=io.StringIO())
        worker.sweep(drain=True)  # every post: unreachable, stored errors; a run alert
        FacebookConnection.objects.filter(pk=vi_page.pk).update(health="broken")
        call_command("check_facebook_tokens", stdout=io.StringIO())

    vi_page.refresh_from_db()
    with override("en"):
        assert "debug_token?input_token=[redacted]" in vi_page.health_detail  # stored, redacted
    assert vi_page.posts.exclude(error_message="").exists()
    secrets = (VI_TOKEN, proof, APP_SECRET)
    dump = io.StringIO()
    call_command("dumpdata", "social", "django_tasks_database", stdout=dump)
    logs = "\n".join(record.getMessage() for record in caplog.records) + caplog.text
    emails = "\n".join(f"{message.subject}\n{message.body}" for message in mail.outbox)
    client.force_login(administrator)
    pages = [
        client.get(url).content.decode()
        for url in (
            "/admin/",
            "/admin/social/",
            "/admin/social/?state=scheduled",
            "/admin/social/pages/",
            f"/admin/social/pages/edit/{vi_page.pk}/",
        )
    ]
    assert "[redacted]" in dump.getvalue() or "[redacted]" in pages[1]
    for place, text in [("database", dump.getvalue()), ("logs", logs), ("emails", emails)]:
        for secret in secrets:
            assert secret not in text, place
    for html in pages:
        for secret in secrets:
            assert secret not in html


def test_one_machine_at_a_time_holds_a_job_lease(db):
    lease = timezone.timedelta(minutes=5)
    assert leases.acquire("social_sweep", lease, holder="machine-a")
    assert not leases.acquire("social_sweep", lease, holder="machine-b")
    assert leases.acquire("social_sweep", lease, holder="machine-a")  # renewing is fine
    leases.release("social_sweep", holder="machine-a")
    assert leases.acquire("social_sweep", lease, holder="machine-b")


def test_a_lease_of_a_dead_machine_expires(db):
    leases.acquire("social_sweep", timezone.timedelta(minutes=5), holder="dead")
    JobLease.objects.update(expires_at=timezone.now() - timezone.timedelta(seconds=1))
    assert leases.acquire("social_sweep", timezone.timedelta(minutes=5), holder="alive")


@pytest.mark.parametrize(
    "command", ["social_sweep", "check_facebook_tokens", "refresh_facebook_engagement"]
)
def test_a_periodic_job_held_elsewhere_is_skipped(db, command):
    leases.acquire(command, timezone.timedelta(minutes=5), holder="another-machine")
    out = io.StringIO()
    call_command(command, stdout=out)
    assert "Another machine" in out.getvalue() or "another machine" in out.getvalue()


def test_a_wake_up_left_running_by_a_killed_db_worker_is_recovered(db):
    long_ago = timezone.now() - timezone.timedelta(hours=1)
    fields = {"args_kwargs": {"args": [1], "kwargs": {}}, "backend_name": "default"}
    stuck, alive = (
        DBTaskResult.objects.create(
            status=TaskResultStatus.RUNNING,
            task_path=tasks.send_post.module_path,
            started_at=started,
            run_after=long_ago,
            worker_ids=["killed"],
            **fields,
        )
        for started in (long_ago, timezone.now())
    )

    assert tasks.recover_stuck_tasks() == 1
    assert DBTaskResult.objects.get(pk=stuck.pk).status == TaskResultStatus.READY
    assert DBTaskResult.objects.get(pk=alive.pk).status == TaskResultStatus.RUNNING
