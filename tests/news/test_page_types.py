import pytest
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage, StandardPage
from news.models import ExplainerIndexPage, ExplainerPage, NewsIndexPage, NewsPage
from portal import roles
from tests.users import user_in


class NewsPageTypeRulesTests(WagtailPageTestCase):
    def test_indexes_live_only_under_the_home_page(self):
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
        self.assertAllowedParentPageTypes(ExplainerIndexPage, {HomePage})

    def test_each_index_holds_only_its_own_articles(self):
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
        self.assertAllowedSubpageTypes(ExplainerIndexPage, {ExplainerPage})

    def test_articles_belong_under_their_index_and_hold_nothing(self):
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedParentPageTypes(ExplainerPage, {ExplainerIndexPage})
        self.assertAllowedSubpageTypes(NewsPage, set())
        self.assertAllowedSubpageTypes(ExplainerPage, set())

    def test_articles_cannot_be_created_elsewhere(self):
        self.assertCanNotCreateAt(HomePage, NewsPage)
        self.assertCanNotCreateAt(StandardPage, ExplainerPage)
        self.assertCanNotCreateAt(NewsIndexPage, ExplainerPage)
        self.assertCanNotCreateAt(ExplainerIndexPage, NewsPage)


@pytest.mark.django_db
def test_the_home_page_holds_one_index_of_each_kind(news_index, explainer_index, home_page):
    assert not NewsIndexPage.can_create_at(home_page)
    assert not ExplainerIndexPage.can_create_at(home_page)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("index_fixture", "model_name"),
    [("news_index", "newspage"), ("explainer_index", "explainerpage")],
)
def test_staff_open_the_bilingual_form_under_the_right_index(
    client, request, index_fixture, model_name
):
    index = request.getfixturevalue(index_fixture)
    client.force_login(user_in(roles.STAFF))
    response = client.get(f"/admin/pages/add/news/{model_name}/{index.pk}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'name="title_vi"' in html
    assert 'name="title_lo"' in html
    assert 'name="lead_lo"' in html
    assert "news-translation-state" in html


@pytest.mark.django_db
def test_a_news_item_cannot_be_added_directly_under_the_home_page(client, home_page):
    client.force_login(user_in(roles.EDITORS))
    response = client.get(f"/admin/pages/add/news/newspage/{home_page.pk}/")
    # Wagtail turns the refusal into a redirect to the dashboard with an error message.
    assert (response.status_code, response.url) == (302, "/admin/")
