"""A small client for the Graph API calls Page publishing needs.

Every call carries `appsecret_proof`; the access token travels in the Authorization header
(never in a URL a log could record). Requests are never retried here: a POST repeated after
a timeout is how cross-posting tools make duplicates, so retrying is the sender's decision.
Every error message leaves here redacted (see social/redaction.py).

Posts are read back the way v25.0 allows: `link` and the other fields deprecated in v3.3
would fail with error #12, so a link is read from `attachments` (see simulator.py).
"""

import hashlib
import hmac
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import requests
from django.conf import settings
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError

from social import conf
from social.redaction import redact

LISTING_FIELDS = (
    "id,message,created_time,permalink_url,attachments{type,url,unshimmed_url,target{url}}"
)
LISTING_LIMIT = 100  # the most Facebook returns per call


@dataclass(frozen=True)
class Usage:
    """Facebook's usage headers: percentages of the allowance used (100 = throttled)."""

    app: int = 0
    pages: dict[str, int] = field(default_factory=dict)
    regain_minutes: dict[str, int] = field(default_factory=dict)

    @classmethod
    def from_headers(cls, headers: Any) -> "Usage":
        app = _percentages(_json_header(headers, "X-App-Usage"))
        pages, regain = {}, {}
        for page_id, entries in _json_header(headers, "X-Business-Use-Case-Usage").items():
            for entry in entries if isinstance(entries, list) else []:
                pages[page_id] = max(pages.get(page_id, 0), _percentages(entry))
                minutes = entry.get("estimated_time_to_regain_access") or 0
                regain[page_id] = max(regain.get(page_id, 0), int(minutes))
        for page_id, entry in _json_header(headers, "X-Page-Usage").items():
            pages[page_id] = max(pages.get(page_id, 0), _percentages(entry))
        return cls(app, pages, regain)


