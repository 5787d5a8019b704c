"""Copied to the next year, a plan's own years move on in its title, its section titles and its deadlines'
wording, as its rules do; other years and the dates of other documents stay."""

from django.urls import reverse

from plans.models import Plan, ScheduleRule


def _copy(client, plan, unit, years):
    response = client.post(reverse("plans:plan_copy", args=[plan.pk]), {"unit": unit.pk, "year_shift": years})
    return Plan.objects.exclude(pk=plan.pk).get(), response


def test_it_moves_the_plans_years_in_its_texts(client_for, official_a, plan_a, unit_a):
    Plan.objects.filter(pk=plan_a.pk).update(
        title="Kế hoạch cải cách hành chính năm 2026 (thực hiện Quyết định số 06/QĐ-TTg ngày 06/01/2026)"
    )
    plan_a.sections.update(title="CHỈ TIÊU NĂM 2026, SO VỚI NĂM 2025")
    ScheduleRule.objects.filter(task__plan=plan_a).update(
        kind=ScheduleRule.Kind.DATE, wording="Trước ngày 30/6/2026", label="Báo cáo năm 2026", day=None, month=None
    )
    ScheduleRule.objects.filter(task__plan=plan_a).update(date="2026-06-30")
    copy, response = _copy(client_for(official_a), plan_a, unit_a, 1)
    assert copy.title == "Kế hoạch cải cách hành chính năm 2027 (thực hiện Quyết định số 06/QĐ-TTg ngày 06/01/2026)"
    assert copy.sections.get().title == "CHỈ TIÊU NĂM 2027, SO VỚI NĂM 2025"
    rule = copy.tasks.get().schedules.get()
    assert (rule.wording, rule.label, rule.date.isoformat()) == (
        "Trước ngày 30/6/2027",
        "Báo cáo năm 2027",
        "2027-06-30",
    )
    page = client_for(official_a).get(response.url).content.decode()
    assert "các năm của kế hoạch trong tên văn bản, tên mục và thời hạn đã lùi 1 năm" in page


def test_it_keeps_the_texts_of_a_copy_to_the_same_years(client_for, official_a, plan_a, unit_a):
    Plan.objects.filter(pk=plan_a.pk).update(title="Kế hoạch cải cách hành chính năm 2026")
    copy, response = _copy(client_for(official_a), plan_a, unit_a, 0)
    assert copy.title == "Kế hoạch cải cách hành chính năm 2026"
    assert "Đã sao chép thành dự thảo mới." in client_for(official_a).get(response.url).content.decode()
