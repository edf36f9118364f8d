"""The queue of posts: listing, filters, permalinks, engagement and the editors' actions."""

from datetime import timedelta

import pytest
from django.utils import timezone
from django.utils.translation import override

from portal import roles
from social.models import SocialPost, State
from tests.social.conftest import in_english, make_post
from tests.users import user_in

QUEUE = "/admin/social/"


@pytest.fixture
def editor(db):
    return in_english(user_in(roles.EDITORS, "bientap"))


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def act(client, post, action):
    return client.post(f"/admin/social/posts/{post.pk}/{action}/", {"next": QUEUE})


def test_sent_posts_show_their_permalink_and_engagement(editor_client, shared_page, vi_page):
    make_post(
        shared_page,
        vi_page,
        state=State.SENT,
        sent_at=timezone.now(),
        permalink_url="https://www.facebook.com/100000000000001/posts/42",
        reactions=12,
        comments=3,
        shares=0,
        engagement_checked_at=timezone.now(),
    )

    html = editor_client.get(QUEUE).content.decode()

    assert "https://www.facebook.com/100000000000001/posts/42" in html
    assert "12 reactions · 3 comments · 0 shares" in html


def test_failures_are_explained_in_plain_words(editor_client, shared_page, vi_page):
    make_post(
        shared_page,
        vi_page,
        state=State.FAILED,
        error_kind="token_invalid",
        error_code=190,
        error_subcode=460,
        error_message="Error validating access token",
    )

    html = editor_client.get(QUEUE).content.decode()

    assert "The Page&#x27;s access token no longer works" in html
    assert "An administrator must paste a new Page access token" in html
    assert "190/460" in html


def test_explanations_are_in_the_editors_language(client, shared_page, vi_page):
    from social.graph_errors import Kind, explain

    client.force_login(user_in(roles.EDITORS))  # admin language: Vietnamese, the default
    make_post(shared_page, vi_page, state=State.FAILED, error_kind=Kind.POLICY_BLOCK)

    with override("vi"):
        expected = str(explain(Kind.POLICY_BLOCK).what)
    assert expected != "Facebook blocked the post as against its policies or as spam."
    assert expected.replace("'", "&#x27;") in client.get(QUEUE).content.decode()


def test_filters_by_state_page_and_date(editor_client, shared_page, vi_page, lo_page):
    now = timezone.now()
    make_post(shared_page, vi_page, message="alpha-một", state=State.SENT)
    make_post(shared_page, lo_page, message="beta-ສອງ", scheduled_at=now + timedelta(days=3))
    make_post(shared_page, vi_page, message="gamma-ba", campaign="2", state=State.FAILED)
    day = timezone.localtime(now + timedelta(days=3)).date()

    def listed(query: str) -> set[str]:
        html = editor_client.get(f"{QUEUE}?{query}").content.decode()
        return {word for word in ("alpha-một", "beta-ສອງ", "gamma-ba") if word in html}

    assert listed("") == {"alpha-một", "beta-ສອງ", "gamma-ba"}
    assert listed("state=failed") == {"gamma-ba"}
    assert listed(f"connection={lo_page.pk}") == {"beta-ສອງ"}
    assert listed(f"date_from={day}") == {"beta-ສອງ"}
    assert listed(f"date_to={day - timedelta(days=1)}") == {"alpha-một", "gamma-ba"}


@pytest.mark.parametrize(
    "query", ["state=nonsense", "connection=abc", "date_from=2025-13-45", "p=999", "p=-1", "page=x"]
)
def test_bad_filters_never_give_a_server_error(editor_client, shared_page, vi_page, query):
    make_post(shared_page, vi_page)
    assert editor_client.get(f"{QUEUE}?{query}").status_code == 200


@pytest.mark.parametrize(
    "query",
    [
        "date_from=%C2%B2",  # "²": a digit to str.isdigit(), not to a date
        "date_to=2025-02-30",
        "state=%00",
        "connection=%00",
        "connection=1%002",
        "language=xx",
        "page=%C2%B2",
        "page=99999999999999999999999",
        "page=1.5",
        "connection=99999999999999999999999",
    ],
)
def test_hostile_filters_list_nothing_and_say_why(editor_client, shared_page, vi_page, query):
    post = make_post(shared_page, vi_page, message="must-not-show")

    response = editor_client.get(f"{QUEUE}?{query}")

    assert response.status_code == 200
    html = response.content.decode()
    assert f'id="post-{post.pk}"' not in html
    assert "error-message" in html or "errorlist" in html


