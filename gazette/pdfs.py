"""Reading uploaded PDFs: is it really a PDF, what text does it carry, is it only a scan.

Two speeds. `inspect_pdf` runs while an editor waits (a page's clean(), the import check): it
opens the file and reads its first pages only. `read_pdf` reads the whole text layer, bounded
in size, pages and time, and runs in the background (gazette/pdf_reading.py): a 58 KB PDF of
400 pages that draw one heavy content stream each takes pypdf 50 s of CPU.
"""

import hashlib
import io
import logging
import time
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from pypdf import PdfReader
from pypdf.errors import PyPdfError

logger = logging.getLogger(__name__)

PDF_MAGIC = b"%PDF-"
# Below this many letters or digits per page, a PDF is treated as a scan without a text layer
# (page numbers and a stamp survive OCR-less scans sometimes).
MIN_CHARACTERS_PER_PAGE = 20
# Enough for a several-hundred-page gazette; the rest is not worth indexing.
MAX_TEXT_CHARACTERS = 2_000_000
# The bounds of reading a text layer: larger files are refused, longer ones read in part.
MAX_PDF_BYTES = 200 * 1024 * 1024
MAX_TEXT_PAGES = 2000
TEXT_SECONDS = 15.0
# What inspect_pdf reads while the editor waits: enough to spot a legacy Lao font.
SAMPLE_PAGES = 2
SAMPLE_SECONDS = 2.0

READ_ERRORS = (PyPdfError, ValueError, KeyError, TypeError, AttributeError, RecursionError)


@dataclass(frozen=True)
class PdfFacts:
    text: str
    page_count: int
    pages_read: int = -1  # -1: every page was read

    @property
    def has_text_layer(self) -> bool:
        characters = sum(char.isalnum() for char in self.text)
        pages = self.page_count if self.pages_read < 0 else self.pages_read
        return characters >= MIN_CHARACTERS_PER_PAGE * max(pages, 1)

    @property
    def complete(self) -> bool:
        return self.pages_read < 0


def inspect_pdf(data: bytes) -> PdfFacts:
    """Page count and the text of the first pages; ValidationError when it is no usable PDF."""
    reader = _reader(data)
    return _read(reader, max_pages=SAMPLE_PAGES, seconds=SAMPLE_SECONDS)


def read_pdf(
    data: bytes, *, max_pages: int = MAX_TEXT_PAGES, seconds: float = TEXT_SECONDS
) -> PdfFacts:
    """The text layer and page count, reading at most `max_pages` pages for `seconds`."""
    return _read(_reader(data), max_pages=max_pages, seconds=seconds)


def _reader(data: bytes) -> PdfReader:
    if not data.lstrip()[:1024].startswith(PDF_MAGIC):
        raise ValidationError(_("This file is not a PDF."), code="not_pdf")
    if len(data) > MAX_PDF_BYTES:
        raise ValidationError(
            _("This PDF is larger than %(size)s MB."),
            params={"size": MAX_PDF_BYTES >> 20},
            code="too_large",
        )
    try:
        reader = PdfReader(io.BytesIO(data))
        # A PDF locked only against editing opens with the empty password; others cannot.
        if reader.is_encrypted and not reader.decrypt(""):
            raise ValidationError(_("This PDF is protected by a password."), code="encrypted")
        if len(reader.pages) == 0:
            raise ValidationError(_("This PDF has no pages."), code="no_pages")
    except READ_ERRORS as error:
        raise _damaged(error) from error
    return reader


def _read(reader: PdfReader, *, max_pages: int, seconds: float) -> PdfFacts:
    deadline = time.monotonic() + seconds
    parts, length = [], 0
    try:
        pages = reader.pages
        page_count = len(pages)
        for index, page in enumerate(pages):
            if index >= max_pages or time.monotonic() > deadline:
                return PdfFacts(_joined(parts), page_count, pages_read=index)
            part = page.extract_text() or ""
            parts.append(part)
            length += len(part)
            if length >= MAX_TEXT_CHARACTERS:
                return PdfFacts(_joined(parts), page_count, pages_read=index + 1)
    except READ_ERRORS as error:
        raise _damaged(error) from error
    return PdfFacts(_joined(parts), page_count)


def _joined(parts: list[str]) -> str:
    return "\n".join(parts)[:MAX_TEXT_CHARACTERS]


def _damaged(error: Exception) -> ValidationError:
    return ValidationError(
        _("This PDF is damaged and cannot be read: %(error)s"),
        params={"error": error},
        code="damaged",
    )


def fingerprint(data: bytes) -> str:
    return hashlib.sha1(data, usedforsecurity=False).hexdigest()


def read_file_field(file) -> bytes:
    """The whole content of a stored file (a Wagtail document's `file`)."""
    file.open("rb")
    try:
        return file.read()
    finally:
        file.close()
