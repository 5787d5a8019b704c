"""The report as an official document (Nghị định 30/2020, seed 001): HTML, then PDF bytes."""

from dataclasses import dataclass, field

from portal.documents import (
    addressee_lines,
    column_widths,
    header_context,
    recipient_lines,
    render_html,
    render_pdf,
    signer_lines,
)
from portal.models import format_number

from .models import ReportSection
from .services import prefetch_values, report_symbol

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]


@dataclass
class Node:
    section: ReportSection
    tables: list = field(default_factory=list)
    children: list = field(default_factory=list)


def section_tree(report):
    """Root sections in document order, each with its tables and sub-sections; tables under no section last."""
    sections = list(report.sections.all())
    nodes = {s.pk: Node(s) for s in sections}
    loose = []
    for table in report.tables.select_related("template"):
        # Group rows ("I  Thủ tục hành chính") print in bold, as the seed's tables show them.
        table.print_rows = [(cells, bool(cells) and str(cells[0]).strip() in ROMAN) for cells in table.rows]
        # A group row's label runs on past its cell, so it does not size the columns.
        body = [cells for cells, group in table.print_rows if not group]
        table.widths = column_widths([column["label"] for column in table.template.columns], body)
        (nodes[table.section_id].tables if table.section_id in nodes else loose).append(table)
    roots = []
    for section in sections:
        parent = nodes.get(section.parent_id)
        (parent.children if parent else roots).append(nodes[section.pk])
    return roots, loose


# The appendices' columns, (heading, percent of the text width), for the PDF and the Word file alike.
APPENDIX_COLUMNS = {
    "progress": (
        ("STT", 7),
        ("Nhiệm vụ", 30),
        ("Tình trạng", 13),
        ("Tiến độ (%)", 9),
        ("Kết quả thực hiện", 25),
        ("Khó khăn, vướng mắc", 16),
    ),
    "values": (
        ("STT", 7),
        ("Chỉ tiêu", 30),
        ("Mục tiêu năm", 14),
        ("Thực hiện", 14),
        ("Đánh giá", 13),
        ("Căn cứ kiểm chứng", 22),
    ),
}


# The columns whose cells the appendices centre (documents/report.html's "c"): number, state, percent, figures.
APPENDIX_CENTRED = {"progress": (0, 2, 3), "values": (0, 2, 3, 4)}


def appendices(report):
    """Task progress and indicator values print as appendices, each numbered on its own ("Phụ lục I", "II")."""
    progress = list(report.progress.select_related("task__section"))
    values = list(prefetch_values(report.values.all()))
    parts = [(kind, rows) for kind, rows in (("progress", progress), ("values", values)) if rows]
    return [
        {
            "kind": kind,
            "rows": rows,
            "columns": APPENDIX_COLUMNS[kind],
            "centred": APPENDIX_CENTRED[kind],
            "label": f"Phụ lục {ROMAN[i]}" if len(parts) > 1 else "Phụ lục",
            "title": "TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ" if kind == "progress" else "KẾT QUẢ THỰC HIỆN CHỈ TIÊU",
        }
        for i, (kind, rows) in enumerate(parts)
    ]


def report_context(report):
    unit = report.unit
    number_symbol = format_number(report.number, report_symbol(report))
    context = header_context(
        unit=unit,
        number_symbol=number_symbol,
        place=report.place_name or unit.place_name,
        issued_on=report.issued_on,
        doc_type_name="BÁO CÁO",
        title=report.title,
    )
    outline, loose_tables = section_tree(report)
    context.update(
        report=report,
        addressees=addressee_lines(report.addressed_to),
        outline=outline,
        loose_tables=loose_tables,
        appendices=appendices(report),
        recipients=recipient_lines(report.recipients),
        signer_lines=signer_lines(report),
        signer_name=report.signer_name,
    )
    return context


def render_report_html(report):
    return render_html("documents/report.html", report_context(report))


def render_report_pdf(report):
    return render_pdf(render_report_html(report))
