"""The Nghị định 30 layout in Word (python-docx), for clerks who finish a document in Word.

Built from the same context as the PDF (`documents.header_context` and each app's own context), as
close to the PDF as Word allows: margins in mm, a borderless two-column header table, rules drawn as
paragraph borders, the page number as a PAGE field from page 2 on (a different, empty first-page
header), the closing block a table whose row never splits.
"""

import io
from functools import cache

from django.contrib.staticfiles import finders
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_ALIGN_VERTICAL, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt
from docx.text.paragraph import Paragraph

FONT = "Times New Roman"
A4 = (Mm(210), Mm(297))
RULE_PT = 6  # eighths of a point in w:sz: 0.75 pt, as the PDF draws it
CENTER, JUSTIFY, LEFT = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY, WD_ALIGN_PARAGRAPH.LEFT


@cache
def _font(bold):
    from PIL import ImageFont

    return ImageFont.truetype(finders.find(f"fonts/tinos/Tinos-{'Bold' if bold else 'Regular'}.ttf"), 1000)


def _kept_together(parts):
    """Word wraps a line only at the spaces between `parts` (documents.header_parts)."""
    return " ".join(part.replace(" ", "\u00a0") for part in parts)


def text_width(text, size, bold=False):
    """The printed width of `text` in the shipped Times-compatible font, as a docx length."""
    return Pt(_font(bold).getlength(text) * size / 1000)


def new_document(context):
    """An empty A4 document with the unit's margins, body font and the page number from page 2."""
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = A4
    top, right, bottom, left = (Mm(v) for v in context["page"]["margins"])
    section.top_margin, section.right_margin, section.bottom_margin, section.left_margin = top, right, bottom, left
    section.header_distance = Mm(10)
    _set_body_style(doc, context["page"]["font_size"])
    _number_pages_from_the_second(section)
    core = doc.core_properties
    core.title, core.author, core.subject, core.language = (
        context["doc_title"],
        context["unit"].name,
        f"{context['doc_type_name']} {context['number_symbol']}",
        "vi-VN",
    )
    return doc


def _set_body_style(doc, size):
    style = doc.styles["Normal"]
    style.font.name, style.font.size = FONT, Pt(size)
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "vi-VN")
    style.element.get_or_add_rPr().append(lang)
    fmt = style.paragraph_format
    fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(0), Pt(6), 1.0


def _number_pages_from_the_second(section, restart=False):
    section.different_first_page_header_footer = True
    section.first_page_header.is_linked_to_previous = False  # an explicit, empty first-page header
    if restart:
        number_type = OxmlElement("w:pgNumType")
        number_type.set(qn("w:start"), "1")
        section._sectPr.append(number_type)
        return
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = CENTER
    _page_field(paragraph.add_run())
    paragraph.runs[0].font.size = Pt(14)


def _page_field(run):
    """A PAGE field: Word fills in the number on every page the header appears on."""
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "2"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText" if text == " PAGE " else "w:t")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def paragraph(container, text="", *, size=None, bold=False, italic=False, upper=False, align=JUSTIFY, indent=True):
    """One paragraph in the body's style; `indent` gives the decree's 1 cm first line."""
    p = container.add_paragraph()
    p.alignment = align
    p.paragraph_format.first_line_indent = Cm(1) if indent and align == JUSTIFY else Cm(0)
    if text:
        run = p.add_run(text.upper() if upper else text)
        run.bold, run.italic = bold or None, italic or None
        if size:
            run.font.size = Pt(size)
    return p


def heading(container, text, *, size=None, bold=True, italic=False, upper=False, space_after=0):
    p = paragraph(container, text, size=size, bold=bold, italic=italic, upper=upper, align=CENTER)
    p.paragraph_format.space_after = Pt(space_after)
    return p


def numbered_heading(container, number, title, depth, *, italic_below=True):
    """ "I. TITLE" / "1. Title" in bold, deeper levels ("a) …") italic or plain, as the document numbers them."""
    if not (number or title):
        return
    mark = "" if number.endswith(")") else "."
    text = f"{number}{mark} {title}" if number else title
    paragraph(container, text, bold=depth < 2, italic=italic_below and depth >= 2)


def text_lines(container, text):
    """One body paragraph per non-empty line, as the PDF templates print a text field."""
    for line in text.splitlines():
        if line.strip():
            paragraph(container, line)


