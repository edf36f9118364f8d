"""The optional rule per page type: posts created automatically on first publish."""

from datetime import timedelta

import pytest
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from home.factories import StandardPageFactory
from home.models import StandardPage
from portal import roles
from social.models import AutoShareRule, SocialPost, State
from tests.social.conftest import in_english
from tests.users import user_in


@pytest.fixture
def rule(db):
    page_type = ContentType.objects.get_for_model(StandardPage)
    return AutoShareRule.objects.create(page_type=page_type, delay_minutes=30)


def test_first_publication_creates_a_post_per_translated_page(rule, home_page, vi_page, lo_page):
    page = StandardPageFactory(parent=home_page, live=False)
    before = timezone.now()

    page.save_revision().publish()

    posts = SocialPost.objects.filter(page=page)
    assert {post.connection.language for post in posts} == {"vi", "lo"}
    assert {post.state for post in posts} == {State.SCHEDULED}
    assert all(post.scheduled_at >= before + timedelta(minutes=30) for post in posts)


def test_republishing_does_not_share_again(rule, home_page, vi_page, lo_page):
    page = StandardPageFactory(parent=home_page, live=False)
    page.save_revision().publish()
    SocialPost.objects.all().delete()

    page.refresh_from_db()  # as the admin does, loading the page afresh for each edit
    page.save_revision().publish()

    assert not SocialPost.objects.exists()


def test_untranslated_pages_and_other_types_are_left_alone(rule, home_page, vi_page, lo_page):
    page = StandardPageFactory(parent=home_page, live=False, title_lo="", slug_lo="")
    page.save_revision().publish()
    assert list(SocialPost.objects.values_list("connection__language", flat=True)) == ["vi"]

    rule.active = False
    rule.save()
    other = StandardPageFactory(parent=home_page, slug="khac", slug_lo="uen", live=False)
    other.save_revision().publish()
    assert not SocialPost.objects.filter(page=other).exists()


@pytest.mark.parametrize(
    ("role", "allowed"),
    [(roles.STAFF, False), (roles.EDITORS, False), (roles.ADMINISTRATORS, True)],
)
def test_only_administrators_manage_rules(client, db, role, allowed):
    client.force_login(in_english(user_in(role)))
    assert (client.get("/admin/social/rules/").status_code == 200) is allowed
    response = client.get("/admin/social/rules/new/")
    if allowed:
        html = response.content.decode()
        assert "standard page" in html.lower()
        assert "home page" in html.lower()
