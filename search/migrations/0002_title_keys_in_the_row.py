from django.db import migrations

from search import fulltext


def reinstall_on_postgresql(apps, schema_editor) -> None:
    # SQLite's machinery is unchanged: its FTS table needs no rebuilding.
    if schema_editor.connection.vendor == "postgresql":
        fulltext.reinstall(apps, schema_editor)


class Migration(migrations.Migration):
    # PostgreSQL ranks by the title keys kept in the row rather than by a GIN index on them,
    # drops the accents vector only that ranking read and keeps the Lao key in the row for
    # substring searches (search/fulltext.py). Adding the vectors again rewrites the table, so
    # existing rows are stored the new way too.
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(reinstall_on_postgresql, migrations.RunPython.noop)]
