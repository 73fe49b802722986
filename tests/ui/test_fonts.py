"""The window draws names in Chinese, Japanese and Korean script with the fonts it ships, not
as empty boxes where the platform has no such font."""

from PySide6.QtGui import QFont, QRawFont

from consult.ui.fonts import add_shipped_fonts


def test_the_shipped_fonts_give_the_window_glyphs_for_korean_and_chinese_names(qapp):
    families = add_shipped_fonts()
    assert families
    for name in ("최민준", "王秀英", "佐藤"):
        assert all(
            any(QRawFont.fromFont(QFont(family)).supportsCharacter(ord(c)) for family in families)
            for c in name
        ), name
