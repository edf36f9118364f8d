import pytest

from news.factories import ExplainerIndexPageFactory, NewsIndexPageFactory


@pytest.fixture
def news_index(home_page):
    return NewsIndexPageFactory(parent=home_page)


@pytest.fixture
def explainer_index(home_page):
    return ExplainerIndexPageFactory(parent=home_page)
