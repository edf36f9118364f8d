"""The production stack as the README deploys it: nginx in front of gunicorn, a task worker.

Production settings (DEBUG off), PostgreSQL when DATABASE_URL is set (a database of its own,
dropped afterwards), the demo content, deploy/nginx/portal.conf.template and
deploy/gunicorn.conf.py exactly as shipped. Pages in both languages, an image rendition, a
static file and a PDF are fetched through nginx over real sockets.
"""

import gzip
import http.client
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import brotli
import psycopg
import pytest

ROOT = Path(__file__).resolve().parent.parent
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
NGINX_PORT, GUNICORN_PORT = 8570, 8571
STACK_DATABASE = "h_perf_stack"

pytestmark = pytest.mark.skipif(
    not Path(NGINX).exists(), reason="nginx is missing: `make test` installs Debian's nginx"
)


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes

    def text(self) -> str:
        encoding = self.headers.get("content-encoding")
        if encoding == "br":
            return brotli.decompress(self.body).decode()
        if encoding == "gzip":
            return gzip.decompress(self.body).decode()
        return self.body.decode()


def get(path: str, **headers: str) -> Answer:
    connection = http.client.HTTPConnection("127.0.0.1", NGINX_PORT, timeout=30)
    try:
        connection.request("GET", path, headers={"Host": "127.0.0.1", **headers})
        response = connection.getresponse()
        body = response.read()
        return Answer(response.status, {k.lower(): v for k, v in response.getheaders()}, body)
    finally:
        connection.close()


