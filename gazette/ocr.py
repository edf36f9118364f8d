"""Optical character recognition of scanned PDF pages: pdfium renders, Tesseract reads.

Each page is rendered at 300 DPI in grey, cleared of speckle (a median filter) and read once
by Tesseract as one block of text (`--psm 6`, how a legal text is laid out), which returns
both its words with their confidence (TSV) and a text-only PDF page: laid over the scanned
page, it makes the searchable PDF (see `searchable_pdf`).
"""

import csv
import io
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pypdfium2
import pytesseract
from PIL import Image, ImageFilter
from pypdf import PdfReader, PdfWriter

from portal.text.ocr import tidy

DPI = 300
TESSERACT_LANGUAGES = {"vi": "vie", "lo": "lao"}
# Tesseract is stopped on a page after this long (a page of noise takes it half a minute).
PAGE_SECONDS = 120
# Below this mean word confidence (0-100) a page's text is noise, not words.
MIN_CONFIDENCE = 20.0


class OcrError(Exception):
    """The scan cannot be recognised (no pages, locked, damaged, Tesseract missing)."""


@dataclass(frozen=True)
class PageText:
    number: int  # from 1
    text: str  # tidied
    confidence: float | None  # mean word confidence 0-100; None when no word was found
    text_layer: bytes  # a one-page text-only PDF, the size of the scanned page

    @property
    def readable(self) -> bool:
        return bool(self.text) and (self.confidence or 0) >= MIN_CONFIDENCE


def page_count(data: bytes) -> int:
    with _opened(data) as document:
        return len(document)


def recognise_pages(data: bytes, language: str, first: int, last: int) -> Iterator[PageText]:
    """Pages first to last (from 1, inclusive), one at a time, so the caller can stop."""
    with _opened(data) as document:
        for number in range(first, min(last, len(document)) + 1):
            image = _rendered(document[number - 1])
            yield recognise_image(image, language, number)


def recognise_image(image: Image.Image, language: str, number: int = 1) -> PageText:
    """The page's text; a page Tesseract cannot finish in PAGE_SECONDS has none."""
    try:
        tsv, layer = _tesseract(image, TESSERACT_LANGUAGES[language])
    except RuntimeError:  # pytesseract's timeout: noise, or a picture, not a page of text
        return PageText(number, "", None, b"")
    except (pytesseract.TesseractNotFoundError, pytesseract.TesseractError, OSError) as error:
        raise OcrError(str(error)) from error
    text, confidence = _text_and_confidence(tsv)
    return PageText(number, tidy(text, language), confidence, layer)


def _tesseract(image: Image.Image, lang: str) -> tuple[str, bytes]:
    """One Tesseract run, two outputs: words as TSV and a text-only PDF page (no image)."""
    with tempfile.TemporaryDirectory(prefix="portal-ocr-") as folder:
        source, base = Path(folder) / "page.png", Path(folder) / "page"
        image.save(source, dpi=(DPI, DPI))
        pytesseract.pytesseract.run_tesseract(
            str(source),
            str(base),
            extension="pdf",
            lang=lang,
            config=f"--dpi {DPI} --psm 6 -c tessedit_create_tsv=1 -c textonly_pdf=1",
            timeout=PAGE_SECONDS,
        )
        return base.with_suffix(".tsv").read_text("utf-8"), base.with_suffix(".pdf").read_bytes()


def _text_and_confidence(tsv: str) -> tuple[str, float | None]:
    """Lines of words as Tesseract grouped them, and the mean confidence per character."""
    lines: dict[tuple, list[str]] = {}
    weighted, characters = 0.0, 0
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        word = (row.get("text") or "").strip()
        confidence = float(row.get("conf") or -1)
        if not word or confidence < 0:
            continue
        key = (int(row["block_num"]), int(row["par_num"]), int(row["line_num"]))
        lines.setdefault(key, []).append(word)
        weighted += confidence * len(word)
        characters += len(word)
    text = "\n".join(" ".join(words) for words in lines.values())
    return text, (weighted / characters if characters else None)


def _rendered(page) -> Image.Image:
    bitmap = page.render(scale=DPI / 72, grayscale=True)
    return bitmap.to_pil().convert("L").filter(ImageFilter.MedianFilter(3))


class _opened:
    """A pdfium document, closed afterwards; OcrError when pdfium cannot open it."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def __enter__(self) -> pypdfium2.PdfDocument:
        try:
            self.document = pypdfium2.PdfDocument(self.data)
        except pypdfium2.PdfiumError as error:
            raise OcrError(str(error)) from error
        return self.document

    def __exit__(self, *exc) -> None:
        self.document.close()


def searchable_pdf(data: bytes, layers: list[bytes]) -> bytes:
    """The scanned PDF with each page's recognised text laid invisibly over it."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    for page, layer in zip(writer.pages, layers, strict=False):
        if layer:
            text_page = PdfReader(io.BytesIO(layer)).pages[0]
            _scale_to(text_page, page)
            page.merge_page(text_page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _scale_to(text_page, page) -> None:
    # The text page is the rendered image's size at DPI: the scanned page's own, give or take
    # rounding to whole pixels.
    sx = float(page.mediabox.width) / float(text_page.mediabox.width)
    sy = float(page.mediabox.height) / float(text_page.mediabox.height)
    if abs(sx - 1) > 0.001 or abs(sy - 1) > 0.001:
        text_page.scale(sx, sy)
