"""What a portal page looks like as a Facebook post in each Page's language.

Page types opt in by defining `share_summary` (text, read in the active language) and
`share_image` (a Wagtail image or None); any live page can be shared, falling back to its
search description and title.
"""

import unicodedata
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import translation
from wagtail.models import Page

from social import outbox
from social.models import FacebookConnection, SocialPost, State

IMAGE_SPEC = "fill-1200x630"


@dataclass
class Share:
    """One Facebook Page's view of a portal page: what the editor previews and edits."""

    connection: FacebookConnection
    translated: bool
    title: str
    message: str
    link: str
    image: object | None
    image_url: str
    existing: SocialPost | None


def normalise(text: str) -> str:
    """NFC, so Vietnamese typed with combining accents reaches Facebook in composed form."""
    return unicodedata.normalize("NFC", text).strip()


def shares_for(page: Page, campaign: str = "") -> list[Share]:
    specific = page.specific
    image = getattr(specific, "share_image", None)
    image_url = image.get_rendition(IMAGE_SPEC).url if image else ""
    existing = {
        post.connection_id: post for post in SocialPost.objects.filter(page=page, campaign=campaign)
    }
    shares = []
    for connection in FacebookConnection.objects.filter(active=True):
        language = connection.language
        with translation.override(language):
            shares.append(
                Share(
                    connection=connection,
                    translated=_has_translation(specific, language),
                    title=specific.title,
                    message=summary(specific),
                    link=specific.get_full_url(),
                    image=image,
                    image_url=image_url,
                    existing=existing.get(connection.pk),
                )
            )
    return shares


def summary(page) -> str:
    """The page's own summary in the active language, else its search description, else title."""
    text = getattr(page, "share_summary", "") or page.search_description or page.title
    return normalise(str(text))


def _has_translation(page, language: str) -> bool:
    checker = getattr(page, "has_translation", None)
    return checker(language) if checker else language == "vi"


def create_posts(
    page: Page,
    entries: list[tuple[Share, str, bool]],
    *,
    scheduled_at,
    campaign: str,
    draft: bool,
    user,
) -> tuple[list[SocialPost], list[SocialPost]]:
    """Creates one post per (Share, message, with_image) entry, all or nothing.

    Returns (created, already existing): a second click, or two editors at once, finds the
    post the first one made instead of making another (the unique constraint decides).
    """
    created, existing = [], []
    with transaction.atomic():
        for share, message, with_image in entries:
            fields = {
                "message": normalise(message),
                "link": share.link,
                "image": share.image if with_image else None,
                "scheduled_at": scheduled_at,
                "state": State.DRAFT if draft else State.SCHEDULED,
                "created_by": user,
            }
            key = {"page": page, "connection": share.connection, "campaign": campaign}
            try:
                with transaction.atomic():
                    post, was_created = SocialPost.objects.get_or_create(**key, defaults=fields)
            except IntegrityError:
                post, was_created = SocialPost.objects.get(**key), False
            (created if was_created else existing).append(post)
            if was_created and not draft:
                outbox.wake(post.pk, scheduled_at)
    return created, existing
