"""The plan, decision or regulation as a Word file, from the same context as its PDF (plans/pdf.py)."""

from portal import docx

from .pdf import plan_context, regulation_context


def _section_heading(doc, section, depth):
    number, title = section.number, section.title
    if section.is_chapter:
        docx.heading(doc, number, upper=True)
        docx.heading(doc, title, upper=True, space_after=6)
        return
    docx.numbered_heading(doc, number, title, depth)


def _task(doc, task):
    p = docx.paragraph(doc)
    if task.number:
        p.add_run(f"{task.number}. ").bold = True
    p.add_run(task.first_line)
    for text in task.paragraphs:
        docx.paragraph(doc, text)


def _node(doc, node, depth=0):
    section = node.section
    if lead := section.inline_number:
        first, *rest = [line for line in section.body.splitlines() if line.strip()]
        p = docx.paragraph(doc)
        p.add_run(f"{lead} ").bold = section.is_article
        p.add_run(first)
        docx.text_lines(doc, "\n".join(rest))
    else:
        _section_heading(doc, section, depth)
        docx.text_lines(doc, section.body)
    for task in node.tasks:
        _task(doc, task)
    for child in node.children:
        _node(doc, child, depth + 1)


def _regulation(doc, attachment):
    attached = attachment["plan"]
    docx.add_title(doc, attached.get_doc_type_display(), attached.title, attachment["note"])
    for node in attachment["outline"]:
        _node(doc, node)
    docx.add_closing(doc, recipients=[], signer_lines=attachment["signer_lines"], signer_name=attachment["signer_name"])


def render_plan_docx(plan):
    """The .docx bytes of the plan with its attached regulations, each numbered on its own; an attached
    regulation on its own as plans.pdf.regulation_context prints it."""
    if plan.attached_to_id:
        context = regulation_context(plan)
        doc = docx.new_document(context)
        docx.add_header(doc, context)
        _regulation(doc, context["attachments"][0])
        return docx.to_bytes(doc)
    context = plan_context(plan)
    doc = docx.new_document(context)
    docx.add_header(doc, context)
    if context["letter_subject"]:
        # A công văn prints no type line: its subject went under the number, and it speaks to its addressees.
        docx.heading(doc, "", space_after=12)
    else:
        docx.add_title(doc, context["doc_type_name"], plan.title)
    docx.add_addressees(doc, context["addressees"])
    if plan.authority_line:
        docx.heading(doc, plan.authority_line, upper=True, space_after=6)
    for basis in context["bases"]:
        docx.paragraph(doc, basis, italic=True)
    docx.text_lines(doc, plan.preamble)
    if plan.doc_type == plan.DocType.DECISION:
        docx.heading(doc, "QUYẾT ĐỊNH:", space_after=6)
    for node in context["outline"]:
        _node(doc, node)
    if plan.closing:
        docx.paragraph(doc, plan.closing)
    docx.add_closing(
        doc, recipients=context["recipients"], signer_lines=context["signer_lines"], signer_name=plan.signer_name
    )
    for attachment in context["attachments"]:
        docx.new_appendix_section(doc)
        _regulation(doc, attachment)
    return docx.to_bytes(doc)
