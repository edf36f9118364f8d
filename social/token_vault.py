"""Page access tokens encrypted at rest, with nothing but the standard library.

A database dump or backup alone must not hand out the ministry's Facebook Pages. The
`cryptography` package is not among the portal's dependencies, so tokens are sealed with a
construction built from HMAC-SHA256 only: a keystream of HMAC(key, nonce || counter) blocks
XORed with the token (HMAC as a PRF in counter mode), then an HMAC tag over nonce and
ciphertext (encrypt-then-MAC), compared in constant time. The key comes from
FACEBOOK_TOKEN_KEY, or from SECRET_KEY when that is unset; set FACEBOOK_TOKEN_KEY in
production so rotating SECRET_KEY does not make the tokens unreadable (an unreadable token
shows up as a broken connection: paste the token again).
"""

import base64
import hashlib
import hmac
import secrets

from django.conf import settings

VERSION = "v1"
NONCE_BYTES = 16
TAG_BYTES = 32


class TokenUnreadable(Exception):
    """The stored token was sealed with another key, or has been tampered with."""


def _master_key() -> bytes:
    secret = settings.FACEBOOK_TOKEN_KEY or settings.SECRET_KEY
    return hashlib.sha256(secret.encode()).digest()


def _subkey(label: bytes) -> bytes:
    return hmac.new(_master_key(), label, hashlib.sha256).digest()


def _keystream(nonce: bytes, length: int) -> bytes:
    key = _subkey(b"social.token_vault.encrypt")
    blocks = (
        hmac.new(key, nonce + counter.to_bytes(8, "big"), hashlib.sha256).digest()
        for counter in range(length // 32 + 1)
    )
    return b"".join(blocks)[:length]


def _xor(data: bytes, nonce: bytes) -> bytes:
    return bytes(a ^ b for a, b in zip(data, _keystream(nonce, len(data)), strict=True))


def _tag(nonce: bytes, ciphertext: bytes) -> bytes:
    key = _subkey(b"social.token_vault.authenticate")
    return hmac.new(key, nonce + ciphertext, hashlib.sha256).digest()


def seal(token: str) -> str:
    plain = token.encode()
    nonce = secrets.token_bytes(NONCE_BYTES)
    ciphertext = _xor(plain, nonce)
    sealed = nonce + ciphertext + _tag(nonce, ciphertext)
    return f"{VERSION}:{base64.urlsafe_b64encode(sealed).decode()}"


def unseal(sealed: str) -> str:
    version, _, payload = sealed.partition(":")
    try:
        raw = base64.urlsafe_b64decode(payload.encode())
    except ValueError as error:
        raise TokenUnreadable from error
    if version != VERSION or len(raw) < NONCE_BYTES + TAG_BYTES:
        raise TokenUnreadable
    nonce, ciphertext, tag = raw[:NONCE_BYTES], raw[NONCE_BYTES:-TAG_BYTES], raw[-TAG_BYTES:]
    if not hmac.compare_digest(tag, _tag(nonce, ciphertext)):
        raise TokenUnreadable
    plain = bytes(
        a ^ b for a, b in zip(ciphertext, _keystream(nonce, len(ciphertext)), strict=True)
    )
    return plain.decode()


def fingerprint(token: str) -> str:
    """A short, non-reversible mark so an administrator can tell two tokens apart."""
    return hashlib.sha256(token.encode()).hexdigest()[:8]
