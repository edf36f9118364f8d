"""The sender against the simulator over a socket: every class of Graph API error."""

import unicodedata
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from portal import roles
from social import worker
from social.models import AppPause, Health, State
from tests.social.conftest import PAGES, make_post
from tests.users import user_in

VI_ID, LO_ID = PAGES["vi"][0], PAGES["lo"][0]


def send_all() -> int:
    return worker.sweep(drain=True)


def refreshed(post):
    post.refresh_from_db()
    return post


@pytest.fixture
def administrator(db):
    user = user_in(roles.ADMINISTRATORS, "quantri")
    user.email = "quantri@example.invalid"
    user.save()
    return user


def test_a_due_post_is_sent_once_with_its_permalink(simulator, shared_page, vi_page):
    post = make_post(shared_page, vi_page)

    assert send_all() == 1
    assert send_all() == 0

    post = refreshed(post)
    [stored] = simulator.feed(VI_ID)
    assert post.state == State.SENT
    assert post.facebook_post_id == stored["id"]
    assert post.permalink_url.endswith(f"#{stored['id']}")
    assert stored["link"] == post.link
    assert simulator.scrapes == [post.link]


def test_vietnamese_and_lao_text_arrive_byte_for_byte_in_nfc(
    simulator, shared_page, vi_page, lo_page
):
    vietnamese = "Luật Đất đai 2024 có hiệu lực: quyền và nghĩa vụ của người sử dụng đất."
    lao = "ກົດໝາຍວ່າດ້ວຍທີ່ດິນ ສະບັບປັບປຸງ ມີຜົນສັກສິດແລ້ວ: ສິດ ແລະ ພັນທະຂອງຜູ້ນຳໃຊ້ທີ່ດິນ."
    make_post(shared_page, vi_page, message=vietnamese)
    make_post(shared_page, lo_page, message=lao)

    send_all()

    assert simulator.feed(VI_ID)[0]["message"].encode() == vietnamese.encode()
    assert simulator.feed(LO_ID)[0]["message"].encode() == lao.encode()
    assert unicodedata.is_normalized("NFC", simulator.feed(VI_ID)[0]["message"])


def test_a_photo_post_carries_the_1200x630_image_and_the_link(simulator, shared_page, vi_page):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    image = Image.objects.create(title="x", file=get_test_image_file(size=(1600, 900)))
    post = make_post(shared_page, vi_page, image=image)

    send_all()

    [stored] = simulator.feed(VI_ID)
    assert "fill-1200x630" in stored["image_url"]
    assert stored["message"].endswith(post.link)
    assert refreshed(post).facebook_post_id == stored["id"]


def test_http_500_after_the_post_was_stored_leaves_exactly_one_post(
    simulator, shared_page, vi_page
):
    simulator.add_fault(endpoint="feed", action="error_after_store", code=2)
    post = make_post(shared_page, vi_page)

    worker.work_on()
    assert refreshed(post).state == State.NEEDS_CHECK

    send_all()

    post = refreshed(post)
    assert len(simulator.feed(VI_ID)) == 1
    assert post.state == State.SENT
    assert post.facebook_post_id == simulator.feed(VI_ID)[0]["id"]


def test_a_hang_after_the_post_was_stored_leaves_exactly_one_post(simulator, shared_page, vi_page):
    simulator.add_fault(endpoint="feed", action="hang_after_store", seconds=10)
    post = make_post(shared_page, vi_page)

    worker.work_on()  # the read timeout (2 s) fires
    assert refreshed(post).state == State.NEEDS_CHECK

    send_all()

    assert len(simulator.feed(VI_ID)) == 1
    assert refreshed(post).state == State.SENT


def test_an_ambiguous_failure_that_did_not_post_is_sent_again_after_the_check(
    simulator, shared_page, vi_page
):
    simulator.add_fault(endpoint="feed", action="error", code=1)
    post = make_post(shared_page, vi_page)

    send_all()

    assert len(simulator.feed(VI_ID)) == 1
    assert refreshed(post).state == State.SENT


def test_only_the_lao_page_failing_does_not_repeat_the_vietnamese_post(
    simulator, shared_page, vi_page, lo_page
):
    simulator.add_fault(endpoint="feed", page_id=LO_ID, action="error", code=2, times=2)
    vi_post, lo_post = make_post(shared_page, vi_page), make_post(shared_page, lo_page)

    send_all()

    assert refreshed(vi_post).state == State.SENT
    assert refreshed(lo_post).state == State.SENT
    assert len(simulator.feed(VI_ID)) == 1
    assert len(simulator.feed(LO_ID)) == 1


