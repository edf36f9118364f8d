"""The text of the demo news items and explainers (news/demo.py puts them in the page tree).

The two seed articles are given in Vietnamese exactly as received (../shared/seed-content/,
typos included: editors correct the source, not the demo loader). Their Lao text, and all Lao
text of the explainers, is a demo translation that no translator has checked yet: those pages
are flagged `lao_is_demo_translation`, which the admin and Lao readers both see.

Body items are (block type, value): "paragraph" and "heading" take text, "question" a
(question, answer) pair, "gallery" a list of image keys.
"""

import datetime

CATEGORIES = [
    {"slug": "hop-tac-quoc-te", "name_vi": "Hợp tác quốc tế", "name_lo": "ການຮ່ວມມືສາກົນ"},
    {"slug": "cong-thong-tin", "name_vi": "Cổng thông tin", "name_lo": "ເວັບໄຊ"},
    {"slug": "thong-bao", "name_vi": "Thông báo", "name_lo": "ແຈ້ງການ"},
]

TAGS = [
    {"slug": "lao", "name_vi": "Lào", "name_lo": "ລາວ"},
    {"slug": "kon-tum", "name_vi": "Kon Tum", "name_lo": "ກອນຕຸມ"},
    {"slug": "se-kong", "name_vi": "Sê Kông", "name_lo": "ເຊກອງ"},
    {"slug": "pho-bien-phap-luat", "name_vi": "Phổ biến pháp luật", "name_lo": "ການເຜີຍແຜ່ກົດໝາຍ"},
    {"slug": "chuyen-doi-so", "name_vi": "Chuyển đổi số", "name_lo": "ການຫັນເປັນດີຈີຕອນ"},
]

TOPICS = [
    {
        "slug": "hon-nhan-gia-dinh",
        "name_vi": "Hôn nhân và gia đình",
        "name_lo": "ການແຕ່ງງານ ແລະ ຄອບຄົວ",
    },
    {"slug": "ho-tich", "name_vi": "Hộ tịch", "name_lo": "ທະບຽນພົນລະເມືອງ"},
    {"slug": "lao-dong", "name_vi": "Lao động", "name_lo": "ແຮງງານ"},
    {"slug": "giao-thong", "name_vi": "Giao thông", "name_lo": "ການຈະລາຈອນ"},
    {"slug": "dat-dai", "name_vi": "Đất đai", "name_lo": "ທີ່ດິນ"},
]

NEWS_INDEX = {
    "slug_vi": "tin-tuc",
    "slug_lo": "khao-san",
    "title_vi": "Tin tức",
    "title_lo": "ຂ່າວສານ",
    "intro_vi": "Tin hoạt động của ngành Tư pháp và hợp tác pháp luật Việt Nam - Lào.",
    "intro_lo": "ຂ່າວການເຄື່ອນໄຫວຂອງຂະແໜງຍຸຕິທຳ ແລະ ການຮ່ວມມືດ້ານກົດໝາຍ ຫວຽດນາມ - ລາວ.",
    "show_in_menus": True,
}

EXPLAINER_INDEX = {
    "slug_vi": "tim-hieu-phap-luat",
    "slug_lo": "hian-hu-kot-mai",
    "title_vi": "Tìm hiểu pháp luật",
    "title_lo": "ຮຽນຮູ້ກົດໝາຍ",
    "intro_vi": (
        "Giải thích pháp luật bằng ngôn ngữ dễ hiểu, qua những câu hỏi người dân thường gặp."
    ),
    "intro_lo": "ອະທິບາຍກົດໝາຍດ້ວຍພາສາທີ່ເຂົ້າໃຈງ່າຍ ຜ່ານຄຳຖາມທີ່ປະຊາຊົນມັກຖາມເລື້ອຍໆ.",
    "show_in_menus": True,
}

# key: (title, motif for news.demo_images, alt text vi, alt text lo)
IMAGES = {
    "cooperation": (
        "Minh họa: hai vòng tròn đỏ và xanh",
        "cooperation",
        "Hình minh họa: hai vòng tròn màu đỏ và màu xanh lồng vào nhau trên nền sáng",
        "ຮູບແຕ້ມປະກອບ: ວົງມົນສີແດງ ແລະ ສີຟ້າ ຊ້ອນກັນຢູ່ເທິງພື້ນສີອ່ອນ",
    ),
    "building": (
        "Minh họa: tòa nhà công sở",
        "building",
        "Hình minh họa: một tòa nhà công sở có hàng cột trắng trên nền đỏ",
        "ຮູບແຕ້ມປະກອບ: ອາຄານຫ້ອງການທີ່ມີເສົາສີຂາວລຽນກັນ ຢູ່ເທິງພື້ນສີແດງ",
    ),
    "phone": (
        "Minh họa: điện thoại hiển thị trang tin",
        "phone",
        "Hình minh họa: điện thoại di động hiển thị một trang tin",
        "ຮູບແຕ້ມປະກອບ: ໂທລະສັບມືຖືທີ່ສະແດງໜ້າຂ່າວ",
    ),
    "feed": (
        "Minh họa: biểu tượng nguồn cấp tin",
        "feed",
        "Hình minh họa: biểu tượng nguồn cấp tin màu trắng trên nền cam",
        "ຮູບແຕ້ມປະກອບ: ສັນຍາລັກຊ່ອງທາງຕິດຕາມຂ່າວສີຂາວ ຢູ່ເທິງພື້ນສີສົ້ມ",
    ),
    "book": (
        "Minh họa: cuốn sách mở",
        "book",
        "Hình minh họa: một cuốn sách mở trên nền xanh",
        "ຮູບແຕ້ມປະກອບ: ປຶ້ມທີ່ເປີດຢູ່ເທິງພື້ນສີຟ້າ",
    ),
    "family": (
        "Minh họa: gia đình",
        "family",
        "Hình minh họa: hai người lớn và một em bé",
        "ຮູບແຕ້ມປະກອບ: ຜູ້ໃຫຍ່ສອງຄົນ ແລະ ເດັກນ້ອຍໜຶ່ງຄົນ",
    ),
    "contract": (
        "Minh họa: hợp đồng đã ký",
        "contract",
        "Hình minh họa: một bản hợp đồng đã ký và cây bút",
        "ຮູບແຕ້ມປະກອບ: ສັນຍາທີ່ລົງລາຍເຊັນແລ້ວ ແລະ ປາກກາ",
    ),
    "road": (
        "Minh họa: đường và đèn giao thông",
        "road",
        "Hình minh họa: con đường và cột đèn tín hiệu giao thông",
        "ຮູບແຕ້ມປະກອບ: ຖະໜົນ ແລະ ເສົາໄຟສັນຍານຈະລາຈອນ",
    ),
}

