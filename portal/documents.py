"""The official-document renderer (Nghị định 30/2020 layout) and the register that numbers documents.

Renderers are pure: HTML from a template, PDF bytes from WeasyPrint. WeasyPrint fetches whatever the
HTML names, so it gets a URL fetcher that serves only the project's own static files and refuses
everything else (other files, the network, redirects); user text reaches the HTML escaped.
"""

import atexit
import contextlib
import functools
import gc
import mimetypes
import threading
import unicodedata
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _

from .dates import short_date, vn_date, vn_place_date
from .models import OrgUnit, RegisterEntry

STATIC_SCHEME = "portal-static:"
STATIC_ROOTS = [Path(p).resolve() for p in settings.STATICFILES_DIRS]


class RefusedResource(ValueError):
    """The document named something outside the project's static files."""


def static_path(url):
    """The file under static/ that `portal-static:fonts/…` names; RefusedResource for any other URL."""
    if not url.startswith(STATIC_SCHEME):
        raise RefusedResource(url)
    relative = url[len(STATIC_SCHEME) :].lstrip("/")
    if not relative or ".." in Path(relative).parts:
        raise RefusedResource(url)
    found = finders.find(relative)
    if not found:
        raise RefusedResource(url)
    path = Path(found).resolve()
    if not any(path.is_relative_to(root) for root in STATIC_ROOTS):
        raise RefusedResource(url)
    return path


@functools.cache
def safe_url_fetcher():
    """WeasyPrint's fetcher (in WeasyPrint 70 a URLFetcher: a plain function breaks on the first refusal) reduced to
    the project's static files: no network, no other file, no redirect, whatever the HTML names."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class StaticOnlyFetcher(URLFetcher):
        def fetch(self, url, headers=None):
            path = static_path(url)
            content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            return URLFetcherResponse(path.as_uri(), path.read_bytes(), {"Content-Type": content_type})

    return StaticOnlyFetcher(allowed_protocols=(), allow_redirects=False)


# A full-width data table holds about 85 characters of 11 pt Tinos on a line of A4 between the decree's margins.
LINE_CHARS = 85
# Longer words (procedure codes "1.001653.000.00.00.H08", file names) break inside rather than widen their column.
WORD_CHARS = 12
PADDING_CHARS = 2  # the cell's padding


def _heading_chars(word):
    """A heading word in average body characters: headings are bold, and capitals (TTHC, STT) run half as wide
    again; counted as plain letters, "Mã TTHC" beside long headings got a column its "TTHC" stuck out of."""
    return sum(1.5 if letter.isupper() else 1.1 for letter in word)


def column_widths(labels, rows):
    """Percent widths of a table's columns from their text, as CSS's automatic layout would choose them: each
    column gets its longest word, and the room left goes in proportion to how much longer its cells run.
    Fixed widths let WeasyPrint lay out a table without measuring every cell on every page it spans, and
    keep a column of codes from taking the room of the text beside it."""
    least, most = [], []
    for index, label in enumerate(labels):
        texts = [str(row[index]) for row in rows if index < len(row)]
        words = [_heading_chars(word) for word in label.split()] + [len(w) for text in texts for w in text.split()]
        least.append(min(max(words or [1]), WORD_CHARS) + PADDING_CHARS)
        runs = [len(text) if " " in text.strip() else min(len(text), WORD_CHARS) for text in texts]
        most.append(min(max([len(label) // 3, *runs]), LINE_CHARS) + PADDING_CHARS)
    most = [max(low, high) for low, high in zip(least, most, strict=True)]
    room, spare = LINE_CHARS - sum(least), sum(most) - sum(least)
    if sum(most) <= LINE_CHARS or spare == 0:
        chars = most
    elif room <= 0:
        chars = least
    else:
        chars = [low + (high - low) * room / spare for low, high in zip(least, most, strict=True)]
    return [round(100 * c / sum(chars), 2) for c in chars]


def page_settings(unit):
    return {
        "font_size": unit.doc_font_size,
        "margins": (unit.doc_margin_top, unit.doc_margin_right, unit.doc_margin_bottom, unit.doc_margin_left),
    }


def render_html(template, context):
    html = render_to_string(template, {"static_scheme": STATIC_SCHEME, **context})
    return unicodedata.normalize("NFC", html)


# How every PDF the portal writes is written: PDF/A-3b (fonts embedded), compressed.
PDF_OPTIONS = {"pdf_variant": "pdf/a-3b", "uncompressed_pdf": False}


class DeferredCollections(contextlib.ContextDecorator):
    """Python's garbage collections spaced out while any thread lays out or writes a document. A render builds
    hundreds of thousands of boxes and styles that live until the PDF is written: the collector, run every 700
    new objects, traversed them again and again to free almost nothing, and full collections traversed the
    whole heap three times in a 50-page report. Measured on that report: 2.49 s with Python's thresholds,
    1.75 s with these, 1.63 s with no collection at all. Cycles are still collected, at most 100,000 objects
    late (a few megabytes), and the thresholds come back after."""

    THRESHOLD = (100_000, 50, 1_000_000)

    def __init__(self):
        self.lock = threading.Lock()
        self.depth = 0
        self.saved = None

    def __enter__(self):
        with self.lock:
            if not self.depth:
                self.saved = gc.get_threshold()
                gc.set_threshold(*self.THRESHOLD)
            self.depth += 1

    def __exit__(self, *exc):
        with self.lock:
            self.depth -= 1
            if not self.depth:
                gc.set_threshold(*self.saved)


deferred_collections = DeferredCollections()


@deferred_collections
def render_pdf(html):
    """PDF/A-3b bytes, fonts embedded, metadata from the HTML's <title>, <meta> and lang."""
    return render_document(html).write_pdf(**PDF_OPTIONS)


