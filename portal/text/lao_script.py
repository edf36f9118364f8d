"""Spotting Lao typed in a legacy, pre-Unicode font.

Before Unicode, Lao fonts (Lao Alingsone, Saysettha Lao, old Phetsarath) drew Lao glyphs on
Latin-1 code points; copied out of such documents, Lao becomes "ÅÒ¡¦ì¾º..." garbage.
Text expected to be Lao that holds no Lao letters but many Latin-1 letters is such text.
"""

LAO_BLOCK = ("\u0e80", "\u0eff")
LATIN1_LETTERS = ("\u00a0", "\u00ff")
# Share of Latin-1 supplement characters among letters above which the text is garbage.
LEGACY_SHARE = 0.2


def looks_like_legacy_lao_font(text: str) -> bool:
    letters = [char for char in text or "" if char.isalpha() or "\u00a0" <= char <= "\u00ff"]
    if not letters or any(LAO_BLOCK[0] <= char <= LAO_BLOCK[1] for char in letters):
        return False
    if any("\u0100" <= char <= "\u024f" or "\u1ea0" <= char <= "\u1ef9" for char in letters):
        return False  # Vietnamese letters beyond Latin-1 (ơ, ư, đ, ạ): real text, not a font
    latin1 = sum(LATIN1_LETTERS[0] <= char <= LATIN1_LETTERS[1] for char in letters)
    return latin1 / len(letters) >= LEGACY_SHARE
