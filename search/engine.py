"""Runs a search: which entries match, how many per facet value, in what order, which page.

One statement per search returns the count of matches per combination of facet values (a few
hundred rows at most, from which every facet count and the total follow) and the page's ids.
A Lao query whose words match nothing is tried once more as substrings of the Lao text.

Order: an exact document-number match, then a number that starts with the query, then title
matches (those with the exact accents first, when the query has accents), then matches with the
query words side by side in the title or summary, then the rest; newest first within a tier.
Each tier is one condition, evaluated once per search: a set of ids from an index, or (title
tiers on PostgreSQL) a test of keys the row holds (see search/fulltext.py).
"""

from contextlib import nullcontext
from dataclasses import dataclass, field, fields, replace
from functools import cached_property
from operator import itemgetter
from typing import Any

from django.db import connection
from django.db.models import BooleanField, F, IntegerField, QuerySet
from django.db.models.expressions import RawSQL

from portal.text.lao import is_lao
from portal.text.normalise import QueryTerms, query_terms
from portal.text.ocr import lao_loose_key
from search import fulltext
from search.models import SearchEntry

PER_PAGE = 10
SUGGESTIONS = 8

NUMBER_EXACT, NUMBER_PREFIX, TITLE, TITLE_ACCENTS, PHRASE = 64, 32, 16, 8, 4
TABLE = fulltext.TABLE


@dataclass(frozen=True)
class Filters:
    """Facet values a reader picked; "" or None means any."""

    section: str = ""
    document_type: str = ""
    year: int | None = None
    status: str = ""
    language: str = ""

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    def active(self) -> dict:
        return dict(self._active_items)

    @cached_property  # asked of every facet row
    def _active_items(self) -> tuple[tuple[str, str | int], ...]:
        values = ((name, getattr(self, name)) for name in self.names())
        return tuple((name, value) for name, value in values if value not in ("", None))

    def without(self, name: str) -> "Filters":
        cleared: dict[str, Any] = {name: None if name == "year" else ""}
        return replace(self, **cleared)

    def admits(self, row: dict) -> bool:
        return not self.refusing(row)

    def refusing(self, row: dict) -> list[str]:
        """The facets whose choice the row's values are not."""
        return [name for name, value in self._active_items if row[name] != value]


@dataclass(frozen=True)
class FacetValue:
    value: str | int
    count: int
    selected: bool


@dataclass(frozen=True)
class Results:
    query: str
    terms: QueryTerms
    filters: Filters
    total: int = 0
    page_number: int = 1
    page_count: int = 1
    entries: list[SearchEntry] = field(default_factory=list)
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)
    matched_substrings: bool = False  # Lao words matched only inside longer words

    @property
    def first_position(self) -> int:
        return (self.page_number - 1) * PER_PAGE + 1


