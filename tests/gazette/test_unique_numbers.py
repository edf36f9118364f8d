"""Document numbers and gazette issue numbers are unique in the database, not only in clean()."""

import importlib

import pytest
from django.apps import apps
from django.db import IntegrityError, transaction

from gazette.factories import GazetteIssuePageFactory
from gazette.models import GazetteIssuePage, LegalDocumentPage

migration = importlib.import_module("gazette.migrations.0006_unique_numbers")


@pytest.mark.django_db
def test_two_documents_cannot_share_a_number_even_past_clean(make_document):
    make_document(number="12/2025/QH15")
    copy = make_document(number="12/2025/QH16")
    with pytest.raises(IntegrityError), transaction.atomic():
        # Another spelling of the same number: the key is what is unique.
        LegalDocumentPage.objects.filter(pk=copy.pk).update(number_key="12/2025/QH15")
    make_document(number="")  # documents without a number are not compared
    make_document(number="")


@pytest.mark.django_db
def test_two_issues_of_a_year_cannot_share_a_number(gazette_index):
    GazetteIssuePageFactory(parent=gazette_index, issue_number="7", year=2024)
    other = GazetteIssuePageFactory(parent=gazette_index, issue_number="8", year=2024)
    GazetteIssuePageFactory(parent=gazette_index, issue_number="7", year=2025)
    with pytest.raises(IntegrityError), transaction.atomic():
        GazetteIssuePage.objects.filter(pk=other.pk).update(issue_number="7")


@pytest.mark.django_db
def test_the_migration_recomputes_keys_and_clears_later_duplicates(make_document):
    first = make_document(number="12/2025/QH15")
    later = make_document(number="13/2025/QH15")
    # A number edited outside save(), whose key now collides with the first document's.
    LegalDocumentPage.objects.filter(pk=later.pk).update(number="12/2025/qh15")
    migration.keys_made_unique(apps, None)
    first.refresh_from_db()
    later.refresh_from_db()
    assert first.number_key and later.number_key == ""
    assert later.number == "12/2025/qh15"


@pytest.mark.django_db
def test_a_copied_document_does_not_take_the_numbers_of_its_original(make_document):
    original = make_document(number="12/2025/QH15")
    copy = original.copy(update_attrs={"slug": "ban-sao", "slug_vi": "ban-sao"})
    assert copy.number == "" and copy.number_key == ""
