"""Full-text matching in SQL, one implementation per database, with the same results.

Both match the keys of portal/text/normalise.py, which hold only tokens both PostgreSQL's
parser and SQLite FTS5's unicode61 tokenizer split at the spaces Python put there; every
condition is a plain boolean (all tokens present, tokens adjacent, token prefix), so the two
databases find and rank the same rows. Ranking itself is done by the caller with these
conditions (see `_ranked` in search/engine.py), never by ts_rank or bm25, which differ.

- PostgreSQL: the `simple` configuration over generated tsvector columns with a GIN index; Lao
  substrings use a pg_trgm GIN index when the extension could be created (without it LIKE
  still works, only slower). Title tiers, which only rank rows already found, test the title
  keys kept in the row (see `_INLINE_KEYS`).
- SQLite: an FTS5 table over the key columns, kept in step by triggers.
"""

# SQL here is built from this module's constants only; what a reader typed is always a parameter.
# ruff: noqa: S608

from collections.abc import Iterator
from contextlib import contextmanager, nullcontext

from django.db import connection as default_connection
from django.db import transaction
from django.db.utils import DatabaseError

from search.models import SearchEntry

TABLE = SearchEntry._meta.db_table
FTS_TABLE = f"{TABLE}_fts"


class PostgresFullText:
    # A stored vector per key a condition looks in, each with a GIN index, so that no query
    # parses or detoasts text row by row. The vector of everything only answers "are all the
    # words there": it needs no positions, and is smaller without them.
    _VECTORS = {
        "all": "strip(to_tsvector('simple'::regconfig, "
        "title_key || ' ' || summary_key || ' ' || body_key))",
        "title": "to_tsvector('simple'::regconfig, title_key)",  # suggestions: word prefixes
        "phrase": "strip(to_tsvector('simple'::regconfig, phrase_key))",
    }
    # Ranking asks of every match (25,000 for "luật") whether its title holds the words. Kept
    # in the row (never compressed nor moved out, as the table's low toast target would have
    # them), title keys answer that for a few bytes read; looking them up in a GIN index meant
    # re-reading every title match for its id, three times the work of finding the matches.
    # Titles are short (a page title is at most 255 characters), so rows stay well in a page.
    _INLINE_KEYS = {"title": "title_key", "title_toned": "title_toned"}
    # Where keys are stored. Lao substrings are found with the trigram index, whose every
    # candidate row must then be read whole for LIKE: kept in the row (compressed, moved out
    # only when a page cannot hold it), the Lao key costs no TOAST look-ups (3,800 rows read
    # for "ອນຕູ" took 125 ms out of line, 55 ms in the row).
    _KEY_STORAGE = {**dict.fromkeys(_INLINE_KEYS.values(), "PLAIN"), "lao_key": "MAIN"}
    # Matches are found once and kept for both the facet counts and the ranked page: with the
    # ranking keys in the row, reading the matches is the cost, and it is paid once.
    SETS_ASIDE_MATCHES = True

    def install(self, schema_editor) -> None:
        # Texts and vectors move out of line (TOAST) even when short, so that the rows a search
        # reads for facets and order are narrow: a tenth of the pages to visit.
        schema_editor.execute(f"ALTER TABLE {TABLE} SET (toast_tuple_target = 128)")
        self._set_key_storage(schema_editor, self._KEY_STORAGE)
        for field, expression in self._VECTORS.items():
            schema_editor.execute(
                f"ALTER TABLE {TABLE} ADD COLUMN search_{field} tsvector "
                f"GENERATED ALWAYS AS ({expression}) STORED"
            )
            schema_editor.execute(
                f"CREATE INDEX {TABLE}_search_{field} ON {TABLE} USING gin (search_{field})"
            )
        if self._create_trigram_extension(schema_editor):
            schema_editor.execute(
                f"CREATE INDEX {TABLE}_lao_trgm ON {TABLE} USING gin (lao_key gin_trgm_ops)"
            )

    @staticmethod
    def _create_trigram_extension(schema_editor) -> bool:
        # A database user may lack the right to create extensions: search still works.
        try:
            with transaction.atomic(using=schema_editor.connection.alias):
                schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        except DatabaseError:
            return False
        return True

    def uninstall(self, schema_editor) -> None:
        # Every generated column an earlier version added, with the GIN index on it. Adding
        # them again rewrites the table, which stores the keys as _set_key_storage says.
        earlier = ("summary", "title_toned")
        schema_editor.execute(
            f"ALTER TABLE {TABLE} "
            + ", ".join(
                f"DROP COLUMN IF EXISTS search_{field}" for field in (*self._VECTORS, *earlier)
            )
        )
        schema_editor.execute(f"DROP INDEX IF EXISTS {TABLE}_lao_trgm")
        self._set_key_storage(schema_editor, dict.fromkeys(self._KEY_STORAGE, "EXTENDED"))

    @staticmethod
    def _set_key_storage(schema_editor, storage: dict[str, str]) -> None:
        schema_editor.execute(
            f"ALTER TABLE {TABLE} "
            + ", ".join(
                f"ALTER COLUMN {column} SET STORAGE {kind}" for column, kind in storage.items()
            )
        )

    @contextmanager
    def planned_for_search(self) -> Iterator[None]:
        """Statements that read the GIN indexes rather than every row.

        A common word matches half the rows; the planner then prefers a sequential scan, not
        knowing that testing each row means unpacking its vector (about 10 µs a row). Reading
        the matches from the index needs no such test.

        Without a sequential scan to choose, every plan's estimated cost is huge, which would
        have PostgreSQL compile it to machine code first (JIT: 700 ms, for a 50 ms statement).
        """
        with transaction.atomic(), default_connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off; SET LOCAL jit = off")
            yield
            # Within a longer transaction the settings would outlive the search; on an error
            # rolling back the savepoint undoes them.
            cursor.execute("SET LOCAL enable_seqscan TO DEFAULT; SET LOCAL jit TO DEFAULT")

    def all_of(self, keys: tuple[str, ...], field: str) -> tuple[str, list]:
        if field in self._INLINE_KEYS:
            return self._holds_tokens(self._INLINE_KEYS[field], keys)
        query = " & ".join(map(_pg_lexeme, keys))
        if field == "all":
            return f"({TABLE}.search_all @@ to_tsquery('simple'::regconfig, %s))", [query]
        return self._ids_where(
            f"tier.search_{field} @@ to_tsquery('simple'::regconfig, %s)", [query]
        )

    def title_prefix(self, keys: tuple[str, ...]) -> tuple[str, list]:
        query = " & ".join([*map(_pg_lexeme, keys[:-1]), _pg_lexeme(keys[-1]) + ":*"])
        return f"({TABLE}.search_title @@ to_tsquery('simple'::regconfig, %s))", [query]

    def starts_with(self, column: str, prefix: str) -> tuple[str, list]:
        return f"({TABLE}.{column} LIKE %s ESCAPE '\\')", [like_escaped(prefix) + "%"]

    @staticmethod
    def _holds_tokens(column: str, keys: tuple[str, ...]) -> tuple[str, list]:
        # Tokens are separated by single spaces (portal/text/normalise.py), as PostgreSQL's
        # parser splits them: this is the tsvector's answer without building the vector.
        padded = f"(' ' || {TABLE}.{column} || ' ')"
        return (
            "(" + " AND ".join(f"strpos({padded}, %s) > 0" for _ in keys) + ")",
            [f" {key} " for key in keys],
        )

    @staticmethod
    def id_among(ids_sql: str) -> str:
        """The row's id is one of those `ids_sql` selects (a few), as a condition OR-ed with a
        full-text match: an array of ids is an index condition the planner ORs with the GIN
        index's, where `id IN (subquery)` would have it test every row of the table."""
        return f"({TABLE}.id = ANY(ARRAY({ids_sql})))"

    @staticmethod
    def _ids_where(condition: str, params: list) -> tuple[str, list]:
        # Evaluated once, as a hashed set, by conditions that rank the rows already found.
        return f"({TABLE}.id IN (SELECT tier.id FROM {TABLE} AS tier WHERE {condition}))", params


