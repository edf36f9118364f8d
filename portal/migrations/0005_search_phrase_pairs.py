from django.db import migrations, models

from search import fulltext


def fill_phrase_keys(apps, schema_editor) -> None:
    from search.indexing import phrase_key

    SearchEntry = apps.get_model("portal", "SearchEntry")
    entries = SearchEntry.objects.only("document_number", "title", "summary")
    batch = []
    for entry in entries.iterator(chunk_size=500):
        entry.phrase_key = phrase_key(entry.document_number, entry.title, entry.summary)
        batch.append(entry)
        if len(batch) == 500:
            SearchEntry.objects.bulk_update(batch, ["phrase_key"])
            batch = []
    SearchEntry.objects.bulk_update(batch, ["phrase_key"])


class Migration(migrations.Migration):
    # Phrases are matched as pairs of adjacent words (see portal/text/normalise.py), which the
    # full-text index answers without re-reading rows; the machinery is installed again with
    # an index on them (search/fulltext.py).
    dependencies = [("portal", "0004_search_fulltext")]

    operations = [
        migrations.AddField(
            model_name="searchentry",
            name="phrase_key",
            field=models.TextField(blank=True, default=""),
            preserve_default=False,
        ),
        migrations.RunPython(fill_phrase_keys, migrations.RunPython.noop),
        migrations.RunPython(fulltext.reinstall, fulltext.uninstall),
    ]
