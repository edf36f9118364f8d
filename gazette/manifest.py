"""Reading and checking an import manifest (CSV or JSON) before anything is written.

Messages are in English: the command is an operator's tool, like manage.py itself.

Every row is checked and every problem is collected with its row number, so an editor
fixes the whole file at once. Rows are numbered as a spreadsheet shows them (the header is
row 1) for CSV, and from 1 for the entries of a JSON list.
"""

import csv
import datetime
import json
import math
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_all_start_methods, get_context
from pathlib import Path

from django import forms
from django.core.exceptions import ValidationError
from django.db import connections
from django.db.models import F

from gazette.models import (
    DocumentType,
    GazetteIssuePage,
    IssuingBody,
    LegalDocumentPage,
    LegalField,
    PdfText,
)
from gazette.models.documents import date_order_errors
from gazette.pdfs import PdfFacts, fingerprint, inspect_pdf
from gazette.status import RelationKind
from portal import query_values
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
# Checked with the document model's own form fields (length, NUL characters).
TEXT_COLUMNS = (
    "number",
    "title_vi",
    "title_lo",
    "signer_vi",
    "signer_lo",
    "summary_vi",
    "summary_lo",
)
MAX_PAGE = 100_000
ISSUE_NUMBER_LENGTH = GazetteIssuePage._meta.get_field("issue_number").max_length
MAX_MANIFEST_BYTES = 20 * 1024 * 1024  # some 50,000 rows; a bigger file is split, not read
PARALLEL_FROM = 200  # PDFs; below this, starting worker processes costs more than it saves
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y")


@dataclass(frozen=True)
class Pdf:
    path: Path
    data: bytes
    fingerprint: str
    facts: PdfFacts | None  # None for a PDF the portal already holds and has read

    def read_facts(self) -> PdfFacts:
        """The facts of a PDF new to the portal, which checking the manifest always reads."""
        if self.facts is None:
            raise ValueError(f"{self.path} is already held: its facts were not read again")
        return self.facts


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


@dataclass
class ManifestRow:
    number: int  # as a spreadsheet shows it (CSV), or from 1 (JSON)
    values: dict[str, str]
    problems: list[str]  # found while reading: cells the header lacks, values that are not text


def read_manifest(path: Path) -> tuple[list[ManifestRow], list[str]]:
    """The rows and the columns present."""
    if not path.is_file():
        raise ManifestError(f"No manifest at {path}.")
    if path.stat().st_size > MAX_MANIFEST_BYTES:
        raise ManifestError(
            f"The manifest is larger than {MAX_MANIFEST_BYTES // (1024 * 1024)} MB: split it."
        )
    if path.suffix.lower() == ".json":
        rows, columns = _read_json(path)
    elif path.suffix.lower() == ".csv":
        rows, columns = _read_csv(path)
    else:
        raise ManifestError("The manifest must be a .csv or .json file.")
    if not rows:
        raise ManifestError("The manifest has no rows.")
    return rows, columns


def _read_csv(path: Path) -> tuple[list[ManifestRow], list[str]]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            columns = [name.strip() for name in reader.fieldnames or []]
            repeated = sorted({name for name in columns if name and columns.count(name) > 1})
            if repeated:
                raise ManifestError(f"Row 1: the columns {', '.join(repeated)} appear twice.")
            rows = [_csv_row(number, row) for number, row in enumerate(reader, start=2)]
            return rows, columns
    except UnicodeDecodeError as error:
        raise ManifestError(f"The CSV file is not UTF-8 text: {error}") from error
    except csv.Error as error:
        raise ManifestError(f"Row {reader.line_num}: the CSV cannot be read: {error}") from error


def _csv_row(number: int, row: dict) -> ManifestRow:
    # DictReader files cells beyond the header under the key None.
    problems = ["the row has more cells than the header has columns"] if None in row else []
    values = {key: value for key, value in row.items() if key is not None}
    return ManifestRow(number, _texts(values, problems), problems)