class SqliteFullText:
    _COLUMNS = {
        "title": "{title_key}",
        "title_toned": "{title_toned}",
        "phrase": "{phrase_key}",
        "all": "{title_key summary_key body_key}",
    }
    # FTS5's default tokenizer treats combining marks as separators, which would cut Lao words
    # at every vowel sign: marks (M*) are token characters here, as they are for PostgreSQL.
    TOKENIZER = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'"
    _KEYS = "title_key, title_toned, summary_key, body_key, phrase_key"
    # Word matches are read from the FTS table twice (facets, page) rather than kept aside.
    SETS_ASIDE_MATCHES = False

    def install(self, schema_editor) -> None:
        """Creates what is missing; safe to run again after a migration rebuilt the table."""
        new_keys = ", ".join(f"new.{column}" for column in self._KEYS.split(", "))
        old_keys = ", ".join(f"old.{column}" for column in self._KEYS.split(", "))
        delete_old = (
            f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {self._KEYS}) "
            f"VALUES ('delete', old.id, {old_keys});"
        )
        insert_new = f"INSERT INTO {FTS_TABLE}(rowid, {self._KEYS}) VALUES (new.id, {new_keys});"
        for statement in (
            f"""CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5({self._KEYS},
                content='{TABLE}', content_rowid='id', tokenize="{self.TOKENIZER}")""",
            f"""CREATE TRIGGER IF NOT EXISTS {TABLE}_fts_insert AFTER INSERT ON {TABLE}
                BEGIN {insert_new} END""",
            f"""CREATE TRIGGER IF NOT EXISTS {TABLE}_fts_delete AFTER DELETE ON {TABLE}
                BEGIN {delete_old} END""",
            f"""CREATE TRIGGER IF NOT EXISTS {TABLE}_fts_update AFTER UPDATE ON {TABLE}
                BEGIN {delete_old} {insert_new} END""",
            f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')",
        ):
            schema_editor.execute(statement)

    def uninstall(self, schema_editor) -> None:
        for name in ("insert", "delete", "update"):
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {TABLE}_fts_{name}")
        schema_editor.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")

    def planned_for_search(self) -> nullcontext:
        return nullcontext()

    def all_of(self, keys: tuple[str, ...], field: str) -> tuple[str, list]:
        return self._matches(" AND ".join(map(_fts5_string, keys)), field)

    def starts_with(self, column: str, prefix: str) -> tuple[str, list]:
        # A range, which SQLite reads from the column's index; its LIKE ignores case and can't.
        following = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        return f"({TABLE}.{column} >= %s AND {TABLE}.{column} < %s)", [prefix, following]

    def title_prefix(self, keys: tuple[str, ...]) -> tuple[str, list]:
        query = " AND ".join([*map(_fts5_string, keys[:-1]), _fts5_string(keys[-1]) + " *"])
        return self._matches(query, "title")

    @staticmethod
    def id_among(ids_sql: str) -> str:
        """The row's id is one of those `ids_sql` selects."""
        return f"({TABLE}.id IN ({ids_sql}))"

    def _matches(self, query: str, field: str) -> tuple[str, list]:
        return (
            f"({TABLE}.id IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s))",
            [f"{self._COLUMNS[field]} : ({query})"],
        )


def for_connection(connection=default_connection) -> PostgresFullText | SqliteFullText:
    if connection.vendor == "postgresql":
        return PostgresFullText()
    if connection.vendor == "sqlite":
        return SqliteFullText()
    raise NotImplementedError(f"search has no full-text support for {connection.vendor}")


def reinstall(apps, schema_editor) -> None:
    """Migration entry point: the full-text machinery for the database being migrated, in
    place of whatever an earlier version installed.

    Migrations call the current code, not a frozen copy, so a migration that changes the keys
    or rebuilds the table (as SQLite does to alter one) runs this again.
    """
    engine = for_connection(schema_editor.connection)
    engine.uninstall(schema_editor)
    engine.install(schema_editor)


def uninstall(apps, schema_editor) -> None:
    for_connection(schema_editor.connection).uninstall(schema_editor)


def like_escaped(text: str) -> str:
    """`text` as a literal inside a LIKE pattern written with ESCAPE '\\'."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _pg_lexeme(token: str) -> str:
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


def _fts5_string(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'
