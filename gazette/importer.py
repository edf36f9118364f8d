"""Applying a checked manifest: documents, PDFs, fields, relations and gazette issues.

Re-running a manifest updates what changed and creates nothing twice: documents are matched
by their number key, issues by (year, number), PDFs by their content hash. The caller runs
this inside one transaction, so a failure leaves the database as it was.
"""

from collections.abc import Callable
from dataclasses import dataclass, fields
from functools import partial

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.models import Collection

from gazette.bulk_pages import bulk_add_live_children
from gazette.manifest import DocumentRow, IssueRef, Manifest, Pdf
from gazette.models import (
    DocumentRelation,
    DocumentType,
    GazetteIndexPage,
    GazetteIssueEntry,
    GazetteIssuePage,
    IssuingBody,
    LegalDocumentLibraryPage,
    LegalDocumentPage,
    LegalField,
    PdfText,
)
from gazette.models.documents import refresh_repeal_dates
from gazette.tasks import queue as queue_pdf_reading

CHUNK = 1000
PAGE_FIELDS = (
    "title_vi",
    "title_lo",
    "draft_title",
    "number",
    "number_key",
    "document_type_id",
    "issuing_body_id",
    "signer_vi",
    "signer_lo",
    "summary_vi",
    "summary_lo",
    "signed_date",
    "gazette_date",
    "effective_date",
    "end_date",
    "signed_pdf_vi_id",
    "signed_pdf_lo_id",
)
ISSUE_FIELDS = ("publication_date", "pdf_vi_id", "pdf_lo_id")


@dataclass
class ImportReport:
    documents_created: int = 0
    documents_updated: int = 0
    documents_unchanged: int = 0
    issues_created: int = 0
    issues_updated: int = 0
    pdfs_added: int = 0
    relations_added: int = 0
    fields_changed: int = 0

    def lines(self) -> list[tuple[str, int]]:
        return [(field.name.replace("_", " "), getattr(self, field.name)) for field in fields(self)]


Progress = Callable[[int], None]


