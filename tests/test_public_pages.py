"""What citizens see on the demo content (`make run`): the defects a real-browser review of
every public page found, checked on the pages as loaded by `load_demo_content`."""

import re

import pytest

from gazette.models import GazetteIssuePage, LegalDocumentPage
from search.models import SearchEntry
from tests.demo_pages import SEARCH_WORDS, load_demo, public_urls

pytestmark = pytest.mark.django_db

# Plain pages (StandardPage) describe themselves by their body.
INDEXES = ["HomePage", "NewsIndexPage", "ExplainerIndexPage", "GazetteIndexPage",
           "LegalDocumentLibraryPage", "StandardPage"]  # fmt: skip


@pytest.fixture
def demo():
    load_demo()


def get(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def facet_labels(html: str) -> dict[str, list[str]]:
    """{facet heading: [value labels]} of a search page."""
    aside = html.split('class="search-facets"', 1)[1].split("</aside>", 1)[0]
    groups = {}
    for section in aside.split('<section class="facet">')[1:]:
        title = re.search(r"<h3>(.*?)</h3>", section).group(1)
        groups[title] = re.findall(r"<a [^>]*><span[^>]*>(.*?)</span>", section)
    return groups


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("vi", {"Loại văn bản": "Luật", "Tình trạng": "Còn hiệu lực"}),
        ("lo", {"ປະເພດເອກະສານ": "ກົດໝາຍ", "ສະຖານະ": "ມີຜົນສັກສິດ"}),
    ],
)
def test_search_facets_name_every_demo_value_in_the_readers_language(
    client, demo, language, expected
):
    groups = facet_labels(get(client, public_urls(language)["SearchPage"]))
    codes = set()
    for field in ("section", "document_type", "status"):
        codes |= set(SearchEntry.objects.values_list(field, flat=True))
    shown = {label for labels in groups.values() for label in labels}
    assert not shown & (codes - {""}), f"raw codes on the page: {shown & codes}"
    for title, label in expected.items():
        assert label in groups.get(title, []), (title, groups)


@pytest.mark.parametrize("language", ["vi", "lo"])
def test_home_page_dates_gazette_issues_by_their_publication(client, demo, language):
    html = get(client, f"/{language}/")
    gazette = html.split('id="latest-gazette"', 1)[1].split("</section>", 1)[0]
    shown = re.findall(r'<time class="card__date" datetime="([\d-]+)"', gazette)
    issues = GazetteIssuePage.objects.live().order_by("-publication_date", "-pk")[:5]
    assert shown == [issue.publication_date.isoformat() for issue in issues]


def test_lao_lists_mark_untranslated_items(client, demo):
    html = get(client, public_urls("lo")["NewsIndexPage"])
    item = html.split("Thông báo: Bản tiếng Lào", 1)[0].rsplit("<li", 1)[1]
    assert 'class="card__title"' in item and 'lang="vi"' in item
    rest = html.split("Thông báo: Bản tiếng Lào", 1)[1].split("</li>", 1)[0]
    assert '<span class="untranslated">ມີແຕ່ພາສາຫວຽດນາມ</span>' in rest
    # The Vietnamese page needs no such label.
    assert 'class="untranslated"' not in get(client, public_urls("vi")["NewsIndexPage"])


def test_lao_lists_of_documents_and_issues_mark_untranslated_items(client, demo):
    untranslated = LegalDocumentPage.objects.filter(title_lo__isnull=True).first()
    assert untranslated is not None, "the demo content has a document in Vietnamese only"
    library = get(client, public_urls("lo")["LegalDocumentLibraryPage"])
    title = re.search(
        rf'<a class="document-list__title" href="[^"]+" lang="vi">{re.escape(untranslated.title)}'
        r'</a> <span class="untranslated">',
        library,
    )
    assert title, "the untranslated document is marked lang=vi and labelled"


def test_a_lao_search_opens_results_in_lao(client, demo):
    html = get(client, "/lo/khon-ha/?q=45/2025/ND-CP")
    hrefs = re.findall(r'class="result__title"><a href="([^"]+)"', html)
    assert hrefs and all(href.startswith("/lo/") for href in hrefs), hrefs
    assert get(client, hrefs[0])  # the Lao page exists


@pytest.mark.parametrize("language", ["vi", "lo"])
def test_home_section_indexes_and_plain_pages_have_a_meta_description(client, demo, language):
    urls = public_urls(language)
    for name in INDEXES:
        html = get(client, urls[name])
        assert re.search(r'<meta name="description" content="[^"]{20,}">', html), name


@pytest.mark.parametrize("language", ["vi", "lo"])
def test_every_page_links_a_favicon_and_dials_without_spaces(client, demo, language):
    html = get(client, f"/{language}/")
    assert '<link rel="icon" href="/static/images/favicon.svg" type="image/svg+xml">' in html
    tel = re.search(r'href="tel:([^"]*)"', html).group(1)
    assert re.fullmatch(r"\+?\d+", tel), tel


def test_lao_pages_give_file_sizes_in_lao(client, demo):
    html = get(client, public_urls("lo")["GazetteIssuePage"])
    size = re.search(r'<span class="pdf-size">\(PDF, ([^)]*)\)</span>', html).group(1)
    assert re.fullmatch(r"\d+\sໄບຕ໌|\d+(,\d)?\s(KB|MB)", size), size  # \s: a no-break space


def test_lao_search_tip_gives_a_lao_example(client, demo):
    html = get(client, "/lo/khon-ha/")
    hint = re.search(r'<p id="search-hint"[^>]*>(.*?)</p>', html).group(1)
    assert "“ກົດຫມາຍ”" in hint
    # The example works: the other spelling finds the same pages.
    spelled = get(client, "/lo/khon-ha/?q=ກົດຫມາຍ")
    assert spelled.count('class="result"') == get(
        client, f"/lo/khon-ha/?q={SEARCH_WORDS['lo']}"
    ).count('class="result"')


def test_library_filters_fold_away_until_one_is_chosen(client, demo):
    url = public_urls("vi")["LegalDocumentLibraryPage"]
    assert '<details class="library-filters no-print">' in get(client, url)
    assert '<details class="library-filters no-print" open>' in get(client, f"{url}?type=law")
