from importlib import import_module
from importlib.util import find_spec

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

# Apps whose `demo` module contributes demo content, in dependency order: the gazette's laws
# exist before the explainers that cite them, and pages before the social posts about them.
DEMO_APPS = ["portal", "home", "gazette", "news", "social"]


class Command(BaseCommand):
    help = "Creates (or refreshes) the demo site tree, content and users. Safe to run twice."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even with DEBUG off (never on a real production database).",
        )

    def handle(self, *args, force: bool = False, **options) -> None:
        if not settings.DEBUG and not force:
            raise CommandError(
                "Demo content creates users with published passwords; it runs only with "
                "DEBUG on. Pass --force to run it anyway."
            )
        with transaction.atomic():
            for app_label in DEMO_APPS:
                module_name = f"{app_label}.demo"
                if find_spec(module_name) is not None:
                    import_module(module_name).load(self.stdout)
            # Bulk-created demo pages fire no publish signals; index everything in one go.
            call_command("rebuild_search_index", stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