KONTUM_SEKONG = {
    "slug_vi": "stp-kon-tum-ky-ket-bien-ban-hop-tac-voi-stp-tinh-sekong",
    "slug_lo": "kontum-sekong-long-nam-bot-banthuk-kan-huam-mue",
    "title_vi": (
        "STP Kon Tum: Ký kết biên bản hợp tác với STP tỉnh Sêkong, Cộng hòa dân chủ nhân dân Lào"
    ),
    "title_lo": (
        "ພະແນກຍຸຕິທຳແຂວງກອນຕຸມ ລົງນາມບົດບັນທຶກການຮ່ວມມືກັບພະແນກຍຸຕິທຳແຂວງເຊກອງ, ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ"
    ),
    "date": datetime.date(2023, 12, 15),
    "unit_vi": "Nguyễn Trung Hiếu, Sở Tư pháp tỉnh Kon Tum",
    "unit_lo": "ຫງວຽນ ຈຸງ ຮຽວ, ພະແນກຍຸຕິທຳແຂວງກອນຕຸມ",
    "place_vi": "Kon Tum",
    "place_lo": "ແຂວງກອນຕຸມ",
    "lead_vi": (
        "Được sự thống nhất của Ủy ban nhân dân tỉnh Kon Tum tại Văn bản số 4259/UBND-NC ngày "
        "06 tháng 12 năm 2023, trong các ngày từ 11 đến 13 tháng 12 năm 2023, Sở Tư pháp đã tổ "
        "chưc đón tiếp, làm việc với Đoàn công tác Sở Tư pháp tỉnh Sê-kông, Nước Cộng hòa dân "
        "chủ nhân dân Lào. Đoàn gồm 09 người, do ông Lay Soán-Mịt Sụ Văn, Tỉnh ủy viên - Giám "
        "đốc Sở Tư pháp Sêkong làm trưởng đoàn."
    ),
    "lead_lo": (
        "ໂດຍໄດ້ຮັບຄວາມເຫັນດີຈາກຄະນະກຳມະການປະຊາຊົນແຂວງກອນຕຸມ ຕາມໜັງສືເລກທີ 4259/UBND-NC "
        "ລົງວັນທີ 06 ທັນວາ 2023, ແຕ່ວັນທີ 11 ຫາ 13 ທັນວາ 2023, ພະແນກຍຸຕິທຳ ໄດ້ຈັດການຕ້ອນຮັບ "
        "ແລະ ເຮັດວຽກຮ່ວມກັບຄະນະຜູ້ແທນພະແນກຍຸຕິທຳແຂວງເຊກອງ, ສາທາລະນະລັດ ປະຊາທິປະໄຕ "
        "ປະຊາຊົນລາວ. ຄະນະຜູ້ແທນມີທັງໝົດ 09 ທ່ານ, ນຳໂດຍ ທ່ານ Lay Soán-Mịt Sụ Văn, "
        "ກຳມະການພັກແຂວງ, ຫົວໜ້າພະແນກຍຸຕິທຳແຂວງເຊກອງ ເປັນຫົວໜ້າຄະນະ."
    ),
    "body_vi": [
        (
            "paragraph",
            "Tại buổi làm việc vào sáng ngày 12 tháng 12 năm 2023, Sở Tư pháp tỉnh Kon Tum và "
            "Sở Tư pháp tỉnh Sêkong đã ôn lại truyền thống đoàn kết, sự thể hiện tình cảm tốt "
            "đẹp, của nhân dân 02 nước, 02 đảng, 02 nhà nước và 02 tỉnh Kon Tum, Sêkong đồng "
            "thời thông tin, trao đổi các nội dung về công tác tư pháp, công tác phổ biến, giáo "
            "dục pháp luật; nội dung kết quả triển khai Kết luận Hội nghị Tư pháp các tỉnh có "
            "chung đường biên giới Việt Nam - Lào lần thứ năm (tổ chức vào ngày 22 tháng 8 năm "
            "2022 tại Cửa Lò, Nghệ An); Đồng thời, tăng cường hợp tác, trao đổi kinh nghiệm "
            "trong quá trình triển khai công tác tư pháp trong thời gian tới.",
        ),
        ("heading", "Ký kết biên bản hợp tác"),
        (
            "paragraph",
            "Trên cơ sở thống nhất về chủ trương của Ủy ban nhân dân tỉnh Kon Tum tại Công văn "
            "số 3899/UBND-NC ngày 08 tháng 11 năm 2023, tại buổi làm việc Sở Tư pháp tỉnh Kon "
            "Tum và Sở Tư pháp tỉnh Sêkong đã thống nhất ký Biên bản hợp tác giữa Sở Tư pháp "
            "tỉnh Kon Tum, Nước Cộng hoà xã hội chủ nghĩa Việt Nam và Sở Tư pháp tỉnh Sê-kông, "
            "Nước Cộng hòa dân chủ nhân dân Lào giai đoạn 2023 - 2025.",
        ),
        (
            "paragraph",
            "Biên bản hợp tác là bản ghi nhớ các hoạt động hợp tác, giúp đỡ, hỗ trợ lẫn nhau để "
            "tạo thuận lợi cho việc thực hiện công việc của mỗi Bên theo khả năng, điều kiện "
            "thích hợp và thực tế. Qua đó, tăng cường và thúc đẩy hơn nữa quan hệ hợp tác về "
            "công tác tư pháp giữa tỉnh Kon Tum, Nước Cộng hòa xã hội chủ nghĩa Việt Nam và "
            "tỉnh SêKong, Nước Cộng hòa dân chủ nhân dân Lào, góp phần thắt chặt hơn nữa tình "
            "hữu nghị đặc biệt, tăng cường sự hợp tác toàn diện giữa hai tỉnh./.",
        ),
    ],
    "body_lo": [
        (
            "paragraph",
            "ໃນກອງປະຊຸມເຮັດວຽກຕອນເຊົ້າວັນທີ 12 ທັນວາ 2023, ພະແນກຍຸຕິທຳແຂວງກອນຕຸມ ແລະ "
            "ພະແນກຍຸຕິທຳແຂວງເຊກອງ ໄດ້ທົບທວນຄືນມູນເຊື້ອແຫ່ງຄວາມສາມັກຄີ ແລະ ຄວາມຮັກແພງອັນດີງາມ"
            "ຂອງປະຊາຊົນສອງປະເທດ, ສອງພັກ, ສອງລັດ ແລະ ສອງແຂວງ ກອນຕຸມ ແລະ ເຊກອງ, ພ້ອມທັງໄດ້ແຈ້ງ"
            "ຂໍ້ມູນ ແລະ ແລກປ່ຽນບັນດາເນື້ອໃນກ່ຽວກັບວຽກງານຍຸຕິທຳ, ວຽກງານເຜີຍແຜ່ ແລະ ສຶກສາອົບຮົມ"
            "ກົດໝາຍ; ເນື້ອໃນຜົນຂອງການຈັດຕັ້ງປະຕິບັດບົດສະຫຼຸບຂອງກອງປະຊຸມຍຸຕິທຳບັນດາແຂວງທີ່ມີ"
            "ຊາຍແດນຕິດຈອດກັນ ຫວຽດນາມ - ລາວ ຄັ້ງທີ 5 (ຈັດຂຶ້ນໃນວັນທີ 22 ສິງຫາ 2022 ທີ່ເມືອງ"
            "ກືອະໂລ, ແຂວງເງະອານ); ພ້ອມກັນນັ້ນ, ກໍ່ໄດ້ເພີ່ມທະວີການຮ່ວມມື ແລະ ແລກປ່ຽນບົດຮຽນ"
            "ໃນການຈັດຕັ້ງປະຕິບັດວຽກງານຍຸຕິທຳໃນຕໍ່ໜ້າ.",
        ),
        ("heading", "ການລົງນາມບົດບັນທຶກການຮ່ວມມື"),
        (
            "paragraph",
            "ບົນພື້ນຖານຄວາມເຫັນດີເປັນເອກະພາບດ້ານນະໂຍບາຍຂອງຄະນະກຳມະການປະຊາຊົນແຂວງກອນຕຸມ ຕາມ"
            "ໜັງສືເລກທີ 3899/UBND-NC ລົງວັນທີ 08 ພະຈິກ 2023, ໃນກອງປະຊຸມເຮັດວຽກ ພະແນກຍຸຕິທຳ"
            "ແຂວງກອນຕຸມ ແລະ ພະແນກຍຸຕິທຳແຂວງເຊກອງ ໄດ້ເຫັນດີເປັນເອກະພາບລົງນາມບົດບັນທຶກການ"
            "ຮ່ວມມື ລະຫວ່າງພະແນກຍຸຕິທຳແຂວງກອນຕຸມ, ສາທາລະນະລັດ ສັງຄົມນິຍົມ ຫວຽດນາມ ແລະ "
            "ພະແນກຍຸຕິທຳແຂວງເຊກອງ, ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ ໄລຍະປີ 2023 - 2025.",
        ),
        (
            "paragraph",
            "ບົດບັນທຶກການຮ່ວມມື ແມ່ນບົດບັນທຶກຄວາມເຂົ້າໃຈກ່ຽວກັບບັນດາກິດຈະກຳການຮ່ວມມື, ການ"
            "ຊ່ວຍເຫຼືອ ແລະ ສະໜັບສະໜູນເຊິ່ງກັນ ແລະ ກັນ ເພື່ອອຳນວຍຄວາມສະດວກໃຫ້ແກ່ການປະຕິບັດ"
            "ວຽກງານຂອງແຕ່ລະຝ່າຍ ຕາມຄວາມສາມາດ, ເງື່ອນໄຂທີ່ເໝາະສົມ ແລະ ຕົວຈິງ. ຜ່ານນັ້ນ, ເພື່ອ"
            "ເພີ່ມທະວີ ແລະ ຊຸກຍູ້ສາຍພົວພັນຮ່ວມມືດ້ານວຽກງານຍຸຕິທຳ ລະຫວ່າງແຂວງກອນຕຸມ, "
            "ສາທາລະນະລັດ ສັງຄົມນິຍົມ ຫວຽດນາມ ແລະ ແຂວງເຊກອງ, ສາທາລະນະລັດ ປະຊາທິປະໄຕ "
            "ປະຊາຊົນລາວ ໃຫ້ນັບມື້ນັບດີຂຶ້ນ, ປະກອບສ່ວນເສີມຂະຫຍາຍມິດຕະພາບອັນພິເສດ ແລະ "
            "ການຮ່ວມມືຮອບດ້ານລະຫວ່າງສອງແຂວງ ໃຫ້ແໜ້ນແຟ້ນຍິ່ງຂຶ້ນ.",
        ),
    ],
    "image": "cooperation",
    "category": "hop-tac-quoc-te",
    "tags": ["lao", "kon-tum", "se-kong"],
    "lao_is_demo_translation": True,
}

