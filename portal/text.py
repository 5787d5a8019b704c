"""Text helpers shared by every app: Unicode normalisation and diacritic-free search keys."""

import unicodedata

# đ/Đ are letters of their own in Unicode, not d with a combining mark, so NFD alone keeps them.
_LETTERS = str.maketrans({"đ": "d", "Đ": "D"})


def nfc(text):
    """Return text in NFC, the form Vietnamese documents and search indexes must agree on."""
    return unicodedata.normalize("NFC", text or "")


def fold(text):
    """Lower-case text without diacritics: "Đề án Cải cách" -> "de an cai cach"."""
    decomposed = unicodedata.normalize("NFD", (text or "").translate(_LETTERS))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.lower().split())


def search_terms(query):
    """Split a user's query into folded words; every word must match."""
    return fold(query).split()


def clip(text, limit):
    """`text` cut to at most `limit` characters at a word's end, with "…" when cut: notices and mail subjects
    cut titles mid-word ("… định hướng đến n")."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut and not text[limit - 1].isspace():
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-–") + "…"
