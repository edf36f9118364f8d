"""Image uploads through the admin, and the alt texts pages require."""

import io
import struct
import zlib

import pytest
import wagtail_factories
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PillowImage
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.models import Image

from news.blocks import FigureBlock
from news.factories import NewsPageFactory
from portal import roles
from tests.users import user_in


def png(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    PillowImage.new("1", (width, height)).save(buffer, "PNG")  # one bit a pixel: tiny file
    return buffer.getvalue()


def upload(client, name: str, data: bytes):
    client.force_login(user_in(roles.STAFF))
    return client.post(
        "/admin/images/add/", {"title": name, "file": SimpleUploadedFile(name, data)}
    )


@pytest.mark.django_db
def test_a_real_image_is_accepted(client):
    response = upload(client, "hoi-nghi.png", png(800, 450))
    assert response.status_code == 302
    assert Image.objects.filter(title="hoi-nghi.png").exists()


@pytest.mark.django_db
def test_a_file_that_is_not_an_image_is_refused_with_a_message(client):
    response = upload(client, "hop-dong.png", b"%PDF-1.4 this is not an image")
    assert response.status_code == 200
    assert "file" in response.context["form"].errors
    assert not Image.objects.exists()


@pytest.mark.django_db
def test_a_decompression_bomb_is_refused_with_a_message(client, settings):
    data = png(8000, 6000)  # 48 megapixels in a file of a few kilobytes
    assert len(data) < 100_000
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS < 8000 * 6000
    response = upload(client, "bom.png", data)
    assert response.status_code == 200
    (message,) = response.context["form"].errors["file"]
    assert "48000000" in message
    assert not Image.objects.exists()


@pytest.mark.django_db
def test_feature_image_needs_alt_text_in_each_language_the_page_has(news_index):
    image = wagtail_factories.ImageFactory()
    with pytest.raises(ValidationError) as missing:
        NewsPageFactory(parent=news_index, feature_image=image, feature_image_alt="Ảnh")
    assert set(missing.value.message_dict) == {"feature_image_alt_lo"}
    # A page not translated into Lao needs no Lao description.
    NewsPageFactory(
        parent=news_index, feature_image=image, feature_image_alt="Ảnh", title_lo="", slug_lo=""
    )


@pytest.mark.django_db
def test_body_images_need_alt_text():
    image = wagtail_factories.ImageFactory()
    block = FigureBlock()
    with pytest.raises(StructBlockValidationError) as missing:
        block.clean(block.to_python({"image": image.pk, "alt": "", "caption": "", "credit": ""}))
    assert set(missing.value.block_errors) == {"alt"}
    block.clean(
        block.to_python({"image": image.pk, "alt": "Hội trường", "caption": "", "credit": ""})
    )


def png_header_only(width: int, height: int) -> bytes:
    """A PNG of under a hundred bytes whose header declares width by height pixels."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data).to_bytes(4, "big")
        return len(data).to_bytes(4, "big") + kind + data + crc

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0"))
        + chunk(b"IEND", b"")
    )


@pytest.mark.django_db
def test_a_header_pillow_itself_calls_a_bomb_is_refused_with_a_message(client):
    data = png_header_only(30000, 30000)  # 900 megapixels: Pillow raises rather than warns
    assert len(data) < 100
    response = upload(client, "bom-lon.png", data)
    assert response.status_code == 200
    (message,) = response.context["form"].errors["file"]
    assert "40000000" in message
    assert not Image.objects.exists()
