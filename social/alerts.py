"""Telling administrators, by email, when a Page connection or a post needs a person.

Each connection alerts once per change of health (a worker racing another sends one
email, not two). Emails are bilingual: Vietnamese, then Lao.
"""

import logging

from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import translation

from portal import roles
from social import graph_errors
from social.models import FacebookConnection, Health, SocialPost

logger = logging.getLogger(__name__)


def administrator_emails() -> list[str]:
    users = get_user_model().objects.filter(
        Q(groups__name=roles.ADMINISTRATORS) | Q(is_superuser=True), is_active=True
    )
    return sorted({email for email in users.values_list("email", flat=True) if email})


def alert_about_connection(connection: FacebookConnection) -> bool:
    """Emails administrators if this connection's health changed for the worse since last time."""
    if connection.health not in {Health.BROKEN, Health.EXPIRING}:
        FacebookConnection.objects.filter(pk=connection.pk).update(alerted_health="")
        return False
    claimed = (
        FacebookConnection.objects.filter(pk=connection.pk)
        .exclude(alerted_health=connection.health)
        .update(alerted_health=connection.health)
    )
    if not claimed:
        return False
    _send("social/email/connection_alert.txt", {"connection": connection})
    return True


def alert_about_post(post: SocialPost, failure) -> None:
    explanation = graph_errors.explain(failure.kind)
    context = {"post": post, "failure": failure, "explanation": explanation}
    _send("social/email/post_alert.txt", context)


def _send(template: str, context: dict) -> None:
    recipients = administrator_emails()
    if not recipients:
        logger.warning("No administrator has an email address to alert (%s)", template)
        return
    parts = []
    for language in ("vi", "lo"):
        with translation.override(language):
            parts.append(render_to_string(template, context).strip())
    subject, _, _ = parts[0].partition("\n")
    body = "\n\n----\n\n".join(parts)
    try:
        send_mail(subject, body, None, recipients)
    except Exception:
        # An unreachable mail server must not break the worker; the admin panel still shows it.
        logger.exception("Could not email administrators (%s)", template)