def _read_json(path: Path) -> tuple[list[ManifestRow], list[str]]:
    try:
        data = json.loads(
            path.read_bytes().decode("utf-8-sig"),
            parse_constant=_refuse_constant,
            object_pairs_hook=_object_without_repeated_keys,
        )
    except UnicodeDecodeError as error:
        raise ManifestError(f"The JSON file is not UTF-8 text: {error}") from error
    except json.JSONDecodeError as error:
        raise ManifestError(f"The JSON file cannot be read: {error}") from error
    except RecursionError as error:
        raise ManifestError("The JSON file is nested too deeply to be a manifest.") from error
    entries = data.get("documents") if isinstance(data, dict) else data
    if not isinstance(entries, list) or not all(isinstance(entry, dict) for entry in entries):
        raise ManifestError("The JSON manifest must be a list of objects, one per document.")
    columns = sorted({key.strip() for entry in entries for key in entry})
    rows = []
    for number, entry in enumerate(entries, start=1):
        problems: list[str] = []
        rows.append(ManifestRow(number, _texts(entry, problems), problems))
    return rows, columns


def _refuse_constant(name: str):
    raise ManifestError(f"The JSON file contains {name}, which is not a value a manifest can hold.")


def _object_without_repeated_keys(pairs: list[tuple[str, object]]) -> dict:
    keys = [key for key, _value in pairs]
    repeated = sorted({key for key in keys if keys.count(key) > 1})
    if repeated:
        raise ManifestError(f"A JSON object names {', '.join(repeated)} twice.")
    return dict(pairs)


def _texts(row: dict, problems: list[str]) -> dict[str, str]:
    """Every cell as stripped text; a value that is not text, a whole number or empty (a
    list, an object, true/false, a fraction) and text that cannot be stored are problems."""
    values = {}
    for key, value in row.items():
        name = str(key).strip()
        if not name:
            continue
        text = _text(value)
        if text is None:
            problems.append(f"{name} must be text or a whole number")
            text = ""
        elif not _storable(text):
            problems.append(f"{name} contains characters that are not valid Unicode text")
            text = ""
        values[name] = text
    return values


def _text(value: object) -> str | None:
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return str(int(value))
    return None


def _storable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate such as "\ud800" from JSON
        return False
    return True


