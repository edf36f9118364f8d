"""The production stack as the README deploys it: nginx in front of gunicorn, a task worker.

Production settings (DEBUG off), PostgreSQL when DATABASE_URL is set (a database of its own,
dropped afterwards), the demo content, deploy/nginx/portal.conf.template and
deploy/gunicorn.conf.py exactly as shipped. Pages in both languages, an image rendition, a
static file and a PDF are fetched through nginx over real sockets.
"""

import gzip
import json
import re
import time
from collections.abc import Iterator

import brotli
import pytest

from deploy import local_stack
from deploy.local_stack import LocalStack

NGINX_PORT, GUNICORN_PORT = 8570, 8571
# How late a change made in another process may show: a worker's read of the content version
# (portal.content_version.SEEN_FOR) plus nginx's microcache (proxy_cache_valid 200 1s).
AT_MOST_STALE_SECONDS = 2

pytestmark = pytest.mark.skipif(
    not local_stack.nginx_available(),
    reason="nginx is missing: `make test` installs Debian's nginx",
)


def get(path: str, **headers: str) -> local_stack.Answer:
    return local_stack.get(NGINX_PORT, path, **headers)


def text(answer: local_stack.Answer) -> str:
    encoding = answer.headers.get("content-encoding")
    if encoding == "br":
        return brotli.decompress(answer.body).decode()
    if encoding == "gzip":
        return gzip.decompress(answer.body).decode()
    return answer.body.decode()


@pytest.fixture(scope="module")
def stack(tmp_path_factory) -> Iterator[LocalStack]:
    stack = LocalStack(tmp_path_factory.mktemp("stack"), "h_perf_stack", NGINX_PORT)
    try:
        stack.prepare()
        stack.start_gunicorn(GUNICORN_PORT)
        stack.start_worker()
        stack.start_nginx(NGINX_PORT, GUNICORN_PORT)
        stack.manage("worker_heartbeat")
        stack.wait_for(NGINX_PORT)
        yield stack
    finally:
        stack.stop()


def test_health_reports_database_cache_and_worker(stack):
    answer = get("/health/")
    assert answer.status == 200
    assert json.loads(answer.body) == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "worker": "ok"},
    }
    assert "no-cache" in answer.headers["cache-control"]


@pytest.mark.parametrize(("path", "language"), [("/vi/", "vi"), ("/lo/", "lo")])
def test_a_page_in_each_language_is_cached_compressed_and_revalidated(stack, path, language):
    first = get(path, **{"Accept-Encoding": "gzip, br"})
    assert first.status == 200
    assert first.headers["content-language"] == language
    assert first.headers["content-encoding"] == "br"
    assert "accept-encoding" in first.headers["vary"].lower()
    assert "s-maxage=300" in first.headers["cache-control"]
    assert f'lang="{language}"' in text(first)
    second = get(path, **{"Accept-Encoding": "gzip"})
    assert second.headers["content-encoding"] == "gzip"
    assert text(second) == text(first)
    again = get(path, **{"Accept-Encoding": "gzip", "If-None-Match": second.headers["etag"]})
    assert again.status == 304 and again.body == b""


def test_an_image_rendition_is_served_by_nginx_with_a_long_lifetime(stack):
    page = get("/vi/tin-tuc/")
    rendition = re.search(r'src="(/media/images/[^"]+)"', text(page))
    assert rendition, "no rendition on the news index"
    image = get(rendition.group(1))
    assert image.status == 200
    assert image.headers["content-type"].startswith("image/")
    assert "max-age=2592000" in image.headers["cache-control"]
    assert image.headers.get("server", "").startswith("nginx")


def test_a_static_file_is_compressed_and_immutable(stack):
    page = text(get("/vi/"))
    stylesheet = re.search(r'href="(/static/[^"]+\.css)"', page)
    assert stylesheet, "no stylesheet link on the home page"
    css = get(stylesheet.group(1), **{"Accept-Encoding": "gzip"})
    assert css.status == 200
    assert css.headers["content-encoding"] == "gzip"
    assert "immutable" in css.headers["cache-control"]


def test_a_gazette_pdf_downloads_through_nginx(stack):
    library = get("/vi/van-ban-phap-luat/luat-dat-dai-2013/")
    assert library.status == 200
    link = re.search(r'class="pdf-link" href="([^"]+)"', text(library))
    assert link, "no PDF link on the document page"
    pdf = get(link.group(1))
    assert pdf.status == 200
    assert pdf.headers["content-type"] == "application/pdf"
    assert pdf.body.startswith(b"%PDF")


def test_debug_is_off_and_a_missing_page_is_a_plain_404(stack):
    missing = get("/vi/khong-co-trang-nay/")
    assert missing.status == 404
    assert "Traceback" not in text(missing) and "DEBUG" not in text(missing)
    assert get("/media/documents/anything.pdf").status == 404


def test_nginx_keeps_no_page_for_a_reader_with_a_session(stack):
    assert "public" in get("/lo/").headers["cache-control"]  # stored by nginx and Django
    signed_in = get("/lo/", Cookie="sessionid=not-a-real-session")
    assert signed_in.headers["cache-control"] == "private, no-cache"  # rendered by Django
    assert "public" in get("/lo/").headers["cache-control"]


PUBLISH_INTRO = (
    "from home.models import HomePage; home = HomePage.objects.get(depth=2); "
    "home.intro_vi = {intro!r}; home.intro_lo = {intro!r}; home.save_revision().publish()"
)


def test_a_publish_elsewhere_shows_through_nginx_and_gunicorn_in_both_languages(stack):
    for path in ("/vi/", "/lo/"):
        assert get(path).status == 200 and get(path).status == 200  # stored everywhere
    intro = "Trang chủ vừa được xuất bản lại"
    # Another process (as the scheduler's go-live would): the web workers are not told.
    stack.manage("shell", "-c", PUBLISH_INTRO.format(intro=intro))
    time.sleep(AT_MOST_STALE_SECONDS + 0.2)
    for path in ("/vi/", "/lo/"):
        assert intro in text(get(path)), path
        assert intro in text(local_stack.get(GUNICORN_PORT, path)), path
