import io

import openpyxl

from portal.tabular import safe_cell, xlsx_response


def test_it_neutralises_formulas_in_exports():
    assert [safe_cell(v) for v in ["=1+1", "+84", "-x", "@SUM(A1)", "Bình thường", 5]] == [
        "'=1+1",
        "'+84",
        "'-x",
        "'@SUM(A1)",
        "Bình thường",
        5,
    ]
    response = xlsx_response("a.xlsx", "Bảng", ["Cột"], [['=HYPERLINK("http://x")']])
    cell = openpyxl.load_workbook(io.BytesIO(response.content)).active["A2"]
    assert cell.data_type == "s" and cell.value.startswith("'=")
