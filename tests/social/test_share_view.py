"""'Share on Facebook' in the Wagtail admin, as editors, staff and administrators use it."""

from datetime import timedelta

import pytest
from django.utils import timezone

from home.factories import StandardPageFactory
from portal import roles
from social.models import Health, SocialPost, State
from tests.social.conftest import in_english
from tests.users import user_in


def share_url(page) -> str:
    return f"/admin/social/share/{page.pk}/"


def local(moment) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%dT%H:%M")


def form_data(vi_page, lo_page, **overrides) -> dict:
    data = {
        f"include_{vi_page.pk}": "on",
        f"message_{vi_page.pk}": "Giới thiệu cổng thông tin pháp luật",
        f"include_{lo_page.pk}": "on",
        f"message_{lo_page.pk}": "ແນະນຳເວັບໄຊກົດໝາຍ",
        "scheduled_at": local(timezone.now() + timedelta(hours=2)),
        "campaign": "",
        "schedule": "",
    }
    return {**data, **overrides}


@pytest.fixture
def editor_client(client, db):
    client.force_login(in_english(user_in(roles.EDITORS, "bientap")))
    return client


def test_the_form_prefills_each_page_language_with_preview(
    editor_client, shared_page, vi_page, lo_page
):
    response = editor_client.get(share_url(shared_page))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Giới thiệu" in html and "ກ່ຽວກັບພວກເຮົາ" in html
    assert "http://localhost/vi/gioi-thieu/" in html
    assert "http://localhost/lo/kiaw-kap/" in html
    assert 'class="social-preview" lang="lo"' in html
    assert "data-social-count" in html


def test_share_summary_is_read_in_each_pages_language(
    editor_client, shared_page, vi_page, lo_page, monkeypatch
):
    from social.sharing import shares_for

    # monkeypatch puts StandardPage's own share_summary back: deleting the stand-in would
    # delete the class's property too, and every later plain page lost its meta description.
    monkeypatch.setattr(
        type(shared_page), "share_summary", property(lambda page: f"[{page.title}]")
    )
    messages = {share.connection.language: share.message for share in shares_for(shared_page)}
    assert messages == {"vi": "[Giới thiệu]", "lo": "[ກ່ຽວກັບພວກເຮົາ]"}


def test_one_step_creates_both_posts_in_utc(editor_client, shared_page, vi_page, lo_page):
    when = timezone.now().replace(second=0, microsecond=0) + timedelta(hours=3)
    response = editor_client.post(
        share_url(shared_page), form_data(vi_page, lo_page, scheduled_at=local(when))
    )

    assert response.status_code == 302
    posts = SocialPost.objects.order_by("connection__language")
    assert [post.connection.language for post in posts] == ["lo", "vi"]
    assert {post.state for post in posts} == {State.SCHEDULED}
    assert {post.scheduled_at for post in posts} == {when}
    assert posts.get(connection=lo_page).link == "http://localhost/lo/kiaw-kap/"
    assert posts.get(connection=lo_page).message == "ແນະນຳເວັບໄຊກົດໝາຍ"


def test_the_local_time_typed_is_utc_plus_7(editor_client, shared_page, vi_page, lo_page):
    tomorrow = (timezone.localtime() + timedelta(days=1)).date()
    editor_client.post(
        share_url(shared_page), form_data(vi_page, lo_page, scheduled_at=f"{tomorrow}T09:00")
    )

    stored = SocialPost.objects.first().scheduled_at
    assert (stored.hour, stored.minute) == (2, 0)  # 09:00 in Hanoi and Vientiane is 02:00 UTC


def test_a_second_click_never_makes_a_second_post(editor_client, shared_page, vi_page, lo_page):
    data = form_data(vi_page, lo_page)
    editor_client.post(share_url(shared_page), data)
    response = editor_client.post(share_url(shared_page), data, follow=True)

    assert SocialPost.objects.count() == 2
    assert "no second post was made" in response.content.decode()


def test_a_named_campaign_shares_the_page_again(editor_client, shared_page, vi_page, lo_page):
    editor_client.post(share_url(shared_page), form_data(vi_page, lo_page))
    editor_client.post(share_url(shared_page), form_data(vi_page, lo_page, campaign="nhắc lại"))

    assert SocialPost.objects.count() == 4


