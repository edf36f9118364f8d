"""Anonymous pages come from the cache; every change invalidates them; nothing personal is kept."""

import datetime
import gzip
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import brotli
import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from news.factories import NewsIndexPageFactory, NewsPageFactory
from news.taxonomy import NewsCategory
from portal import content_version, page_cache, roles
from tests.users import user_in

ARTICLE_VI = "/vi/tin-tuc/hop-tac/"
ARTICLE_LO = "/lo/khao-san/kan-huam-mue/"


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


@pytest.fixture
def news_index(home_page):
    return NewsIndexPageFactory(parent=home_page)


@pytest.fixture
def article(news_index):
    return NewsPageFactory(
        parent=news_index,
        title="Hợp tác tư pháp",
        title_lo="ການຮ່ວມມືດ້ານຍຸຕິທຳ",
        slug="hop-tac",
        slug_lo="kan-huam-mue",
    )


def fetch(url: str, client: Client | None = None, **headers):
    """The answer and the work it took: SQL queries plus templates rendered (0: it came from
    the cache; a rendered page may need no query, what it shows being remembered)."""
    with CaptureQueriesContext(connection) as queries:
        response = (client or Client()).get(url, headers=headers)
    return response, len(queries.captured_queries) + len(response.templates)


def is_cached(url: str) -> bool:
    return fetch(url)[1] == 0


def warm(*urls: str) -> None:
    for url in urls:
        assert fetch(url)[0].status_code == 200
        assert is_cached(url), url


def test_a_second_anonymous_visit_is_served_without_rendering(article):
    first, first_queries = fetch(ARTICLE_VI)
    second, second_queries = fetch(ARTICLE_VI)
    assert first_queries > 0 and second_queries == 0
    assert second.content == first.content
    assert "Hợp tác tư pháp" in second.content.decode()
    assert second["Cache-Control"] == "public, max-age=60, s-maxage=300, stale-while-revalidate=600"
    assert second["Content-Language"] == "vi"
    assert second["ETag"] == first["ETag"]


def test_a_cached_page_keeps_its_security_policies(article):
    first, _queries = fetch(ARTICLE_VI)
    second, second_queries = fetch(ARTICLE_VI)
    assert second_queries == 0
    for header in ("Content-Security-Policy", "Permissions-Policy"):
        assert second[header] == first[header]


def test_each_language_is_its_own_cached_page(article):
    warm(ARTICLE_VI, ARTICLE_LO)
    assert "ການຮ່ວມມືດ້ານຍຸຕິທຳ" in fetch(ARTICLE_LO)[0].content.decode()
    assert "ການຮ່ວມມືດ້ານຍຸຕິທຳ" not in fetch(ARTICLE_VI)[0].content.decode()


def test_an_unchanged_page_is_answered_304_to_a_revalidating_client(article):
    etag = fetch(ARTICLE_VI)[0]["ETag"]
    response, queries = fetch(ARTICLE_VI, If_None_Match=etag)
    assert response.status_code == 304 and response.content == b"" and queries == 0
    assert response["ETag"] == etag
    assert fetch(ARTICLE_VI, If_None_Match='"something-else"')[0].status_code == 200


def test_html_is_compressed_for_clients_that_accept_it(article):
    plain = fetch(ARTICLE_VI)[0]
    zipped = fetch(ARTICLE_VI, Accept_Encoding="gzip, deflate")[0]
    brotlied = fetch(ARTICLE_VI, Accept_Encoding="gzip, deflate, br")[0]
    refused = fetch(ARTICLE_VI, Accept_Encoding="br;q=0, gzip")[0]
    assert "Content-Encoding" not in plain
    assert zipped["Content-Encoding"] == "gzip"
    assert gzip.decompress(zipped.content) == plain.content
    assert brotlied["Content-Encoding"] == "br"
    assert brotli.decompress(brotlied.content) == plain.content
    assert refused["Content-Encoding"] == "gzip"
    for response in (plain, zipped, brotlied):
        assert "Accept-Encoding" in response["Vary"]
    # Each encoding its own validator: a 304 never pairs one encoding's body with another's.
    assert len({plain["ETag"], zipped["ETag"], brotlied["ETag"]}) == 3
    assert int(brotlied["Content-Length"]) < len(plain.content) / 3
    second = fetch(ARTICLE_VI, Accept_Encoding="gzip", If_None_Match=zipped["ETag"])[0]
    assert second.status_code == 304


def test_publishing_a_change_refreshes_the_page_and_the_pages_listing_it(
    article, django_capture_on_commit_callbacks
):
    warm(ARTICLE_VI, ARTICLE_LO, "/vi/", "/vi/tin-tuc/", "/lo/khao-san/", "/sitemap.xml")
    article.title = "Hợp tác tư pháp mở rộng"
    article.title_lo = "ການຮ່ວມມືຂະຫຍາຍ"
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    assert "Hợp tác tư pháp mở rộng" in fetch(ARTICLE_VI)[0].content.decode()
    assert "ການຮ່ວມມືຂະຫຍາຍ" in fetch(ARTICLE_LO)[0].content.decode()
    assert "Hợp tác tư pháp mở rộng" in fetch("/vi/tin-tuc/")[0].content.decode()
    assert "ການຮ່ວມມືຂະຫຍາຍ" in fetch("/lo/khao-san/")[0].content.decode()
    # The home page and the sitemap are rendered afresh too (one version for the whole site).
    assert fetch("/vi/")[1] > 0 and fetch("/sitemap.xml")[1] > 0


