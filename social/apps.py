from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SocialConfig(AppConfig):
    name = "social"
    verbose_name = _("Facebook publishing")

    def ready(self) -> None:
        from social import auto_share, redaction, tasks  # noqa: F401 -- tasks answers the doorbell

        redaction.install()
        auto_share.connect()
