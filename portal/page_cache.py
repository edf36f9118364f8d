"""Anonymous readers get pages from a cache; everything personal or private goes past it.

What is stored: a 200 answer to a GET of a public path (/vi/..., /lo/..., /sitemap.xml) for a
request that carries no session cookie and no Authorization header, when the answer sets no
cookie, used no CSRF token and does not say `private`/`no-store`. Pages behind a password or a
login are answered to anonymous readers with a login redirect or a password form (which uses a
CSRF token), and readers who passed the check carry a session: neither is ever stored or
served from here. Previews are admin URLs, outside the public paths.

Invalidation is one site-wide *content version* (portal.content_version): every key holds it,
so a publish, unpublish, move, delete or scheduled go-live, or a change to a snippet, image or
setting shown on pages, bumps it and every stored page (home, indexes, feeds, sitemap, gazette
issues, related documents, search results) is stale at once, in both languages. A proxy or CDN
in front is purged through Wagtail's frontend cache (portal.frontend_purge).

Each stored page keeps its body plain, gzipped and brotli'd, one ETag per encoding, and every
header of the answer as the whole middleware stack made it (security headers included: the
middleware is the first of all, so a hit answers with exactly the headers a rendered page
has). Compression is only ever applied here, to stored pages: a page with a CSRF token is
never compressed (BREACH).

Two levels: the shared store (the "pages" cache: Redis or a file cache) and, in each process,
a small memory of hot pages whose answers are ready to send (status, header list, body per
encoding). `front()` wraps the WSGI application and answers those from memory before Django
builds a request; the middleware answers the rest and fills both levels. Keys hold the scheme,
host, path and query as the WSGI server gave them, so both levels agree on them.
"""

import gzip
import hashlib
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from http import HTTPStatus
from typing import Any

import brotli
from django.conf import settings
from django.core.cache import caches
from django.http import HttpRequest, HttpResponse, HttpResponseNotModified
from django.http.cookie import parse_cookie

from portal import content_version

CACHE_ALIAS = "pages"
# Headers made per answer here (or by the WSGI server); every other header is stored.
PER_ANSWER_HEADERS = {
    "content-length",
    "content-encoding",
    "etag",
    "cache-control",
    "date",
    "expires",
    "last-modified",
    "set-cookie",
}
COMPRESSIBLE = ("text/", "application/xml", "application/rss+xml", "application/json")
MIN_COMPRESS_BYTES = 512
ENCODINGS = ("br", "gzip")
COMMAS = re.compile(r"\s*,\s*")
# The memory of hot pages in each process: at most this many pages and bytes (all encodings).
HOT_PAGES = 256
HOT_BYTES = 48 * 1024 * 1024

Environ = dict[str, Any]
# What a hit sends: WSGI status line, header list, body.
Answer = tuple[str, list[tuple[str, str]], bytes]


@dataclass
class StoredPage:
    """What the shared store keeps of a page."""

    status: int
    headers: list[tuple[str, str]]
    bodies: dict[str, bytes] = field(default_factory=dict)  # "identity", "gzip", "br"
    etag: str = ""

    @classmethod
    def of(cls, response: HttpResponse) -> "StoredPage":
        body = response.content
        headers = [(k, v) for k, v in response.items() if k.lower() not in PER_ANSWER_HEADERS]
        page = cls(response.status_code, headers, {"identity": body})
        page.etag = hashlib.sha256(body).hexdigest()[:20]
        if len(body) >= MIN_COMPRESS_BYTES and response["Content-Type"].startswith(COMPRESSIBLE):
            page.bodies["gzip"] = gzip.compress(body, compresslevel=6, mtime=0)
            page.bodies["br"] = brotli.compress(body, quality=5)
        return page


@dataclass(frozen=True)
class Variant:
    """One encoding of a hot page, its answers built once."""

    etag: str
    full: Answer
    head: Answer
    not_modified: Answer


