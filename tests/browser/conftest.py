"""Browser tests. The browser itself is started in tests/conftest.py (see `_browser_if_needed`)."""

import pytest
from wagtail.models import Page, Site

from home.factories import HomePageFactory
from portal import roles
from tests.browser.admin_session import PASSWORD
from tests.users import user_in


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser(_browser_if_needed):
    return _browser_if_needed


@pytest.fixture
def browser_page(browser):
    context = browser.new_context(locale="vi-VN")
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def live_home_page(transactional_db, django_db_serialized_rollback):
    # Serialized rollback restores what migrations created (root page, locale, roles), which
    # a transactional test's flush would otherwise wipe for the tests after it.
    home = HomePageFactory(parent=Page.get_first_root_node())
    Site.objects.filter(is_default_site=True).update(root_page=home)
    return home


@pytest.fixture
def editor(live_home_page):
    user = user_in(roles.EDITORS, username="bientap")
    user.set_password(PASSWORD)
    user.save()
    return user