def _json_header(headers: Any, name: str) -> dict:
    try:
        value = json.loads(headers.get(name) or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _percentages(entry: Any) -> int:
    if not isinstance(entry, dict):
        return 0
    keys = ("call_count", "total_cputime", "total_time")
    return max((int(entry.get(key) or 0) for key in keys), default=0)


class GraphError(Exception):
    """Facebook answered with its error envelope (or with something that is not JSON)."""

    def __init__(self, payload: dict, http_status: int, usage: Usage):
        self.code = payload.get("code")
        self.subcode = payload.get("error_subcode")
        self.message = redact(payload.get("message") or f"HTTP {http_status}")
        self.user_message = payload.get("error_user_msg", "")
        self.is_transient = bool(payload.get("is_transient"))
        self.fbtrace_id = payload.get("fbtrace_id", "")
        self.http_status = http_status
        self.usage = usage
        super().__init__(f"Graph API error {self.code}/{self.subcode}: {self.message}")


class GraphUnreachable(Exception):
    """The request never reached Facebook: safe to send again."""


class GraphTimeout(Exception):
    """The request went out but no clear answer came back: it may have taken effect."""


def unclear_answer(http_status: int, usage: "Usage", what: str) -> GraphError:
    """An answer that is not Facebook's error envelope nor what the call returns.

    Its code is None, which the sender treats as "may have been stored": reconcile.
    """
    return GraphError(
        {"message": f"Unclear answer (HTTP {http_status}): {what}"}, http_status, usage
    )


@dataclass(frozen=True)
class Published:
    post_id: str


@dataclass(frozen=True)
class Listing:
    """A Page's posts newest first, back to a moment; `complete` if nothing was cut off."""

    posts: list[dict]
    complete: bool


class GraphClient:
    def __init__(
        self,
        *,
        app_id: str,
        app_secret: str,
        base_url: str,
        version: str,
        timeout: tuple[float, float],
    ):
        self.app_id = app_id
        self.app_secret = app_secret
        self.api_root = f"{base_url.rstrip('/')}/{version}"
        self.timeout = timeout
        self.session = requests.Session()
        self.last_usage = Usage()

    @classmethod
    def from_settings(cls) -> "GraphClient":
        return cls(
            app_id=settings.FACEBOOK_APP_ID,
            app_secret=settings.FACEBOOK_APP_SECRET,
            base_url=settings.GRAPH_API_BASE_URL,
            version=settings.GRAPH_API_VERSION,
            timeout=conf.timeouts(),
        )

    @property
    def app_token(self) -> str:
        return f"{self.app_id}|{self.app_secret}"

    def publish(
        self, page_id: str, token: str, *, message: str, link: str, image_url: str = ""
    ) -> Published:
        """A link post, or a photo post (link in the caption) when an image is given."""
        if image_url:
            caption = f"{message}\n\n{link}"
            data = self._call(
                "POST", f"{page_id}/photos", token, {"url": image_url, "caption": caption}
            )
            post_id = data.get("post_id") or (f"{page_id}_{data['id']}" if data.get("id") else "")
        else:
            data = self._call("POST", f"{page_id}/feed", token, {"message": message, "link": link})
            post_id = data.get("id")
        if not isinstance(post_id, str) or not post_id:
            raise unclear_answer(200, self.last_usage, "no post id")
        return Published(post_id)

    def page_posts(
        self, page_id: str, token: str, *, since: datetime, max_calls: int = 20
    ) -> Listing:
        """The Page's published posts newest first, paging back until one predates `since`."""
        posts: list[dict] = []
        for chunk, more in self._listing_pages(page_id, token, max_calls):
            posts.extend(chunk)
            created = [parse_graph_time(post.get("created_time", "")) for post in chunk]
            if any(moment and moment < since for moment in created) or not more:
                return Listing(posts, complete=True)
        return Listing(posts, complete=False)

    def _listing_pages(
        self, page_id: str, token: str, max_calls: int
    ) -> Iterator[tuple[list[dict], bool]]:
        params = {"fields": LISTING_FIELDS, "limit": str(LISTING_LIMIT)}
        for _ in range(max_calls):
            answer = self._call("GET", f"{page_id}/published_posts", token, params)
            data, paging = answer.get("data"), answer.get("paging") or {}
            if not isinstance(data, list):
                raise unclear_answer(200, self.last_usage, "a listing without data")
            after = (paging.get("cursors") or {}).get("after")
            more = bool(paging.get("next") and after)
            yield [post for post in data if isinstance(post, dict)], more
            if not more:
                return
            params = {**params, "after": str(after)}

    def post_details(self, post_id: str, token: str) -> dict:
        fields = "permalink_url,reactions.summary(true),comments.summary(true),shares"
        return self._call("GET", post_id, token, {"fields": fields})

    def debug_token(self, token: str) -> dict:
        data = self._call("GET", "debug_token", self.app_token, {"input_token": token})
        return data.get("data", {})

    def scrape(self, url: str) -> None:
        """Asks Facebook to re-read the page's Open Graph tags before the post links to it."""
        self._call("POST", "", self.app_token, {"id": url, "scrape": "true"})

    def proof(self, token: str) -> str:
        return hmac.new(self.app_secret.encode(), token.encode(), hashlib.sha256).hexdigest()

    def _call(self, method: str, path: str, token: str, params: dict) -> dict:
        proof = self.proof(token)
        params = {**params, "appsecret_proof": proof}
        secrets = (token, proof, params.get("input_token", ""), self.app_secret)
        url = f"{self.api_root}/{path}"
        as_body = method == "POST"
        try:
            response = self.session.request(
                method,
                url,
                params=None if as_body else params,
                data=params if as_body else None,
                headers={"Authorization": f"Bearer {token}"},
                timeout=self.timeout,
                allow_redirects=False,
            )
        except requests.ConnectionError as error:
            if _never_sent(error):
                raise GraphUnreachable(redact(str(error), secrets)) from None
            raise GraphTimeout(redact(str(error), secrets)) from None
        except requests.RequestException as error:
            # A read timeout, a truncated body, a broken chunk: the request went out.
            raise GraphTimeout(redact(str(error), secrets)) from None
        self.last_usage = Usage.from_headers(response.headers)
        try:
            payload = response.json()
        except ValueError:
            payload = None
        if isinstance(payload, dict) and isinstance(payload.get("error"), dict):
            raise GraphError(payload["error"], response.status_code, self.last_usage)
        if response.status_code >= 400 or not isinstance(payload, dict):
            kind = response.headers.get("Content-Type", "no content type").split(";")[0]
            raise unclear_answer(response.status_code, self.last_usage, f"not JSON ({kind})")
        return payload


def _never_sent(error: requests.ConnectionError) -> bool:
    """True when the connection itself failed, so not a byte of the request left."""
    if isinstance(error, requests.ConnectTimeout):
        return True
    reason = getattr(error.args[0], "reason", None) if error.args else None
    return isinstance(reason, (NewConnectionError, ConnectTimeoutError))


def parse_graph_time(value: str) -> datetime | None:
    """Facebook's timestamps look like 2025-06-13T03:00:00+0000."""
    try:
        return datetime.strptime(value, "%Y-%m-%dT%H:%M:%S%z")
    except (TypeError, ValueError):
        return None
