"""The social app's settings, read when used so tests can override them."""

from datetime import timedelta

from django.conf import settings


def stale_after() -> timedelta:
    return timedelta(hours=settings.SOCIAL_STALE_AFTER_HOURS)


def schedule_window() -> timedelta:
    return timedelta(days=settings.SOCIAL_SCHEDULE_WINDOW_DAYS)


def timeouts() -> tuple[float, float]:
    return (settings.GRAPH_API_CONNECT_TIMEOUT, settings.GRAPH_API_READ_TIMEOUT)


def sending_lease() -> timedelta:
    """How long a claim may stay `sending` before the sweeper assumes its worker died.

    Longer than any HTTP exchange can last (connect + read timeouts of the three calls a
    send makes), so a slow but living worker is never overtaken.
    """
    connect, read = timeouts()
    default = 3 * (connect + read) + 30
    return timedelta(seconds=getattr(settings, "SOCIAL_SENDING_LEASE_SECONDS", default))


def sweep_lease() -> timedelta:
    """A sweep's lease: its 45 s of work plus the exchange still running when they end."""
    return timedelta(seconds=45) + sending_lease()


def reconcile_delay() -> timedelta:
    """Wait before reading the Page's feed: Facebook may list a new post a little late."""
    return timedelta(seconds=getattr(settings, "SOCIAL_RECONCILE_DELAY_SECONDS", 60))


def listing_delay() -> timedelta:
    """How long Facebook may take to list a new post: not listed sooner is not "not posted"."""
    return timedelta(seconds=getattr(settings, "SOCIAL_LISTING_DELAY_SECONDS", 300))


def max_checks() -> int:
    """Reads of the Page before an unknown outcome goes to a person."""
    return getattr(settings, "SOCIAL_MAX_CHECKS", 10)


def alert_run() -> int:
    """This many posts failing the same temporary way at once alert administrators."""
    return getattr(settings, "SOCIAL_ALERT_RUN", 5)


def alert_pause() -> timedelta:
    """A Page (or the app) paused this long by Facebook alerts administrators."""
    return timedelta(seconds=getattr(settings, "SOCIAL_ALERT_PAUSE_SECONDS", 3600))


def max_retries() -> int:
    return getattr(settings, "SOCIAL_MAX_RETRIES", 5)


def retry_base_delay() -> float:
    return getattr(settings, "SOCIAL_RETRY_BASE_DELAY_SECONDS", 60.0)


def usage_threshold() -> int:
    """Usage percentage (from Facebook's usage headers) above which a Page or the app rests."""
    return getattr(settings, "SOCIAL_USAGE_THRESHOLD", 80)


def usage_cooldown() -> timedelta:
    return timedelta(seconds=getattr(settings, "SOCIAL_USAGE_COOLDOWN_SECONDS", 300))


def token_warning() -> timedelta:
    """Alert administrators this long before a token expires or loses data access."""
    return timedelta(days=getattr(settings, "SOCIAL_TOKEN_WARNING_DAYS", 14))


MESSAGE_MAX_LENGTH = 63206  # Facebook's limit for a Page post
