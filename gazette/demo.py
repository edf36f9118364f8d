"""Demo gazette: a library of laws, decrees and decisions in both languages, three issues.

The documents show the portal's cases: a law replaced by a newer one (expired), a decree
guiding that law and another amending the decree's article 5, a circular repealed in part,
a decision not yet in force, a Lao law whose only PDF is a scan without a text layer and a
circular known only from a Vietnamese scan: both scans get their text by OCR.
"""

import datetime
import io
from pathlib import Path

from django.core.files.base import ContentFile
from PIL import Image, ImageDraw, ImageFont
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from gazette import demo_texts
from gazette.legal_text import build_legal_text
from gazette.models import (
    DocumentRelation,
    DocumentType,
    GazetteIndexPage,
    GazetteIssueEntry,
    GazetteIssuePage,
    IssuingBody,
    LegalDocumentLibraryPage,
    LegalDocumentPage,
    LegalField,
)
from gazette.pdf_writer import SLIGHTLY_WORN, scanned_pdf, text_pdf
from home.models import HomePage

# One page of each scanned law, so that `make run` recognises them in seconds.
SCAN_LINES = 14
COVER_SIZE = (480, 680)
LATIN_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

BODIES = [
    ("quoc-hoi", "Quốc hội", "ສະພາແຫ່ງຊາດ ຫວຽດນາມ"),
    ("chinh-phu", "Chính phủ", "ລັດຖະບານ ຫວຽດນາມ"),
    ("bo-tu-phap", "Bộ Tư pháp", "ກະຊວງຍຸຕິທຳ ຫວຽດນາມ"),
    ("quoc-hoi-lao", "Quốc hội nước CHDCND Lào", "ສະພາແຫ່ງຊາດ ລາວ"),
]
FIELDS = [
    ("dat-dai", "Đất đai", "ທີ່ດິນ"),
    ("tu-phap", "Tư pháp", "ຍຸຕິທຳ"),
    ("dan-su", "Dân sự", "ແພ່ງ"),
    ("pho-bien-phap-luat", "Phổ biến pháp luật", "ການເຜີຍແຜ່ກົດໝາຍ"),
]

LIBRARY = {
    "slug_vi": "van-ban-phap-luat",
    "slug_lo": "ekasan-nitikam",
    "title_vi": "Văn bản pháp luật",
    "title_lo": "ເອກະສານນິຕິກຳ",
    "intro_vi": "Tra cứu luật, nghị định, quyết định theo loại, cơ quan ban hành, năm và hiệu lực.",
    "intro_lo": "ຊອກຫາກົດໝາຍ, ດຳລັດ ແລະ ຂໍ້ຕົກລົງ ຕາມປະເພດ, ອົງການທີ່ອອກ, ປີ ແລະ ສະຖານະ.",
    "show_in_menus": True,
}
GAZETTE = {
    "slug_vi": "cong-bao",
    "slug_lo": "chotmaihet-thang-latthakan",
    "title_vi": "Công báo",
    "title_lo": "ຈົດໝາຍເຫດທາງລັດຖະການ",
    "intro_vi": "Các số Công báo đăng văn bản quy phạm pháp luật, kèm bản PDF đầy đủ.",
    "intro_lo": "ສະບັບຂອງຈົດໝາຍເຫດທາງລັດຖະການ ທີ່ລົງພິມເອກະສານນິຕິກຳ ພ້ອມໄຟລ໌ PDF ສະບັບເຕັມ.",
    "show_in_menus": True,
}


def load(stdout) -> None:
    home = HomePage.objects.get()
    bodies = {slug: _term(IssuingBody, slug, vi, lo) for slug, vi, lo in BODIES}
    fields = {slug: _term(LegalField, slug, vi, lo) for slug, vi, lo in FIELDS}
    library = _child(home, LegalDocumentLibraryPage, LIBRARY)
    index = _child(home, GazetteIndexPage, GAZETTE)
    documents = _documents(library, bodies, fields)
    _issues(index, documents)
    stdout.write(f"Gazette: {len(documents)} documents in {library.url_path_vi}, 3 issues")


