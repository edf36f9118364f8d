"""Small PDFs made on the spot for demo content, tests and benchmarks.

`text_pdf` writes a real PDF with a text layer (the standard Helvetica font, so Vietnamese is
written without its accents); `scanned_pdf` renders the lines into an image and saves it as
a PDF, like a scanner does: it has no text layer at all.
"""

import io
import unicodedata

from PIL import Image, ImageDraw, ImageFont

LINES_PER_PAGE = 45


def text_pdf(lines: list[str]) -> bytes:
    pages = [lines[i : i + LINES_PER_PAGE] for i in range(0, len(lines), LINES_PER_PAGE)] or [[]]
    page_count = len(pages)
    # Objects: 1 catalog, 2 page tree, 3 font, then a page and its content stream per page.
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(page_count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {page_count} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for index, page_lines in enumerate(pages):
        stream = _content_stream(page_lines)
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * index} 0 R >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    return _assemble(objects)


def _content_stream(lines: list[str]) -> bytes:
    commands = ["BT", "/F1 11 Tf", "14 TL", "56 790 Td"]
    for line in lines:
        commands.append(f"({_pdf_string(line)}) Tj T*")
    commands.append("ET")
    return "\n".join(commands).encode("latin-1")


def _pdf_string(text: str) -> str:
    """The text in WinAnsi (Latin-1 here); other letters lose their accents (Đ -> D)."""
    text = text.replace("đ", "d").replace("Đ", "D")
    kept = "".join(
        char if ord(char) < 256 else unicodedata.normalize("NFKD", char)[0] for char in text
    )
    latin1 = kept.encode("latin-1", "ignore").decode("latin-1")
    return latin1.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _assemble(objects: list[bytes]) -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def scanned_pdf(lines: list[str], font_path: str | None = None) -> bytes:
    """A one-page image-only PDF, like a scan: readable by eye, no text to extract."""
    image = Image.new("L", (1240, 1754), color=246)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(font_path, 30) if font_path else ImageFont.load_default(size=30)
    for index, line in enumerate(lines[:40]):
        draw.text((110, 120 + index * 40), line, fill=30, font=font)
    out = io.BytesIO()
    image.save(out, format="PDF", resolution=150)
    return out.getvalue()
