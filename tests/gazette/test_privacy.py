"""A view-restricted page, and a restricted legal document above all, appears nowhere public."""

import pytest
from wagtail.models import PageViewRestriction

from gazette.factories import GazetteIssuePageFactory
from gazette.models import GazetteIssueEntry
from home.factories import StandardPageFactory
from news.factories import ExplainerIndexPageFactory, ExplainerPageFactory
from news.models import ExplainerDocumentLink
from search import indexing
from search.models import SearchEntry
from tests.gazette.conftest import relate

SECRET_TITLE = "Nghị định mật về quốc phòng"
SECRET_NUMBER = "99/2024/NĐ-CP"


def restrict(page) -> None:
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)


@pytest.fixture
def site_with_a_secret(home_page, make_document, gazette_index, django_capture_on_commit_callbacks):
    """A public law and a restricted decree it is related to, both in one gazette issue,
    indexed before the restriction was set (as when an editor restricts a published page)."""
    public = make_document(title="Luật Quốc phòng", number="22/2018/QH14")
    secret = make_document(title=SECRET_TITLE, number=SECRET_NUMBER, slug="nghi-dinh-mat")
    relate(secret, "amends", public)
    relate(public, "replaces", secret)
    issue = GazetteIssuePageFactory(parent=gazette_index, issue_number="7", year=2024)
    GazetteIssueEntry.objects.create(issue=issue, document=public, first_page=1)
    GazetteIssueEntry.objects.create(issue=issue, document=secret, first_page=5)
    explainers = ExplainerIndexPageFactory(parent=home_page)
    explainer = ExplainerPageFactory(parent=explainers)
    ExplainerDocumentLink.objects.create(page=explainer, document=secret)
    indexing.update_pages([public, secret, issue, explainer])
    with django_capture_on_commit_callbacks(execute=True):
        restrict(secret)
    return {"public": public, "secret": secret, "issue": issue, "explainer": explainer}


def assert_no_trace(html: str, secret) -> None:
    assert SECRET_TITLE not in html
    assert SECRET_NUMBER not in html
    assert secret.url not in html


@pytest.mark.django_db
@pytest.mark.parametrize("place", ["issue", "public", "explainer"])
def test_a_restricted_document_is_not_named_on_public_pages(client, site_with_a_secret, place):
    page = site_with_a_secret[place]
    response = client.get(page.url)
    assert response.status_code == 200
    assert_no_trace(response.content.decode(), site_with_a_secret["secret"])


@pytest.mark.django_db
def test_the_public_law_still_shows_its_public_neighbours(client, site_with_a_secret):
    html = client.get(site_with_a_secret["issue"].url).content.decode()
    assert "Luật Quốc phòng" in html


@pytest.mark.django_db
def test_the_issues_search_entry_forgets_the_restricted_title(site_with_a_secret):
    issue_entries = SearchEntry.objects.filter(page=site_with_a_secret["issue"])
    assert issue_entries.exists()
    assert not any(SECRET_TITLE in entry.body for entry in issue_entries)
    assert not SearchEntry.objects.filter(page=site_with_a_secret["secret"]).exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/vi/",
        "/sitemap.xml",
        "/vi/tim-kiem/?q=quoc+phong",
        "/vi/tim-kiem/?q=99/2024",
        "/vi/van-ban/",
    ],
)
def test_a_restricted_document_is_in_no_listing_feed_sitemap_or_search(
    client, site_with_a_secret, url
):
    response = client.get(url)
    assert response.status_code == 200
    assert_no_trace(response.content.decode(), site_with_a_secret["secret"])


@pytest.mark.django_db
def test_a_private_page_appears_nowhere_public(
    client, home_page, django_capture_on_commit_callbacks
):
    private = StandardPageFactory(
        parent=home_page, title="Trang nội bộ kín", slug="noi-bo", show_in_menus=True
    )
    indexing.update_pages([private])
    with django_capture_on_commit_callbacks(execute=True):
        restrict(private)
    for url in ["/vi/", "/sitemap.xml", "/vi/tim-kiem/?q=noi+bo+kin"]:
        html = client.get(url).content.decode()
        assert "Trang nội bộ kín" not in html, url
        assert private.url not in html, url
    assert client.get(private.url).status_code == 302  # to the sign-in page
