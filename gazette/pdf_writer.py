"""Small PDFs made on the spot for demo content, tests and benchmarks.

`text_pdf` writes a real PDF with a text layer, in Unicode with embedded fonts (Noto Sans for
Vietnamese; Phetsarath OT when Debian's fonts-lao is installed, else Noto Sans Lao, for Lao;
the Noto fonts are OFL, in gazette/fonts), shaped by HarfBuzz so Lao marks stack as printed.
`scanned_pdf` renders such a PDF to an image, optionally degraded like a scan (slight
rotation, blur, noise), and saves the image as a PDF: it has no text layer at all.
"""

import io
import logging
import random
from dataclasses import dataclass
from pathlib import Path

import pypdfium2
from fpdf import FPDF
from PIL import Image, ImageFilter

FONTS = Path(__file__).resolve().parent / "fonts"
LATIN_FONT = FONTS / "NotoSans-Vietnamese.ttf"
# Lao gazettes are set in Phetsarath OT (Debian's fonts-lao), which Tesseract reads best.
PHETSARATH = Path("/usr/share/fonts/truetype/lao/Phetsarath_OT.ttf")
LAO_FONT = PHETSARATH if PHETSARATH.exists() else FONTS / "NotoSansLao-Regular.ttf"
FONT_SIZE = 13  # points
SCAN_DPI = 300
# fpdf2 subsets the fonts it embeds through fontTools, which logs every step at INFO.
logging.getLogger("fontTools").setLevel(logging.WARNING)


@dataclass(frozen=True)
class ScanFlaws:
    """How far a generated scan is from a clean rendering."""

    rotation: float = 0.0  # degrees
    blur: float = 0.0  # Gaussian radius in pixels
    noise: float = 0.0  # share of pixels flipped to a random grey
    seed: int = 0


CLEAN = ScanFlaws()
SLIGHTLY_WORN = ScanFlaws(rotation=0.6, blur=0.8, noise=0.01)


def text_pdf(lines: list[str]) -> bytes:
    """An A4 PDF with a text layer: each line a paragraph, wrapped to the page's width."""
    pdf = FPDF(format="A4", unit="pt")
    pdf.set_margins(56, 56)
    pdf.set_auto_page_break(True, margin=56)
    pdf.add_font("NotoSans", fname=str(LATIN_FONT))
    pdf.add_font("NotoSansLao", fname=str(LAO_FONT))
    pdf.set_fallback_fonts(["NotoSansLao"])
    pdf.set_text_shaping(True)
    pdf.set_font("NotoSans", size=FONT_SIZE)
    pdf.add_page()
    for line in lines:
        # Long lines wrap at spaces; the page breaks by itself.
        pdf.multi_cell(w=0, h=FONT_SIZE * 1.8, text=line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def scanned_pdf(lines: list[str], flaws: ScanFlaws = CLEAN) -> bytes:
    """An image-only PDF of the lines, like a scan: readable by eye, no text to extract."""
    images = [_scanned(image, flaws) for image in render_pages(text_pdf(lines), SCAN_DPI)]
    out = io.BytesIO()
    images[0].save(out, format="PDF", resolution=SCAN_DPI, save_all=True, append_images=images[1:])
    return out.getvalue()


def render_pages(data: bytes, dpi: int) -> list[Image.Image]:
    document = pypdfium2.PdfDocument(data)
    try:
        return [page.render(scale=dpi / 72, grayscale=True).to_pil() for page in document]
    finally:
        document.close()


def _scanned(image: Image.Image, flaws: ScanFlaws) -> Image.Image:
    image = image.convert("L")
    if flaws.rotation:
        image = image.rotate(flaws.rotation, resample=Image.Resampling.BICUBIC, fillcolor=255)
    if flaws.blur:
        image = image.filter(ImageFilter.GaussianBlur(flaws.blur))
    if flaws.noise:
        rng = random.Random(flaws.seed)  # noqa: S311 - reproducible noise, not a secret
        pixels = image.load()
        assert pixels is not None  # a loaded in-memory image always has pixel access
        width, height = image.size
        for _ in range(int(width * height * flaws.noise)):
            pixels[rng.randrange(width), rng.randrange(height)] = rng.randrange(256)
    return image
