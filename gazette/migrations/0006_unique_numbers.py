"""Document numbers and gazette issue (year, number) become unique in the database.

Before the constraints are added, existing rows are brought in line: every document's number
key is recomputed, and when two documents share one, the later ones lose the key (their
number is still shown; clean() asks for a distinct number at their next save). Two issues
with the same year and number cannot be resolved without an editor, so the migration stops
and names them.
"""

from django.db import migrations, models

from portal.text.document_numbers import document_number_key


def keys_made_unique(apps, schema_editor):
    documents = apps.get_model("gazette", "LegalDocumentPage")
    seen: set[str] = set()
    for document in documents.objects.order_by("pk").only("pk", "number", "number_key"):
        key = document_number_key(document.number)
        if key in seen:
            print(f"\n  Document {document.pk} shares number {document.number!r}: key cleared.")
            key = ""
        seen.add(key)
        if key != document.number_key:
            documents.objects.filter(pk=document.pk).update(number_key=key)
    issues = apps.get_model("gazette", "GazetteIssuePage")
    repeated = (
        issues.objects.exclude(issue_number="")
        .values("year", "issue_number")
        .annotate(count=models.Count("pk"))
        .filter(count__gt=1)
    )
    if repeated:
        names = ", ".join(f"{row['issue_number']}/{row['year']}" for row in repeated)
        raise RuntimeError(
            f"Gazette issues {names} exist more than once: renumber or delete the extra "
            "pages in the admin, then migrate again."
        )


class Migration(migrations.Migration):
    dependencies = [
        ("gazette", "0005_ocr_pages"),
    ]

    operations = [
        migrations.RunPython(keys_made_unique, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="gazetteissuepage",
            constraint=models.UniqueConstraint(
                condition=models.Q(("issue_number", ""), _negated=True),
                fields=("year", "issue_number"),
                name="gazette_issue_year_number_unique",
            ),
        ),
        migrations.AddConstraint(
            model_name="legaldocumentpage",
            constraint=models.UniqueConstraint(
                condition=models.Q(("number_key", ""), _negated=True),
                fields=("number_key",),
                name="gazette_document_number_unique",
            ),
        ),
    ]
