"""Where an uncached page render spends its time: cProfile over many renders of one page.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/render_profile \
        .venv/bin/python bench/render_profile.py [article|home|document] [--renders 200]

Builds a throwaway test database (test_<name> on PostgreSQL, else SQLite), loads the demo
content, renders the page (Vietnamese, then Lao) twice to warm renditions and memos, then
profiles RENDERS renders with Django's test client (the page cache is off in test settings)
and prints the functions with the most cumulative and own time, plus ms per render.
"""

import argparse
import cProfile
import io
import os
import pstats
import sys
import time
from pathlib import Path

from benchdb import benchmark_database

ROOT = Path(__file__).resolve().parent.parent


def page_urls(which: str) -> list[str]:
    from django.utils import translation

    from gazette.models import LegalDocumentPage
    from news.models import NewsPage

    if which == "home":
        return ["/vi/", "/lo/"]
    if which == "article":
        page = NewsPage.objects.get(slug_vi__startswith="doan-cong-tac-cua-bo-tu-phap")
    else:
        page = LegalDocumentPage.objects.get(slug_vi="luat-dat-dai-2013")
    urls = []
    for language in ("vi", "lo"):
        with translation.override(language):
            urls.append(page.url)
    return urls


def print_queries(client, urls: list[str]) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for url in urls:
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        print(f"== {url}: {len(queries)} queries")
        for query in queries:
            print(f"{query['time']}s {len(query['sql'])} chars: {query['sql'][:300]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "page", nargs="?", default="article", choices=["article", "home", "document"]
    )
    parser.add_argument("--renders", type=int, default=200)
    parser.add_argument("--top", type=int, default=45)
    parser.add_argument("--queries", action="store_true", help="print one render's SQL")
    parser.add_argument("--save", help="write the raw profile here too (for pstats)")
    options = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"
    import logging

    import django

    django.setup()
    logging.disable(logging.INFO)
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import override_settings, setup_test_environment

    setup_test_environment()
    with benchmark_database(), override_settings(MEDIA_ROOT=ROOT / "var" / "profile-media"):
        call_command("load_demo_content", force=True, stdout=io.StringIO())
        urls = page_urls(options.page)
        client = Client()
        for url in urls * 2:
            assert client.get(url).status_code == 200, url
        if options.queries:
            print_queries(client, urls)
        profile = cProfile.Profile()
        start = time.perf_counter()
        profile.enable()
        for n in range(options.renders):
            client.get(urls[n % len(urls)])
        profile.disable()
        elapsed = (time.perf_counter() - start) * 1000 / options.renders
    print(f"{options.page} {urls}: {elapsed:.1f} ms per render under the profiler")
    if options.save:
        profile.dump_stats(options.save)
    stats = pstats.Stats(profile).strip_dirs()
    stats.sort_stats("cumulative").print_stats(options.top)
    stats.sort_stats("tottime").print_stats(options.top)


if __name__ == "__main__":
    main()
