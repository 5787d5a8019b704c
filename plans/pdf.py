"""The plan, decision or regulation as an official document (Nghị định 30/2020): HTML, then PDF bytes."""

import re

from portal.dates import vn_place_date
from portal.documents import (
    addressee_lines,
    date_size,
    header_context,
    recipient_lines,
    render_html,
    render_pdf,
    signer_lines,
)
from portal.models import format_number

from .outline import outline


def basis_line(basis, last):
    parts = [basis.get_kind_display(), basis.doc_kind, f"số {basis.doc_number}" if basis.doc_number else ""]
    if basis.doc_date:
        parts.append(f"ngày {basis.doc_date.day:02d}/{basis.doc_date.month}/{basis.doc_date.year}")
    if basis.issuer:
        parts.append(f"của {basis.issuer}")
    if basis.summary:
        parts.append(basis.summary)
    return " ".join(p for p in parts if p).rstrip(";.") + ("." if last else ";")


# Điểm are lettered in the Vietnamese order (Nghị định 30): a) b) c) d) đ) e) g) h) i) k) l) m) n)…
LETTERS = "a b c d đ e g h i k l m n o p q r s t u v x y".split()
LETTERED = re.compile(r"^\s*([a-zđ])\)\s")


def task_paragraphs(task, rest):
    """The paragraphs a task prints under its numbered first line: the rest of its text, a paragraph a line, then
    who directs, who leads and coordinates and when, lettered on from the điểm its text already used. Seed 000
    writes "a) Nội dung:" in the task's text, then "b) Chỉ đạo thực hiện"; fixed letters printed a second "a)"
    after it, and a "b)" with no "a)" before it when no one directs. `rest`: the lines of its text after the first."""
    used = [LETTERS.index(m.group(1)) for line in rest if (m := LETTERED.match(line)) and m.group(1) in LETTERS]
    letters = iter(LETTERS[max(used) + 1 if used else 0 :])

    def lettered(text):
        letter = next(letters, "")
        return f"{letter}) {text}" if letter else text

    items = []
    directing = task.directing_text or (task.directing_leader.full_name if task.directing_leader else "")
    if directing:
        items.append(lettered(f"Chỉ đạo thực hiện: {directing}."))
    if task.lead_units or task.coordinating_units:
        items.append(lettered("Đơn vị chủ trì, phối hợp:"))
        if task.lead_units:
            items.append("- Đơn vị chủ trì: " + "; ".join(str(tu) for tu in task.lead_units) + ".")
        if task.coordinating_units:
            items.append("- Đơn vị phối hợp: " + "; ".join(str(tu) for tu in task.coordinating_units) + ".")
    rules = list(task.schedules.all())
    if len(rules) == 1 and not rules[0].label:
        items.append(lettered(f"Thời gian thực hiện: {rules[0].wording}."))
    elif rules:
        items.append(lettered("Thời gian thực hiện:"))
        items += [f"- {rule.label + ': ' if rule.label else ''}{rule.wording}." for rule in rules]
    return rest + items


def _squeezed(text):
    return " ".join(text.split())


def _paragraphs(nodes):
    """Give every task of the outline its first line and the paragraphs under it, for the PDF and Word alike.
    A task quoted from its section's own text (an article of a regulation tracked for its deadline, as the
    demo's Quy chế of seed 004 does) is not printed again: the document reads as it was issued."""
    for node in nodes:
        body = _squeezed(node.section.body)
        node.tasks = [task for task in node.tasks if not (body and _squeezed(task.content) in body)]
        for task in node.tasks:
            lines = [line.strip() for line in task.content.splitlines() if line.strip()] or [""]
            task.first_line = lines[0]
            task.paragraphs = task_paragraphs(task, lines[1:])
        _paragraphs(node.children)
    return nodes


def _header(plan):
    return header_context(
        unit=plan.unit,
        number_symbol=format_number(plan.number, plan.symbol),
        place=plan.place_name or plan.unit.place_name,
        issued_on=plan.issued_on,
        doc_type_name=plan.get_doc_type_display().upper(),
        title=plan.title,
    )


def _attachment(context, attached, n):
    """A regulation issued with the decision of `context`, as both the PDF and the Word file print it."""
    decision = context["plan"]
    return {
        "plan": attached,
        "outline": _paragraphs(outline(attached)),
        # An undated decision has no "ngày …" phrase: it left two spaces before "của".
        "note": "(Ban hành kèm theo {} số {} của {})".format(
            decision.get_doc_type_display(),
            " ".join(filter(None, [context["number_symbol"], context["issued_phrase"]])),
            decision.unit.name,
        ),
        "signature_id": f"chu-ky-{n}",
        "signer_lines": signer_lines(attached) or signer_lines(decision),
        "signer_name": attached.signer_name or decision.signer_name,
    }


def plan_context(plan):
    context = _header(plan)
    bases = list(plan.bases.all())
    context.update(
        plan=plan,
        addressees=addressee_lines(plan.addressees),
        letter_subject=letter_subject(plan) if plan.doc_type == plan.DocType.LETTER else "",
        bases=[basis_line(b, i == len(bases) - 1) for i, b in enumerate(bases)],
        outline=_paragraphs(outline(plan)),
        recipients=recipient_lines(plan.recipients),
        signer_lines=signer_lines(plan),
        signer_name=plan.signer_name,
    )
    context["attachments"] = [
        _attachment(context, attached, n) for n, attached in enumerate(plan.attachments.order_by("pk"), start=2)
    ]
    return context


def regulation_context(plan):
    """A regulation attached to a decision, printed on its own: the decision's header without a number, since
    the regulation has none of its own (it was printing "Số:      /"), then the regulation as the decision's
    appendix prints it, its note naming the decision. The decision's own body is not built."""
    decision = plan.attached_to
    context = _header(decision)
    context.update(plan=decision, no_number=True, doc_title=f"{plan.get_doc_type_display().upper()} {plan.title}"[:500])
    if plan.issued_on:  # its own date when it has one, as seed 004's regulation prints it
        context["place_date"] = vn_place_date(plan.place_name or plan.unit.place_name, plan.issued_on)
        context["date_size"] = date_size(context["place_date"], decision.unit)
    # Its signature block keeps the number it has in the decision's file.
    n = decision.attachments.filter(pk__lt=plan.pk).count() + 2
    context["attachments"] = [_attachment(context, plan, n)]
    return context


def letter_subject(plan):
    """The trích yếu of a công văn, printed under its number (ô 5b): "V/v …"."""
    return plan.title if plan.title.startswith("V/v") else f"V/v {plan.title}"


def render_plan_html(plan):
    if plan.attached_to_id:
        return render_html("documents/regulation_alone.html", regulation_context(plan))
    template = "documents/letter.html" if plan.doc_type == plan.DocType.LETTER else "documents/plan.html"
    return render_html(template, plan_context(plan))


def render_plan_pdf(plan):
    return render_pdf(render_plan_html(plan))