def database_url() -> tuple[str, str | None]:
    """The stack's own database: on the PostgreSQL server of DATABASE_URL, else SQLite."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        return "", None
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{STACK_DATABASE}")), url


def recreate_postgres_database(admin_url: str) -> None:
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{STACK_DATABASE}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{STACK_DATABASE}"')


def drop_postgres_database(admin_url: str) -> None:
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{STACK_DATABASE}" WITH (FORCE)')


def nginx_config(directory: Path, static_root: Path, media_root: Path) -> Path:
    server = (ROOT / "deploy" / "nginx" / "portal.conf.template").read_text()
    for name, value in {
        "PORTAL_LISTEN": f"127.0.0.1:{NGINX_PORT}",
        "PORTAL_SERVER_NAME": "127.0.0.1",
        "PORTAL_UPSTREAM": f"127.0.0.1:{GUNICORN_PORT}",
        "PORTAL_STATIC_ROOT": str(static_root),
        "PORTAL_MEDIA_ROOT": str(media_root),
    }.items():
        server = server.replace("${" + name + "}", value)
    (directory / "portal.conf").write_text(server)
    # What Debian's /etc/nginx/nginx.conf provides around a site, in the test's own directory.
    main = directory / "nginx.conf"
    # Under root (CI), workers would drop to nobody, who cannot enter pytest's 0700 tmp dir.
    user = "user root;" if os.geteuid() == 0 else ""
    main.write_text(
        f"""
{user}
worker_processes 1;
pid {directory}/nginx.pid;
error_log {directory}/nginx-error.log warn;
events {{ worker_connections 256; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    access_log off;
    client_body_temp_path {directory}/body;
    proxy_temp_path {directory}/proxy;
    fastcgi_temp_path {directory}/fastcgi;
    uwsgi_temp_path {directory}/uwsgi;
    scgi_temp_path {directory}/scgi;
    include {directory}/portal.conf;
}}
"""
    )
    return main


def manage(env: dict[str, str], *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def wait_for_health(deadline: float) -> Answer:
    answer = None
    while time.monotonic() < deadline:
        try:
            answer = get("/health/")
            if answer.status == 200:
                return answer
        except OSError:
            pass
        time.sleep(0.5)
    pytest.fail(f"the stack never became healthy: {answer and answer.body[:500]}")


def start(command: list[str], env: dict[str, str], log: Path) -> subprocess.Popen:
    return subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT
    )


@pytest.fixture(scope="module")
def stack(tmp_path_factory) -> Iterator[Path]:
    directory = tmp_path_factory.mktemp("stack")
    directory.chmod(0o755)  # nginx's workers read static and media files from here
    static_root, media_root = directory / "static", directory / "media"
    url, admin_url = database_url()
    if admin_url:
        recreate_postgres_database(admin_url)
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "REDIS_URL"))},
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "smoke-test-secret-key-of-a-reasonable-length-0123456789",
        "ALLOWED_HOSTS": "127.0.0.1",
        "PORTAL_BASE_URL": f"http://127.0.0.1:{NGINX_PORT}",
        "DATABASE_URL": url or f"sqlite:///{directory / 'portal.sqlite3'}",
        "SECURE_SSL_REDIRECT": "false",  # TLS ends before nginx here; in production, at nginx
        "STATIC_ROOT": str(static_root),
        "MEDIA_ROOT": str(media_root),
        "PAGE_CACHE_DIR": str(directory / "page-cache"),
        "GUNICORN_BIND": f"127.0.0.1:{GUNICORN_PORT}",
        "WEB_CONCURRENCY": "2",
        "DEMO_PASSWORD": "smoke-test-demo-password",
    }
    manage(env, "migrate", "--noinput")
    manage(env, "collectstatic", "--noinput")
    manage(env, "load_demo_content", "--force")  # a throw-away database: demo users are fine
    processes = [
        start(
            [str(ROOT / ".venv/bin/gunicorn"), "-c", "deploy/gunicorn.conf.py", "portal.wsgi"],
            env,
            directory / "gunicorn.log",
        ),
        start([sys.executable, "manage.py", "db_worker"], env, directory / "worker.log"),
        start(
            [
                NGINX,
                "-p",
                str(directory),
                "-c",
                str(nginx_config(directory, static_root, media_root)),
                "-g",
                "daemon off;",
            ],
            env,
            directory / "nginx.log",
        ),
    ]
    try:
        manage(env, "worker_heartbeat")
        wait_for_health(time.monotonic() + 90)
        yield directory
    finally:
        for process in processes:
            process.send_signal(signal.SIGTERM)
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
        if admin_url:
            drop_postgres_database(admin_url)


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
    assert f'lang="{language}"' in first.text()
    second = get(path, **{"Accept-Encoding": "gzip"})
    assert second.headers["content-encoding"] == "gzip"
    assert second.text() == first.text()
    again = get(path, **{"Accept-Encoding": "gzip", "If-None-Match": second.headers["etag"]})
    assert again.status == 304 and again.body == b""


def test_an_image_rendition_is_served_by_nginx_with_a_long_lifetime(stack):
    page = get("/vi/tin-tuc/")
    rendition = re.search(r'src="(/media/images/[^"]+)"', page.text())
    assert rendition, "no rendition on the news index"
    image = get(rendition.group(1))
    assert image.status == 200
    assert image.headers["content-type"].startswith("image/")
    assert "max-age=2592000" in image.headers["cache-control"]
    assert image.headers.get("server", "").startswith("nginx")


def test_a_static_file_is_compressed_and_immutable(stack):
    page = get("/vi/").text()
    stylesheet = re.search(r'href="(/static/[^"]+\.css)"', page)
    assert stylesheet, "no stylesheet link on the home page"
    css = get(stylesheet.group(1), **{"Accept-Encoding": "gzip"})
    assert css.status == 200
    assert css.headers["content-encoding"] == "gzip"
    assert "immutable" in css.headers["cache-control"]


def test_a_gazette_pdf_downloads_through_nginx(stack):
    library = get("/vi/van-ban-phap-luat/luat-dat-dai-2013/")
    assert library.status == 200
    link = re.search(r'class="pdf-link" href="([^"]+)"', library.text())
    assert link, "no PDF link on the document page"
    pdf = get(link.group(1))
    assert pdf.status == 200
    assert pdf.headers["content-type"] == "application/pdf"
    assert pdf.body.startswith(b"%PDF")


def test_debug_is_off_and_a_missing_page_is_a_plain_404(stack):
    missing = get("/vi/khong-co-trang-nay/")
    assert missing.status == 404
    assert "Traceback" not in missing.text() and "DEBUG" not in missing.text()
    assert get("/media/documents/anything.pdf").status == 404
