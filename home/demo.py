"""The demo site: a bilingual home page at the root of the default site."""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Page, Site

from home.models import HomePage, StandardPage
from portal.models import SiteSettings

HOME = {
    "title_vi": "Cổng thông tin phổ biến pháp luật",
    "title_lo": "ເວັບໄຊເຜີຍແຜ່ກົດໝາຍ",
    "intro_vi": (
        "Tin tức tư pháp, Công báo và văn bản quy phạm pháp luật, "
        "cùng các bài tìm hiểu pháp luật bằng ngôn ngữ dễ hiểu."
    ),
    "intro_lo": (
        "ຂ່າວສານດ້ານຍຸຕິທຳ, ຈົດໝາຍເຫດທາງລັດຖະການ ແລະ ເອກະສານນິຕິກຳ, ພ້ອມທັງບົດຄວາມອະທິບາຍກົດໝາຍດ້ວຍພາສາທີ່ເຂົ້າໃຈງ່າຍ."
    ),
}

SETTINGS = {
    "ministry_name_vi": "Bộ Tư pháp",
    "ministry_name_lo": "ກະຊວງຍຸຕິທຳ",
    "portal_name_vi": "Cổng thông tin phổ biến pháp luật",
    "portal_name_lo": "ເວັບໄຊເຜີຍແຜ່ກົດໝາຍ",
    "address_vi": "58-60 Trần Phú, Ba Đình, Hà Nội",
    "address_lo": "58-60 ຖະໜົນ ເຈິ່ນຟູ, ບາດິ່ງ, ຮ່າໂນ້ຍ",
    "phone": "+84 24 6273 9718",
    "email": "portal@example.invalid",
}


# The accessibility statement exists only in Vietnamese: it shows the missing-translation
# policy (a visible notice on /lo/, the fallback text marked lang="vi").
STANDARD_PAGES = [
    {
        "slug_vi": "gioi-thieu",
        "slug_lo": "kiaw-kap",
        "title_vi": "Giới thiệu",
        "title_lo": "ກ່ຽວກັບພວກເຮົາ",
        "body_vi": (
            "<p>Cổng thông tin đăng tải tin tức tư pháp, Công báo, văn bản quy phạm pháp luật "
            "và các bài tìm hiểu pháp luật bằng tiếng Việt và tiếng Lào.</p>"
        ),
        "body_lo": (
            "<p>ເວັບໄຊນີ້ເຜີຍແຜ່ຂ່າວສານດ້ານຍຸຕິທຳ, ຈົດໝາຍເຫດທາງລັດຖະການ, ເອກະສານນິຕິກຳ "
            "ແລະ ບົດຄວາມອະທິບາຍກົດໝາຍ ເປັນພາສາຫວຽດນາມ ແລະ ພາສາລາວ.</p>"
        ),
        "show_in_menus": True,
    },
    {
        "slug_vi": "kha-nang-tiep-can",
        "title_vi": "Tuyên bố về khả năng tiếp cận",
        "body_vi": (
            "<p>Cổng thông tin hướng tới chuẩn WCAG 2.2 mức AA, đọc được khi không có "
            "JavaScript và trên mạng chậm.</p>"
        ),
        "show_in_menus": False,
    },
]


def load(stdout) -> HomePage:
    home = _home_page()
    _point_default_site_at(home)
    for fields in STANDARD_PAGES:
        _standard_page(home, fields)
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    for field, value in SETTINGS.items():
        setattr(site_settings, field, value)
    site_settings.save()
    stdout.write(f"Home page: {home.url_path}")
    return home


def _home_page() -> HomePage:
    root = Page.get_first_root_node()
    home = HomePage.objects.first()
    if home is None:
        # Wagtail's first migration leaves a placeholder "Welcome" page where ours belongs.
        for placeholder in root.get_children().exact_type(Page):
            placeholder.delete()
        home = root.add_child(instance=HomePage(slug="home", **HOME))
    for field, value in HOME.items():
        setattr(home, field, value)
    home.save_revision().publish()
    return home


def _standard_page(home: HomePage, fields: dict) -> StandardPage:
    page = StandardPage.objects.child_of(home).filter(slug_vi=fields["slug_vi"]).first()
    if page is None:
        page = home.add_child(instance=StandardPage(**fields))
    for field, value in fields.items():
        setattr(page, field, value)
    page.save_revision().publish()
    return page


def _point_default_site_at(home: HomePage) -> None:
    base = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.root_page = home
    site.hostname = base.hostname or "localhost"
    site.port = base.port or (443 if base.scheme == "https" else 80)
    site.site_name = HOME["title_vi"]
    site.save()
