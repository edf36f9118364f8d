"""Reconciling against what Graph API v25 returns, and what people do when it cannot tell.

In process, on whichever database the suite runs (SQLite by default, PostgreSQL in CI);
test_workers.py runs the same fault classes through two worker processes on PostgreSQL.
"""

from datetime import timedelta
from urllib.parse import urlencode

import pytest
from django.core import mail
from django.utils import timezone
from django.utils.translation import override

from portal import roles
from social import alerts, post_actions, worker
from social.models import OpenAlert, State
from social.sender import find_on_page
from tests.social.conftest import PAGES, in_english, make_post
from tests.users import user_in

VI_ID, LO_ID = PAGES["vi"][0], PAGES["lo"][0]
QUEUE = "/admin/social/"
BAD_BODIES = [
    ("not json at all", 200),
    ("<!doctype html><html><body><h1>502 Bad Gateway</h1></body></html>", 502),
    ("truncated", 200),
    ('{"success": true}', 200),  # a 200 without an id
]


def settle(seconds: float = 30) -> None:
    worker.work_until_settled(seconds)


def refreshed(post):
    post.refresh_from_db()
    return post


@pytest.fixture
def administrator(db):
    user = in_english(user_in(roles.ADMINISTRATORS, "quantri"))
    user.email = "quantri@example.invalid"
    user.save()
    return user


@pytest.fixture
def editor_client(client, db):
    client.force_login(in_english(user_in(roles.EDITORS, "bientap")))
    return client


def share(url: str, **extra) -> dict:
    shimmed = "https://l.facebook.com/l.php?" + urlencode({"u": url, "h": "AT1"})
    attachment = {"type": "share", "url": shimmed, "unshimmed_url": url, "target": {"url": url}}
    return {
        "id": "1_9",
        "created_time": "2099-01-01T00:00:00+0000",
        **extra,
        "attachments": {"data": [{**attachment, **extra.pop("attachment", {})}]},
    }


@pytest.mark.parametrize(
    "listed",
    [
        "HTTP://LOCALHOST/vi/tin/?n=1",  # scheme and host case
        "http://localhost/vi/tin?n=1",  # no trailing slash
        "https://localhost/vi/tin/?n=1&utm_source=facebook&fbclid=IwAR0",  # tracking added
        "http://localhost:80/vi/tin/?n=1#top",
    ],
)
def test_a_link_post_is_recognised_by_its_normalised_attachment_url(shared_page, vi_page, listed):
    post = make_post(shared_page, vi_page, link="http://localhost/vi/tin/?n=1")
    candidate = share(listed)
    assert find_on_page(post, [candidate]) == candidate
    # Only the shimmed l.facebook.com address: still recognised.
    only_shim = {
        **candidate,
        "attachments": {"data": [{"url": candidate["attachments"]["data"][0]["url"]}]},
    }
    assert find_on_page(post, [only_shim]) == only_shim


def test_near_misses_and_older_posts_are_not_ours(shared_page, vi_page):
    post = make_post(shared_page, vi_page, link="http://localhost/vi/tin/?n=1")
    assert find_on_page(post, [share("http://localhost/vi/tin/?n=10")]) is None
    assert find_on_page(post, [share("http://localhost/lo/tin/?n=1")]) is None
    old = share("http://localhost/vi/tin/?n=1", created_time="2000-01-01T00:00:00+0000")
    assert find_on_page(post, [old]) is None
    photo = {
        "id": "1_3",
        "message": f"{post.message}\n\n{post.link}",
        "created_time": "2099-01-01T00:00:00+0000",
    }
    assert find_on_page(post, [photo]) == photo


def test_the_first_copy_more_than_100_posts_deep_is_found(simulator, shared_page, vi_page):
    simulator.add_fault(endpoint="feed", action="error_after_store", code=2, then_posts=150)
    post = make_post(shared_page, vi_page)

    settle()

    ours = [p for p in simulator.feed(VI_ID) if p["link"] == post.link]
    assert len(ours) == 1
    assert refreshed(post).facebook_post_id == ours[0]["id"]
    assert refreshed(post).state == State.SENT


def test_not_yet_listed_within_the_listing_delay_is_not_not_posted(
    simulator, shared_page, vi_page, settings
):
    simulator.listing_delay = 1.5
    settings.SOCIAL_LISTING_DELAY_SECONDS = 3
    simulator.add_fault(endpoint="feed", action="error_after_store", code=2)
    post = make_post(shared_page, vi_page)

    settle()

    assert len(simulator.feed(VI_ID)) == 1
    post = refreshed(post)
    assert (post.state, post.facebook_post_id) == (State.SENT, simulator.feed(VI_ID)[0]["id"])
    assert post.checks >= 1  # it looked, waited and looked again


