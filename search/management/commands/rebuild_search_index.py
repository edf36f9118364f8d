import time

from django.core.management.base import BaseCommand

from search import indexing


class Command(BaseCommand):
    help = (
        "Indexes every live, public page for the portal's search again (after an upgrade of "
        "the text rules, or a bulk import that bypassed publishing). Search stays available."
    )

    def handle(self, *args, **options) -> None:
        started = time.monotonic()
        written = indexing.rebuild()
        self.stdout.write(
            self.style.SUCCESS(
                f"Search index rebuilt: {written} entries in {time.monotonic() - started:.1f} s."
            )
        )
