"""Every rule that turns text into search keys, in isolation (no database)."""

import re
import time
import unicodedata

import pytest

from portal.text import lao, vietnamese
from portal.text.normalise import MAX_QUERY_CHARS, MAX_QUERY_TERMS, index_terms, query_terms


def folded(text: str) -> list[str]:
    return index_terms(text).folded.split()


def keys(query: str) -> tuple[str, ...]:
    return query_terms(query).keys


# --- Vietnamese --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("Luật Đất đai", "luat dat dai"),  # accents and case
        ("ĐẤT ĐAI", "dat dai"),  # đ and upper case
        ("hòa giải", "hoà giải"),  # old and new tone placement
        ("thủy lợi", "thuỷ lợi"),
        ("khỏe mạnh", "khoẻ mạnh"),
        ("Lua\u0323\u0302t", "Luật"),  # decomposed (NFD) input
        ("Ｌｕａｔ", "luat"),  # full-width letters (NFKC)
    ],
)
def test_vietnamese_spellings_fold_to_the_same_key(written, typed):
    assert folded(written) == folded(typed)


def test_folding_removes_accents_and_the_stroke_of_d():
    assert folded("Nghị định Đồng Nai") == ["nghi", "dinh", "dong", "nai"]


@pytest.mark.parametrize(
    ("old", "new"), [("hòa", "hoà"), ("thủy", "thuỷ"), ("hóa", "hoá"), ("Khỏe", "khoẻ")]
)
def test_toned_key_ignores_where_the_tone_mark_sits(old, new):
    assert vietnamese.toned(old) == vietnamese.toned(new)


def test_toned_key_keeps_tones_and_vowel_qualities():
    assert vietnamese.toned("Luật") == "luaatj"
    assert vietnamese.toned("đất") == "ddaats"
    assert vietnamese.toned("bản") != vietnamese.toned("bạn")
    assert vietnamese.toned("ăn") != vietnamese.toned("ân")
    assert vietnamese.toned("ban") == "ban"


def test_strip_accents_keeps_case_and_punctuation():
    assert vietnamese.strip_accents("Luật Đất đai, 2024!") == "Luat Dat dai, 2024!"


def test_accent_insensitive_pattern_finds_words_as_written():
    pattern = re.compile(vietnamese.accent_insensitive_pattern("luat"), re.IGNORECASE)
    assert pattern.search("Bộ LUẬT dân sự").group() == "LUẬT"
    assert pattern.search("luật sư").group() == "luật"
    assert pattern.search("luatsu") is None  # not inside a longer word
    digits = re.compile(vietnamese.accent_insensitive_pattern("15"))
    assert digits.search("QH15").group() == "15"
    assert digits.search("2015") is None


# --- Lao spelling variants ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("ຍຸຕິທຳ", "ຍຸຕິທໍາ"),  # ຳ and ໍ + າ (NFKC)
        ("ໜັງສື", "ຫນັງສື"),  # ໜ and ຫນ (NFKC)
        ("ໝາຍ", "ຫມາຍ"),  # ໝ and ຫມ (NFKC)
        ("ຫຼັກການ", "ຫລັກການ"),  # subscript ລ and ລ
        ("ເອເລັກໂຕຣນິກ", "ເອເລັກໂຕລນິກ"),  # ຣ and ລ
        ("ເເຮງງານ", "ແຮງງານ"),  # two ເ for ແ
        ("ກ\u0ec8\u0eb4ນ", "ກ\u0eb4\u0ec8ນ"),  # tone mark typed before the vowel
        ("ນ\u0ec9\u0ecd\u0eb2", "ນ\u0ecd\u0ec9\u0eb2"),  # tone before or after niggahita
        ("ກ\u0ec8\u0ec8າ", "ກ\u0ec8າ"),  # a mark typed twice
        ("໒໐໒໔", "2024"),  # Lao digits
    ],
)
def test_lao_variants_have_one_key(one, other):
    assert lao.normalise(one) == lao.normalise(other)


def test_lao_text_as_written_is_not_changed():
    text = "ຍຸຕິທຳ"
    index_terms(text)
    assert text == "ຍຸຕິທຳ"


def test_zero_width_spaces_do_not_split_lao_words():
    assert index_terms("ກົດ\u200bໝາຍ").folded == index_terms("ກົດໝາຍ").folded


@pytest.mark.parametrize("run", ["ນ້ຳ", "ກ່ິນ", "ເເຮງ", "ຫຼັກ", "ໜັງສື", "ກ່່າ", "໒໐໒໔", "ກົດ\u200bໝາຍ"])
def test_offsets_version_agrees_with_the_fast_one(run):
    key, spans = lao.normalise_with_spans(run)
    assert key == lao.normalise(run)
    assert len(spans) == len(key)
    assert all(0 <= start < end <= len(run) for start, end in spans)


# --- Lao words ----------------------------------------------------------------------------


