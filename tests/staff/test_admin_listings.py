"""Titles in the admin user's language; the guide; no broken avatars."""

import pytest
from django.conf import settings
from django.urls import reverse
from wagtail.users.models import UserProfile

from news.factories import NewsPageFactory
from portal.roles import EDITORS
from tests.users import user_in


def _signed_in(client, language):
    user = user_in(EDITORS, f"editor-{language}")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    return user


@pytest.mark.django_db
def test_explorer_shows_lao_titles_and_marks_the_vietnamese_fallback(client, news_index):
    NewsPageFactory(parent=news_index, title="Tin đã dịch", title_lo="ຂ່າວທີ່ແປແລ້ວ")
    NewsPageFactory(parent=news_index, title="Tin chưa dịch", title_lo="", slug_lo="")
    _signed_in(client, "lo")
    html = client.get(reverse("wagtailadmin_explore", args=[news_index.pk])).content.decode()
    assert "ຂ່າວທີ່ແປແລ້ວ" in html and "Tin đã dịch" not in html
    assert "Tin chưa dịch (ມີແຕ່ພາສາຫວຽດນາມ)" in html


@pytest.mark.django_db
def test_vietnamese_editors_see_vietnamese_titles_even_after_a_lao_save(client, news_index):
    page = NewsPageFactory(parent=news_index, title="Tin tiếng Việt", title_lo="ຂ່າວ")
    page.draft_title = "ຂ່າວ"  # what Wagtail stores when a Lao-speaking editor saved it
    page.save()
    _signed_in(client, "vi")
    html = client.get(reverse("wagtailadmin_explore", args=[news_index.pk])).content.decode()
    assert "Tin tiếng Việt" in html


@pytest.mark.django_db
def test_page_chooser_and_admin_search_use_the_users_language(client, news_index):
    NewsPageFactory(parent=news_index, title="Hợp tác pháp luật", title_lo="ການຮ່ວມມືດ້ານກົດໝາຍ")
    _signed_in(client, "lo")
    chooser = client.get(reverse("wagtailadmin_choose_page_child", args=[news_index.pk]))
    assert "ການຮ່ວມມືດ້ານກົດໝາຍ" in chooser.json()["html"]
    search = client.get(reverse("wagtailadmin_pages:search"), {"q": "Hợp tác"})
    assert "ການຮ່ວມມືດ້ານກົດໝາຍ" in search.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "heading", "step"),
    [
        ("lo", "ຄູ່ມືສຳລັບພະນັກງານ", "ແບ່ງປັນໄປທີ່ເຟສບຸກ"),
        ("vi", "Hướng dẫn cho cán bộ", "Chia sẻ lên Facebook"),
    ],
)
def test_the_guide_is_in_the_admin_in_the_users_language(client, language, heading, step):
    _signed_in(client, language)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("staff_guide") in dashboard
    assert "guide.wagtail.org" not in dashboard
    guide = client.get(reverse("staff_guide")).content.decode()
    assert heading in guide and step in guide
    assert f"staff/guide/{language}-write.webp" in guide


def test_no_gravatar_without_internet():
    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None
