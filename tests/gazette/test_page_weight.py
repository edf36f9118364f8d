"""Gazette pages stay light for citizens on slow networks: no scripts, small CSS."""

import pytest
from django.utils import translation

from gazette.demo_texts import LAND_LAW_LO, LAND_LAW_VI
from tests.test_page_weight import BUDGET_BYTES, first_visit_weight


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["vi", "lo"])
def test_library_and_document_pages_fit_the_budget(client, library, make_document, language):
    law = make_document(text_vi=LAND_LAW_VI, text_lo=LAND_LAW_LO)
    for _n in range(25):
        make_document()
    with translation.override(language):
        urls = [library.get_url(), law.get_url()]
    for url in urls:
        html = client.get(url).content.decode()
        assert first_visit_weight(html) < BUDGET_BYTES, url
        # The only script is JSON-LD data; nothing executable.
        assert html.count("<script") == html.count('<script type="application/ld+json">')