MOJ_DELEGATION = {
    "slug_vi": "doan-cong-tac-cua-bo-tu-phap-viet-nam-sang-lam-viec-tai-bo-tu-phap-lao",
    "slug_lo": "khana-phu-thaen-kasuang-nyutitham-vietnam-het-viak-kap-kasuang-nyutitham-lao",
    "title_vi": "Đoàn công tác của Bộ Tư pháp Việt Nam sang làm việc tại Bộ Tư pháp Lào",
    "title_lo": "ຄະນະຜູ້ແທນກະຊວງຍຸຕິທຳຫວຽດນາມ ເດີນທາງມາເຮັດວຽກກັບກະຊວງຍຸຕິທຳລາວ",
    "date": datetime.date(2025, 4, 5),
    "unit_vi": "Vụ Hợp tác quốc tế",
    "unit_lo": "ກົມການຮ່ວມມືສາກົນ",
    "place_vi": "Viêng Chăn",
    "place_lo": "ນະຄອນຫຼວງວຽງຈັນ",
    "lead_vi": (
        "Trên cơ sở Thỏa thuận hợp tác về pháp luật và tư pháp giữa hai Bộ Tư pháp Việt Nam và "
        "Lào giai đoạn 2021-2025 (ký tháng 12/2020), đồng thời nhằm triển khai kết quả chuyến "
        "thăm và làm việc tại Cộng hòa dân chủ Nhân dân (CHDCND) Lào và tham dự Hội nghị Tư "
        "pháp các tỉnh có chung đường biên giới Việt Nam-Lào mở rộng lần thứ 6 của Đồng chí "
        "Nguyễn Hải Ninh, Ủy viên BCH Trung ương Đảng, Bí thư Đảng ủy, Bộ trưởng Bộ Tư pháp "
        "Việt Nam vào tháng 12/2024 vừa qua, Đoàn công tác cấp Vụ của Bộ Tư pháp do bà Nguyễn "
        "Linh Kha - Phó Vụ trưởng Vụ Hợp tác quốc tế làm Trưởng đoàn đã sang làm việc với Bộ "
        "Tư pháp CHDCND Lào từ ngày 02-05/4/2025."
    ),
    "lead_lo": (
        "ອີງຕາມສັນຍາຮ່ວມມືດ້ານກົດໝາຍ ແລະ ຍຸຕິທຳ ລະຫວ່າງສອງກະຊວງຍຸຕິທຳ ຫວຽດນາມ ແລະ ລາວ "
        "ໄລຍະປີ 2021-2025 (ລົງນາມໃນເດືອນທັນວາ 2020), ພ້ອມທັງເພື່ອຈັດຕັ້ງປະຕິບັດຜົນຂອງການ"
        "ຢ້ຽມຢາມ ແລະ ເຮັດວຽກຢູ່ ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ (ສປປ ລາວ) ແລະ ການເຂົ້າ"
        "ຮ່ວມກອງປະຊຸມຍຸຕິທຳບັນດາແຂວງທີ່ມີຊາຍແດນຕິດຈອດກັນ ຫວຽດນາມ-ລາວ ຂະຫຍາຍຄັ້ງທີ 6 "
        "ຂອງສະຫາຍ ຫງວຽນ ໄຫ່ ນິງ, ກຳມະການສູນກາງພັກ, ເລຂາຄະນະພັກ, ລັດຖະມົນຕີກະຊວງຍຸຕິທຳ "
        "ຫວຽດນາມ ໃນເດືອນທັນວາ 2024 ທີ່ຜ່ານມາ, ຄະນະຜູ້ແທນຂັ້ນກົມຂອງກະຊວງຍຸຕິທຳ ນຳໂດຍ "
        "ທ່ານນາງ ຫງວຽນ ລິງ ຄາ, ຮອງຫົວໜ້າກົມການຮ່ວມມືສາກົນ ເປັນຫົວໜ້າຄະນະ ໄດ້ເດີນທາງມາ"
        "ເຮັດວຽກກັບກະຊວງຍຸຕິທຳ ສປປ ລາວ ແຕ່ວັນທີ 02-05/4/2025."
    ),
    "body_vi": [
        (
            "paragraph",
            "Tham gia đoàn công tác có đại diện các đơn vị thuộc Bộ (Cục Phổ biến giáo dục pháp "
            "luật và Trợ giúp pháp lý; Vụ Pháp luật dân sự - kinh tế và Cục Công nghệ thông "
            "tin). Đoàn công tác lần này sang làm việc với Bộ Tư pháp Lào kết hợp thăm hỏi và "
            "chia buồn cùng Bộ Tư pháp Lào và gia đình Cố Thứ trưởng Bountha SONGYERTHAO vừa từ "
            "trần vào ngày 30/3/2025.",
        ),
        (
            "heading",
            "Đoàn công tác đến chào đồng chí Ketsana PHOMMACHAN, Thứ trưởng Bộ Tư pháp Lào.",
        ),
        (
            "paragraph",
            "Sáng này 3/4/2025, Đoàn công tác đã đến chào đồng chí Ketsana PHOMMACHAN, Thứ "
            "trưởng Bộ Tư pháp Lào. Thay mặt đoàn công tác, bà Nguyễn Linh Kha đã báo cáo tổng "
            "quan về mục đích của Đoàn công tác lần này là nhằm: (i) Thống nhất về nội dung dự "
            "thảo Chương trình hợp tác năm 2025 giữa hai Bộ Tư pháp; (ii) Khảo sát, trao đổi "
            "thông tin về hạ tầng cơ sở hệ thống công nghệ thông tin của Bộ Tư pháp Lào; xây "
            "dựng, thẩm định văn bản quy phạm pháp luật; phổ biến giáo dục pháp luật phục vụ "
            "việc xây dựng Dự án hỗ trợ của Chính phủ Việt Nam dành cho Bộ Tư pháp Lào như đã "
            "thống nhất trong Thỏa thuận về Kế hoạch hợp tác giữa Chính phủ nước Cộng hòa xã hội "
            "chủ nghĩa Việt Nam và Chính phủ nước Cộng hòa dân chủ nhân dân Lào năm 2025 ký ngày "
            "09/1/2025 tại Kỳ họp lần 47 Ủy ban liên Chính phủ Việt Nam – Lào tại Lào. Cũng tại "  # noqa: RUF001 (as given)
            "buổi tiếp, Đoàn công tác đã gửi lời chào của Bộ trưởng Nguyễn Hải Ninh, Lãnh đạo Bộ "
            "Tư pháp Việt Nam đến đồng chí Bộ trưởng Phayvy SIBOULYPHA cùng tập thể Lãnh đạo Bộ "
            "Tư pháp Lào.",
        ),
        (
            "paragraph",
            "Ghi nhận thông tin từ phía Đoàn công tác của Bộ Tư pháp Việt Nam, Thứ tưởng Ketsana "
            "PHOMMACHAN đã đánh giá cao mối quan hệ đặc biệt và kết quả hợp tác pháp luật giữa "
            "hai Bộ Tư pháp Lào và Việt Nam, đồng thời cũng đã có những chia sẻ về thực trạng "
            "trong công tác xây dựng, thẩm định văn bản quy phạm pháp luật, tác phổ biến giáo "
            "đục pháp luật, tương trợ tư pháp về dân sự, pháp luật kinh tế tại Bộ Tư pháp Lào, "
            "đặc biệt là công tác chuyển đổi số, ứng dụng công tin trong xây dựng pháp luật. "
            "Đồng chí Thứ trưởng Bộ Tư pháp Cộng hòa Dân chủ nhân dân Lào mong muốn trong thời "
            "gian tới, sẽ tiếp tục nhận được sự hỗ trợ, hợp tác chặt chẽ của Bộ Tư pháp pháp "
            "Việt Nam, trong đó có Dự án hỗ trợ của Chính phủ Việt Nam dành cho Bộ Tư pháp Lào.",
        ),
        ("heading", "Đoàn công tác làm việc với các đơn vị thuộc Bộ Tư pháp Lào"),
        (
            "paragraph",
            "Trong các ngày làm việc từ 3-4/4/2025, Đoàn công tác đã có các buổi làm việc với "
            "Lãnh đạo các đơn vị thuộc Bộ Tư pháp Lào gồm: Vụ Hợp tác quốc tế, Văn phòng Bộ, Vụ "
            "Pháp luật, Cục Phổ biến giáo dục pháp luật, Vụ Khuyến khích hệ thống pháp luật. Theo "
            "đó, Phía Lào đã bày tỏ sự nhất trí với nội dung Chương trình hợp tác năm 2025 giữa "
            "Bộ Tư pháp Việt Nam và Bộ Tư pháp Lào.",
        ),
        (
            "paragraph",
            "Qua trao đổi thông tin và chia sẻ kinh nghiệm về chính sách, quy định pháp luật, "
            "thực tiễn cho thấy Bộ Tư pháp Lào còn nhiều khó khăn, vướng mắc, cụ thể là số lượng "
            "và chất lượng nguồn nhân lực của Bộ Tư pháp Lào còn hạn chế (cán bộ trong các lĩnh "
            "vực xây dựng pháp luật, công nghệ thông tin, phổ biến, giáo dục và trợ giúp pháp lý "
            "chưa được đào tạo, bồi dưỡng chuyên sâu, số lượng cán bộ chuyên trách còn hạn chế), "
            "cơ sở hạ tầng chưa được đảm bảo (đường truyền mạng chưa đảm bảo, chỉ có khoảng 70% "
            "cán bộ công chức được trang bị máy tính), đặc biệt là khó khăn trong lĩnh vực chuyển "
            "đổi số, ứng dụng công nghệ thông tin trong công tác xây dựng pháp luật (chưa có hệ "
            "thống quản lý máy chủ, chưa có phần mềm ứng dụng dịch vụ công trực tuyến, các công "
            "việc chủ yếu thực hiện thông qua văn bản giấy,…).",
        ),
        (
            "paragraph",
            "Ngoài ra, Đoàn công tác của Bộ Tư pháp Việt Nam đã tham gia khảo sát trực tiếp tại "
            "Bộ phận công nghệ thông tin thuộc Văn phòng Bộ, một số cơ sở hạ tầng về hệ thống "
            "quản lý điều hành, Cổng Thông tin điện tử Bộ Tư pháp; thăm Vụ Phổ biến, giáo dục "
            "pháp luật (quản lý về Công báo, facebook về thông tin pháp luật, báo và tạp chí về "
            "pháp luật); bộ phận tiếp công dân và thực hiện trợ giúp pháp lý (thuộc Vụ Khuyến "
            "khích hệ thống pháp luật); cơ sở dữ liệu pháp luật, ứng dụng trợ giúp pháp lý của Bộ "
            "Tư pháp Lào.",
        ),
        (
            "paragraph",
            "Kết thúc chuyến công tác, đại diện Bộ Tư pháp Lào đã đánh giá cao những nỗ lực và "
            "sự chủ động của Đoàn công tác Bộ Tư pháp trong việc trao đổi, thảo luận và chia sẻ "
            "kinh nghiệm giữa Việt Nam và Lào. Kết quả chuyến công tác sẽ góp phần thúc đẩy hơn "
            "nữa trong hợp tác pháp luật và tư pháp giữa hai Bộ Tư pháp trong thời gian tới, là "
            "nguồn thông tin quan trọng để hiểu rõ hơn về nhu cầu và khả năng của mỗi Bên trong "
            "xây dựng Dự án hỗ trợ kỹ thuật mới dành cho Bộ Tư pháp Lào đảm bảo tính hiệu quả, "
            "thiết thực, phù hợp với điều kiện và luật pháp của hai nước Việt Nam và Lào.",
        ),
    ],
    "body_lo": [
        (
            "paragraph",
            "ເຂົ້າຮ່ວມຄະນະຜູ້ແທນມີຜູ້ຕາງໜ້າບັນດາພາກສ່ວນຂຶ້ນກັບກະຊວງ (ກົມເຜີຍແຜ່ ແລະ ສຶກສາ"
            "ອົບຮົມກົດໝາຍ ແລະ ຊ່ວຍເຫຼືອທາງດ້ານກົດໝາຍ; ກົມກົດໝາຍແພ່ງ - ເສດຖະກິດ ແລະ ກົມ"
            "ເຕັກໂນໂລຊີຂໍ້ມູນຂ່າວສານ). ການເດີນທາງມາເຮັດວຽກກັບກະຊວງຍຸຕິທຳລາວໃນຄັ້ງນີ້ ຍັງໄດ້"
            "ສົມທົບກັບການຢ້ຽມຢາມ ແລະ ສະແດງຄວາມເສຍໃຈນຳກະຊວງຍຸຕິທຳລາວ ແລະ ຄອບຄົວຂອງທ່ານ"
            " ບຸນທາ ຊົງເຢີທາວ, ຮອງລັດຖະມົນຕີ ຜູ້ລ່ວງລັບ ທີ່ຫາກໍ່ເຖິງແກ່ອະນິຈະກຳໃນວັນທີ 30/3/2025.",
        ),
        (
            "heading",
            "ຄະນະຜູ້ແທນເຂົ້າຢ້ຽມຂຳນັບ ສະຫາຍ ເກດສະໜາ ພົມມະຈັນ, ຮອງລັດຖະມົນຕີກະຊວງຍຸຕິທຳລາວ.",
        ),
        (
            "paragraph",
            "ໃນຕອນເຊົ້າວັນທີ 3/4/2025, ຄະນະຜູ້ແທນໄດ້ເຂົ້າຢ້ຽມຂຳນັບ ສະຫາຍ ເກດສະໜາ ພົມມະຈັນ, "
            "ຮອງລັດຖະມົນຕີກະຊວງຍຸຕິທຳລາວ. ໃນນາມຄະນະຜູ້ແທນ, ທ່ານນາງ ຫງວຽນ ລິງ ຄາ ໄດ້ລາຍງານ"
            "ພາບລວມກ່ຽວກັບຈຸດປະສົງຂອງການເດີນທາງໃນຄັ້ງນີ້ ຊຶ່ງແນໃສ່: (i) ເຫັນດີເປັນເອກະພາບຕໍ່"
            "ເນື້ອໃນຮ່າງແຜນງານການຮ່ວມມືປີ 2025 ລະຫວ່າງສອງກະຊວງຍຸຕິທຳ; (ii) ສຳຫຼວດ ແລະ "
            "ແລກປ່ຽນຂໍ້ມູນຂ່າວສານກ່ຽວກັບພື້ນຖານໂຄງລ່າງລະບົບເຕັກໂນໂລຊີຂໍ້ມູນຂ່າວສານຂອງກະຊວງ"
            "ຍຸຕິທຳລາວ; ການສ້າງ ແລະ ການກວດກາເອກະສານນິຕິກຳ; ການເຜີຍແຜ່ ແລະ ສຶກສາອົບຮົມ"
            "ກົດໝາຍ ເພື່ອຮັບໃຊ້ການສ້າງໂຄງການຊ່ວຍເຫຼືອຂອງລັດຖະບານຫວຽດນາມ ໃຫ້ແກ່ກະຊວງຍຸຕິທຳ"
            "ລາວ ຕາມທີ່ໄດ້ຕົກລົງກັນໄວ້ໃນສັນຍາວ່າດ້ວຍແຜນການຮ່ວມມືລະຫວ່າງລັດຖະບານແຫ່ງ "
            "ສາທາລະນະລັດ ສັງຄົມນິຍົມ ຫວຽດນາມ ແລະ ລັດຖະບານແຫ່ງ ສາທາລະນະລັດ ປະຊາທິປະໄຕ "
            "ປະຊາຊົນລາວ ປີ 2025 ທີ່ໄດ້ລົງນາມໃນວັນທີ 09/1/2025 ໃນກອງປະຊຸມຄັ້ງທີ 47 ຂອງ"
            "ຄະນະກຳມະການຮ່ວມມືລະຫວ່າງລັດຖະບານ ຫວຽດນາມ - ລາວ ທີ່ ສປປ ລາວ. ໃນໂອກາດດຽວກັນນີ້, "
            "ຄະນະຜູ້ແທນຍັງໄດ້ຝາກຄຳຂຳນັບຂອງທ່ານລັດຖະມົນຕີ ຫງວຽນ ໄຫ່ ນິງ ແລະ ຄະນະນຳກະຊວງ"
            "ຍຸຕິທຳຫວຽດນາມ ເຖິງ ສະຫາຍລັດຖະມົນຕີ ໄພວີ ສີບົວລີພາ ພ້ອມດ້ວຍຄະນະນຳກະຊວງຍຸຕິທຳລາວ.",
        ),
        (
            "paragraph",
            "ພາຍຫຼັງຮັບຟັງຂໍ້ມູນຈາກຄະນະຜູ້ແທນກະຊວງຍຸຕິທຳຫວຽດນາມ, ທ່ານຮອງລັດຖະມົນຕີ ເກດສະໜາ "
            "ພົມມະຈັນ ໄດ້ຕີລາຄາສູງຕໍ່ສາຍພົວພັນພິເສດ ແລະ ຜົນຂອງການຮ່ວມມືດ້ານກົດໝາຍລະຫວ່າງສອງ"
            "ກະຊວງຍຸຕິທຳລາວ ແລະ ຫວຽດນາມ, ພ້ອມທັງໄດ້ແບ່ງປັນກ່ຽວກັບສະພາບຕົວຈິງຂອງວຽກງານການສ້າງ "
            "ແລະ ກວດກາເອກະສານນິຕິກຳ, ວຽກງານເຜີຍແຜ່ ແລະ ສຶກສາອົບຮົມກົດໝາຍ, ການຊ່ວຍເຫຼືອ"
            "ເຊິ່ງກັນ ແລະ ກັນທາງດ້ານຍຸຕິທຳໃນທາງແພ່ງ, ກົດໝາຍເສດຖະກິດ ຢູ່ກະຊວງຍຸຕິທຳລາວ, ໂດຍ"
            "ສະເພາະແມ່ນວຽກງານການຫັນເປັນດີຈີຕອນ ແລະ ການນຳໃຊ້ເຕັກໂນໂລຊີຂໍ້ມູນຂ່າວສານເຂົ້າໃນ"
            "ການສ້າງກົດໝາຍ. ທ່ານຮອງລັດຖະມົນຕີກະຊວງຍຸຕິທຳ ສປປ ລາວ ມີຄວາມປາຖະໜາວ່າ ໃນຕໍ່ໜ້າ"
            "ຈະສືບຕໍ່ໄດ້ຮັບການສະໜັບສະໜູນ ແລະ ການຮ່ວມມືຢ່າງໃກ້ຊິດຈາກກະຊວງຍຸຕິທຳຫວຽດນາມ, ໃນນັ້ນ"
            "ມີໂຄງການຊ່ວຍເຫຼືອຂອງລັດຖະບານຫວຽດນາມໃຫ້ແກ່ກະຊວງຍຸຕິທຳລາວ.",
        ),
        ("heading", "ຄະນະຜູ້ແທນເຮັດວຽກກັບບັນດາພາກສ່ວນຂຶ້ນກັບກະຊວງຍຸຕິທຳລາວ"),
        (
            "paragraph",
            "ໃນວັນທີ 3-4/4/2025, ຄະນະຜູ້ແທນໄດ້ເຮັດວຽກກັບຄະນະນຳຂອງບັນດາພາກສ່ວນຂຶ້ນກັບກະຊວງ"
            "ຍຸຕິທຳລາວ ລວມມີ: ກົມການຮ່ວມມືສາກົນ, ຫ້ອງການກະຊວງ, ກົມກົດໝາຍ, ກົມເຜີຍແຜ່ ແລະ ສຶກສາອົບຮົມກົດໝາຍ, "
            "ກົມສົ່ງເສີມລະບົບກົດໝາຍ. ຕາມນັ້ນ, ຝ່າຍລາວໄດ້ສະແດງຄວາມເຫັນດີຕໍ່ເນື້ອໃນແຜນງານການ"
            "ຮ່ວມມືປີ 2025 ລະຫວ່າງກະຊວງຍຸຕິທຳຫວຽດນາມ ແລະ ກະຊວງຍຸຕິທຳລາວ.",
        ),
        (
            "paragraph",
            "ຜ່ານການແລກປ່ຽນຂໍ້ມູນຂ່າວສານ ແລະ ແບ່ງປັນປະສົບການກ່ຽວກັບນະໂຍບາຍ, ລະບຽບກົດໝາຍ, "
            "ຕົວຈິງສະແດງໃຫ້ເຫັນວ່າ ກະຊວງຍຸຕິທຳລາວ ຍັງມີຫຼາຍຄວາມຫຍຸ້ງຍາກ ແລະ ບັນຫາຄົງຄ້າງ, "
            "ສະເພາະແມ່ນ ຈຳນວນ ແລະ ຄຸນນະພາບຂອງຊັບພະຍາກອນມະນຸດຂອງກະຊວງຍຸຕິທຳລາວ ຍັງມີຈຳກັດ "
            "(ພະນັກງານໃນຂົງເຂດການສ້າງກົດໝາຍ, ເຕັກໂນໂລຊີຂໍ້ມູນຂ່າວສານ, ການເຜີຍແຜ່, ສຶກສາອົບຮົມ "
            "ແລະ ຊ່ວຍເຫຼືອທາງດ້ານກົດໝາຍ ຍັງບໍ່ທັນໄດ້ຮັບການຝຶກອົບຮົມ ແລະ ບຳລຸງສ້າງຢ່າງເລິກເຊິ່ງ, "
            "ຈຳນວນພະນັກງານວິຊາສະເພາະຍັງມີຈຳກັດ), ພື້ນຖານໂຄງລ່າງຍັງບໍ່ທັນໄດ້ຮັບການຮັບປະກັນ "
            "(ລະບົບເຄືອຂ່າຍອິນເຕີເນັດຍັງບໍ່ໝັ້ນຄົງ, ມີພຽງປະມານ 70% ຂອງພະນັກງານ-ລັດຖະກອນທີ່ມີ"
            "ຄອມພິວເຕີນຳໃຊ້), ໂດຍສະເພາະແມ່ນຄວາມຫຍຸ້ງຍາກໃນຂົງເຂດການຫັນເປັນດີຈີຕອນ ແລະ ການນຳໃຊ້"
            "ເຕັກໂນໂລຊີຂໍ້ມູນຂ່າວສານເຂົ້າໃນວຽກງານການສ້າງກົດໝາຍ (ຍັງບໍ່ທັນມີລະບົບຄຸ້ມຄອງ"
            "ເຊີບເວີ, ຍັງບໍ່ທັນມີໂປຣແກຣມບໍລິການສາທາລະນະທາງອອນລາຍ, ວຽກງານສ່ວນໃຫຍ່ຍັງດຳເນີນ"
            "ຜ່ານເອກະສານທີ່ເປັນເຈ້ຍ,…).",
        ),
        (
            "paragraph",
            "ນອກຈາກນັ້ນ, ຄະນະຜູ້ແທນກະຊວງຍຸຕິທຳຫວຽດນາມ ຍັງໄດ້ເຂົ້າສຳຫຼວດໂດຍກົງຢູ່ພາກສ່ວນ"
            "ເຕັກໂນໂລຊີຂໍ້ມູນຂ່າວສານ ຂຶ້ນກັບຫ້ອງການກະຊວງ, ພື້ນຖານໂຄງລ່າງບາງສ່ວນຂອງລະບົບ"
            "ຄຸ້ມຄອງບໍລິຫານ, ເວັບໄຊທາງການຂອງກະຊວງຍຸຕິທຳ; ຢ້ຽມຢາມກົມເຜີຍແຜ່ ແລະ ສຶກສາອົບຮົມ"
            "ກົດໝາຍ (ຮັບຜິດຊອບຄຸ້ມຄອງຈົດໝາຍເຫດທາງລັດຖະການ, ເຟສບຸກດ້ານຂໍ້ມູນຂ່າວສານກົດໝາຍ, "
            "ໜັງສືພິມ ແລະ ວາລະສານດ້ານກົດໝາຍ); ພາກສ່ວນຕ້ອນຮັບພົນລະເມືອງ ແລະ ປະຕິບັດການ"
            "ຊ່ວຍເຫຼືອທາງດ້ານກົດໝາຍ (ຂຶ້ນກັບກົມສົ່ງເສີມລະບົບກົດໝາຍ); ຖານຂໍ້ມູນກົດໝາຍ ແລະ "
            "ແອັບຊ່ວຍເຫຼືອທາງດ້ານກົດໝາຍຂອງກະຊວງຍຸຕິທຳລາວ.",
        ),
        (
            "paragraph",
            "ໃນຕອນທ້າຍຂອງການເດີນທາງ, ຜູ້ຕາງໜ້າກະຊວງຍຸຕິທຳລາວ ໄດ້ຕີລາຄາສູງຕໍ່ຄວາມພະຍາຍາມ ແລະ "
            "ຄວາມເປັນເຈົ້າການຂອງຄະນະຜູ້ແທນກະຊວງຍຸຕິທຳ ໃນການແລກປ່ຽນ, ປຶກສາຫາລື ແລະ ແບ່ງປັນ"
            "ປະສົບການລະຫວ່າງ ຫວຽດນາມ ແລະ ລາວ. ຜົນຂອງການເດີນທາງໃນຄັ້ງນີ້ ຈະປະກອບສ່ວນຊຸກຍູ້"
            "ການຮ່ວມມືດ້ານກົດໝາຍ ແລະ ຍຸຕິທຳລະຫວ່າງສອງກະຊວງຍຸຕິທຳ ໃຫ້ເລິກເຊິ່ງຂຶ້ນຕື່ມໃນຕໍ່ໜ້າ, "
            "ແລະ ເປັນແຫຼ່ງຂໍ້ມູນສຳຄັນ ເພື່ອເຂົ້າໃຈຢ່າງຈະແຈ້ງຂຶ້ນກ່ຽວກັບຄວາມຕ້ອງການ ແລະ "
            "ຄວາມສາມາດຂອງແຕ່ລະຝ່າຍ ໃນການສ້າງໂຄງການຊ່ວຍເຫຼືອທາງດ້ານວິຊາການໃໝ່ໃຫ້ແກ່ກະຊວງ"
            "ຍຸຕິທຳລາວ ໃຫ້ມີປະສິດທິຜົນ, ຕິດພັນກັບຕົວຈິງ ແລະ ສອດຄ່ອງກັບເງື່ອນໄຂ ແລະ ກົດໝາຍ"
            "ຂອງສອງປະເທດ ຫວຽດນາມ ແລະ ລາວ.",
        ),
    ],
    "image": "building",
    "category": "hop-tac-quoc-te",
    "tags": ["lao", "chuyen-doi-so", "pho-bien-phap-luat"],
    "lao_is_demo_translation": True,
}

