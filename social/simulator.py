"""A local stand-in for the Graph API's Page endpoints, for tests, demos and benchmarks.

It keeps simulated Facebook Pages and their posts in memory and checks what Facebook
checks: the access token (a Page's own token for Page calls, the app token for debug_token
and scraping) and `appsecret_proof`. It answers with Facebook's error envelope and usage
headers, and can be scripted to misbehave (see `Fault`). The HTTP server around it lives in
simulator_http.py.

What it models of Graph API v25.0 when posts are read back, and where that comes from:

- Post reference (developers.facebook.com/docs/graph-api/reference/post/, "Limitations"):
  `caption`, `description`, `link`, `name`, `object_id`, `source` and `type` were deprecated
  in v3.3 for /{page}/feed, /{page}/posts and /{page}/published_posts. Asking a listing for
  one answers error #12 ("link field is deprecated for versions v3.3 and higher"), as
  Facebook does; reading one post by id is not a listing and is not refused.
- Story Attachment and Story Attachment Target references
  (.../reference/story-attachment/, .../reference/story-attachment-target/): a link post's
  link is only in `attachments{type, url, unshimmed_url, target{url}}`: `type` is `share`,
  `url` an l.facebook.com redirect (the "shimmed" link), `unshimmed_url` and `target.url`
  the link as posted. A photo post's attachment is `type: photo` with the photo as target,
  and its caption is the post's `message`.
- Page Feed and Page Published Posts references (.../reference/page/feed/,
  .../reference/page/published_posts/) and ../shared/graph-api-facts.md: listings are newest
  first, page with opaque cursors (`paging.cursors.after`, `paging.next` while more follow),
  return at most 100 posts per call whatever `limit` asks, and only the requested `fields`
  (`id`, `message`, `created_time` when none are asked). A new post may be listed only after a
  delay (`listing_delay` seconds), although it exists (and its id can be read) at once.
"""

import base64
import hashlib
import hmac
import itertools
import re
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urlencode

SCOPES = ["pages_manage_posts", "pages_read_engagement", "pages_show_list"]
ERROR_TYPES = {190: "OAuthException", 100: "GraphMethodException", 12: "OAuthException"}
# Deprecated in v3.3 on Page post listings (Post reference, "Limitations").
DEPRECATED_LISTING_FIELDS = {
    "caption",
    "description",
    "link",
    "name",
    "object_id",
    "source",
    "type",
}
LISTING_FIELDS = {"id", "message", "created_time", "permalink_url", "attachments", "updated_time"}
DEFAULT_LISTING_FIELDS = ["id", "message", "created_time"]
MAX_LISTING_LIMIT = 100
SHIM = "https://l.facebook.com/l.php"


@dataclass
class SimulatedPage:
    page_id: str
    name: str
    token: str
    # A Facebook subcode (460 password changed, 458 app removed...) once the token is revoked.
    revoked_subcode: int | None = None
    scopes: list[str] = field(default_factory=lambda: list(SCOPES))
    data_access_days: int = 90
    usage_percent: int = 0


@dataclass
class Fault:
    """One scripted misbehaviour, matched on the endpoint and (optionally) the Page.

    action: "error" answers with `code` without storing anything; "error_after_store" stores
    the post first (HTTP 500 after storing); "hang_after_store" stores it and then never
    answers (for `seconds`, then drops the connection); "slow" waits `seconds`, then answers
    normally (a client that gave up meanwhile never learns the post was stored);
    "bad_body" stores the post (unless `store` is false) and answers `body` verbatim with
    `http_status` (default 200): not JSON, an HTML error page, a truncated body, JSON
    without an id. `then_posts` adds that many unrelated posts to the Page after the
    faulty call, as other people posting to a busy Page would.
    """

    endpoint: str  # feed, photos, published_posts, post, debug_token, scrape, or any
    action: str = "error"
    page_id: str | None = None
    code: int = 2
    subcode: int | None = None
    http_status: int | None = None
    seconds: float = 0
    times: int = 1
    regain_minutes: int = 0
    body: str = ""
    store: bool = True
    then_posts: int = 0

    def matches(self, endpoint: str, page_id: str | None) -> bool:
        return self.endpoint in {endpoint, "any"} and self.page_id in {None, page_id}


