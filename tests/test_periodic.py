import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from home.factories import StandardPageFactory


@pytest.mark.django_db
def test_run_periodic_publishes_pages_whose_time_has_come(home_page):
    page = StandardPageFactory(parent=home_page, live=False)
    revision = page.save_revision(
        approved_go_live_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    assert not page.live

    call_command("run_periodic", once=True)

    page.refresh_from_db()
    assert page.live
    assert page.live_revision == revision
