"""A document's status follows its dates and what later documents did to it."""

import datetime

import pytest

from gazette.models import LegalDocumentPage
from gazette.status import Status
from tests.gazette.conftest import relate

D = datetime.date


def status_on(document, day: datetime.date) -> str:
    return LegalDocumentPage.objects.with_status(day).get(pk=document.pk).current_status


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (D(2024, 1, 1), Status.NOT_YET_IN_FORCE),  # signed, not yet effective
        (D(2024, 7, 31), Status.NOT_YET_IN_FORCE),
        (D(2024, 8, 1), Status.IN_FORCE),  # the effective date itself
        (D(2029, 12, 31), Status.IN_FORCE),
        (D(2030, 1, 1), Status.EXPIRED),  # the end date is the first day out of force
    ],
)
def test_status_follows_the_documents_own_dates(make_document, day, expected):
    law = make_document(
        signed_date=D(2024, 1, 18), effective_date=D(2024, 8, 1), end_date=D(2030, 1, 1)
    )
    assert status_on(law, day) == expected


@pytest.mark.django_db
def test_without_an_effective_date_a_document_is_in_force_from_signing(make_document):
    decision = make_document(signed_date=D(2024, 5, 1), effective_date=None)
    assert status_on(decision, D(2024, 4, 30)) == Status.NOT_YET_IN_FORCE
    assert status_on(decision, D(2024, 5, 1)) == Status.IN_FORCE


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["replaces", "repeals"])
def test_a_replacing_or_repealing_document_ends_the_target_on_its_date(make_document, kind):
    old = make_document(signed_date=D(2013, 11, 29), effective_date=D(2014, 7, 1))
    new = make_document(signed_date=D(2024, 1, 18), effective_date=D(2024, 8, 1))
    relate(new, kind, old)  # no date of its own: takes effect with the new law
    assert status_on(old, D(2024, 7, 31)) == Status.IN_FORCE
    assert status_on(old, D(2024, 8, 1)) == Status.EXPIRED
    assert status_on(new, D(2024, 8, 1)) == Status.IN_FORCE


@pytest.mark.django_db
def test_a_relation_date_overrides_the_source_effective_date(make_document):
    old = make_document(signed_date=D(2013, 1, 1))
    new = make_document(signed_date=D(2024, 1, 1), effective_date=D(2024, 2, 1))
    relate(new, "repeals", old, date=D(2025, 1, 1))
    assert status_on(old, D(2024, 6, 1)) == Status.IN_FORCE
    assert status_on(old, D(2025, 1, 1)) == Status.EXPIRED


@pytest.mark.django_db
def test_a_partial_repeal_leaves_the_target_partly_expired(make_document):
    circular = make_document(signed_date=D(2018, 3, 10))
    decision = make_document(signed_date=D(2025, 2, 12), effective_date=D(2025, 3, 1))
    relate(decision, "partly_repeals", circular)
    assert status_on(circular, D(2025, 2, 28)) == Status.IN_FORCE
    assert status_on(circular, D(2025, 3, 1)) == Status.PARTLY_EXPIRED


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["amends", "guides", "consolidates"])
def test_amending_or_guiding_does_not_end_the_target(make_document, kind):
    law = make_document(signed_date=D(2020, 1, 1))
    relate(make_document(signed_date=D(2021, 1, 1)), kind, law)
    assert status_on(law, D(2022, 1, 1)) == Status.IN_FORCE


@pytest.mark.django_db
def test_an_unpublished_document_ends_nothing(make_document):
    old = make_document(signed_date=D(2013, 1, 1))
    draft = make_document(signed_date=D(2024, 1, 1), live=False)
    relate(draft, "repeals", old)
    assert status_on(old, D(2025, 1, 1)) == Status.IN_FORCE


@pytest.mark.django_db
def test_an_editors_override_wins_over_the_dates(make_document):
    law = make_document(
        signed_date=D(2020, 1, 1),
        status_override=Status.SUSPENDED,
        status_override_reason_vi="Tạm ngưng theo Nghị quyết của Quốc hội.",
    )
    assert status_on(law, D(2024, 1, 1)) == Status.SUSPENDED
    assert LegalDocumentPage.objects.get(pk=law.pk).status == Status.SUSPENDED


@pytest.mark.django_db
def test_an_override_needs_a_reason(make_document):
    from django.core.exceptions import ValidationError

    law = make_document(signed_date=D(2020, 1, 1))
    law.status_override = Status.SUSPENDED
    with pytest.raises(ValidationError) as error:
        law.clean()
    assert "status_override_reason_vi" in error.value.message_dict


@pytest.mark.django_db
def test_dates_out_of_order_are_refused(make_document):
    from django.core.exceptions import ValidationError

    law = make_document(signed_date=D(2024, 5, 1))
    law.effective_date = D(2024, 4, 1)
    with pytest.raises(ValidationError) as error:
        law.clean()
    assert "effective_date" in error.value.message_dict


@pytest.mark.django_db
def test_unpublishing_the_replacing_law_puts_the_old_one_back_in_force(make_document):
    old = make_document(signed_date=D(2013, 1, 1))
    new = make_document(signed_date=D(2024, 1, 1))
    relate(new, "replaces", old)
    assert status_on(old, D(2025, 1, 1)) == Status.EXPIRED
    new.unpublish()
    assert status_on(old, D(2025, 1, 1)) == Status.IN_FORCE
    new.save_revision().publish()
    assert status_on(old, D(2025, 1, 1)) == Status.EXPIRED


@pytest.mark.django_db
def test_deleting_a_relation_restores_the_status(make_document):
    old = make_document(signed_date=D(2013, 1, 1))
    relation = relate(make_document(signed_date=D(2024, 1, 1)), "partly_repeals", old)
    assert status_on(old, D(2025, 1, 1)) == Status.PARTLY_EXPIRED
    relation.delete()
    assert status_on(old, D(2025, 1, 1)) == Status.IN_FORCE


@pytest.mark.django_db
def test_scheduled_expiry_of_the_replacing_law_is_followed(client, library, make_document):
    from wagtail.models import Page

    old = make_document(title="Luật cũ", signed_date=D(2013, 1, 1))
    new = make_document(title="Luật mới", signed_date=D(2024, 1, 1))
    relate(new, "replaces", old)
    # publish_scheduled unpublishes expired pages as plain Pages, not the specific model.
    Page.objects.get(pk=new.pk).unpublish(set_expired=True)
    assert status_on(old, D(2025, 1, 1)) == Status.IN_FORCE
    html = client.get(library.url).content.decode()
    assert "Luật cũ" in html and "Luật mới" not in html