PORTAL_LAUNCH = {
    "slug_vi": "ra-mat-cong-thong-tin-pho-bien-phap-luat",
    "slug_lo": "poet-nam-sai-web-phoei-phae-kot-mai",
    "title_vi": "Ra mắt Cổng thông tin phổ biến pháp luật bằng tiếng Việt và tiếng Lào",
    "title_lo": "ເປີດນຳໃຊ້ເວັບໄຊເຜີຍແຜ່ກົດໝາຍ ເປັນພາສາຫວຽດນາມ ແລະ ພາສາລາວ",
    "date": datetime.date(2025, 7, 1),
    "unit_vi": "Ban biên tập Cổng thông tin",
    "unit_lo": "ຄະນະບັນນາທິການເວັບໄຊ",
    "lead_vi": (
        "Cổng thông tin đăng tải tin tức tư pháp, Công báo, văn bản quy phạm pháp luật và các "
        "bài tìm hiểu pháp luật bằng tiếng Việt và tiếng Lào; đọc được trên điện thoại phổ "
        "thông và khi mạng chậm."
    ),
    "lead_lo": (
        "ເວັບໄຊນີ້ເຜີຍແຜ່ຂ່າວສານດ້ານຍຸຕິທຳ, ຈົດໝາຍເຫດທາງລັດຖະການ, ເອກະສານນິຕິກຳ ແລະ "
        "ບົດຄວາມອະທິບາຍກົດໝາຍ ເປັນພາສາຫວຽດນາມ ແລະ ພາສາລາວ; ສາມາດອ່ານໄດ້ໃນໂທລະສັບມືຖື"
        "ທົ່ວໄປ ແລະ ເມື່ອອິນເຕີເນັດຊ້າ."
    ),
    "body_vi": [
        (
            "paragraph",
            "Mỗi tin bài có bản tiếng Việt và bản tiếng Lào; người đọc chuyển ngôn ngữ bằng nút "
            "ở đầu trang. Bài nào chưa được dịch sang tiếng Lào sẽ hiển thị thông báo rõ ràng và "
            "giữ nguyên bản tiếng Việt.",
        ),
        ("heading", "Theo dõi tin mới"),
        (
            "paragraph",
            "Mỗi chuyên mục có nguồn cấp tin riêng cho từng ngôn ngữ; các bài viết khi chia sẻ "
            "lên Facebook hiển thị ảnh và tóm tắt bằng đúng ngôn ngữ của bài.",
        ),
        ("gallery", ["phone", "feed"]),
    ],
    "body_lo": [
        (
            "paragraph",
            "ແຕ່ລະບົດຂ່າວມີສະບັບພາສາຫວຽດນາມ ແລະ ສະບັບພາສາລາວ; ຜູ້ອ່ານສາມາດປ່ຽນພາສາໄດ້ດ້ວຍ"
            "ປຸ່ມຢູ່ເທິງສຸດຂອງໜ້າ. ບົດໃດທີ່ຍັງບໍ່ທັນໄດ້ແປເປັນພາສາລາວ ຈະມີແຈ້ງການບອກຢ່າງຈະແຈ້ງ "
            "ແລະ ສະແດງຕົ້ນສະບັບພາສາຫວຽດນາມໄວ້ຕາມເດີມ.",
        ),
        ("heading", "ຕິດຕາມຂ່າວໃໝ່"),
        (
            "paragraph",
            "ແຕ່ລະໝວດມີຊ່ອງທາງຕິດຕາມຂ່າວແຍກຕາມພາສາ; ເມື່ອແບ່ງປັນບົດຄວາມໄປທີ່ເຟສບຸກ ຈະສະແດງ"
            "ຮູບພາບ ແລະ ບົດສະຫຼຸບເປັນພາສາດຽວກັນກັບບົດຄວາມ.",
        ),
        ("gallery", ["phone", "feed"]),
    ],
    "image": "phone",
    "category": "cong-thong-tin",
    "tags": ["pho-bien-phap-luat", "chuyen-doi-so"],
    "lao_is_demo_translation": True,
}

