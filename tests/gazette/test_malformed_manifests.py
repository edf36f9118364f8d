"""Malformed manifests, CSV and JSON: each ends in a clear, row-numbered error, never a
traceback, and nothing is written. PDF paths stay inside the manifest's folder."""

import csv
import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from gazette.manifest import MAX_MANIFEST_BYTES
from gazette.models import GazetteIssuePage, LegalDocumentPage
from gazette.pdf_writer import text_pdf
from tests.gazette.test_import import example, rows_of, vocabularies  # noqa: F401 - fixtures


def csv_text(rows: list[dict], header: list[str] | None = None) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    header = header or list(rows[0])
    writer.writerow(header)
    for row in rows:
        writer.writerow([row.get(name, "") for name in header])
    return out.getvalue()


def as_csv(manifest: Path, text: str, encoding: str = "utf-8") -> Path:
    manifest.write_bytes(text.encode(encoding))
    return manifest


def as_json(manifest: Path, text: str) -> Path:
    json_manifest = manifest.with_suffix(".json")
    json_manifest.write_text(text, encoding="utf-8")
    return json_manifest


def as_bytes(manifest: Path, suffix: str, data: bytes) -> Path:
    other = manifest.with_suffix(suffix)
    other.write_bytes(data)
    return other


def json_text(rows: list[dict]) -> str:
    return json.dumps(rows, ensure_ascii=False)


def changed(rows: list[dict], **values) -> list[dict]:
    rows[0].update(values)
    return rows


def outside_pdf(manifest: Path) -> Path:
    secret = manifest.parent.parent / "secret.pdf"
    secret.write_bytes(text_pdf(["Bí mật"]))
    return secret


def symlink_out(manifest: Path, rows: list[dict]) -> Path:
    (manifest.parent / "pdfs" / "link.pdf").symlink_to(outside_pdf(manifest))
    return as_csv(manifest, csv_text(changed(rows, pdf_vi="pdfs/link.pdf")))


def huge(manifest: Path) -> Path:
    with manifest.open("r+b") as handle:
        handle.truncate(MAX_MANIFEST_BYTES + 1)  # sparse: no disk is used
    return manifest


def deeply_nested(manifest: Path) -> Path:
    return as_json(manifest, "[" * 100_000 + "]" * 100_000)


