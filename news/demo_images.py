"""Illustrations for the demo content, drawn with Pillow (nothing is downloaded).

Each illustration is a flat, abstract drawing: the alt texts in news/demo/site.json say so,
and no drawing is presented as a photograph of a real event.
"""

import io
from collections.abc import Callable

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.images.models import Image

SIZE = (1600, 900)
RED, GOLD, BLUE, WHITE = (172, 32, 24), (238, 190, 60), (0, 56, 147), (250, 248, 242)
GREEN, INK, SKY = (64, 140, 72), (40, 44, 52), (170, 205, 235)


def _background(top: tuple, bottom: tuple) -> PillowImage.Image:
    image = PillowImage.new("RGB", SIZE, top)
    draw = ImageDraw.Draw(image)
    width, height = SIZE
    for y in range(height):
        mix = y / height
        colour = tuple(round(a + (b - a) * mix) for a, b in zip(top, bottom, strict=True))
        draw.line([(0, y), (width, y)], fill=colour)
    return image


def _cooperation(draw: ImageDraw.ImageDraw) -> None:
    """Two overlapping rings, red and blue."""
    draw.ellipse((420, 200, 920, 700), outline=RED, width=60)
    draw.ellipse((680, 200, 1180, 700), outline=BLUE, width=60)


def _building(draw: ImageDraw.ImageDraw) -> None:
    """A public building with columns under a pediment."""
    draw.polygon([(400, 330), (800, 150), (1200, 330)], fill=GOLD)
    for x in range(440, 1160, 120):
        draw.rectangle((x, 360, x + 60, 680), fill=WHITE)
    draw.rectangle((380, 690, 1220, 740), fill=GOLD)


def _book(draw: ImageDraw.ImageDraw) -> None:
    """An open book."""
    draw.polygon([(300, 250), (790, 300), (790, 720), (300, 670)], fill=WHITE)
    draw.polygon([(810, 300), (1300, 250), (1300, 670), (810, 720)], fill=WHITE)
    for y in range(350, 650, 50):
        draw.line([(360, y), (740, y + 35)], fill=INK, width=8)
        draw.line([(860, y + 35), (1240, y)], fill=INK, width=8)


def _family(draw: ImageDraw.ImageDraw) -> None:
    """Two adults and a child, drawn as simple figures."""
    for x, top, scale in ((560, 260, 1.0), (1040, 260, 1.0), (800, 420, 0.7)):
        head = 70 * scale
        draw.ellipse((x - head, top, x + head, top + 2 * head), fill=GOLD)
        draw.rounded_rectangle(
            (x - 110 * scale, top + 2.2 * head, x + 110 * scale, 800), radius=60, fill=WHITE
        )


def _road(draw: ImageDraw.ImageDraw) -> None:
    """A road in perspective with lane markings, and a traffic light."""
    draw.polygon([(700, 300), (900, 300), (1400, 900), (200, 900)], fill=INK)
    for step in range(6):
        y = 330 + step * 95
        draw.rectangle((792 - step * 3, y, 808 + step * 3, y + 45), fill=WHITE)
    draw.rectangle((1250, 120, 1370, 460), fill=INK)
    for index, colour in enumerate((RED, GOLD, GREEN)):
        draw.ellipse((1270, 140 + index * 105, 1350, 220 + index * 105), fill=colour)


def _contract(draw: ImageDraw.ImageDraw) -> None:
    """A signed sheet of paper and a pen."""
    draw.rectangle((520, 130, 1080, 800), fill=WHITE)
    for y in range(220, 620, 60):
        draw.line([(590, y), (1010, y)], fill=INK, width=10)
    draw.line([(620, 700), (700, 660), (760, 710), (860, 650)], fill=BLUE, width=10)
    draw.line([(1000, 760), (1250, 420)], fill=GOLD, width=28)


def _phone(draw: ImageDraw.ImageDraw) -> None:
    """A phone showing a page of text in two columns of colour."""
    draw.rounded_rectangle((620, 80, 980, 820), radius=50, fill=INK)
    draw.rectangle((650, 150, 950, 740), fill=WHITE)
    draw.rectangle((650, 150, 950, 230), fill=RED)
    for y in range(270, 700, 55):
        draw.line([(680, y), (920, y)], fill=SKY, width=14)


def _feed(draw: ImageDraw.ImageDraw) -> None:
    """The usual feed symbol: a dot and two arcs."""
    draw.ellipse((560, 560, 680, 680), fill=WHITE)
    draw.arc((360, 360, 880, 880), start=270, end=360, fill=WHITE, width=70)
    draw.arc((160, 160, 1080, 1080), start=270, end=360, fill=WHITE, width=70)


MOTIFS: dict[str, tuple[Callable[[ImageDraw.ImageDraw], None], tuple, tuple]] = {
    "cooperation": (_cooperation, WHITE, SKY),
    "building": (_building, RED, (110, 20, 16)),
    "book": (_book, BLUE, (0, 30, 90)),
    "family": (_family, (214, 96, 64), RED),
    "road": (_road, SKY, GREEN),
    "contract": (_contract, GREEN, (30, 90, 40)),
    "phone": (_phone, GOLD, (200, 140, 30)),
    "feed": (_feed, (230, 110, 20), RED),
}


def drawing(motif: str) -> bytes:
    draw_motif, top, bottom = MOTIFS[motif]
    image = _background(top, bottom)
    draw_motif(ImageDraw.Draw(image))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85, optimize=True)
    return buffer.getvalue()


def demo_image(title: str, motif: str) -> Image:
    """The Wagtail image with this title, drawn and uploaded on the first run only."""
    image = Image.objects.filter(title=title).first()
    if image is None:
        upload = ImageFile(io.BytesIO(drawing(motif)), name=f"demo-{motif}.jpg")
        image = Image.objects.create(title=title, file=upload)
    return image
