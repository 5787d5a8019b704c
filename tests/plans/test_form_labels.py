"""The editor's forms speak Vietnamese: field labels, and the message for rows that repeat one another."""

from django.urls import reverse

from plans.forms import TaskForm
from plans.models import Indicator, IndicatorTarget


def test_it_labels_the_task_form_in_vietnamese(plan_a):
    assert TaskForm(plan=plan_a).fields["section"].label == "Mục"


def test_it_names_repeated_target_rows_by_their_label(client_for, official_a, plan_a):
    rows = {"year": 2026, "value": "95"}
    data = {
        "indicator-name": "Tỷ lệ hồ sơ giải quyết đúng hạn",
        "indicator-direction": "up",
        "indicator-comparator": ">=",
        "indicator-targets-TOTAL_FORMS": 2,
        "indicator-targets-INITIAL_FORMS": 0,
        **{f"indicator-targets-{n}-{name}": value for n in range(2) for name, value in rows.items()},
    }
    response = client_for(official_a).post(
        reverse("plans:part_add", args=[plan_a.pk, "indicator"]), data, HTTP_HX_REQUEST="true"
    )
    targets = dict(response.context["formsets"])["targets"]
    assert targets.non_form_errors() == ["Có các dòng trùng nhau về năm; hãy sửa hoặc xóa dòng trùng."]
    assert not Indicator.objects.exists()


def test_it_names_a_row_repeating_a_stored_target_by_its_labels(client_for, official_a, plan_a):
    indicator = Indicator.objects.create(plan=plan_a, name="Tỷ lệ hồ sơ đúng hạn")
    stored = IndicatorTarget.objects.create(indicator=indicator, year=2026, value=95)
    data = {
        "indicator-name": indicator.name,
        "indicator-direction": "up",
        "indicator-comparator": ">=",
        "indicator-targets-TOTAL_FORMS": 2,
        "indicator-targets-INITIAL_FORMS": 1,
        "indicator-targets-0-id": stored.pk,
        "indicator-targets-0-year": 2026,
        "indicator-targets-0-value": "95",
        "indicator-targets-1-year": 2026,
        "indicator-targets-1-value": "97",
    }
    response = client_for(official_a).post(
        reverse("plans:part_edit", args=[plan_a.pk, "indicator", indicator.pk]), data, HTTP_HX_REQUEST="true"
    )
    targets = dict(response.context["formsets"])["targets"]
    assert targets.non_form_errors() == ["Có các dòng trùng nhau về năm; hãy sửa hoặc xóa dòng trùng."]
    assert indicator.targets.get().value == 95