@deferred_collections
def render_document(html):
    """The laid-out document, for callers that also need where elements fell (signature spaces)."""
    from weasyprint import HTML

    return HTML(string=html, base_url=STATIC_SCHEME, url_fetcher=safe_url_fetcher()).render(font_config=font_config())


_thread = threading.local()
# Let the main thread's configuration go while the modules its cleanup needs are still there; at interpreter
# shutdown it would fail and leave its copy of the fonts in /tmp.
atexit.register(lambda: vars(_thread).pop("font_config", None))


def font_config():
    """This thread's WeasyPrint font configuration, kept for the worker's life. A new one per render (WeasyPrint's
    default) reloaded Fontconfig, registered the @font-face files again and started Pango's font caches cold;
    the document's @font-face rules name the same files every time, so a kept one finds them registered.
    One per thread, as Pango's font map is not safe to share between threads."""
    from weasyprint.text.fonts import FontConfiguration

    if not hasattr(_thread, "font_config"):
        _thread.font_config = FontConfiguration()
    return _thread.font_config


def _check_date_order(issued_on, before):
    """A register runs in date order: a number after another carries no earlier date. A report dated 05/02
    was numbered 113 after 112 of 05/10, and the register and its Excel export read out of order."""
    if before and issued_on < before.issued_on:
        raise ValueError(
            _(
                "Ngày văn bản (%(d)s) trước ngày của văn bản số %(n)s trong sổ (%(last)s): số trong sổ đi theo thứ "
                "tự ngày. Hãy sửa ngày văn bản rồi cấp số."
            )
            % {"d": short_date(issued_on), "n": before.number_symbol, "last": short_date(before.issued_on)}
        )


def register_number(*, unit, obj, symbol, doc_type, title, signer="", recipients="", by, issued_on=None):
    """Give `obj` the next number of its unit's register for the year. Two clerks clicking at once get
    two different numbers: the unique constraint decides, and the loser takes the next one."""
    issued_on = issued_on or timezone.localdate()
    key = {"object_type": obj._meta.label_lower, "object_id": str(obj.pk)}
    existing = RegisterEntry.objects.filter(**key).first()
    if existing:
        return existing
    for _attempt in range(20):
        try:
            with transaction.atomic():
                last = RegisterEntry.objects.filter(unit=unit, year=issued_on.year).order_by("-number").first()
                _check_date_order(issued_on, last)
                return RegisterEntry.objects.create(
                    unit=unit,
                    year=issued_on.year,
                    number=(last.number if last else 0) + 1,
                    symbol=symbol,
                    doc_type=doc_type,
                    title=title,
                    issued_on=issued_on,
                    signer=signer,
                    recipients=recipients,
                    numbered_by=by,
                    **key,
                )
        except IntegrityError:
            existing = RegisterEntry.objects.filter(**key).first()
            if existing:
                return existing
    raise RuntimeError("register busy")


FONTS = [
    ("normal", "normal", "Tinos-Regular.ttf"),
    ("bold", "normal", "Tinos-Bold.ttf"),
    ("normal", "italic", "Tinos-Italic.ttf"),
    ("bold", "italic", "Tinos-BoldItalic.ttf"),
]


PREFIXES = ("TM.", "KT.", "Q.", "TL.", "TUQ.")


