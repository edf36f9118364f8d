from django.core.management.base import BaseCommand

from social.models import FacebookConnection
from social.token_vault import reseal_all


class Command(BaseCommand):
    help = (
        "Seals every Facebook Page token again with the newest key of FACEBOOK_TOKEN_KEYS: "
        "run it after putting a new key first, then drop the old key."
    )

    def handle(self, *args, **options) -> None:
        report = reseal_all(FacebookConnection)
        self.stdout.write(f"Tokens re-sealed with the newest key: {report.resealed}.")
        if report.unreadable:
            self.stderr.write(
                self.style.WARNING(
                    f"{report.unreadable} token(s) no listed key opens: paste them again in "
                    "the admin (Facebook Pages)."
                )
            )
