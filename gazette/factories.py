import datetime

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from django.utils.text import slugify
from wagtail.documents import get_document_model

from gazette.models import (
    DocumentType,
    GazetteIndexPage,
    GazetteIssuePage,
    IssuingBody,
    LegalDocumentLibraryPage,
    LegalDocumentPage,
    LegalField,
)
from gazette.pdf_writer import text_pdf


def document_type(slug: str = "law") -> DocumentType:
    """Document types come from a data migration; tests pick one by slug."""
    return DocumentType.objects.get(slug=slug)


class IssuingBodyFactory(factory.django.DjangoModelFactory):
    slug = factory.Sequence(lambda n: f"body-{n}")
    name = factory.Sequence(lambda n: f"Cơ quan {n}")
    name_lo = factory.Sequence(lambda n: f"ອົງການ {n}")

    class Meta:
        model = IssuingBody
        django_get_or_create = ("slug",)


class LegalFieldFactory(factory.django.DjangoModelFactory):
    slug = factory.Sequence(lambda n: f"field-{n}")
    name = factory.Sequence(lambda n: f"Lĩnh vực {n}")
    name_lo = factory.Sequence(lambda n: f"ຂະແໜງ {n}")

    class Meta:
        model = LegalField
        django_get_or_create = ("slug",)


class PdfDocumentFactory(factory.django.DjangoModelFactory):
    """A Wagtail document holding a small real PDF with a text layer."""

    title = factory.Sequence(lambda n: f"van-ban-{n}.pdf")
    file = factory.LazyAttribute(
        lambda o: ContentFile(text_pdf([o.title, "Dieu 1. Pham vi dieu chinh"]), name=o.title)
    )

    class Meta:
        model = get_document_model()


class LegalDocumentLibraryPageFactory(wagtail_factories.PageFactory):
    title = "Văn bản pháp luật"
    title_lo = "ເອກະສານນິຕິກຳ"
    slug = "van-ban"
    slug_lo = "ekasan"

    class Meta:
        model = LegalDocumentLibraryPage


class LegalDocumentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Luật số {n}")
    title_lo = factory.Sequence(lambda n: f"ກົດໝາຍ ເລກທີ {n}")
    slug = factory.Sequence(lambda n: f"van-ban-{n}")
    number = factory.Sequence(lambda n: f"{n}/2024/QH15")
    document_type = factory.LazyFunction(document_type)
    issuing_body = factory.SubFactory(IssuingBodyFactory)
    signed_date = datetime.date(2024, 6, 1)

    class Meta:
        model = LegalDocumentPage


class GazetteIndexPageFactory(wagtail_factories.PageFactory):
    title = "Công báo"
    title_lo = "ຈົດໝາຍເຫດທາງລັດຖະການ"
    slug = "cong-bao"
    slug_lo = "chotmaihet"

    class Meta:
        model = GazetteIndexPage


class GazetteIssuePageFactory(wagtail_factories.PageFactory):
    title = factory.LazyAttribute(lambda o: f"Công báo số {o.issue_number}/{o.year}")
    title_lo = factory.LazyAttribute(
        lambda o: f"ຈົດໝາຍເຫດທາງລັດຖະການ ສະບັບເລກທີ {o.issue_number}/{o.year}"
    )
    slug = factory.LazyAttribute(lambda o: slugify(f"so-{o.issue_number}-{o.year}"))
    issue_number = factory.Sequence(lambda n: str(n + 1))
    year = 2025
    publication_date = factory.LazyAttribute(lambda o: datetime.date(o.year, 3, 1))

    class Meta:
        model = GazetteIssuePage
