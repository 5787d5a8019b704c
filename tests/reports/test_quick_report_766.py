"""The quick report ("Xuất báo cáo nhanh") gives the branch's Decision 766 score with its TTHC rates: the
dashboard shows it, the printout for the weekly meeting left it out."""

import pytest

from portal.dates import vn_number
from portal.documents import render_html
from reports.pdf_dashboard import dashboard_summary_context
from tests.reports.test_dashboard import build
from tthc.models import Procedure, UnitMonthFigures

pytestmark = pytest.mark.django_db


def test_it_gives_the_766_score_with_the_dossier_figures(leader_a, unit_a1):
    Procedure.objects.create(code="1.001653.000.00.00.H08", name="Cấp giấy phép", working_days=5).units.add(unit_a1)
    UnitMonthFigures.objects.create(unit=unit_a1, month=202603, received_online=6, resolved_on_time=8)
    board = build(leader_a)
    score = board.tthc["score"]
    assert score.scheme is not None and score.total > 0
    page = render_html("documents/dashboard_summary.html", dashboard_summary_context(board, by=leader_a))
    assert f"(Quyết định số 766/QĐ-TTg): {vn_number(score.total)}/100 điểm." in page