def rule(container, width, line_width):
    """A centred horizontal rule `line_width` long, drawn as the bottom border of an empty paragraph."""
    p = container.add_paragraph()
    side = max((width - line_width) // 2, 0)
    p.paragraph_format.left_indent = p.paragraph_format.right_indent = side
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = Pt(2)
    _bottom_border(p)
    return p


def _bottom_border(p):
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", str(RULE_PT)), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    p._p.get_or_add_pPr().append(borders)


def text_width_of(doc):
    section = doc.sections[-1]
    return section.page_width - section.left_margin - section.right_margin


def _table(doc, shares):
    """A borderless table whose columns take these shares of the text width and never split across pages."""
    width = text_width_of(doc)
    table = doc.add_table(rows=1, cols=len(shares))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [int(width * share) for share in shares]
    _no_cell_padding(table)
    _fix_widths(table, widths)
    return table, widths


def _fix_widths(table, widths):
    """Columns of these widths, as Word and LibreOffice both keep them (autofit off, every cell sized too)."""
    table.autofit = False
    for column, w in zip(table.columns, widths, strict=True):
        column.width = w
        for cell in column.cells:
            cell.width = w


def _no_cell_padding(table):
    """Word pads cells by 1.9 mm each side by default: the Quốc hiệu (about 96 mm) would wrap in its 99 mm column."""
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        element = OxmlElement(f"w:{side}")
        element.set(qn("w:w"), "0")
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    table._tbl.tblPr.append(margins)


def _first(cell):
    """A cell starts with one empty paragraph: use it for the first line instead of leaving a gap."""
    p = cell.paragraphs[0]
    p._p.getparent().remove(p._p)
    return cell


def _keep_row_together(row):
    row_pr = row._tr.get_or_add_trPr()
    row_pr.append(OxmlElement("w:cantSplit"))


def add_header(doc, context):
    """Ô 1–4: governing and issuing body, Quốc hiệu and Tiêu ngữ with their rules, Số and the date line."""
    table, (left_w, right_w) = _table(doc, (0.4, 0.6))
    left, right = (_first(c) for c in table.rows[0].cells)
    if context["governing"]:
        heading(left, _kept_together(context["governing_parts"]), size=13, bold=False, upper=True)
    heading(left, _kept_together(context["issuer_parts"]), size=13, upper=True)
    rule(left, left_w, left_w // 3)
    heading(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", size=13)
    motto_text = "Độc lập - Tự do - Hạnh phúc"
    motto = heading(right, motto_text, size=14)
    # The rule is as long as the text: indents leave the text's width plus 1 mm so that it never wraps.
    side = max((right_w - text_width(motto_text, 14, bold=True) - Mm(1)) // 2, 0)
    motto.paragraph_format.left_indent = motto.paragraph_format.right_indent = side
    _bottom_border(motto)
    row = table.add_row()
    number, date = (_first(c) for c in row.cells)
    if not context.get("no_number"):  # a regulation issued with a decision has no number of its own
        line = heading(number, number_line(context["number_symbol"]), size=13, bold=False)
        line.paragraph_format.space_before = Pt(6)
    if context.get("letter_subject"):
        # A công văn's trích yếu sits under its number (ô 5b), 13 pt upright, instead of a title under the header.
        heading(number, context["letter_subject"], size=13, bold=False).paragraph_format.space_before = Pt(4)
    place_date = heading(date, context["place_date"], size=context["date_size"], bold=False, italic=True)
    place_date.paragraph_format.space_before = Pt(6)
    for r in table.rows:
        _keep_row_together(r)
    return table


def number_line(number_symbol):
    """ "Số: 340/BC-UBND"; a blank number brings its own spaces (as documents/header.html prints it)."""
    return "Số:" + ("" if number_symbol.startswith(" ") else " ") + number_symbol


def add_title(doc, doc_type_name, title, note="", *, space_before=12):
    """Ô 5a: the type in capitals and the trích yếu (and an attachment's "Ban hành kèm theo…"), then a short rule."""
    heading(doc, doc_type_name, size=14, upper=True).paragraph_format.space_before = Pt(space_before)
    if title:
        heading(doc, title, size=14)
    if note:
        heading(doc, note, bold=False, italic=True, space_after=12)  # the PDF's note keeps 12 pt above its rule
    rule(doc, text_width_of(doc), text_width_of(doc) // 3).paragraph_format.space_after = Pt(12)


def add_closing(doc, *, recipients, signer_lines, signer_name):
    """Nơi nhận on the left, the authority, signature space and name on the right, on one page, with the last
    paragraph before it: as in the PDF, the signature never stands on a page of its own."""
    last = doc.element.body[-2]  # the body's last child is its section properties
    if last.tag == qn("w:p"):
        Paragraph(last, doc).paragraph_format.keep_with_next = True
    table, _widths = _table(doc, (0.45, 0.55))
    left, right = (_first(c) for c in table.rows[0].cells)
    if recipients:
        paragraph(left, "Nơi nhận:", size=12, bold=True, italic=True, align=LEFT).paragraph_format.space_after = Pt(0)
        for line in recipients:
            paragraph(left, line, size=11, align=LEFT).paragraph_format.space_after = Pt(0)
    else:
        paragraph(left, "")
    for line in signer_lines:
        heading(right, line, upper=True)
    name = heading(right, signer_name)
    name.paragraph_format.space_before = Mm(30)  # the signature space (ô 7c, 8)
    for cell in (left, right):
        for p in cell.paragraphs:
            p.paragraph_format.keep_with_next = True
            p.paragraph_format.keep_together = True
    _keep_row_together(table.rows[0])
    return table


def add_addressees(doc, lines):
    """Ô 9a: one addressee on the "Kính gửi:" line, several as items aligned under the colon."""
    if len(lines) == 1:
        heading(doc, f"Kính gửi: {lines[0]}", bold=False, space_after=6)
    elif lines:
        table, _widths = _table(doc, (0.3, 0.7))
        label, names = (_first(c) for c in table.rows[0].cells)
        paragraph(label, "Kính gửi:", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
        for line in lines:
            last = paragraph(names, " " + line, align=LEFT, indent=False)
            last.paragraph_format.space_after = Pt(0)
        last.paragraph_format.space_after = Pt(6)  # as the PDF's list: the text below no longer touches it


def add_data_table(doc, header_rows, rows, *, widths, caption="", bold_rows=(), centred=()):
    """A ruled 11 pt table; header rows of (label, colspan, rowspan) merge as drawn and repeat on every page.
    `widths` are the columns' percents of the text width, as the PDF prints them: without them LibreOffice
    draws every column alike and a task's text runs a few words a line down a narrow column. `centred`: the
    columns whose cells the PDF centres (numbers, states)."""
    if caption:
        heading(doc, caption, size=11, space_after=3)
    columns = sum(span for _label, span, _rows in header_rows[0])
    table = doc.add_table(rows=len(header_rows) + len(rows), cols=columns)
    table.style = doc.styles["Table Grid"]
    width = text_width_of(doc)
    _fix_widths(table, [int(width * percent / 100) for percent in widths])
    taken = set()
    for r, header in enumerate(header_rows):
        c = 0
        for label, colspan, rowspan in header:
            while (r, c) in taken:
                c += 1
            cell = table.cell(r, c)
            if colspan > 1 or rowspan > 1:
                cell = cell.merge(table.cell(r + rowspan - 1, c + colspan - 1))
            taken.update((r + i, c + j) for i in range(rowspan) for j in range(colspan))
            _cell_text(cell, label, bold=True, align=CENTER)
            cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER  # as the PDF's headings sit
            c += colspan
        repeat = OxmlElement("w:tblHeader")
        table.rows[r]._tr.get_or_add_trPr().append(repeat)
    for i, cells in enumerate(rows):
        row = table.rows[len(header_rows) + i]
        _keep_row_together(row)  # as the PDF keeps a row on one page; Word still splits a row taller than a page
        for c, (cell, value) in enumerate(zip(row.cells, cells, strict=False)):
            _cell_text(cell, str(value), bold=i in bold_rows, align=CENTER if c in centred else LEFT)
    # Word has no space below a table: 6 pt of empty line, as the PDF's table margin, so the text after it
    # does not touch its last rule.
    gap = doc.add_paragraph()
    gap.paragraph_format.space_after, gap.paragraph_format.line_spacing = Pt(0), Pt(6)
    return table


def _cell_text(cell, text, *, bold, align):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = Cm(0)
    p.paragraph_format.space_after = Pt(0)
    run = p.add_run(text)
    run.font.size, run.bold = Pt(11), bold or None


def new_appendix_section(doc):
    """A new page whose numbering restarts, as each appendix or attached regulation is numbered on its own."""
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    _number_pages_from_the_second(section, restart=True)
    return section


def to_bytes(doc):
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
