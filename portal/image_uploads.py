"""The admin's image upload form, refusing every oversized image with a form error.

Wagtail checks WAGTAILIMAGES_MAX_IMAGE_PIXELS after Pillow has read the image header, but
Pillow itself raises DecompressionBombError while reading a header that declares more than
twice its own MAX_IMAGE_PIXELS (an 84-byte PNG can declare 30000 by 30000 pixels): that escaped as a
500. Wagtail fixed this upstream (wagtail/wagtail#14225); until the portal's Wagtail has it,
the upload form declares a file field that turns the exception into Wagtail's own message.
"""

from django.core.exceptions import ValidationError
from django.utils.text import capfirst
from PIL import Image as PillowImage
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm
from wagtail.images.models import Image


class BombSafeImageField(WagtailImageField):
    def check_image_pixel_size(self, f) -> None:
        try:
            super().check_image_pixel_size(f)
        except PillowImage.DecompressionBombError as error:
            raise ValidationError(
                self.error_messages["file_too_many_pixels"]
                % {
                    "num_pixels": f"> {2 * (PillowImage.MAX_IMAGE_PIXELS or 0)}",
                    "max_pixels_count": self.max_image_pixels,
                },
                code="file_too_many_pixels",
            ) from error


class PortalImageForm(BaseImageForm):
    # A declared field takes the place of the one Wagtail's formfield callback would build.
    file = BombSafeImageField(label=capfirst(Image._meta.get_field("file").verbose_name))
