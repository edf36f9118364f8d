"""Sends one claimed post to Facebook and decides what its outcome means.

The claim (outbox.claim) is committed before anything here runs; every outcome goes back
through an outbox.record_* call that only applies while this worker's claim still holds.
"""

import logging
from datetime import datetime, timedelta

from django.utils import timezone
from wagtail.models import Page

from social import alerts, conf, graph_errors, links, outbox
from social.graph_client import (
    GraphClient,
    GraphError,
    GraphTimeout,
    GraphUnreachable,
    Usage,
    parse_graph_time,
)
from social.graph_errors import Kind
from social.health_reasons import reason
from social.models import FacebookConnection, Health, SocialPost
from social.outbox import Failure
from social.redaction import redact
from social.token_vault import TokenUnreadable

logger = logging.getLogger(__name__)

# How long to wait when Facebook throttles without saying for how long.
DEFAULT_PAUSE = {
    Kind.THROTTLE_APP: timedelta(hours=1),
    Kind.APP_LIMIT: timedelta(hours=6),
    Kind.THROTTLE_TOKEN: timedelta(hours=1),
    Kind.THROTTLE_PAGE: timedelta(hours=1),
}
# Facebook's clock and ours may differ a little when matching a post by its creation time.
CLOCK_SLACK = timedelta(minutes=5)


def send(post: SocialPost, client: GraphClient) -> None:
    """Publishes a post this worker has claimed (state `sending`)."""
    connection = post.connection
    try:
        token = connection.token
    except TokenUnreadable:
        return _fail(post, Failure(Kind.TOKEN_UNREADABLE))
    if not _page_is_live(post):
        return outbox.record_failed(post, Failure(Kind.PAGE_NOT_LIVE))
    _rescrape(client, post.link)
    try:
        published = client.publish(
            connection.page_id,
            token,
            message=post.message,
            link=post.link,
            image_url=_image_url(post),
        )
    except GraphError as error:
        _handle_failure(post, _failure(_kind(error, after_sending=True), error), error.usage)
    except GraphTimeout as error:
        outbox.record_needs_check(post, Failure(Kind.AMBIGUOUS, message=str(error)))
    except GraphUnreachable as error:
        outbox.record_retry(post, Failure(Kind.UNREACHABLE, message=str(error)))
    else:
        outbox.record_sent(post, published.post_id, _permalink(client, published.post_id, token))
    _respect_usage(connection, client.last_usage)
    return None


def reconcile(post: SocialPost, client: GraphClient) -> None:
    """After an ambiguous attempt: find the post on the Page, or learn it is not there.

    The Page's posts are read back to the first claim. Found: sent. Not listed, and
    Facebook's listing delay has passed since the attempt: not posted, so it goes back to
    the queue. Anything else (listed too late to tell, the read failing, an unclear answer)
    looks again later, a bounded number of times, then waits for a person.
    """
    connection = post.connection
    try:
        listing = client.page_posts(connection.page_id, connection.token, since=_since(post))
    except TokenUnreadable:
        return _fail(post, Failure(Kind.TOKEN_UNREADABLE))
    except GraphError as error:
        kind = _kind(error, after_sending=False)
        if kind in graph_errors.BREAKS_CONNECTION:
            _break_connection(connection, _failure(kind, error))
        return _check_again(post, _failure(Kind.AMBIGUOUS, error))
    except (GraphTimeout, GraphUnreachable) as error:
        return _check_again(post, Failure(Kind.AMBIGUOUS, message=str(error)))
    match = find_on_page(post, listing.posts)
    if match:
        outbox.record_sent(post, match["id"], match.get("permalink_url", ""))
        return None
    listed_by = (post.attempt_ended_at or post.claimed_at or timezone.now()) + conf.listing_delay()
    if not listing.complete:
        return _check_again(post, Failure(Kind.AMBIGUOUS))
    if timezone.now() < listed_by:
        return _check_again(post, Failure(Kind.AMBIGUOUS), at=listed_by)
    outbox.record_retry(post, Failure(Kind.AMBIGUOUS))
    return None


def _check_again(post: SocialPost, failure: Failure, at: datetime | None = None) -> None:
    if outbox.record_check_again(post, failure, at):
        alerts.alert_about_post(post, Failure(Kind.NEEDS_PERSON, message=failure.message))


