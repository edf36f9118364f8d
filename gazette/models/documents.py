"""Legal documents (one abstract document each, like Indigo's Work) and the library page."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_stubs_ext import StrOrPromise
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet

from gazette.blocks import LegalTextBlock
from gazette.document_view import document_context
from gazette.legal_text import LegalText, build_legal_text
from gazette.library import library_listing
from gazette.models.pdfs import PdfText, mark_for_reading
from gazette.models.taxonomies import DocumentType, IssuingBody, LegalField
from gazette.pdfs import inspect_pdf, read_file_field
from gazette.status import (
    ENDING_KINDS,
    INVERSE_LABELS,
    PARTLY_ENDING_KINDS,
    RelationKind,
    Status,
    status_expression,
)
from news.models import explainers_citing
from portal.content_memo import remembered
from portal.models import TranslationStateMixin
from portal.text.document_numbers import document_number_key
from search.documents import IntroSearchMixin, SearchDocument

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


class LegalDocumentLibraryPage(IntroSearchMixin, TranslationStateMixin, Page):
    """The library of legal documents: filters, sort and counts over its child documents."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["gazette.LegalDocumentPage"]
    max_count = 1

    class Meta:
        verbose_name = _("legal documents library")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Documents live only under the one library page (parent_page_types, max_count), and
        # `published` mirrors Page.live: the counts read the documents table alone.
        documents = LegalDocumentPage.objects.filter(published=True).public()
        context["listing"] = library_listing(documents, request.GET)
        return context

    @property
    def share_summary(self) -> str:
        return _own_text(self, "intro")

    @property
    def share_image(self):
        return None


def date_order_errors(
    signed: datetime.date | None,
    effective: datetime.date | None,
    end: datetime.date | None,
) -> dict[str, str]:
    """The one rule for a document's dates, for the edit form and the import alike: it takes
    effect on or after signing, and ends on or after it takes effect (on or after signing
    when no effective date is given)."""
    errors = {}
    if signed and effective and effective < signed:
        errors["effective_date"] = _date_before(_("signing date"))
    starts = effective or signed
    if starts and end and end < starts:
        errors["end_date"] = _date_before(_("effective date") if effective else _("signing date"))
    return errors


def _date_before(field: StrOrPromise) -> str:
    return _("This date cannot be before the %(field)s.") % {"field": field}


class LegalDocumentQuerySet(PageQuerySet):
    def with_status(self, on: datetime.date | None = None) -> "LegalDocumentQuerySet":
        """Annotates `current_status`: the status on a day (today by default)."""
        on = on or timezone.localdate()
        return self.annotate(current_status=status_expression(on))

    def readable(self) -> "LegalDocumentQuerySet":
        """What anyone may read: live and under no view restriction (on it or an ancestor).

        Every public place that names another document (issue contents, relations, history,
        citations, the issue's search entry) filters through this, so a restricted document's
        title, number and link appear on no public page.
        """
        return self.live().public()


