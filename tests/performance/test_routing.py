"""Routing fetches the one child a URL names, however many siblings it has."""

import contextlib

import pytest
from django.db import connection
from django.db.models.signals import post_init
from django.http import Http404
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Page, get_page_models

from gazette.bulk_pages import bulk_add_live_children
from gazette.factories import LegalDocumentLibraryPageFactory, document_type
from gazette.models import LegalDocumentPage
from portal.routing import route_by_localized_slug

SIBLINGS = 400


@pytest.fixture
def crowded_library(home_page):
    library = LegalDocumentLibraryPageFactory(parent=home_page)
    law = document_type()
    pages = [
        LegalDocumentPage(
            title_vi=f"Luật số {n}",
            title_lo=f"ກົດໝາຍ ເລກທີ {n}" if n % 2 else "",
            slug_vi=f"luat-{n}",
            slug_lo=f"kotmai-{n}" if n % 2 else "",
            number=f"{n}/2024/QH15",
            document_type=law,
            signed_date="2024-06-01",
        )
        for n in range(SIBLINGS)
    ]
    bulk_add_live_children(library, pages)
    return library


@contextlib.contextmanager
def page_rows():
    """Counts page rows the ORM turns into objects (one post_init each)."""
    built = []

    def count(sender, instance, **kwargs):
        if isinstance(instance, Page):
            built.append(instance)

    post_init.connect(count)
    try:
        yield built
    finally:
        post_init.disconnect(count)


def route(site_root: Page, path: str):
    components = [part for part in path.split("/") if part]
    return site_root.specific.route(None, components)


@pytest.mark.parametrize(
    ("language", "path", "slug"),
    [
        ("vi", "van-ban/luat-250/", "luat-250"),
        ("lo", "ekasan/kotmai-251/", "kotmai-251"),
        # No Lao slug: the Vietnamese one answers, as modeltranslation's fallback does.
        ("lo", "ekasan/luat-250/", "luat-250"),
    ],
)
def test_a_document_among_hundreds_is_routed_from_a_handful_of_rows(
    crowded_library, home_page, language, path, slug
):
    with (
        translation.override(language),
        page_rows() as rows,
        CaptureQueriesContext(connection) as queries,
    ):
        result = route(home_page, path)
    page = result.page
    assert isinstance(page, LegalDocumentPage)
    assert page.slug_vi == slug or page.slug_lo == slug
    # One query for the library's and the document's base rows, one for the document's own
    # row: never the 400 siblings.
    assert len(rows) <= 3, [type(row).__name__ for row in rows]
    assert len(queries.captured_queries) <= 2


def test_an_unknown_child_is_a_404_without_reading_the_siblings(crowded_library, home_page):
    with page_rows() as rows, pytest.raises(Http404):
        route(home_page, "van-ban/khong-co/")
    assert len(rows) <= 1


def test_every_page_model_routes_by_one_query():
    # A new page type with children is covered without an override of its own.
    for model in [Page, *get_page_models()]:
        assert model.route is route_by_localized_slug, model


def test_a_document_page_answers_in_both_languages(client, crowded_library):
    assert client.get("/vi/van-ban/luat-7/").status_code == 200
    assert client.get("/lo/ekasan/kotmai-7/").status_code == 200
    assert client.get("/lo/ekasan/luat-8/").status_code == 200
    assert client.get("/vi/van-ban/kotmai-7/").status_code == 404
