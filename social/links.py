"""Recognising our own link among what Facebook returns for a Page's posts.

Facebook hands links back changed: behind an l.facebook.com redirect, with its host in
another case, with or without the trailing slash, with tracking parameters added. Two
links are the same post's when their normalised forms are equal; `?n=1` is never `?n=10`.
"""

import re
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_ga|igshid)$", re.I)
SHIM_HOSTS = {"l.facebook.com", "lm.facebook.com"}
URL_IN_TEXT = re.compile(r"https?://[^\s<>\"']+", re.IGNORECASE)
DEFAULT_PORTS = {"http": 80, "https": 443}


def normalise(url: str) -> str:
    """Scheme-less, lower-case host, no default port, no trailing slash, no fragment, no
    tracking parameters, the remaining parameters in order."""
    parts = urlsplit((url or "").strip())
    try:
        port = parts.port
    except ValueError:
        port = None
    host = (parts.hostname or "").lower()
    if port and port != DEFAULT_PORTS.get(parts.scheme.lower()):
        host = f"{host}:{port}"
    path = quote(unquote(parts.path), safe="/:@!$&'()*+,;=-._~").rstrip("/")
    query = sorted(
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not TRACKING.match(key)
    )
    return urlunsplit(("", host, path or "", urlencode(query), ""))


def unshim(url: str) -> str:
    """The original of an l.facebook.com/l.php?u=... redirect; any other URL as it is."""
    parts = urlsplit(url or "")
    if (parts.hostname or "").lower() in SHIM_HOSTS and parts.path == "/l.php":
        return dict(parse_qsl(parts.query)).get("u", url)
    return url


def of_post(post: dict) -> set[str]:
    """Every link a listed post carries, normalised: attachments first, then its text."""
    found = []
    for attachment in (post.get("attachments") or {}).get("data") or []:
        if not isinstance(attachment, dict):
            continue
        target = attachment.get("target") or {}
        found += [
            attachment.get("unshimmed_url"),
            target.get("url"),
            unshim(attachment.get("url") or ""),
        ]
    found += URL_IN_TEXT.findall(post.get("message") or "")
    return {normalise(url) for url in found if isinstance(url, str) and url}


def squeeze(text: str) -> str:
    """Whitespace-insensitive form of a caption (Facebook may trim or fold it)."""
    return " ".join((text or "").split())
