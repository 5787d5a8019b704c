"""A reporting duty says whether each period's deadline falls in its last month or the month after."""

from django.urls import reverse

from plans.models import ReportingDuty


def _duty_data(unit_a, unit_b, **extra):
    return {
        "duty-title": "Báo cáo tháng",
        "duty-kind": "monthly",
        "duty-sender": unit_a.code,
        "duty-recipient": unit_b.code,
        "duty-period_start_day": "1",
        "duty-rules-TOTAL_FORMS": 1,
        "duty-rules-INITIAL_FORMS": 0,
        "duty-rules-0-wording": "Trước ngày 08 hằng tháng",
        **extra,
    }


def test_it_saves_a_duty_due_in_the_month_after_its_period(client_for, official_a, plan_a, unit_a, unit_b):
    client = client_for(official_a)
    data = _duty_data(unit_a, unit_b, **{"duty-due_in_next_month": "True"})
    client.post(reverse("plans:part_add", args=[plan_a.pk, "duty"]), data, HTTP_HX_REQUEST="true")
    duty = ReportingDuty.objects.get(plan=plan_a)
    assert (duty.due_in_next_month, duty.schedules.get().day) == (True, 8)
    assert "Hạn của kỳ vừa kết thúc tháng trước" in client.get(plan_a.get_absolute_url()).content.decode()


def test_it_offers_the_periods_last_month_first(client_for, official_a, plan_a):
    form = client_for(official_a).get(reverse("plans:part_add", args=[plan_a.pk, "duty"])).context["form"]
    assert form["due_in_next_month"].value() is False


def test_it_keeps_a_duty_due_in_its_periods_last_month(client_for, official_a, plan_a, unit_a, unit_b):
    client = client_for(official_a)
    data = _duty_data(unit_a, unit_b, **{"duty-due_in_next_month": "False"})
    client.post(reverse("plans:part_add", args=[plan_a.pk, "duty"]), data, HTTP_HX_REQUEST="true")
    assert ReportingDuty.objects.get(plan=plan_a).due_in_next_month is False
    assert "Hạn của kỳ vừa kết thúc tháng trước" not in client.get(plan_a.get_absolute_url()).content.decode()