def _documents(library, bodies, fields) -> dict[str, LegalDocumentPage]:
    law_type = DocumentType.objects.get(slug="law")
    decree = DocumentType.objects.get(slug="decree")
    old_law = _document(
        library,
        slug_vi="luat-dat-dai-2013",
        number="45/2013/QH13",
        title_vi="Luật Đất đai 2013",
        title_lo="ກົດໝາຍ ວ່າດ້ວຍທີ່ດິນ ປີ 2013",
        document_type=law_type,
        issuing_body=bodies["quoc-hoi"],
        signer_vi="Nguyễn Sinh Hùng",
        signer_lo="ຫງວຽນ ຊິງ ຮຸ່ງ",
        signed_date=datetime.date(2013, 11, 29),
        effective_date=datetime.date(2014, 7, 1),
        summary_vi="Luật Đất đai năm 2013, được thay thế bởi Luật Đất đai năm 2024.",
        summary_lo="ກົດໝາຍວ່າດ້ວຍທີ່ດິນ ປີ 2013, ຖືກປ່ຽນແທນດ້ວຍກົດໝາຍວ່າດ້ວຍທີ່ດິນ ປີ 2024.",
        signed_pdf_vi=_pdf("luat-dat-dai-2013.pdf", ["LUẬT ĐẤT ĐAI", "Số: 45/2013/QH13"]),
        fields=[fields["dat-dai"]],
    )
    land_law = _document(
        library,
        slug_vi="luat-dat-dai-2024",
        slug_lo="kotmai-thidin-2024",
        number="31/2024/QH15",
        title_vi="Luật Đất đai",
        title_lo="ກົດໝາຍ ວ່າດ້ວຍທີ່ດິນ",
        document_type=law_type,
        issuing_body=bodies["quoc-hoi"],
        signer_vi="Vương Đình Huệ",
        signer_lo="ເວືອງ ດິ່ງ ເຫວ້",
        signed_date=datetime.date(2024, 1, 18),
        gazette_date=datetime.date(2024, 2, 5),
        effective_date=datetime.date(2024, 8, 1),
        summary_vi=(
            "Quy định chế độ sở hữu đất đai, quyền và trách nhiệm của Nhà nước đối với đất đai, "
            "quyền và nghĩa vụ của người sử dụng đất."
        ),
        summary_lo=("ກຳນົດລະບອບກຳມະສິດທີ່ດິນ, ສິດ ແລະ ໜ້າທີ່ຂອງລັດ ຕໍ່ທີ່ດິນ, ສິດ ແລະ ພັນທະຂອງຜູ້ນຳໃຊ້ທີ່ດິນ."),
        text_vi=demo_texts.LAND_LAW_VI,
        text_lo=demo_texts.LAND_LAW_LO,
        signed_pdf_vi=_pdf(
            "luat-dat-dai-2024.pdf",
            ["LUẬT ĐẤT ĐAI", "Số: 31/2024/QH15", "Điều 5. Nguyên tắc sử dụng đất"],
        ),
        signed_pdf_lo=_scan("kotmai-thidin-2024.pdf", scan_lines(demo_texts.LAND_LAW_LO, "lo")),
        fields=[fields["dat-dai"]],
        relations=[("replaces", old_law, datetime.date(2024, 8, 1))],
    )
    guiding = _document(
        library,
        slug_vi="nghi-dinh-102-2024",
        number="102/2024/NĐ-CP",
        title_vi="Nghị định quy định chi tiết thi hành một số điều của Luật Đất đai",
        title_lo="ດຳລັດ ລະອຽດການຈັດຕັ້ງປະຕິບັດບາງມາດຕາຂອງກົດໝາຍວ່າດ້ວຍທີ່ດິນ",
        document_type=decree,
        issuing_body=bodies["chinh-phu"],
        signer_vi="Trần Hồng Hà",
        signer_lo="ເຈີ່ນ ຮົ່ງ ຮ່າ",
        signed_date=datetime.date(2024, 7, 30),
        gazette_date=datetime.date(2024, 8, 5),
        effective_date=datetime.date(2024, 8, 1),
        summary_vi=(
            "Hướng dẫn hồ sơ địa chính, thống kê, kiểm kê đất đai và thời hạn giải quyết thủ tục."
        ),
        signed_pdf_vi=_pdf("nghi-dinh-102-2024.pdf", ["NGHỊ ĐỊNH", "Số: 102/2024/NĐ-CP"]),
        fields=[fields["dat-dai"]],
        relations=[("guides", land_law, None)],
    )
    amending = _document(
        library,
        slug_vi="nghi-dinh-45-2025",
        number="45/2025/NĐ-CP",
        title_vi="Nghị định sửa đổi Điều 5 Nghị định số 102/2024/NĐ-CP",
        document_type=decree,
        issuing_body=bodies["chinh-phu"],
        signer_vi="Trần Hồng Hà",
        signed_date=datetime.date(2025, 2, 10),
        gazette_date=datetime.date(2025, 2, 20),
        effective_date=datetime.date(2025, 3, 1),
        summary_vi="Rút ngắn thời hạn đăng ký đất đai lần đầu xuống 10 ngày làm việc.",
        text_vi=demo_texts.AMENDING_DECREE_VI,
        signed_pdf_vi=_pdf("nghi-dinh-45-2025.pdf", ["NGHỊ ĐỊNH", "Số: 45/2025/NĐ-CP"]),
        fields=[fields["dat-dai"]],
        relations=[("amends", guiding, None)],
    )
    guiding.text_vi = demo_texts.land_decree_vi(amended_by=amending.pk)
    guiding.save_revision().publish()
    circular = _document(
        library,
        slug_vi="thong-tu-03-2018",
        number="03/2018/TT-BTP",
        title_vi=(
            "Thông tư hướng dẫn bộ tiêu chí đánh giá xây dựng "
            "xã, phường, thị trấn tiếp cận pháp luật"
        ),
        title_lo="ໜັງສືວຽນ ແນະນຳມາດຖານປະເມີນການສ້າງບ້ານ ທີ່ເຂົ້າເຖິງກົດໝາຍ",
        document_type=DocumentType.objects.get(slug="circular"),
        issuing_body=bodies["bo-tu-phap"],
        signed_date=datetime.date(2018, 3, 10),
        effective_date=datetime.date(2018, 4, 25),
        # Only a scan, in Vietnamese: its text comes from OCR.
        signed_pdf_vi=_scan("thong-tu-03-2018.pdf", demo_texts.CIRCULAR_SCAN_VI),
        fields=[fields["pho-bien-phap-luat"]],
        relations=[],
    )
    decision = _document(
        library,
        slug_vi="quyet-dinh-512-2025",
        number="512/QĐ-BTP",
        title_vi="Quyết định ban hành Kế hoạch phổ biến, giáo dục pháp luật giai đoạn 2027-2030",
        title_lo="ຂໍ້ຕົກລົງ ວ່າດ້ວຍແຜນການເຜີຍແຜ່ ແລະ ສຶກສາອົບຮົມກົດໝາຍ ໄລຍະ 2027-2030",
        document_type=DocumentType.objects.get(slug="decision"),
        issuing_body=bodies["bo-tu-phap"],
        signer_vi="Nguyễn Hải Ninh",
        signer_lo="ຫງວຽນ ຫາຍ ນິງ",
        signed_date=datetime.date(2025, 2, 12),
        gazette_date=datetime.date(2025, 2, 20),
        effective_date=datetime.date(2027, 1, 1),
        summary_vi="Kế hoạch phổ biến pháp luật cho người dân giai đoạn 2027-2030.",
        summary_lo="ແຜນການເຜີຍແຜ່ກົດໝາຍແກ່ປະຊາຊົນ ໄລຍະ 2027-2030.",
        signed_pdf_vi=_pdf(
            "quyet-dinh-512-2025.pdf",
            [
                "QUYẾT ĐỊNH",
                "Số: 512/QĐ-BTP",
                "Điều 1. Ban hành Kế hoạch phổ biến, giáo dục pháp luật",
            ],
        ),
        fields=[fields["pho-bien-phap-luat"], fields["tu-phap"]],
        relations=[("partly_repeals", circular, datetime.date(2025, 3, 1))],
    )
    lao_law = _document(
        library,
        slug_vi="luat-hoa-giai-lao",
        slug_lo="kotmai-kaikia",
        number="59/ສພຊ",
        title_vi="Luật Hòa giải của nước CHDCND Lào",
        title_lo="ກົດໝາຍ ວ່າດ້ວຍການໄກ່ເກ່ຍ",
        document_type=law_type,
        issuing_body=bodies["quoc-hoi-lao"],
        signed_date=datetime.date(2023, 12, 26),
        effective_date=datetime.date(2024, 3, 1),
        summary_lo="ກຳນົດຫຼັກການ ແລະ ລະບຽບການ ກ່ຽວກັບການໄກ່ເກ່ຍຂໍ້ຂັດແຍ່ງຂັ້ນບ້ານ.",
        text_lo=demo_texts.MEDIATION_LAW_LO,
        signed_pdf_lo=_scan("kotmai-kaikia.pdf", scan_lines(demo_texts.MEDIATION_LAW_LO, "lo")),
        fields=[fields["tu-phap"], fields["dan-su"]],
    )
    return {
        "old_law": old_law,
        "land_law": land_law,
        "guiding": guiding,
        "amending": amending,
        "circular": circular,
        "decision": decision,
        "lao_law": lao_law,
    }