def test_publishing_the_home_page_refreshes_it_in_both_languages(
    home_page, django_capture_on_commit_callbacks
):
    warm("/vi/", "/lo/")
    home_page.intro_vi = "Giới thiệu mới"
    home_page.intro_lo = "ແນະນຳໃໝ່"
    with django_capture_on_commit_callbacks(execute=True):
        home_page.save_revision().publish()
    assert "Giới thiệu mới" in fetch("/vi/")[0].content.decode()
    assert "ແນະນຳໃໝ່" in fetch("/lo/")[0].content.decode()


def test_an_unpublished_page_disappears_at_once(article, django_capture_on_commit_callbacks):
    warm(ARTICLE_VI, ARTICLE_LO, "/vi/tin-tuc/")
    with django_capture_on_commit_callbacks(execute=True):
        article.unpublish()
    assert fetch(ARTICLE_VI)[0].status_code == 404
    assert fetch(ARTICLE_LO)[0].status_code == 404
    assert "Hợp tác tư pháp" not in fetch("/vi/tin-tuc/")[0].content.decode()


def test_a_deleted_page_disappears_at_once(article, django_capture_on_commit_callbacks):
    warm(ARTICLE_VI, "/vi/tin-tuc/")
    with django_capture_on_commit_callbacks(execute=True):
        article.delete()
    assert fetch(ARTICLE_VI)[0].status_code == 404
    assert "Hợp tác tư pháp" not in fetch("/vi/tin-tuc/")[0].content.decode()


def test_a_moved_page_answers_at_its_new_address_only(
    article, home_page, django_capture_on_commit_callbacks
):
    other = NewsIndexPageFactory(parent=home_page, slug="tin-khac", slug_lo="khao-un", title="Khác")
    warm(ARTICLE_VI, "/vi/tin-tuc/")
    with django_capture_on_commit_callbacks(execute=True):
        article.move(other, pos="last-child")
    # Not the stored copy: Wagtail's redirect from the old address to the new one.
    moved = fetch(ARTICLE_VI)[0]
    assert moved.status_code == 301 and moved["Location"] == "/vi/tin-khac/hop-tac/"
    assert fetch("/vi/tin-khac/hop-tac/")[0].status_code == 200
    assert fetch("/lo/khao-un/kan-huam-mue/")[0].status_code == 200
    assert "Hợp tác tư pháp" not in fetch("/vi/tin-tuc/")[0].content.decode()


def test_a_scheduled_go_live_shows_on_the_cached_index(
    article, news_index, django_capture_on_commit_callbacks
):
    later = NewsPageFactory(parent=news_index, title="Tin hẹn giờ", slug="hen-gio", live=False)
    go_live = timezone.now() - datetime.timedelta(minutes=1)
    later.go_live_at = go_live
    later.save_revision(approved_go_live_at=go_live)
    warm("/vi/tin-tuc/")
    assert "Tin hẹn giờ" not in fetch("/vi/tin-tuc/")[0].content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("publish_scheduled")
    assert "Tin hẹn giờ" in fetch("/vi/tin-tuc/")[0].content.decode()
    assert fetch("/vi/tin-tuc/hen-gio/")[0].status_code == 200


def test_a_renamed_category_refreshes_the_pages_showing_it(
    article, django_capture_on_commit_callbacks
):
    category = NewsCategory.objects.create(name="Hợp tác quốc tế", slug="hop-tac-quoc-te")
    article.category = category
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    warm(ARTICLE_VI)
    category.name = "Đối ngoại"
    with django_capture_on_commit_callbacks(execute=True):
        category.save()
    assert "Đối ngoại" in fetch(ARTICLE_VI)[0].content.decode()


def test_a_signed_in_reader_is_never_served_nor_stored(article, client):
    warm(ARTICLE_VI)
    client.force_login(user_in(roles.EDITORS))
    response, queries = fetch(ARTICLE_VI, client)
    assert queries > 0  # rendered for them, not taken from the anonymous copy
    assert response["Cache-Control"] == "private, no-cache"
    assert "Content-Encoding" not in response


def test_what_a_signed_in_reader_sees_is_not_kept_for_others(article, client):
    client.force_login(user_in(roles.EDITORS))
    fetch(ARTICLE_LO, client)
    assert not is_cached(ARTICLE_LO)  # the first anonymous visit renders


