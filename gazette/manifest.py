"""Reading and checking an import manifest (CSV or JSON) before anything is written.

Messages are in English: the command is an operator's tool, like manage.py itself.

Every row is checked and every problem is collected with its row number, so an editor
fixes the whole file at once. Rows are numbered as a spreadsheet shows them (the header is
row 1) for CSV, and from 1 for the entries of a JSON list.
"""

import csv
import datetime
import json
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_all_start_methods, get_context
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import connections
from django.db.models import F

from gazette.models import DocumentType, IssuingBody, LegalDocumentPage, LegalField, PdfText
from gazette.pdfs import PdfFacts, fingerprint, read_pdf
from gazette.status import RelationKind
from portal.text.document_numbers import document_number_key
from portal.text.lao_script import looks_like_legacy_lao_font

REQUIRED_COLUMNS = ("number", "title_vi", "document_type", "signed_date")
OPTIONAL_COLUMNS = (
    "title_lo",
    "issuing_body",
    "signer_vi",
    "signer_lo",
    "fields",
    "effective_date",
    "end_date",
    "summary_vi",
    "summary_lo",
    "pdf_vi",
    "pdf_lo",
    "issue_number",
    "issue_year",
    "issue_date",
    "issue_pdf_vi",
    "issue_pdf_lo",
    "first_page",
    "last_page",
    "relations",
)
LAO_COLUMNS = ("title_lo", "signer_lo", "summary_lo")
PDF_COLUMNS = ("pdf_vi", "pdf_lo", "issue_pdf_vi", "issue_pdf_lo")
PARALLEL_FROM = 200  # PDFs; below this, starting worker processes costs more than it saves
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y")


@dataclass(frozen=True)
class Pdf:
    path: Path
    data: bytes
    fingerprint: str
    facts: PdfFacts | None  # None for a PDF the portal already holds and has read


@dataclass
class IssueRef:
    number: str
    year: int
    date: datetime.date
    pdfs: dict[str, Pdf]
    first_row: int


@dataclass
class DocumentRow:
    row: int
    number: str
    key: str
    values: dict  # model field name -> value, for the document page
    type_slug: str
    body_slug: str
    field_slugs: list[str]
    pdfs: dict[str, Pdf]
    relations: list[tuple[str, str]]  # (kind, target number key)
    issue_key: tuple[int, str] | None = None
    pages: tuple[int, int | None] | None = None


@dataclass
class Manifest:
    documents: list[DocumentRow] = field(default_factory=list)
    issues: dict[tuple[int, str], IssueRef] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class ManifestError(Exception):
    """The manifest cannot be read at all (no such file, not CSV/JSON, missing columns)."""


def read_manifest(path: Path) -> tuple[list[tuple[int, dict]], list[str]]:
    """The rows as (row number, {column: text}) and the columns present."""
    if not path.is_file():
        raise ManifestError(f"No manifest at {path}.")
    if path.suffix.lower() == ".json":
        return _read_json(path)
    if path.suffix.lower() == ".csv":
        return _read_csv(path)
    raise ManifestError("The manifest must be a .csv or .json file.")


def _read_csv(path: Path):
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            rows = [(number, _clean(row)) for number, row in enumerate(reader, start=2)]
            return rows, [name.strip() for name in reader.fieldnames or []]
    except (UnicodeDecodeError, csv.Error) as error:
        raise ManifestError(f"The CSV file cannot be read: {error}") from error


def _read_json(path: Path):
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ManifestError(f"The JSON file cannot be read: {error}") from error
    entries = data.get("documents") if isinstance(data, dict) else data
    if not isinstance(entries, list) or not all(isinstance(entry, dict) for entry in entries):
        raise ManifestError("The JSON manifest must be a list of objects, one per document.")
    columns = sorted({key for entry in entries for key in entry})
    return [(number, _clean(entry)) for number, entry in enumerate(entries, start=1)], columns


def _clean(row: dict) -> dict:
    return {
        str(key).strip(): "" if value is None else str(value).strip()
        for key, value in row.items()
        if key
    }


def check_manifest(path: Path) -> Manifest:
    """Reads and validates every row; the Manifest lists all errors, or nothing to fix."""
    rows, columns = read_manifest(path)
    missing = [column for column in REQUIRED_COLUMNS if column not in columns]
    if missing:
        raise ManifestError(
            ("The manifest lacks the columns: {columns}.").format(columns=", ".join(missing))
        )
    manifest = Manifest()
    unknown = sorted(set(columns) - set(REQUIRED_COLUMNS) - set(OPTIONAL_COLUMNS))
    if unknown:
        manifest.warnings.append(("Columns ignored: {columns}.").format(columns=", ".join(unknown)))
    checker = _RowChecker(path.parent, manifest)
    checker.load_pdfs(row for _number, row in rows)
    for number, row in rows:
        checker.check(number, row)
    checker.check_relations()
    return manifest