def import_manifest(
    manifest: Manifest,
    library: LegalDocumentLibraryPage,
    gazette_index: GazetteIndexPage | None,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    report = ImportReport()
    importer = _Importer(manifest, report, dry_run, progress or (lambda step: None))
    pdf_ids = importer.store_pdfs()
    documents = importer.import_documents(library, pdf_ids)
    importer.import_fields(documents)
    importer.import_relations(documents)
    if manifest.issues and gazette_index is not None:
        importer.import_issues(gazette_index, documents, pdf_ids)
    return report


class _Importer:
    def __init__(self, manifest: Manifest, report: ImportReport, dry_run: bool, progress) -> None:
        self.manifest = manifest
        self.report = report
        self.dry_run = dry_run
        self.progress = progress

    # --- PDFs ----------------------------------------------------------------

    def store_pdfs(self) -> dict[str, int | None]:
        """Wagtail documents for every PDF, by content hash; new ones are stored once."""
        pdfs = {pdf.fingerprint: pdf for pdf in self._all_pdfs()}
        Document = get_document_model()
        known = {}
        for chunk in _chunks(list(pdfs)):
            known.update(
                Document.objects.filter(file_hash__in=chunk).values_list("file_hash", "pk")
            )
        new = [pdf for digest, pdf in pdfs.items() if digest not in known]
        self.report.pdfs_added = len(new)
        if self.dry_run or not new:
            return {digest: known.get(digest) for digest in pdfs}
        collection = Collection.get_first_root_node()
        documents = [_new_document(Document, pdf, collection) for pdf in new]
        Document.objects.bulk_create(documents, batch_size=CHUNK)
        languages = self._pdf_languages()
        # The first pages' text until the background reading (queued on commit) has it all.
        pdf_texts = PdfText.objects.bulk_create(
            [
                _first_pages_text(document, pdf, languages[pdf.fingerprint])
                for document, pdf in zip(documents, new, strict=True)
            ],
            batch_size=CHUNK,
        )
        transaction.on_commit(partial(_queue_readings, [row.pk for row in pdf_texts]))
        known.update((document.file_hash, document.pk) for document in documents)
        return known

    def _pdf_languages(self) -> dict[str, str]:
        """The language of each PDF: the column it was named in (vi_pdf or lo_pdf)."""
        rows: list[DocumentRow | IssueRef] = [
            *self.manifest.documents,
            *self.manifest.issues.values(),
        ]
        return {pdf.fingerprint: code for row in rows for code, pdf in row.pdfs.items()}

    def _all_pdfs(self) -> list[Pdf]:
        pdfs = [pdf for row in self.manifest.documents for pdf in row.pdfs.values()]
        return pdfs + [
            pdf for issue in self.manifest.issues.values() for pdf in issue.pdfs.values()
        ]

    # --- documents ---------------------------------------------------------------

    def import_documents(self, library, pdf_ids: dict) -> dict[str, LegalDocumentPage]:
        rows = self.manifest.documents
        existing = _existing_documents([row.key for row in rows])
        types = dict(DocumentType.objects.values_list("slug", "pk"))
        bodies = dict(IssuingBody.objects.values_list("slug", "pk"))
        slugs = set(LegalDocumentPage.objects.child_of(library).values_list("slug_vi", flat=True))
        issue_dates = {key: issue.date for key, issue in self.manifest.issues.items()}
        new, changed = [], []
        for position, row in enumerate(rows, start=1):
            wanted = _page_values(row, types, bodies, pdf_ids, issue_dates)
            page = existing.get(row.key)
            if page is None:
                page = LegalDocumentPage(**wanted, published=True)
                page.slug_vi = _unique_slug(row.key, slugs)
                new.append(page)
            elif any(getattr(page, name) != value for name, value in wanted.items()):
                for name, value in wanted.items():
                    setattr(page, name, value)
                changed.append(page)
            existing[row.key] = page
            if position % 100 == 0:
                self.progress(100)
        self.progress(len(rows) % 100)
        self.report.documents_created = len(new)
        self.report.documents_updated = len(changed)
        self.report.documents_unchanged = len(rows) - len(new) - len(changed)
        if not self.dry_run:
            bulk_add_live_children(library, new)
            LegalDocumentPage.objects.bulk_update(changed, PAGE_FIELDS, batch_size=CHUNK)
            _save_revisions(changed)
        return existing

    def import_fields(self, documents: dict[str, LegalDocumentPage]) -> None:
        through = LegalDocumentPage.legal_fields.through
        field_ids = dict(LegalField.objects.values_list("slug", "pk"))
        # New documents have no pk yet in a dry run: their number key stands in for it.
        wanted = {
            (documents[row.key].pk or row.key, field_ids[slug])
            for row in self.manifest.documents
            for slug in row.field_slugs
        }
        page_ids = [documents[row.key].pk for row in self.manifest.documents]
        have = set()
        for chunk in _chunks([pk for pk in page_ids if isinstance(pk, int)]):
            have |= set(
                through.objects.filter(legaldocumentpage_id__in=chunk).values_list(
                    "legaldocumentpage_id", "legalfield_id"
                )
            )
        add, remove = wanted - have, have - wanted
        self.report.fields_changed = len(add) + len(remove)
        if self.dry_run:
            return
        through.objects.bulk_create(
            [through(legaldocumentpage_id=page, legalfield_id=field) for page, field in add],
            batch_size=CHUNK,
        )
        for page, field in remove:
            through.objects.filter(legaldocumentpage_id=page, legalfield_id=field).delete()

    def import_relations(self, documents: dict[str, LegalDocumentPage]) -> None:
        wanted = [
            (row.key, kind, target)
            for row in self.manifest.documents
            for kind, target in row.relations
        ]
        missing_targets = {target for _source, _kind, target in wanted} - set(documents)
        documents = {**documents, **_existing_documents(list(missing_targets))}
        triples = {
            (documents[source].pk or source, kind, documents[target].pk or target)
            for source, kind, target in wanted
        }
        sources = [pk for pk, _kind, _target in triples if isinstance(pk, int)]
        have = set()
        for chunk in _chunks(sources):
            have |= set(
                DocumentRelation.objects.filter(source_id__in=chunk).values_list(
                    "source_id", "kind", "target_id"
                )
            )
        add = triples - have
        self.report.relations_added = len(add)
        if self.dry_run:
            return
        DocumentRelation.objects.bulk_create(
            [DocumentRelation(source_id=s, kind=k, target_id=t) for s, k, t in add],
            batch_size=CHUNK,
        )
        # Bulk writes send no signals: new relations or new source dates may end documents.
        imported = [page.pk for page in documents.values()]
        targets = set()
        for chunk in _chunks(imported):
            targets |= set(
                DocumentRelation.objects.filter(source_id__in=chunk).values_list(
                    "target_id", flat=True
                )
            )
        refresh_repeal_dates(targets)

    # --- gazette issues ----------------------------------------------------------

    def import_issues(self, index, documents: dict, pdf_ids: dict) -> None:
        existing = {
            (issue.year, issue.issue_number): issue
            for issue in GazetteIssuePage.objects.child_of(index)
        }
        new, changed = [], []
        for key, ref in self.manifest.issues.items():
            wanted = _issue_values(ref, pdf_ids)
            issue = existing.get(key)
            if issue is None:
                issue = GazetteIssuePage(
                    **wanted, **GazetteIssuePage.default_titles(ref.number, ref.year)
                )
                new.append(issue)
            elif any(getattr(issue, name) != value for name, value in wanted.items()):
                for name, value in wanted.items():
                    setattr(issue, name, value)
                changed.append(issue)
            existing[key] = issue
        self.report.issues_created, self.report.issues_updated = len(new), len(changed)
        if self.dry_run:
            return
        bulk_add_live_children(index, new)
        GazetteIssuePage.objects.bulk_update(changed, ISSUE_FIELDS)
        _save_revisions(changed)
        self._import_entries(existing, documents)

    def _import_entries(self, issues: dict, documents: dict) -> None:
        placed = [
            (row.issue_key, row.key, row.pages)
            for row in self.manifest.documents
            if row.issue_key and row.pages
        ]
        have = {
            (entry.issue_id, entry.document_id): entry
            for entry in GazetteIssueEntry.objects.filter(
                issue_id__in={issue.pk for issue in issues.values()}
            )
        }
        new, changed = [], []
        for order, (issue_key, document_key, pages) in enumerate(placed):
            issue, document = issues[issue_key], documents[document_key]
            entry = have.get((issue.pk, document.pk))
            if entry is None:
                new.append(
                    GazetteIssueEntry(
                        issue=issue,
                        document=document,
                        first_page=pages[0],
                        last_page=pages[1],
                        sort_order=order,
                    )
                )
            elif (entry.first_page, entry.last_page) != pages:
                entry.first_page, entry.last_page = pages
                changed.append(entry)
        GazetteIssueEntry.objects.bulk_create(new, batch_size=CHUNK)
        GazetteIssueEntry.objects.bulk_update(changed, ["first_page", "last_page"])


def _existing_documents(keys: list[str]) -> dict[str, LegalDocumentPage]:
    found = {}
    for chunk in _chunks(keys):
        for page in LegalDocumentPage.objects.filter(number_key__in=chunk):
            found[page.number_key] = page
    return found


def _page_values(row: DocumentRow, types, bodies, pdf_ids, issue_dates) -> dict:
    return {
        **row.values,
        "draft_title": row.values["title_vi"],
        "number_key": row.key,
        "document_type_id": types[row.type_slug],
        "issuing_body_id": bodies.get(row.body_slug),
        "gazette_date": issue_dates.get(row.issue_key),
        "signed_pdf_vi_id": _pdf_id(row.pdfs, "vi", pdf_ids),
        "signed_pdf_lo_id": _pdf_id(row.pdfs, "lo", pdf_ids),
    }


def _issue_values(ref: IssueRef, pdf_ids: dict) -> dict:
    return {
        "issue_number": ref.number,
        "year": ref.year,
        "publication_date": ref.date,
        "pdf_vi_id": _pdf_id(ref.pdfs, "vi", pdf_ids),
        "pdf_lo_id": _pdf_id(ref.pdfs, "lo", pdf_ids),
    }


def _first_pages_text(document, pdf: Pdf, language: str) -> PdfText:
    facts = pdf.read_facts()
    return PdfText(
        document=document,
        fingerprint=pdf.fingerprint,
        text=facts.text,
        page_count=facts.page_count,
        has_text_layer=facts.has_text_layer,
        language=language,
    )


def _pdf_id(pdfs: dict[str, Pdf], code: str, pdf_ids: dict) -> int | None:
    pdf = pdfs.get(code)
    return pdf_ids.get(pdf.fingerprint) if pdf else None


def _queue_readings(pdf_text_ids: list[int]) -> None:
    for pk in pdf_text_ids:
        queue_pdf_reading(pk)


def _new_document(Document, pdf: Pdf, collection):
    document = Document(title=pdf.path.name, collection=collection)
    document.file.save(pdf.path.name, ContentFile(pdf.data), save=False)
    document.file_size = len(pdf.data)
    document.file_hash = pdf.fingerprint
    return document


def _unique_slug(key: str, taken: set[str]) -> str:
    base = slugify(key.replace("/", "-")) or "van-ban"
    slug, counter = base, 1
    while slug in taken:
        counter += 1
        slug = f"{base}-{counter}"
    taken.add(slug)
    return slug


def _save_revisions(pages: list) -> None:
    """Pages editors have touched get a revision, so the editor shows the imported values."""
    for page in pages:
        if page.latest_revision_id:
            page.save_revision(clean=False).publish()


def _chunks(items: list) -> list[list]:
    return [items[start : start + CHUNK] for start in range(0, len(items), CHUNK)]
