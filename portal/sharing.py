"""How a page looks when shared (Open Graph, Twitter cards, the Facebook outbox).

A page that wants a rich preview exposes `share_summary` (plain text in the active language)
and `share_image` (a Wagtail image or None), optionally `share_image_alt` and `og_type`.
"""

from dataclasses import dataclass
from urllib.parse import urljoin

from django.http import HttpRequest
from wagtail.images.models import SourceImageIOError
from wagtail.models import Site

from portal.content_memo import remembered

# Facebook's recommended 1.91:1 size; JPEG because every crawler reads it.
SHARE_IMAGE_SPEC = "fill-1200x630|format-jpeg|jpegquality-82"


@dataclass(frozen=True)
class ShareImage:
    url: str  # absolute
    width: int
    height: int
    alt: str


def absolute_url(request: HttpRequest, url: str) -> str:
    """`url` on the site's configured host, as canonical links are."""
    site = Site.find_for_request(request)
    base = site.root_url if site else request.build_absolute_uri("/")
    return urljoin(base.rstrip("/") + "/", url)


def share_image(page, request: HttpRequest) -> ShareImage | None:
    image = getattr(page, "share_image", None)
    if image is None:
        return None
    # Once per image and content version: every render asks for it twice (Open Graph,
    # JSON-LD), and Wagtail writes its rendition cache on each ask.
    rendition = remembered(
        ("share-rendition", image.pk), lambda: _share_rendition(image), follows_content=True
    )
    if rendition is None:
        return None
    url, width, height = rendition
    alt = getattr(page, "share_image_alt", "") or ""
    return ShareImage(absolute_url(request, url), width, height, alt)


def _share_rendition(image) -> tuple[str, int, int] | None:
    try:
        rendition = image.get_rendition(SHARE_IMAGE_SPEC)
    except SourceImageIOError:
        # The original file is gone: better no preview image than a broken one.
        return None
    return rendition.url, rendition.width, rendition.height
