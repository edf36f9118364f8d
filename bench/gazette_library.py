"""The documents library with 10,000 documents: queries and server time per request.

    DATABASE_URL=postgres://postgres@127.0.0.1/gazette .venv/bin/python bench/gazette_library.py

Generates the documents in a throw-away database (bulk inserts, about a minute), then
requests the library with several filter combinations and prints the query count and the
median and worst server time over the runs. Budget (issue 4): constant queries, < 150 ms.
"""

import datetime
import os
import random
import statistics
import time
from pathlib import Path

import django
from benchdb import benchmark_database

DOCUMENTS = 10_000
RUNS = 7
QUERIES = {
    "no filter": {},
    "type": {"type": "decree"},
    "type + year + status": {"type": "law", "year": "2019", "status": "in_force"},
    "body + field + sort title": {"body": "body-2", "field": "field-3", "sort": "title"},
    "status expired, page 20": {"status": "expired", "page": "20"},
}


def populate() -> str:
    from django.db import connection
    from wagtail.models import Page, Site

    from gazette.bulk_pages import bulk_add_live_children
    from gazette.factories import IssuingBodyFactory, LegalFieldFactory
    from gazette.models import (
        DocumentRelation,
        DocumentType,
        LegalDocumentLibraryPage,
        LegalDocumentPage,
    )
    from gazette.models.documents import refresh_repeal_dates
    from home.factories import HomePageFactory

    random.seed(4)
    home = HomePageFactory(parent=Page.get_first_root_node())
    Site.objects.filter(is_default_site=True).update(root_page=home)
    library = home.add_child(
        instance=LegalDocumentLibraryPage(title="Văn bản", title_lo="ເອກະສານ", slug="van-ban")
    )
    types = list(DocumentType.objects.all())
    bodies = [IssuingBodyFactory(slug=f"body-{n}") for n in range(12)]
    fields = [LegalFieldFactory(slug=f"field-{n}") for n in range(20)]
    pages = []
    for n in range(DOCUMENTS):
        signed = datetime.date(2000, 1, 1) + datetime.timedelta(days=random.randrange(9000))
        number = f"{n}/{signed.year}/NĐ-CP"
        pages.append(
            LegalDocumentPage(
                title_vi=f"Văn bản số {n} về quản lý nhà nước",
                title_lo=f"ເອກະສານ ເລກທີ {n}" if n % 3 else "",
                slug_vi=f"van-ban-{n}",
                number=number,
                number_key=number.replace("Đ", "D"),
                document_type=random.choice(types),
                issuing_body=random.choice(bodies),
                signed_date=signed,
                effective_date=signed + datetime.timedelta(days=45),
                end_date=signed + datetime.timedelta(days=4000) if n % 11 == 0 else None,
            )
        )
    for page in pages:
        page.published = True
    bulk_add_live_children(library, pages)
    through = LegalDocumentPage.legal_fields.through
    through.objects.bulk_create(
        [
            through(legaldocumentpage_id=page.pk, legalfield_id=field.pk)
            for page in pages
            for field in random.sample(fields, 2)
        ]
    )
    DocumentRelation.objects.bulk_create(
        [
            DocumentRelation(
                source_id=pages[n].pk,
                target_id=pages[n - 1 - random.randrange(50)].pk,
                kind=random.choice(["amends", "replaces", "repeals", "partly_repeals", "guides"]),
            )
            for n in range(100, DOCUMENTS, 4)
        ],
        ignore_conflicts=True,
    )
    refresh_repeal_dates(page.pk for page in pages)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("ANALYZE")
    return library.url


def backend_cpu_seconds(pid: int | None) -> float:
    """CPU time used so far by the PostgreSQL backend serving us (it runs on this machine)."""
    if pid is None:
        return 0.0
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure(url: str) -> None:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    client.get(url)  # warm caches: site root paths, templates
    pid = None
    if connection.vendor == "postgresql" and Path("/proc").exists():
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_backend_pid()")
            pid = cursor.fetchone()[0]
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"{'request':28} {'queries':>7} {'median ms':>10} {'max ms':>8} {'CPU ms':>7}  results")
    for label, params in QUERIES.items():
        timings, cpu, app_cpu = [], [], []
        for _run in range(RUNS):
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                app_started, db_started = time.process_time(), backend_cpu_seconds(pid)
                response = client.get(url, params)
                timings.append((time.perf_counter() - started) * 1000)
                app_cpu.append((time.process_time() - app_started) * 1000)
                cpu.append(app_cpu[-1] + (backend_cpu_seconds(pid) - db_started) * 1000)
            assert response.status_code == 200
        count = response.content.decode().split('class="library-count" role="status">')[1]
        print(
            f"{label:28} {len(queries.captured_queries):>7} {statistics.median(timings):>10.1f}"
            f" {max(timings):>8.1f} {statistics.median(cpu):>7.0f}"
            f" {statistics.median(app_cpu):>12.0f}  {count.split('<')[0]}"
        )
    print("CPU ms: Django plus its PostgreSQL backend; less sensitive to other load than wall time")


def main() -> None:
    django.setup()
    from benchdb import database_vendor

    with benchmark_database():
        started = time.perf_counter()
        url = populate()
        print(
            f"{DOCUMENTS} documents generated in {time.perf_counter() - started:.1f} s "
            f"on {database_vendor()}"
        )
        measure(url)


if __name__ == "__main__":
    main()
