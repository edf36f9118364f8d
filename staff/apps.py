from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StaffConfig(AppConfig):
    """The admin as the ministries' staff use it: its vi and lo catalogues, guide and slugs."""

    name = "staff"
    verbose_name = _("Staff administration")

    def ready(self) -> None:
        from staff import admin_titles, chooser_labels, page_slugs

        page_slugs.install()
        admin_titles.install()
        chooser_labels.install()
