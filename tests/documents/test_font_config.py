"""A worker keeps its WeasyPrint font configuration between documents (bench/documents.py): the shipped fonts
are fetched and registered with a thread's first document only, and every document still embeds them."""

import io
import threading

import pdfplumber
import pytest

from plans.models import Plan
from plans.pdf import render_plan_pdf
from portal import documents
from portal.documents import STATIC_SCHEME

REGULAR = f"{STATIC_SCHEME}fonts/tinos/Tinos-Regular.ttf"


def embedded_fonts(pdf):
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return {char["fontname"].split("+", 1)[1] for page in doc.pages for char in page.chars}


@pytest.mark.django_db
def test_it_fetches_the_fonts_once_per_thread(unit_a, monkeypatch):
    monkeypatch.delattr(documents._thread, "font_config", raising=False)
    served = []
    real = documents.static_path
    monkeypatch.setattr(documents, "static_path", lambda url: served.append(url) or real(url))
    plan = Plan.objects.create(unit=unit_a, title="Kế hoạch", symbol="KH-SKHCN", start_year=2026, end_year=2026)
    first = render_plan_pdf(plan)
    second = render_plan_pdf(plan)
    assert served.count(REGULAR) == 1
    assert embedded_fonts(second) == embedded_fonts(first)
    assert "Times-New-Roman,-Bold" in embedded_fonts(second)


def test_it_gives_each_thread_its_own_font_config():
    seen = []
    thread = threading.Thread(target=lambda: seen.append(documents.font_config()))
    thread.start()
    thread.join()
    assert documents.font_config() is documents.font_config()
    assert seen[0] is not documents.font_config()
