# ruff: noqa: E501 -- legal prose reads better unwrapped
"""The texts of the demo documents, in Vietnamese and Lao, as StreamField data."""

from collections.abc import Sequence


def division(level: str, number: str, heading: str) -> dict:
    return {"type": "division", "value": {"level": level, "number": number, "heading": heading}}


def article(
    number: str, heading: str, clauses: Sequence[str] = (), text: str = "", **marker
) -> dict:
    return {
        "type": "article",
        "value": {
            "number": number,
            "heading": heading,
            "text": text,
            "clauses": [
                {"type": "item", "value": {"number": str(index), "text": clause}}
                for index, clause in enumerate(clauses, start=1)
            ],
            "marker": marker.get("marker", ""),
            "amended_by": marker.get("amended_by"),
        },
    }


def paragraph(text: str) -> dict:
    return {"type": "paragraph", "value": text}


LAND_LAW_VI = [
    paragraph("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;"),
    paragraph("Quốc hội ban hành Luật Đất đai."),
    division("chapter", "I", "Quy định chung"),
    article(
        "1",
        "Phạm vi điều chỉnh",
        text=(
            "Luật này quy định về chế độ sở hữu đất đai, quyền hạn và trách nhiệm của Nhà nước "
            "đại diện chủ sở hữu toàn dân về đất đai và thống nhất quản lý về đất đai."
        ),
    ),
    article(
        "2",
        "Đối tượng áp dụng",
        [
            "Cơ quan nhà nước thực hiện quyền hạn và trách nhiệm đại diện chủ sở hữu toàn dân về đất đai.",
            "Người sử dụng đất.",
            "Các đối tượng khác có liên quan đến việc quản lý, sử dụng đất đai.",
        ],
    ),
    article(
        "3",
        "Giải thích từ ngữ",
        [
            "Bản đồ địa chính là bản đồ thể hiện các thửa đất và các đối tượng địa lý có liên quan.",
            "Giá đất là giá trị của quyền sử dụng đất tính trên một đơn vị diện tích đất.",
        ],
    ),
    article(
        "4",
        "Người sử dụng đất",
        text="Người sử dụng đất được Nhà nước giao đất, cho thuê đất, công nhận quyền sử dụng đất.",
    ),
    division("chapter", "II", "Quyền và nghĩa vụ của Nhà nước đối với đất đai"),
    article(
        "5",
        "Nguyên tắc sử dụng đất",
        [
            "Đúng mục đích sử dụng đất.",
            "Bền vững, tiết kiệm, có hiệu quả đối với đất đai và tài nguyên trên bề mặt, trong lòng đất.",
            "Bảo vệ đất, bảo vệ môi trường, thích ứng với biến đổi khí hậu.",
        ],
    ),
    article(
        "6",
        "Người chịu trách nhiệm trước Nhà nước đối với việc sử dụng đất",
        text="Người đại diện theo pháp luật của tổ chức chịu trách nhiệm đối với việc sử dụng đất của tổ chức mình.",
    ),
    article(
        "7",
        "Hiệu lực thi hành",
        text="Luật này có hiệu lực thi hành từ ngày 01 tháng 8 năm 2024.",
    ),
]

