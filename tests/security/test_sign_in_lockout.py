"""Repeated wrong passwords lock a username and an address out; an administrator can unlock."""

import pytest
from axes.handlers.proxy import AxesProxyHandler
from django.contrib.auth import get_user_model
from django.test import override_settings

from portal import roles
from tests.users import user_in

LOGIN = "/admin/login/"
LIMIT = 5
HANDLERS = ["axes.handlers.database.AxesDatabaseHandler", "axes.handlers.cache.AxesCacheHandler"]


@pytest.fixture(params=HANDLERS, ids=["database", "cache"])
def handler(request, settings):
    """Both handlers the settings may choose (cache when REDIS_URL is set)."""
    settings.AXES_HANDLER = request.param
    settings.AXES_FAILURE_LIMIT = LIMIT
    AxesProxyHandler.get_implementation(force=True)
    yield request.param
    AxesProxyHandler.get_implementation(force=True)


@pytest.fixture
def editor(db):
    user = user_in(roles.EDITORS, username="bientap")
    user.set_password("the-right-password")
    user.save()
    return user


def sign_in(client, username, password, ip="203.0.113.7"):
    return client.post(
        LOGIN, {"username": username, "password": password}, REMOTE_ADDR=ip, follow=False
    )


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_the_right_password_after_too_many_wrong_ones_is_refused(client, handler, editor):
    for _ in range(LIMIT):
        sign_in(client, "bientap", "wrong")
    response = sign_in(client, "bientap", "the-right-password")
    assert response.status_code == 429
    assert not signed_in(client)
    assert "Quá nhiều lần đăng nhập sai" in response.content.decode()


def test_a_few_wrong_passwords_do_not_lock(client, handler, editor):
    for _ in range(LIMIT - 1):
        sign_in(client, "bientap", "wrong")
    response = sign_in(client, "bientap", "the-right-password")
    assert response.status_code == 302
    assert signed_in(client)


def test_one_address_guessing_many_usernames_is_locked_out(client, handler, editor):
    for number in range(LIMIT):
        sign_in(client, f"guess-{number}", "wrong", ip="198.51.100.9")
    assert sign_in(client, "bientap", "the-right-password", ip="198.51.100.9").status_code == 429
    # The same user from another address still signs in: the address is what is locked.
    assert sign_in(client, "bientap", "the-right-password", ip="192.0.2.1").status_code == 302


def test_one_username_guessed_from_many_addresses_is_locked_out(client, handler, editor):
    for number in range(LIMIT):
        sign_in(client, "bientap", "wrong", ip=f"198.51.100.{number + 1}")
    assert sign_in(client, "bientap", "the-right-password", ip="192.0.2.1").status_code == 429


def test_an_administrator_unlocks_a_locked_out_user(client, handler, editor):
    for _ in range(LIMIT):
        sign_in(client, "bientap", "wrong", ip=f"198.51.100.{_ + 1}")
    administrator = user_in(roles.ADMINISTRATORS, username="quantri")
    client.force_login(administrator)
    assert client.get(f"/admin/two-factor/unlock/{editor.pk}/").status_code == 200
    assert client.post(f"/admin/two-factor/unlock/{editor.pk}/").status_code == 302
    client.logout()
    assert sign_in(client, "bientap", "the-right-password", ip="192.0.2.1").status_code == 302


def test_the_unlock_page_is_for_user_managers_only(client, db, editor):
    client.force_login(user_in(roles.STAFF, username="phobien"))
    response = client.post(f"/admin/two-factor/unlock/{editor.pk}/")
    assert response.status_code in (302, 403)
    assert response.get("Location", "/admin/") == "/admin/"
    superuser = get_user_model().objects.create_superuser("root", "r@example.invalid", "x")
    client.force_login(user_in(roles.ADMINISTRATORS, username="quantri"))
    assert client.post(f"/admin/two-factor/unlock/{superuser.pk}/")["Location"] == "/admin/"


@override_settings(PORTAL_TRUSTED_PROXY_COUNT=1)
def test_behind_the_proxy_the_forwarded_address_is_locked_not_the_proxy(client, handler, editor):
    for number in range(LIMIT):
        client.post(
            LOGIN,
            {"username": f"guess-{number}", "password": "wrong"},
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR="198.51.100.9",
        )
    response = client.post(
        LOGIN,
        {"username": "bientap", "password": "the-right-password"},
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_FORWARDED_FOR="192.0.2.1",
    )
    assert response.status_code == 302
