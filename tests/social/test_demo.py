import io

import pytest
from django.core.management import call_command
from django.test import override_settings

from social.demo import DEMO_PAGES
from social.models import FacebookConnection, SocialPost


@pytest.mark.django_db
def test_demo_pages_hold_tokens_the_simulator_accepts_and_load_once():
    with override_settings(DEBUG=True):
        call_command("load_demo_content", stdout=io.StringIO())
        call_command("load_demo_content", stdout=io.StringIO())

    connections = {
        connection.page_id: connection for connection in FacebookConnection.objects.all()
    }
    assert {page["page_id"]: page["token"] for page in DEMO_PAGES} == {
        page_id: connection.token for page_id, connection in connections.items()
    }
    assert SocialPost.objects.filter(campaign="demo").count() == 2
