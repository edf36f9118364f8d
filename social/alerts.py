"""Telling administrators, by email, when a Page connection or a post needs a person.

Each connection alerts once per change of health (a worker racing another sends one
email, not two). A run of failures (many posts failing the same temporary way, a Page or
the app paused by Facebook for long) alerts once while it lasts, by email and on the
dashboard. Emails are bilingual: Vietnamese, then Lao.
"""

import logging
from dataclasses import replace
from datetime import datetime

from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db.models import Count, Q
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from portal import roles
from social import conf, graph_errors
from social.graph_errors import Kind
from social.models import AppPause, FacebookConnection, Health, OpenAlert, SocialPost, State
from social.redaction import redact

# The temporary kinds whose pile-up means Facebook (or the way to it) is down.
RUN_KINDS = [Kind.UNREACHABLE, Kind.TEMPORARY, Kind.AMBIGUOUS, Kind.RATE_LIMIT, Kind.NEEDS_PERSON]
RUN_TEXTS = {
    "run": _("%(count)s posts are held up by the same problem: %(problem)s"),
    "paused": _("Facebook paused posting to %(page)s until %(until)s (UTC+7)."),
}

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
    failure = replace(failure, message=redact(failure.message))
    context = {"post": post, "failure": failure, "explanation": explanation}
    _send("social/email/post_alert.txt", context)


def alert_about_runs(now: datetime | None = None) -> list[OpenAlert]:
    """Opens an alert (and emails once) for each run of failures; closes those that ended.

    Runs from the sweep on every machine: the unique key lets one of them send the email.
    """
    current = _runs(now or timezone.now())
    OpenAlert.objects.exclude(key__in=current).delete()
    for key, details in current.items():
        alert, created = OpenAlert.objects.get_or_create(key=key, defaults={"details": details})
        if created:
            _send("social/email/run_alert.txt", {"alert": Worded(alert)})
    return list(OpenAlert.objects.order_by("raised_at"))


class Worded:
    """An alert that words itself in the language active when a template prints it."""

    def __init__(self, alert: OpenAlert):
        self.alert = alert

    def __str__(self) -> str:
        return describe(self.alert)


def describe(alert: OpenAlert) -> str:
    """An open alert in the active language."""
    details = dict(alert.details)
    if details.get("problem"):
        details["problem"] = graph_errors.explain(details["problem"]).what
    if details.get("until"):
        moment = datetime.fromisoformat(details["until"])
        details["until"] = timezone.localtime(moment).strftime("%Y-%m-%d %H:%M")
    details["page"] = details.get("page") or _("every Page")
    return str(RUN_TEXTS[details.pop("text")]) % details


def _runs(now: datetime) -> dict[str, dict]:
    runs = {}
    held_up = (
        SocialPost.objects.filter(
            state__in=[State.SCHEDULED, State.NEEDS_CHECK, State.FAILED], error_kind__in=RUN_KINDS
        )
        .values("error_kind")
        .annotate(count=Count("pk"))
    )
    for row in held_up:
        if row["count"] >= conf.alert_run():
            kind = row["error_kind"]
            runs[f"run:{kind}"] = {"text": "run", "problem": kind, "count": row["count"]}
    long_after = now + conf.alert_pause()
    for connection in FacebookConnection.objects.filter(paused_until__gt=long_after):
        until = connection.paused_until.isoformat() if connection.paused_until else ""
        runs[f"paused:{connection.pk}"] = {
            "text": "paused",
            "page": connection.name,
            "until": until,
        }
    for pause in AppPause.objects.filter(paused_until__gt=long_after):
        runs["paused:app"] = {"text": "paused", "page": "", "until": pause.paused_until.isoformat()}
    return runs


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
