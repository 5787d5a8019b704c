"""The board is cached once for every language: what it keeps are numbers, and the labels are put on in the
language of the person looking (the TTHC cards, the chart legend, the Excel sheets)."""

import io
import json
import re

import openpyxl
import pytest
from django.conf import settings
from django.urls import reverse

from tthc.models import MonthlyFigures, Procedure, UnitMonthFigures


@pytest.fixture
def dossiers(unit_a1):
    procedure = Procedure.objects.create(code="1.001653.000.00.00.H08", name="Cấp giấy phép", working_days=5)
    figures = {"month": 202603, "received_online": 6, "received_in_person": 4, "resolved_on_time": 8}
    MonthlyFigures.objects.create(unit=unit_a1, procedure=procedure, **figures)
    UnitMonthFigures.objects.create(unit=unit_a1, **figures)


def _in(client, language):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    return client


def _legend(page):
    charts = json.loads(re.search(r'id="dashboard-charts" type="application/json">(.*?)</script>', page).group(1))
    return [dataset["label"] for dataset in charts["tthc"]["datasets"]]


def test_it_labels_the_cached_board_in_each_viewers_language(client_for, leader_a, dossiers):
    client = client_for(leader_a)
    url = reverse("reports:dashboard")
    english = _in(client, "en").get(url, {"year": 2026}).content.decode()
    assert "Resolved on time" in english and _legend(english)[0] == "Resolved on time"
    vietnamese = _in(client, "vi").get(url, {"year": 2026}).content.decode()
    panel = vietnamese[vietnamese.index('data-testid="tthc-panel"') :]
    assert "Giải quyết đúng hạn" in panel and "Resolved on time" not in panel
    assert _legend(vietnamese) == ["Giải quyết đúng hạn", "Nộp trực tuyến", "Thanh toán trực tuyến", "Số hóa hồ sơ"]
    again = _in(client, "en").get(url, {"year": 2026}).content.decode()
    assert _legend(again)[0] == "Resolved on time"


def test_it_names_the_excel_sheets_in_the_viewers_language(client_for, leader_a, dossiers):
    client = client_for(leader_a)
    _in(client, "en").get(reverse("reports:dashboard"), {"year": 2026})
    response = _in(client, "vi").get(reverse("reports:dashboard_export"), {"year": 2026})
    workbook = openpyxl.load_workbook(io.BytesIO(response.content))
    assert "TTHC theo tháng" in workbook.sheetnames
    assert list(workbook["TTHC theo tháng"].iter_rows(values_only=True))[0][1] == "Giải quyết đúng hạn"
