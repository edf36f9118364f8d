"""import_gazette: checks every row first, imports all or nothing, and can be re-run."""

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.utils import translation

from gazette.factories import IssuingBodyFactory, LegalFieldFactory
from gazette.models import (
    DocumentRelation,
    GazetteIssueEntry,
    GazetteIssuePage,
    LegalDocumentPage,
    PdfText,
)
from gazette.pdf_writer import text_pdf

EXAMPLES = Path(settings.BASE_DIR) / "gazette" / "examples"


@pytest.fixture
def vocabularies(db):
    for slug in ("quoc-hoi", "chinh-phu"):
        IssuingBodyFactory(slug=slug)
    for slug in ("tu-phap", "dan-su"):
        LegalFieldFactory(slug=slug)


@pytest.fixture
def example(tmp_path, library, gazette_index, vocabularies) -> Path:
    shutil.copytree(EXAMPLES, tmp_path / "examples")
    return tmp_path / "examples" / "manifest.csv"


def run(manifest: Path, *args: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    call_command("import_gazette", str(manifest), *args, stdout=out, stderr=err)
    return out.getvalue()


def failing(manifest: Path) -> str:
    err = io.StringIO()
    with pytest.raises(CommandError) as error:
        call_command("import_gazette", str(manifest), stdout=io.StringIO(), stderr=err)
    return err.getvalue() + str(error.value)


def rows_of(manifest: Path) -> list[dict]:
    with manifest.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def write(manifest: Path, rows: list[dict]) -> Path:
    with manifest.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return manifest


@pytest.mark.django_db
def test_the_example_manifest_imports_documents_issue_pdfs_and_relations(client, example):
    output = run(example)
    assert "documents created: 2" in output
    law = LegalDocumentPage.objects.get(number_key="12/2025/QH15")
    decree = LegalDocumentPage.objects.get(number="15/2025/NĐ-CP")
    assert law.title_lo == "ກົດໝາຍ ວ່າດ້ວຍການໄກ່ເກ່ຍຂັ້ນບ້ານ (ສະບັບປັບປຸງ)"
    assert law.live and law.get_parent().specific_class.__name__ == "LegalDocumentLibraryPage"
    assert sorted(decree.legal_fields.values_list("slug", flat=True)) == ["dan-su", "tu-phap"]
    assert DocumentRelation.objects.filter(source=decree, kind="guides", target=law).exists()
    issue = GazetteIssuePage.objects.get(year=2025, issue_number="21")
    assert issue.title_vi == "Công báo số 21 năm 2025"
    entries = GazetteIssueEntry.objects.filter(issue=issue).order_by("sort_order")
    assert [(e.document_id, e.first_page, e.last_page) for e in entries] == [
        (law.pk, 1, 8),
        (decree.pk, 9, 14),
    ]
    assert "HOA GIAI" in PdfText.objects.get(document=law.signed_pdf_vi).text
    # Imported pages are ordinary pages: served in both languages, in the tree, searchable.
    assert client.get(law.url).status_code == 200
    assert "Công báo số 21, trang 1–8" in client.get(law.url).content.decode()
    with translation.override("lo"):
        lao_url = law.get_url()
    assert lao_url.startswith("/lo/") and client.get(lao_url).status_code == 200
    assert "HOA GIAI" in law.search_document("vi").body


@pytest.mark.django_db
def test_imported_documents_are_found_by_search(example, django_capture_on_commit_callbacks):
    from search.models import SearchEntry

    with django_capture_on_commit_callbacks(execute=True):
        run(example)
    indexed = SearchEntry.objects.filter(page__in=LegalDocumentPage.objects.all(), language="vi")
    assert indexed.count() == 2


@pytest.mark.django_db
def test_re_running_updates_and_never_duplicates(example):
    run(example)
    counts = (LegalDocumentPage.objects.count(), GazetteIssuePage.objects.count())
    output = run(example)
    assert "documents unchanged: 2" in output and "pdfs added: 0" in output
    rows = rows_of(example)
    rows[0]["title_vi"] = "Luật Hòa giải ở cơ sở"
    output = run(write(example, rows))
    assert "documents updated: 1" in output
    assert (LegalDocumentPage.objects.count(), GazetteIssuePage.objects.count()) == counts
    assert LegalDocumentPage.objects.get(number_key="12/2025/QH15").title == "Luật Hòa giải ở cơ sở"
    assert DocumentRelation.objects.count() == 1


@pytest.mark.django_db
def test_dry_run_reports_and_writes_nothing(example):
    output = run(example, "--dry-run")
    assert "would change" in output and "documents created: 2" in output
    assert not LegalDocumentPage.objects.exists()
    assert not GazetteIssuePage.objects.exists()


@pytest.mark.django_db
def test_a_json_manifest_works_too(example):
    json_manifest = example.with_suffix(".json")
    json_manifest.write_text(json.dumps(rows_of(example), ensure_ascii=False), encoding="utf-8")
    assert "documents created: 2" in run(json_manifest)


def broken(rows: list[dict], folder: Path, kind: str) -> list[dict]:
    first = rows[0]
    if kind == "bad date":
        first["signed_date"] = "31/02/2025"
    elif kind == "unknown type":
        first["document_type"] = "sac-luat"
    elif kind == "not a pdf":
        (folder / "pdfs" / "fake.pdf").write_text("<html>not a pdf</html>")
        first["pdf_vi"] = "pdfs/fake.pdf"
    elif kind == "missing pdf":
        first["pdf_vi"] = "pdfs/nowhere.pdf"
    elif kind == "duplicate number":
        rows[1]["number"] = "12/2025/qh15"
    elif kind == "effective before signing":
        first["effective_date"] = "2025-01-01"
    elif kind == "legacy lao font":
        first["title_lo"] = "¡ö©ñÅÒ¨ ÇèÒ©éÇ¡Ò¹ä¡èà¡ì"
    elif kind == "unknown relation target":
        rows[1]["relations"] = "amends:999/2099/QH99"
    elif kind == "bad pages":
        first["first_page"], first["last_page"] = "9", "3"
    return rows


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("bad date", "Row 2: signed_date “31/02/2025” is not a date"),
        ("unknown type", "Row 2: unknown document type “sac-luat”"),
        ("not a pdf", "Row 2: pdf_vi pdfs/fake.pdf: This file is not a PDF"),
        ("missing pdf", "Row 2: pdf_vi pdfs/nowhere.pdf: the file does not exist"),
        ("duplicate number", "Row 3: the number 12/2025/qh15 is already on row 2"),
        (
            "effective before signing",
            "Row 2: effective_date: This date cannot be before the signing date",
        ),
        ("legacy lao font", "Row 2: title_lo looks like Lao typed in a legacy non-Unicode font"),
        ("unknown relation target", "Row 3: relation to 999/2099/QH99"),
        ("bad pages", "Row 2: last_page is before first_page"),
    ],
)
def test_a_bad_row_is_reported_and_nothing_is_imported(example, kind, message):
    write(example, broken(rows_of(example), example.parent, kind))
    report = failing(example)
    assert message in report
    assert "nothing was imported" in report
    assert not LegalDocumentPage.objects.exists()
    assert not GazetteIssuePage.objects.exists()


