"""The production stack on this machine: nginx, gunicorn and a task worker, as deployed.

Used by the smoke test (tests/test_production_stack.py) and the serving benchmark
(bench/serve.py): production settings, the shipped deploy/gunicorn.conf.py and
deploy/nginx/portal.conf.template, a database of its own (PostgreSQL on the server of
DATABASE_URL, else SQLite), loaded with the demo content.
"""

import http.client
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg

ROOT = Path(__file__).resolve().parent.parent
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
TEMPLATE = ROOT / "deploy" / "nginx" / "portal.conf.template"


def nginx_available() -> bool:
    return Path(NGINX).exists()


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes


def get(port: int, path: str, **headers: str) -> Answer:
    """One GET over a real socket to 127.0.0.1:port; header names come back lower-case."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("GET", path, headers={"Host": "127.0.0.1", **headers})
        response = connection.getresponse()
        body = response.read()
        return Answer(response.status, {k.lower(): v for k, v in response.getheaders()}, body)
    finally:
        connection.close()


@dataclass
class LocalStack:
    directory: Path
    database_name: str
    public_port: int
    processes: list[subprocess.Popen] = field(default_factory=list)
    admin_url: str | None = None
    env: dict[str, str] = field(default_factory=dict)

    def prepare(self) -> None:
        """A fresh database with the demo content, collected static files."""
        self.directory.chmod(0o755)  # nginx's workers read static and media files from here
        self.env = self._environment()
        if self.admin_url:
            self._postgres(f'DROP DATABASE IF EXISTS "{self.database_name}" WITH (FORCE)')
            self._postgres(f'CREATE DATABASE "{self.database_name}"')
        self.manage("migrate", "--noinput")
        self.manage("collectstatic", "--noinput")
        # A throw-away database: the demo users and their published password are harmless.
        self.manage("load_demo_content", "--force")

    def _environment(self) -> dict[str, str]:
        url = os.environ.get("DATABASE_URL", "")
        if url.startswith("postgres"):
            # Databases are made and dropped from the server's maintenance database, so
            # DATABASE_URL may name the very database this stack uses (bench/serve.py).
            self.admin_url = urlunsplit(urlsplit(url)._replace(path="/postgres"))
            database = urlunsplit(urlsplit(url)._replace(path=f"/{self.database_name}"))
        else:
            database = f"sqlite:///{self.directory / 'portal.sqlite3'}"
        inherited = {
            k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "REDIS_URL"))
        }
        return {
            **inherited,
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "SECRET_KEY": "local-stack-secret-key-of-a-reasonable-length-0123456789",
            "ALLOWED_HOSTS": "127.0.0.1",
            "PORTAL_BASE_URL": f"http://127.0.0.1:{self.public_port}",
            "DATABASE_URL": database,
            # A throw-away Fernet key: this stack seals no real Facebook token.
            "FACEBOOK_TOKEN_KEYS": "bG9jYWwtc3RhY2stdGhyb3ctYXdheS1rZXktMDAwMDA=",
            "SECURE_SSL_REDIRECT": "false",  # no TLS on 127.0.0.1; in production nginx has it
            "STATIC_ROOT": str(self.directory / "static"),
            "MEDIA_ROOT": str(self.directory / "media"),
            "PAGE_CACHE_DIR": str(self.directory / "page-cache"),
        }

    def _postgres(self, statement: str) -> None:
        with psycopg.connect(self.admin_url, autocommit=True) as connection:
            connection.execute(statement)

    def manage(self, *args: str) -> str:
        result = subprocess.run(  # noqa: S603 (our own manage.py, arguments from our code)
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=900,
        )
        if result.returncode != 0:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
        return result.stdout

    def start_gunicorn(
        self, port: int, workers: int = 2, app: str = "portal.wsgi", **settings: str
    ) -> None:
        env = {
            **self.env,
            "GUNICORN_BIND": f"127.0.0.1:{port}",
            "WEB_CONCURRENCY": str(workers),
            **settings,
        }
        command = [str(ROOT / ".venv/bin/gunicorn"), "-c", "deploy/gunicorn.conf.py", app]
        self._start(command, env, f"gunicorn-{port}.log")

    def start_worker(self) -> None:
        self._start([sys.executable, "manage.py", "db_worker"], self.env, "worker.log")

    def start_nginx(self, port: int, upstream_port: int) -> None:
        config = self._nginx_config(port, upstream_port)
        self._start(
            [NGINX, "-p", str(self.directory), "-c", str(config), "-g", "daemon off;"],
            self.env,
            f"nginx-{port}.log",
        )

    def _start(self, command: list[str], env: dict[str, str], log: str) -> None:
        output = (self.directory / log).open("w")
        self.processes.append(
            subprocess.Popen(  # noqa: S603 (commands built above from fixed paths)
                command, cwd=ROOT, env=env, stdout=output, stderr=subprocess.STDOUT
            )
        )

    def _nginx_config(self, port: int, upstream_port: int) -> Path:
        server = TEMPLATE.read_text()
        for name, value in {
            "PORTAL_LISTEN": f"127.0.0.1:{port}",
            "PORTAL_SERVER_NAME": "127.0.0.1",
            "PORTAL_UPSTREAM": f"127.0.0.1:{upstream_port}",
            "PORTAL_STATIC_ROOT": str(self.directory / "static"),
            "PORTAL_MEDIA_ROOT": str(self.directory / "media"),
            "PORTAL_PROXY_CACHE": str(self.directory / f"nginx-{port}" / "cache"),
        }.items():
            server = server.replace("${" + name + "}", value)
        site = self.directory / f"portal-{port}.conf"
        site.write_text(server)
        # What Debian's /etc/nginx/nginx.conf puts around a site, in this directory. Under
        # root (CI), workers would drop to nobody, who may not enter a 0700 temporary dir.
        user = "user root;" if os.geteuid() == 0 else ""
        scratch = self.directory / f"nginx-{port}"
        scratch.mkdir(exist_ok=True)
        main = self.directory / f"nginx-{port}.conf"
        main.write_text(
            f"""{user}
worker_processes 2;
pid {scratch}/nginx.pid;
error_log {scratch}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    access_log off;
    client_body_temp_path {scratch}/body;
    proxy_temp_path {scratch}/proxy;
    fastcgi_temp_path {scratch}/fastcgi;
    uwsgi_temp_path {scratch}/uwsgi;
    scgi_temp_path {scratch}/scgi;
    include {site};
}}
"""
        )
        return main

    def wait_for(self, port: int, path: str = "/health/", seconds: float = 90) -> Answer:
        """The first 200 answer to `path` (by default, the health check passing)."""
        deadline, answer = time.monotonic() + seconds, None
        while time.monotonic() < deadline:
            try:
                answer = get(port, path)
                if answer.status == 200:
                    return answer
            except OSError:
                pass
            time.sleep(0.5)
        raise RuntimeError(f"{path} never answered 200: {answer and answer.body[:500]}")

    def stop(self) -> None:
        for process in self.processes:
            process.send_signal(signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
        self.processes.clear()
        if self.admin_url:
            self._postgres(f'DROP DATABASE IF EXISTS "{self.database_name}" WITH (FORCE)')
