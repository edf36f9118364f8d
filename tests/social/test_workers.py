"""Separate worker processes against one PostgreSQL database and the simulator's socket.

These need a database other processes can reach: pytest-django's SQLite test database
lives in memory, so they run only when DATABASE_URL points at PostgreSQL (as in CI).
The same claim and recovery logic is exercised in-process on SQLite by test_sender.py.
"""

import os
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.utils import timezone

from social.models import SocialPost, State
from tests.social.conftest import APP_ID, APP_SECRET, PAGES, make_post

pytestmark = pytest.mark.skipif(
    "postgresql" not in settings.DATABASES["default"]["ENGINE"],
    reason="worker processes need a shared database: set DATABASE_URL to PostgreSQL",
)
VI_ID = PAGES["vi"][0]


@pytest.fixture
def shared_db(transactional_db, django_db_serialized_rollback):
    """Committed data, visible to other processes; migrations' data restored afterwards."""


def database_url() -> str:
    db = connection.settings_dict
    credentials = db["USER"] + (f":{db['PASSWORD']}" if db.get("PASSWORD") else "")
    return f"postgres://{credentials}@{db['HOST']}:{db['PORT'] or 5432}/{db['NAME']}"


def start_worker(simulator, read_timeout: float = 30, settled_within: float = 180):
    """One worker process: sends and checks until nothing automatic is left."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": database_url(),
        "GRAPH_API_BASE_URL": simulator.url,
        "FACEBOOK_APP_ID": APP_ID,
        "FACEBOOK_APP_SECRET": APP_SECRET,
        "GRAPH_API_READ_TIMEOUT": str(read_timeout),
        "SOCIAL_RECONCILE_DELAY_SECONDS": "0",
        "SOCIAL_LISTING_DELAY_SECONDS": "3",
        "SOCIAL_RETRY_BASE_DELAY_SECONDS": "0",
    }
    return subprocess.Popen(
        [sys.executable, "manage.py", "social_sweep", "--until-settled", str(settled_within)],
        cwd=Path(settings.BASE_DIR),
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def finish(process: subprocess.Popen, timeout: float = 240) -> None:
    _, stderr = process.communicate(timeout=timeout)
    assert process.returncode == 0, stderr.decode()[-2000:]


def test_two_workers_send_500_due_posts_exactly_once(
    shared_db, simulator, shared_page, vi_page, lo_page
):
    now = timezone.now()
    SocialPost.objects.bulk_create(
        SocialPost(
            page=shared_page,
            connection=vi_page if n % 2 else lo_page,
            campaign=str(n),
            message=f"Tin số {n}",
            link=f"http://localhost/{n}/",
            scheduled_at=now,
        )
        for n in range(500)
    )

    workers = [start_worker(simulator), start_worker(simulator)]
    for worker in workers:
        finish(worker)

    stored = [post for page in simulator.state().values() for post in page["posts"]]
    assert len(stored) == 500
    assert len({post["link"] for post in stored}) == 500
    posts = SocialPost.objects.all()
    assert set(posts.values_list("state", flat=True)) == {State.SENT}
    assert set(posts.values_list("facebook_post_id", flat=True)) == {post["id"] for post in stored}
    assert len(set(posts.values_list("claimed_by", flat=True))) == 2  # both took a share


def test_a_worker_killed_mid_send_is_recovered_without_a_second_post(
    shared_db, simulator, shared_page, vi_page
):
    simulator.add_fault(endpoint="feed", action="hang_after_store", seconds=60)
    post = make_post(shared_page, vi_page)

    victim = start_worker(simulator)
    deadline = time.monotonic() + 60
    while not simulator.feed(VI_ID) and time.monotonic() < deadline:
        time.sleep(0.1)
    victim.send_signal(signal.SIGKILL)
    victim.wait()

    post.refresh_from_db()
    assert post.state == State.SENDING
    # Time passes: the dead worker's claim outlives its lease.
    SocialPost.objects.filter(pk=post.pk).update(claimed_at=timezone.now() - timedelta(hours=1))

    finish(start_worker(simulator))

    post.refresh_from_db()
    [stored] = simulator.feed(VI_ID)
    assert post.state == State.SENT
    assert post.facebook_post_id == stored["id"]


# Each fault class of issue 10, through two workers: (faults, simulator listing delay).
FAULTS = {
    "500 after store": ([{"action": "error_after_store", "code": 2}], 0),
    "hang after store": ([{"action": "hang_after_store", "seconds": 30}], 0),
    "six slow answers in a row": (
        [{"endpoint": "any", "action": "slow", "seconds": 2.5, "times": 6}],
        0,
    ),
    "delayed listing": ([{"action": "error_after_store", "code": 1}], 2.0),
    "first copy >100 posts deep": (
        [{"action": "error_after_store", "code": 2, "then_posts": 150}],
        0,
    ),
    "non-JSON body": ([{"action": "bad_body", "body": "oops"}], 0),
    "HTML error page": (
        [{"action": "bad_body", "body": "<html>502</html>", "http_status": 502}],
        0,
    ),
    "truncated body": ([{"action": "bad_body", "body": "truncated"}], 0),
    "200 without id": ([{"action": "bad_body", "body": "{}"}], 0),
}


@pytest.mark.parametrize("fault", FAULTS)
def test_each_fault_class_through_two_workers_gives_no_duplicate_and_no_loss(
    shared_db, simulator, shared_page, vi_page, lo_page, fault
):
    faults, listing_delay = FAULTS[fault]
    simulator.listing_delay = listing_delay
    for spec in faults:
        for page_id in (VI_ID, PAGES["lo"][0]):
            # Three posts per Page meet the fault (six slow answers are six calls).
            simulator.add_fault(**{"endpoint": "feed", "page_id": page_id, "times": 3, **spec})
    now = timezone.now()
    posts = SocialPost.objects.bulk_create(
        SocialPost(
            page=shared_page,
            connection=vi_page if n % 2 else lo_page,
            campaign=str(n),
            message=f"Tin số {n}",
            link=f"http://localhost/vi/tin/?n={n}",
            scheduled_at=now,
        )
        for n in range(12)
    )

    workers = [start_worker(simulator, read_timeout=1.5) for _ in range(2)]
    for worker in workers:
        finish(worker)

    ours = [
        post
        for page in simulator.state().values()
        for post in page["posts"]
        if post["link"].startswith("http://localhost/vi/tin/")
    ]
    links = [post["link"] for post in ours]
    assert sorted(links) == sorted(post.link for post in posts)  # each exactly once
    sent = SocialPost.objects.filter(state=State.SENT)
    assert sent.count() == len(posts)  # none lost, none stuck
    assert set(sent.values_list("facebook_post_id", flat=True)) == {post["id"] for post in ours}
