import os
from pathlib import Path

import pytest
from django.utils import translation
from wagtail.models import Page, Site

from home.factories import HomePageFactory


@pytest.fixture(autouse=True)
def _default_language():
    # Rendering in one test must not leave another test in Lao.
    with translation.override("vi"):
        yield


@pytest.fixture(autouse=True)
def _empty_caches():
    # Wagtail caches site root paths and image renditions under primary keys, which the test
    # database hands out again after each rollback: a stale entry would describe another
    # test's site or image.
    from django.core.cache import caches

    from portal import content_memo, page_cache

    for cache in caches.all():
        cache.clear()
    content_memo.forget()
    page_cache.forget()


@pytest.fixture
def home_page(db):
    """A bilingual home page serving as the default site's root."""
    home = HomePageFactory(parent=Page.get_first_root_node())
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    return home


CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def _browser_if_needed(request):
    """Debian's Chromium under Playwright, started only when browser tests were collected.

    It must start before the test database is set up: once Playwright's event loop runs in
    this thread, Django hands out a fresh connection object, and a database set up earlier
    loses the serialized copy that transactional browser tests restore between tests.
    """
    if not any("tests/browser/" in str(item.fspath) for item in request.session.items):
        yield None
        return
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: `make browser-deps` installs Debian's chromium")
    # The tests' own ORM calls stay synchronous while Playwright's loop runs in this thread.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def django_db_setup(_browser_if_needed, django_db_setup):
    yield
