"""import_gazette with a 10,000-row manifest: time to check and import, then to re-run.

    DATABASE_URL=postgres://postgres@127.0.0.1/gazette .venv/bin/python bench/gazette_import.py

Writes a CSV manifest of 10,000 documents in 400 gazette issues, each document with its own
small PDF, into a temporary folder, imports it into a throw-away database, imports it again
(nothing changes: the idempotent path), and prints the times. Budget (issue 4): < 2 minutes.
"""

import csv
import io
import os
import random
import resource
import tempfile
import time
from contextlib import redirect_stderr
from pathlib import Path

import django
from benchdb import benchmark_database, database_vendor

ROWS = 10_000
ISSUES = 400


def write_manifest(folder: Path) -> Path:
    from gazette.pdf_writer import text_pdf

    random.seed(4)
    (folder / "pdfs").mkdir()
    manifest = folder / "manifest.csv"
    with manifest.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            [
                "number",
                "title_vi",
                "title_lo",
                "document_type",
                "issuing_body",
                "fields",
                "signed_date",
                "effective_date",
                "pdf_vi",
                "issue_number",
                "issue_year",
                "issue_date",
                "first_page",
                "last_page",
                "relations",
            ]
        )
        for n in range(ROWS):
            year = 2000 + n * 25 // ROWS
            issue = n % ISSUES
            pdf = f"pdfs/{n}.pdf"
            (folder / pdf).write_bytes(text_pdf([f"VAN BAN SO {n}/{year}/ND-CP", "Dieu 1."]))
            relation = f"amends:{n - 1}/{2000 + (n - 1) * 25 // ROWS}/NĐ-CP" if n % 5 == 4 else ""
            writer.writerow(
                [
                    f"{n}/{year}/NĐ-CP",
                    f"Nghị định số {n}",
                    f"ດຳລັດ ເລກທີ {n}" if n % 2 else "",
                    random.choice(["law", "decree", "decision", "circular"]),
                    "chinh-phu",
                    "dat-dai;tu-phap",
                    f"{year}-03-01",
                    f"{year}-04-15",
                    pdf,
                    str(issue % 40 + 1),
                    str(2000 + issue // 16),
                    f"{2000 + issue // 16}-06-01",
                    str(n % 50 * 4 + 1),
                    str(n % 50 * 4 + 4),
                    relation,
                ]
            )
    return manifest


def prepare_site() -> None:
    from wagtail.models import Page, Site

    from gazette.factories import IssuingBodyFactory, LegalFieldFactory
    from gazette.models import GazetteIndexPage, LegalDocumentLibraryPage
    from home.factories import HomePageFactory

    home = HomePageFactory(parent=Page.get_first_root_node())
    Site.objects.filter(is_default_site=True).update(root_page=home)
    home.add_child(instance=LegalDocumentLibraryPage(title="Văn bản", slug="van-ban"))
    home.add_child(instance=GazetteIndexPage(title="Công báo", slug="cong-bao"))
    IssuingBodyFactory(slug="chinh-phu")
    for slug in ("dat-dai", "tu-phap"):
        LegalFieldFactory(slug=slug)


def cpu_seconds() -> float:
    """CPU time of this process and its finished worker processes (not PostgreSQL's)."""
    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed_import(manifest: Path) -> tuple[str, str]:
    from django.core.management import call_command

    out = io.StringIO()
    started, cpu = time.perf_counter(), cpu_seconds()
    with redirect_stderr(io.StringIO()):
        call_command("import_gazette", str(manifest), stdout=out)
    wall, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    load = os.getloadavg()[0]
    return f"{wall:.1f} s wall, {cpu:.1f} s CPU (load average {load:.1f})", out.getvalue()


def main() -> None:
    django.setup()
    with tempfile.TemporaryDirectory() as folder, benchmark_database():
        from django.test import override_settings

        started = time.perf_counter()
        manifest = write_manifest(Path(folder))
        print(
            f"manifest of {ROWS} rows and {ROWS} PDFs written in "
            f"{time.perf_counter() - started:.1f} s"
        )
        prepare_site()
        with override_settings(MEDIA_ROOT=Path(folder) / "media"):
            first, report = timed_import(manifest)
            print(f"first import on {database_vendor()}: {first}")
            print("\n".join(line for line in report.splitlines() if ": " in line or "Done" in line))
            again, report = timed_import(manifest)
            print(f"second import (nothing to change): {again}")
            print("\n".join(line for line in report.splitlines() if "unchanged" in line))


if __name__ == "__main__":
    main()
