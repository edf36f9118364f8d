"""Facebook Page connections: administrators only, tokens kept secret, health checked."""

import logging

import pytest
from cryptography.fernet import Fernet
from django.core import mail
from django.test import override_settings
from django.utils import timezone
from django.utils.translation import override

from portal import roles
from social import health, token_vault, worker
from social.graph_client import GraphClient
from social.models import FacebookConnection, Health
from tests.social.conftest import PAGES, in_english
from tests.users import user_in

INDEX = "/admin/social/pages/"
VI_ID, VI_NAME, VI_TOKEN = PAGES["vi"]


@pytest.fixture
def admin_client(client, db):
    user = in_english(user_in(roles.ADMINISTRATORS, "quantri"))
    user.email = "quantri@example.invalid"
    user.save()
    client.force_login(user)
    return client


@pytest.mark.parametrize(
    ("role", "allowed"),
    [(roles.STAFF, False), (roles.EDITORS, False), (roles.ADMINISTRATORS, True)],
)
def test_only_administrators_manage_connections(client, vi_page, role, allowed):
    client.force_login(user_in(role))
    assert (client.get(INDEX).status_code == 200) is allowed
    assert (client.get(f"{INDEX}edit/{vi_page.pk}/").status_code == 200) is allowed


def test_adding_a_connection_seals_the_token_and_checks_it(admin_client, simulator):
    response = admin_client.post(
        f"{INDEX}new/",
        {
            "name": VI_NAME,
            "page_id": VI_ID,
            "language": "vi",
            "active": "on",
            "access_token": VI_TOKEN,
        },
    )

    assert response.status_code == 302
    connection = FacebookConnection.objects.get()
    assert VI_TOKEN not in connection.sealed_token
    assert connection.token == VI_TOKEN
    assert connection.health == Health.HEALTHY
    assert connection.health_checked_at is not None


def test_the_token_is_never_rendered_back(admin_client, vi_page):
    for url in (INDEX, f"{INDEX}edit/{vi_page.pk}/"):
        html = admin_client.get(url).content.decode()
        assert VI_TOKEN not in html
        assert vi_page.sealed_token not in html


def test_rotating_keeps_the_old_token_unless_a_new_one_is_pasted(admin_client, vi_page, simulator):
    form = {
        "name": "Renamed",
        "page_id": VI_ID,
        "language": "vi",
        "active": "on",
        "access_token": "",
    }
    admin_client.post(f"{INDEX}edit/{vi_page.pk}/", form)
    vi_page.refresh_from_db()
    assert (vi_page.name, vi_page.token) == ("Renamed", VI_TOKEN)

    simulator.pages[VI_ID].token = "EAAvi-rotated-token-0000000000000000"
    admin_client.post(
        f"{INDEX}edit/{vi_page.pk}/", {**form, "access_token": simulator.pages[VI_ID].token}
    )
    vi_page.refresh_from_db()
    assert vi_page.token == "EAAvi-rotated-token-0000000000000000"
    assert vi_page.health == Health.HEALTHY


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"page_id": "not-a-number"}, "digits only"),
        ({"access_token": ""}, "Paste the Page access token"),
        ({"access_token": "short"}, "does not look like a Facebook access token"),
    ],
)
def test_bad_connection_input_is_explained(admin_client, fields, error):
    form = {"name": "X", "page_id": "123", "language": "vi", "access_token": VI_TOKEN, **fields}
    response = admin_client.post(f"{INDEX}new/", form)
    assert error in response.content.decode()
    assert not FacebookConnection.objects.exists()


def test_a_revoked_token_breaks_the_connection_and_alerts_once(admin_client, simulator, vi_page):
    simulator.pages[VI_ID].revoked_subcode = 460

    health.check_all(worker.client())
    health.check_all(worker.client())

    vi_page.refresh_from_db()
    assert vi_page.health == Health.BROKEN
    assert len(mail.outbox) == 1
    assert "Bộ Tư pháp" in mail.outbox[0].subject
    assert VI_TOKEN not in mail.outbox[0].body


def test_a_token_about_to_lose_data_access_warns(admin_client, simulator, vi_page):
    simulator.pages[VI_ID].data_access_days = 5

    [checked] = health.check_all(worker.client())

    assert checked.health == Health.EXPIRING
    assert checked.health_reason["key"] == "data_access"
    with override("en"):
        assert "loses data access" in checked.health_detail
    assert len(mail.outbox) == 1


def test_missing_permissions_break_the_connection(simulator, vi_page):
    simulator.pages[VI_ID].scopes = ["pages_show_list"]
    [checked] = health.check_all(worker.client())
    assert checked.health == Health.BROKEN
    assert "pages_manage_posts" in checked.health_detail


def test_an_unreachable_graph_api_keeps_the_last_verdict(vi_page):
    vi_page.health = Health.HEALTHY
    vi_page.save()
    client = GraphClient(
        app_id="1", app_secret="s", base_url="http://127.0.0.1:9", version="v25.0", timeout=(1, 1)
    )

    checked = health.check(vi_page, client)

    assert checked.health == Health.HEALTHY
    with override("en"):
        assert "could not be asked" in checked.health_detail


def test_the_dashboard_alerts_administrators_to_broken_connections(admin_client, vi_page):
    vi_page.health = Health.BROKEN
    vi_page.health_reason = {"key": "invalid", "message": "Token invalid"}
    vi_page.save()
    html = admin_client.get("/admin/").content.decode()
    assert "Facebook publishing needs attention" in html
    assert "Token invalid" in html


def test_a_token_sealed_with_another_key_reads_as_broken(simulator, vi_page):
    with override_settings(FACEBOOK_TOKEN_KEYS=[Fernet.generate_key().decode()]):
        [checked] = health.check_all(worker.client())
    assert checked.health == Health.BROKEN


def test_tokens_never_reach_the_logs(simulator, vi_page, caplog):
    with caplog.at_level(logging.DEBUG):
        health.check_all(worker.client())
        worker.client().page_posts(VI_ID, VI_TOKEN, since=timezone.now())
    assert caplog.records
    assert all(VI_TOKEN not in record.getMessage() for record in caplog.records)


def test_the_vault_detects_tampering_and_hides_the_token():
    sealed = token_vault.seal(VI_TOKEN)
    assert VI_TOKEN not in sealed and token_vault.unseal(sealed) == VI_TOKEN
    assert token_vault.seal(VI_TOKEN) != sealed  # a fresh nonce every time
    tampered = sealed[:-6] + ("A" if sealed[-6] != "A" else "B") + sealed[-5:]
    for bad in (tampered, "v1:not-base64!", "v0:abc", ""):
        with pytest.raises(token_vault.TokenUnreadable):
            token_vault.unseal(bad)