FEED_HOWTO = {
    "slug_vi": "huong-dan-theo-doi-tin-bai-qua-nguon-cap-tin",
    "slug_lo": "vithi-tittam-khao-phan-xong-thang-atom",
    "title_vi": "Hướng dẫn theo dõi tin bài qua nguồn cấp tin",
    "title_lo": "ວິທີຕິດຕາມຂ່າວຜ່ານຊ່ອງທາງຕິດຕາມຂ່າວ (Atom)",
    "date": datetime.date(2025, 7, 8),
    "unit_vi": "Ban biên tập Cổng thông tin",
    "unit_lo": "ຄະນະບັນນາທິການເວັບໄຊ",
    "lead_vi": (
        "Không cần cài đặt ứng dụng: chỉ cần thêm địa chỉ nguồn cấp tin của chuyên mục vào một "
        "trình đọc tin để nhận bài mới ngay khi được đăng."
    ),
    "lead_lo": (
        "ບໍ່ຈຳເປັນຕ້ອງຕິດຕັ້ງແອັບ: ພຽງແຕ່ເພີ່ມທີ່ຢູ່ຊ່ອງທາງຕິດຕາມຂ່າວຂອງໝວດເຂົ້າໃນໂປຣແກຣມ"
        "ອ່ານຂ່າວ ກໍ່ຈະໄດ້ຮັບບົດຄວາມໃໝ່ທັນທີທີ່ມີການເຜີຍແຜ່."
    ),
    "body_vi": [
        (
            "paragraph",
            "Ở cuối trang danh sách Tin tức và Tìm hiểu pháp luật có liên kết “Theo dõi (nguồn "
            "cấp Atom)”. Sao chép liên kết này và dán vào trình đọc tin bạn dùng.",
        ),
        (
            "paragraph",
            "Nguồn cấp tiếng Lào chỉ gồm những bài đã có bản tiếng Lào.",
        ),
    ],
    "body_lo": [
        (
            "paragraph",
            "ຢູ່ທາງລຸ່ມຂອງໜ້າລາຍການຂ່າວສານ ແລະ ໜ້າຮຽນຮູ້ກົດໝາຍ ມີລິ້ງ “ຕິດຕາມ (ຊ່ອງທາງ "
            "Atom)”. ໃຫ້ສຳເນົາລິ້ງນີ້ ແລະ ວາງໃສ່ໂປຣແກຣມອ່ານຂ່າວທີ່ທ່ານໃຊ້.",
        ),
        (
            "paragraph",
            "ຊ່ອງທາງພາສາລາວ ມີສະເພາະບົດຄວາມທີ່ມີສະບັບພາສາລາວແລ້ວເທົ່ານັ້ນ.",
        ),
    ],
    "image": "feed",
    "category": "cong-thong-tin",
    "tags": [],
    "lao_is_demo_translation": True,
}

