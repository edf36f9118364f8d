"""Two-step sign-in: required for superusers, administrators and editors, optional for staff."""

import re
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal import roles
from portal.demo import DEMO_USERS
from portal.security import two_factor
from tests.test_production_settings import production_setting, run_manage
from tests.users import user_in


def current_code(device: TOTPDevice) -> str:
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():0{device.digits}d}"


def enrolled(user) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)


pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _enforced(settings):
    """What production settings hold (the last test here checks that they do)."""
    settings.PORTAL_2FA_REQUIRED = True
    settings.PORTAL_2FA_EXEMPT_USERNAMES = []


@pytest.mark.parametrize("role", [roles.EDITORS, roles.ADMINISTRATORS])
def test_a_role_that_requires_it_is_sent_to_enrolment(client, role):
    client.force_login(user_in(role))
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/two-factor/enrol/?next=%2Fadmin%2Fpages%2F"


def test_a_superuser_is_sent_to_enrolment(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("root", "r@x.invalid", "x"))
    assert client.get("/admin/")["Location"].startswith("/admin/two-factor/enrol/")


def test_staff_may_use_the_admin_without_a_second_step(client):
    client.force_login(user_in(roles.STAFF))
    assert client.get("/admin/").status_code == 200


def test_public_pages_never_ask_for_a_code(client, home_page):
    client.force_login(user_in(roles.EDITORS))
    assert client.get("/vi/").status_code == 200


def test_enrolment_confirms_the_device_and_shows_recovery_codes(client):
    editor = user_in(roles.EDITORS)
    client.force_login(editor)
    page = client.get("/admin/two-factor/enrol/?next=/admin/pages/")
    assert page.status_code == 200
    assert "<svg" in page.content.decode()
    device = TOTPDevice.objects.get(user=editor, confirmed=False)

    wrong = client.post("/admin/two-factor/enrol/", {"code": "000000", "next": "/admin/"})
    assert wrong.status_code == 200 and wrong.context["form"].errors
    device.refresh_from_db()
    device.throttle_reset()  # the wrong code above delays the next try by a second

    done = client.post("/admin/two-factor/enrol/", {"code": current_code(device)})
    assert done.status_code == 200
    assert len(done.context["codes"]) == two_factor.RECOVERY_CODE_COUNT
    assert "no-store" in done["Cache-Control"]
    assert client.get("/admin/").status_code == 200


def test_an_enrolled_user_must_give_a_code_and_a_wrong_one_fails(client):
    editor = user_in(roles.EDITORS)
    enrolled(editor)
    client.force_login(editor)
    assert client.get("/admin/")["Location"] == "/admin/two-factor/verify/?next=%2Fadmin%2F"
    response = client.post("/admin/two-factor/verify/", {"code": "123456", "next": "/admin/"})
    assert response.status_code == 200
    assert response.context["form"].errors
    assert client.get("/admin/").status_code == 302


def test_the_right_code_signs_in_and_returns_to_the_page_asked_for(client):
    editor = user_in(roles.EDITORS)
    device = enrolled(editor)
    client.force_login(editor)
    response = client.post(
        "/admin/two-factor/verify/", {"code": current_code(device), "next": "/admin/pages/"}
    )
    assert response["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


def test_verify_never_redirects_off_site(client):
    editor = user_in(roles.EDITORS)
    device = enrolled(editor)
    client.force_login(editor)
    response = client.post(
        "/admin/two-factor/verify/",
        {"code": current_code(device), "next": "https://evil.example/"},
    )
    assert response["Location"] == "/admin/"


def test_a_recovery_code_works_once(client):
    editor = user_in(roles.EDITORS)
    enrolled(editor)
    code = two_factor.new_recovery_codes(editor)[0]
    client.force_login(editor)
    assert client.post("/admin/two-factor/verify/", {"code": code})["Location"] == "/admin/"

    client.logout()
    client.force_login(editor)
    again = client.post("/admin/two-factor/verify/", {"code": code})
    assert again.status_code == 200 and again.context["form"].errors
    assert two_factor.remaining_recovery_codes(editor) == two_factor.RECOVERY_CODE_COUNT - 1


def test_recovery_codes_can_be_renewed_after_signing_in_with_a_code(client):
    editor = user_in(roles.EDITORS)
    device = enrolled(editor)
    old = two_factor.new_recovery_codes(editor)
    client.force_login(editor)
    client.post("/admin/two-factor/verify/", {"code": current_code(device)})
    manage = client.get("/admin/two-factor/")
    assert re.search(r"10 (mã khôi phục|recovery codes)", manage.content.decode())
    new = client.post("/admin/two-factor/recovery-codes/").context["codes"]
    assert set(new).isdisjoint(old)


def test_production_enforces_two_step_sign_in_for_everyone():
    assert production_setting("PORTAL_2FA_REQUIRED") == "True"
    assert production_setting("PORTAL_2FA_EXEMPT_USERNAMES") == "[]"
    middleware = production_setting("MIDDLEWARE")
    assert "portal.security.two_factor.TwoFactorMiddleware" in middleware
    assert middleware.index("OTPMiddleware") < middleware.index("TwoFactorMiddleware")


def test_reset_two_factor_lets_a_user_who_lost_everything_enrol_again(client):
    editor = user_in(roles.EDITORS, username="bientap")
    enrolled(editor)
    two_factor.new_recovery_codes(editor)
    call_command("reset_two_factor", "bientap", stdout=StringIO())
    client.force_login(editor)
    assert client.get("/admin/")["Location"].startswith("/admin/two-factor/enrol/")


def test_reset_two_factor_names_an_unknown_user():
    with pytest.raises(CommandError, match="No user is called 'nobody'"):
        call_command("reset_two_factor", "nobody")


def test_dev_settings_exempt_exactly_the_demo_accounts(settings):
    result = run_manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.PORTAL_2FA_EXEMPT_USERNAMES)",
        DJANGO_SETTINGS_MODULE="portal.settings.dev",
    )
    demo_usernames = [username for username, *_ in DEMO_USERS]
    assert result.stdout.strip().splitlines()[-1] == str(demo_usernames), result.stderr


def test_an_exempt_demo_account_uses_the_admin_without_a_second_step(client, settings):
    settings.PORTAL_2FA_EXEMPT_USERNAMES = ["bientap"]
    client.force_login(user_in(roles.EDITORS, username="bientap"))
    assert client.get("/admin/").status_code == 200