def signer_lines(doc):
    """The authority block as Nghị định 30 prints it: "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH".
    A deputy (KT.) or anyone else signing for the head of a collective body signs on the body's behalf, so the
    body's line takes "TM." and the head's line the authority chosen: "KT. ỦY BAN NHÂN DÂN / CHỦ TỊCH" is not a
    form the decree knows. A head typed with its prefix ("KT. CHỦ TỊCH") is printed as typed. A body led by its
    head (a Sở) has no collective: the authority goes on the head's line, "KT. GIÁM ĐỐC", not alone above it."""
    authority, collective, head = doc.signer_authority, doc.signer_collective, doc.signer_head
    if authority and authority != "TM." and collective and head and not head.startswith(PREFIXES):
        lines = [f"TM. {collective}", f"{authority} {head}"]
    elif collective or head.startswith(PREFIXES):
        lines = [" ".join(filter(None, [authority, collective])), head]
    else:
        lines = [" ".join(filter(None, [authority, head]))]
    return [line for line in (*lines, doc.signer_position) if line]


# A People's Committee heads its own header: "ỦY BAN NHÂN DÂN THÀNH PHỐ TUYÊN QUANG" with no governing
# body above it (seed 004), unless the unit names one on purpose.
SELF_GOVERNING = {OrgUnit.Kind.PROVINCE, OrgUnit.Kind.DISTRICT, OrgUnit.Kind.COMMUNE}


def governing_line(unit):
    """The "cơ quan chủ quản" line (ô 2) above the issuing body, or "" when the decree prints none."""
    if unit.kind in SELF_GOVERNING and not unit.governing_body_name:
        return ""
    return unit.governing_body


# Bodies whose name reads as the body, then the place: "ỦY BAN NHÂN DÂN / XÃ NHÂN LÝ".
COLLECTIVE_BODIES = ("ủy ban nhân dân", "uỷ ban nhân dân", "hội đồng nhân dân")


def header_parts(name):
    """A body's name for the header as the runs of words that must stay on one line, so that a line break,
    where the name needs one, falls where a clerk puts it: between a collective body and its place (as seed
    004 prints "ỦY BAN NHÂN DÂN / THÀNH PHỐ TUYÊN QUANG"), never inside the place ("… XÃ NHÂN / LÝ"), and
    never before a last word alone ("SỞ KHOA HỌC VÀ CÔNG / NGHỆ")."""
    words = name.split()
    for body in COLLECTIVE_BODIES:
        size = len(body.split())
        if name.lower().startswith(body + " ") and len(words) > size:
            return [" ".join(words[:size]), " ".join(words[size:])]
    if len(words) < 3:
        return [name] if name else []
    return [*words[:-2], " ".join(words[-2:])]


@functools.cache
def _italic_face():
    from PIL import ImageFont

    return ImageFont.truetype(finders.find("fonts/tinos/Tinos-Italic.ttf"), 1000)


def date_size(place_date, unit):
    """The date line's size (ô 4): 14 pt, or 13 pt when it would not fit the header's right column (60 % of the
    text width) at 14, as the decree allows: "Thành phố Hồ Chí Minh, ngày 29 tháng 12 năm 2025" (106 mm) wrapped
    and left the year alone on a second line."""
    column_mm = 0.6 * (210 - unit.doc_margin_left - unit.doc_margin_right)
    width_mm = _italic_face().getlength(place_date) * 14 / 1000 * 25.4 / 72
    return 14 if width_mm <= column_mm else 13


def header_context(*, unit, number_symbol, place, issued_on, doc_type_name, title):
    governing = governing_line(unit)
    place_date = vn_place_date(place, issued_on) if issued_on else f"{place}, ngày      tháng      năm      "
    return {
        "unit": unit,
        "page": page_settings(unit),
        "fonts": FONTS,
        "governing": governing,
        "governing_parts": header_parts(governing),
        "issuer": unit.name,
        "issuer_parts": header_parts(unit.name),
        "number_symbol": number_symbol,
        "place_date": place_date,
        "date_size": date_size(place_date, unit),
        "issued_phrase": vn_date(issued_on) if issued_on else "",
        "doc_type_name": doc_type_name,
        "doc_title": f"{doc_type_name} {title}"[:500],
        "recipients": [],
    }


def addressee_lines(text):
    """ "Kính gửi" as the decree prints it: one addressee on the line with a final ".", several as "- " items
    with ";" after each and "." after the last."""
    names = [line.strip().lstrip("-").strip().rstrip(";.") for line in (text or "").splitlines()]
    names = [name for name in names if name]
    if len(names) == 1:
        return [f"{names[0]}."]
    return [f"- {name}{'.' if i == len(names) - 1 else ';'}" for i, name in enumerate(names)]


def recipient_lines(text):
    """ "Nơi nhận" as the decree prints it: "- " items, each line as the clerk wrote it."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return [line if line.startswith("-") else f"- {line}" for line in lines]
