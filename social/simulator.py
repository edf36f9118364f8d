"""A local stand-in for the Graph API's Page endpoints, for tests, demos and benchmarks.

It keeps simulated Facebook Pages and their posts in memory and checks what Facebook
checks: the access token (a Page's own token for Page calls, the app token for debug_token
and scraping) and `appsecret_proof`. It answers with Facebook's error envelope and usage
headers, and can be scripted to misbehave (see `Fault`). The HTTP server around it lives in
simulator_http.py.
"""

import hashlib
import hmac
import itertools
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime

SCOPES = ["pages_manage_posts", "pages_read_engagement", "pages_show_list"]
ERROR_TYPES = {190: "OAuthException", 100: "GraphMethodException"}


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
    normally.
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


class GraphSimulator:
    def __init__(self, app_id: str, app_secret: str, *, public_url: str = ""):
        self.app_id, self.app_secret = app_id, app_secret
        self.public_url = public_url
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
        try:
            endpoint, page_id = self._route(method, segments, params)
            fault = self._take_fault(endpoint, page_id)
            if fault and fault.action == "slow":
                self.released.wait(fault.seconds)
            if fault and fault.action == "error":
                raise self._fault_error(fault)
            body = self._answer(method, endpoint, segments, params, token)
            if fault and fault.action == "error_after_store":
                raise self._fault_error(fault)
            if fault and fault.action == "hang_after_store":
                return Reply(200, {}, hang=fault.seconds or 3600)
            return Reply(200, body, self._usage_headers(page_id))
        except SimulatedError as error:
            headers = {**self._usage_headers(None), **error.headers}
            return Reply(error.http_status, error.envelope(), headers)

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
                "permalink_url": f"{self.public_url}/#{post_id}",
                "is_published": params.get("published", "true") != "false",
                "reactions": 0,
                "comments": 0,
                "shares": 0,
            }
            self.posts[post_id] = post
            return post

    def _list(self, page: SimulatedPage, params: dict) -> dict:
        limit = min(int(params.get("limit") or 25), 100)
        after = int(params.get("after") or 0)
        posts = self.feed(page.page_id)[after : after + limit]
        fields = ["id", "message", "link", "created_time", "permalink_url"]
        data = [{key: post[key] for key in fields if post[key]} for post in posts]
        paging = {"cursors": {"before": str(after), "after": str(after + len(data))}}
        if len(data) == limit:
            paging["next"] = f"?after={after + limit}"
        return {"data": data, "paging": paging}

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
        headers = {"X-App-Usage": app}
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


def _graph_time(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S+0000")