@dataclass(frozen=True)
class HotPage:
    version: str
    expires: float  # time.monotonic(), as the stored copy (PAGE_CACHE_SECONDS)
    variants: dict[str, Variant]
    size: int

    @classmethod
    def of(cls, stored: StoredPage, version: str) -> "HotPage":
        status = f"{stored.status} {HTTPStatus(stored.status).phrase}"
        headers = with_vary(stored.headers, "Accept-Encoding" if len(stored.bodies) > 1 else "")
        variants = {}
        for encoding, body in stored.bodies.items():
            etag = f'"{stored.etag}"' if encoding == "identity" else f'"{stored.etag}-{encoding}"'
            common = [
                *headers,
                *([("Content-Encoding", encoding)] if encoding != "identity" else []),
                ("ETag", etag),
                ("Cache-Control", settings.PAGE_CACHE_CONTROL),
            ]
            full = [*common, ("Content-Length", str(len(body)))]
            unchanged = [(k, v) for k, v in common if k.lower() != "content-type"]
            not_modified = ("304 Not Modified", unchanged, b"")
            variants[encoding] = Variant(
                etag, (status, full, body), (status, full, b""), not_modified
            )
        size = sum(len(body) for body in stored.bodies.values())
        return cls(version, time.monotonic() + settings.PAGE_CACHE_SECONDS, variants, size)

    def answer(self, environ: Environ) -> Answer:
        encoding = chosen_encoding(environ.get("HTTP_ACCEPT_ENCODING", ""))
        variant = self.variants.get(encoding) or self.variants["identity"]
        if "HTTP_IF_NONE_MATCH" in environ and variant.etag in if_none_match(environ):
            return variant.not_modified
        return variant.head if environ["REQUEST_METHOD"] == "HEAD" else variant.full


def with_vary(headers: list[tuple[str, str]], name: str) -> list[tuple[str, str]]:
    """The headers with `name` added to Vary (if it is not there already)."""
    varied = [v for k, v in headers if k.lower() == "vary"]
    values = [v.strip() for v in COMMAS.split(", ".join(varied)) if v.strip()]
    if name and name.lower() not in {v.lower() for v in values}:
        values.append(name)
    rest = [(k, v) for k, v in headers if k.lower() != "vary"]
    return [*rest, ("Vary", ", ".join(values))] if values else rest


@lru_cache(maxsize=64)
def chosen_encoding(accept_encoding: str) -> str:
    """The best encoding the client accepts (q=0 refuses one); a page stored uncompressed
    answers "identity" whatever this says."""
    accepted = set()
    for part in accept_encoding.split(","):
        name, _, params = part.strip().partition(";")
        if params.replace(" ", "") not in {"q=0", "q=0.0", "q=0.00", "q=0.000"}:
            accepted.add(name.strip().lower())
    return next((name for name in ENCODINGS if name in accepted), "identity")


def if_none_match(environ: Environ) -> set[str]:
    header = environ.get("HTTP_IF_NONE_MATCH", "")
    return {tag.strip().removeprefix("W/") for tag in header.split(",") if tag.strip()}


def is_public_path(path: str) -> bool:
    return path == "/sitemap.xml" or any(
        path.startswith(f"/{code}/") for code, _name in settings.LANGUAGES
    )


def may_be_cached(environ: Environ) -> bool:
    """A request for a public path from someone with nothing personal to show."""
    cookies = environ.get("HTTP_COOKIE")
    return (
        environ["REQUEST_METHOD"] in {"GET", "HEAD"}
        and settings.PAGE_CACHE_SECONDS > 0
        and is_public_path(environ.get("PATH_INFO", ""))
        and "HTTP_AUTHORIZATION" not in environ
        and not (cookies and settings.SESSION_COOKIE_NAME in parse_cookie(cookies))
    )


def is_shareable(request: HttpRequest, response: HttpResponse) -> bool:
    """An answer that holds nothing of this reader's own."""
    cache_control = response.get("Cache-Control", "").lower()
    user = getattr(request, "user", None)
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not getattr(request, "is_preview", False)
        and not (user is not None and user.is_authenticated)
        and "private" not in cache_control
        and "no-store" not in cache_control
        and "no-cache" not in cache_control
    )


