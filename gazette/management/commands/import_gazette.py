"""python manage.py import_gazette MANIFEST [--dry-run]: see README, "Importing the gazette"."""

import sys
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import translation
from wagtail.models import Page

from gazette.importer import import_manifest
from gazette.manifest import ManifestError, check_manifest
from gazette.models import GazetteIndexPage, LegalDocumentLibraryPage
from search.signals import queue_update


class ProgressBar:
    """A one-line text progress bar; on a non-terminal it prints a line every 10%."""

    WIDTH = 30

    def __init__(self, stream, label: str, total: int) -> None:
        self.stream, self.label, self.total = stream, label, max(total, 1)
        self.done, self.shown = 0, -1
        self.interactive = hasattr(stream, "isatty") and stream.isatty()

    def advance(self, steps: int = 1) -> None:
        self.done = min(self.done + steps, self.total)
        percent = self.done * 100 // self.total
        if percent == self.shown or (not self.interactive and percent % 10 and percent != 100):
            return
        self.shown = percent
        filled = self.WIDTH * self.done // self.total
        bar = "#" * filled + "." * (self.WIDTH - filled)
        end = "\r" if self.interactive and self.done < self.total else "\n"
        self.stream.write(f"{self.label} [{bar}] {self.done}/{self.total}{end}")
        self.stream.flush()


class Command(BaseCommand):
    help = "Imports legal documents and gazette issues from a CSV or JSON manifest, all or nothing."

    def add_arguments(self, parser):
        parser.add_argument("manifest", type=Path, help="A .csv or .json manifest.")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Check and report what would change; write nothing.",
        )

    def handle(self, *args, manifest: Path, dry_run: bool = False, **options) -> None:
        started = time.monotonic()
        # Operators read English, like the rest of manage.py; the import itself runs in the
        # default language so the untranslated page fields are filled as modeltranslation expects.
        with translation.override("en"):
            try:
                checked = check_manifest(manifest)
            except ManifestError as error:
                raise CommandError(str(error)) from error
            for warning in checked.warnings:
                self.stderr.write(self.style.WARNING(warning))
            if checked.errors:
                for problem in checked.errors:
                    self.stderr.write(problem)
                raise CommandError(
                    f"{len(checked.errors)} problem(s) in {manifest}: nothing was imported."
                )
        checked_in = time.monotonic() - started
        with translation.override(settings.LANGUAGE_CODE):
            library = LegalDocumentLibraryPage.objects.first()
            if library is None:
                raise CommandError("Create the legal documents library page first.")
            progress = ProgressBar(sys.stderr, "Importing", len(checked.documents))
            with transaction.atomic():
                report = import_manifest(
                    checked,
                    library,
                    GazetteIndexPage.objects.first(),
                    dry_run=dry_run,
                    progress=progress.advance,
                )
                if not dry_run:
                    # Bulk inserts fire no publish signals: queue the index update ourselves.
                    queue_update(
                        list(Page.objects.descendant_of(library).values_list("pk", flat=True))
                    )
        verb = "would change" if dry_run else "imported"
        self.stdout.write(f"{manifest}: {len(checked.documents)} rows checked, {verb}:")
        for label, count in report.lines():
            self.stdout.write(f"  {label}: {count}")
        self.stdout.write(
            f"Done in {time.monotonic() - started:.1f} s (checking {checked_in:.1f} s)."
        )