@pytest.mark.django_db
def test_every_problem_is_reported_at_once(example):
    rows = rows_of(example)
    rows[0]["signed_date"] = "soon"
    rows[0]["document_type"] = "nope"
    rows[1]["title_vi"] = ""
    report = failing(write(example, rows))
    assert "Row 2: signed_date “soon” is not a date" in report
    assert "Row 2: unknown document type “nope”" in report
    assert "Row 3: the Vietnamese title is missing" in report
    assert "3 problem(s)" in report


@pytest.mark.django_db
def test_missing_columns_are_named(example):
    rows = [{k: v for k, v in row.items() if k != "signed_date"} for row in rows_of(example)]
    assert "lacks the columns: signed_date" in failing(write(example, rows))


@pytest.mark.django_db
def test_a_failure_while_writing_rolls_everything_back(example, monkeypatch):
    from gazette import importer

    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(importer._Importer, "import_issues", explode)
    with pytest.raises(RuntimeError):
        run(example)
    assert not LegalDocumentPage.objects.exists()
    assert not PdfText.objects.exists()


@pytest.mark.django_db
def test_a_lao_pdf_in_a_legacy_font_is_reported(example):
    pdf = example.parent / "pdfs" / "legacy.pdf"
    pdf.write_bytes(text_pdf(["¡ö©ñÅÒ¨ ÇèÒ©éÇ¡Ò¹ä¡èà¡ì ¡ö©ñÅÒ¨ ÇèÒ©éÇ¡Ò¹ä¡èà¡ì" * 3]))
    rows = rows_of(example)
    rows[0]["pdf_lo"] = "pdfs/legacy.pdf"
    assert "its Lao text uses a legacy non-Unicode font" in failing(write(example, rows))
