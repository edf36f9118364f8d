from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage, StandardPage


class PageTypeRulesTests(WagtailPageTestCase):
    def test_home_page_lives_only_at_the_tree_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_home_page_holds_standard_pages(self):
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanNotCreateAt(StandardPage, HomePage)

    def test_only_one_home_page(self):
        self.assertEqual(HomePage.max_count, 1)
