"""What a Graph API failure means and what the portal does about it.

Facebook's errors are classified by the JSON `error.code` (and subcode), never by HTTP
status: throttles come back as 400 or 403, and an HTTP 500 may follow a post that was in
fact created. Each kind carries the plain-language explanation editors read in the admin.
"""

from dataclasses import dataclass

from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    TEMPORARY = "temporary", _("Temporary problem")
    UNREACHABLE = "unreachable", _("Facebook unreachable")
    AMBIGUOUS = "ambiguous", _("Outcome unknown")
    DUPLICATE = "duplicate", _("Duplicate post")
    RATE_LIMIT = "rate_limit", _("Rate limit")
    THROTTLE_APP = "throttle_app", _("App throttled")
    APP_LIMIT = "app_limit", _("App limit reached")
    THROTTLE_TOKEN = "throttle_token", _("Token throttled")
    THROTTLE_PAGE = "throttle_page", _("Page throttled")
    PERMISSION = "permission", _("Permission missing")
    TOKEN_INVALID = "token_invalid", _("Token invalid")
    BAD_REQUEST = "bad_request", _("Rejected by Facebook")
    POLICY_BLOCK = "policy_block", _("Blocked by Facebook")
    LINK_UNFETCHABLE = "link_unfetchable", _("Link unreadable")
    PAGE_NOT_LIVE = "page_not_live", _("Page not published")
    TOKEN_UNREADABLE = "token_unreadable", _("Token unreadable")
    NEEDS_PERSON = "needs_person", _("Outcome still unknown")
    UNKNOWN = "unknown", _("Unexpected error")


# What the sender does with each kind.
RETRY = {Kind.TEMPORARY, Kind.UNREACHABLE, Kind.RATE_LIMIT}
RECONCILE = {Kind.AMBIGUOUS, Kind.DUPLICATE}
PAUSE_APP = {Kind.THROTTLE_APP, Kind.APP_LIMIT}
PAUSE_PAGE = {Kind.THROTTLE_TOKEN, Kind.THROTTLE_PAGE}
BREAKS_CONNECTION = {Kind.PERMISSION, Kind.TOKEN_INVALID, Kind.TOKEN_UNREADABLE}
ALERTS_ADMINISTRATORS = {*BREAKS_CONNECTION, Kind.APP_LIMIT, Kind.POLICY_BLOCK}
# Whose explanation says the portal deals with it by itself: wrong once the post failed.
HANDLED_AUTOMATICALLY = {*RETRY, *RECONCILE, Kind.THROTTLE_APP, *PAUSE_PAGE}
# An attempt that ended so may have created the post: look on the Page before resending.
MAY_HAVE_POSTED = {Kind.AMBIGUOUS, Kind.DUPLICATE, Kind.TEMPORARY, Kind.UNKNOWN, Kind.NEEDS_PERSON}

PERMISSION_CODES = {10, 283, *range(200, 300)}


def classify(code: int | None, *, is_transient: bool = False, after_sending: bool) -> Kind:
    """The kind of a Graph API error.

    `after_sending` is true for a POST that creates something: a generic server error there
    may hide a post that was stored, so it must be reconciled rather than retried.
    """
    by_code = {
        4: Kind.THROTTLE_APP,
        17: Kind.THROTTLE_TOKEN,
        32: Kind.THROTTLE_PAGE,
        80001: Kind.THROTTLE_PAGE,
        613: Kind.RATE_LIMIT,
        100: Kind.BAD_REQUEST,
        190: Kind.TOKEN_INVALID,
        341: Kind.APP_LIMIT,
        368: Kind.POLICY_BLOCK,
        506: Kind.DUPLICATE,
        1609005: Kind.LINK_UNFETCHABLE,
    }
    if code in by_code:
        return by_code[code]
    if code in PERMISSION_CODES:
        return Kind.PERMISSION
    if code in {1, 2, None}:
        return Kind.AMBIGUOUS if after_sending else Kind.TEMPORARY
    return Kind.TEMPORARY if is_transient else Kind.UNKNOWN


@dataclass(frozen=True)
class Explanation:
    what: Promise
    todo: Promise