def search(query: str, filters: Filters, page_number: int = 1) -> Results:
    terms = query_terms(query)
    results = Results(query=query, terms=terms, filters=filters)
    if terms.is_empty and not filters.active():
        return results
    engine = fulltext.for_connection()
    page_number = max(1, page_number)
    # Browsing by facets alone reads every row anyway: let the planner scan them.
    with engine.planned_for_search() if not terms.is_empty else nullcontext():
        matching = _matching(terms)
        found = _found(matching, terms, filters, page_number)
        matched_substrings = False
        if not found.combinations and terms.lao_runs:
            matching, matched_substrings = _matching_lao_substrings(terms), True
            found = _found(matching, terms, filters, page_number, set_aside=True)
        total = sum(row["count"] for row in found.combinations if filters.admits(row))
        page_count = max(1, -(-total // PER_PAGE))
        if page_number > page_count:  # a page past the end (an old link): show the last one
            page_number = page_count
            found = _found(matching, terms, filters, page_number, set_aside=matched_substrings)
    return replace(
        results,
        total=total,
        page_number=page_number,
        page_count=page_count,
        entries=_entries(found.ids),
        facets=_facets(found.combinations, filters),
        matched_substrings=matched_substrings,
    )


@dataclass(frozen=True)
class _Found:
    combinations: list[dict]  # one row per combination of facet values, with its count
    ids: list[int]  # the page's entries, best first


def _found(
    matching: QuerySet,
    terms: QueryTerms,
    filters: Filters,
    page_number: int,
    *,
    set_aside: bool = False,
) -> _Found:
    """Facet counts and the page's ids, in one statement.

    The statement returns the matches' counts per combination of facet values, followed by the
    ids of the requested page among the matches the filters admit, numbered. With `set_aside`
    the matches are found once and kept (a materialised CTE, on both databases): worth it when
    finding them costs more than keeping them, as substrings do, and on PostgreSQL for words
    too (see fulltext.SETS_ASIDE_MATCHES). SQLite finds matches by words twice, from the FTS
    table, which is faster there than keeping 25,000 rows aside. Browsing by facets alone is
    never set aside: the filters then choose the rows.
    """
    set_aside = set_aside or (fulltext.for_connection().SETS_ASIDE_MATCHES and not terms.is_empty)
    columns = Filters.names()
    matched_sql, matched_params = (
        _ranked(matching, terms)
        .order_by()
        .values("id", "published_at", "score", *columns)
        .query.sql_with_params()
    )
    active = filters.active()
    quoted = connection.ops.quote_name
    admitted = " AND ".join(f"{quoted(name)} = %s" for name in active) or "1 = 1"
    facet_columns = ", ".join(map(quoted, columns))
    blanks = ", ".join("NULL" for _ in columns)
    order = "score DESC, published_at DESC NULLS LAST, id DESC"
    sql = f"""
        WITH matched AS {"" if set_aside else "NOT "}MATERIALIZED ({matched_sql})
        SELECT {facet_columns}, COUNT(*), NULL FROM matched GROUP BY {facet_columns}
        UNION ALL
        SELECT {blanks}, id, ROW_NUMBER() OVER (ORDER BY {order}) FROM (
            SELECT id, score, published_at FROM matched WHERE {admitted}
            ORDER BY {order} LIMIT %s OFFSET %s
        ) AS page
    """  # noqa: S608 (names are Filters' own; values are parameters)
    params = [*matched_params, *active.values(), PER_PAGE, (page_number - 1) * PER_PAGE]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    # A facet row ends with its count and no position; a page row with its id and position.
    width = len(columns)
    facet_rows = [row for row in rows if row[width + 1] is None]
    page_rows = sorted((row for row in rows if row[width + 1] is not None), key=itemgetter(-1))
    return _Found(
        combinations=[
            {**dict(zip(columns, row[:width], strict=True)), "count": row[width]}
            for row in facet_rows
        ],
        ids=[row[width] for row in page_rows],
    )


def suggest_titles(query: str) -> list[SearchEntry]:
    """Titles, in both languages, holding the query's words, the last one possibly unfinished."""
    terms = query_terms(query)
    if not terms.terms:
        return []
    engine = fulltext.for_connection()
    matching = SearchEntry.objects.filter(_condition(*engine.title_prefix(terms.keys)))
    with engine.planned_for_search():
        return list(
            matching.only("page", "language", "title")
            .select_related("page")
            .order_by(F("published_at").desc(nulls_last=True), "-id")[:SUGGESTIONS]
        )


def _matching(terms: QueryTerms) -> QuerySet:
    if terms.is_empty:
        return SearchEntry.objects.all()  # browsing by facets alone
    engine = fulltext.for_connection()
    conditions = [engine.all_of(terms.keys, "all")] if terms.terms else []
    if terms.number_key:
        conditions += [_number_is(terms.number_key), _number_starts_with(terms.number_key)]
    if terms.lao_runs:
        conditions.append(_ocr_lao_contains(terms))
    return SearchEntry.objects.filter(_condition(*_joined(conditions, " OR ")))


def _ocr_lao_contains(terms: QueryTerms) -> tuple[str, list]:
    """Text recognised from scans holding the query's Lao as OCR may have misread it (tone
    marks dropped, confusable letters): read from the few rows the partial index holds."""
    runs = [loose for loose in map(lao_loose_key, terms.lao_runs) if loose]
    likes = " AND ".join("ocr.ocr_lao_key LIKE %s ESCAPE '\\'" for _ in runs) or "1 = 0"
    ids = f"SELECT ocr.id FROM {TABLE} AS ocr WHERE ocr.from_ocr AND {likes}"  # noqa: S608
    return fulltext.for_connection().id_among(ids), [_contains(run) for run in runs]


def _matching_lao_substrings(terms: QueryTerms) -> QuerySet:
    conditions = [
        (f"({TABLE}.lao_key LIKE %s ESCAPE '\\')", [_contains(run)]) for run in terms.lao_runs
    ]
    other_keys = tuple(key for key in terms.keys if not any(map(is_lao, key)))
    if other_keys:
        conditions.append(fulltext.for_connection().all_of(other_keys, "all"))
    return SearchEntry.objects.filter(_condition(*_joined(conditions, " AND ")))


def _facets(rows: list[dict], filters: Filters) -> dict[str, list[FacetValue]]:
    """Per facet, the count of each value given the other facets' choices."""
    names = Filters.names()
    counts: dict[str, dict] = {name: {} for name in names}
    for row in rows:
        # A row counts for a facet when every other facet's choice admits it: for all of them
        # when every choice does, for one when only that one's does not, else for none.
        refused = filters.refusing(row)
        if len(refused) > 1:
            continue
        for name in refused or names:
            if row[name] not in ("", None):
                counts[name][row[name]] = counts[name].get(row[name], 0) + row["count"]
    facets = {}
    for name in names:
        selected = getattr(filters, name)
        facets[name] = [
            FacetValue(value, count, value == selected)
            for value, count in _in_order(name, counts[name])
        ]
    return facets


def _in_order(name: str, counts: dict) -> list[tuple]:
    if name == "year":
        return sorted(counts.items(), reverse=True)
    return sorted(counts.items(), key=lambda item: (-item[1], str(item[0])))


def _ranked(matching: QuerySet, terms: QueryTerms) -> QuerySet:
    score = RawSQL(*_score(terms), output_field=IntegerField())  # noqa: S611
    return matching.annotate(score=score).order_by(
        "-score", F("published_at").desc(nulls_last=True), "-id"
    )


def _entries(ids: list[int]) -> list[SearchEntry]:
    # Fetched apart from the ranking, so that sorting thousands of matches moves no text.
    entries = SearchEntry.objects.select_related("page").defer(
        "title_key",
        "title_toned",
        "summary_key",
        "body_key",
        "lao_key",
        "phrase_key",
        "ocr_lao_key",
    )
    by_id = entries.in_bulk(ids)
    return [by_id[pk] for pk in ids if pk in by_id]


def _score(terms: QueryTerms) -> tuple[str, list]:
    engine = fulltext.for_connection()
    tiers = []
    if terms.number_key:
        tiers += [(_number_is(terms.number_key), NUMBER_EXACT)]
        tiers += [(_number_starts_with(terms.number_key), NUMBER_PREFIX)]
    if terms.terms:
        tiers.append((engine.all_of(terms.keys, "title"), TITLE))
        toned = tuple(term.toned for term in terms.terms)
        if toned != terms.keys:  # typed with accents: those written alike come first
            tiers.append((engine.all_of(toned, "title_toned"), TITLE_ACCENTS))
        if terms.pairs:
            tiers.append((engine.all_of(terms.pairs, "phrase"), PHRASE))
    if not tiers:
        return "0", []
    sql = " + ".join(
        f"(CASE WHEN {condition} THEN {points} ELSE 0 END)" for (condition, _), points in tiers
    )
    return sql, [param for (_, params), _ in tiers for param in params]


def _number_is(key: str) -> tuple[str, list]:
    return f"({TABLE}.number_key = %s)", [key]


def _number_starts_with(key: str) -> tuple[str, list]:
    # "168/2024" finds "168/2024/NĐ-CP"; "01/2021/TT" finds "01/2021/TT-BTP".
    engine = fulltext.for_connection()
    return _joined(
        [engine.starts_with("number_key", key + "/"), engine.starts_with("number_key", key + "-")],
        " OR ",
    )


def _contains(text: str) -> str:
    return "%" + fulltext.like_escaped(text) + "%"


def _joined(conditions: list[tuple[str, list]], operator: str) -> tuple[str, list]:
    sql = operator.join(condition for condition, _ in conditions)
    return f"({sql})", [param for _, params in conditions for param in params]


def _condition(sql: str, params: list) -> RawSQL:
    # The SQL is this module's and fulltext's own text; whatever a reader typed is a parameter.
    return RawSQL(sql, params, output_field=BooleanField())  # noqa: S611