def test_a_post_that_is_not_listed_after_the_delay_is_sent_again_once(
    simulator, shared_page, vi_page, settings
):
    settings.SOCIAL_LISTING_DELAY_SECONDS = 1
    simulator.add_fault(endpoint="feed", action="error", code=1)  # nothing stored
    post = make_post(shared_page, vi_page)

    settle()

    assert len(simulator.feed(VI_ID)) == 1
    assert refreshed(post).state == State.SENT


@pytest.mark.parametrize(("body", "status"), BAD_BODIES)
@pytest.mark.parametrize("stored", [True, False])
def test_an_unclear_answer_needs_a_check_and_ends_with_one_post(
    simulator, shared_page, vi_page, body, status, stored
):
    simulator.add_fault(
        endpoint="feed", action="bad_body", body=body, http_status=status, store=stored
    )
    post = make_post(shared_page, vi_page)

    worker.work_on()
    assert refreshed(post).state == State.NEEDS_CHECK  # never "sent", never resent blind

    settle()
    assert len(simulator.feed(VI_ID)) == 1
    assert refreshed(post).state == State.SENT


def test_six_slow_answers_in_a_row_end_with_one_post(simulator, shared_page, vi_page, settings):
    settings.GRAPH_API_READ_TIMEOUT = 0.5
    simulator.add_fault(endpoint="any", action="slow", seconds=0.8, times=6)
    post = make_post(shared_page, vi_page)

    settle(60)

    assert len(simulator.feed(VI_ID)) == 1
    assert refreshed(post).state == State.SENT


def unknown_for_good(simulator, post, settings):
    """The post was stored, but the Page cannot be read: the checks run out."""
    settings.SOCIAL_MAX_CHECKS = 3
    simulator.add_fault(endpoint="feed", action="error_after_store", code=2)
    simulator.add_fault(endpoint="published_posts", action="error", code=2, times=10)
    settle()
    return refreshed(post)


def test_an_outcome_that_stays_unknown_waits_for_a_person_who_is_told(
    simulator, shared_page, vi_page, settings, administrator, client
):
    post = unknown_for_good(simulator, make_post(shared_page, vi_page), settings)

    assert (post.state, post.needs_person, post.next_attempt_at) == (State.NEEDS_CHECK, True, None)
    assert len(simulator.feed(VI_ID)) == 1  # no blind resend
    [email] = mail.outbox
    assert "could not find out whether Facebook published" in email.body or "Facebook" in email.body
    client.force_login(administrator)
    html = client.get(QUEUE).content.decode()
    assert "A person must decide" in html
    assert "Open the Facebook Page and look for the post" in html
    assert f"/admin/social/posts/{post.pk}/confirm-posted/" in html


def test_a_person_confirms_it_is_on_facebook_with_its_address(
    simulator, shared_page, vi_page, settings, editor_client
):
    post = unknown_for_good(simulator, make_post(shared_page, vi_page), settings)
    stored = simulator.feed(VI_ID)[0]
    url = f"/admin/social/posts/{post.pk}/confirm-posted/"

    refused = editor_client.post(url, {"permalink": "not an address", "next": QUEUE})
    assert refused.status_code == 200 and refreshed(post).state == State.NEEDS_CHECK
    permalink = f"https://www.facebook.com/{VI_ID}/posts/{stored['id'].split('_')[1]}"
    editor_client.post(url, {"permalink": permalink, "next": QUEUE})

    post = refreshed(post)
    assert (post.state, post.permalink_url) == (State.SENT, permalink)
    assert post.facebook_post_id == stored["id"].split("_")[1]
    settle()
    assert len(simulator.feed(VI_ID)) == 1


def test_a_person_marks_it_not_posted_and_it_goes_out_once(
    simulator, shared_page, vi_page, settings, editor_client
):
    settings.SOCIAL_MAX_CHECKS = 2
    simulator.add_fault(endpoint="feed", action="error", code=2)  # not stored
    simulator.add_fault(endpoint="published_posts", action="error", code=2, times=2)
    post = make_post(shared_page, vi_page)
    settle()
    assert refreshed(post).needs_person

    editor_client.post(f"/admin/social/posts/{post.pk}/not-posted/", {"next": QUEUE})
    settle()

    assert refreshed(post).state == State.SENT
    assert len(simulator.feed(VI_ID)) == 1


def test_staff_cannot_settle_a_post(simulator, shared_page, vi_page, settings, client):
    post = unknown_for_good(simulator, make_post(shared_page, vi_page), settings)
    client.force_login(in_english(user_in(roles.STAFF)))

    html = client.get(QUEUE).content.decode()
    assert "confirm-posted" not in html
    answer = client.post(
        f"/admin/social/posts/{post.pk}/confirm-posted/", {"permalink": "https://fb.com/1"}
    )
    assert answer.status_code in {302, 403}
    client.post(f"/admin/social/posts/{post.pk}/not-posted/", {"next": QUEUE})
    client.post(f"/admin/social/posts/{post.pk}/cancel/", {"next": QUEUE})
    assert refreshed(post).state == State.NEEDS_CHECK


