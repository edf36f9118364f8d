import logging
import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = (
        "Runs the management commands in settings.PERIODIC_COMMANDS at their intervals "
        "(Wagtail's publish_scheduled every minute, among others). A cron job can do the same."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--once", action="store_true", help="Run every command once, then stop."
        )

    def handle(self, *args, once: bool = False, **options) -> None:
        next_run = {name: 0.0 for name, _ in settings.PERIODIC_COMMANDS}
        while True:
            for name, interval in settings.PERIODIC_COMMANDS:
                if time.monotonic() >= next_run[name]:
                    self._run(name)
                    next_run[name] = time.monotonic() + interval
            if once:
                return
            time.sleep(1)

    def _run(self, name: str) -> None:
        # One failing command must not stop the others, nor the loop.
        try:
            call_command(name)
        except Exception:
            logger.exception("Periodic command %s failed", name)
