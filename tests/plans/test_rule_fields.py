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


def test_it_refuses_a_rule_that_contradicts_its_wording(client_for, official_a, plan_a):
    errors = _rule_errors(
        client_for(official_a), plan_a, wording="Trước ngày 05/6 hằng năm", kind="yearly", day="6", month="5"
    )
    assert errors == {
        "day": [
            "Khác thời gian “Trước ngày 05/6 hằng năm” (Ngày: 5); hãy sửa cho khớp, hoặc để trống quy tắc để tự đọc."
        ],
        "month": [
            "Khác thời gian “Trước ngày 05/6 hằng năm” (Tháng: 6); hãy sửa cho khớp, hoặc để trống quy tắc để tự đọc."
        ],
    }
    assert not plan_a.tasks.filter(number="2").exists()


def test_it_names_the_weekday_its_wording_reads(client_for, official_a, plan_a):
    errors = _rule_errors(client_for(official_a), plan_a, wording="Thứ Hai hằng tuần", kind="weekly", weekday="4")
    assert errors == {
        "weekday": [
            "Khác thời gian “Thứ Hai hằng tuần” (Thứ trong tuần: Thứ Hai); hãy sửa cho khớp, hoặc để trống quy tắc "
            "để tự đọc."
        ]
    }


def test_it_keeps_a_rule_of_another_kind_than_its_wording_reads(client_for, official_a, plan_a):
    """One wording may carry two rules: "hằng tháng, năm" is both a monthly and an annual deadline."""
    rule = {"wording": "Trước ngày 08 hằng tháng", "kind": "annual"}
    data = _task_data(plan_a.sections.get(), **{f"task-rules-0-{name}": value for name, value in rule.items()})
    client_for(official_a).post(reverse("plans:part_add", args=[plan_a.pk, "task"]), data, HTTP_HX_REQUEST="true")
    assert list(plan_a.tasks.get(number="2").schedules.values_list("wording", "kind")) == [
        ("Trước ngày 08 hằng tháng", "annual")
    ]
