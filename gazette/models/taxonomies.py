"""The translated vocabularies documents are filed under: type, issuing body, field.

All are portal.taxonomy.Term, the base the news vocabularies share.
"""

from django.utils.translation import gettext_lazy as _

from portal.taxonomy import Term


class DocumentType(Term):
    """Constitution, law, decree, decision, ...: the legal form of a document."""

    class Meta(Term.Meta):
        verbose_name = _("document type")
        verbose_name_plural = _("document types")


class IssuingBody(Term):
    """The authority that issued a document: the National Assembly, the Government, ..."""

    class Meta(Term.Meta):
        verbose_name = _("issuing body")
        verbose_name_plural = _("issuing bodies")


class LegalField(Term):
    """A field of law or topic: land, justice, family, ..."""

    class Meta(Term.Meta):
        verbose_name = _("field")
        verbose_name_plural = _("fields")
