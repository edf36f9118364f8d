"""Page access token health, from Facebook's debug_token, checked periodically."""

from datetime import UTC, datetime

from django.utils import timezone
from django.utils.translation import gettext as _

from social import alerts, conf
from social.graph_client import GraphClient, GraphError, GraphTimeout, GraphUnreachable
from social.models import FacebookConnection, Health
from social.token_vault import TokenUnreadable

REQUIRED_SCOPES = {"pages_manage_posts", "pages_read_engagement", "pages_show_list"}


def check(connection: FacebookConnection, client: GraphClient) -> FacebookConnection:
    """Asks Facebook about the token, records the verdict, alerts administrators on change.

    When Facebook cannot be asked, the previous verdict stands: an outage of the check
    must not mark working Pages as broken.
    """
    try:
        info = client.debug_token(connection.token)
    except TokenUnreadable:
        return _record(connection, Health.BROKEN, _("The stored token cannot be decrypted."), {})
    except (GraphError, GraphTimeout, GraphUnreachable) as error:
        detail = _("Facebook could not be asked: %(error)s") % {"error": error}
        FacebookConnection.objects.filter(pk=connection.pk).update(health_detail=detail)
        connection.health_detail = detail
        return connection
    health, detail = verdict(info)
    return _record(connection, health, detail, info)


def verdict(info: dict) -> tuple[str, str]:
    if not info.get("is_valid"):
        message = (info.get("error") or {}).get("message", "")
        return Health.BROKEN, _("Facebook says the token is not valid. %(message)s") % {
            "message": message
        }
    missing = REQUIRED_SCOPES - set(info.get("scopes") or [])
    if missing:
        return Health.BROKEN, _("Permissions missing: %(scopes)s") % {
            "scopes": ", ".join(sorted(missing))
        }
    soon = timezone.now() + conf.token_warning()
    for key, label in (
        ("expires_at", _("The token expires on %(date)s.")),
        ("data_access_expires_at", _("The token loses data access on %(date)s.")),
    ):
        moment = _timestamp(info.get(key))
        if moment and moment < soon:
            local = timezone.localtime(moment)
            return Health.EXPIRING, label % {"date": local.strftime("%Y-%m-%d %H:%M")}
    return Health.HEALTHY, ""


def check_all(client: GraphClient) -> list[FacebookConnection]:
    return [check(connection, client) for connection in FacebookConnection.objects.all()]


def _record(connection, health: str, detail: str, info: dict) -> FacebookConnection:
    connection.health, connection.health_detail = health, detail
    connection.health_checked_at = timezone.now()
    connection.token_expires_at = _timestamp(info.get("expires_at"))
    connection.data_access_expires_at = _timestamp(info.get("data_access_expires_at"))
    connection.save(
        update_fields=[
            "health",
            "health_detail",
            "health_checked_at",
            "token_expires_at",
            "data_access_expires_at",
        ]
    )
    alerts.alert_about_connection(connection)
    return connection


def _timestamp(value) -> datetime | None:
    """Facebook's expiry times are Unix seconds; 0 means never."""
    if not value:
        return None
    return datetime.fromtimestamp(int(value), tz=UTC)
