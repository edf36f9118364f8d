from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Portal"

    def ready(self) -> None:
        from portal import content_memo, content_version, frontend_purge, routing
        from portal.languages import register_lao

        register_lao()
        routing.install()
        content_version.connect()
        frontend_purge.connect()
        content_memo.install()