def _issues(index, documents) -> None:
    issues = [
        ("141+142", datetime.date(2024, 2, 5), [("land_law", 3, 96)]),
        ("905+906", datetime.date(2024, 8, 5), [("guiding", 1, 40)]),
        ("321+322", datetime.date(2025, 2, 20), [("amending", 5, 9), ("decision", 10, 12)]),
    ]
    for number, published, entries in issues:
        titles = GazetteIssuePage.default_titles(number, published.year)
        lines = [f"CÔNG BÁO Số {number}", published.isoformat()]
        lines += [f"{documents[key].number} ... trang {first}" for key, first, _last in entries]
        issue = _child(
            index,
            GazetteIssuePage,
            {
                **titles,
                "slug_lo": titles["slug_vi"],
                "issue_number": number,
                "year": published.year,
                "publication_date": published,
                "pdf_vi": _pdf(f"cong-bao-{titles['slug_vi']}.pdf", lines),
                "cover": _cover(f"Bìa {titles['title_vi']}", titles["title_vi"]),
            },
            publish=False,
        )
        existing = {entry.document_id: entry for entry in issue.entries.all()}
        issue.entries = [
            _entry(existing, documents[key], first, last, order)
            for order, (key, first, last) in enumerate(entries)
        ]
        issue.save_revision().publish()


