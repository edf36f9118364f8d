"""Engagement counts of sent posts, tolerant of missing fields and deleted posts."""

from django.core.management import call_command
from django.utils import timezone

from social import engagement, worker
from social.models import State
from tests.social.conftest import make_post


def sent_post(simulator, shared_page, connection):
    make_post(shared_page, connection)
    worker.sweep(drain=True)
    return connection.posts.get(state=State.SENT)


def test_counts_are_fetched_and_absent_shares_count_as_zero(simulator, shared_page, vi_page):
    post = sent_post(simulator, shared_page, vi_page)
    simulator.set_engagement(post.facebook_post_id, reactions=7, comments=2, shares=0)

    call_command("refresh_facebook_engagement", stdout=open("/dev/null", "w"))  # noqa: SIM115

    post.refresh_from_db()
    assert (post.reactions, post.comments, post.shares) == (7, 2, 0)
    assert post.engagement_checked_at is not None


def test_a_post_deleted_on_facebook_is_marked_and_left_alone(simulator, shared_page, vi_page):
    post = sent_post(simulator, shared_page, vi_page)
    del simulator.posts[post.facebook_post_id]

    engagement.refresh_recent(worker.client())

    post.refresh_from_db()
    assert post.removed_on_facebook
    assert engagement.refresh_recent(worker.client()) == 0


def test_old_posts_are_not_fetched(simulator, shared_page, vi_page):
    post = sent_post(simulator, shared_page, vi_page)
    post.sent_at = timezone.now() - timezone.timedelta(days=40)
    post.save()
    assert engagement.refresh_recent(worker.client()) == 0


def test_engagement_survives_missing_fields(simulator, shared_page, vi_page, monkeypatch):
    post = sent_post(simulator, shared_page, vi_page)
    client = worker.client()
    monkeypatch.setattr(client, "post_details", lambda *args: {"id": post.facebook_post_id})

    engagement.refresh(post, client)

    assert (post.reactions, post.comments, post.shares) == (0, 0, 0)
