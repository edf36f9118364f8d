"""Median render time and SQL queries of the home page, a news index and a news item.

    .venv/bin/python bench/news_render.py                 # SQLite
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/news .venv/bin/python bench/news_render.py
                                                         # SQLite, then PostgreSQL

Each run builds a throwaway test database (test_<name> on PostgreSQL), loads the demo content
plus 50 more news items, warms the renditions up, then times ROUNDS requests per page with
Django's test client (no network, no static files): the figures are server render times.
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchdb import benchmark_database

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 15
EXTRA_NEWS = 50


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--one":
        bench_one()
        return
    backends = [("SQLite", {k: v for k, v in os.environ.items() if k != "DATABASE_URL"})]
    if os.environ.get("DATABASE_URL", "").startswith("postgres"):
        backends.append(("PostgreSQL", dict(os.environ)))
    for name, env in backends:
        print(f"== {name}", flush=True)
        subprocess.run([sys.executable, __file__, "--one"], env=env, cwd=ROOT, check=True)


def bench_one() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"
    import logging

    import django

    django.setup()
    logging.disable(logging.INFO)
    from django.test.utils import override_settings, setup_test_environment

    setup_test_environment()
    with (
        benchmark_database(),
        tempfile.TemporaryDirectory() as media,
        override_settings(MEDIA_ROOT=media),
    ):
        urls = load_content()
        for label, url in urls:
            median_ms, queries, size = measure(url)
            print(
                f"{label:<24} {url:<48} median {median_ms:6.1f} ms  "
                f"{queries:3d} queries  {size / 1024:5.1f} KiB HTML",
                flush=True,
            )


def load_content() -> list[tuple[str, str]]:
    import io

    from django.core.management import call_command
    from django.test.utils import override_settings
    from django.utils import translation

    from news.factories import NewsPageFactory
    from news.models import NewsIndexPage, NewsPage

    with override_settings(DEBUG=True), translation.override("vi"):
        call_command("load_demo_content", stdout=io.StringIO())
        index = NewsIndexPage.objects.get()
        for _ in range(EXTRA_NEWS):
            NewsPageFactory(parent=index, with_image=True)
        item = NewsPage.objects.get(slug_vi__startswith="doan-cong-tac-cua-bo-tu-phap")
        with translation.override("lo"):
            lao_item = item.url
        return [
            ("home (vi)", "/vi/"),
            ("news index (vi)", index.url),
            ("news index page 3 (lo)", "/lo/khao-san/page/3/"),
            ("news item (vi)", item.url),
            ("news item (lo)", lao_item),
        ]


def measure(url: str) -> tuple[float, int, int]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    for _ in range(2):  # renditions and caches
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    query_count = len(queries)  # now: every request start empties the query log
    timings = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings), query_count, len(response.content)


if __name__ == "__main__":
    main()