def test_a_throttled_page_waits_while_the_other_keeps_posting(
    simulator, shared_page, home_page, vi_page, lo_page
):
    simulator.add_fault(endpoint="feed", page_id=LO_ID, code=32, regain_minutes=17)
    lo_post = make_post(shared_page, lo_page)
    vi_posts = [make_post(shared_page, vi_page, campaign=str(n)) for n in range(3)]

    send_all()

    lo_page.refresh_from_db()
    assert refreshed(lo_post).state == State.SCHEDULED
    assert lo_page.paused_until > timezone.now() + timedelta(minutes=16)
    assert simulator.feed(LO_ID) == []
    assert all(refreshed(post).state == State.SENT for post in vi_posts)
    assert len(simulator.feed(VI_ID)) == 3


@pytest.mark.parametrize("code", [4, 341])
def test_an_app_throttle_pauses_every_page(simulator, shared_page, vi_page, lo_page, code):
    simulator.add_fault(endpoint="feed", code=code)
    first, second = make_post(shared_page, vi_page), make_post(shared_page, lo_page)

    send_all()

    assert AppPause.objects.get().paused_until > timezone.now()
    assert {refreshed(first).state, refreshed(second).state} == {State.SCHEDULED}
    assert simulator.feed(VI_ID) == simulator.feed(LO_ID) == []


def test_a_user_throttle_pauses_that_token_only(simulator, shared_page, vi_page, lo_page):
    simulator.add_fault(endpoint="feed", page_id=VI_ID, code=17)
    vi_post, lo_post = make_post(shared_page, vi_page), make_post(shared_page, lo_page)

    send_all()

    vi_page.refresh_from_db()
    assert vi_page.is_paused
    assert refreshed(vi_post).state == State.SCHEDULED
    assert refreshed(lo_post).state == State.SENT


def test_a_rate_limit_is_retried_with_backoff(simulator, shared_page, vi_page):
    simulator.add_fault(endpoint="feed", code=613)
    post = make_post(shared_page, vi_page)

    send_all()

    post = refreshed(post)
    assert post.state == State.SENT
    assert post.retries == 1


def test_temporary_errors_stop_after_the_retry_limit(simulator, shared_page, vi_page, settings):
    settings.SOCIAL_MAX_RETRIES = 2
    simulator.add_fault(endpoint="feed", code=613, times=10)
    post = make_post(shared_page, vi_page)

    send_all()

    post = refreshed(post)
    assert post.state == State.FAILED
    assert post.error_code == 613
    assert simulator.feed(VI_ID) == []


@pytest.mark.parametrize(("code", "subcode"), [(190, 460), (190, 463), (200, None), (10, None)])
def test_token_and_permission_errors_stop_the_connection_and_alert_once(
    simulator, shared_page, vi_page, administrator, code, subcode
):
    simulator.add_fault(endpoint="feed", code=code, subcode=subcode, times=5)
    first = make_post(shared_page, vi_page)
    second = make_post(shared_page, vi_page, campaign="again")

    send_all()

    vi_page.refresh_from_db()
    assert vi_page.health == Health.BROKEN
    assert refreshed(first).state == State.FAILED
    assert refreshed(second).state == State.SCHEDULED  # held, not tried into a loop
    assert simulator.calls <= 3  # one scrape, one post: no retry loop
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["quantri@example.invalid"]
    assert "ກະຊວງ" not in mail.outbox[0].subject  # the subject names the vi Page


@pytest.mark.parametrize(
    ("code", "kind"), [(368, "policy_block"), (100, "bad_request"), (1609005, "link_unfetchable")]
)
def test_errors_never_retried(simulator, shared_page, vi_page, administrator, code, kind):
    simulator.add_fault(endpoint="feed", code=code, times=5)
    post = make_post(shared_page, vi_page)

    send_all()

    post = refreshed(post)
    assert (post.state, post.error_kind, post.retries) == (State.FAILED, kind, 0)
    assert simulator.feed(VI_ID) == []
    assert (len(mail.outbox) == 1) is (code == 368)


