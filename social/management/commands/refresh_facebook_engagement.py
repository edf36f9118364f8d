from datetime import timedelta

from django.core.management.base import BaseCommand

from social import engagement, leases, worker


class Command(BaseCommand):
    help = "Fetches reactions, comments and shares of posts sent in the last 30 days."

    def handle(self, *args, **options) -> None:
        with leases.held("refresh_facebook_engagement", timedelta(minutes=30)) as mine:
            if not mine:
                self.stdout.write("Another machine is refreshing engagement.")
                return
            count = engagement.refresh_recent(worker.client())
            self.stdout.write(f"Engagement refreshed for {count} post(s).")
