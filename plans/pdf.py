"""The plan, decision or regulation as an official document (Nghị định 30/2020): HTML, then PDF bytes."""

from portal.documents import addressee_lines, header_context, recipient_lines, render_html, render_pdf, signer_lines
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


def plan_context(plan):
    unit = plan.unit
    context = header_context(
        unit=unit,
        number_symbol=format_number(plan.number, plan.symbol),
        place=plan.place_name or unit.place_name,
        issued_on=plan.issued_on,
        doc_type_name=plan.get_doc_type_display().upper(),
        title=plan.title,
    )
    bases = list(plan.bases.all())
    context.update(
        plan=plan,
        addressees=addressee_lines(plan.addressees),
        letter_subject=letter_subject(plan) if plan.doc_type == plan.DocType.LETTER else "",
        bases=[basis_line(b, i == len(bases) - 1) for i, b in enumerate(bases)],
        outline=outline(plan),
        recipients=recipient_lines(plan.recipients),
        signer_lines=signer_lines(plan),
        signer_name=plan.signer_name,
        attachments=[
            {
                "plan": attached,
                "outline": outline(attached),
                "issuer_name": unit.name,
                "signature_id": f"chu-ky-{n}",
                "signer_lines": signer_lines(attached) or signer_lines(plan),
                "signer_name": attached.signer_name or plan.signer_name,
            }
            for n, attached in enumerate(plan.attachments.order_by("pk"), start=2)
        ],
    )
    return context


def letter_subject(plan):
    """The trích yếu of a công văn, printed under its number (ô 5b): "V/v …"."""
    return plan.title if plan.title.startswith("V/v") else f"V/v {plan.title}"


def render_plan_html(plan):
    template = "documents/letter.html" if plan.doc_type == plan.DocType.LETTER else "documents/plan.html"
    return render_html(template, plan_context(plan))


def render_plan_pdf(plan):
    return render_pdf(render_plan_html(plan))
