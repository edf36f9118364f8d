import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage, StandardPage


class PageTypeRulesTests(WagtailPageTestCase):
    def test_home_page_lives_only_at_the_tree_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_home_page_holds_standard_pages(self):
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanNotCreateAt(StandardPage, HomePage)


@pytest.mark.django_db
def test_a_second_home_page_cannot_be_created(home_page):
    assert not HomePage.can_create_at(Page.get_first_root_node())
