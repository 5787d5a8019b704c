"""Python's garbage collections are spaced out while a document is laid out and written (bench/documents.py):
they traversed the render's boxes again and again to free almost nothing."""

import gc

import pytest

from plans.models import Plan
from plans.pdf import render_plan_pdf
from portal import documents
from portal.documents import DeferredCollections


@pytest.mark.django_db
def test_it_spaces_out_collections_while_rendering(unit_a, monkeypatch):
    before = gc.get_threshold()
    seen = []
    real = documents.font_config
    monkeypatch.setattr(documents, "font_config", lambda: seen.append(gc.get_threshold()) or real())
    plan = Plan.objects.create(unit=unit_a, title="Kế hoạch", symbol="KH-SKHCN", start_year=2026, end_year=2026)
    render_plan_pdf(plan)
    assert seen == [DeferredCollections.THRESHOLD]
    assert gc.get_threshold() == before


def test_it_restores_the_collector_when_renders_overlap():
    before = gc.get_threshold()
    deferred = DeferredCollections()
    deferred.__enter__()  # two threads render at once; the first to finish must not restore it under the second
    deferred.__enter__()
    deferred.__exit__(None, None, None)
    assert gc.get_threshold() == DeferredCollections.THRESHOLD
    deferred.__exit__(None, None, None)
    assert gc.get_threshold() == before


def test_it_restores_the_collector_after_a_failed_render():
    before = gc.get_threshold()
    with pytest.raises(ValueError), DeferredCollections():
        raise ValueError("WeasyPrint failed")
    assert gc.get_threshold() == before