def test_a_duplicate_error_is_reconciled_not_resent(simulator, shared_page, vi_page):
    simulator.add_fault(endpoint="feed", action="error_after_store", code=506, http_status=400)
    post = make_post(shared_page, vi_page)

    send_all()

    assert refreshed(post).state == State.SENT
    assert len(simulator.feed(VI_ID)) == 1


def test_an_unreachable_graph_api_is_retried_later(settings, shared_page, vi_page):
    settings.GRAPH_API_BASE_URL = "http://127.0.0.1:9"  # discard port: connection refused
    settings.SOCIAL_RETRY_BASE_DELAY_SECONDS = 3600
    post = make_post(shared_page, vi_page)

    worker.work_on()

    post = refreshed(post)
    assert post.state == State.SCHEDULED
    assert post.error_kind == "unreachable"
    assert post.next_attempt_at > timezone.now() + timedelta(minutes=20)


def test_a_page_no_longer_live_is_not_posted(simulator, shared_page, vi_page):
    post = make_post(shared_page, vi_page)
    shared_page.unpublish()

    send_all()

    assert (refreshed(post).state, refreshed(post).error_kind) == (State.FAILED, "page_not_live")
    assert simulator.feed(VI_ID) == []


def test_a_stale_backlog_waits_for_an_editor(simulator, shared_page, vi_page, lo_page):
    long_ago = timezone.now() - timedelta(hours=7)
    stale = [
        make_post(shared_page, vi_page, campaign=str(n), scheduled_at=long_ago) for n in range(3)
    ]
    recent = make_post(shared_page, lo_page, scheduled_at=timezone.now() - timedelta(hours=1))

    send_all()

    assert all(refreshed(post).state == State.SCHEDULED for post in stale)
    assert simulator.feed(VI_ID) == []
    assert refreshed(recent).state == State.SENT

    stale[0].late_confirmed = True
    stale[0].save()
    send_all()
    assert len(simulator.feed(VI_ID)) == 1


def test_a_high_page_usage_rests_that_page(simulator, shared_page, vi_page, lo_page):
    simulator.pages[VI_ID].usage_percent = 85
    make_post(shared_page, vi_page)
    second = make_post(shared_page, vi_page, campaign="2")
    lo_post = make_post(shared_page, lo_page)

    send_all()

    assert len(simulator.feed(VI_ID)) == 1
    assert refreshed(second).state == State.SCHEDULED
    assert refreshed(lo_post).state == State.SENT


def test_an_abandoned_claim_is_checked_before_any_resend(simulator, shared_page, vi_page):
    """What a restarted worker finds after its predecessor was killed mid-send."""
    from social import outbox

    post = make_post(shared_page, vi_page)
    claimed = outbox.claim()
    simulator._store(simulator.pages[VI_ID], "feed", {"message": post.message, "link": post.link})
    type(post).objects.filter(pk=claimed.pk).update(claimed_at=timezone.now() - timedelta(days=1))

    send_all()

    assert len(simulator.feed(VI_ID)) == 1
    assert refreshed(post).state == State.SENT


def test_duplicate_wake_ups_send_once(simulator, shared_page, vi_page):
    from social.tasks import send_post

    post = make_post(shared_page, vi_page)

    results = [send_post.call(post.pk) for _ in range(3)]

    assert results == ["sent", "idle", "idle"]
    assert len(simulator.feed(VI_ID)) == 1


def test_reconciliation_matches_the_exact_link_only(shared_page, vi_page):
    from social.sender import find_on_page

    post = make_post(shared_page, vi_page, link="http://localhost/vi/tin/?n=1")
    created = "2099-01-01T00:00:00+0000"
    near_misses = [
        {"id": "1_1", "message": "Tin http://localhost/vi/tin/?n=10", "created_time": created},
        {
            "id": "1_2",
            "attachments": {"data": [{"unshimmed_url": "http://localhost/vi/tin/?n=12"}]},
            "created_time": created,
        },
    ]
    assert find_on_page(post, near_misses) is None
    photo = {"id": "1_3", "message": "Tin\n\nhttp://localhost/vi/tin/?n=1", "created_time": created}
    assert find_on_page(post, [*near_misses, photo]) == photo
    old = {**photo, "created_time": "2000-01-01T00:00:00+0000"}
    assert find_on_page(post, [old]) is None
