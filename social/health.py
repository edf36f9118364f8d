"""Page access token health, from Facebook's debug_token, checked periodically."""

from datetime import UTC, datetime

from django.utils import timezone

from social import alerts, conf
from social.graph_client import GraphClient, GraphError, GraphTimeout, GraphUnreachable
from social.health_reasons import at, reason
from social.models import FacebookConnection, Health
from social.redaction import redact
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
        return _record(connection, Health.BROKEN, reason("unreadable"), {})
    except (GraphError, GraphTimeout, GraphUnreachable) as error:
        why = reason("unasked", error=redact(str(error))[:300])
        FacebookConnection.objects.filter(pk=connection.pk).update(health_reason=why)
        connection.health_reason = why
        return connection
    health, detail = verdict(info)
    return _record(connection, health, detail, info)


def verdict(info: dict) -> tuple[str, dict]:
    """The health debug_token's answer means, and why (see health_reasons)."""
    if not info.get("is_valid"):
        message = (info.get("error") or {}).get("message", "")
        return Health.BROKEN, reason("invalid", message=message)
    missing = REQUIRED_SCOPES - set(info.get("scopes") or [])
    if missing:
        return Health.BROKEN, reason("scopes", scopes=", ".join(sorted(missing)))
    soon = timezone.now() + conf.token_warning()
    for field, key in (("expires_at", "expires"), ("data_access_expires_at", "data_access")):
        moment = _timestamp(info.get(field))
        if moment and moment < soon:
            return Health.EXPIRING, reason(key, date=at(moment))
    return Health.HEALTHY, {}


def check_all(client: GraphClient) -> list[FacebookConnection]:
    return [check(connection, client) for connection in FacebookConnection.objects.all()]


def _record(connection, health: str, why: dict, info: dict) -> FacebookConnection:
    connection.health, connection.health_reason = health, why
    connection.health_checked_at = timezone.now()
    connection.token_expires_at = _timestamp(info.get("expires_at"))
    connection.data_access_expires_at = _timestamp(info.get("data_access_expires_at"))
    connection.save(
        update_fields=[
            "health",
            "health_reason",
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
