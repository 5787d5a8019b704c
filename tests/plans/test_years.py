"""Years stay within FIRST_YEAR–LAST_YEAR, and a deadline's years within the plan's period."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from plans.models import Plan
from tests.plans.test_views_plans import _task_data


def _plan_data(unit, **years):
    return {"unit": unit.pk, "doc_type": "KH", "title": "Kế hoạch chuyển đổi số", **years}


def test_it_refuses_a_plan_year_out_of_range(client_for, official_a, unit_a):
    response = client_for(official_a).post(
        reverse("plans:plan_create"), _plan_data(unit_a, start_year=2026, end_year=20260, vision_year=3000)
    )
    assert response.context["form"].errors == {
        "end_year": ["Năm 20260 không hợp lệ: năm phải từ 2000 đến 2100."],
        "vision_year": ["Năm 3000 không hợp lệ: năm phải từ 2000 đến 2100."],
    }
    assert not Plan.objects.exists()


def test_it_refuses_an_edited_plan_year_out_of_range(client_for, official_a, plan_a, unit_a):
    response = client_for(official_a).post(
        reverse("plans:plan_edit", args=[plan_a.pk]), _plan_data(unit_a, start_year=2026, end_year=20260)
    )
    assert "end_year" in response.context["form"].errors
    plan_a.refresh_from_db()
    assert plan_a.end_year == 2026
    assert client_for(official_a).get(plan_a.get_absolute_url()).status_code == 200


def test_it_validates_years_in_the_model(plan_a):
    plan_a.end_year = 20260
    with pytest.raises(ValidationError) as error:
        plan_a.full_clean()
    assert list(error.value.message_dict) == ["end_year"]


def test_it_refuses_a_deadline_end_year_outside_the_plan_period(client_for, official_a, plan_a):
    rule = {"wording": "Trước ngày 15/12 hằng năm", "kind": "yearly", "day": 15, "month": 12, "year": 2026}
    client = client_for(official_a)
    url = reverse("plans:part_add", args=[plan_a.pk, "task"])
    for end_year, message in [
        (2035, "Năm 2035 nằm ngoài thời kỳ của kế hoạch (2026)."),
        (20350, "Năm 20350 không hợp lệ: năm phải từ 2000 đến 2100."),
    ]:
        fields = {f"task-rules-0-{name}": value for name, value in {**rule, "end_year": end_year}.items()}
        response = client.post(url, _task_data(plan_a.sections.get(), **fields), HTTP_HX_REQUEST="true")
        errors = dict(response.context["formsets"])["rules"].forms[0].errors
        assert errors == {"end_year": [message]}
    assert not plan_a.tasks.filter(number="2").exists()


def test_it_refuses_a_copy_shifted_past_the_last_year(client_for, official_a, plan_a, unit_a):
    Plan.objects.filter(pk=plan_a.pk).update(start_year=2095, end_year=2095, vision_year=2099)
    response = client_for(official_a).post(
        reverse("plans:plan_copy", args=[plan_a.pk]), {"unit": unit_a.pk, "year_shift": 2}
    )
    assert response.context["form"].errors == {
        "year_shift": ["Lùi 2 năm thì văn bản kéo dài đến năm 2101, quá năm 2100."]
    }
    assert Plan.objects.count() == 1


def test_it_names_the_period_of_a_one_year_plan_once(plan_a):
    assert plan_a.year_outside(2030) == "Năm 2030 nằm ngoài thời kỳ của kế hoạch (2026)."
    plan_a.end_year = 2030
    assert plan_a.year_outside(2031) == "Năm 2031 nằm ngoài thời kỳ của kế hoạch (2026 – 2030)."
