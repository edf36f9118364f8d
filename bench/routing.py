"""A legal document page at 100 and at 10,000 documents in the library, side by side.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/routing .venv/bin/python bench/routing.py

Builds a throw-away database, puts 100 documents in the library, times one document page
(Django's test client, median of RUNS), fills the library up to 10,000 and times it again:
with the portal's routing (portal.routing, one row per URL segment) and, for comparison, with
wagtail-modeltranslation's route patch it replaces (every sibling loaded in Python).
"""

import datetime
import statistics
import time

import django
from benchdb import benchmark_database, database_vendor

SIZES = (100, 10_000)
RUNS = 9


def add_documents(library, start: int, stop: int) -> None:
    from gazette.bulk_pages import bulk_add_live_children
    from gazette.factories import document_type
    from gazette.models import LegalDocumentPage

    law = document_type()
    bulk_add_live_children(
        library,
        [
            LegalDocumentPage(
                title_vi=f"Luật số {n} về quản lý nhà nước",
                title_lo=f"ກົດໝາຍ ເລກທີ {n}",
                slug_vi=f"luat-{n}",
                number=f"{n}/2024/QH15",
                number_key=f"{n}/2024/QH15",
                document_type=law,
                signed_date=datetime.date(2024, 6, 1),
            )
            for n in range(start, stop)
        ],
    )


def time_page(url: str) -> tuple[float, int, float]:
    """Median time of the whole page, its query count and the median time of its routing."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import Site

    client = Client()
    assert client.get(url).status_code == 200  # warm: templates, site root paths
    timings, routing = [], []
    root = Site.objects.get(is_default_site=True).root_page.specific
    for _run in range(RUNS):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200
        started = time.perf_counter()
        root.route(None, url.strip("/").split("/")[1:])
        routing.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings), len(queries.captured_queries), statistics.median(routing)


def measure_both_routers(url: str) -> dict[str, tuple[float, int, float]]:
    from wagtail.models import Page, get_page_models
    from wagtail_modeltranslation.patch_wagtailadmin import _new_route

    from portal.routing import route_by_localized_slug

    models = [Page, *get_page_models()]
    figures = {"portal.routing": time_page(url)}
    for model in models:
        model.route = _new_route
    try:
        figures["modeltranslation"] = time_page(url)
    finally:
        for model in models:
            model.route = route_by_localized_slug
    return figures


def main() -> None:
    django.setup()
    from django.db import connection
    from wagtail.models import Page, Site

    from gazette.models import LegalDocumentLibraryPage
    from home.factories import HomePageFactory

    with benchmark_database():
        home = HomePageFactory(parent=Page.get_first_root_node())
        Site.objects.filter(is_default_site=True).update(root_page=home)
        library = home.add_child(
            instance=LegalDocumentLibraryPage(title="Văn bản", title_lo="ເອກະສານ", slug="van-ban")
        )
        url = "/vi/van-ban/luat-50/"
        results, have = {}, 0
        for size in SIZES:
            add_documents(library, have, size)
            have = size
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("ANALYZE")
            results[size] = measure_both_routers(url)
        print(f"document page {url} on {database_vendor()}, median of {RUNS}")
        print(f"{'router':18}" + "".join(f"{f'{size:,} documents':>40}" for size in SIZES))
        for router in ("portal.routing", "modeltranslation"):
            cells = "".join(
                f"{page:>10.1f} ms {queries:>3} queries, routing {routing:6.1f} ms"
                for page, queries, routing in (results[size][router] for size in SIZES)
            )
            print(f"{router:18}{cells}")


if __name__ == "__main__":
    main()
