"""A task's progress is a percentage: the editor refuses anything outside 0–100 with a field error."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from reports.models import TaskProgress
from tests.reports.test_views import _form_data


def test_it_refuses_progress_above_100_in_the_editor(client_for, official_a, report):
    data = {**_form_data(report), "progress-0-percent": 150}
    page = client_for(official_a).post(reverse("reports:report_edit", args=[report.pk]), data).content.decode()
    assert "Tiến độ phải là số từ 0 đến 100." in page and 'value="150"' in page
    assert TaskProgress.objects.get(report=report).percent == 0


def test_it_accepts_100_and_refuses_101_on_the_model(report):
    row = TaskProgress.objects.get(report=report)
    row.percent = 100
    row.full_clean()
    row.percent = 101
    with pytest.raises(ValidationError) as error:
        row.full_clean()
    assert error.value.message_dict == {"percent": ["Tiến độ phải là số từ 0 đến 100."]}
