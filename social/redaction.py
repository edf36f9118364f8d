"""Keeps access tokens and their proofs out of everything stored, logged, emailed or shown.

The client sends tokens in a header, but debug_token takes the token it inspects as a query
parameter, every GET carries `appsecret_proof` in its query, and `requests` puts the whole
request URL into its connection errors ("Max retries exceeded with url: /v25.0/debug_token?
input_token=..."). urllib3 also logs request lines, query included, at DEBUG level. So every
error text goes through `redact` before it reaches a column, a log line or an email.
"""

import logging
import re
import traceback
from collections.abc import Iterable

REDACTED = "[redacted]"
SECRET_PARAMETERS = re.compile(
    r"((?:input_token|access_token|appsecret_proof|client_secret|fb_exchange_token)"
    r"(?:=|%3D|\"?:\s*\"?))[^&\s\"'<>,)]+",
    re.IGNORECASE,
)
BEARER = re.compile(r"((?:Bearer|OAuth)\s+)[^\s\"',]+", re.IGNORECASE)


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """The text with secret parameters, bearer tokens and the given secrets blanked out."""
    text = SECRET_PARAMETERS.sub(rf"\1{REDACTED}", str(text))
    text = BEARER.sub(rf"\1{REDACTED}", text)
    for secret in secrets:
        if secret and len(secret) >= 8:
            text = text.replace(secret, REDACTED)
    return text


class RedactTokens(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            record.args = tuple(
                redact(str(arg)) if isinstance(arg, (str, BaseException)) else arg for arg in args
            )
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        if record.exc_info and not record.exc_text:
            # Formatters print exc_text when it is set: the traceback, redacted once here.
            record.exc_text = redact("".join(traceback.format_exception(*record.exc_info)))
        return True


def install() -> None:
    """On urllib3's logger (its DEBUG request lines) and every handler of the root logger."""
    redacting = RedactTokens()
    logging.getLogger("urllib3.connectionpool").addFilter(redacting)
    for handler in logging.getLogger().handlers:
        if not any(isinstance(existing, RedactTokens) for existing in handler.filters):
            handler.addFilter(redacting)