def address(environ: Environ) -> str:
    """Scheme, host, path and query as the WSGI server passed them (Django's is_secure rule:
    HSTS is only sent over HTTPS, so the two schemes are two pages)."""
    scheme = environ.get("wsgi.url_scheme", "http")
    if settings.SECURE_PROXY_SSL_HEADER:
        header, secure = settings.SECURE_PROXY_SSL_HEADER
        if header in environ:
            scheme = "https" if environ[header].split(",", 1)[0].strip() == secure else "http"
    host = environ.get("HTTP_HOST") or f"{environ.get('SERVER_NAME')}:{environ.get('SERVER_PORT')}"
    path = f"{environ.get('SCRIPT_NAME', '')}{environ.get('PATH_INFO', '')}"
    return f"{scheme}://{host}{path}?{environ.get('QUERY_STRING', '')}"


def shared_key(version: str, address: str) -> str:
    return f"page:{version}:{hashlib.sha256(address.encode()).hexdigest()}"


class HotPages:
    """The ready answers of the pages this process served last (least recently used go).
    A lock, for threaded servers (runserver): gunicorn's sync workers have one thread."""

    def __init__(self) -> None:
        self.pages: OrderedDict[str, HotPage] = OrderedDict()
        self.size = 0
        self.lock = threading.Lock()

    def answer(self, environ: Environ) -> Answer | None:
        """A stored answer, if the request may have one and this process has it at the
        content version it last saw."""
        if not may_be_cached(environ):
            return None
        key = address(environ)
        page = self.pages.get(key)
        if (
            page is None
            or page.version != content_version.recent()
            or page.expires <= time.monotonic()
        ):
            return None
        with self.lock:
            if key in self.pages:
                self.pages.move_to_end(key)
        return page.answer(environ)

    def keep(self, key: str, page: HotPage) -> None:
        with self.lock:
            self._drop(key)
            self.pages[key] = page
            self.size += page.size
            while self.pages and (len(self.pages) > HOT_PAGES or self.size > HOT_BYTES):
                self._drop(next(iter(self.pages)))

    def _drop(self, key: str) -> None:
        page = self.pages.pop(key, None)
        if page is not None:
            self.size -= page.size

    def forget(self) -> None:
        with self.lock:
            self.pages.clear()
            self.size = 0


hot_pages = HotPages()


def forget() -> None:
    """Everything this process keeps (tests empty the caches between them)."""
    hot_pages.forget()
    content_version.forget()


def front(application: Callable) -> Callable:
    """The WSGI application, with hot pages answered before Django sees the request."""

    def answer_hot_pages_first(environ: Environ, start_response: Callable) -> Iterable[bytes]:
        answer = hot_pages.answer(environ)
        if answer is None:
            return application(environ, start_response)
        status, headers, body = answer
        start_response(status, headers)
        return [body]

    return answer_hot_pages_first


class AnonymousPageCacheMiddleware:
    """Serves and stores anonymous pages (see the module docstring for what and why)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        environ = request.META
        if not may_be_cached(environ):
            return self.mark_private(request, self.get_response(request))
        answer = hot_pages.answer(environ)  # when front() did not wrap the application (tests)
        if answer is not None:
            return as_response(answer)
        request.get_host()  # an unknown host is refused (400) before anything is looked up
        key = address(environ)
        # The version is read before rendering: a page rendered while an editor publishes is
        # stored under the old version and never served after the bump.
        version = content_version.current()
        cache = caches[CACHE_ALIAS]
        stored = cache.get(shared_key(version, key))
        if stored is None:
            response = self.get_response(request)
            if request.method != "GET" or not is_shareable(request, response):
                return self.mark_private(request, response)
            stored = StoredPage.of(response)
            cache.set(shared_key(version, key), stored, settings.PAGE_CACHE_SECONDS)
        page = HotPage.of(stored, version)
        hot_pages.keep(key, page)
        return as_response(page.answer(environ))

    @staticmethod
    def mark_private(request: HttpRequest, response: HttpResponse) -> HttpResponse:
        # A page not stored here may be personal: no shared cache downstream may store it.
        if is_public_path(request.path_info) and "Cache-Control" not in response:
            response["Cache-Control"] = "private, no-cache"
        return response


def as_response(answer: Answer) -> HttpResponse:
    status, headers, body = answer
    code = int(status.split(" ", 1)[0])
    response = HttpResponseNotModified() if code == 304 else HttpResponse(body, status=code)
    for name, value in headers:
        response[name] = value
    return response
