"""Page access tokens encrypted at rest with Fernet (`cryptography`), keys rotatable.

A database dump or backup alone must not hand out the ministry's Facebook Pages. Tokens are
sealed with MultiFernet (AES-128-CBC with HMAC-SHA256, an audited construction) under the
keys in FACEBOOK_TOKEN_KEYS, newest first: the newest seals, every key listed still opens.
To rotate, put a new key first, run `manage.py reseal_facebook_tokens`, then drop the old
key. Production settings refuse to start without FACEBOOK_TOKEN_KEYS; development and test
settings derive one from SECRET_KEY (portal.settings.base.derived_token_key). A token no
listed key opens reads as a broken connection: paste the token again.

Tokens sealed by the portal's first, hand-written HMAC cipher ("v1:...") are re-sealed by
the data migration social 0003 (or the command), which reads that format once with the key
it used: FACEBOOK_TOKEN_KEY, else SECRET_KEY.
"""

import base64
import hashlib
import hmac
from dataclasses import dataclass

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db.models import Model

LEGACY_PREFIX = "v1:"
_LEGACY_NONCE_BYTES = 16
_LEGACY_TAG_BYTES = 32


class TokenUnreadable(Exception):
    """The stored token was sealed with a key no longer listed, or has been tampered with."""


def _keys() -> list[Fernet]:
    keys = settings.FACEBOOK_TOKEN_KEYS
    if not keys:
        raise ImproperlyConfigured(
            "FACEBOOK_TOKEN_KEYS is empty: list at least one Fernet key (README, 'Deploying')."
        )
    try:
        return [Fernet(key) for key in keys]
    except ValueError as error:
        raise ImproperlyConfigured(
            "FACEBOOK_TOKEN_KEYS must hold Fernet keys: 32 url-safe base64-encoded bytes, as "
            "cryptography's Fernet.generate_key() makes them."
        ) from error


def seal(token: str) -> str:
    return MultiFernet(_keys()).encrypt(token.encode()).decode()


def unseal(sealed: str) -> str:
    try:
        return MultiFernet(_keys()).decrypt(sealed.encode()).decode()
    except (InvalidToken, UnicodeError) as error:
        raise TokenUnreadable from error


def is_under_newest_key(sealed: str) -> bool:
    try:
        _keys()[0].decrypt(sealed.encode())
    except InvalidToken:
        return False
    return True


def resealed(sealed: str) -> str:
    """The token sealed again under the newest key, from any listed key or the v1 format.

    Raises TokenUnreadable when no key opens it.
    """
    if sealed.startswith(LEGACY_PREFIX):
        return seal(_unseal_legacy(sealed))
    try:
        return MultiFernet(_keys()).rotate(sealed.encode()).decode()
    except InvalidToken as error:
        raise TokenUnreadable from error


@dataclass
class ResealReport:
    resealed: int = 0
    unreadable: int = 0


def reseal_all(connection_model: type[Model]) -> ResealReport:
    """Seals each connection's token again with the newest key; tokens no key opens are
    left as they are (they read as broken connections until an administrator pastes the
    token again). Works on the historical model of a migration too: only the row's
    `sealed_token` column is read and written."""
    report = ResealReport()
    rows = connection_model._default_manager
    for pk, sealed in rows.exclude(sealed_token="").values_list("pk", "sealed_token"):
        try:
            fresh = resealed(sealed)
        except TokenUnreadable:
            report.unreadable += 1
            continue
        rows.filter(pk=pk).update(sealed_token=fresh)
        report.resealed += 1
    return report


def fingerprint(token: str) -> str:
    """A short, non-reversible mark so an administrator can tell two tokens apart."""
    return hashlib.sha256(token.encode()).hexdigest()[:8]


# --- the v1 format, read once to re-seal it -------------------------------------------------
# HMAC-SHA256 in counter mode as keystream, encrypt-then-MAC; kept only until every
# installation has migrated, then to be deleted with social 0003's call to it.


def _unseal_legacy(sealed: str) -> str:
    master = hashlib.sha256(
        (getattr(settings, "FACEBOOK_TOKEN_KEY", "") or settings.SECRET_KEY).encode()
    ).digest()
    try:
        raw = base64.urlsafe_b64decode(sealed.removeprefix(LEGACY_PREFIX).encode())
    except ValueError as error:
        raise TokenUnreadable from error
    if len(raw) < _LEGACY_NONCE_BYTES + _LEGACY_TAG_BYTES:
        raise TokenUnreadable
    nonce, body = raw[:_LEGACY_NONCE_BYTES], raw[_LEGACY_NONCE_BYTES:-_LEGACY_TAG_BYTES]
    tag = raw[-_LEGACY_TAG_BYTES:]
    mac_key = hmac.new(master, b"social.token_vault.authenticate", hashlib.sha256).digest()
    if not hmac.compare_digest(tag, hmac.new(mac_key, nonce + body, hashlib.sha256).digest()):
        raise TokenUnreadable
    stream_key = hmac.new(master, b"social.token_vault.encrypt", hashlib.sha256).digest()
    stream = b"".join(
        hmac.new(stream_key, nonce + counter.to_bytes(8, "big"), hashlib.sha256).digest()
        for counter in range(len(body) // 32 + 1)
    )
    try:
        return bytes(a ^ b for a, b in zip(body, stream, strict=False)).decode()
    except UnicodeDecodeError as error:
        raise TokenUnreadable from error
