"""Titles in notices and mail subjects are cut at a word's end with "…", not mid-word."""

from portal.text import clip


def test_it_cuts_at_a_words_end_and_marks_the_cut():
    title = "Xây dựng kế hoạch chuyển đổi số giai đoạn 2026 - 2030, định hướng đến năm 2035"
    assert clip(title, 200) == title
    # The limit falls inside "hướng": the part of it is left out, not printed as "h".
    assert clip(title, 62) == "Xây dựng kế hoạch chuyển đổi số giai đoạn 2026 - 2030, định…"
    assert clip(title, 57) == "Xây dựng kế hoạch chuyển đổi số giai đoạn 2026 - 2030…"
    assert clip("Mộtchữrấtdàikhôngcókhoảngtrắng", 10) == "Mộtchữrất…"
