from django.core.management.base import BaseCommand

from social import engagement, worker


class Command(BaseCommand):
    help = "Fetches reactions, comments and shares of posts sent in the last 30 days."

    def handle(self, *args, **options) -> None:
        count = engagement.refresh_recent(worker.client())
        self.stdout.write(f"Engagement refreshed for {count} post(s).")
