import datetime
import unicodedata

from django.utils import translation

from portal.dates import long_date, vn_date, vn_place_date
from portal.text import fold, nfc, search_terms


def test_it_folds_diacritics_and_d_stroke():
    assert fold("Đề án 06 – Đăng ký CẢI CÁCH") == "de an 06 – dang ky cai cach"


def test_it_folds_decomposed_input_like_composed():
    decomposed = unicodedata.normalize("NFD", "cải cách")
    assert fold(decomposed) == "cai cach"
    assert nfc(decomposed) == "cải cách"


def test_it_splits_queries_into_folded_terms():
    assert search_terms("  Cải  cách hành chính ") == ["cai", "cach", "hanh", "chinh"]


def test_it_writes_dates_as_documents_do():
    assert vn_date(datetime.date(2026, 6, 5)) == "ngày 05 tháng 6 năm 2026"
    assert vn_date(datetime.date(2024, 2, 19)) == "ngày 19 tháng 02 năm 2024"
    assert vn_date(datetime.date(2021, 8, 25)) == "ngày 25 tháng 8 năm 2021"
    assert vn_date(datetime.date(2025, 12, 1)) == "ngày 01 tháng 12 năm 2025"
    assert vn_place_date("Quảng Ngãi", datetime.date(2021, 8, 25)) == "Quảng Ngãi, ngày 25 tháng 8 năm 2021"


def test_it_writes_a_long_date_in_the_active_language():
    assert long_date(datetime.date(2026, 12, 4)) == "ngày 04 tháng 12 năm 2026"
    with translation.override("en"):
        assert long_date(datetime.date(2026, 12, 4)) == "4 December 2026"
    assert long_date(None) == ""
