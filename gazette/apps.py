from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GazetteConfig(AppConfig):
    name = "gazette"
    verbose_name = _("Official Gazette and legal documents")

    def ready(self) -> None:
        from gazette import facet_names, signals  # noqa: F401 - signals connects receivers

        facet_names.register()
