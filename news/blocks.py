"""StreamField blocks of news items and explainers.

Body text is translated per language (body_vi, body_lo), so each language's stream carries its
own images with alt text, captions and credits in that language: an alt text is required on
every image block, which makes it required in both languages.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

PARAGRAPH_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class FigureBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    alt = blocks.CharBlock(
        label=_("alt text"),
        max_length=250,
        help_text=_(
            "What the image shows, for readers who cannot see it, in the language of this text."
        ),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=250)
    credit = blocks.CharBlock(label=_("credit"), required=False, max_length=120)

    class Meta:
        icon = "image"
        label = _("image")
        template = "news/blocks/figure.html"


class GalleryBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), required=False, max_length=120)
    images = blocks.ListBlock(FigureBlock(), min_num=2, label=_("images"))

    class Meta:
        icon = "image"
        label = _("gallery")
        template = "news/blocks/gallery.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quotation"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False, max_length=150)

    class Meta:
        icon = "openquote"
        label = _("quote")
        template = "news/blocks/quote.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(
        label=_("title"),
        required=False,
        max_length=200,
        help_text=_("Leave empty to use the document's own title."),
    )
    description = blocks.TextBlock(label=_("description"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("document")
        template = "news/blocks/document.html"


class QuestionAnswerBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("question"), max_length=300)
    answer = blocks.RichTextBlock(label=_("answer"), features=PARAGRAPH_FEATURES)

    class Meta:
        icon = "help"
        label = _("question and answer")
        template = "news/blocks/question_answer.html"


class NewsBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(label=_("paragraph"), features=PARAGRAPH_FEATURES)
    heading = blocks.CharBlock(
        label=_("heading"), max_length=150, icon="title", template="news/blocks/heading.html"
    )
    quote = QuoteBlock()
    image = FigureBlock()
    gallery = GalleryBlock()
    document = DocumentBlock()


class ExplainerBodyBlock(NewsBodyBlock):
    question = QuestionAnswerBlock()