def test_a_run_without_spaces_is_cut_into_words():
    assert {"ການຄຸ້ມຄອງ", "ຄົນ", "ຕ່າງປະເທດ"} <= set(folded("ການຄຸ້ມຄອງຄົນຕ່າງປະເທດ"))


def test_a_word_finds_the_compound_it_is_part_of():
    # laonlp keeps "ກະຊວງຍຸຕິທຳ" whole; its words are indexed too.
    tokens = set(folded("ກະຊວງຍຸຕິທຳ"))
    assert {lao.normalise("ກະຊວງຍຸຕິທຳ"), "ກະຊວງ", lao.normalise("ຍຸຕິທຳ")} <= tokens


def test_neighbouring_words_also_give_the_compound_they_spell():
    words = ["ກະຊວງ", lao.normalise("ຍຸຕິທຳ")]
    assert lao.normalise("ກະຊວງຍຸຕິທຳ") in lao.with_compounds(words)


def test_query_and_text_are_cut_the_same_way():
    text_tokens = set(folded("ກົດໝາຍວ່າດ້ວຍທີ່ດິນ"))
    assert set(keys("ທີ່ດິນ")) <= text_tokens
    assert set(keys("ກົດໝາຍວ່າດ້ວຍທີ່ດິນ")) <= text_tokens


def test_segmenting_stops_at_the_deadline():
    assert lao.segment_words(lao.normalise("ກົດໝາຍວ່າດ້ວຍທີ່ດິນ"), time.monotonic() - 1) == []


def test_long_repetitive_lao_is_segmented_in_bounded_windows():
    # laonlp alone takes seconds on 60 characters of this; windows keep each call small.
    words = lao.segment_words("ນາ" * 200, time.monotonic() + 60)
    assert "".join(words) == "ນາ" * 200


def test_long_queries_are_cut():
    assert len(query_terms("ນາ" * 5000).lao_runs[0]) <= MAX_QUERY_CHARS
    assert len(keys(" ".join(f"word{n}" for n in range(100)))) == MAX_QUERY_TERMS


# --- Tokens both databases split alike ----------------------------------------------------


def test_letters_and_digits_are_separate_tokens():
    assert folded("QH15 2024luật") == ["qh", "15", "2024", "luat"]


def test_tokens_never_start_with_a_combining_mark():
    for token in folded("\u0eb8ກ \u0301a ໌ຕ"):
        assert unicodedata.category(token[0])[0] != "M"


def test_punctuation_emoji_and_markup_are_not_tokens():
    assert folded("<b>luật</b> 😀 — «đất»; ''") == ["b", "luat", "b", "dat"]
    assert query_terms("!!! 😀 ...").is_empty


def test_body_keys_hold_each_token_once():
    assert index_terms("đất đất Đất", unique=True).folded == "dat"


def test_words_side_by_side_are_kept_as_pairs():
    assert index_terms("Luật Đất đai, đất đai").pairs == "luat0dat dat0dai dai0dat"
    # Lao pairs are of the words as cut, not of the compounds and parts added beside them.
    text = index_terms("ກະຊວງຍຸຕິທຳໄດ້ຈັດກອງປະຊຸມ")
    assert set(query_terms("ໄດ້ຈັດກອງປະຊຸມ").pairs) <= set(text.pairs.split())
    assert not any(pair.startswith(lao.normalise("ຍຸຕິທຳ0")) for pair in text.pairs.split())


def test_a_query_asks_for_the_pairs_of_its_words_without_function_words():
    assert query_terms("luật về đất đai").pairs == ("luat0dat", "dat0dai")
    assert query_terms("luật").pairs == ()


# --- Queries ------------------------------------------------------------------------------


def test_function_words_are_dropped_from_queries_with_other_words():
    assert keys("luật về đất đai") == ("luat", "dat", "dai")
    assert keys("luat ve dat dai") == ("luat", "dat", "dai")
    assert keys("và") == ("va",)  # alone, it is what the reader looks for
    assert keys("ສິດຂອງເດັກ") == ("ສິດ", "ເດັກ")


def test_accented_words_that_only_fold_like_function_words_are_kept():
    assert "ma" in keys("mã số thuế")  # "mã" is not "mà"


def test_document_numbers_are_recognised_alone_or_inside_a_query():
    assert query_terms("168/2024/ND-CP").number_key == "168/2024/ND-CP"
    assert query_terms("Số 168/2024/NĐ-CP").number_key == "168/2024/ND-CP"
    assert query_terms("nghị định 168/2024/NĐ-CP").number_key == "168/2024/ND-CP"
    assert query_terms("luật đất đai").number_key == ""


def test_mixed_scripts_give_terms_from_each():
    terms = query_terms("Luật ກົດໝາຍ 2024")
    assert terms.keys[0] == "luat"
    assert terms.keys[-1] == "2024"
    assert terms.lao_runs == (lao.normalise("ກົດໝາຍ"),)
