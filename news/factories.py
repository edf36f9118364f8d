import datetime

import factory
import wagtail_factories
from factory.django import DjangoModelFactory
from wagtail.rich_text import RichText

from news.models import (
    ExplainerDocumentLink,
    ExplainerIndexPage,
    ExplainerPage,
    NewsIndexPage,
    NewsPage,
)
from news.taxonomy import LegalTopic, NewsCategory, NewsTag


class NewsCategoryFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Hợp tác quốc tế {n}")
    name_lo = factory.Sequence(lambda n: f"ການຮ່ວມມືສາກົນ {n}")
    slug = factory.Sequence(lambda n: f"hop-tac-quoc-te-{n}")

    class Meta:
        model = NewsCategory


class NewsTagFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Lào {n}")
    name_lo = factory.Sequence(lambda n: f"ລາວ {n}")
    slug = factory.Sequence(lambda n: f"lao-{n}")

    class Meta:
        model = NewsTag


class LegalTopicFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Đất đai {n}")
    name_lo = factory.Sequence(lambda n: f"ທີ່ດິນ {n}")
    slug = factory.Sequence(lambda n: f"dat-dai-{n}")

    class Meta:
        model = LegalTopic


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Tin tức"
    title_lo = "ຂ່າວສານ"
    slug = "tin-tuc"
    slug_lo = "khao-san"
    intro = "Tin hoạt động của ngành Tư pháp."
    intro_lo = "ຂ່າວການເຄື່ອນໄຫວຂອງຂະແໜງຍຸຕິທຳ."

    class Meta:
        model = NewsIndexPage


class ExplainerIndexPageFactory(wagtail_factories.PageFactory):
    title = "Tìm hiểu pháp luật"
    title_lo = "ຮຽນຮູ້ກົດໝາຍ"
    slug = "tim-hieu-phap-luat"
    slug_lo = "hian-hu-kot-mai"

    class Meta:
        model = ExplainerIndexPage


class ArticlePageFactory(wagtail_factories.PageFactory):
    date = factory.Sequence(lambda n: datetime.date(2025, 1, 1) + datetime.timedelta(days=n))

    class Meta:
        abstract = True

    class Params:
        # A feature image, described in both languages as the page requires.
        with_image = factory.Trait(
            feature_image=factory.SubFactory(wagtail_factories.ImageFactory),
            feature_image_alt="Hai đoàn công tác chụp ảnh chung",
            feature_image_alt_lo="ສອງຄະນະຜູ້ແທນຖ່າຍຮູບລວມ",
        )


class NewsPageFactory(ArticlePageFactory):
    title = factory.Sequence(lambda n: f"Đoàn công tác số {n} sang làm việc tại Lào")
    title_lo = factory.Sequence(lambda n: f"ຄະນະຜູ້ແທນທີ {n} ມາເຮັດວຽກຢູ່ ສປປ ລາວ")
    slug = factory.Sequence(lambda n: f"doan-cong-tac-{n}")
    slug_lo = factory.Sequence(lambda n: f"khana-phu-thaen-{n}")
    lead = "Hai Bộ Tư pháp thống nhất chương trình hợp tác năm 2025."
    lead_lo = "ສອງກະຊວງຍຸຕິທຳ ໄດ້ເຫັນດີເປັນເອກະພາບຕໍ່ແຜນການຮ່ວມມືປີ 2025."
    unit = "Vụ Hợp tác quốc tế"
    unit_lo = "ກົມການຮ່ວມມືສາກົນ"
    place = "Viêng Chăn"
    place_lo = "ນະຄອນຫຼວງວຽງຈັນ"
    body = factory.LazyFunction(
        lambda: [("paragraph", RichText("<p>Đoàn đã làm việc với các đơn vị của Bộ.</p>"))]
    )
    body_lo = factory.LazyFunction(
        lambda: [("paragraph", RichText("<p>ຄະນະໄດ້ເຮັດວຽກກັບບັນດາພາກສ່ວນຂອງກະຊວງ.</p>"))]
    )

    class Meta:
        model = NewsPage


class ExplainerPageFactory(ArticlePageFactory):
    title = factory.Sequence(lambda n: f"Hỏi đáp về đăng ký kết hôn {n}")
    title_lo = factory.Sequence(lambda n: f"ຖາມ-ຕອບ ກ່ຽວກັບການຈົດທະບຽນແຕ່ງງານ {n}")
    slug = factory.Sequence(lambda n: f"hoi-dap-ket-hon-{n}")
    slug_lo = factory.Sequence(lambda n: f"tham-top-taeng-ngan-{n}")
    lead = "Những điều cần biết khi đăng ký kết hôn."
    lead_lo = "ສິ່ງທີ່ຄວນຮູ້ ເມື່ອຈົດທະບຽນແຕ່ງງານ."
    topic = factory.SubFactory(LegalTopicFactory)
    body = factory.LazyFunction(
        lambda: [
            (
                "question",
                {
                    "question": "Đăng ký kết hôn ở đâu?",
                    "answer": RichText("<p>Tại Ủy ban nhân dân cấp xã nơi cư trú.</p>"),
                },
            )
        ]
    )
    body_lo = factory.LazyFunction(
        lambda: [
            (
                "question",
                {
                    "question": "ຈົດທະບຽນແຕ່ງງານຢູ່ໃສ?",
                    "answer": RichText("<p>ຢູ່ຄະນະກຳມະການປະຊາຊົນຂັ້ນຕາແສງ ບ່ອນທີ່ທ່ານອາໄສຢູ່.</p>"),
                },
            )
        ]
    )

    class Meta:
        model = ExplainerPage


class ExplainerDocumentLinkFactory(DjangoModelFactory):
    page = factory.SubFactory(ExplainerPageFactory)
    article_anchor = "article-5"
    note = "Điều kiện kết hôn."
    note_lo = "ເງື່ອນໄຂການແຕ່ງງານ."

    class Meta:
        model = ExplainerDocumentLink