class LegalDocumentPage(TranslationStateMixin, Page):
    """One legal document: its metadata, its text in each language, its signed PDFs."""

    number = models.CharField(
        _("number"),
        max_length=80,
        blank=True,
        help_text=_("As written on the document, e.g. 168/2024/NĐ-CP or 59/ສພຊ."),
    )
    number_key = models.CharField(max_length=80, blank=True, db_index=True, editable=False)
    document_type = models.ForeignKey(
        DocumentType, verbose_name=_("document type"), on_delete=models.PROTECT
    )
    issuing_body = models.ForeignKey(
        IssuingBody,
        verbose_name=_("issuing body"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
    )
    signer = models.CharField(_("signed by"), max_length=255, blank=True)
    legal_fields = ParentalManyToManyField(LegalField, verbose_name=_("fields"), blank=True)
    signed_date = models.DateField(_("signing date"), db_index=True)
    gazette_date = models.DateField(_("gazette publication date"), null=True, blank=True)
    effective_date = models.DateField(
        _("effective date"),
        null=True,
        blank=True,
        help_text=_("Leave empty when the document takes effect on signing."),
    )
    end_date = models.DateField(
        _("end date"),
        null=True,
        blank=True,
        help_text=_("The first day the document is no longer in force, when it is known."),
    )
    # Page.live copied onto this table, so the library's counts need not join wagtailcore_page
    # (kept in step by save() and the page_published / page_unpublished signals).
    published = models.BooleanField(default=False, editable=False)
    # The day the earliest live replacing/repealing (or partly repealing) document takes
    # effect: denormalised from DocumentRelation by refresh_repeal_dates() for fast listings.
    repealed_on = models.DateField(null=True, editable=False)
    partly_repealed_on = models.DateField(null=True, editable=False)
    status_override = models.CharField(
        _("status set by an editor"),
        max_length=20,
        choices=Status.choices,
        blank=True,
        help_text=_(
            "Leave empty to compute the status from the dates and relations. "
            "Set it only when they cannot tell (a suspension), and give the reason."
        ),
    )
    status_override_reason = models.TextField(_("reason for the status"), blank=True)
    summary = models.TextField(_("summary"), blank=True)
    text = StreamField(
        LegalTextBlock(),
        verbose_name=_("text"),
        blank=True,
        help_text=_("The text as parts, chapters, sections and articles."),
    )
    signed_pdf = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("signed PDF"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = PageManager.from_queryset(LegalDocumentQuerySet)()

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("number"), FieldPanel("document_type")]),
                FieldPanel("issuing_body"),
                FieldPanel("signer"),
                FieldPanel("legal_fields"),
            ],
            heading=_("Identification"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("signed_date"), FieldPanel("gazette_date")]),
                FieldRowPanel([FieldPanel("effective_date"), FieldPanel("end_date")]),
                FieldPanel("status_override"),
                FieldPanel("status_override_reason"),
            ],
            heading=_("Dates and status"),
        ),
        FieldPanel("summary"),
        InlinePanel("relations", heading=_("Relations to other documents"), label=_("relation")),
        FieldPanel("signed_pdf"),
        FieldPanel("text"),
    ]
    parent_page_types = ["gazette.LegalDocumentLibraryPage"]
    subpage_types = []

    # A copy is a new document: it must get its own number (the constraint below).
    exclude_fields_in_copy = ["number", "number_key"]

    class Meta:
        verbose_name = _("legal document")
        verbose_name_plural = _("legal documents")
        constraints = [
            # clean() says it to editors; this holds for imports and concurrent saves too.
            models.UniqueConstraint(
                fields=["number_key"],
                condition=~models.Q(number_key=""),
                name="gazette_document_number_unique",
            )
        ]

    @classmethod
    def served_pages(cls) -> LegalDocumentQuerySet:
        """As the page's own URL serves it (portal.routing): with its status, vocabulary
        terms and signed PDFs, which the page shows."""
        pdfs = [build_localized_fieldname("signed_pdf", code) for code in LANGUAGE_CODES]
        return cls.objects.with_status().select_related("document_type", "issuing_body", *pdfs)

    def save(self, *args, **kwargs):
        self.number_key = document_number_key(self.number)
        self.published = self.live
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "published"}
        queue_pdf_readings(self, "signed_pdf")
        result = super().save(*args, **kwargs)
        refresh_documents_acted_on(self.pk)
        return result

    def clean(self) -> None:
        super().clean()
        errors: dict[str, StrOrPromise] = {}
        self.number_key = document_number_key(self.number)
        if self.number_key and self._number_taken():
            errors["number"] = _("Another document already has this number.")
        errors.update(date_order_errors(self.signed_date, self.effective_date, self.end_date))
        if self.status_override and not any(
            getattr(self, build_localized_fieldname("status_override_reason", code))
            for code in LANGUAGE_CODES
        ):
            errors["status_override_reason_vi"] = _("Say why the status is set by hand.")
        errors.update(pdf_field_errors(self, "signed_pdf"))
        if errors:
            raise ValidationError(errors)

    def _number_taken(self) -> bool:
        others = LegalDocumentPage.objects.filter(number_key=self.number_key)
        return others.exclude(pk=self.pk).exists()

    # --- status -------------------------------------------------------------

    @cached_property
    def status(self) -> str:
        """Today's status; listings annotate it in bulk as `current_status`."""
        annotated = getattr(self, "current_status", None)
        if annotated:
            return annotated
        if self.pk is None:
            return Status.IN_FORCE
        row = LegalDocumentPage.objects.filter(pk=self.pk).with_status()
        return row.values_list("current_status", flat=True).first() or Status.IN_FORCE

    @property
    def status_label(self) -> StrOrPromise:
        return Status(self.status).label

    # --- text in each language ---------------------------------------------

    def legal_text(self, language: str) -> LegalText:
        """The structured text in one language only: never another language's fallback."""
        stream = getattr(self, build_localized_fieldname("text", language), None)
        return build_legal_text(stream.raw_data if stream else [], language)

    def signed_pdf_in(self, language: str):
        return getattr(self, build_localized_fieldname("signed_pdf", language), None)

    def pdf_text(self, language: str) -> PdfText | None:
        """What was read from the language's signed PDF, OCR included; None before reading."""
        document = self.signed_pdf_in(language)
        return PdfText.objects.filter(document=document).first() if document else None

    @property
    def text_languages(self) -> list[str]:
        """The languages this document's own text exists in (structured text or a PDF)."""
        return [
            code
            for code in LANGUAGE_CODES
            if getattr(self, build_localized_fieldname("text", code), None)
            or self.signed_pdf_in(code)
        ]

    # --- what other parts of the portal read ---------------------------------

    @property
    def share_summary(self) -> str:
        return _own_text(self, "summary") or self.identification

    @property
    def share_image(self):
        return None

    @property
    def identification(self) -> str:
        """ "Nghị định 168/2024/NĐ-CP" in the active language."""
        return " ".join(part for part in (str(self.document_type), self.number) if part)

    def search_document(self, language: str) -> SearchDocument | None:
        if not self.has_translation(language):
            return None
        body, from_ocr = self.legal_text(language).plain_text(), False
        if not body and (pdf_text := self.pdf_text(language)):
            body, from_ocr = pdf_text.text, pdf_text.from_ocr
        return SearchDocument(
            language=language,
            section="legal_document",
            title=getattr(self, build_localized_fieldname("title", language)),
            body=body,
            summary=getattr(self, build_localized_fieldname("summary", language)) or "",
            document_number=self.number,
            document_type=self.document_type.slug,
            status=self.status,
            year=self.signed_date.year if self.signed_date else None,
            from_ocr=from_ocr,
        )

    def outgoing_relations(self) -> models.QuerySet:
        """What this document does to others, as stored (`relations` holds unsaved edits)."""
        return DocumentRelation.objects.filter(source=self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(document_context(self, request))
        context["citing_explainers"] = remembered(
            ("citing-explainers", self.pk),
            lambda: list(explainers_citing(self)),
            follows_content=True,
        )
        return context


class DocumentRelation(ClusterableModel):
    """ "A amends B" stored once, on A; B reads it as "amended by A"."""

    source = ParentalKey(LegalDocumentPage, on_delete=models.CASCADE, related_name="relations")
    kind = models.CharField(_("relation"), max_length=20, choices=RelationKind.choices)
    target = models.ForeignKey(
        LegalDocumentPage,
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="incoming_relations",
    )
    date = models.DateField(
        _("date"),
        null=True,
        blank=True,
        help_text=_("When it takes effect; empty means the effective date of this document."),
    )

    panels = [FieldPanel("kind"), FieldPanel("target"), FieldPanel("date")]

    class Meta:
        verbose_name = _("relation")
        constraints = [
            models.UniqueConstraint(
                fields=["source", "kind", "target"], name="gazette_relation_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.source_id} {self.kind} {self.target_id}"

    def clean(self) -> None:
        if self.source_id and self.source_id == self.target_id:
            raise ValidationError({"target": _("A document cannot act on itself.")})

    @property
    def takes_effect(self) -> datetime.date | None:
        return self.date or self.source.effective_date or self.source.signed_date

    @property
    def inverse_label(self) -> StrOrPromise:
        return INVERSE_LABELS[RelationKind(self.kind)]


def refresh_documents_acted_on(source_id: int) -> None:
    """Publishing, unpublishing or new dates of a document change when it ends others."""
    refresh_repeal_dates(
        DocumentRelation.objects.filter(source_id=source_id).values_list("target_id", flat=True)
    )


def refresh_repeal_dates(target_ids) -> None:
    """Recomputes repealed_on / partly_repealed_on of the given documents in a few queries."""
    target_ids = set(target_ids)
    if not target_ids:
        return
    relations = (
        DocumentRelation.objects.filter(target_id__in=target_ids, source__live=True)
        .annotate(takes_effect=Coalesce("date", "source__effective_date", "source__signed_date"))
        .values_list("target_id", "kind", "takes_effect")
    )
    dates = {target: {"repealed_on": None, "partly_repealed_on": None} for target in target_ids}
    for target, kind, takes_effect in relations:
        field = "repealed_on" if kind in ENDING_KINDS else "partly_repealed_on"
        if kind in ENDING_KINDS or kind in PARTLY_ENDING_KINDS:
            current = dates[target][field]
            dates[target][field] = min(current, takes_effect) if current else takes_effect
    by_values: dict[tuple, list[int]] = {}
    for target, values in dates.items():
        by_values.setdefault((values["repealed_on"], values["partly_repealed_on"]), []).append(
            target
        )
    for (repealed_on, partly_repealed_on), targets in by_values.items():
        LegalDocumentPage.objects.filter(pk__in=targets).update(
            repealed_on=repealed_on, partly_repealed_on=partly_repealed_on
        )


def _own_text(page: Page, field_name: str) -> str:
    """A translated field's value in the active language, without falling back to another."""
    return getattr(page, build_localized_fieldname(field_name, get_language()), "") or ""


def queue_pdf_readings(page: Page, field_name: str) -> None:
    """Queues each language's PDF to be read in the background, when its file is new."""
    for code in LANGUAGE_CODES:
        document = getattr(page, build_localized_fieldname(field_name, code), None)
        if document is not None:
            mark_for_reading(document, code)


def pdf_field_errors(page: Page, field_name: str) -> dict:
    """Errors for each language's PDF of a page that is not a usable PDF (a quick look only:
    the whole text is read in the background)."""
    errors = {}
    for code in LANGUAGE_CODES:
        document = getattr(page, build_localized_fieldname(field_name, code), None)
        if document is None:
            continue
        try:
            inspect_pdf(read_file_field(document.file))
        except ValidationError as error:
            errors[build_localized_fieldname(field_name, code)] = _("“%(title)s”: %(problem)s") % {
                "title": document.title,
                "problem": " ".join(error.messages),
            }
        except OSError:
            errors[build_localized_fieldname(field_name, code)] = _(
                "The file of “%(title)s” cannot be read."
            ) % {"title": document.title}
    return errors
