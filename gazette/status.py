"""Whether a legal document is in force, computed from its dates and the documents acting on it.

The status is computed in SQL against today's date (`status_expression`), so the library
can filter, count and show it for thousands of documents in constant queries, and it never
goes stale: a law whose effective date passes overnight is "in force" the next morning
without any job running. Only dates are stored, never the status itself.
"""

from datetime import date

from django.db import models
from django.db.models import Case, F, Q, Value, When
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    IN_FORCE = "in_force", _("In force")
    NOT_YET_IN_FORCE = "not_yet_in_force", _("Not yet in force")
    PARTLY_EXPIRED = "partly_expired", _("Partly expired")
    EXPIRED = "expired", _("Expired")
    SUSPENDED = "suspended", _("Suspended")


# schema.org LegalForceStatus for each status.
LEGAL_FORCE = {
    Status.IN_FORCE: "InForce",
    Status.PARTLY_EXPIRED: "PartiallyInForce",
    Status.NOT_YET_IN_FORCE: "NotInForce",
    Status.EXPIRED: "NotInForce",
    Status.SUSPENDED: "NotInForce",
}


class RelationKind(models.TextChoices):
    """What the source document does to the target; each kind reads both ways."""

    AMENDS = "amends", _("amends")
    REPLACES = "replaces", _("replaces")
    REPEALS = "repeals", _("repeals")
    PARTLY_REPEALS = "partly_repeals", _("repeals in part")
    GUIDES = "guides", _("guides")
    CONSOLIDATES = "consolidates", _("consolidates")


# How the target document reads a relation ("amended by ...").
INVERSE_LABELS = {
    RelationKind.AMENDS: _("amended by"),
    RelationKind.REPLACES: _("replaced by"),
    RelationKind.REPEALS: _("repealed by"),
    RelationKind.PARTLY_REPEALS: _("repealed in part by"),
    RelationKind.GUIDES: _("guided by"),
    RelationKind.CONSOLIDATES: _("consolidated by"),
}

# Relations that end the target's force, wholly or in part, once their date has come.
ENDING_KINDS = [RelationKind.REPLACES, RelationKind.REPEALS]
PARTLY_ENDING_KINDS = [RelationKind.PARTLY_REPEALS]


def status_expression(on: date) -> Case:
    """The status of each document row on a day, as an SQL expression.

    It reads only the row's own columns: `repealed_on` and `partly_repealed_on` hold the day
    the earliest live replacing or repealing document takes effect (kept current by
    `refresh_repeal_dates`), so listings of thousands of documents need no subqueries.
    """
    return Case(
        When(~Q(status_override=""), then=F("status_override")),
        When(Q(end_date__lte=on) | Q(repealed_on__lte=on), then=Value(Status.EXPIRED.value)),
        When(
            Q(effective_date__gt=on) | Q(signed_date__gt=on),
            then=Value(Status.NOT_YET_IN_FORCE.value),
        ),
        When(partly_repealed_on__lte=on, then=Value(Status.PARTLY_EXPIRED.value)),
        default=Value(Status.IN_FORCE.value),
        output_field=models.CharField(),
    )