def test_drafts_are_not_scheduled(editor_client, shared_page, vi_page, lo_page):
    data = form_data(vi_page, lo_page)
    data.pop("schedule")
    data["save_draft"] = ""
    editor_client.post(share_url(shared_page), data)

    assert set(SocialPost.objects.values_list("state", flat=True)) == {State.DRAFT}


def test_a_page_without_lao_translation_is_not_posted_in_lao(
    editor_client, home_page, vi_page, lo_page
):
    page = StandardPageFactory(
        parent=home_page, slug="chi-viet", title_lo="", slug_lo="", live=True
    )

    response = editor_client.get(share_url(page))
    assert "no translation in the language of" in response.content.decode()

    editor_client.post(share_url(page), form_data(vi_page, lo_page))
    assert list(SocialPost.objects.values_list("connection__language", flat=True)) == ["vi"]


@pytest.mark.parametrize(
    ("overrides", "error"),
    [
        ({"message_{vi}": "   "}, "Write a message"),
        ({"message_{vi}": "x" * 63207}, "63206"),
        ({"scheduled_at": "past"}, "This time is in the past"),
        ({"scheduled_at": "far"}, "at most 30 days ahead"),
        ({"scheduled_at": "31/02/2025 nonsense"}, "Enter a valid date/time"),
        ({"include_{vi}": "", "include_{lo}": ""}, "Choose at least one Facebook Page"),
    ],
)
def test_bad_input_gives_a_clear_message_and_no_post(
    editor_client, shared_page, vi_page, lo_page, overrides, error
):
    times = {
        "past": local(timezone.now() - timedelta(hours=1)),
        "far": local(timezone.now() + timedelta(days=31)),
    }
    data = form_data(vi_page, lo_page)
    for key, value in overrides.items():
        data[key.format(vi=vi_page.pk, lo=lo_page.pk)] = times.get(value, value)

    response = editor_client.post(share_url(shared_page), data)

    assert response.status_code == 200
    assert error in response.content.decode()
    assert SocialPost.objects.count() == 0


def test_a_page_that_is_not_live_cannot_be_shared(editor_client, home_page, vi_page, lo_page):
    draft = StandardPageFactory(parent=home_page, live=False)

    response = editor_client.post(share_url(draft), form_data(vi_page, lo_page))

    assert "Only published pages can be shared" in response.content.decode()
    assert SocialPost.objects.count() == 0


def test_a_broken_connection_is_refused_with_an_explanation(
    editor_client, shared_page, vi_page, lo_page
):
    lo_page.health = Health.BROKEN
    lo_page.save()

    response = editor_client.get(share_url(shared_page))
    assert "connection is broken" in response.content.decode()

    editor_client.post(share_url(shared_page), form_data(vi_page, lo_page))
    assert list(SocialPost.objects.values_list("connection__language", flat=True)) == ["vi"]


@pytest.mark.parametrize(
    ("role", "allowed"), [(roles.STAFF, False), (roles.EDITORS, True), (roles.ADMINISTRATORS, True)]
)
def test_only_editors_and_administrators_may_share(client, shared_page, vi_page, role, allowed):
    client.force_login(user_in(role))
    assert (client.get(share_url(shared_page)).status_code == 200) is allowed
    client.post(
        share_url(shared_page), {f"include_{vi_page.pk}": "on", f"message_{vi_page.pk}": "x"}
    )
    assert SocialPost.objects.exists() is allowed


def test_the_page_editor_offers_share_on_facebook(editor_client, shared_page, vi_page):
    html = editor_client.get(f"/admin/pages/{shared_page.pk}/edit/").content.decode()
    assert share_url(shared_page) in html


def test_staff_are_not_offered_share_on_facebook(client, shared_page, vi_page):
    client.force_login(user_in(roles.STAFF))
    html = client.get(f"/admin/pages/{shared_page.pk}/edit/").content.decode()
    assert share_url(shared_page) not in html


def test_the_share_form_costs_a_fixed_number_of_queries(
    editor_client, shared_page, vi_page, lo_page, django_assert_max_num_queries
):
    with django_assert_max_num_queries(20):
        assert editor_client.get(share_url(shared_page)).status_code == 200


def test_the_page_explorer_offers_share_on_facebook(editor_client, home_page, shared_page, vi_page):
    html = editor_client.get(f"/admin/pages/{home_page.pk}/").content.decode()
    assert share_url(shared_page) in html
