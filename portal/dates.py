"""Dates written the way Vietnamese official documents write them (Nghị định 30/2020)."""


def vn_day_month(d):
    """Day padded when 1–9; month padded only for January and February ("05 tháng 6", "19 tháng 02")."""
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return f"{d.day:02d}", month


def vn_date(d):
    """ "ngày 05 tháng 6 năm 2026"."""
    if d is None:
        return ""
    day, month = vn_day_month(d)
    return f"ngày {day} tháng {month} năm {d.year}"


def vn_place_date(place, d):
    """The date line of a document: "Quảng Ngãi, ngày 25 tháng 8 năm 2021"."""
    return f"{place}, {vn_date(d)}" if place else vn_date(d)


def short_date(d):
    """dd/mm/yyyy, for tables."""
    return d.strftime("%d/%m/%Y") if d else ""
