"""Fixtures: a Graph API simulator on a real socket, two Facebook Pages, a page to share."""

import pytest
from django.test import override_settings

from home.factories import StandardPageFactory
from social.factories import FacebookConnectionFactory, SocialPostFactory
from social.models import FacebookConnection, SocialPost
from social.simulator import GraphSimulator
from social.simulator_http import SimulatorServer

APP_ID, APP_SECRET = "4242", "test-app-secret"
PAGES = {
    "vi": ("100000000000001", "Bộ Tư pháp", "EAAvi-page-token-for-the-simulator-0001"),
    "lo": ("100000000000002", "ກະຊວງຍຸຕິທຳ", "EAAlo-page-token-for-the-simulator-0002"),
}


@pytest.fixture
def simulator():
    """A running simulator holding the vi and lo Pages; settings point the client at it."""
    simulator = GraphSimulator(APP_ID, APP_SECRET)
    for page_id, name, token in PAGES.values():
        simulator.add_page(page_id, name, token)
    server = SimulatorServer(simulator)
    server.start_in_thread()
    with override_settings(
        GRAPH_API_BASE_URL=server.url,
        FACEBOOK_APP_ID=APP_ID,
        FACEBOOK_APP_SECRET=APP_SECRET,
        GRAPH_API_CONNECT_TIMEOUT=2,
        GRAPH_API_READ_TIMEOUT=2,
        SOCIAL_RECONCILE_DELAY_SECONDS=0,
        SOCIAL_LISTING_DELAY_SECONDS=0,
        SOCIAL_RETRY_BASE_DELAY_SECONDS=0,
    ):
        simulator.url = server.url
        yield simulator
    server.stop()


def make_connection(language: str) -> FacebookConnection:
    page_id, name, token = PAGES[language]
    return FacebookConnectionFactory(name=name, page_id=page_id, language=language, token=token)


@pytest.fixture
def vi_page(db):
    return make_connection("vi")


@pytest.fixture
def lo_page(db):
    return make_connection("lo")


@pytest.fixture
def shared_page(home_page):
    """A live page translated into both languages."""
    return StandardPageFactory(parent=home_page, live=True)


def make_post(page, connection, **fields) -> SocialPost:
    return SocialPostFactory(page=page, connection=connection, **fields)


def in_english(user):
    """Tests read the admin in English (its msgids); the catalogues are tested separately."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user