class DocumentRowForm(forms.Form):
    """A row's text cells checked by the document model's own form fields, as Laws.Africa
    Indigo's bulk creator binds each spreadsheet row to a form: what the edit form refuses
    (too long, NUL characters) the import refuses, with the same messages."""

    def __init__(self, values: dict[str, str]) -> None:
        super().__init__(values)
        for name in TEXT_COLUMNS:
            self.fields[name] = LegalDocumentPage._meta.get_field(name).formfield(required=False)

    def problems(self) -> list[str]:
        return [
            f"{name}: {message}" for name, messages in self.errors.items() for message in messages
        ]


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
    checker.load_pdfs(row.values for row in rows)
    for row in rows:
        checker.check(row.number, row.values, row.problems)
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
        self.pdf_cache: dict[str, Pdf | str] = {}
        # PDFs stored and read before need no second reading (re-runs stay fast).
        self.known_pdfs = set(
            PdfText.objects.filter(document__file_hash=F("fingerprint")).values_list(
                "fingerprint", flat=True
            )
        )

    def check(self, number: int, row: dict, problems: list[str]) -> None:
        problems += DocumentRowForm(row).problems()
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
        problems += [
            f"{name}: {message}"
            for name, message in date_order_errors(
                dates["signed_date"], dates["effective_date"], dates["end_date"]
            ).items()
        ]
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
            pdf = self._pdf(row[column])
            if isinstance(pdf, str):
                problems.append(f"{column} {row[column]}: {pdf}")
            else:
                pdfs[code] = pdf
                if code == "lo" and pdf.facts and looks_like_legacy_lao_font(pdf.facts.text[:5000]):
                    problems.append(
                        f"{column} {row[column]}: its Lao text uses a legacy non-Unicode font"
                    )
        return pdfs

    def _pdf(self, name: str) -> Pdf | str:
        """The PDF a row names, or what is wrong with it (read once, by load_pdfs)."""
        return self.pdf_cache[name]

    def load_pdfs(self, rows) -> None:
        """Reads every PDF the rows name, once; parsing runs in parallel when there are many."""
        names = {row[column] for row in rows for column in PDF_COLUMNS if row.get(column)}
        unread = []
        for name in sorted(names):
            path = pdf_path(self.folder, name)
            if isinstance(path, str):
                self.pdf_cache[name] = path
                continue
            data = path.read_bytes()
            digest = fingerprint(data)
            if digest in self.known_pdfs:
                self.pdf_cache[name] = Pdf(path, data, digest, None)
            else:
                unread.append((name, path, data, digest))
        outcomes = _parallel_map(_facts_or_problem, [data for *_, data, _digest in unread])
        for (name, path, data, digest), outcome in zip(unread, outcomes, strict=True):
            is_pdf = isinstance(outcome, PdfFacts)
            self.pdf_cache[name] = Pdf(path, data, digest, outcome) if is_pdf else outcome

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
        year = query_values.year(row.get("issue_year"))
        issue_date = self._date(row, "issue_date", problems)
        issue_number = row.get("issue_number", "")
        if not (issue_number and year and issue_date):
            problems.append("an issue needs issue_number, issue_year and issue_date")
            return
        if len(issue_number) > ISSUE_NUMBER_LENGTH:
            problems.append(f"issue_number is longer than {ISSUE_NUMBER_LENGTH} characters")
        if issue_date.year != year:
            problems.append("issue_date is not in issue_year")
        document.pages = self._pages(row, problems)
        pdfs = self._pdfs(row, "issue_pdf", problems)
        issue_key = (year, issue_number)
        known = self.manifest.issues.get(issue_key)
        if known is None:
            self.manifest.issues[issue_key] = IssueRef(issue_number, year, issue_date, pdfs, number)
        elif known.date != issue_date or (pdfs and _prints(pdfs) != _prints(known.pdfs)):
            problems.append(
                ("issue {issue} differs from its description on row {row}").format(
                    issue=f"{issue_number}/{year}", row=known.first_row
                )
            )
        document.issue_key = issue_key

    def _pages(self, row: dict, problems: list[str]) -> tuple[int, int | None] | None:
        first = query_values.whole_number(row.get("first_page"), 1, MAX_PAGE)
        last = query_values.whole_number(row.get("last_page"), 1, MAX_PAGE)
        if first is None or (row.get("last_page") and last is None):
            problems.append("first_page and last_page must be page numbers")
            return None
        if last and last < first:
            problems.append("last_page is before first_page")
        return first, last

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
    # The first pages only: the whole text is read in the background after the import.
    try:
        return inspect_pdf(data)
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


def pdf_path(folder: Path, name: str) -> Path | str:
    """The file a manifest names, or why it cannot be used. Paths are relative to the
    manifest's folder and must stay inside it, symbolic links resolved: a manifest must not
    import whatever PDF the server can read (/etc/..., ../other-ministry/...)."""
    relative = Path(name)
    if "\x00" in name or relative.is_absolute() or ".." in relative.parts:
        return "the path must be relative to the manifest's folder, without “..”"
    try:
        path = (folder / relative).resolve()
        inside = path.is_relative_to(folder.resolve())
        exists = path.is_file()
    except (OSError, ValueError, RuntimeError):  # too long, a loop of links
        return "the path cannot be read"
    if not inside:
        return "the path leads outside the manifest's folder"
    if not exists:
        return "the file does not exist"
    return path


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