LAND_LAW_LO = [
    paragraph("ອີງຕາມລັດຖະທຳມະນູນ ແຫ່ງສາທາລະນະລັດສັງຄົມນິຍົມຫວຽດນາມ;"),
    paragraph("ສະພາແຫ່ງຊາດ ອອກກົດໝາຍ ວ່າດ້ວຍທີ່ດິນ."),
    division("chapter", "I", "ບົດບັນຍັດທົ່ວໄປ"),
    article(
        "1",
        "ຂອບເຂດການປັບໃຊ້",
        text=(
            "ກົດໝາຍສະບັບນີ້ ກຳນົດລະບອບກຳມະສິດທີ່ດິນ, ສິດ ແລະ ໜ້າທີ່ຂອງລັດ ໃນນາມເປັນຕົວແທນ"
            "ເຈົ້າຂອງກຳມະສິດທີ່ດິນຂອງປວງຊົນ ແລະ ການຄຸ້ມຄອງທີ່ດິນຢ່າງເປັນເອກະພາບ."
        ),
    ),
    article(
        "2",
        "ວັດຖຸປະສົງການນຳໃຊ້",
        [
            "ອົງການຂອງລັດ ທີ່ປະຕິບັດສິດ ແລະ ໜ້າທີ່ເປັນຕົວແທນເຈົ້າຂອງກຳມະສິດທີ່ດິນຂອງປວງຊົນ.",
            "ຜູ້ນຳໃຊ້ທີ່ດິນ.",
            "ບຸກຄົນອື່ນ ທີ່ກ່ຽວຂ້ອງກັບການຄຸ້ມຄອງ ແລະ ການນຳໃຊ້ທີ່ດິນ.",
        ],
    ),
    article(
        "3",
        "ຄຳອະທິບາຍຄຳສັບ",
        [
            "ແຜນທີ່ທີ່ດິນ ແມ່ນແຜນທີ່ສະແດງຕອນດິນ ແລະ ວັດຖຸທາງພູມສາດທີ່ກ່ຽວຂ້ອງ.",
            "ລາຄາທີ່ດິນ ແມ່ນມູນຄ່າຂອງສິດນຳໃຊ້ທີ່ດິນ ຕໍ່ໜຶ່ງຫົວໜ່ວຍເນື້ອທີ່.",
        ],
    ),
    article(
        "4",
        "ຜູ້ນຳໃຊ້ທີ່ດິນ",
        text="ຜູ້ນຳໃຊ້ທີ່ດິນ ແມ່ນຜູ້ທີ່ລັດມອບທີ່ດິນ, ໃຫ້ເຊົ່າທີ່ດິນ ຫຼື ຮັບຮອງສິດນຳໃຊ້ທີ່ດິນ.",
    ),
    division("chapter", "II", "ສິດ ແລະ ໜ້າທີ່ຂອງລັດ ຕໍ່ທີ່ດິນ"),
    article(
        "5",
        "ຫຼັກການນຳໃຊ້ທີ່ດິນ",
        [
            "ນຳໃຊ້ຖືກຕາມຈຸດປະສົງ.",
            "ຍືນຍົງ, ປະຢັດ ແລະ ມີປະສິດທິຜົນ ຕໍ່ທີ່ດິນ ແລະ ຊັບພະຍາກອນ.",
            "ປົກປັກຮັກສາທີ່ດິນ, ປົກປັກຮັກສາສິ່ງແວດລ້ອມ ແລະ ປັບຕົວເຂົ້າກັບການປ່ຽນແປງດິນຟ້າອາກາດ.",
        ],
    ),
    article(
        "6",
        "ຜູ້ຮັບຜິດຊອບຕໍ່ລັດ ໃນການນຳໃຊ້ທີ່ດິນ",
        text="ຜູ້ຕາງໜ້າຕາມກົດໝາຍຂອງການຈັດຕັ້ງ ຮັບຜິດຊອບຕໍ່ການນຳໃຊ້ທີ່ດິນຂອງການຈັດຕັ້ງຕົນ.",
    ),
    article(
        "7",
        "ຜົນສັກສິດ",
        text="ກົດໝາຍສະບັບນີ້ ມີຜົນສັກສິດນັບແຕ່ວັນທີ 1 ສິງຫາ 2024 ເປັນຕົ້ນໄປ.",
    ),
]


