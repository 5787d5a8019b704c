"""The report as a Word file, from the same context as its PDF (reports/pdf.py)."""

from portal import docx
from portal.dates import vn_number

from .pdf import report_context


def _table(doc, table):
    bold = [i for i, (_cells, group) in enumerate(table.print_rows) if group]
    rows = [cells for cells, _group in table.print_rows]
    docx.add_data_table(
        doc, table.template.header_rows(), rows, widths=table.widths, caption=table.title, bold_rows=bold
    )


def _node(doc, node, depth=0):
    section = node.section
    docx.numbered_heading(doc, section.number, section.title, depth, italic_below=False)
    docx.text_lines(doc, section.body)
    for table in node.tables:
        _table(doc, table)
    for child in node.children:
        _node(doc, child, depth + 1)


def _judgement(value):
    if value.value is None:
        return "Chưa có số liệu"
    if not value.verified:
        return "Chưa kiểm chứng"
    achieved = value.achieved()
    if achieved is None:
        return ""
    return "Đạt" if achieved else "Không đạt"


def _with_measure(number, indicator, prefix=""):
    return f"{prefix}{vn_number(number)} {indicator.measure}".strip()


def _appendix_rows(appendix):
    if appendix["kind"] == "progress":
        return [
            [
                i,
                f"{row.task.number}. {row.task.content}" if row.task.number else row.task.content,
                row.get_status_display(),
                row.percent,
                row.done,
                row.blockers,
            ]
            for i, row in enumerate(appendix["rows"], start=1)
        ]
    rows = []
    for i, v in enumerate(appendix["rows"], start=1):
        target = v.target()
        aim = _with_measure(target.value, v.indicator, f"{v.indicator.comparator_symbol} ") if target else ""
        done = _with_measure(v.value, v.indicator) if v.value is not None else ""
        rows.append([i, v.indicator.name, aim, done, _judgement(v), v.evidence])
    return rows


def render_report_docx(report):
    """The .docx bytes of the report, its appendices numbered on their own."""
    context = report_context(report)
    doc = docx.new_document(context)
    docx.add_header(doc, context)
    docx.add_title(doc, context["doc_type_name"], report.title)
    docx.add_addressees(doc, context["addressees"])
    docx.text_lines(doc, report.instruction)
    for node in context["outline"]:
        _node(doc, node)
    for table in context["loose_tables"]:
        _table(doc, table)
    docx.text_lines(doc, report.closing)
    docx.add_closing(
        doc, recipients=context["recipients"], signer_lines=context["signer_lines"], signer_name=report.signer_name
    )
    for appendix in context["appendices"]:
        docx.new_appendix_section(doc)
        issued = f" {context['issued_phrase']}" if context["issued_phrase"] else ""
        note = f"(Kèm theo Báo cáo số {context['number_symbol']}{issued} của {context['issuer']})"
        docx.heading(doc, appendix["label"], upper=True)
        docx.add_title(doc, appendix["title"], "", note, space_before=0)  # right under its label, as in the PDF
        columns = appendix["columns"]
        header = [[(label, 1, 1) for label, _width in columns]]
        widths = [width for _label, width in columns]
        docx.add_data_table(doc, header, _appendix_rows(appendix), widths=widths, centred=appendix["centred"])
    return docx.to_bytes(doc)