def test_a_shared_page_lands_on_its_own_posts(editor_client, shared_page, vi_page, home_page):
    mine = make_post(shared_page, vi_page)
    other = make_post(home_page, vi_page)

    html = editor_client.get(f"{QUEUE}?page={shared_page.pk}").content.decode()

    assert f'id="post-{mine.pk}"' in html
    assert f'id="post-{other.pk}"' not in html


def test_the_queue_costs_a_fixed_number_of_queries(
    editor_client, shared_page, vi_page, lo_page, django_assert_max_num_queries
):
    for n in range(30):
        make_post(shared_page, vi_page if n % 2 else lo_page, campaign=str(n))
    with django_assert_max_num_queries(20):
        assert editor_client.get(QUEUE).status_code == 200


def test_cancel_then_reschedule(editor_client, shared_page, vi_page):
    post = make_post(shared_page, vi_page, scheduled_at=timezone.now() + timedelta(hours=1))

    act(editor_client, post, "cancel")
    post.refresh_from_db()
    assert post.state == State.CANCELLED

    when = timezone.localtime(timezone.now() + timedelta(days=2)).replace(second=0, microsecond=0)
    editor_client.post(
        f"/admin/social/posts/{post.pk}/reschedule/",
        {"scheduled_at": when.strftime("%Y-%m-%dT%H:%M"), "message": "Đăng lại"},
    )
    post.refresh_from_db()
    assert (post.state, post.scheduled_at, post.message) == (State.SCHEDULED, when, "Đăng lại")


def test_reschedule_refuses_bad_input(editor_client, shared_page, vi_page):
    post = make_post(shared_page, vi_page, scheduled_at=timezone.now() + timedelta(hours=1))
    response = editor_client.post(
        f"/admin/social/posts/{post.pk}/reschedule/", {"scheduled_at": "", "message": ""}
    )
    assert "Write a message" in response.content.decode()


def test_retry_sends_a_failed_post_again(editor_client, shared_page, vi_page):
    post = make_post(shared_page, vi_page, state=State.FAILED, error_kind="unknown", retries=5)

    act(editor_client, post, "retry")

    post.refresh_from_db()
    assert (post.state, post.retries, post.error_kind) == (State.SCHEDULED, 0, "")


def test_a_sent_or_sending_post_cannot_be_changed(editor_client, shared_page, vi_page):
    sent = make_post(shared_page, vi_page, state=State.SENT)
    sending = make_post(shared_page, vi_page, state=State.SENDING, campaign="2")

    for post in (sent, sending):
        for action in ("cancel", "retry", "confirm"):
            act(editor_client, post, action)
        assert SocialPost.objects.get(pk=post.pk).state == post.state


def test_late_posts_wait_for_confirmation(editor_client, shared_page, vi_page):
    post = make_post(shared_page, vi_page, scheduled_at=timezone.now() - timedelta(hours=8))

    html = editor_client.get(QUEUE).content.decode()
    assert "Late: waiting for confirmation" in html
    assert "Confirm and send" in html

    act(editor_client, post, "confirm")
    post.refresh_from_db()
    assert post.late_confirmed


def test_staff_see_the_queue_but_cannot_act(client, shared_page, vi_page):
    post = make_post(shared_page, vi_page, scheduled_at=timezone.now() + timedelta(hours=1))
    client.force_login(in_english(user_in(roles.STAFF)))

    html = client.get(QUEUE).content.decode()
    assert post.message in html
    assert f"/admin/social/posts/{post.pk}/cancel/" not in html

    act(client, post, "cancel")
    post.refresh_from_db()
    assert post.state == State.SCHEDULED


def test_an_unknown_action_is_refused(editor_client, shared_page, vi_page):
    post = make_post(shared_page, vi_page)
    act(editor_client, post, "delete")
    assert SocialPost.objects.filter(pk=post.pk).exists()


def test_the_dashboard_tells_editors_what_needs_attention(editor_client, shared_page, vi_page):
    make_post(shared_page, vi_page, state=State.FAILED)
    html = editor_client.get("/admin/").content.decode()
    assert "Facebook publishing needs attention" in html
    assert "1 post failed" in html


def test_the_facebook_menu_groups_posts_pages_and_rules(client, editor):
    def menu(user) -> str:
        client.force_login(user)
        return client.get("/admin/").content.decode()

    administrators_menu = menu(user_in(roles.ADMINISTRATORS, "quantri"))
    assert "/admin/social/" in administrators_menu
    assert "/admin/social/pages/" in administrators_menu
    editors_menu = menu(editor)
    assert "/admin/social/" in editors_menu
    assert "/admin/social/pages/" not in editors_menu