def land_decree_vi(amended_by: int | None) -> list[dict]:
    """The guiding decree; its article 5 was amended by the later decree (amended_by)."""
    return [
        paragraph("Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;"),
        paragraph("Chính phủ ban hành Nghị định quy định chi tiết một số điều của Luật Đất đai."),
        article(
            "1",
            "Phạm vi điều chỉnh",
            text="Nghị định này quy định chi tiết một số điều của Luật Đất đai.",
        ),
        article(
            "2",
            "Đối tượng áp dụng",
            text="Cơ quan nhà nước, người sử dụng đất và tổ chức, cá nhân có liên quan.",
        ),
        article(
            "3",
            "Hồ sơ địa chính",
            [
                "Hồ sơ địa chính được lập dưới dạng số.",
                "Hồ sơ địa chính được cập nhật thường xuyên.",
            ],
        ),
        article(
            "4",
            "Thống kê, kiểm kê đất đai",
            text="Việc kiểm kê đất đai được thực hiện 5 năm một lần.",
        ),
        article(
            "5",
            "Thời hạn giải quyết thủ tục",
            ["Thời hạn đăng ký đất đai lần đầu không quá 15 ngày làm việc."],
            marker="amended",
            amended_by=amended_by,
        ),
        article(
            "6", "Hiệu lực thi hành", text="Nghị định này có hiệu lực từ ngày 01 tháng 8 năm 2024."
        ),
    ]


AMENDING_DECREE_VI = [
    paragraph("Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;"),
    article(
        "1",
        "Sửa đổi Điều 5 Nghị định số 102/2024/NĐ-CP",
        text="Khoản 1 Điều 5 được sửa đổi: thời hạn đăng ký đất đai lần đầu không quá 10 ngày làm việc.",
    ),
    article(
        "2", "Hiệu lực thi hành", text="Nghị định này có hiệu lực từ ngày 01 tháng 3 năm 2025."
    ),
]

MEDIATION_LAW_LO = [
    paragraph("ອີງຕາມລັດຖະທຳມະນູນ ແຫ່ງ ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ;"),
    division("part", "I", "ບົດບັນຍັດທົ່ວໄປ"),
    article("1", "ຈຸດປະສົງ", text="ກົດໝາຍສະບັບນີ້ ກຳນົດຫຼັກການ, ລະບຽບການ ແລະ ມາດຕະການ ກ່ຽວກັບການໄກ່ເກ່ຍຂໍ້ຂັດແຍ່ງ."),
    article("2", "ການໄກ່ເກ່ຍ", text="ການໄກ່ເກ່ຍ ແມ່ນການແກ້ໄຂຂໍ້ຂັດແຍ່ງ ດ້ວຍການປຶກສາຫາລື ແລະ ການຕົກລົງກັນ."),
    article(
        "3",
        "ຫຼັກການໄກ່ເກ່ຍ",
        ["ສະໝັກໃຈ ແລະ ສະເໝີພາບ.", "ເຄົາລົບກົດໝາຍ ແລະ ຮີດຄອງປະເພນີອັນດີງາມ."],
    ),
    division("part", "II", "ໜ່ວຍໄກ່ເກ່ຍຂັ້ນບ້ານ"),
    article("4", "ໜ່ວຍໄກ່ເກ່ຍ", text="ແຕ່ລະບ້ານ ມີໜ່ວຍໄກ່ເກ່ຍ ຊຶ່ງປະກອບດ້ວຍ ນາຍບ້ານ ແລະ ຜູ້ອາວຸໂສ."),
    article("5", "ສິດ ແລະ ໜ້າທີ່ຂອງໜ່ວຍໄກ່ເກ່ຍ", ["ຮັບຄຳຮ້ອງຂໍໄກ່ເກ່ຍ.", "ຈັດກອງປະຊຸມໄກ່ເກ່ຍ."]),
]

# The scanned signed PDF of circular 03/2018/TT-BTP, the demo's document known only by its scan.
CIRCULAR_SCAN_VI = [
    "BỘ TƯ PHÁP",
    "Số: 03/2018/TT-BTP",
    "THÔNG TƯ",
    "Hướng dẫn bộ tiêu chí đánh giá xây dựng xã, phường, thị trấn tiếp cận pháp luật",
    "Điều 1. Phạm vi điều chỉnh",
    "Thông tư này quy định chi tiết về bộ tiêu chí, cách tính điểm và hồ sơ đánh giá.",
    "Điều 2. Đối tượng áp dụng",
    "Thông tư này áp dụng đối với Ủy ban nhân dân cấp xã và cơ quan, tổ chức có liên quan.",
    "Điều 3. Nguyên tắc đánh giá",
    "Việc đánh giá phải bảo đảm khách quan, công khai, minh bạch và đúng thời hạn.",
]
