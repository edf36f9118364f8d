"""The search index moved from the portal app to the search app without touching the table."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from home.factories import StandardPageFactory
from search import indexing
from search.engine import Filters, search
from search.models import SearchEntry

# The database as it was before search became an app: the index was portal's.
PORTAL_WITH_THE_INDEX = ("portal", "0005_search_phrase_pairs")
BEFORE_THE_MOVE = [PORTAL_WITH_THE_INDEX, ("search", None)]


def migrate(targets: list[tuple[str, str | None]]) -> MigrationExecutor:
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    return executor


# Serialized rollback: the tests after this one find the rows migrations made (locale, roles).
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_entries_indexed_before_the_move_are_found_after_it(home_page):
    page = StandardPageFactory(
        parent=home_page, slug="hoa-giai", title="Hòa giải ở cơ sở", show_in_menus=False
    )
    indexing.update_pages([page])
    executor = migrate(BEFORE_THE_MOVE)
    old_state = executor.loader.project_state(PORTAL_WITH_THE_INDEX)
    old_entries = old_state.apps.get_model("portal", "SearchEntry")
    assert old_entries.objects.filter(page_id=page.pk, language="vi").exists()

    migrate(executor.loader.graph.leaf_nodes())

    assert SearchEntry.objects.filter(page=page, language="vi").exists()
    assert [entry.page_id for entry in search("hoa giai", Filters()).entries] == [page.pk]