def find_on_page(post: SocialPost, posts: list[dict]) -> dict | None:
    """The Page's post carrying this post's link (or photo caption), made since its claim.

    v25 gives a link post's link only in its attachment (`unshimmed_url`, `target.url`,
    or the l.facebook.com redirect in `url`); a photo post carries it in its caption.
    """
    since, wanted = _since(post), links.normalise(post.link)
    caption = links.squeeze(f"{post.message}\n\n{post.link}")
    for candidate in posts:
        created = parse_graph_time(candidate.get("created_time", ""))
        if created is not None and created < since:
            continue
        message = candidate.get("message") or ""
        if wanted in links.of_post(candidate) or links.squeeze(message) == caption:
            return candidate
    return None


def _since(post: SocialPost) -> datetime:
    return (post.first_claimed_at or post.scheduled_at) - CLOCK_SLACK


def _handle_failure(post: SocialPost, failure: Failure, usage: Usage) -> None:
    kind, connection = failure.kind, post.connection
    if kind in graph_errors.RECONCILE:
        outbox.record_needs_check(post, failure)
    elif kind in graph_errors.RETRY:
        outbox.record_retry(post, failure)
    elif kind in graph_errors.PAUSE_APP:
        until = _pause_end(kind, usage.regain_minutes.get(connection.page_id))
        outbox.pause_app(until, failure.message)
        outbox.record_postponed(post, until, failure)
    elif kind in graph_errors.PAUSE_PAGE:
        until = _pause_end(kind, usage.regain_minutes.get(connection.page_id))
        outbox.pause_connection(connection.pk, until, failure.message)
        outbox.record_postponed(post, until, failure)
    else:
        return _fail(post, failure)
    if kind in graph_errors.ALERTS_ADMINISTRATORS:
        alerts.alert_about_post(post, failure)
    return None


def _fail(post: SocialPost, failure: Failure) -> None:
    outbox.record_failed(post, failure)
    if failure.kind in graph_errors.BREAKS_CONNECTION:
        _break_connection(post.connection, failure)
    elif failure.kind in graph_errors.ALERTS_ADMINISTRATORS:
        alerts.alert_about_post(post, failure)


def _break_connection(connection: FacebookConnection, failure: Failure) -> None:
    """Stops every post to this Page until an administrator fixes it, and tells them."""
    why = reason("graph_error", kind=failure.kind.value, message=redact(failure.message)[:300])
    FacebookConnection.objects.filter(pk=connection.pk).update(
        health=Health.BROKEN, health_reason=why
    )
    connection.refresh_from_db()
    alerts.alert_about_connection(connection)


def _pause_end(kind: Kind, regain_minutes: int | None) -> datetime:
    wait = timedelta(minutes=regain_minutes) if regain_minutes else DEFAULT_PAUSE[kind]
    return timezone.now() + wait


def _respect_usage(connection: FacebookConnection, usage: Usage) -> None:
    """Slows down before Facebook throttles: rest a Page (or the app) above the threshold."""
    threshold, now = conf.usage_threshold(), timezone.now()
    page_usage = usage.pages.get(connection.page_id, 0)
    if page_usage >= threshold:
        regain = timedelta(minutes=usage.regain_minutes.get(connection.page_id, 0))
        until = now + max(conf.usage_cooldown(), regain)
        outbox.pause_connection(connection.pk, until, f"Page usage at {page_usage}%")
    if usage.app >= threshold:
        outbox.pause_app(now + conf.usage_cooldown(), f"App usage at {usage.app}%")


def _kind(error: GraphError, *, after_sending: bool) -> Kind:
    return graph_errors.classify(
        error.code, is_transient=error.is_transient, after_sending=after_sending
    )


def _failure(kind: Kind, error: GraphError) -> Failure:
    return Failure(kind, error.code, error.subcode, error.user_message or error.message)


def _page_is_live(post: SocialPost) -> bool:
    return (
        post.page_id is not None and Page.objects.live().public().filter(pk=post.page_id).exists()
    )


def _image_url(post: SocialPost) -> str:
    if post.image is None:
        return ""
    return post.image.get_rendition("fill-1200x630").full_url


def _rescrape(client: GraphClient, url: str) -> None:
    """Facebook caches a page's preview; a stale one is worse than none, but not fatal."""
    try:
        client.scrape(url)
    except (GraphError, GraphTimeout, GraphUnreachable) as error:
        logger.warning("Facebook could not re-scrape %s: %s", url, error)


def _permalink(client: GraphClient, post_id: str, token: str) -> str:
    try:
        return client.post_details(post_id, token).get("permalink_url", "")
    except (GraphError, GraphTimeout, GraphUnreachable):
        return ""  # the engagement refresh fills it in later
