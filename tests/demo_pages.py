"""The demo content (`load_demo_content`) and one address per public page type on it."""

import io

from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

# The search page with words that match every section and facet of the demo content.
SEARCH_WORDS = {"vi": "luật", "lo": "ກົດໝາຍ"}


def load_demo() -> None:
    with override_settings(DEBUG=True):
        call_command("load_demo_content", stdout=io.StringIO())


def public_urls(language: str) -> dict[str, str]:
    """{page type: path} for every page type the demo content serves, in one language."""
    urls = {}
    with translation.override(language):
        for page in Page.objects.live().public().filter(depth__gt=1).specific().order_by("path"):
            name = type(page).__name__
            if name not in urls:
                urls[name] = page.get_url()
        search = reverse("search")
    urls["SearchPage"] = f"{search}?q={SEARCH_WORDS[language]}"
    urls["SearchPage (no result)"] = f"{search}?q=zzqx"
    return urls
