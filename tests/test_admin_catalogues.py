"""The admin reads in Vietnamese and Lao: the catalogues built by `manage.py admin_catalogues`."""

import pytest
from babel.messages.pofile import read_po
from django.core.management import call_command
from django.test import Client
from django.utils import translation
from wagtail.users.models import UserProfile

from portal.roles import STAFF
from staff import catalogues
from staff.catalogue_checks import markup, markup_problem
from tests.users import user_in

ADMIN_CATALOGUES = [
    catalogues.catalogue_path(language, domain)
    for language in catalogues.ADMIN_LANGUAGES
    for domain in catalogues.DOMAINS
]


def _entries(path):
    with path.open("rb") as po:
        return read_po(po)


def test_markup_compares_placeholders_and_tag_names():
    assert markup('<a href="%(url)s">{name}</a> 100%% %d') == [
        "%(url)s",
        "%d",
        "</a>",
        "<a>",
        "{name}",
    ]
    assert markup_problem("%(count)s page", "%(count)s pages", "%(count)s ໜ້າ") is None
    assert markup_problem("Edit <b>%(title)s</b>", None, "ແກ້ໄຂ %(title)s") is not None
    assert markup_problem("one page", "%(count)s pages", "%(count)s ໜ້າ") is None


@pytest.mark.parametrize("path", ADMIN_CATALOGUES, ids=lambda p: "/".join(p.parts[-4:]))
def test_every_translation_keeps_the_placeholders_and_html_of_its_msgid(path):
    problems = []
    for entry in _entries(path):
        if not entry.id:
            continue
        msgid, plural = (entry.id, None) if isinstance(entry.id, str) else entry.id[:2]
        for text in [entry.string] if isinstance(entry.string, str) else entry.string:
            problem = markup_problem(msgid, plural, text)
            if problem:
                problems.append((msgid, text, problem))
    assert problems == []


@pytest.mark.parametrize("path", ADMIN_CATALOGUES, ids=lambda p: "/".join(p.parts[-4:]))
def test_catalogue_has_one_plural_form_and_nothing_fuzzy(path):
    catalogue = _entries(path)
    assert catalogue.plural_forms == "nplurals=1; plural=0;"
    assert not catalogue.fuzzy
    assert [e.id for e in catalogue if e.id and (e.fuzzy or not all(e.string))] == []


@pytest.mark.parametrize("language", catalogues.ADMIN_LANGUAGES)
def test_at_least_99_percent_of_the_installed_admin_text_is_translated(language):
    result = catalogues.coverage(language, catalogues.installed_messages())
    assert result.total > 2000
    assert result.share >= 99, f"{language}: {result.share:.2f}%"


def test_check_mode_reports_the_share_per_language(capsys):
    call_command("admin_catalogues", "--check", "--min-share", "0")
    out = capsys.readouterr().out
    assert "vi: " in out and "lo: " in out and "installed msgids translated" in out


@pytest.mark.parametrize(
    ("msgid", "expected"),
    [("Pages", "ໜ້າ"), ("Publish", "ເຜີຍແຜ່"), ("Application", "ແອັບ"), ("Save draft", None)],
)
def test_lao_admin_words_follow_the_glossary(msgid, expected):
    with translation.override("lo"):
        text = translation.gettext(msgid)
    assert text != msgid
    if expected:
        assert text == expected


@pytest.mark.django_db
def test_login_page_follows_the_browser_language():
    lao = Client(headers={"accept-language": "lo,en;q=0.5"}).get("/admin/login/")
    assert '<html lang="lo"' in lao.content.decode() or 'lang="lo"' in lao.content.decode()
    assert "ເຂົ້າສູ່ລະບົບ" in lao.content.decode()
    vietnamese = Client(headers={"accept-language": "vi"}).get("/admin/login/")
    assert "Đăng nhập" in vietnamese.content.decode()


@pytest.mark.django_db
def test_a_staff_members_language_choice_persists(client):
    user = user_in(STAFF, "khamla")
    client.force_login(user)
    response = client.post(
        "/admin/account/",
        {
            "name_email-email": "khamla@example.org",
            "name_email-first_name": "Khamla",
            "name_email-last_name": "Phommachanh",
            "locale-preferred_language": "lo",
            "locale-current_time_zone": "",
            "theme-theme": "system",
            "theme-density": "default",
            "theme-contrast": "system",
        },
    )
    assert response.status_code == 302
    assert UserProfile.objects.get(user=user).preferred_language == "lo"
    dashboard = client.get("/admin/", headers={"accept-language": "vi"}).content.decode()
    assert 'lang="lo"' in dashboard
    assert "ໜ້າຫຼັກ" in dashboard


@pytest.mark.django_db
def test_wagtails_javascript_catalogue_is_served_in_lao(client):
    user = user_in(STAFF, "khamla")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "lo"
    profile.save()
    client.force_login(user)
    script = client.get("/admin/jsi18n/").content.decode()
    # The catalogue is JSON with ASCII escapes; "(New)" reads "(ໃໝ່)".
    assert '"(New)": "(\\u0ec3\\u0edd\\u0ec8)"' in script
    assert "const v = 0;" in script  # one plural form
