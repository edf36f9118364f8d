"""A small bilingual corpus and the queries citizens type, with the page each must find.

Each topic is one page with its Vietnamese and Lao text. Topics with `document` metadata are
indexed as legal documents (number, type, year) through the same code a gazette page uses; the
others through StandardPage.search_document. Queries cover typing without accents, the other
tone placement, Lao words inside runs written without spaces, Lao variant spellings, Lao digits,
zero-width spaces, and document numbers typed both ways.
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Topic:
    slug: str
    title_vi: str
    body_vi: str
    title_lo: str
    body_lo: str
    document: dict = field(default_factory=dict)  # section, document_number, document_type, year


def law(number: str, year: int, document_type: str = "law") -> dict:
    return {
        "section": "legal_document",
        "document_number": number,
        "document_type": document_type,
        "year": year,
        "status": "in_force",
    }


TOPICS = [
    Topic(
        "luat-dat-dai",
        "Luật Đất đai",
        "Luật Đất đai quy định về chế độ sở hữu đất đai, quyền và nghĩa vụ của người sử dụng "
        "đất, việc cấp Giấy chứng nhận quyền sử dụng đất và bồi thường khi Nhà nước thu hồi đất.",
        "ກົດໝາຍວ່າດ້ວຍທີ່ດິນ",
        "ກົດໝາຍສະບັບນີ້ກຳນົດກ່ຽວກັບກຳມະສິດທີ່ດິນ, ສິດ ແລະ ພັນທະຂອງຜູ້ນຳໃຊ້ທີ່ດິນ, "
        "ການອອກໃບຕາດິນ ແລະ ການທົດແທນຄ່າເສຍຫາຍເມື່ອລັດເວນຄືນທີ່ດິນ.",
        law("31/2024/QH15", 2024),
    ),
    Topic(
        "hon-nhan-gia-dinh",
        "Luật Hôn nhân và gia đình",
        "Luật quy định chế độ hôn nhân và gia đình: điều kiện kết hôn, đăng ký kết hôn, quyền và "
        "nghĩa vụ giữa vợ và chồng, giữa cha mẹ và con, ly hôn và cấp dưỡng.",
        "ກົດໝາຍວ່າດ້ວຍຄອບຄົວ",
        "ກົດໝາຍສະບັບນີ້ກຳນົດເງື່ອນໄຂການແຕ່ງງານ, ການຈົດທະບຽນແຕ່ງງານ, ສິດ ແລະ ພັນທະລະຫວ່າງຜົວກັບເມຍ, "
        "ພໍ່ແມ່ກັບລູກ, ການຢ່າຮ້າງ ແລະ ການລ້ຽງດູ.",
        law("52/2014/QH13", 2014),
    ),
    Topic(
        "bo-luat-dan-su",
        "Bộ luật Dân sự",
        "Bộ luật Dân sự quy định địa vị pháp lý, chuẩn mực pháp lý về cách ứng xử của cá nhân, "
        "pháp nhân; quyền, nghĩa vụ về nhân thân và tài sản, hợp đồng và thừa kế.",
        "ປະມວນກົດໝາຍແພ່ງ",
        "ປະມວນກົດໝາຍແພ່ງກຳນົດກ່ຽວກັບສິດ ແລະ ພັນທະທາງດ້ານຊັບສິນ, ສັນຍາ, ມໍລະດົກ "
        "ແລະ ຄວາມຮັບຜິດຊອບທາງແພ່ງຂອງບຸກຄົນ ແລະ ນິຕິບຸກຄົນ.",
        law("91/2015/QH13", 2015),
    ),
    Topic(
        "bo-luat-lao-dong",
        "Bộ luật Lao động",
        "Bộ luật Lao động quy định tiêu chuẩn lao động, quyền và nghĩa vụ của người lao động và "
        "người sử dụng lao động, hợp đồng lao động, tiền lương, thời giờ làm việc.",
        "ກົດໝາຍວ່າດ້ວຍແຮງງານ",
        "ກົດໝາຍວ່າດ້ວຍແຮງງານກຳນົດສິດ ແລະ ພັນທະຂອງຜູ້ອອກແຮງງານ ແລະ ຜູ້ໃຊ້ແຮງງານ, "
        "ສັນຍາແຮງງານ, ເງິນເດືອນ ແລະ ເວລາເຮັດວຽກ.",
        law("45/2019/QH14", 2019),
    ),
    Topic(
        "tro-giup-phap-ly",
        "Luật Trợ giúp pháp lý",
        "Người nghèo, người có công với cách mạng, trẻ em không nơi nương tựa được trợ giúp pháp "
        "lý miễn phí: tư vấn pháp luật, tham gia tố tụng, đại diện ngoài tố tụng.",
        "ການຊ່ວຍເຫຼືອທາງດ້ານກົດໝາຍ",
        "ຄົນທຸກຍາກ, ເດັກກຳພ້າ ແລະ ຜູ້ທີ່ມີຄວາມຫຍຸ້ງຍາກ ໄດ້ຮັບການຊ່ວຍເຫຼືອທາງດ້ານກົດໝາຍໂດຍບໍ່ເສຍຄ່າ "
        "ເຊັ່ນ: ການໃຫ້ຄຳປຶກສາດ້ານກົດໝາຍ ແລະ ການເປັນຕົວແທນໃນການດຳເນີນຄະດີ.",
        law("11/2017/QH14", 2017),
    ),
    Topic(
        "hoa-giai-co-so",
        "Luật Hòa giải ở cơ sở",
        "Hòa giải viên ở thôn, tổ dân phố giúp các bên tranh chấp tự nguyện thỏa thuận giải quyết "
        "mâu thuẫn và vi phạm pháp luật nhỏ trong cộng đồng.",
        "ໜ່ວຍໄກ່ເກ່ຍຂັ້ນບ້ານ",
        "ໜ່ວຍໄກ່ເກ່ຍຂັ້ນບ້ານຊ່ວຍໃຫ້ຄູ່ກໍລະນີຕົກລົງກັນດ້ວຍຄວາມສະໝັກໃຈ ເພື່ອແກ້ໄຂຂໍ້ຂັດແຍ່ງ "
        "ແລະ ການລະເມີດກົດໝາຍເລັກນ້ອຍພາຍໃນຊຸມຊົນ.",
        law("35/2013/QH13", 2013),
    ),
    Topic(
        "thuy-loi",
        "Luật Thủy lợi",
        "Luật Thủy lợi quy định về chiến lược, quy hoạch thủy lợi; đầu tư xây dựng, quản lý, "
        "khai thác công trình thủy lợi và tưới nước cho nông nghiệp.",
        "ກົດໝາຍວ່າດ້ວຍຊົນລະປະທານ",
        "ກົດໝາຍສະບັບນີ້ກຳນົດກ່ຽວກັບການສ້າງ, ຄຸ້ມຄອງ ແລະ ນຳໃຊ້ລະບົບຊົນລະປະທານ ເພື່ອສະໜອງນ້ຳໃຫ້ແກ່ການກະສິກຳ.",
        law("08/2017/QH14", 2017),
    ),
    Topic(
        "thuy-san",
        "Luật Thuỷ sản",
        "Luật Thuỷ sản quy định về bảo vệ và phát triển nguồn lợi thuỷ sản, nuôi trồng, khai "
        "thác thuỷ sản và quản lý tàu cá.",
        "ກົດໝາຍວ່າດ້ວຍການປະມົງ",
        "ກົດໝາຍສະບັບນີ້ກຳນົດກ່ຽວກັບການປົກປັກຮັກສາຊັບພະຍາກອນສັດນ້ຳ, ການລ້ຽງປາ ແລະ ການຫາປາ.",
        law("18/2017/QH14", 2017),
    ),
    Topic(
        "quoc-tich",
        "Luật Quốc tịch Việt Nam",
        "Luật quy định về việc có quốc tịch, nhập quốc tịch, trở lại quốc tịch, thôi quốc tịch "
        "và tước quốc tịch Việt Nam.",
        "ກົດໝາຍວ່າດ້ວຍສັນຊາດ",
        "ກົດໝາຍສະບັບນີ້ກຳນົດການໄດ້ມາ, ການຂໍເຂົ້າສັນຊາດ, ການສະລະ ແລະ ການຖອນສັນຊາດ.",
    ),
    Topic(
        "cu-tru",
        "Luật Cư trú",
        "Công dân đăng ký thường trú, tạm trú tại nơi mình sinh sống; cơ quan đăng ký cư trú "
        "cập nhật thông tin vào Cơ sở dữ liệu về cư trú.",
        "ການແຈ້ງທີ່ຢູ່ ແລະ ສຳມະໂນຄົວ",
        "ພົນລະເມືອງຕ້ອງແຈ້ງທີ່ຢູ່ຖາວອນ ຫຼື ທີ່ຢູ່ຊົ່ວຄາວ ແລະ ຂຶ້ນທະບຽນສຳມະໂນຄົວ ຢູ່ບ້ານທີ່ຕົນອາໄສຢູ່.",
    ),
    Topic(
        "ho-tich",
        "Luật Hộ tịch",
        "Đăng ký khai sinh, khai tử, kết hôn và nhận cha, mẹ, con được thực hiện tại Ủy ban "
        "nhân dân cấp xã nơi cư trú.",
        "ການຈົດທະບຽນການເກີດ",
        "ການແຈ້ງເກີດ, ການແຈ້ງຕາຍ ແລະ ການຈົດທະບຽນແຕ່ງງານ ແມ່ນດຳເນີນຢູ່ຫ້ອງການປົກຄອງບ້ານ ຫຼື ເມືອງ ບ່ອນທີ່ອາໄສຢູ່.",
    ),
    Topic(
        "giao-thong-duong-bo",
        "Luật Trật tự, an toàn giao thông đường bộ",
        "Người điều khiển xe mô tô, xe gắn máy phải đội mũ bảo hiểm, có giấy phép lái xe và "
        "không được sử dụng rượu, bia khi lái xe.",
        "ກົດໝາຍວ່າດ້ວຍການຈະລາຈອນທາງບົກ",
        "ຜູ້ຂັບຂີ່ລົດຈັກຕ້ອງໃສ່ໝວກກັນກະທົບ, ມີໃບຂັບຂີ່ ແລະ ຫ້າມດື່ມເຫຼົ້າ ຫຼື ເບຍໃນເວລາຂັບຂີ່.",
    ),
    Topic(
        "doanh-nghiep",
        "Luật Doanh nghiệp",
        "Luật quy định về thành lập, tổ chức quản lý, tổ chức lại, giải thể doanh nghiệp và đăng "
        "ký doanh nghiệp trực tuyến.",
        "ກົດໝາຍວ່າດ້ວຍວິສາຫະກິດ",
        "ກົດໝາຍສະບັບນີ້ກຳນົດກ່ຽວກັບການສ້າງຕັ້ງ, ການຄຸ້ມຄອງ ແລະ ການຍຸບເລີກວິສາຫະກິດ ລວມທັງການຈົດທະບຽນວິສາຫະກິດ.",
    ),
    Topic(
        "dau-tu",
        "Luật Đầu tư",
        "Nhà đầu tư nước ngoài được hưởng ưu đãi đầu tư khi thực hiện dự án trong ngành, nghề "
        "ưu đãi hoặc tại địa bàn có điều kiện kinh tế - xã hội khó khăn.",
        "ກົດໝາຍວ່າດ້ວຍການສົ່ງເສີມການລົງທຶນ",
        "ນັກລົງທຶນຕ່າງປະເທດໄດ້ຮັບນະໂຍບາຍສົ່ງເສີມ ເມື່ອລົງທຶນໃນຂະແໜງການທີ່ລັດສົ່ງເສີມ ຫຼື ໃນເຂດທີ່ມີຄວາມຫຍຸ້ງຍາກ.",
    ),
    Topic(
        "cong-chung",
        "Luật Công chứng",
        "Công chứng viên chứng nhận tính xác thực, hợp pháp của hợp đồng, giao dịch dân sự bằng "
        "văn bản như hợp đồng mua bán nhà ở.",
        "ກົດໝາຍວ່າດ້ວຍການຢັ້ງຢືນເອກະສານ",
        "ພະນັກງານຢັ້ງຢືນເອກະສານ ຢັ້ງຢືນຄວາມຖືກຕ້ອງຂອງສັນຍາ ເຊັ່ນ: ສັນຍາຊື້ຂາຍເຮືອນ.",
    ),
    Topic(
        "luat-su",
        "Luật Luật sư",
        "Luật sư tư vấn pháp luật, tham gia tố tụng với tư cách người bào chữa, người bảo vệ "
        "quyền lợi của đương sự.",
        "ກົດໝາຍວ່າດ້ວຍທະນາຍຄວາມ",
        "ທະນາຍຄວາມໃຫ້ຄຳປຶກສາດ້ານກົດໝາຍ ແລະ ແກ້ຕ່າງໃຫ້ລູກຄວາມໃນການດຳເນີນຄະດີຢູ່ສານ.",
    ),
    Topic(
        "thi-hanh-an",
        "Luật Thi hành án dân sự",
        "Cơ quan thi hành án dân sự tổ chức thi hành bản án, quyết định của Tòa án; người phải "
        "thi hành án có thể tự nguyện thi hành.",
        "ກົດໝາຍວ່າດ້ວຍການຈັດຕັ້ງປະຕິບັດຄຳຕັດສິນຂອງສານ",
        "ອົງການຈັດຕັ້ງປະຕິບັດຄຳຕັດສິນຂອງສານ ມີໜ້າທີ່ປະຕິບັດຄຳຕັດສິນທີ່ໃຊ້ໄດ້ຢ່າງເປັນທາງການ.",
    ),
    Topic(
        "xu-ly-vi-pham-hanh-chinh",
        "Luật Xử lý vi phạm hành chính",
        "Hình thức xử phạt vi phạm hành chính gồm cảnh cáo, phạt tiền, tước quyền sử dụng giấy "
        "phép và tịch thu tang vật.",
        "ການລົງໂທດທາງລະບຽບການ",
        "ຮູບການລົງໂທດທາງລະບຽບການປະກອບມີ: ການກ່າວເຕືອນ, ການປັບໃໝ, ການຖອນໃບອະນຸຍາດ ແລະ ການຮິບວັດຖຸ.",
    ),
    Topic(
        "pho-bien-giao-duc-phap-luat",
        "Luật Phổ biến, giáo dục pháp luật",
        "Phổ biến, giáo dục pháp luật nhằm nâng cao hiểu biết pháp luật cho cán bộ và nhân dân "
        "qua báo chí, mạng xã hội và tủ sách pháp luật.",
        "ການເຜີຍແຜ່ກົດໝາຍ",
        "ການເຜີຍແຜ່ກົດໝາຍແນໃສ່ຍົກສູງຄວາມຮູ້ຄວາມເຂົ້າໃຈກ່ຽວກັບກົດໝາຍໃຫ້ແກ່ພະນັກງານ ແລະ ປະຊາຊົນ "
        "ຜ່ານໜັງສືພິມ, ສື່ສັງຄົມອອນລາຍ ແລະ ຕູ້ປຶ້ມກົດໝາຍ.",
    ),
    Topic(
        "tiep-can-thong-tin",
        "Luật Tiếp cận thông tin",
        "Công dân có quyền yêu cầu cơ quan nhà nước cung cấp thông tin; cơ quan phải công khai "
        "thông tin trên cổng thông tin điện tử.",
        "ສິດໃນການເຂົ້າເຖິງຂໍ້ມູນຂ່າວສານ",
        "ພົນລະເມືອງມີສິດຮ້ອງຂໍໃຫ້ອົງການຂອງລັດສະໜອງຂໍ້ມູນຂ່າວສານ, ອົງການຂອງລັດຕ້ອງເຜີຍແຜ່ຂໍ້ມູນຢູ່ເວັບໄຊຂອງຕົນ.",
    ),
    Topic(
        "khieu-nai",
        "Luật Khiếu nại",
        "Người khiếu nại đề nghị xem xét lại quyết định hành chính khi cho rằng quyết định đó "
        "trái pháp luật, xâm phạm quyền lợi của mình.",
        "ກົດໝາຍວ່າດ້ວຍການແກ້ໄຂຄຳຮ້ອງທຸກ",
        "ຜູ້ຮ້ອງທຸກສາມາດສະເໜີໃຫ້ພິຈາລະນາຄືນຄຳຕົກລົງທາງປົກຄອງ ທີ່ເຫັນວ່າບໍ່ຖືກຕ້ອງຕາມກົດໝາຍ ແລະ ລະເມີດສິດຂອງຕົນ.",
    ),
    Topic(
        "to-cao",
        "Luật Tố cáo",
        "Người tố cáo báo cho cơ quan có thẩm quyền biết về hành vi vi phạm pháp luật và được bảo "
        "vệ bí mật danh tính.",
        "ການແຈ້ງການກະທຳຜິດກົດໝາຍ",
        "ຜູ້ແຈ້ງການກະທຳຜິດກົດໝາຍຕໍ່ອົງການທີ່ມີສິດອຳນາດ ຈະໄດ້ຮັບການປົກປ້ອງ ແລະ ຮັກສາຄວາມລັບກ່ຽວກັບຕົວຕົນ.",
    ),
    Topic(
        "nuoi-con-nuoi",
        "Luật Nuôi con nuôi",
        "Việc nuôi con nuôi phải vì lợi ích tốt nhất của trẻ em; người nhận con nuôi phải hơn con "
        "nuôi từ 20 tuổi trở lên.",
        "ການຮັບເອົາລູກລ້ຽງ",
        "ການຮັບເອົາລູກລ້ຽງຕ້ອງເປັນໄປເພື່ອຜົນປະໂຫຍດສູງສຸດຂອງເດັກ ແລະ ຜູ້ຮັບລູກລ້ຽງຕ້ອງມີອາຍຸແກ່ກວ່າເດັກແຕ່ 20 ປີຂຶ້ນໄປ.",
    ),
    Topic(
        "binh-dang-gioi",
        "Luật Bình đẳng giới",
        "Nam, nữ bình đẳng trong lĩnh vực chính trị, kinh tế, lao động, giáo dục và gia đình; "
        "nghiêm cấm phân biệt đối xử về giới.",
        "ຄວາມສະເໝີພາບຍິງຊາຍ",
        "ຍິງ ແລະ ຊາຍມີຄວາມສະເໝີພາບກັນທາງດ້ານການເມືອງ, ເສດຖະກິດ, ແຮງງານ, ການສຶກສາ ແລະ ຄອບຄົວ; "
        "ຫ້າມການຈຳແນກທາງເພດ.",
    ),
    Topic(
        "an-toan-thuc-pham",
        "Luật An toàn thực phẩm",
        "Cơ sở sản xuất, kinh doanh thực phẩm phải bảo đảm điều kiện vệ sinh, ghi nhãn hàng hóa "
        "và truy xuất được nguồn gốc.",
        "ກົດໝາຍວ່າດ້ວຍອາຫານ",
        "ສະຖານທີ່ຜະລິດ ແລະ ຈຳໜ່າຍອາຫານ ຕ້ອງຮັບປະກັນສຸຂະອະນາໄມ, ມີສະຫຼາກສິນຄ້າ ແລະ ສາມາດກວດສອບແຫຼ່ງທີ່ມາໄດ້.",
    ),
    Topic(
        "phong-chay-chua-chay",
        "Luật Phòng cháy, chữa cháy",
        "Chủ hộ gia đình, người đứng đầu cơ quan có trách nhiệm trang bị bình chữa cháy và tổ "
        "chức phòng cháy tại nơi ở, nơi làm việc.",
        "ກົດໝາຍວ່າດ້ວຍການປ້ອງກັນ ແລະ ຕ້ານອັກຄີໄພ",
        "ເຈົ້າຂອງເຮືອນ ແລະ ຫົວໜ້າອົງການ ມີໜ້າທີ່ກະກຽມອຸປະກອນດັບເພີງ "
        "ແລະ ຈັດຕັ້ງການປ້ອງກັນອັກຄີໄພ ຢູ່ບ່ອນຢູ່ອາໄສ ແລະ ບ່ອນເຮັດວຽກ.",
    ),
    Topic(
        "bao-hiem-xa-hoi",
        "Luật Bảo hiểm xã hội",
        "Người lao động đóng bảo hiểm xã hội được hưởng chế độ ốm đau, thai sản, tai nạn lao "
        "động, hưu trí và tử tuất.",
        "ກົດໝາຍວ່າດ້ວຍປະກັນສັງຄົມ",
        "ຜູ້ອອກແຮງງານທີ່ປະກອບເງິນປະກັນສັງຄົມ ໄດ້ຮັບນະໂຍບາຍເວລາເຈັບເປັນ, ເກີດລູກ, ອຸບັດຕິເຫດຈາກການເຮັດວຽກ ແລະ ບຳນານ.",
    ),
    Topic(
        "bao-hiem-y-te",
        "Luật Bảo hiểm y tế",
        "Người tham gia bảo hiểm y tế được thanh toán chi phí khám bệnh, chữa bệnh tại cơ sở y tế "
        "đăng ký ban đầu.",
        "ປະກັນສຸຂະພາບ",
        "ຜູ້ເຂົ້າຮ່ວມປະກັນສຸຂະພາບ ໄດ້ຮັບການຈ່າຍຄ່າກວດ ແລະ ປິ່ນປົວພະຍາດ ຢູ່ໂຮງໝໍທີ່ໄດ້ລົງທະບຽນໄວ້.",
    ),
    Topic(
        # Its Lao text is written in older spellings: ຫລ for ຫຼ, ຫນ for ໜ.
        "nguoi-cao-tuoi",
        "Luật Người cao tuổi",
        "Người cao tuổi được chăm sóc sức khỏe và được hưởng trợ cấp xã hội hằng tháng.",
        "ຜູ້ສູງອາຍຸ",
        "ຜູ້ສູງອາຍຸໄດ້ຮັບການເບິ່ງແຍງສຸຂະພາບ ແລະ ໄດ້ຮັບເງິນອຸດຫນູນປະຈຳເດືອນ ຈາກຫລາຍພາກສ່ວນ.",
    ),
    Topic(
        "nguoi-khuyet-tat",
        "Luật Người khuyết tật",
        "Người khuyết tật được hỗ trợ học tập, việc làm, tiếp cận công trình công cộng và phương "
        "tiện giao thông.",
        "ກົດໝາຍວ່າດ້ວຍຄົນພິການ",
        "ຄົນພິການໄດ້ຮັບການຊ່ວຍເຫຼືອດ້ານການສຶກສາ, ວຽກເຮັດງານທຳ ແລະ ການເຂົ້າເຖິງສິ່ງອຳນວຍຄວາມສະດວກສາທາລະນະ.",
    ),
    Topic(
        "tre-em",
        "Luật Trẻ em",
        "Trẻ em có quyền được sống, được khai sinh, được chăm sóc sức khỏe, được học tập và được "
        "bảo vệ khỏi bạo lực, xâm hại.",
        "ກົດໝາຍວ່າດ້ວຍການປົກປ້ອງສິດ ແລະ ຜົນປະໂຫຍດຂອງເດັກ",
        "ເດັກມີສິດມີຊີວິດ, ໄດ້ຮັບການແຈ້ງເກີດ, ການເບິ່ງແຍງສຸຂະພາບ, ການສຶກສາ ແລະ ການປົກປ້ອງຈາກຄວາມຮຸນແຮງ.",
    ),
    Topic(
        "phong-chong-bao-luc-gia-dinh",
        "Luật Phòng, chống bạo lực gia đình",
        "Nạn nhân bạo lực gia đình được bảo vệ, hỗ trợ chăm sóc y tế, tư vấn tâm lý và trợ giúp "
        "pháp lý; người gây bạo lực bị xử lý theo pháp luật.",
        "ການຕ້ານຄວາມຮຸນແຮງໃນຄອບຄົວ",
        "ຜູ້ຖືກເຄາະຮ້າຍຈາກຄວາມຮຸນແຮງໃນຄອບຄົວ ໄດ້ຮັບການປົກປ້ອງ, ການປິ່ນປົວ, ການໃຫ້ຄຳປຶກສາ "
        "ແລະ ການຊ່ວຍເຫຼືອທາງດ້ານກົດໝາຍ.",
    ),
    Topic(
        "bao-ve-moi-truong",
        "Luật Bảo vệ môi trường",
        "Tổ chức, cá nhân xả thải ra môi trường phải xử lý chất thải đạt quy chuẩn kỹ thuật; "
        "nghiêm cấm đốt rác thải sinh hoạt không đúng quy định.",
        "ກົດໝາຍວ່າດ້ວຍການປົກປັກຮັກສາສິ່ງແວດລ້ອມ",
        "ບຸກຄົນ ແລະ ການຈັດຕັ້ງທີ່ປ່ອຍສິ່ງເສດເຫຼືອ ຕ້ອງບຳບັດໃຫ້ໄດ້ມາດຕະຖານ; ຫ້າມຈູດຂີ້ເຫຍື້ອທີ່ບໍ່ຖືກຕ້ອງຕາມລະບຽບ.",
    ),
    Topic(
        "quan-ly-thue",
        "Luật Quản lý thuế",
        "Người nộp thuế kê khai, nộp thuế đúng hạn; cơ quan thuế hỗ trợ khai thuế điện tử và "
        "hoàn thuế.",
        "ກົດໝາຍວ່າດ້ວຍສ່ວຍສາອາກອນ",
        "ຜູ້ເສຍອາກອນຕ້ອງແຈ້ງ ແລະ ມອບອາກອນໃຫ້ທັນກຳນົດເວລາ; ອົງການອາກອນສະໜັບສະໜູນການແຈ້ງອາກອນທາງເອເລັກໂຕຣນິກ.",
    ),
    Topic(
        "xuat-nhap-canh",
        "Luật Xuất cảnh, nhập cảnh của người nước ngoài",
        "Người nước ngoài nhập cảnh Việt Nam phải có hộ chiếu, thị thực; cơ sở lưu trú khai báo "
        "tạm trú cho người nước ngoài.",
        "ກົດໝາຍວ່າດ້ວຍການເຂົ້າ-ອອກເມືອງ ແລະ ການຄຸ້ມຄອງຄົນຕ່າງປະເທດ",
        "ຄົນຕ່າງປະເທດທີ່ເຂົ້າມາ ສປປ ລາວ ຕ້ອງມີໜັງສືຜ່ານແດນ ແລະ ວີຊາ; ໂຮງແຮມຕ້ອງແຈ້ງທີ່ພັກເຊົາຂອງຄົນຕ່າງປະເທດ.",
    ),
    Topic(
        "can-cuoc",
        "Luật Căn cước",
        "Công dân Việt Nam từ đủ 14 tuổi phải làm thủ tục cấp thẻ căn cước; thẻ căn cước có gắn "
        "chíp điện tử.",
        "ບັດປະຈຳຕົວພົນລະເມືອງ",
        "ພົນລະເມືອງຕ້ອງເຮັດບັດປະຈຳຕົວ ເພື່ອຢັ້ງຢືນຕົວຕົນ ແລະ ນຳໃຊ້ໃນການບໍລິການຂອງລັດ.",
    ),
    Topic(
        "nghi-dinh-168",
        "Nghị định quy định xử phạt vi phạm hành chính về trật tự, an toàn giao thông đường bộ",
        "Nghị định quy định mức phạt tiền đối với người điều khiển xe vượt đèn đỏ, không đội mũ "
        "bảo hiểm, nồng độ cồn vượt mức; trừ điểm giấy phép lái xe.",
        "ດຳລັດວ່າດ້ວຍການປັບໃໝການລະເມີດກົດຈະລາຈອນທາງບົກ",
        "ດຳລັດສະບັບນີ້ກຳນົດອັດຕາປັບໃໝຜູ້ຂັບຂີ່ທີ່ຝ່າໄຟແດງ, ບໍ່ໃສ່ໝວກກັນກະທົບ ຫຼື ດື່ມເຫຼົ້າເກີນກຳນົດ.",
        law("168/2024/NĐ-CP", 2024, "decree"),
    ),
    Topic(
        "luat-dat-dai-lao",
        "Luật Đất đai của nước CHDCND Lào",
        "Quốc hội Lào thông qua Luật Đất đai sửa đổi năm 2019, quy định quyền sử dụng đất của "
        "công dân Lào và việc thuê, nhượng đất của nhà đầu tư nước ngoài.",
        "ກົດໝາຍວ່າດ້ວຍທີ່ດິນ (ສະບັບປັບປຸງ ປີ 2019)",
        "ສະພາແຫ່ງຊາດໄດ້ຮັບຮອງເອົາກົດໝາຍວ່າດ້ວຍທີ່ດິນສະບັບປັບປຸງ, ກຳນົດສິດນຳໃຊ້ທີ່ດິນຂອງພົນລະເມືອງລາວ "
        "ແລະ ການເຊົ່າ ຫຼື ການສຳປະທານທີ່ດິນຂອງນັກລົງທຶນຕ່າງປະເທດ.",
        law("70/ສພຊ", 2019),
    ),
    Topic(
        "nghi-dinh-hoi-lao",
        "Nghị định của Chính phủ Lào về hội",
        "Nghị định về hội quy định việc thành lập, đăng ký và hoạt động của các hội, hiệp hội.",
        "ດຳລັດວ່າດ້ວຍສະມາຄົມ",
        "ດຳລັດສະບັບນີ້ກຳນົດການສ້າງຕັ້ງ, ການຈົດທະບຽນ ແລະ ການເຄື່ອນໄຫວຂອງສະມາຄົມ.",
        law("238/ລບ", 2017, "decree"),
    ),
    Topic(
        "thong-tu-cong-chung",
        "Thông tư hướng dẫn Luật Công chứng",
        "Thông tư hướng dẫn chi tiết một số điều của Luật Công chứng về mẫu lời chứng và sổ công "
        "chứng.",
        "ຄຳແນະນຳກ່ຽວກັບການຢັ້ງຢືນເອກະສານ",
        "ຄຳແນະນຳນີ້ອະທິບາຍລາຍລະອຽດກ່ຽວກັບແບບພິມ ແລະ ປຶ້ມບັນທຶກການຢັ້ງຢືນເອກະສານ.",
        law("01/2021/TT-BTP", 2021, "circular"),
    ),
    Topic(
        "hop-tac-kon-tum-se-kong",
        "Hợp tác tư pháp giữa Kon Tum và Sê Kông",
        "Sở Tư pháp tỉnh Kon Tum và Sở Tư pháp tỉnh Sê Kông ký kết kế hoạch hợp tác về phổ biến "
        "pháp luật, đào tạo cán bộ và trao đổi kinh nghiệm.",
        "ການຮ່ວມມືດ້ານຍຸຕິທຳລະຫວ່າງແຂວງກອນຕູມ ແລະ ແຂວງເຊກອງ",
        "ພະແນກຍຸຕິທຳແຂວງກອນຕູມ ແລະ ພະແນກຍຸຕິທຳແຂວງເຊກອງ ໄດ້ລົງນາມແຜນການຮ່ວມມືດ້ານການເຜີຍແຜ່ກົດໝາຍ, "
        "ການບຳລຸງສ້າງພະນັກງານ ແລະ ການແລກປ່ຽນບົດຮຽນ.",
        {"section": "news", "year": 2023},
    ),
    Topic(
        "doan-cong-tac-bo-tu-phap",
        "Đoàn công tác Bộ Tư pháp Việt Nam làm việc tại Bộ Tư pháp Lào",
        "Đoàn công tác của Bộ Tư pháp Việt Nam đã làm việc với Bộ Tư pháp Lào về hợp tác xây dựng "
        "cơ sở dữ liệu pháp luật và cổng thông tin điện tử.",
        "ຄະນະຜູ້ແທນກະຊວງຍຸຕິທຳຫວຽດນາມ ຢ້ຽມຢາມກະຊວງຍຸຕິທຳລາວ",
        "ຄະນະຜູ້ແທນຂອງກະຊວງຍຸຕິທຳ ສສ ຫວຽດນາມ ໄດ້ເຂົ້າພົບ ແລະ ເຮັດວຽກຮ່ວມກັບກະຊວງຍຸຕິທຳ ສປປ ລາວ "
        "ກ່ຽວກັບການຮ່ວມມືສ້າງຖານຂໍ້ມູນກົດໝາຍ ແລະ ເວັບໄຊ.",
        {"section": "news", "year": 2025},
    ),
    Topic(
        "hoi-nghi-tu-phap-bien-gioi",
        "Hội nghị Tư pháp các tỉnh có chung đường biên giới Việt Nam - Lào",
        "Hội nghị lần thứ 6 đánh giá kết quả hợp tác tư pháp giữa các tỉnh biên giới, thống nhất "
        "phối hợp giải quyết việc hộ tịch, quốc tịch cho cư dân biên giới.",
        "ກອງປະຊຸມຍຸຕິທຳແຂວງທີ່ມີຊາຍແດນຕິດຈອດກັນ ລາວ - ຫວຽດນາມ",
        "ກອງປະຊຸມຄັ້ງທີ 6 ໄດ້ຕີລາຄາຜົນການຮ່ວມມືດ້ານຍຸຕິທຳລະຫວ່າງແຂວງຊາຍແດນ "
        "ແລະ ຕົກລົງປະສານງານແກ້ໄຂບັນຫາທະບຽນຄອບຄົວ ແລະ ສັນຊາດຂອງປະຊາຊົນຕາມຊາຍແດນ.",
        {"section": "news", "year": 2024},
    ),
    Topic(
        "thu-tuc-ly-hon",
        "Thủ tục ly hôn thuận tình",
        "Vợ chồng cùng yêu cầu ly hôn nộp đơn tại Tòa án nhân dân cấp huyện nơi cư trú; Tòa án "
        "hòa giải trước khi công nhận thuận tình ly hôn.",
        "ຂັ້ນຕອນການຢ່າຮ້າງໂດຍສະໝັກໃຈ",
        "ຜົວ ແລະ ເມຍທີ່ຕ້ອງການຢ່າຮ້າງ ຍື່ນຄຳຮ້ອງຕໍ່ສານປະຊາຊົນເຂດ; ສານຈະໄກ່ເກ່ຍກ່ອນທີ່ຈະຮັບຮອງການຢ່າຮ້າງ.",
        {"section": "explainer", "year": 2025},
    ),
    Topic(
        "chia-thua-ke",
        "Chia thừa kế khi không có di chúc",
        "Khi người chết không để lại di chúc, di sản được chia theo pháp luật cho những người thừa "
        "kế cùng hàng: vợ, chồng, cha mẹ, con.",
        "ການແບ່ງມໍລະດົກເມື່ອບໍ່ມີພິໄນກຳ",
        "ເມື່ອຜູ້ຕາຍບໍ່ໄດ້ເຮັດພິໄນກຳໄວ້, ມໍລະດົກຈະຖືກແບ່ງຕາມກົດໝາຍໃຫ້ແກ່ຜູ້ສືບທອດມໍລະດົກ ເຊັ່ນ: ຜົວ, ເມຍ, ພໍ່ແມ່ ແລະ ລູກ.",
        {"section": "explainer", "year": 2024},
    ),
    Topic(
        "hop-dong-thue-nha",
        "Hợp đồng thuê nhà cần những gì?",
        "Hợp đồng thuê nhà ở nên lập thành văn bản, ghi rõ giá thuê, thời hạn thuê, tiền đặt cọc "
        "và quyền, nghĩa vụ của bên cho thuê và bên thuê.",
        "ສັນຍາເຊົ່າເຮືອນຄວນມີຫຍັງແດ່?",
        "ສັນຍາເຊົ່າເຮືອນຄວນເຮັດເປັນລາຍລັກອັກສອນ, ລະບຸລາຄາເຊົ່າ, ໄລຍະເວລາເຊົ່າ, ເງິນມັດຈຳ "
        "ແລະ ສິດ ແລະ ພັນທະຂອງຜູ້ໃຫ້ເຊົ່າ ແລະ ຜູ້ເຊົ່າ.",
        {"section": "explainer", "year": 2025},
    ),
]

# (query as typed, slug of the page it must find in the top 5 in that language)
VIETNAMESE_QUERIES = [
    ("luat dat dai", "luat-dat-dai"),
    ("Luật đất đai", "luat-dat-dai"),
    ("giay chung nhan quyen su dung dat", "luat-dat-dai"),
    ("hon nhan gia dinh", "hon-nhan-gia-dinh"),
    ("dang ky ket hon", "hon-nhan-gia-dinh"),
    ("bo luat dan su", "bo-luat-dan-su"),
    ("hợp đồng thừa kế", "bo-luat-dan-su"),
    ("hop dong lao dong tien luong", "bo-luat-lao-dong"),
    ("tro giup phap ly mien phi", "tro-giup-phap-ly"),
    ("hoà giải ở cơ sở", "hoa-giai-co-so"),  # the page writes "Hòa"
    ("hoa giai co so", "hoa-giai-co-so"),
    ("thuỷ lợi", "thuy-loi"),  # the page writes "Thủy"
    ("thủy sản", "thuy-san"),  # the page writes "Thuỷ"
    ("thuy san tau ca", "thuy-san"),
    ("quoc tich", "quoc-tich"),
    ("thôi quốc tịch", "quoc-tich"),
    ("dang ky thuong tru tam tru", "cu-tru"),
    ("khai sinh khai tu", "ho-tich"),
    ("doi mu bao hiem", "giao-thong-duong-bo"),
    ("giay phep lai xe", "giao-thong-duong-bo"),
    ("thanh lap doanh nghiep", "doanh-nghiep"),
    ("uu dai dau tu nuoc ngoai", "dau-tu"),
    ("cong chung hop dong mua ban nha", "cong-chung"),
    ("luật sư bào chữa", "luat-su"),
    ("thi hanh an dan su", "thi-hanh-an"),
    ("xu phat vi pham hanh chinh", "xu-ly-vi-pham-hanh-chinh"),
    ("pho bien giao duc phap luat", "pho-bien-giao-duc-phap-luat"),
    ("tiep can thong tin", "tiep-can-thong-tin"),
    ("khieu nai quyet dinh hanh chinh", "khieu-nai"),
    ("to cao bi mat danh tinh", "to-cao"),
    ("nhan nuoi con nuoi", "nuoi-con-nuoi"),
    ("binh dang gioi", "binh-dang-gioi"),
    ("an toan thuc pham", "an-toan-thuc-pham"),
    ("binh chua chay", "phong-chay-chua-chay"),
    ("bảo hiểm xã hội hưu trí", "bao-hiem-xa-hoi"),
    ("kham chua benh bao hiem y te", "bao-hiem-y-te"),
    ("tro cap nguoi cao tuoi", "nguoi-cao-tuoi"),
    ("nguoi khuyet tat", "nguoi-khuyet-tat"),
    ("quyền trẻ em", "tre-em"),
    ("bao luc gia dinh", "phong-chong-bao-luc-gia-dinh"),
    ("xu ly chat thai moi truong", "bao-ve-moi-truong"),
    ("khai thue dien tu", "quan-ly-thue"),
    ("nguoi nuoc ngoai nhap canh thi thuc", "xuat-nhap-canh"),
    ("the can cuoc", "can-cuoc"),
    ("168/2024/ND-CP", "nghi-dinh-168"),
    ("168/2024/NĐ-CP", "nghi-dinh-168"),
    ("168 / 2024 / nđ – cp", "nghi-dinh-168"),
    ("Số 168/2024/NĐ-CP", "nghi-dinh-168"),
    ("nghị định 168/2024", "nghi-dinh-168"),
    ("31/2024/QH15", "luat-dat-dai"),
    ("01/2021/TT-BTP", "thong-tu-cong-chung"),
    ("vuot den do", "nghi-dinh-168"),
    ("luat dat dai lao", "luat-dat-dai-lao"),
    ("Kon Tum Sê Kông", "hop-tac-kon-tum-se-kong"),
    ("hoi nghi tu phap bien gioi", "hoi-nghi-tu-phap-bien-gioi"),
    ("co so du lieu phap luat", "doan-cong-tac-bo-tu-phap"),
    ("ly hon thuan tinh", "thu-tuc-ly-hon"),
    ("chia thua ke khong co di chuc", "chia-thua-ke"),
    ("thue nha tien dat coc", "hop-dong-thue-nha"),
    ("LUẬT THUỶ LỢI", "thuy-loi"),
]

LAO_QUERIES = [
    ("ທີ່ດິນ", "luat-dat-dai"),  # a word inside "ກົດໝາຍວ່າດ້ວຍທີ່ດິນ"
    ("ໃບຕາດິນ", "luat-dat-dai"),
    ("ຄອບຄົວ", "hon-nhan-gia-dinh"),
    ("ການຢ່າຮ້າງ", "thu-tuc-ly-hon"),
    ("ປະມວນກົດໝາຍແພ່ງ", "bo-luat-dan-su"),
    ("ມໍລະດົກ", "chia-thua-ke"),
    ("ສັນຍາແຮງງານ", "bo-luat-lao-dong"),
    ("ຊ່ວຍເຫລືອທາງດ້ານກົດໝາຍ", "tro-giup-phap-ly"),  # ຫລ typed, the page writes ຫຼ
    ("ໄກ່ເກ່ຍ", "hoa-giai-co-so"),
    ("ຫນ່ວຍໄກ່ເກ່ຍ", "hoa-giai-co-so"),  # ຫນ typed, the page writes ໜ
    ("ຊົນລະປະທານ", "thuy-loi"),
    ("ການປະມົງ", "thuy-san"),
    ("ລ້ຽງປາ", "thuy-san"),
    ("ສັນຊາດ", "quoc-tich"),
    ("ສຳມະໂນຄົວ", "cu-tru"),
    ("ສໍາມະໂນຄົວ", "cu-tru"),  # ໍ + າ typed, the page writes ຳ
    ("ແຈ້ງເກີດ", "ho-tich"),
    ("ໝວກກັນກະທົບ", "giao-thong-duong-bo"),
    ("ຫມວກກັນກະທົບ", "giao-thong-duong-bo"),
    ("ໃບຂັບຂີ່", "giao-thong-duong-bo"),
    ("ວິສາຫະກິດ", "doanh-nghiep"),
    ("ນັກລົງທຶນຕ່າງປະເທດ", "dau-tu"),
    ("ຢັ້ງຢືນເອກະສານ", "cong-chung"),
    ("ທະນາຍຄວາມ", "luat-su"),
    ("ຄຳຕັດສິນຂອງສານ", "thi-hanh-an"),
    ("ການລົງໂທດທາງລະບຽບການ", "xu-ly-vi-pham-hanh-chinh"),
    ("ເຜີຍແຜ່ກົດໝາຍ", "pho-bien-giao-duc-phap-luat"),
    ("ຂໍ້ມູນຂ່າວສານ", "tiep-can-thong-tin"),
    ("ຄຳຮ້ອງທຸກ", "khieu-nai"),
    ("ລູກລ້ຽງ", "nuoi-con-nuoi"),
    ("ຄວາມສະເໝີພາບຍິງຊາຍ", "binh-dang-gioi"),
    ("ຄວາມສະເຫມີພາບ", "binh-dang-gioi"),
    ("ສຸຂະອະນາໄມອາຫານ", "an-toan-thuc-pham"),
    ("ອັກຄີໄພ", "phong-chay-chua-chay"),
    ("ປະກັນສັງຄົມ", "bao-hiem-xa-hoi"),
    ("ບໍານານ", "bao-hiem-xa-hoi"),
    ("ປະກັນສຸຂະພາບ", "bao-hiem-y-te"),
    ("ຜູ້ສູງອາຍຸ", "nguoi-cao-tuoi"),
    ("ອຸດໜູນ", "nguoi-cao-tuoi"),  # the page writes ຫນ
    ("ຫຼາຍພາກສ່ວນ", "nguoi-cao-tuoi"),  # the page writes ຫລ
    ("ຄົນພິການ", "nguoi-khuyet-tat"),
    ("ສິດຂອງເດັກ", "tre-em"),
    ("ຄວາມຮຸນແຮງໃນຄອບຄົວ", "phong-chong-bao-luc-gia-dinh"),
    ("ສິ່ງແວດລ້ອມ", "bao-ve-moi-truong"),
    ("ອາກອນ", "quan-ly-thue"),
    ("ເອເລັກໂຕລນິກ", "quan-ly-thue"),  # ລ typed, the page writes ຣ
    ("ຄົນຕ່າງປະເທດ", "xuat-nhap-canh"),
    ("ບັດປະຈຳຕົວ", "can-cuoc"),
    ("70/ສພຊ", "luat-dat-dai-lao"),
    ("ເລກທີ 70/ສພຊ", "luat-dat-dai-lao"),
    ("238/ລບ", "nghi-dinh-hoi-lao"),
    ("ສະມາຄົມ", "nghi-dinh-hoi-lao"),
    ("168/2024/ND-CP", "nghi-dinh-168"),
    ("ກອນຕູມ", "hop-tac-kon-tum-se-kong"),
    ("ເຊກອງ", "hop-tac-kon-tum-se-kong"),
    ("ກະຊວງຍຸຕິທຳລາວ", "doan-cong-tac-bo-tu-phap"),
    ("ກອງປະຊຸມຍຸຕິທຳ", "hoi-nghi-tu-phap-bien-gioi"),
    ("ສັນຍາເຊົ່າເຮືອນ", "hop-dong-thue-nha"),
    ("ເງິນມັດຈຳ", "hop-dong-thue-nha"),
    ("ພິໄນກຳ", "chia-thua-ke"),
    ("ທີ່ດິນ ໒໐໑໙", "luat-dat-dai-lao"),  # Lao digits
    ("ກົດ\u200bໝາຍ\u200bວ່າ\u200bດ້ວຍ\u200bທີ່ດິນ", "luat-dat-dai"),  # zero-width spaces
    ("ເເຮງງານ", "bo-luat-lao-dong"),  # two ເ typed for ແ
]
