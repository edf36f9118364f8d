"""Hostile values in every public URL and filter: never a 5xx, never echoed unescaped.

The demo content gives one page of every public type in both languages. Each value of the
corpus (tests/hostile_values.py) goes into every query parameter the portal reads, all of a
page's parameters at once, then into a path segment below a page; the few values that
are numbers in disguise also go into each parameter alone, since a valid neighbour can
change which code path a value reaches. The filtered pages alternate between the two
languages, and the other pages take the values in turn: about 1,700 requests.
"""

import io

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

from tests.hostile_values import corpus

# The parameters each kind of page reads (gazette.library, news.models, gazette.models.issues,
# search.forms); "page" and "p" are also tried everywhere.
PARAMETERS = {
    "legaldocumentlibrarypage": ["type", "body", "year", "status", "field", "sort", "page"],
    "newsindexpage": ["year", "category"],
    "explainerindexpage": ["year", "topic"],
    "gazetteindexpage": ["year"],
    "search": ["q", "section", "document_type", "year", "status", "language", "page"],
    "search_suggestions": ["q"],
}
EVERYWHERE = ["page", "p", "q"]
PATH_PARENTS = ["homepage", "newsindexpage", "legaldocumentlibrarypage", "gazetteindexpage"]
NUMBER_LIKE = {"²", "²⁰²⁴", "໒໐໒໔", "٢٠٢٤", "２０２４", "\x00", "2024\x00", "-1", "0"}


def load_demo() -> None:
    with override_settings(DEBUG=True):
        call_command("load_demo_content", stdout=io.StringIO())


def public_pages() -> dict[str, str]:
    """The URL of one live, public page of each type, keyed by model name and language."""
    urls = {}
    for page in Page.objects.live().public().specific().order_by("depth", "path"):
        for language in ("vi", "lo"):
            with translation.override(language):
                url = page.get_url()
            urls.setdefault((page.specific_class._meta.model_name, language), url)
    for language in ("vi", "lo"):
        with translation.override(language):
            urls[("search", language)] = reverse("search")
            urls[("search_suggestions", language)] = reverse("search_suggestions")
    return {f"{kind}:{language}": url for (kind, language), url in urls.items() if url}


def problems_of(client, url: str, echo: str | None) -> list[str]:
    response = client.get(url, follow=True)
    if response.status_code >= 500:
        return [f"{response.status_code} {url[:200]}"]
    content_type = response.get("Content-Type", "")
    html = response.content.decode(errors="replace")
    if echo and "<" in echo and "json" not in content_type and echo in html:
        return [f"unescaped echo {url[:200]}"]
    return []


def query(names: list[str], raw: str) -> str:
    return "&".join(f"{name}={raw}" for name in names)


@pytest.mark.django_db
def test_no_hostile_value_gives_a_server_error_or_an_unescaped_echo(client):
    load_demo()
    pages = public_pages()
    assert {"legaldocumentpage:vi", "newsindexpage:lo", "gazetteissuepage:vi"} <= set(pages)
    filtered = [key for key in pages if key.split(":")[0] in PARAMETERS]
    others = [key for key in pages if key not in filtered]
    values = corpus()
    assert len(values) >= 200
    problems = []
    for index, (raw, text) in enumerate(values):
        language = ("vi", "lo")[index % 2]
        # Every value in every filter, in one of the two languages in turn.
        for key in filtered:
            if key.endswith(language):
                kind, url = key.split(":")[0], pages[key]
                names = PARAMETERS[kind] + EVERYWHERE
                problems += problems_of(client, f"{url}?{query(names, raw)}", text)
                if text in NUMBER_LIKE:
                    for name in names:
                        problems += problems_of(client, f"{url}?{query([name], raw)}", text)
        # Pages without filters, and path segments, take the values in turn.
        other = pages[others[index % len(others)]]
        problems += problems_of(client, f"{other}?{query(EVERYWHERE, raw)}", text)
        below = pages[PATH_PARENTS[index % len(PATH_PARENTS)] + ":" + language]
        problems += problems_of(client, f"{below}{raw}/", text)
    assert problems == []
