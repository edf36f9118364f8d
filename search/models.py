"""The search index: one row per page and language, holding what search matches and shows."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchEntry(models.Model):
    """A page's text in one language, as written (to show) and as keys (to match).

        Filled from the page's `search_document(language)` when it is published and removed when
        it is unpublished or deleted (see search/indexing.py). The full-text machinery lives
        beside this table, created by portal's migration 0005 for the database in use (the table was
    portal's until search became an app of its own, hence its name): on PostgreSQL
        generated tsvector columns with a GIN index (and a trigram index on `lao_key` when pg_trgm
        is available), the title keys and the Lao key kept in the row for ranking and substring
        searches, on SQLite an FTS5 table kept in step by triggers. A later migration that
        alters this table must run `fulltext.reinstall` again: SQLite rebuilds the table and drops
        its triggers, and PostgreSQL's generated columns read the key columns.
    """

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(_("language"), max_length=8)
    section = models.CharField(_("section"), max_length=32)
    document_type = models.CharField(_("document type"), max_length=64, blank=True)
    status = models.CharField(_("status"), max_length=64, blank=True)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)

    # As written, for display and snippets.
    title = models.TextField()
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    document_number = models.CharField(max_length=128, blank=True)

    # Keys (portal/text/normalise.py): what queries are matched against.
    number_key = models.CharField(max_length=128, blank=True, db_index=True)
    title_key = models.TextField(blank=True)
    title_toned = models.TextField(blank=True)
    summary_key = models.TextField(blank=True)
    body_key = models.TextField(blank=True)  # each token once: bodies match without positions
    lao_key = models.TextField(blank=True)  # Lao text without spaces, for substring matching
    # Words side by side in the title or summary, as pair tokens: "the query's words together".
    phrase_key = models.TextField(blank=True)
    # The body was recognised from a scan (results say so). Its Lao, without tone marks and
    # letters a scan confuses (portal/text/ocr.py), finds words OCR slightly misread.
    from_ocr = models.BooleanField(default=False)
    ocr_lao_key = models.TextField(blank=True)

    class Meta:
        db_table = "portal_searchentry"
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        indexes = [
            models.Index(fields=["page", "language"], name="portal_search_page_lang"),
            models.Index(
                fields=["id"], condition=models.Q(from_ocr=True), name="portal_search_ocr"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.language})"
