import wagtail_factories

from home.models import HomePage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Cổng thông tin phổ biến pháp luật"
    title_lo = "ເວັບໄຊເຜີຍແຜ່ກົດໝາຍ"
    slug = "home"

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = "Giới thiệu"
    title_lo = "ກ່ຽວກັບພວກເຮົາ"
    slug = "gioi-thieu"
    slug_lo = "kiaw-kap"
    body = "<p>Nội dung trang.</p>"
    body_lo = "<p>ເນື້ອໃນຂອງໜ້າ.</p>"
    show_in_menus = True

    class Meta:
        model = StandardPage