EXPLANATIONS = {
    Kind.TEMPORARY: Explanation(
        _("Facebook had a temporary problem."),
        _("Nothing to do: the portal tries again by itself a few times."),
    ),
    Kind.UNREACHABLE: Explanation(
        _("The portal could not reach Facebook (network or Facebook down)."),
        _("Nothing to do: the portal tries again by itself a few times."),
    ),
    Kind.AMBIGUOUS: Explanation(
        _("Facebook did not answer clearly; the post may or may not have been published."),
        _(
            "Nothing to do: the portal reads the Page's recent posts and only sends again "
            "if the post is not there."
        ),
    ),
    Kind.DUPLICATE: Explanation(
        _("Facebook says this exact post was already published."),
        _("The portal checks the Page's recent posts and records the existing post."),
    ),
    Kind.RATE_LIMIT: Explanation(
        _("Too many requests to Facebook in a short time."),
        _("Nothing to do: the portal waits and tries again later."),
    ),
    Kind.THROTTLE_APP: Explanation(
        _("Facebook is slowing down the portal's app for all Pages."),
        _("Nothing to do: every post waits for the time Facebook asks, then continues."),
    ),
    Kind.APP_LIMIT: Explanation(
        _("The portal's app has reached a Facebook limit."),
        _(
            "Posting is paused for a long time. An administrator should check the app in "
            "Meta's developer dashboard."
        ),
    ),
    Kind.THROTTLE_TOKEN: Explanation(
        _("Facebook is slowing down the account that connects this Page."),
        _("Nothing to do: posts to this Page wait, other Pages keep posting."),
    ),
    Kind.THROTTLE_PAGE: Explanation(
        _("Facebook is slowing down posting to this Page."),
        _(
            "Nothing to do: posts to this Page wait for the time Facebook asks; other Pages "
            "keep posting."
        ),
    ),
    Kind.PERMISSION: Explanation(
        _("The portal is not allowed to post to this Page."),
        _(
            "An administrator must reconnect the Page with the pages_manage_posts, "
            "pages_read_engagement and pages_show_list permissions, then retry the post."
        ),
    ),
    Kind.TOKEN_INVALID: Explanation(
        _(
            "The Page's access token no longer works (password changed, Page role removed, "
            "app removed or token expired)."
        ),
        _("An administrator must paste a new Page access token, then retry the post."),
    ),
    Kind.TOKEN_UNREADABLE: Explanation(
        _("The stored access token cannot be decrypted (the encryption key changed)."),
        _("An administrator must paste the Page access token again, then retry the post."),
    ),
    Kind.BAD_REQUEST: Explanation(
        _("Facebook rejected the post as invalid, or the object no longer exists."),
        _("Check the message and the link, correct them, then retry."),
    ),
    Kind.POLICY_BLOCK: Explanation(
        _("Facebook blocked the post as against its policies or as spam."),
        _(
            "Do not retry right away: review the text and link, and ask an administrator to "
            "check the Page's quality status on Facebook."
        ),
    ),
    Kind.LINK_UNFETCHABLE: Explanation(
        _("Facebook could not read the linked page."),
        _("Check that the page is published and opens without logging in, then retry."),
    ),
    Kind.PAGE_NOT_LIVE: Explanation(
        _("The portal page is not published, so the link would not work."),
        _("Publish the page, then reschedule or retry the post."),
    ),
    Kind.NEEDS_PERSON: Explanation(
        _("The portal could not find out whether Facebook published this post."),
        _(
            'Open the Facebook Page and look for the post. If it is there, choose "It is on '
            'Facebook" and paste its address; if not, choose "Not on Facebook: send"; or '
            "cancel it."
        ),
    ),
    Kind.UNKNOWN: Explanation(
        _("Facebook returned an error the portal does not know."),
        _("Retry once; if it fails again, give the error code to an administrator."),
    ),
}


GAVE_UP = _(
    "The portal tried several times and stopped. When the problem is over, press Retry: "
    "a post that may have reached Facebook is looked for on the Page before it is sent again."
)


def explain(kind: str) -> Explanation:
    return EXPLANATIONS[Kind(kind) if kind in Kind.values else Kind.UNKNOWN]


def explain_state(kind: str, *, failed: bool, needs_person: bool) -> Explanation:
    """What a post's state and last error mean to an editor, and what to do now.

    A post that failed for good never reads "nothing to do"; one whose checks ran out
    says how a person settles it.
    """
    if needs_person:
        return EXPLANATIONS[Kind.NEEDS_PERSON]
    explanation = explain(kind)
    if failed and kind in HANDLED_AUTOMATICALLY:
        return Explanation(explanation.what, GAVE_UP)
    return explanation