def test_a_needs_check_post_can_be_cancelled(
    simulator, shared_page, vi_page, settings, editor_client
):
    post = unknown_for_good(simulator, make_post(shared_page, vi_page), settings)
    editor_client.post(f"/admin/social/posts/{post.pk}/cancel/", {"next": QUEUE})
    assert refreshed(post).state == State.CANCELLED


def test_retry_of_a_failed_post_that_may_have_reached_facebook_looks_first(
    simulator, shared_page, vi_page
):
    post = make_post(shared_page, vi_page)
    settle()
    stored = simulator.feed(VI_ID)[0]
    # As after a run of unclear answers that ended in failure:
    type(post).objects.filter(pk=post.pk).update(
        state=State.FAILED, error_kind="ambiguous", facebook_post_id=""
    )

    assert post_actions.retry(refreshed(post))
    assert refreshed(post).state == State.NEEDS_CHECK
    settle()

    assert len(simulator.feed(VI_ID)) == 1
    assert refreshed(post).facebook_post_id == stored["id"]


def test_retry_of_a_post_facebook_refused_sends_it_now(simulator, shared_page, vi_page):
    simulator.add_fault(endpoint="feed", code=100)
    post = make_post(shared_page, vi_page)
    settle()
    assert refreshed(post).state == State.FAILED

    post_actions.retry(refreshed(post))
    settle()
    assert refreshed(post).state == State.SENT


def test_a_post_that_failed_for_good_never_says_nothing_to_do(
    simulator, shared_page, vi_page, settings, editor_client
):
    settings.SOCIAL_MAX_RETRIES = 1
    simulator.add_fault(endpoint="feed", code=613, times=5)
    post = make_post(shared_page, vi_page)
    settle()
    assert refreshed(post).state == State.FAILED

    html = editor_client.get(QUEUE).content.decode()
    row = html[html.index(f'id="post-{post.pk}"') :]
    row = row[: row.index("</tr>")]
    assert "Nothing to do" not in row
    assert "press Retry" in row


def test_a_run_of_failures_alerts_administrators_once_in_both_languages(
    settings, shared_page, vi_page, administrator, client
):
    settings.GRAPH_API_BASE_URL = "http://127.0.0.1:8199"  # nothing listens: unreachable
    settings.SOCIAL_RETRY_BASE_DELAY_SECONDS = 3600
    for n in range(5):
        make_post(shared_page, vi_page, campaign=str(n))

    worker.sweep(drain=True)
    worker.sweep(drain=True)

    [email] = mail.outbox
    with override("vi"):
        vi_text = str(alerts.Worded(OpenAlert.objects.get()))
    with override("lo"):
        lo_text = str(alerts.Worded(OpenAlert.objects.get()))
    assert vi_text != lo_text
    assert vi_text in email.body and lo_text in email.body
    client.force_login(administrator)
    with override("en"):
        en_text = str(alerts.Worded(OpenAlert.objects.get()))
    assert en_text in client.get("/admin/").content.decode()

    type(vi_page.posts.first()).objects.update(state=State.CANCELLED)
    worker.sweep(drain=True)
    assert not OpenAlert.objects.exists()  # over: the next run alerts again


def test_a_page_throttled_for_hours_alerts_once(simulator, shared_page, vi_page, administrator):
    simulator.add_fault(endpoint="feed", page_id=VI_ID, code=32, regain_minutes=180)
    make_post(shared_page, vi_page)

    worker.sweep(drain=True)
    worker.sweep(drain=True)

    assert OpenAlert.objects.get().key == f"paused:{vi_page.pk}"
    assert len(mail.outbox) == 1
    assert vi_page.name in mail.outbox[0].body


def test_stuck_needs_check_expires_after_time(simulator, shared_page, vi_page):
    """A reconciliation lease left by a dead worker expires: the check runs again."""
    from social import outbox

    post = make_post(shared_page, vi_page)
    outbox.claim()
    type(post).objects.filter(pk=post.pk).update(
        state=State.NEEDS_CHECK, next_attempt_at=timezone.now() - timedelta(seconds=1)
    )
    settle()
    assert refreshed(post).state == State.SENT
    assert len(simulator.feed(VI_ID)) == 1


def test_not_posted_is_refused_while_the_automatic_checks_still_run(
    shared_page, vi_page, editor_client
):
    post = make_post(shared_page, vi_page, state=State.NEEDS_CHECK, error_kind="ambiguous")

    html = editor_client.get(QUEUE).content.decode()
    assert f"/admin/social/posts/{post.pk}/not-posted/" not in html
    editor_client.post(f"/admin/social/posts/{post.pk}/not-posted/", {"next": QUEUE})
    assert refreshed(post).state == State.NEEDS_CHECK
