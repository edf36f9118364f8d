"""Page tokens sealed with Fernet: keys rotate, old tokens stay readable, then get re-sealed."""

import base64
import hashlib
import hmac
import importlib
import io

import pytest
from cryptography.fernet import Fernet
from django.apps import apps
from django.core.management import call_command
from django.test import override_settings

from social import token_vault
from social.models import FacebookConnection
from tests.social.conftest import make_connection

OLD_KEY, NEW_KEY = Fernet.generate_key().decode(), Fernet.generate_key().decode()
TOKEN = "EAAB-page-token-ໜ້າ-Trang"
reseal_migration = importlib.import_module("social.migrations.0004_reseal_tokens_with_fernet")


def legacy_sealed(token: str, secret: str) -> str:
    """A token as the first, hand-written cipher stored it ("v1:", HMAC keystream + tag)."""
    master = hashlib.sha256(secret.encode()).digest()
    stream_key = hmac.new(master, b"social.token_vault.encrypt", hashlib.sha256).digest()
    mac_key = hmac.new(master, b"social.token_vault.authenticate", hashlib.sha256).digest()
    nonce, plain = b"\x07" * 16, token.encode()
    stream = b"".join(
        hmac.new(stream_key, nonce + n.to_bytes(8, "big"), hashlib.sha256).digest()
        for n in range(len(plain) // 32 + 1)
    )
    body = bytes(a ^ b for a, b in zip(plain, stream, strict=False))
    tag = hmac.new(mac_key, nonce + body, hashlib.sha256).digest()
    return "v1:" + base64.urlsafe_b64encode(nonce + body + tag).decode()


@pytest.fixture
def connection(db):
    with override_settings(FACEBOOK_TOKEN_KEYS=[OLD_KEY]):
        page = make_connection("vi")
        page.set_token(TOKEN)
        page.save()
    return page


def reloaded(connection: FacebookConnection) -> FacebookConnection:
    return FacebookConnection.objects.get(pk=connection.pk)


def test_a_sealed_token_is_fernet_and_hides_the_token(connection):
    sealed = reloaded(connection).sealed_token
    assert TOKEN not in sealed
    assert Fernet(OLD_KEY).decrypt(sealed.encode()).decode() == TOKEN


def test_old_tokens_stay_readable_after_a_new_key_is_added(connection):
    with override_settings(FACEBOOK_TOKEN_KEYS=[NEW_KEY, OLD_KEY]):
        assert reloaded(connection).token == TOKEN
        assert not token_vault.is_under_newest_key(reloaded(connection).sealed_token)


def test_the_reseal_command_puts_every_token_under_the_newest_key(connection):
    with override_settings(FACEBOOK_TOKEN_KEYS=[NEW_KEY, OLD_KEY]):
        out = io.StringIO()
        call_command("reseal_facebook_tokens", stdout=out)
        assert "re-sealed with the newest key: 1" in out.getvalue()
    with override_settings(FACEBOOK_TOKEN_KEYS=[NEW_KEY]):  # the old key can now go
        assert reloaded(connection).token == TOKEN
        assert token_vault.is_under_newest_key(reloaded(connection).sealed_token)


def test_a_token_no_listed_key_opens_is_unreadable_and_reported(connection):
    with override_settings(FACEBOOK_TOKEN_KEYS=[NEW_KEY]):
        with pytest.raises(token_vault.TokenUnreadable):
            token_vault.unseal(reloaded(connection).sealed_token)
        err = io.StringIO()
        call_command("reseal_facebook_tokens", stdout=io.StringIO(), stderr=err)
        assert "1 token(s) no listed key opens" in err.getvalue()


@pytest.mark.parametrize("secret", ["the-old-facebook-token-key", ""])
def test_tokens_of_the_first_cipher_are_resealed_by_the_migration(connection, settings, secret):
    # The first cipher used FACEBOOK_TOKEN_KEY, else SECRET_KEY.
    settings.FACEBOOK_TOKEN_KEY = secret
    FacebookConnection.objects.filter(pk=connection.pk).update(
        sealed_token=legacy_sealed(TOKEN, secret or settings.SECRET_KEY)
    )
    with override_settings(FACEBOOK_TOKEN_KEYS=[NEW_KEY]):
        reseal_migration.reseal(apps, None)
        sealed = reloaded(connection).sealed_token
        assert not sealed.startswith("v1:")
        assert reloaded(connection).token == TOKEN
        assert token_vault.is_under_newest_key(sealed)


def test_a_tampered_legacy_token_is_left_for_an_administrator(connection):
    tampered = legacy_sealed(TOKEN, "x")[:-4] + "AAA="
    FacebookConnection.objects.filter(pk=connection.pk).update(sealed_token=tampered)
    reseal_migration.reseal(apps, None)
    assert reloaded(connection).sealed_token == tampered
