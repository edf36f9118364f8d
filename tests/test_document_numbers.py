import pytest

from portal.text.document_numbers import document_number_key, looks_like_document_number


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("168/2024/ND-CP", "168/2024/NĐ-CP"),
        ("168/2024/nđ-cp", "168/2024/NĐ-CP"),
        ("168 / 2024 / NĐ – CP", "168/2024/NĐ-CP"),
        ("Số 168/2024/NĐ-CP", "168/2024/NĐ-CP"),
        ("4259/ubnd-nc", "4259/UBND-NC"),
        ("59/ສພຊ", "59/ສພຊ"),
        ("ເລກທີ 59/ສພຊ", "59/ສພຊ"),
        ("01/2021/TT-BTP", "01/2021/TT–BTP"),
        ("12／2023／QĐ-TTg", "12/2023/QĐ-TTg"),
    ],
)
def test_typed_numbers_match_the_number_as_written(typed, written):
    assert document_number_key(typed) == document_number_key(written)


def test_different_numbers_stay_different():
    assert document_number_key("168/2024/NĐ-CP") != document_number_key("186/2024/NĐ-CP")
    assert document_number_key("59/ສພຊ") != document_number_key("59/ສພ")


def test_lao_marks_are_kept():
    # ສີ່ and ສິ differ only by a Lao vowel sign; folding must not merge them.
    assert document_number_key("1/ສີ່") != document_number_key("1/ສິ")


@pytest.mark.parametrize("query", ["168/2024/ND-CP", "4259/UBND-NC", "59/ສພຊ"])
def test_document_numbers_are_recognised(query):
    assert looks_like_document_number(query)


@pytest.mark.parametrize("query", ["luat dat dai", "ກົດໝາຍ", "", "2024", "/"])
def test_words_are_not_document_numbers(query):
    assert not looks_like_document_number(query)
