"""StreamField blocks for a document's text: divisions (part, chapter, section) and articles.

The stream is flat: a division heading opens a level and the articles after it belong to it.
Editors never nest blocks, and pages render the stream in one pass (see legal_text.py).
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class DivisionBlock(blocks.StructBlock):
    level = blocks.ChoiceBlock(
        choices=[("part", _("Part")), ("chapter", _("Chapter")), ("section", _("Section"))],
        label=_("level"),
    )
    number = blocks.CharBlock(
        label=_("number"), max_length=20, help_text=_("As written: I, II, 1, 2 ...")
    )
    heading = blocks.CharBlock(label=_("heading"), required=False)

    class Meta:
        icon = "folder-open-1"
        label = _("Part, chapter or section")


class ClauseBlock(blocks.StructBlock):
    number = blocks.CharBlock(label=_("number"), max_length=10, required=False)
    text = blocks.TextBlock(label=_("text"))

    class Meta:
        label = _("Clause")


class ArticleBlock(blocks.StructBlock):
    number = blocks.CharBlock(
        label=_("number"),
        max_length=20,
        help_text=_("The article number only (5, 5a): it makes the link #article-5."),
    )
    heading = blocks.CharBlock(label=_("heading"), required=False)
    text = blocks.TextBlock(label=_("text"), required=False)
    clauses = blocks.ListBlock(ClauseBlock(), label=_("clauses"), default=[])
    marker = blocks.ChoiceBlock(
        choices=[("new", _("New")), ("amended", _("Amended"))],
        required=False,
        label=_("marker"),
        help_text=_("Marks an article added or changed by another document."),
    )
    amended_by = blocks.PageChooserBlock(
        page_type="gazette.LegalDocumentPage",
        required=False,
        label=_("by document"),
    )

    class Meta:
        icon = "doc-full"
        label = _("Article")


class LegalTextBlock(blocks.StreamBlock):
    paragraph = blocks.TextBlock(label=_("Paragraph"), icon="pilcrow")
    division = DivisionBlock()
    article = ArticleBlock()