# Deliberately without Lao: /lo/ shows it under the missing-translation notice, and the Lao
# feed and sitemap leave it out.
TRANSLATION_NOTICE = {
    "slug_vi": "thong-bao-ban-tieng-lao-dang-duoc-bien-dich",
    "title_vi": "Thông báo: Bản tiếng Lào của một số tin bài đang được biên dịch",
    "date": datetime.date(2025, 7, 15),
    "unit_vi": "Ban biên tập Cổng thông tin",
    "lead_vi": (
        "Một số tin bài hiện mới có bản tiếng Việt. Trong khi chờ bản dịch, trang tiếng Lào "
        "hiển thị thông báo và nội dung tiếng Việt."
    ),
    "body_vi": [
        (
            "paragraph",
            "Ban biên tập sẽ cập nhật bản tiếng Lào ngay khi bản dịch được kiểm tra. Bạn đọc có "
            "thể chuyển sang tiếng Việt bằng nút chọn ngôn ngữ ở đầu trang.",
        ),
    ],
    "body_lo": [],
    "image": "book",
    "category": "thong-bao",
    "tags": [],
    "lao_is_demo_translation": False,
}

NEWS = [KONTUM_SEKONG, MOJ_DELEGATION, PORTAL_LAUNCH, FEED_HOWTO, TRANSLATION_NOTICE]

# Related news editors chose: (news slug, [related slugs]).
RELATED = [
    (KONTUM_SEKONG["slug_vi"], [MOJ_DELEGATION["slug_vi"]]),
    (MOJ_DELEGATION["slug_vi"], [KONTUM_SEKONG["slug_vi"], PORTAL_LAUNCH["slug_vi"]]),
]

DISCLAIMER_VI = (
    "Bài viết nhằm phổ biến pháp luật, không thay thế văn bản pháp luật. Khi cần, hãy đọc "
    "toàn văn văn bản hoặc hỏi cơ quan tư pháp nơi bạn cư trú."
)
DISCLAIMER_LO = (
    "ບົດຄວາມນີ້ມີຈຸດປະສົງເພື່ອເຜີຍແຜ່ກົດໝາຍ, ບໍ່ໄດ້ທົດແທນເອກະສານກົດໝາຍ. ເມື່ອຈຳເປັນ, ໃຫ້ອ່ານ"
    "ເອກະສານສະບັບເຕັມ ຫຼື ສອບຖາມອົງການຍຸຕິທຳບ່ອນທີ່ທ່ານອາໄສຢູ່."
)

# Citations: (words in the legal document's Vietnamese title, anchor, note vi, note lo). They
# are linked only when the gazette holds a live document whose title contains those words.
MARRIAGE = {
    "slug_vi": "dieu-kien-va-thu-tuc-dang-ky-ket-hon",
    "slug_lo": "nguen-khai-lae-khan-ton-kan-chot-thabian-taeng-ngan",
    "title_vi": "Điều kiện và thủ tục đăng ký kết hôn",
    "title_lo": "ເງື່ອນໄຂ ແລະ ຂັ້ນຕອນການຈົດທະບຽນແຕ່ງງານ",
    "date": datetime.date(2025, 5, 12),
    "topic": "hon-nhan-gia-dinh",
    "audience": "families",
    "lead_vi": (
        "Ai được kết hôn, đăng ký ở đâu và cần giấy tờ gì: những câu hỏi thường gặp, trả lời "
        "theo Luật Hôn nhân và gia đình năm 2014 và Luật Hộ tịch năm 2014."
    ),
    "lead_lo": (
        "ໃຜສາມາດແຕ່ງງານໄດ້, ຈົດທະບຽນຢູ່ໃສ ແລະ ຕ້ອງມີເອກະສານຫຍັງແດ່: ຄຳຖາມທີ່ພົບເລື້ອຍ, "
        "ຕອບຕາມກົດໝາຍວ່າດ້ວຍການແຕ່ງງານ ແລະ ຄອບຄົວ ປີ 2014 ແລະ ກົດໝາຍວ່າດ້ວຍການຈົດທະບຽນ"
        "ພົນລະເມືອງ ປີ 2014 ຂອງ ຫວຽດນາມ."
    ),
    "body_vi": [
        (
            "question",
            (
                "Nam, nữ bao nhiêu tuổi thì được kết hôn?",
                "Nam từ đủ 20 tuổi trở lên, nữ từ đủ 18 tuổi trở lên (điểm a khoản 1 Điều 8 "
                "Luật Hôn nhân và gia đình năm 2014). Việc kết hôn do hai bên tự nguyện quyết "
                "định; người mất năng lực hành vi dân sự không được kết hôn.",
            ),
        ),
        (
            "question",
            (
                "Những trường hợp nào bị cấm kết hôn?",
                "Pháp luật cấm kết hôn giả tạo, tảo hôn, cưỡng ép hoặc lừa dối kết hôn; cấm "
                "người đang có vợ hoặc có chồng kết hôn với người khác; cấm kết hôn giữa những "
                "người cùng dòng máu về trực hệ và giữa những người có họ trong phạm vi ba đời "
                "(khoản 2 Điều 5 Luật Hôn nhân và gia đình).",
            ),
        ),
        (
            "question",
            (
                "Đăng ký kết hôn ở đâu, có mất lệ phí không?",
                "Hai bên đến Ủy ban nhân dân cấp xã nơi cư trú của một trong hai người để đăng "
                "ký (Điều 17 Luật Hộ tịch năm 2014). Công dân Việt Nam cư trú ở trong nước được "
                "miễn lệ phí đăng ký kết hôn (Điều 11 Luật Hộ tịch).",
            ),
        ),
        (
            "question",
            (
                "Cần giấy tờ gì và bao lâu thì có Giấy chứng nhận kết hôn?",
                "Hai bên nộp tờ khai đăng ký kết hôn theo mẫu và xuất trình giấy tờ tùy thân. "
                "Nếu đủ điều kiện, ngay sau khi nhận đủ giấy tờ, công chức tư pháp - hộ tịch ghi "
                "việc kết hôn vào Sổ hộ tịch và hai bên cùng ký vào Giấy chứng nhận kết hôn; "
                "trường hợp cần xác minh thêm thì không quá 05 ngày làm việc (Điều 18 Luật Hộ "
                "tịch).",
            ),
        ),
        ("paragraph", DISCLAIMER_VI),
    ],
    "body_lo": [
        (
            "question",
            (
                "ຜູ້ຊາຍ ແລະ ຜູ້ຍິງ ອາຍຸເທົ່າໃດຈຶ່ງແຕ່ງງານໄດ້?",
                "ຜູ້ຊາຍຕ້ອງມີອາຍຸຄົບ 20 ປີຂຶ້ນໄປ, ຜູ້ຍິງຕ້ອງມີອາຍຸຄົບ 18 ປີຂຶ້ນໄປ (ຂໍ້ a ວັກ 1 "
                "ມາດຕາ 8 ຂອງກົດໝາຍວ່າດ້ວຍການແຕ່ງງານ ແລະ ຄອບຄົວ ປີ 2014). ການແຕ່ງງານແມ່ນ"
                "ທັງສອງຝ່າຍຕັດສິນໃຈດ້ວຍຄວາມສະໝັກໃຈ; ຜູ້ທີ່ສູນເສຍຄວາມສາມາດປະຕິບັດທາງແພ່ງ "
                "ບໍ່ສາມາດແຕ່ງງານໄດ້.",
            ),
        ),
        (
            "question",
            (
                "ກໍລະນີໃດແດ່ທີ່ຖືກຫ້າມແຕ່ງງານ?",
                "ກົດໝາຍຫ້າມການແຕ່ງງານແບບປອມ, ການແຕ່ງງານກ່ອນອາຍຸ, ການບັງຄັບ ຫຼື ການຫຼອກລວງ"
                "ໃຫ້ແຕ່ງງານ; ຫ້າມຜູ້ທີ່ມີເມຍ ຫຼື ມີຜົວຢູ່ແລ້ວ ແຕ່ງງານກັບຄົນອື່ນ; ຫ້າມການແຕ່ງງານ"
                "ລະຫວ່າງຜູ້ທີ່ມີສາຍເລືອດດຽວກັນທາງກົງ ແລະ ລະຫວ່າງຍາດພີ່ນ້ອງພາຍໃນສາມຊົ່ວຄົນ "
                "(ວັກ 2 ມາດຕາ 5 ຂອງກົດໝາຍວ່າດ້ວຍການແຕ່ງງານ ແລະ ຄອບຄົວ).",
            ),
        ),
        (
            "question",
            (
                "ຈົດທະບຽນແຕ່ງງານຢູ່ໃສ, ຕ້ອງເສຍຄ່າທຳນຽມບໍ?",
                "ທັງສອງຝ່າຍໄປຈົດທະບຽນຢູ່ຄະນະກຳມະການປະຊາຊົນຂັ້ນຕາແສງ ບ່ອນທີ່ຝ່າຍໃດຝ່າຍໜຶ່ງ"
                "ອາໄສຢູ່ (ມາດຕາ 17 ຂອງກົດໝາຍວ່າດ້ວຍການຈົດທະບຽນພົນລະເມືອງ ປີ 2014). "
                "ພົນລະເມືອງຫວຽດນາມທີ່ອາໄສຢູ່ພາຍໃນປະເທດ ໄດ້ຮັບການຍົກເວັ້ນຄ່າທຳນຽມຈົດທະບຽນ"
                "ແຕ່ງງານ (ມາດຕາ 11 ຂອງກົດໝາຍວ່າດ້ວຍການຈົດທະບຽນພົນລະເມືອງ).",
            ),
        ),
        (
            "question",
            (
                "ຕ້ອງມີເອກະສານຫຍັງ ແລະ ດົນປານໃດຈຶ່ງໄດ້ໃບຢັ້ງຢືນການແຕ່ງງານ?",
                "ທັງສອງຝ່າຍຍື່ນແບບຟອມຂໍຈົດທະບຽນແຕ່ງງານ ແລະ ສະແດງເອກະສານຢັ້ງຢືນຕົວຕົນ. ຖ້າມີ"
                "ເງື່ອນໄຂຄົບຖ້ວນ, ທັນທີຫຼັງຈາກໄດ້ຮັບເອກະສານຄົບ, ພະນັກງານຍຸຕິທຳ - ທະບຽນ"
                "ພົນລະເມືອງ ຈະບັນທຶກການແຕ່ງງານເຂົ້າໃນປຶ້ມທະບຽນ ແລະ ທັງສອງຝ່າຍລົງລາຍເຊັນໃນໃບ"
                "ຢັ້ງຢືນການແຕ່ງງານ; ໃນກໍລະນີທີ່ຕ້ອງກວດສອບເພີ່ມເຕີມ, ໄລຍະເວລາບໍ່ເກີນ 05 ວັນ"
                "ລັດຖະການ (ມາດຕາ 18 ຂອງກົດໝາຍວ່າດ້ວຍການຈົດທະບຽນພົນລະເມືອງ).",
            ),
        ),
        ("paragraph", DISCLAIMER_LO),
    ],
    "citations": [
        ("Hôn nhân và gia đình", "article-8", "Điều kiện kết hôn", "ເງື່ອນໄຂການແຕ່ງງານ"),
        ("Hộ tịch", "article-18", "Thủ tục đăng ký kết hôn", "ຂັ້ນຕອນການຈົດທະບຽນແຕ່ງງານ"),
    ],
    "image": "family",
    "lao_is_demo_translation": True,
}

