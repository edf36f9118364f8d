import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    """The search index as portal's migrations 0003-0006 built it, taken over by this app.

    State only: the table exists already (portal's 0003 creates it on a new database, before
    this runs), under the name the model keeps with db_table.
    """

    initial = True

    dependencies = [
        ('portal', '0007_search_entry_moves_to_search_app'),
        ('wagtailcore', '0097_baselogentry_uuid_action_timestamp_indexes'),
    ]

    state_operations = [
        migrations.CreateModel(
            name='SearchEntry',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('language', models.CharField(max_length=8, verbose_name='language')),
                ('section', models.CharField(max_length=32, verbose_name='section')),
                ('document_type', models.CharField(blank=True, max_length=64, verbose_name='document type')),
                ('status', models.CharField(blank=True, max_length=64, verbose_name='status')),
                ('year', models.PositiveSmallIntegerField(blank=True, null=True, verbose_name='year')),
                ('published_at', models.DateTimeField(blank=True, null=True)),
                ('title', models.TextField()),
                ('summary', models.TextField(blank=True)),
                ('body', models.TextField(blank=True)),
                ('document_number', models.CharField(blank=True, max_length=128)),
                ('number_key', models.CharField(blank=True, db_index=True, max_length=128)),
                ('title_key', models.TextField(blank=True)),
                ('title_toned', models.TextField(blank=True)),
                ('summary_key', models.TextField(blank=True)),
                ('body_key', models.TextField(blank=True)),
                ('lao_key', models.TextField(blank=True)),
                ('phrase_key', models.TextField(blank=True)),
                ('from_ocr', models.BooleanField(default=False)),
                ('ocr_lao_key', models.TextField(blank=True)),
                ('page', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtailcore.page')),
            ],
            options={
                'verbose_name': 'search entry',
                'verbose_name_plural': 'search entries',
                'db_table': 'portal_searchentry',
                'indexes': [
                    models.Index(fields=['page', 'language'], name='portal_search_page_lang'),
                    models.Index(condition=models.Q(('from_ocr', True)), fields=['id'], name='portal_search_ocr'),
                ],
            },
        ),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(state_operations=state_operations, database_operations=[]),
    ]