def _entry(existing, document, first, last, order) -> GazetteIssueEntry:
    entry = existing.get(document.pk) or GazetteIssueEntry(document=document)
    entry.first_page, entry.last_page, entry.sort_order = first, last, order
    return entry


def _document(library, *, fields=(), relations=(), **values) -> LegalDocumentPage:
    page = _child(
        library, LegalDocumentPage, {"title_vi": values["title_vi"], **values}, publish=False
    )
    existing = {(relation.kind, relation.target_id): relation for relation in page.relations.all()}
    page.relations = [
        existing.get((kind, target.pk)) or DocumentRelation(kind=kind, target=target, date=date)
        for kind, target, date in relations
    ]
    page.legal_fields = list(fields)
    page.save_revision().publish()
    return page


def _child(parent, model, values: dict, publish: bool = True):
    page = model.objects.child_of(parent).filter(slug_vi=values["slug_vi"]).first()
    if page is None:
        page = parent.add_child(instance=model(**values))
    for name, value in values.items():
        setattr(page, name, value)
    if publish:
        page.save_revision().publish()
    return page


def _term(model, slug: str, vi: str, lo: str):
    term, _created = model.objects.update_or_create(
        slug=slug, defaults={"name": vi, "name_vi": vi, "name_lo": lo}
    )
    return term


def _pdf(filename: str, lines: list[str]):
    return _stored_document(filename, text_pdf(lines))


def _scan(filename: str, lines: list[str]):
    return _stored_document(filename, scanned_pdf(lines, SLIGHTLY_WORN))


def scan_lines(stream: list[dict], language: str, count: int = SCAN_LINES) -> list[str]:
    """The first lines of a demo text, as the scan of its signed PDF prints them."""
    return build_legal_text(stream, language).plain_text().splitlines()[:count]


def _stored_document(filename: str, data: bytes):
    Document = get_document_model()
    document = Document.objects.filter(title=filename).first()
    if document is None:
        document = Document(title=filename)
        document.file.save(filename, ContentFile(data), save=False)
        document.file_size = len(data)
        document.save()
    return document


def _cover(title: str, text: str):
    Image_ = get_image_model()
    image = Image_.objects.filter(title=title).first()
    if image is None:
        image = Image_(title=title)
        image.file.save(f"{title}.png", ContentFile(_cover_png(text)), save=False)
        image.width, image.height = COVER_SIZE
        image.save()
    return image


def _cover_png(text: str) -> bytes:
    picture = Image.new("RGB", COVER_SIZE, "#fdf8ee")
    draw = ImageDraw.Draw(picture)
    draw.rectangle((20, 20, 459, 659), outline="#8c1c13", width=6)
    font = ImageFont.truetype(str(LATIN_FONT), 30) if LATIN_FONT.exists() else None
    draw.text((50, 80), "CÔNG BÁO", fill="#8c1c13", font=font)
    draw.text((50, 140), text, fill="#1b1f24", font=font)
    out = io.BytesIO()
    picture.save(out, format="PNG")
    return out.getvalue()