BIRTH = {
    "slug_vi": "dang-ky-khai-sinh-cho-con",
    "slug_lo": "kan-chaeng-koet-hai-luk",
    "title_vi": "Đăng ký khai sinh cho con: thời hạn, nơi đăng ký và giấy tờ cần có",
    "title_lo": "ການແຈ້ງເກີດໃຫ້ລູກ: ກຳນົດເວລາ, ບ່ອນແຈ້ງ ແລະ ເອກະສານທີ່ຕ້ອງມີ",
    "date": datetime.date(2025, 5, 26),
    "topic": "ho-tich",
    "audience": "families",
    "lead_vi": (
        "Trong 60 ngày kể từ ngày sinh con, cha hoặc mẹ phải đăng ký khai sinh cho con. Đăng ký "
        "đúng hạn thì không mất lệ phí."
    ),
    "lead_lo": (
        "ພາຍໃນ 60 ວັນ ນັບແຕ່ວັນເກີດລູກ, ພໍ່ ຫຼື ແມ່ ຕ້ອງແຈ້ງເກີດໃຫ້ລູກ. ການແຈ້ງເກີດຕາມກຳນົດ ເວລາ ແມ່ນບໍ່ເສຍຄ່າທຳນຽມ."
    ),
    "body_vi": [
        (
            "question",
            (
                "Ai phải đi đăng ký khai sinh và trong thời hạn bao lâu?",
                "Trong thời hạn 60 ngày kể từ ngày sinh con, cha hoặc mẹ có trách nhiệm đăng ký "
                "khai sinh cho con; nếu cha, mẹ không thể đi thì ông, bà, người thân thích khác "
                "hoặc cá nhân, tổ chức đang nuôi dưỡng trẻ em đi đăng ký (khoản 1 Điều 15 Luật "
                "Hộ tịch năm 2014).",
            ),
        ),
        (
            "question",
            (
                "Đăng ký khai sinh ở đâu?",
                "Tại Ủy ban nhân dân cấp xã nơi cư trú của người cha hoặc người mẹ (Điều 13 "
                "Luật Hộ tịch).",
            ),
        ),
        (
            "question",
            (
                "Cần mang theo giấy tờ gì?",
                "Tờ khai theo mẫu và giấy chứng sinh; nếu không có giấy chứng sinh thì nộp văn "
                "bản của người làm chứng xác nhận về việc sinh (khoản 1 Điều 16 Luật Hộ tịch). "
                "Người đi đăng ký xuất trình giấy tờ tùy thân của mình.",
            ),
        ),
        (
            "question",
            (
                "Đăng ký khai sinh có mất lệ phí không?",
                "Đăng ký khai sinh đúng hạn được miễn lệ phí (điểm b khoản 1 Điều 11 Luật Hộ "
                "tịch).",
            ),
        ),
        ("paragraph", DISCLAIMER_VI),
    ],
    "body_lo": [
        (
            "question",
            (
                "ໃຜຕ້ອງໄປແຈ້ງເກີດ ແລະ ພາຍໃນກຳນົດເວລາເທົ່າໃດ?",
                "ພາຍໃນ 60 ວັນ ນັບແຕ່ວັນເກີດລູກ, ພໍ່ ຫຼື ແມ່ ມີໜ້າທີ່ແຈ້ງເກີດໃຫ້ລູກ; ຖ້າພໍ່ ແມ່ "
                "ບໍ່ສາມາດໄປໄດ້, ປູ່ ຍ່າ ຕາ ຍາຍ, ຍາດພີ່ນ້ອງອື່ນ ຫຼື ບຸກຄົນ, ການຈັດຕັ້ງທີ່ກຳລັງ"
                "ລ້ຽງດູເດັກ ເປັນຜູ້ໄປແຈ້ງ (ວັກ 1 ມາດຕາ 15 ຂອງກົດໝາຍວ່າດ້ວຍການຈົດທະບຽນ"
                "ພົນລະເມືອງ ປີ 2014).",
            ),
        ),
        (
            "question",
            (
                "ແຈ້ງເກີດຢູ່ໃສ?",
                "ທີ່ຄະນະກຳມະການປະຊາຊົນຂັ້ນຕາແສງ ບ່ອນທີ່ພໍ່ ຫຼື ແມ່ອາໄສຢູ່ (ມາດຕາ 13 ຂອງກົດໝາຍ"
                "ວ່າດ້ວຍການຈົດທະບຽນພົນລະເມືອງ).",
            ),
        ),
        (
            "question",
            (
                "ຕ້ອງນຳເອກະສານຫຍັງໄປແດ່?",
                "ແບບຟອມແຈ້ງເກີດ ແລະ ໃບຢັ້ງຢືນການເກີດ; ຖ້າບໍ່ມີໃບຢັ້ງຢືນການເກີດ ໃຫ້ຍື່ນໜັງສື"
                "ຢັ້ງຢືນການເກີດຂອງພະຍານ (ວັກ 1 ມາດຕາ 16 ຂອງກົດໝາຍວ່າດ້ວຍການຈົດທະບຽນ"
                "ພົນລະເມືອງ). ຜູ້ທີ່ໄປແຈ້ງຕ້ອງສະແດງເອກະສານຢັ້ງຢືນຕົວຕົນຂອງຕົນ.",
            ),
        ),
        (
            "question",
            (
                "ການແຈ້ງເກີດຕ້ອງເສຍຄ່າທຳນຽມບໍ?",
                "ການແຈ້ງເກີດຕາມກຳນົດເວລາ ແມ່ນໄດ້ຮັບການຍົກເວັ້ນຄ່າທຳນຽມ (ຂໍ້ b ວັກ 1 ມາດຕາ 11 "
                "ຂອງກົດໝາຍວ່າດ້ວຍການຈົດທະບຽນພົນລະເມືອງ).",
            ),
        ),
        ("paragraph", DISCLAIMER_LO),
    ],
    "citations": [
        ("Hộ tịch", "article-15", "Thời hạn đăng ký khai sinh", "ກຳນົດເວລາແຈ້ງເກີດ"),
        ("Hộ tịch", "article-16", "Thủ tục đăng ký khai sinh", "ຂັ້ນຕອນການແຈ້ງເກີດ"),
    ],
    "image": "family",
    "lao_is_demo_translation": True,
}

