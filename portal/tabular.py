"""Reading and writing spreadsheets: CSV or Excel uploads with Vietnamese headers, and Excel exports."""

import csv
import datetime
import io
import zipfile
from dataclasses import dataclass

import openpyxl
from django.conf import settings
from django.http import HttpResponse
from django.utils.translation import gettext as _

from .text import fold, nfc

XLSX_MAX_UNPACKED = 50 * 1024 * 1024
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class TableError(Exception):
    """The file as a whole cannot be read (too large, wrong format, missing columns)."""


@dataclass
class Row:
    line: int
    values: dict


def header_key(text):
    """A column heading as it is matched: diacritics, case and a trailing colon do not matter."""
    return fold(str(text or "")).replace(":", "").strip()


def read_table(upload, columns, required=(), sheet=None):
    """Read an uploaded CSV or XLSX into rows keyed by field name.

    `columns` maps field name -> header as written in the template; headers are matched without
    diacritics or case so "Ma don vi" and "Mã đơn vị" both work. Line numbers are the spreadsheet's.
    """
    if upload.size > settings.PORTAL_IMPORT_MAX_BYTES:
        raise TableError(
            _("Tệp quá lớn (%(size)s MB); giới hạn là %(limit)s MB.")
            % {"size": round(upload.size / 1048576, 1), "limit": settings.PORTAL_IMPORT_MAX_BYTES // 1048576}
        )
    name = upload.name.lower()
    if name.endswith(".xlsx"):
        raw = xlsx_rows(upload, sheet)
    elif name.endswith(".csv"):
        raw = _csv_rows(upload)
    else:
        raise TableError(_("Chỉ nhận tệp .xlsx hoặc .csv."))
    try:
        header = next(raw)
    except StopIteration:
        raise TableError(_("Tệp không có dữ liệu.")) from None
    wanted = {header_key(label): field for field, label in columns.items()}
    index = {wanted[header_key(h)]: i for i, h in enumerate(header) if header_key(h) in wanted}
    missing = [columns[f] for f in required if f not in index]
    if missing:
        raise TableError(_("Thiếu cột: %(columns)s.") % {"columns": ", ".join(missing)})
    rows = []
    for line, cells in enumerate(raw, start=2):
        values = {field: _cell(cells, i) for field, i in index.items()}
        if any(values.values()):
            rows.append(Row(line, values))
    return rows


def _cell(cells, i):
    value = cells[i] if i < len(cells) else None
    if value is None:
        return ""
    if isinstance(value, str):
        value = nfc(value).strip()
        # Undo safe_cell(): what the portal exported comes back as it was.
        return value[1:] if value[:1] == "'" and value[1:2] in FORMULA_STARTS else value
    return value


def _csv_rows(upload):
    data = upload.read()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise TableError(_("Tệp CSV phải được lưu với mã UTF-8.")) from None
    sample = text[:4096]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    return iter(csv.reader(io.StringIO(text), delimiter=delimiter))


def xlsx_rows(upload, sheet_name=None):
    """The rows of an .xlsx sheet as lists of cells; refused when the file would unpack past XLSX_MAX_UNPACKED."""
    try:
        with zipfile.ZipFile(upload) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        raise TableError(_("Tệp Excel bị hỏng hoặc không đúng định dạng .xlsx.")) from None
    # An .xlsx is a zip: check what it unpacks to before openpyxl inflates it (zip bombs).
    if unpacked > XLSX_MAX_UNPACKED:
        raise TableError(_("Tệp Excel khi giải nén quá lớn; hãy chia nhỏ tệp."))
    upload.seek(0)
    workbook = openpyxl.load_workbook(upload, read_only=True, data_only=True)
    if sheet_name is None:
        sheet = workbook.worksheets[0]
    elif sheet_name in workbook.sheetnames:
        sheet = workbook[sheet_name]
    else:
        raise TableError(_("Tệp không có trang tính “%(name)s”.") % {"name": sheet_name})
    return (list(row) for row in sheet.iter_rows(values_only=True))


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """Neutralise text a spreadsheet would run as a formula (CSV/Excel injection)."""
    if isinstance(value, str) and value[:1] in FORMULA_STARTS:
        return "'" + value
    return value


def xlsx_response(filename, title, headers, rows):
    """An Excel download of one table with a bold header row."""
    return xlsx_workbook_response(filename, [(title, headers, rows)])


def xlsx_workbook_response(filename, sheets):
    """An Excel download of several tables, one sheet each: [(title, headers, rows), …]."""
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, headers, rows in sheets:
        sheet = workbook.create_sheet(title[:31])
        sheet.append(headers)
        for cell in sheet[1]:
            cell.font = openpyxl.styles.Font(bold=True)
        for row in rows:
            sheet.append([safe_cell(value) for value in row])
            for cell in sheet[sheet.max_row]:
                if isinstance(cell.value, datetime.date) and not isinstance(cell.value, datetime.datetime):
                    cell.number_format = "DD/MM/YYYY"  # as Vietnamese write dates; Excel still sorts them as dates
        for column in sheet.columns:
            width = max(len(str(c.value or "")) for c in column)
            sheet.column_dimensions[column[0].column_letter].width = min(max(width + 2, 10), 60)
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
