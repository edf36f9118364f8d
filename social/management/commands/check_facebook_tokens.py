from datetime import timedelta

from django.core.management.base import BaseCommand

from social import health, leases, worker


class Command(BaseCommand):
    help = "Checks every Facebook Page token with debug_token and alerts administrators."

    def handle(self, *args, **options) -> None:
        with leases.held("check_facebook_tokens", timedelta(minutes=30)) as mine:
            if not mine:
                self.stdout.write("Another machine is checking the tokens.")
                return
            for connection in health.check_all(worker.client()):
                self.stdout.write(f"{connection.name}: {connection.get_health_display()}")