PROBATION = {
    "slug_vi": "thu-viec-toi-da-bao-lau-va-duoc-tra-luong-the-nao",
    "slug_lo": "kan-thotlong-viak-don-sungsut-pan-dai",
    "title_vi": "Thử việc: tối đa bao lâu và được trả lương thế nào?",
    "title_lo": "ການທົດລອງວຽກ: ດົນສູງສຸດປານໃດ ແລະ ໄດ້ຮັບເງິນເດືອນແນວໃດ?",
    "date": datetime.date(2025, 6, 9),
    "topic": "lao-dong",
    "audience": "workers",
    "lead_vi": (
        "Bộ luật Lao động năm 2019 giới hạn thời gian thử việc theo tính chất công việc và bảo "
        "đảm tiền lương thử việc ít nhất bằng 85% mức lương của công việc đó."
    ),
    "lead_lo": (
        "ປະມວນກົດໝາຍແຮງງານ ປີ 2019 ຂອງ ຫວຽດນາມ ຈຳກັດໄລຍະທົດລອງວຽກຕາມລັກສະນະຂອງວຽກ ແລະ "
        "ຮັບປະກັນວ່າ ເງິນເດືອນໃນໄລຍະທົດລອງວຽກ ຕ້ອງບໍ່ຕ່ຳກວ່າ 85% ຂອງເງິນເດືອນຂອງວຽກນັ້ນ."
    ),
    "body_vi": [
        (
            "question",
            (
                "Thời gian thử việc tối đa là bao lâu?",
                "Chỉ được thử việc một lần đối với một công việc. Thời gian thử việc không quá "
                "180 ngày đối với công việc của người quản lý doanh nghiệp; không quá 60 ngày "
                "đối với công việc cần trình độ từ cao đẳng trở lên; không quá 30 ngày đối với "
                "công việc cần trình độ trung cấp, công nhân kỹ thuật, nhân viên nghiệp vụ; "
                "không quá 06 ngày làm việc đối với công việc khác (Điều 25 Bộ luật Lao động "
                "năm 2019).",
            ),
        ),
        (
            "question",
            (
                "Lương thử việc được bao nhiêu?",
                "Do hai bên thỏa thuận nhưng ít nhất phải bằng 85% mức lương của công việc đó "
                "(Điều 26 Bộ luật Lao động).",
            ),
        ),
        (
            "question",
            (
                "Khi hết thời gian thử việc thì sao?",
                "Người sử dụng lao động phải thông báo kết quả thử việc cho người lao động. Nếu "
                "đạt yêu cầu, hai bên tiếp tục thực hiện hợp đồng lao động đã giao kết hoặc giao "
                "kết hợp đồng lao động; nếu không đạt thì chấm dứt. Trong thời gian thử việc, mỗi "
                "bên có quyền hủy bỏ thỏa thuận thử việc mà không cần báo trước và không phải bồi "
                "thường (Điều 27 Bộ luật Lao động).",
            ),
        ),
        ("paragraph", DISCLAIMER_VI),
    ],
    "body_lo": [
        (
            "question",
            (
                "ໄລຍະທົດລອງວຽກດົນສູງສຸດປານໃດ?",
                "ການທົດລອງວຽກເຮັດໄດ້ພຽງຄັ້ງດຽວສຳລັບວຽກໜຶ່ງ. ໄລຍະທົດລອງວຽກບໍ່ເກີນ 180 ວັນ "
                "ສຳລັບວຽກຂອງຜູ້ບໍລິຫານວິສາຫະກິດ; ບໍ່ເກີນ 60 ວັນ ສຳລັບວຽກທີ່ຕ້ອງການລະດັບການສຶກສາ"
                "ແຕ່ຊັ້ນສູງຂຶ້ນໄປ; ບໍ່ເກີນ 30 ວັນ ສຳລັບວຽກທີ່ຕ້ອງການລະດັບຊັ້ນກາງ, ກຳມະກອນ"
                "ວິຊາການ, ພະນັກງານວິຊາສະເພາະ; ບໍ່ເກີນ 06 ວັນເຮັດວຽກ ສຳລັບວຽກອື່ນໆ (ມາດຕາ 25 "
                "ຂອງປະມວນກົດໝາຍແຮງງານ ປີ 2019).",
            ),
        ),
        (
            "question",
            (
                "ເງິນເດືອນທົດລອງວຽກໄດ້ເທົ່າໃດ?",
                "ແມ່ນສອງຝ່າຍຕົກລົງກັນ ແຕ່ຢ່າງໜ້ອຍຕ້ອງເທົ່າກັບ 85% ຂອງເງິນເດືອນຂອງວຽກນັ້ນ "
                "(ມາດຕາ 26 ຂອງປະມວນກົດໝາຍແຮງງານ).",
            ),
        ),
        (
            "question",
            (
                "ເມື່ອໝົດໄລຍະທົດລອງວຽກແລ້ວ ຈະເປັນແນວໃດ?",
                "ຜູ້ໃຊ້ແຮງງານຕ້ອງແຈ້ງຜົນການທົດລອງວຽກໃຫ້ຜູ້ອອກແຮງງານຊາບ. ຖ້າຜ່ານ, ສອງຝ່າຍສືບຕໍ່"
                "ປະຕິບັດສັນຍາແຮງງານທີ່ໄດ້ເຊັນໄວ້ ຫຼື ເຊັນສັນຍາແຮງງານ; ຖ້າບໍ່ຜ່ານ ກໍ່ຢຸດເຊົາ. ໃນ"
                "ໄລຍະທົດລອງວຽກ, ແຕ່ລະຝ່າຍມີສິດຍົກເລີກການຕົກລົງທົດລອງວຽກໂດຍບໍ່ຕ້ອງແຈ້ງລ່ວງໜ້າ "
                "ແລະ ບໍ່ຕ້ອງຈ່າຍຄ່າເສຍຫາຍ (ມາດຕາ 27 ຂອງປະມວນກົດໝາຍແຮງງານ).",
            ),
        ),
        ("paragraph", DISCLAIMER_LO),
    ],
    "citations": [
        ("Bộ luật Lao động", "article-25", "Thời gian thử việc", "ໄລຍະທົດລອງວຽກ"),
        ("Bộ luật Lao động", "article-26", "Tiền lương thử việc", "ເງິນເດືອນທົດລອງວຽກ"),
    ],
    "image": "contract",
    "lao_is_demo_translation": True,
}

DRINK_DRIVING = {
    "slug_vi": "da-uong-ruou-bia-thi-khong-lai-xe",
    "slug_lo": "duem-lao-beer-laeo-ya-khap-lot",
    "title_vi": "Đã uống rượu, bia thì không lái xe",
    "title_lo": "ດື່ມເຫຼົ້າ ຫຼື ເບຍແລ້ວ ຢ່າຂັບຂີ່ພາຫະນະ",
    "date": datetime.date(2025, 6, 23),
    "topic": "giao-thong",
    "audience": "everyone",
    "lead_vi": (
        "Từ ngày 01/01/2025, Luật Trật tự, an toàn giao thông đường bộ nghiêm cấm điều khiển "
        "phương tiện khi trong máu hoặc hơi thở có nồng độ cồn."
    ),
    "lead_lo": (
        "ນັບແຕ່ວັນທີ 01/01/2025, ກົດໝາຍວ່າດ້ວຍຄວາມເປັນລະບຽບ ແລະ ຄວາມປອດໄພການຈະລາຈອນທາງບົກ"
        "ຂອງ ຫວຽດນາມ ຫ້າມຂາດການຂັບຂີ່ພາຫະນະ ເມື່ອມີແອວກໍຮໍໃນເລືອດ ຫຼື ໃນລົມຫາຍໃຈ."
    ),
    "body_vi": [
        (
            "question",
            (
                "Uống một chút có được lái xe không?",
                "Không. Luật cấm điều khiển phương tiện tham gia giao thông đường bộ mà trong "
                "máu hoặc hơi thở có nồng độ cồn (khoản 2 Điều 9 Luật Trật tự, an toàn giao "
                "thông đường bộ năm 2024), dù nồng độ cao hay thấp.",
            ),
        ),
        (
            "question",
            (
                "Vi phạm thì bị xử lý thế nào?",
                "Người vi phạm bị phạt tiền theo Nghị định 168/2024/NĐ-CP; mức phạt tăng theo "
                "nồng độ cồn đo được và theo loại xe, có thể kèm theo trừ điểm hoặc tước quyền "
                "sử dụng giấy phép lái xe.",
            ),
        ),
        (
            "question",
            (
                "Làm sao để về nhà an toàn sau khi uống rượu, bia?",
                "Hãy đi xe khách, taxi, xe công nghệ hoặc nhờ người không uống rượu, bia chở về. "
                "Nếu biết mình sẽ uống, hãy để xe ở nhà.",
            ),
        ),
        ("paragraph", DISCLAIMER_VI),
    ],
    "body_lo": [
        (
            "question",
            (
                "ດື່ມໜ້ອຍໜຶ່ງ ຂັບຂີ່ໄດ້ບໍ?",
                "ບໍ່ໄດ້. ກົດໝາຍຫ້າມຂັບຂີ່ພາຫະນະເຂົ້າຮ່ວມການຈະລາຈອນທາງບົກ ເມື່ອມີແອວກໍຮໍໃນ"
                "ເລືອດ ຫຼື ໃນລົມຫາຍໃຈ (ວັກ 2 ມາດຕາ 9 ຂອງກົດໝາຍວ່າດ້ວຍຄວາມເປັນລະບຽບ ແລະ "
                "ຄວາມປອດໄພການຈະລາຈອນທາງບົກ ປີ 2024), ບໍ່ວ່າຈະຫຼາຍ ຫຼື ໜ້ອຍ.",
            ),
        ),
        (
            "question",
            (
                "ຖ້າລະເມີດ ຈະຖືກລົງໂທດແນວໃດ?",
                "ຜູ້ລະເມີດຈະຖືກປັບໃໝເປັນເງິນ ຕາມດຳລັດເລກທີ 168/2024/NĐ-CP; ອັດຕາປັບໃໝເພີ່ມຂຶ້ນ"
                "ຕາມປະລິມານແອວກໍຮໍທີ່ວັດໄດ້ ແລະ ຕາມປະເພດພາຫະນະ, ແລະ ອາດຈະຖືກຕັດຄະແນນ ຫຼື "
                "ຖືກຖອນສິດນຳໃຊ້ໃບຂັບຂີ່.",
            ),
        ),
        (
            "question",
            (
                "ເຮັດແນວໃດຈຶ່ງກັບເຮືອນໄດ້ຢ່າງປອດໄພ ຫຼັງຈາກດື່ມເຫຼົ້າ ຫຼື ເບຍ?",
                "ໃຫ້ໃຊ້ລົດໂດຍສານ, ລົດແທັກຊີ, ລົດຮັບຈ້າງຜ່ານແອັບ ຫຼື ໃຫ້ຄົນທີ່ບໍ່ໄດ້ດື່ມ ຂັບພາ"
                "ກັບເຮືອນ. ຖ້າຮູ້ວ່າຕົນເອງຈະດື່ມ, ໃຫ້ປະລົດໄວ້ຢູ່ເຮືອນ.",
            ),
        ),
        ("paragraph", DISCLAIMER_LO),
    ],
    "citations": [
        (
            "Trật tự, an toàn giao thông đường bộ",
            "article-9",
            "Các hành vi bị nghiêm cấm",
            "ການກະທຳທີ່ຖືກຫ້າມ",
        ),
        ("168/2024/NĐ-CP", "", "Mức phạt vi phạm", "ອັດຕາປັບໃໝ"),
    ],
    "image": "road",
    "lao_is_demo_translation": True,
}

EXPLAINERS = [MARRIAGE, BIRTH, PROBATION, DRINK_DRIVING]