def test_a_login_restricted_page_is_never_kept(article, client):
    PageViewRestriction.objects.create(page=article, restriction_type="login")
    client.force_login(user_in(roles.EDITORS))
    assert "Hợp tác tư pháp" in fetch(ARTICLE_VI, client)[0].content.decode()
    anonymous, queries = fetch(ARTICLE_VI)
    assert anonymous.status_code == 302 and queries > 0
    assert fetch(ARTICLE_VI)[1] > 0


def test_a_password_protected_page_is_never_kept(article):
    PageViewRestriction.objects.create(page=article, restriction_type="password", password="bí")
    reader = Client()
    form = reader.get(ARTICLE_VI)
    assert form.status_code == 200 and "csrftoken" in form.cookies
    assert "Content-Encoding" not in fetch(ARTICLE_VI, Accept_Encoding="gzip")[0]  # BREACH
    action = form.content.decode().split('action="')[1].split('"')[0]
    reader.post(action, {"password": "bí", "return_url": ARTICLE_VI})
    content = reader.get(ARTICLE_VI).content.decode()
    assert "Đoàn đã làm việc" in content
    stranger, queries = fetch(ARTICLE_VI)
    assert "Đoàn đã làm việc" not in stranger.content.decode() and queries > 0


def through_front(path: str, **environ: str) -> tuple[str, dict[str, str], bytes]:
    """A WSGI call to portal.wsgi's front; "Django" in the status: it went past the front."""

    def django(environ, start_response):
        start_response("599 Django", [])
        return [b""]

    answered = {}

    def start_response(status, headers):
        answered.update(status=status, headers=dict(headers))

    request = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",  # and no Host header, as Django's test client
        "wsgi.url_scheme": "http",
        **environ,
    }
    body = b"".join(page_cache.front(django)(request, start_response))
    return answered["status"], answered["headers"], body


def test_a_hot_page_is_answered_before_django_with_the_same_headers(article):
    warm(ARTICLE_VI)
    cached = fetch(ARTICLE_VI, Accept_Encoding="gzip")[0]
    status, headers, body = through_front(ARTICLE_VI, HTTP_ACCEPT_ENCODING="gzip")
    assert status == "200 OK" and body == cached.content
    assert headers == dict(cached.items())
    etag = headers["ETag"]
    status, headers, body = through_front(
        ARTICLE_VI, HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=etag
    )
    assert status == "304 Not Modified" and body == b"" and headers["ETag"] == etag
    assert through_front(ARTICLE_VI, REQUEST_METHOD="HEAD")[2] == b""


@pytest.mark.parametrize(
    "environ",
    [
        {"HTTP_COOKIE": "sessionid=abc"},
        {"HTTP_AUTHORIZATION": "Basic eDp5"},
        {"REQUEST_METHOD": "POST"},
        {"HTTP_HOST": "other.example"},
        {"QUERY_STRING": "page=2"},
        {"wsgi.url_scheme": "https"},
    ],
)
def test_the_front_leaves_every_other_request_to_django(article, environ):
    warm(ARTICLE_VI)
    assert through_front(ARTICLE_VI, **environ)[0] == "599 Django"
    assert through_front(ARTICLE_VI, HTTP_COOKIE="theme=dark")[0] == "200 OK"


def test_a_publish_in_this_process_empties_the_front_at_once(
    article, django_capture_on_commit_callbacks
):
    warm(ARTICLE_VI)
    assert through_front(ARTICLE_VI)[0] == "200 OK"
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    assert through_front(ARTICLE_VI)[0] == "599 Django"


def test_a_publish_in_another_process_empties_the_front_within_a_second(article, monkeypatch):
    warm(ARTICLE_VI)
    # The worker's scheduled go-live: the shared version changes, this process is not told.
    page_cache.caches[page_cache.CACHE_ALIAS].set(content_version.KEY, "from-the-worker", None)
    assert through_front(ARTICLE_VI)[0] == "200 OK"  # seen under SEEN_FOR seconds ago
    monkeypatch.setattr(content_version, "SEEN_FOR", 0)
    assert through_front(ARTICLE_VI)[0] == "599 Django"
    assert fetch(ARTICLE_VI)[1] > 0  # rendered afresh, not taken from the shared store


class PurgeRecorder(BaseHTTPRequestHandler):
    purged: list[str] = []

    def do_PURGE(self):
        PurgeRecorder.purged.append(f"{self.headers['Host']}{self.path}")
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def purge_server(settings):
    server = HTTPServer(("127.0.0.1", 8597), PurgeRecorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    PurgeRecorder.purged = []
    settings.WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:8597",
        }
    }
    yield PurgeRecorder.purged
    server.shutdown()
    server.server_close()


def test_a_publish_purges_the_proxy_of_every_url_showing_the_page_in_both_languages(
    article, purge_server, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    host = "localhost"
    for path in (
        ARTICLE_VI,
        ARTICLE_LO,
        "/vi/",
        "/lo/",
        "/vi/tin-tuc/",
        "/lo/khao-san/",
        "/vi/tin-tuc/feed/",
        "/lo/khao-san/feed/",
        "/sitemap.xml",
    ):
        assert f"{host}{path}" in purge_server, (path, purge_server)
