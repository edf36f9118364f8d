"""Official Gazette issues, the index of issues by year, and the documents each issue carries."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Page

from gazette.document_view import pdf_versions, with_recognised_text
from gazette.models.documents import (
    LANGUAGE_CODES,
    LegalDocumentPage,
    pdf_field_errors,
    queue_pdf_readings,
)
from gazette.models.pdfs import PdfText
from portal import query_values
from portal.models import TranslationStateMixin
from search.documents import IntroSearchMixin, SearchDocument


class GazetteIndexPage(IntroSearchMixin, TranslationStateMixin, Page):
    """The Official Gazette: its issues, one year at a time."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["gazette.GazetteIssuePage"]
    max_count = 1

    class Meta:
        verbose_name = _("Official Gazette index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        issues = GazetteIssuePage.objects.child_of(self).live().public()
        years = sorted(set(issues.values_list("year", flat=True)), reverse=True)
        year = _chosen_year(request.GET.get("year"), years)
        context.update(
            years=years,
            year=year,
            issues=issues.filter(year=year).order_by("-publication_date", "-pk")
            if year
            else issues.none(),
        )
        return context

    @property
    def share_summary(self) -> str:
        return getattr(self, build_localized_fieldname("intro", get_language()), "") or ""

    @property
    def share_image(self):
        return None


def _chosen_year(value: str | None, years: list[int]) -> int | None:
    """The year asked for in ?year=, else the latest; a year with no issues is a 404."""
    if value is None:
        return years[0] if years else None
    chosen = query_values.year(value)
    if chosen not in years:
        raise Http404("No gazette issues for this year")
    return chosen


class GazetteIssuePage(TranslationStateMixin, Page):
    """One issue of the Official Gazette with its PDF and the documents it carries."""

    issue_number = models.CharField(
        _("issue number"), max_length=40, help_text=_("As printed, e.g. 15 or 1011+1012.")
    )
    year = models.PositiveSmallIntegerField(_("year"), db_index=True)
    publication_date = models.DateField(_("publication date"))
    pdf = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("full issue PDF"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cover = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("issue_number"), FieldPanel("year"), FieldPanel("publication_date")]
                ),
                FieldPanel("pdf"),
                FieldPanel("cover"),
            ],
            heading=_("Issue"),
        ),
        InlinePanel("entries", heading=_("Documents in this issue"), label=_("document")),
    ]
    parent_page_types = ["gazette.GazetteIndexPage"]
    subpage_types = []

    exclude_fields_in_copy = ["issue_number"]  # a copy is another issue (constraint below)

    class Meta:
        verbose_name = _("Official Gazette issue")
        verbose_name_plural = _("Official Gazette issues")
        constraints = [
            models.UniqueConstraint(
                fields=["year", "issue_number"],
                condition=~models.Q(issue_number=""),
                name="gazette_issue_year_number_unique",
            )
        ]

    @property
    def display_date(self) -> datetime.date:
        """The date a card shows (includes/card_list.html): the issue's publication."""
        return self.publication_date

    def save(self, *args, **kwargs):
        queue_pdf_readings(self, "pdf")
        return super().save(*args, **kwargs)

    def clean(self) -> None:
        super().clean()
        errors = pdf_field_errors(self, "pdf")
        if self.publication_date and self.year and self.publication_date.year != self.year:
            errors["publication_date"] = _("The publication date is not in the issue's year.")
        same = GazetteIssuePage.objects.filter(year=self.year, issue_number=self.issue_number)
        if same.exclude(pk=self.pk).exists():
            errors["issue_number"] = _("This year already has an issue with this number.")
        if errors:
            raise ValidationError(errors)

    @staticmethod
    def default_titles(number: str, year: int) -> dict[str, str]:
        """title_vi, title_lo and slug_vi for an issue created by the importer."""
        titles = {}
        for code in LANGUAGE_CODES:
            with translation.override(code):
                titles[build_localized_fieldname("title", code)] = gettext(
                    "Official Gazette No. %(number)s of %(year)s"
                ) % {
                    "number": number,
                    "year": year,
                }
        titles["draft_title"] = titles["title_vi"]
        titles["slug_vi"] = slugify(f"so-{number}-{year}")
        return titles

    def pdf_in(self, language: str):
        return getattr(self, build_localized_fieldname("pdf", language), None)

    @classmethod
    def served_pages(cls) -> models.QuerySet:
        """As the page's own URL serves it (portal.routing): with its PDFs and cover."""
        pdfs = [build_localized_fieldname("pdf", code) for code in LANGUAGE_CODES]
        return cls.objects.select_related("cover", *pdfs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["issue_pdfs"] = with_recognised_text(pdf_versions(self.pdf_in, get_language()))
        context["entries"] = self.readable_entries().select_related(
            "document", "document__document_type"
        )
        return context

    def readable_entries(self) -> models.QuerySet:
        return self.entries.filter(document__in=LegalDocumentPage.objects.readable())

    def citation(self, language: str, pages: str = "") -> str:
        """ "Công báo số 15, trang 3-9" in the given language."""
        with translation.override(language):
            if pages:
                return gettext("Official Gazette No. %(number)s, page %(pages)s") % {
                    "number": self.issue_number,
                    "pages": pages,
                }
            return gettext("Official Gazette No. %(number)s") % {"number": self.issue_number}

    @property
    def share_summary(self) -> str:
        return self.citation(get_language())

    @property
    def share_image(self):
        return self.cover

    def search_document(self, language: str) -> SearchDocument | None:
        if not self.has_translation(language):
            return None
        document = self.pdf_in(language)
        extracted = PdfText.objects.filter(document=document).first() if document else None
        read_text = extracted.text if extracted else ""
        titles = [
            getattr(entry.document, build_localized_fieldname("title", language))
            for entry in self.readable_entries().select_related("document")
        ]
        return SearchDocument(
            language=language,
            section="gazette_issue",
            title=getattr(self, build_localized_fieldname("title", language)),
            body=read_text or "\n".join(filter(None, titles)),
            summary=self.citation(language),
            year=self.year,
            from_ocr=bool(read_text and extracted and extracted.from_ocr),
        )


class GazetteIssueEntry(Orderable):
    """A document printed in an issue, on pages first_page to last_page."""

    issue = ParentalKey(GazetteIssuePage, on_delete=models.CASCADE, related_name="entries")
    document = models.ForeignKey(
        LegalDocumentPage,
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="gazette_entries",
    )
    first_page = models.PositiveIntegerField(_("first page"))
    last_page = models.PositiveIntegerField(_("last page"), null=True, blank=True)

    panels = [
        FieldPanel("document"),
        FieldRowPanel([FieldPanel("first_page"), FieldPanel("last_page")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("document in the issue")

    def __str__(self) -> str:
        return f"{self.issue_id}: {self.document_id} p. {self.pages}"

    def clean(self) -> None:
        if self.last_page and self.first_page and self.last_page < self.first_page:
            raise ValidationError({"last_page": _("The last page is before the first page.")})

    @property
    def pages(self) -> str:
        if self.last_page and self.last_page != self.first_page:
            return f"{self.first_page}\u2013{self.last_page}"  # an en dash, as typeset
        return str(self.first_page)

    def citation(self, language: str) -> str:
        return self.issue.citation(language, self.pages)

    @property
    def citations(self) -> list[tuple[str, str]]:
        """The citation in every language: (language code, text)."""
        return [(code, self.citation(code)) for code in LANGUAGE_CODES]
