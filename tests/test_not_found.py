import pytest


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "lang", "message"),
    [
        ("/vi/khong-co/", "vi", "Không tìm thấy trang"),
        ("/lo/bo-mi/", "lo", "ບໍ່ພົບໜ້ານີ້"),
        ("/fr/", None, None),
        ("/en/about/", None, None),
    ],
)
def test_missing_pages_and_unknown_languages_get_a_translated_404(
    client, home_page, path, lang, message
):
    response = client.get(path, headers={"accept-language": "lo"})
    assert response.status_code == 404
    html = response.content.decode()
    # An unknown prefix is answered in the visitor's own language.
    assert f'<html lang="{lang or "lo"}">' in html
    assert (message or "ບໍ່ພົບໜ້ານີ້") in html


@pytest.mark.django_db
def test_unprefixed_paths_still_reach_their_page(client, home_page):
    from home.factories import StandardPageFactory

    StandardPageFactory(parent=home_page)
    response = client.get("/gioi-thieu/", follow=True)
    assert response.redirect_chain == [("/vi/gioi-thieu/", 302)]
    assert response.status_code == 200
