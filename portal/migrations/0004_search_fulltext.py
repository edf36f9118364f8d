from django.db import migrations

from portal.search import fulltext


class Migration(migrations.Migration):
    # Vendor-specific SQL: generated tsvector columns and GIN indexes on PostgreSQL, an FTS5
    # table and triggers on SQLite (see portal/search/fulltext.py).
    dependencies = [("portal", "0003_search_entry")]

    operations = [migrations.RunPython(fulltext.install, fulltext.uninstall)]