# name -> (how the manifest is broken, what the error says)
CASES = {
    "empty csv": (lambda m, r: as_csv(m, ""), "no rows"),
    "header only": (lambda m, r: as_csv(m, csv_text(r).splitlines()[0] + "\n"), "no rows"),
    "latin-1 csv": (
        lambda m, r: as_bytes(m, ".csv", csv_text(r).encode("latin-1", "replace")),
        "not UTF-8",
    ),
    "utf-16 csv": (lambda m, r: as_csv(m, csv_text(r), "utf-16"), "not UTF-8"),
    "nul byte in csv": (lambda m, r: as_csv(m, csv_text(r).replace("law", "l\0aw")), "Row 2"),
    "duplicate column": (
        lambda m, r: as_csv(m, csv_text(r, [*r[0], "number"])),
        "Row 1: the columns number appear twice",
    ),
    "missing column": (
        lambda m, r: as_csv(m, csv_text(r, [c for c in r[0] if c != "title_vi"])),
        "lacks the columns: title_vi",
    ),
    "extra cells": (
        lambda m, r: as_csv(m, csv_text(r).replace("\r\n15/2025", ",x,y\r\n15/2025")),
        "Row 2: the row has more cells than the header",
    ),
    "huge cell": (lambda m, r: as_csv(m, csv_text(changed(r, summary_vi="a" * 200_000))), "Row"),
    "huge file": (lambda m, r: huge(m), "larger than 20 MB"),
    "title too long": (
        lambda m, r: as_csv(m, csv_text(changed(r, title_vi="Luật " * 100))),
        "Row 2: title_vi: Ensure this value has at most 255 characters",
    ),
    "number too long": (
        lambda m, r: as_csv(m, csv_text(changed(r, number="9" * 81))),
        "Row 2: number: Ensure this value has at most 80 characters",
    ),
    "superscript page": (
        lambda m, r: as_csv(m, csv_text(changed(r, first_page="²"))),
        "Row 2: first_page and last_page must be page numbers",
    ),
    "superscript year": (
        lambda m, r: as_csv(m, csv_text(changed(r, issue_year="²⁰²⁵"))),
        "Row 2: an issue needs issue_number, issue_year and issue_date",
    ),
    "lao digits year": (
        lambda m, r: as_csv(m, csv_text(changed(r, issue_year="໒໐໒໕"))),
        "Row 2: an issue needs issue_number, issue_year and issue_date",
    ),
    "issue number too long": (
        lambda m, r: as_csv(m, csv_text(changed(r, issue_number="1" * 41))),
        "Row 2: issue_number is longer than 40 characters",
    ),
    "end before signing, no effective date": (
        lambda m, r: as_csv(m, csv_text(changed(r, effective_date="", end_date="2025-01-01"))),
        "Row 2: end_date: This date cannot be before the signing date",
    ),
    "absolute pdf path": (
        lambda m, r: as_csv(m, csv_text(changed(r, pdf_vi=str(outside_pdf(m))))),
        "Row 2: pdf_vi",
    ),
    "pdf path with ..": (
        lambda m, r: as_csv(m, csv_text(changed(r, pdf_vi=f"../{outside_pdf(m).name}"))),
        "without “..”",
    ),
    "symlink out of the folder": (symlink_out, "leads outside the manifest's folder"),
    "pdf path too long": (
        lambda m, r: as_csv(m, csv_text(changed(r, pdf_vi="a" * 5000 + ".pdf"))),
        "Row 2: pdf_vi",
    ),
    "pdf path is a folder": (
        lambda m, r: as_csv(m, csv_text(changed(r, pdf_vi="pdfs"))),
        "Row 2: pdf_vi pdfs: the file does not exist",
    ),
    "json nan": (lambda m, r: as_json(m, json.dumps(r).replace('"1"', "NaN")), "NaN"),
    "json infinity": (
        lambda m, r: as_json(m, json.dumps(r).replace('"8"', "Infinity")),
        "Infinity",
    ),
    "json huge number": (
        lambda m, r: as_json(m, json.dumps(r).replace('"8"', "1e400")),
        "Row 1: last_page must be text or a whole number",
    ),
    "json object value": (
        lambda m, r: as_json(m, json.dumps(changed(r, title_vi={"vi": "Luật"}))),
        "Row 1: title_vi must be text or a whole number",
    ),
    "json list value": (
        lambda m, r: as_json(m, json.dumps(changed(r, fields=["tu-phap"]))),
        "Row 1: fields must be text or a whole number",
    ),
    "json boolean": (
        lambda m, r: as_json(m, json.dumps(changed(r, first_page=True))),
        "Row 1: first_page must be text or a whole number",
    ),
    "json fraction": (
        lambda m, r: as_json(m, json.dumps(changed(r, first_page=1.5))),
        "Row 1: first_page must be text or a whole number",
    ),
    "json lone surrogate": (
        lambda m, r: as_json(m, json_text(r).replace("Luật", "\\ud800", 1)),
        "Row 1: title_vi contains characters that are not valid Unicode",
    ),
    "json nul in text": (
        lambda m, r: as_json(m, json_text(r).replace("Luật", "Lu\\u0000t", 1)),
        "Row 1: title_vi: Null characters are not allowed",
    ),
    "json duplicate key": (
        lambda m, r: as_json(m, json.dumps(r).replace('{"number"', '{"number": "x", "number"', 1)),
        "names number twice",
    ),
    "json not a list": (lambda m, r: as_json(m, '"hello"'), "must be a list of objects"),
    "json list of lists": (lambda m, r: as_json(m, "[[1, 2]]"), "must be a list of objects"),
    "json empty list": (lambda m, r: as_json(m, "[]"), "no rows"),
    "json truncated": (lambda m, r: as_json(m, json.dumps(r)[:-20]), "cannot be read"),
    "json nested deeply": (lambda m, r: deeply_nested(m), "nested too deeply"),
    "json latin-1": (
        lambda m, r: as_bytes(m, ".json", json_text(r).encode("latin-1", "replace")),
        "not UTF-8",
    ),
    "not a manifest": (lambda m, r: as_bytes(m, ".txt", b"number"), ".csv or .json"),
}


@pytest.mark.django_db
@pytest.mark.parametrize("case", sorted(CASES))
def test_a_malformed_manifest_ends_in_a_clear_error(example, case):  # noqa: F811
    breaks, expected = CASES[case]
    manifest = breaks(example, rows_of(example))
    err = io.StringIO()
    with pytest.raises(CommandError) as error:
        call_command("import_gazette", str(manifest), stdout=io.StringIO(), stderr=err)
    report = err.getvalue() + str(error.value)
    assert expected in report
    assert not LegalDocumentPage.objects.exists()
    assert not GazetteIssuePage.objects.exists()


def test_the_corpus_is_large_enough():
    assert len(CASES) >= 27


@pytest.mark.django_db
def test_a_byte_order_mark_is_no_problem(example):  # noqa: F811
    rows = rows_of(example)
    for manifest in (example, example.with_suffix(".json")):
        text = csv_text(rows) if manifest.suffix == ".csv" else json.dumps(rows)
        manifest.write_bytes("\ufeff".encode() + text.encode())
        call_command("import_gazette", str(manifest), "--dry-run", stdout=io.StringIO())
