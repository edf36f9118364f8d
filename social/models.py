"""Facebook Page connections and the outbox of posts to them.

A `SocialPost` row is the source of truth for one post: task-queue messages only wake the
sender, which claims the row atomically before it calls the Graph API (see outbox.py).
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from social import conf, health_reasons, token_vault


class Health(models.TextChoices):
    UNKNOWN = "unknown", _("Not checked yet")
    HEALTHY = "healthy", _("Working")
    EXPIRING = "expiring", _("Expiring soon")
    BROKEN = "broken", _("Broken")


class FacebookConnection(models.Model):
    """A Facebook Page the portal may post to, with its Page access token (a secret)."""

    name = models.CharField(_("name"), max_length=120)
    page_id = models.CharField(
        _("Facebook Page id"),
        max_length=40,
        unique=True,
        help_text=_("The number in the Page's About section, e.g. 104857600123456."),
    )
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    active = models.BooleanField(
        _("active"), default=True, help_text=_("Inactive Pages receive no posts.")
    )
    sealed_token = models.TextField(editable=False, blank=True)
    token_fingerprint = models.CharField(max_length=8, editable=False, blank=True)
    token_updated_at = models.DateTimeField(null=True, editable=False)

    health = models.CharField(
        _("health"), max_length=10, choices=Health.choices, default=Health.UNKNOWN
    )
    # Why: a health_reasons dict, worded in the reader's language by `health_detail`.
    health_reason = models.JSONField(default=dict, blank=True)
    health_checked_at = models.DateTimeField(_("checked at"), null=True, blank=True)
    token_expires_at = models.DateTimeField(null=True, blank=True)
    data_access_expires_at = models.DateTimeField(null=True, blank=True)
    # The health administrators were last told about, so each change alerts them once.
    alerted_health = models.CharField(max_length=10, blank=True)

    paused_until = models.DateTimeField(null=True, blank=True)
    pause_reason = models.CharField(max_length=255, blank=True)

    class Meta:
        verbose_name = _("Facebook Page")
        verbose_name_plural = _("Facebook Pages")
        ordering = ["language", "name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.get_language_display()})"

    def set_token(self, token: str) -> None:
        self.sealed_token = token_vault.seal(token)
        self.token_fingerprint = token_vault.fingerprint(token)
        self.token_updated_at = timezone.now()
        # A new token deserves a fresh check; until then the old verdict no longer applies.
        self.health, self.health_reason, self.alerted_health = Health.UNKNOWN, {}, ""

    @property
    def token(self) -> str:
        """The Page access token in clear. Raises token_vault.TokenUnreadable."""
        return token_vault.unseal(self.sealed_token)

    @property
    def health_detail(self) -> str:
        return health_reasons.describe(self.health_reason)

    @property
    def is_paused(self) -> bool:
        return self.paused_until is not None and self.paused_until > timezone.now()


class AppPause(models.Model):
    """A pause of every post on the Facebook app, after an app-level throttle (codes 4, 341)."""

    app_id = models.CharField(max_length=40, unique=True)
    paused_until = models.DateTimeField()
    reason = models.CharField(max_length=255, blank=True)

    def __str__(self) -> str:
        return f"{self.app_id} paused until {self.paused_until:%Y-%m-%d %H:%M}"


class AutoShareRule(models.Model):
    """Pages of this type are shared to every Facebook Page when first published."""

    page_type = models.OneToOneField(
        "contenttypes.ContentType",
        verbose_name=_("page type"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    delay_minutes = models.PositiveIntegerField(
        _("delay in minutes"),
        default=15,
        help_text=_(
            "Time between the first publication and the post, to catch a mistake before "
            "Facebook does."
        ),
    )
    active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("automatic sharing rule")
        verbose_name_plural = _("automatic sharing rules")

    def __str__(self) -> str:
        return str(self.page_type)


class State(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SCHEDULED = "scheduled", _("Scheduled")
    SENDING = "sending", _("Sending")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")
    NEEDS_CHECK = "needs_check", _("Needs checking")
    CANCELLED = "cancelled", _("Cancelled")


class SocialPost(models.Model):
    """One post of one portal page to one Facebook Page, for one campaign."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="social_posts",
    )
    connection = models.ForeignKey(
        FacebookConnection,
        verbose_name=_("Facebook Page"),
        on_delete=models.PROTECT,
        related_name="posts",
    )
    campaign = models.CharField(
        _("campaign"),
        max_length=100,
        blank=True,
        help_text=_("Leave empty the first time; name a campaign to share the page again."),
    )
    message = models.TextField(_("message"))
    link = models.URLField(_("link"), max_length=500)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    scheduled_at = models.DateTimeField(_("scheduled time"), db_index=True)
    state = models.CharField(
        _("state"), max_length=12, choices=State.choices, default=State.SCHEDULED
    )
    late_confirmed = models.BooleanField(default=False)

    # The claim: which worker holds the row while it talks to Facebook, since when.
    claim_token = models.UUIDField(null=True, editable=False)
    claimed_at = models.DateTimeField(null=True, editable=False)
    claimed_by = models.CharField(max_length=64, blank=True, editable=False)
    first_claimed_at = models.DateTimeField(null=True, editable=False)
    next_attempt_at = models.DateTimeField(null=True, editable=False)
    retries = models.PositiveIntegerField(default=0, editable=False)
    # Reconciliation: when the attempt whose outcome is unknown ended (Facebook's listing
    # delay counts from there) and how many times the Page was read since.
    attempt_ended_at = models.DateTimeField(null=True, editable=False)
    checks = models.PositiveIntegerField(default=0, editable=False)

    facebook_post_id = models.CharField(_("Facebook post id"), max_length=80, blank=True)
    permalink_url = models.URLField(_("permalink"), max_length=500, blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    error_kind = models.CharField(max_length=30, blank=True)
    error_code = models.IntegerField(null=True, blank=True)
    error_subcode = models.IntegerField(null=True, blank=True)
    error_message = models.TextField(blank=True)

    reactions = models.PositiveIntegerField(null=True, blank=True)
    comments = models.PositiveIntegerField(null=True, blank=True)
    shares = models.PositiveIntegerField(null=True, blank=True)
    engagement_checked_at = models.DateTimeField(null=True, blank=True)
    removed_on_facebook = models.BooleanField(default=False)

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("Facebook post")
        verbose_name_plural = _("Facebook posts")
        ordering = ["-scheduled_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["page", "connection", "campaign"], name="one_post_per_campaign"
            )
        ]
        indexes = [models.Index(fields=["state", "scheduled_at"])]

    def __str__(self) -> str:
        return f"{self.connection.name}: {self.message[:40]}"

    @property
    def needs_person(self) -> bool:
        """Its outcome stayed unknown after every automatic check: a person must decide."""
        return self.state == State.NEEDS_CHECK and self.checks >= conf.max_checks()

    @property
    def held_as_stale(self) -> bool:
        """Far past its time and not confirmed: the worker will not send it on its own."""
        return (
            self.state == State.SCHEDULED
            and not self.late_confirmed
            and self.scheduled_at < timezone.now() - conf.stale_after()
        )


class OpenAlert(models.Model):
    """A run of failures administrators were told about; deleted when it is over.

    The unique key makes "tell them once" a single INSERT: whoever creates the row sends
    the email, everyone else finds it there.
    """

    key = models.CharField(max_length=80, unique=True)
    # What the alert says, as data, worded in the reader's language (see alerts.describe).
    details = models.JSONField(default=dict)
    raised_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.key


class JobLease(models.Model):
    """Which machine runs a periodic job now: one row per job, taken by a conditional UPDATE.

    Works the same on SQLite and PostgreSQL; a holder that dies loses the lease when it
    expires.
    """

    name = models.CharField(max_length=80, unique=True)
    holder = models.CharField(max_length=64, blank=True)
    expires_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"{self.name} ({self.holder} until {self.expires_at:%H:%M:%S})"