class SimulatedError(Exception):
    def __init__(self, code: int, message: str, *, subcode=None, http_status=None, headers=None):
        super().__init__(message)
        self.code, self.subcode, self.message = code, subcode, message
        self.http_status = http_status or (500 if code in {1, 2} else 400)
        self.headers = headers or {}

    def envelope(self) -> dict:
        error = {
            "message": self.message,
            "type": ERROR_TYPES.get(self.code, "OAuthException"),
            "code": self.code,
            "is_transient": self.code in {1, 2, 4, 17, 32, 613},
            "fbtrace_id": "Sim" + hashlib.sha1(self.message.encode()).hexdigest()[:10],  # noqa: S324
        }
        if self.subcode is not None:
            error["error_subcode"] = self.subcode
        return {"error": error}


@dataclass
class Reply:
    status: int
    body: dict
    headers: dict = field(default_factory=dict)
    # Seconds to stay silent and then drop the connection instead of answering.
    hang: float = 0
    # Sent verbatim instead of `body` as JSON (a broken answer).
    raw: str | None = None
    # Announce more bytes than are sent (a truncated answer).
    truncate: bool = False


class GraphSimulator:
    def __init__(
        self, app_id: str, app_secret: str, *, public_url: str = "", listing_delay: float = 0
    ):
        self.app_id, self.app_secret = app_id, app_secret
        self.public_url = public_url
        # Seconds before a new post shows in listings (it exists, and reads by id, at once).
        self.listing_delay = listing_delay
        self.pages: dict[str, SimulatedPage] = {}
        self.posts: dict[str, dict] = {}
        self.faults: list[Fault] = []
        self.scrapes: list[str] = []
        self.calls = 0
        self.lock = threading.Lock()
        self.released = threading.Event()  # set on shutdown so hanging answers end
        self._ids = itertools.count(1)

    # --- scripting -------------------------------------------------------------------
    def add_page(self, page_id: str, name: str, token: str, **options) -> SimulatedPage:
        with self.lock:
            page = SimulatedPage(page_id, name, token, **options)
            self.pages[page_id] = page
            return page

    def add_fault(self, **fields) -> Fault:
        fault = Fault(**fields)
        with self.lock:
            self.faults.append(fault)
        return fault

    def feed(self, page_id: str) -> list[dict]:
        """A Page's posts, newest first."""
        with self.lock:
            posts = [post for post in self.posts.values() if post["page_id"] == page_id]
        return sorted(posts, key=lambda post: post["seq"], reverse=True)

    def set_listing_delay(self, seconds: float) -> None:
        self.listing_delay = seconds

    def set_engagement(self, post_id: str, reactions=0, comments=0, shares=0) -> None:
        with self.lock:
            self.posts[post_id].update(reactions=reactions, comments=comments, shares=shares)

    def state(self) -> dict:
        return {
            page_id: {"name": page.name, "posts": self.feed(page_id)}
            for page_id, page in self.pages.items()
        }

    # --- dispatch ----------------------------------------------------------------------
    def handle(self, method: str, segments: list[str], params: dict, token: str) -> Reply:
        """Answers one Graph API call: segments are the path after the version."""
        self.calls += 1
        fault, page_id = None, None
        try:
            endpoint, page_id = self._route(method, segments, params)
            fault = self._take_fault(endpoint, page_id)
            if fault and fault.action == "slow":
                self.released.wait(fault.seconds)
            if fault and (
                fault.action == "error" or (fault.action == "bad_body" and not fault.store)
            ):
                return self._faulty_reply(fault, page_id)
            body = self._answer(method, endpoint, segments, params, token)
            if fault and fault.action in {"error_after_store", "hang_after_store", "bad_body"}:
                return self._faulty_reply(fault, page_id)
            return Reply(200, body, self._usage_headers(page_id))
        except SimulatedError as error:
            return self._error_reply(error)
        finally:
            if fault and fault.then_posts and page_id in self.pages:
                self._add_unrelated_posts(self.pages[page_id], fault.then_posts)

    def _faulty_reply(self, fault: Fault, page_id: str | None) -> Reply:
        if fault.action == "hang_after_store":
            return Reply(200, {}, hang=fault.seconds or 3600)
        if fault.action == "bad_body":
            status = fault.http_status or 200
            if fault.body == "truncated":
                return Reply(status, {}, raw='{"id": "', truncate=True)
            return Reply(status, {}, raw=fault.body)
        return self._error_reply(self._fault_error(fault))

    def _error_reply(self, error: "SimulatedError") -> Reply:
        headers = {**self._usage_headers(None), **error.headers}
        return Reply(error.http_status, error.envelope(), headers)

    def _add_unrelated_posts(self, page: SimulatedPage, count: int) -> None:
        for n in range(count):
            self._store(
                page, "feed", {"message": f"Other news {n}", "link": f"https://news.example/{n}"}
            )

    def _route(self, method: str, segments: list[str], params: dict) -> tuple[str, str | None]:
        if segments == [""] or not segments:
            if method == "POST" and params.get("scrape") == "true":
                return "scrape", None
            raise SimulatedError(100, "Unsupported request: the root needs id and scrape=true")
        if segments == ["debug_token"] and method == "GET":
            return "debug_token", None
        if len(segments) == 2 and segments[1] in {"feed", "photos"} and method == "POST":
            return segments[1], segments[0]
        lists = {"feed", "published_posts", "scheduled_posts"}
        if len(segments) == 2 and segments[1] in lists and method == "GET":
            return "published_posts", segments[0]
        if len(segments) == 1 and method in {"GET", "POST", "DELETE"}:
            return "post", segments[0].split("_")[0]
        raise SimulatedError(100, f"Unknown path components: /{'/'.join(segments)}")

    def _take_fault(self, endpoint: str, page_id: str | None) -> Fault | None:
        with self.lock:
            for fault in self.faults:
                if fault.matches(endpoint, page_id):
                    fault.times -= 1
                    if fault.times <= 0:
                        self.faults.remove(fault)
                    return fault
        return None

    def _fault_error(self, fault: Fault) -> SimulatedError:
        headers = {}
        if fault.regain_minutes and fault.page_id:
            headers = self._usage_headers(fault.page_id, percent=100, regain=fault.regain_minutes)
        return SimulatedError(
            fault.code,
            f"Simulated error {fault.code}",
            subcode=fault.subcode,
            http_status=fault.http_status,
            headers=headers,
        )

    def _answer(self, method, endpoint, segments, params, token) -> dict:
        if endpoint in {"debug_token", "scrape"}:
            self._check_app_token(token, params)
            if endpoint == "scrape":
                self.scrapes.append(params.get("id", ""))
                return {"id": params.get("id", ""), "url": params.get("id", "")}
            return self._debug_token(params.get("input_token", ""))
        if endpoint == "post":
            return self._post_call(method, segments[0], params, token)
        page = self._check_page_token(segments[0], token, params)
        if endpoint == "published_posts":
            return self._list(page, params)
        if not params.get("message") and not params.get("caption") and endpoint == "feed":
            raise SimulatedError(100, "(#100) Missing message or attachment")
        post = self._store(page, endpoint, params)
        if endpoint == "photos":
            return {"id": post["photo_id"], "post_id": post["id"]}
        return {"id": post["id"]}

    # --- checks --------------------------------------------------------------------------
    def _check_proof(self, token: str, params: dict) -> None:
        expected = hmac.new(self.app_secret.encode(), token.encode(), hashlib.sha256).hexdigest()
        if not hmac.compare_digest(params.get("appsecret_proof", ""), expected):
            raise SimulatedError(100, "Invalid appsecret_proof provided in the API argument")

    def _check_app_token(self, token: str, params: dict) -> None:
        if token != f"{self.app_id}|{self.app_secret}":
            raise SimulatedError(190, "Invalid OAuth access token - Cannot parse access token")
        self._check_proof(token, params)

    def _check_page_token(self, page_id: str, token: str, params: dict) -> SimulatedPage:
        if not token:
            raise SimulatedError(104, "An access token is required to request this resource.")
        page = self.pages.get(page_id)
        if page is None:
            raise SimulatedError(100, f"Object with ID '{page_id}' does not exist", subcode=33)
        if token != page.token:
            raise SimulatedError(190, "Invalid OAuth access token data.")
        if page.revoked_subcode:
            raise SimulatedError(
                190,
                "Error validating access token: the session is invalid.",
                subcode=page.revoked_subcode,
            )
        self._check_proof(token, params)
        return page

    # --- endpoints -----------------------------------------------------------------------
    def _store(self, page: SimulatedPage, endpoint: str, params: dict) -> dict:
        with self.lock:
            seq = next(self._ids)
            post_id = f"{page.page_id}_{seq}"
            post = {
                "id": post_id,
                "seq": seq,
                "page_id": page.page_id,
                "message": params.get("message") or params.get("caption", ""),
                "link": params.get("link", "") if endpoint == "feed" else "",
                "image_url": params.get("url", "") if endpoint == "photos" else "",
                "photo_id": str(10**9 + seq) if endpoint == "photos" else "",
                "created_time": _graph_time(datetime.now(UTC)),
                "listed_from": time.monotonic() + self.listing_delay,
                "permalink_url": f"{self.public_url}/#{post_id}",
                "is_published": params.get("published", "true") != "false",
                "reactions": 0,
                "comments": 0,
                "shares": 0,
            }
            self.posts[post_id] = post
            return post

    def _list(self, page: SimulatedPage, params: dict) -> dict:
        fields = _top_level_fields(params.get("fields", "")) or DEFAULT_LISTING_FIELDS
        for name in fields:
            if name in DEPRECATED_LISTING_FIELDS:
                raise SimulatedError(
                    12, f"(#12) {name} field is deprecated for versions v3.3 and higher"
                )
            if name not in LISTING_FIELDS:
                raise SimulatedError(
                    100, f"(#100) Tried accessing nonexisting field ({name}) on node type (Post)"
                )
        try:
            limit = min(int(params.get("limit") or 25), MAX_LISTING_LIMIT)
            after = _decode_cursor(params.get("after", ""))
        except ValueError:
            raise SimulatedError(100, "(#100) Invalid limit or cursor") from None
        now = time.monotonic()
        listed = [
            post
            for post in self.feed(page.page_id)
            if post["listed_from"] <= now and post["is_published"]
        ]
        if after is not None:
            listed = [post for post in listed if post["seq"] < after]
        chunk, more = listed[:limit], len(listed) > limit
        data = [self._listed(post, fields) for post in chunk]
        paging: dict[str, object] = {}
        if chunk:
            paging["cursors"] = {
                "before": _encode_cursor(chunk[0]["seq"]),
                "after": _encode_cursor(chunk[-1]["seq"]),
            }
        if more:
            cursor = _encode_cursor(chunk[-1]["seq"])
            paging["next"] = (
                f"{self.public_url}/v25.0/{page.page_id}/published_posts?"
                f"fields={params.get('fields', '')}&limit={limit}&after={cursor}"
            )
        return {"data": data, "paging": paging}

    def _listed(self, post: dict, fields: list[str]) -> dict:
        values = {
            "id": post["id"],
            "message": post["message"],
            "created_time": post["created_time"],
            "updated_time": post["created_time"],
            "permalink_url": post["permalink_url"],
            "attachments": {"data": [self._attachment(post)]} if self._attachment(post) else None,
        }
        return {name: values[name] for name in fields if values.get(name)}

    def _attachment(self, post: dict) -> dict | None:
        if post["link"]:
            shimmed = f"{SHIM}?{urlencode({'u': post['link'], 'h': 'AT' + post['id'][-6:]})}"
            return {
                "type": "share",
                "url": shimmed,
                "unshimmed_url": post["link"],
                "target": {"url": post["link"]},
                "title": post["link"],
            }
        if post["image_url"]:
            photo_url = f"{self.public_url}/photo/?fbid={post['photo_id']}"
            return {
                "type": "photo",
                "url": photo_url,
                "unshimmed_url": photo_url,
                "target": {"id": post["photo_id"], "url": photo_url},
                "media": {"image": {"src": post["image_url"], "width": 1200, "height": 630}},
            }
        return None

    def _post_call(self, method: str, post_id: str, params: dict, token: str) -> dict:
        post = self.posts.get(post_id)
        if post is None:
            raise SimulatedError(
                100,
                f"Unsupported get request. Object with ID '{post_id}' does not exist",
                subcode=33,
            )
        self._check_page_token(post["page_id"], token, params)
        if method == "DELETE":
            with self.lock:
                del self.posts[post_id]
            return {"success": True}
        if method == "POST":
            with self.lock:
                post["message"] = params.get("message", post["message"])
                post["is_published"] = post["is_published"] or params.get("is_published") == "true"
            return {"success": True}
        answer = {"id": post_id, "permalink_url": post["permalink_url"]}
        answer["reactions"] = {"data": [], "summary": {"total_count": post["reactions"]}}
        answer["comments"] = {"data": [], "summary": {"total_count": post["comments"]}}
        if post["shares"]:  # Facebook leaves `shares` out when nobody shared
            answer["shares"] = {"count": post["shares"]}
        return answer

    def _debug_token(self, input_token: str) -> dict:
        page = next((page for page in self.pages.values() if page.token == input_token), None)
        if page is None:
            return {"data": {"is_valid": False, "error": {"code": 190, "message": "Invalid"}}}
        data = {
            "app_id": self.app_id,
            "type": "PAGE",
            "profile_id": page.page_id,
            "is_valid": page.revoked_subcode is None,
            "expires_at": 0,
            "data_access_expires_at": int(time.time() + page.data_access_days * 86400),
            "scopes": page.scopes,
        }
        if page.revoked_subcode:
            data["error"] = {"code": 190, "subcode": page.revoked_subcode, "message": "Revoked"}
        return {"data": data}

    def _usage_headers(self, page_id: str | None, percent: int | None = None, regain=0) -> dict:
        page = self.pages.get(page_id or "")
        app = {"call_count": 0, "total_cputime": 0, "total_time": 0}
        headers: dict[str, object] = {"X-App-Usage": app}
        if page_id:
            used = percent if percent is not None else (page.usage_percent if page else 0)
            headers["X-Business-Use-Case-Usage"] = {
                page_id: [
                    {
                        "type": "pages",
                        "call_count": used,
                        "total_cputime": used // 2,
                        "total_time": used // 2,
                        "estimated_time_to_regain_access": regain,
                    }
                ]
            }
        return headers


def _top_level_fields(fields: str) -> list[str]:
    """`id,attachments{url,target{url}}` -> ["id", "attachments"] (nested braces skipped)."""
    flat = fields
    while True:
        shorter = re.sub(r"\{[^{}]*\}", "", flat)
        if shorter == flat:
            break
        flat = shorter
    return [name.split(".")[0].strip() for name in flat.split(",") if name.strip()]


def _encode_cursor(seq: int) -> str:
    return base64.urlsafe_b64encode(f"seq:{seq}".encode()).decode().rstrip("=")


def _decode_cursor(cursor: str) -> int | None:
    if not cursor:
        return None
    decoded = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    prefix, _, seq = decoded.partition(":")
    if prefix != "seq":
        raise ValueError(cursor)
    return int(seq)


def _graph_time(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S+0000")