class _RowChecker:
    def __init__(self, folder: Path, manifest: Manifest) -> None:
        self.folder = folder
        self.manifest = manifest
        self.types = set(DocumentType.objects.values_list("slug", flat=True))
        self.bodies = set(IssuingBody.objects.values_list("slug", flat=True))
        self.fields = set(LegalField.objects.values_list("slug", flat=True))
        self.rows_by_key: dict[str, int] = {}
        self.pdf_cache: dict[Path, Pdf | str] = {}
        # PDFs stored and read before need no second reading (re-runs stay fast).
        self.known_pdfs = set(
            PdfText.objects.filter(document__file_hash=F("fingerprint")).values_list(
                "fingerprint", flat=True
            )
        )

    def check(self, number: int, row: dict) -> None:
        problems: list[str] = []
        key = document_number_key(row.get("number", ""))
        if not key:
            problems.append("the number is missing")
        elif key in self.rows_by_key:
            problems.append(
                ("the number {number} is already on row {row}").format(
                    number=row["number"], row=self.rows_by_key[key]
                )
            )
        else:
            self.rows_by_key[key] = number
        if not row.get("title_vi"):
            problems.append("the Vietnamese title is missing")
        type_slug = row.get("document_type", "")
        if type_slug not in self.types:
            problems.append(f"unknown document type “{type_slug}”")
        body_slug = row.get("issuing_body", "")
        if body_slug and body_slug not in self.bodies:
            problems.append(f"unknown issuing body “{body_slug}”")
        field_slugs = [slug.strip() for slug in row.get("fields", "").split(";") if slug.strip()]
        problems += [(f"unknown field “{slug}”") for slug in field_slugs if slug not in self.fields]
        dates = {
            name: self._date(row, name, problems)
            for name in ("signed_date", "effective_date", "end_date")
        }
        if not row.get("signed_date"):
            problems.append("the signing date is missing")
        problems += _date_order_problems(dates)
        problems += [
            (f"{column} looks like Lao typed in a legacy non-Unicode font")
            for column in LAO_COLUMNS
            if looks_like_legacy_lao_font(row.get(column, ""))
        ]
        pdfs = self._pdfs(row, "pdf", problems)
        relations = self._relations(row, key, problems)
        document = DocumentRow(
            row=number,
            number=row.get("number", ""),
            key=key,
            values=_document_values(row, dates),
            type_slug=type_slug,
            body_slug=body_slug,
            field_slugs=field_slugs,
            pdfs=pdfs,
            relations=relations,
        )
        if row.get("issue_number") or row.get("issue_year"):
            self._issue(row, number, document, problems)
        for problem in problems:
            self.manifest.errors.append(f"Row {number}: {problem}.")
        self.manifest.documents.append(document)

    def _date(self, row: dict, name: str, problems: list[str]) -> datetime.date | None:
        value = row.get(name, "")
        if not value:
            return None
        for date_format in DATE_FORMATS:
            try:
                return datetime.datetime.strptime(value, date_format).date()
            except ValueError:
                continue
        problems.append(f"{name} “{value}” is not a date (use YYYY-MM-DD)")
        return None

    def _pdfs(self, row: dict, prefix: str, problems: list[str]) -> dict[str, Pdf]:
        pdfs = {}
        for code in ("vi", "lo"):
            column = f"{prefix}_{code}"
            if not row.get(column):
                continue
            pdf = self._pdf(self.folder / row[column])
            if isinstance(pdf, str):
                problems.append(f"{column} {row[column]}: {pdf}")
            else:
                pdfs[code] = pdf
                if code == "lo" and pdf.facts and looks_like_legacy_lao_font(pdf.facts.text[:5000]):
                    problems.append(
                        f"{column} {row[column]}: its Lao text uses a legacy non-Unicode font"
                    )
        return pdfs

    def _pdf(self, path: Path) -> Pdf | str:
        """The PDF at path, or what is wrong with it (read once, by load_pdfs)."""
        return self.pdf_cache[path]

    def load_pdfs(self, rows) -> None:
        """Reads every PDF the rows name, once; parsing runs in parallel when there are many."""
        paths = {
            self.folder / row[column] for row in rows for column in PDF_COLUMNS if row.get(column)
        }
        unread = []
        for path in sorted(paths):
            if not path.is_file():
                self.pdf_cache[path] = "the file does not exist"
                continue
            data = path.read_bytes()
            digest = fingerprint(data)
            if digest in self.known_pdfs:
                self.pdf_cache[path] = Pdf(path, data, digest, None)
            else:
                unread.append((path, data, digest))
        outcomes = _parallel_map(_facts_or_problem, [data for _path, data, _digest in unread])
        for (path, data, digest), outcome in zip(unread, outcomes, strict=True):
            is_pdf = isinstance(outcome, PdfFacts)
            self.pdf_cache[path] = Pdf(path, data, digest, outcome) if is_pdf else outcome

    def _relations(self, row: dict, own_key: str, problems: list[str]) -> list[tuple[str, str]]:
        relations = []
        for item in filter(None, (part.strip() for part in row.get("relations", "").split(";"))):
            kind, _sep, target = item.partition(":")
            kind, target_key = kind.strip(), document_number_key(target)
            if kind not in RelationKind.values or not target_key:
                problems.append(
                    ("relation “{value}” is not written as kind:number (kinds: {kinds})").format(
                        value=item, kinds=", ".join(RelationKind.values)
                    )
                )
            elif target_key == own_key:
                problems.append("a document cannot act on itself")
            else:
                relations.append((kind, target_key))
        return relations

    def _issue(self, row: dict, number: int, document: DocumentRow, problems: list[str]) -> None:
        year, issue_date = row.get("issue_year", ""), self._date(row, "issue_date", problems)
        issue_number = row.get("issue_number", "")
        if not (issue_number and year.isdigit() and issue_date):
            problems.append("an issue needs issue_number, issue_year and issue_date")
            return
        if issue_date.year != int(year):
            problems.append("issue_date is not in issue_year")
        document.pages = self._pages(row, problems)
        pdfs = self._pdfs(row, "issue_pdf", problems)
        issue_key = (int(year), issue_number)
        known = self.manifest.issues.get(issue_key)
        if known is None:
            self.manifest.issues[issue_key] = IssueRef(
                issue_number, int(year), issue_date, pdfs, number
            )
        elif known.date != issue_date or (pdfs and _prints(pdfs) != _prints(known.pdfs)):
            problems.append(
                ("issue {issue} differs from its description on row {row}").format(
                    issue=f"{issue_number}/{year}", row=known.first_row
                )
            )
        document.issue_key = issue_key

    def _pages(self, row: dict, problems: list[str]) -> tuple[int, int | None] | None:
        first, last = row.get("first_page", ""), row.get("last_page", "")
        if not first.isdigit() or int(first) < 1 or (last and not last.isdigit()):
            problems.append("first_page and last_page must be page numbers")
            return None
        if last and int(last) < int(first):
            problems.append("last_page is before first_page")
        return int(first), int(last) if last else None

    def check_relations(self) -> None:
        targets = set(self.rows_by_key)
        wanted = {key for document in self.manifest.documents for _kind, key in document.relations}
        missing = wanted - targets
        if missing:
            targets |= set(
                LegalDocumentPage.objects.filter(number_key__in=missing).values_list(
                    "number_key", flat=True
                )
            )
        for document in self.manifest.documents:
            for _kind, key in document.relations:
                if key not in targets:
                    self.manifest.errors.append(
                        f"Row {document.row}: relation to {key}, a document that is neither in "
                        "the manifest nor on the portal."
                    )


