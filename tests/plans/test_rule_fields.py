"""The editor refuses a deadline rule without the fields its kind names, on those fields."""

from django.urls import reverse

from tests.plans.test_views_plans import _task_data


def _rule_errors(client, plan, **rule):
    data = _task_data(plan.sections.get(), **{f"task-rules-0-{name}": value for name, value in rule.items()})
    response = client.post(reverse("plans:part_add", args=[plan.pk, "task"]), data, HTTP_HX_REQUEST="true")
    rules = dict(response.context["formsets"])["rules"]
    return rules.forms[0].errors


def test_it_refuses_a_monthly_rule_without_its_day(client_for, official_a, plan_a):
    errors = _rule_errors(client_for(official_a), plan_a, wording="Trước ngày 25 hằng tháng", kind="monthly")
    assert errors == {"day": ["Quy tắc “Trước ngày … hằng tháng” cần nhập ngày."]}
    assert not plan_a.tasks.filter(number="2").exists()


def test_it_refuses_a_yearly_rule_without_its_day_and_month(client_for, official_a, plan_a):
    errors = _rule_errors(client_for(official_a), plan_a, wording="Trước ngày 15/12 hằng năm", kind="yearly")
    assert errors == {
        "day": ["Quy tắc “Trước ngày … hằng năm” cần nhập ngày."],
        "month": ["Quy tắc “Trước ngày … hằng năm” cần nhập tháng."],
    }
    assert not plan_a.tasks.filter(number="2").exists()
