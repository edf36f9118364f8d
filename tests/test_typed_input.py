"""Values a visitor can type that once gave a 500: digits that are not ASCII, and NUL."""

import pytest

from gazette.factories import (
    GazetteIndexPageFactory,
    GazetteIssuePageFactory,
    LegalDocumentLibraryPageFactory,
)
from news.factories import ExplainerIndexPageFactory, NewsIndexPageFactory
from portal import roles
from tests.users import user_in

SUPERSCRIPT_TWO = "%C2%B2"  # "²": str.isdigit() says yes, int() says no


@pytest.mark.django_db
def test_a_superscript_year_is_ignored_by_the_library(client, home_page):
    library = LegalDocumentLibraryPageFactory(parent=home_page)
    response = client.get(f"{library.url}?year={SUPERSCRIPT_TWO}")
    assert response.status_code == 200
    assert response.context["listing"].filters == {}


@pytest.mark.django_db
def test_a_superscript_year_is_a_missing_year_of_the_gazette(client, home_page):
    index = GazetteIndexPageFactory(parent=home_page)
    GazetteIssuePageFactory(parent=index, year=2024)
    assert client.get(f"{index.url}?year={SUPERSCRIPT_TWO}").status_code == 404
    assert client.get(f"{index.url}?year=%E0%BB%92%E0%BB%90%E0%BB%92%E0%BB%94").status_code == 404
    assert client.get(f"{index.url}?year=2024").status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("factory", [NewsIndexPageFactory, ExplainerIndexPageFactory])
def test_a_superscript_year_in_the_news_filter_form_leads_to_the_unfiltered_list(
    client, home_page, factory
):
    index = factory(parent=home_page)
    response = client.get(f"{index.url}?year={SUPERSCRIPT_TWO}")
    assert response.status_code == 302
    assert response["Location"] == index.url


@pytest.mark.django_db
def test_a_superscript_page_id_is_ignored_by_the_social_queue(client):
    client.force_login(user_in(roles.EDITORS))
    assert client.get(f"/admin/social/?page={SUPERSCRIPT_TWO}").status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("factory", "parameter"),
    [(NewsIndexPageFactory, "category"), (ExplainerIndexPageFactory, "topic")],
)
def test_a_nul_in_a_filter_is_ignored_not_a_database_error(client, home_page, factory, parameter):
    # PostgreSQL refuses NUL in text: this was a DataError (500) there.
    index = factory(parent=home_page)
    response = client.get(f"{index.url}?{parameter}=a%00b")
    assert response.status_code == 302
    assert response["Location"] == index.url


@pytest.mark.django_db
def test_a_nul_in_a_path_is_a_bad_request_in_both_languages(client, home_page):
    # Wagtail's routing looked the segment up as a slug: a DataError on PostgreSQL.
    response = client.get(f"{home_page.url}van-ban%00/")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Không đọc được địa chỉ" in html and "ບໍ່ສາມາດອ່ານທີ່ຢູ່ໄດ້" in html
