"""How a search reads the index, as its cost depends on it: a broad word matches half of a
50,000-entry index, so what a search does per match (read it again, look its id up) is what
bench/search.py measures. These tests check the mechanism, not the time."""

import json
from collections.abc import Iterator

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.factories import StandardPageFactory
from search import fulltext, indexing
from search.documents import SearchDocument
from search.engine import PER_PAGE, Filters, search
from search.models import SearchEntry

pytestmark = pytest.mark.django_db
postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL's plans (EXPLAIN)"
)

TABLE = SearchEntry._meta.db_table


def index_entries(parent, count: int) -> None:
    """`count` entries of each language, every one matching "luật" or "ກົດໝາຍ", a few pages
    carrying them all (an entry's page is only its link)."""
    carriers = [
        StandardPageFactory(
            parent=parent,
            slug=f"carrier-{count}-{n}",
            slug_lo=f"lo-{count}-{n}",
            show_in_menus=False,
        )
        for n in range(3)
    ]
    SearchEntry.objects.all().delete()
    documents = []
    for n in range(count):
        documents += [
            SearchDocument(
                language="vi",
                section="legal_document" if n % 2 else "news",
                title=f"Luật Đất đai {n}" if n % 3 else f"Hướng dẫn {n}",
                body="Luật Đất đai và hòa giải ở cơ sở",
                year=2000 + n % 20,
            ),
            SearchDocument(
                language="lo",
                section="news",
                title=f"ກົດໝາຍວ່າດ້ວຍທີ່ດິນ {n}",
                body="ແຂວງກອນຕູມ ເຜີຍແຜ່ກົດໝາຍ",
                year=2000 + n % 20,
            ),
        ]
    SearchEntry.objects.bulk_create(
        indexing.entry_for(carriers[n % len(carriers)], document)
        for n, document in enumerate(documents)
    )


def statements(query: str, filters: Filters) -> list[str]:
    """The SQL of the statements that find, count and rank the matches."""
    with CaptureQueriesContext(connection) as captured:
        search(query, filters)
    return [query["sql"] for query in captured if "WITH matched" in query["sql"]]


def plan_nodes(sql: str) -> Iterator[dict]:
    """Every node of the plan PostgreSQL makes for `sql` under the settings a search runs with."""
    with fulltext.for_connection().planned_for_search(), connection.cursor() as cursor:
        cursor.execute("EXPLAIN (FORMAT JSON) " + sql)
        (plan,) = cursor.fetchone()[0]
    plan = json.loads(plan) if isinstance(plan, str) else plan
    pending = [plan["Plan"]]
    while pending:
        node = pending.pop()
        yield node
        pending += node.get("Plans", [])


def reads_of_the_table(sql: str) -> list[dict]:
    return [node for node in plan_nodes(sql) if node.get("Relation Name") == TABLE]


def test_a_search_is_one_statement_and_fetches_a_page_whatever_the_matches(home_page):
    # Counts come per combination of facet values and ids only for the page shown: what the
    # database sends does not grow with the number of matches.
    for count in (15, 45):
        index_entries(home_page, count)
        with CaptureQueriesContext(connection) as captured:
            results = search("luật", Filters())
        assert results.total == count
        assert len(results.entries) == PER_PAGE
        assert len([query for query in captured if "WITH matched" in query["sql"]]) == 1


@postgresql_only
def test_broad_words_are_read_from_the_gin_index_once_for_counts_and_ranking(home_page):
    index_entries(home_page, 30)
    # Accents typed: the title and accents tiers rank; a filter chooses the page.
    (sql,) = statements("Luật", Filters(language="vi"))
    reads = reads_of_the_table(sql)
    # Title tiers test the keys in the row: no GIN look-up of their ids, no second read.
    assert [read["Node Type"] for read in reads] == ["Bitmap Heap Scan"]
    indexes = {node.get("Index Name") for node in plan_nodes(sql)}
    assert f"{TABLE}_search_all" in indexes
    assert not {f"{TABLE}_search_title", "portal_search_page_lang"} & indexes


@postgresql_only
def test_lao_words_read_the_index_with_the_scanned_texts_as_an_index_condition(home_page):
    index_entries(home_page, 30)
    (sql,) = statements("ກົດໝາຍ", Filters())
    # The OCR keys' matches are OR-ed as ids the primary key finds: an `id IN (subquery)`
    # there made PostgreSQL test every row's vector (1.3 s at 50,000 entries).
    nodes = list(plan_nodes(sql))
    assert "Seq Scan" not in {node["Node Type"] for node in nodes}
    assert any(node.get("Index Name") == f"{TABLE}_pkey" for node in nodes)


@postgresql_only
def test_lao_substrings_use_the_trigram_index_and_search_plans_are_not_compiled(home_page):
    index_entries(home_page, 30)
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_indexes WHERE indexname = %s", [f"{TABLE}_lao_trgm"])
        if cursor.fetchone() is None:
            pytest.skip("pg_trgm is not available to this database user")
    _, substrings = statements("ອນຕູ", Filters())
    assert any(node.get("Index Name") == f"{TABLE}_lao_trgm" for node in plan_nodes(substrings))
    # Without sequential scans every estimate is huge: JIT compiling would cost more than
    # the search (700 ms at 50,000 entries).
    with fulltext.for_connection().planned_for_search(), connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone()[0] == "off"
