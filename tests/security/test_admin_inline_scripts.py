"""No admin page carries an inline script, which the Content-Security-Policy would block.

The browser test (tests/browser/test_admin_csp.py) proves the admin works; this one checks, on
more screens and cheaply, that Wagtail's inline initialisers were all turned into markers.
"""

import re

import pytest
from django.contrib.auth import get_user_model

from home.factories import StandardPageFactory
from news.factories import NewsIndexPageFactory

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/(?:ld\+)?json)[^>]*>")


@pytest.fixture
def superuser_client(client, db):
    user = get_user_model().objects.create_superuser("root", "root@example.invalid", "x")
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_admin_screens_have_no_inline_scripts(superuser_client, home_page):
    news_index = NewsIndexPageFactory(parent=home_page)
    standard = StandardPageFactory(parent=home_page)
    screens = [
        "/admin/",
        f"/admin/pages/{standard.pk}/edit/",
        f"/admin/pages/add/news/newspage/{news_index.pk}/",
        "/admin/images/multiple/add/",
        "/admin/workflows/add/",
        "/admin/users/new/",
        "/admin/two-factor/enrol/",
    ]
    for url in screens:
        response = superuser_client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert INLINE_SCRIPT.findall(html) == [], url
        if "/pages/" in url or "/workflows/" in url:  # forms with choosers, dates, panels
            assert 'data-portal-init="' in html, url
