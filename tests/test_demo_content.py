import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import override_settings
from wagtail.models import Page, Site

from home.models import HomePage


def load_demo():
    with override_settings(DEBUG=True):
        call_command("load_demo_content", stdout=io.StringIO())


@pytest.mark.django_db
def test_demo_content_is_idempotent():
    load_demo()
    counts = (Page.objects.count(), get_user_model().objects.count())
    load_demo()
    assert (Page.objects.count(), get_user_model().objects.count()) == counts
    assert Site.objects.get(is_default_site=True).root_page.specific_class is HomePage


@pytest.mark.django_db
def test_demo_site_serves_both_languages(client):
    load_demo()
    assert '<html lang="vi">' in client.get("/vi/").content.decode()
    assert "ກະຊວງຍຸຕິທຳ" in client.get("/lo/").content.decode()
    assert client.get("/lo/kiaw-kap/").status_code == 200


@pytest.mark.django_db
def test_demo_content_refuses_to_run_without_debug():
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("load_demo_content", stdout=io.StringIO())
