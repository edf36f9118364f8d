import datetime

import pytest

from gazette.factories import (
    GazetteIndexPageFactory,
    LegalDocumentLibraryPageFactory,
    LegalDocumentPageFactory,
)
from gazette.models import DocumentRelation


@pytest.fixture
def library(home_page):
    return LegalDocumentLibraryPageFactory(parent=home_page)


@pytest.fixture
def gazette_index(home_page):
    return GazetteIndexPageFactory(parent=home_page)


@pytest.fixture
def make_document(library):
    def make(**values):
        return LegalDocumentPageFactory(parent=library, **values)

    return make


def relate(source, kind: str, target, date: datetime.date | None = None) -> DocumentRelation:
    return DocumentRelation.objects.create(source=source, kind=kind, target=target, date=date)
