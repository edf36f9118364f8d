"""Reading uploaded PDFs: is it really a PDF, what text does it carry, is it only a scan."""

import hashlib
import io
import logging
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


@dataclass(frozen=True)
class PdfFacts:
    text: str
    page_count: int

    @property
    def has_text_layer(self) -> bool:
        characters = sum(char.isalnum() for char in self.text)
        return characters >= MIN_CHARACTERS_PER_PAGE * max(self.page_count, 1)


def read_pdf(data: bytes) -> PdfFacts:
    """The text and page count of a PDF; ValidationError when the bytes are not a PDF."""
    if not data.lstrip()[:1024].startswith(PDF_MAGIC):
        raise ValidationError(_("This file is not a PDF."))
    try:
        reader = PdfReader(io.BytesIO(data))
        pages = reader.pages
        text = _extract_text(pages)
        return PdfFacts(text=text, page_count=len(pages))
    except (PyPdfError, ValueError, KeyError, TypeError) as error:
        raise ValidationError(
            _("This PDF is damaged and cannot be read: %(error)s"), params={"error": error}
        ) from error


def _extract_text(pages) -> str:
    parts, length = [], 0
    for page in pages:
        part = page.extract_text() or ""
        parts.append(part)
        length += len(part)
        if length >= MAX_TEXT_CHARACTERS:
            break
    return "\n".join(parts)[:MAX_TEXT_CHARACTERS]


def fingerprint(data: bytes) -> str:
    return hashlib.sha1(data, usedforsecurity=False).hexdigest()


def read_file_field(file) -> bytes:
    """The whole content of a stored file (a Wagtail document's `file`)."""
    file.open("rb")
    try:
        return file.read()
    finally:
        file.close()
