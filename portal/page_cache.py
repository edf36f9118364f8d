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

Each stored page keeps its body plain, gzipped and (with the brotli package) brotli'd, one
ETag per encoding, so a hit costs no rendering, no compression and no database query.
Compression is only ever applied here, to stored pages: a page with a CSRF token is never
compressed (BREACH).
"""

import gzip
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field

import brotli
from django.conf import settings
from django.core.cache import caches
from django.http import HttpRequest, HttpResponse, HttpResponseNotModified
from django.utils.cache import patch_vary_headers

from portal import content_version

CACHE_ALIAS = "pages"
# Headers a stored page keeps; the rest (Date, Set-Cookie, Content-Length...) are per answer.
# What a stored page answers with besides its body. The security middleware wrapping the cache
# adds its headers on every answer; the policies set by middleware inside it are kept here.
KEPT_HEADERS = {
    "content-type",
    "content-language",
    "vary",
    "x-frame-options",
    "link",
    "content-security-policy",
    "permissions-policy",
}
COMPRESSIBLE = ("text/", "application/xml", "application/rss+xml", "application/json")
MIN_COMPRESS_BYTES = 512
ENCODINGS = ("br", "gzip")


@dataclass
class StoredPage:
    status: int
    headers: list[tuple[str, str]]
    bodies: dict[str, bytes] = field(default_factory=dict)  # "identity", "gzip", "br"
    etag: str = ""

    @classmethod
    def of(cls, response: HttpResponse) -> "StoredPage":
        body = response.content
        headers = [(k, v) for k, v in response.items() if k.lower() in KEPT_HEADERS]
        page = cls(response.status_code, headers, {"identity": body})
        page.etag = hashlib.sha256(body).hexdigest()[:20]
        if len(body) >= MIN_COMPRESS_BYTES and response["Content-Type"].startswith(COMPRESSIBLE):
            page.bodies["gzip"] = gzip.compress(body, compresslevel=6, mtime=0)
            page.bodies["br"] = brotli.compress(body, quality=5)
        return page

    def answer(self, request: HttpRequest) -> HttpResponse:
        encoding = chosen_encoding(request, self.bodies)
        etag = f'"{self.etag}"' if encoding == "identity" else f'"{self.etag}-{encoding}"'
        if etag in if_none_match(request):
            response: HttpResponse = HttpResponseNotModified()
        else:
            body = b"" if request.method == "HEAD" else self.bodies[encoding]
            response = HttpResponse(body, status=self.status)
            response["Content-Length"] = str(len(self.bodies[encoding]))
        for name, value in self.headers:
            response[name] = value
        if encoding != "identity":
            response["Content-Encoding"] = encoding
        if len(self.bodies) > 1:
            patch_vary_headers(response, ["Accept-Encoding"])
        response["ETag"] = etag
        response["Cache-Control"] = settings.PAGE_CACHE_CONTROL
        return response


def chosen_encoding(request: HttpRequest, bodies: dict[str, bytes]) -> str:
    """The best encoding the client accepts among those stored (q=0 refuses one)."""
    accepted = set()
    for part in request.headers.get("Accept-Encoding", "").split(","):
        name, _, params = part.strip().partition(";")
        if params.replace(" ", "") not in {"q=0", "q=0.0", "q=0.00", "q=0.000"}:
            accepted.add(name.strip().lower())
    return next((name for name in ENCODINGS if name in accepted and name in bodies), "identity")


def if_none_match(request: HttpRequest) -> set[str]:
    header = request.headers.get("If-None-Match", "")
    return {tag.strip().removeprefix("W/") for tag in header.split(",") if tag.strip()}


def is_public_path(request: HttpRequest) -> bool:
    path = request.path_info
    return path == "/sitemap.xml" or any(
        path.startswith(f"/{code}/") for code, _name in settings.LANGUAGES
    )


def may_be_cached(request: HttpRequest) -> bool:
    """A request for a public path from someone with nothing personal to show."""
    return (
        request.method in {"GET", "HEAD"}
        and settings.PAGE_CACHE_SECONDS > 0
        and is_public_path(request)
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "Authorization" not in request.headers
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


def cache_key(request: HttpRequest, version: str) -> str:
    address = f"{request.get_host()}{request.get_full_path()}".encode()
    return f"page:{version}:{hashlib.sha256(address).hexdigest()}"


class AnonymousPageCacheMiddleware:
    """Serves and stores anonymous pages (see the module docstring for what and why)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not may_be_cached(request):
            return self.mark_private(request, self.get_response(request))
        cache = caches[CACHE_ALIAS]
        # The version is read before rendering: a page rendered while an editor publishes is
        # stored under the old version and never served after the bump.
        key = cache_key(request, content_version.current())
        stored = cache.get(key)
        if stored is not None:
            return stored.answer(request)
        response = self.get_response(request)
        if request.method != "GET" or not is_shareable(request, response):
            return self.mark_private(request, response)
        stored = StoredPage.of(response)
        cache.set(key, stored, settings.PAGE_CACHE_SECONDS)
        return stored.answer(request)

    @staticmethod
    def mark_private(request: HttpRequest, response: HttpResponse) -> HttpResponse:
        # A page not stored here may be personal: no shared cache downstream may store it.
        if is_public_path(request) and "Cache-Control" not in response:
            response["Cache-Control"] = "private, no-cache"
        return response
