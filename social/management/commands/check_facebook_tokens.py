from django.core.management.base import BaseCommand

from social import health, worker


class Command(BaseCommand):
    help = "Checks every Facebook Page token with debug_token and alerts administrators."

    def handle(self, *args, **options) -> None:
        for connection in health.check_all(worker.client()):
            self.stdout.write(f"{connection.name}: {connection.get_health_display()}")
