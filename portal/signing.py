"""Signed-ready PDFs: empty digital-signature fields over the signature space of each signature block.

Nghị định 30 (Phụ lục I) puts the signer's signature between the position and the name, and the
agency's seal over the left third of it. The closing block's signature space carries the id
`chu-ky-N` (N = 1 for the document, 2… for attached regulations); WeasyPrint reports where each one
fell, on whichever page, and pyHanko adds the two fields there in an incremental update, so the
token software clerks already use finds them. Nothing may be re-rendered after the fields are added.
"""

import io
from dataclasses import dataclass

from .documents import PDF_OPTIONS, deferred_collections, render_document

ANCHOR_PREFIX = "chu-ky-"
PX_TO_PT = 0.75  # WeasyPrint lays out in CSS px (96 per inch); PDF counts points (72 per inch)


@dataclass(frozen=True)
class SignatureSpace:
    """Where one signature block's space fell: its page (from 0) and its box in PDF points from bottom-left."""

    number: int
    page: int
    box: tuple[float, float, float, float]

    @property
    def signer_field(self):
        return f"NguoiKy{self.number}"

    @property
    def seal_field(self):
        return f"DauCoQuan{self.number}"

    def seal_box(self):
        """The seal covers the left third of the signer's space, at the same height."""
        x0, y0, x1, y1 = self.box
        return (x0, y0, x0 + (x1 - x0) / 3, y1)


def signature_spaces(document):
    """The signature spaces of a laid-out WeasyPrint document, in block order."""
    spaces = []
    for index, page in enumerate(document.pages):
        height = page.height * PX_TO_PT
        for name, (x0, y0, x1, y1) in page.anchors.items():
            suffix = name.removeprefix(ANCHOR_PREFIX)
            if name.startswith(ANCHOR_PREFIX) and suffix.isdigit():
                box = (x0 * PX_TO_PT, height - y1 * PX_TO_PT, x1 * PX_TO_PT, height - y0 * PX_TO_PT)
                spaces.append(SignatureSpace(int(suffix), index, tuple(round(v, 2) for v in box)))
    return sorted(spaces, key=lambda space: space.number)


def add_signature_fields(pdf, spaces):
    """The PDF with a signer's and a seal's empty field on every space, appended as an incremental update."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.metadata import model
    from pyhanko.sign.fields import SigFieldSpec, append_signature_field

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    for space in spaces:
        append_signature_field(writer, SigFieldSpec(space.signer_field, on_page=space.page, box=space.box))
        append_signature_field(writer, SigFieldSpec(space.seal_field, on_page=space.page, box=space.seal_box()))
    # pyHanko rewrites the XMP packet with itself as pdf:Producer but appends itself to the info
    # dictionary's Producer; PDF/A wants the two equal, so the info entry is set to what XMP will say.
    info_ref = writer.trailer.raw_get("/Info")
    info_ref.get_object()["/Producer"] = generic.TextStringObject(model.VENDOR)
    writer.mark_update(info_ref)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@deferred_collections
def render_signed_ready_pdf(html):
    """PDF/A bytes of the document with its empty signature fields, from one layout."""
    document = render_document(html)
    pdf = document.write_pdf(**PDF_OPTIONS)
    return add_signature_fields(pdf, signature_spaces(document))