def _facts_or_problem(data: bytes) -> PdfFacts | str:
    try:
        return read_pdf(data)
    except ValidationError as error:
        return " ".join(error.messages).rstrip(".")


def _parallel_map(function, items: list) -> list:
    """map() over worker processes when it pays: pypdf is CPU-bound pure Python.

    Workers are forked (they inherit Django's setup and never touch the database); the
    parent's database connections are closed first so no socket is shared.
    """
    workers = os.cpu_count() or 1
    if len(items) < PARALLEL_FROM or workers < 2 or "fork" not in get_all_start_methods():
        return [function(item) for item in items]
    connections.close_all()
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("fork")) as pool:
        return list(pool.map(function, items, chunksize=64))


def _prints(pdfs: dict[str, Pdf]) -> dict[str, str]:
    return {code: pdf.fingerprint for code, pdf in pdfs.items()}


def _date_order_problems(dates: dict) -> list[str]:
    signed, effective, end = dates["signed_date"], dates["effective_date"], dates["end_date"]
    problems = []
    if signed and effective and effective < signed:
        problems.append("the effective date is before the signing date")
    if end and (effective or signed) and end < (effective or signed):
        problems.append("the end date is before the document takes effect")
    return problems


def _document_values(row: dict, dates: dict) -> dict:
    return {
        "number": row.get("number", ""),
        "title_vi": row.get("title_vi", ""),
        "title_lo": row.get("title_lo", ""),
        "signer_vi": row.get("signer_vi", ""),
        "signer_lo": row.get("signer_lo", ""),
        "summary_vi": row.get("summary_vi", ""),
        "summary_lo": row.get("summary_lo", ""),
        "signed_date": dates["signed_date"],
        "effective_date": dates["effective_date"],
        "end_date": dates["end_date"],
    }
