"""A small client for the Graph API calls Page publishing needs.

Every call carries `appsecret_proof`; the access token travels in the Authorization header
(never in a URL a log could record). Requests are never retried here: a POST repeated after
a timeout is how cross-posting tools make duplicates, so retrying is the sender's decision.
"""

import hashlib
import hmac
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import requests
from django.conf import settings
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError

from social import conf


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
        self.message = payload.get("message") or f"HTTP {http_status}"
        self.user_message = payload.get("error_user_msg", "")
        self.is_transient = bool(payload.get("is_transient"))
        self.fbtrace_id = payload.get("fbtrace_id", "")
        self.http_status = http_status
        self.usage = usage
        super().__init__(f"Graph API error {self.code}/{self.subcode}: {self.message}")


class GraphUnreachable(Exception):
    """The request never reached Facebook: safe to send again."""


class GraphTimeout(Exception):
    """The request went out but no answer came back: it may have taken effect."""


@dataclass(frozen=True)
class Published:
    post_id: str


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
            return Published(data.get("post_id") or f"{page_id}_{data['id']}")
        data = self._call("POST", f"{page_id}/feed", token, {"message": message, "link": link})
        return Published(data["id"])

    def recent_posts(self, page_id: str, token: str, limit: int = 50) -> list[dict]:
        fields = "id,message,link,created_time,permalink_url"
        params = {"fields": fields, "limit": str(limit)}
        return self._call("GET", f"{page_id}/published_posts", token, params).get("data", [])

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
        params = {**params, "appsecret_proof": self.proof(token)}
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
                raise GraphUnreachable(str(error)) from None
            raise GraphTimeout(str(error)) from None
        except requests.Timeout as error:
            raise GraphTimeout(str(error)) from None
        self.last_usage = Usage.from_headers(response.headers)
        try:
            payload = response.json()
        except ValueError:
            payload = None
        if isinstance(payload, dict) and "error" in payload:
            raise GraphError(payload["error"] or {}, response.status_code, self.last_usage)
        if response.status_code >= 400 or not isinstance(payload, dict):
            raise GraphError({}, response.status_code, self.last_usage)
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
