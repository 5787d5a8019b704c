import datetime
import io
import re

import openpyxl
from django.urls import reverse

from plans.models import Indicator, Plan, ScheduleRule, Section, Task, TaskUnit
from plans.schedules import expand


def test_it_lists_plans_in_scope_and_searches_without_diacritics(client_for, official_a, plan_a, official_b):
    response = client_for(official_a).get(reverse("plans:plan_list"), {"q": "cai cach hanh chinh"})
    assert list(response.context["object_list"]) == [plan_a]
    response = client_for(official_b).get(reverse("plans:plan_list"))
    assert list(response.context["object_list"]) == []


def test_it_shows_an_issued_plan_to_a_unit_that_leads_one_of_its_tasks(client_for, plan_a, unit_a1):
    from portal.models import Membership
    from tests.factories import MembershipFactory

    member = MembershipFactory(unit=unit_a1, role=Membership.Role.OFFICIAL).user
    assert client_for(member).get(plan_a.get_absolute_url()).status_code == 404
    Plan.objects.filter(pk=plan_a.pk).update(status=Plan.Status.ISSUED)
    assert client_for(member).get(plan_a.get_absolute_url()).status_code == 200


def test_it_exports_the_plan_list(client_for, official_a, plan_a):
    response = client_for(official_a).get(reverse("plans:plan_list"), {"format": "xlsx"})
    rows = list(openpyxl.load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
    assert rows[1][1] == "Kế hoạch cải cách hành chính năm 2026" and rows[1][0] is None


def test_it_exports_the_number_of_a_numbered_plan(client_for, official_a, plan_a):
    Plan.objects.filter(pk=plan_a.pk).update(number=7)
    response = client_for(official_a).get(reverse("plans:plan_list"), {"format": "xlsx"})
    assert openpyxl.load_workbook(io.BytesIO(response.content)).active["A2"].value == "07/KH-SKHCN"


def test_it_checks_ownership_of_every_plan_page(client_for, official_b, plan_a):
    client = client_for(official_b)
    task = plan_a.tasks.get()
    gets = [
        reverse("plans:plan_detail", args=[plan_a.pk]),
        reverse("plans:plan_edit", args=[plan_a.pk]),
        reverse("plans:plan_copy", args=[plan_a.pk]),
        reverse("plans:part_add", args=[plan_a.pk, "section"]),
        reverse("plans:part_edit", args=[plan_a.pk, "task", task.pk]),
    ]
    for url in gets:
        assert client.get(url).status_code == 404, url
    posts = [
        reverse("plans:plan_issue", args=[plan_a.pk]),
        reverse("plans:plan_revise", args=[plan_a.pk]),
        reverse("plans:part_delete", args=[plan_a.pk, "task", task.pk]),
        reverse("plans:part_move", args=[plan_a.pk, "task", task.pk, "len"]),
    ]
    for url in posts:
        assert client.post(url).status_code == 404, url
    assert Task.objects.filter(pk=task.pk).exists()


def test_it_refuses_writes_to_read_only_members(client_for, viewer_a, plan_a):
    client = client_for(viewer_a)
    task = plan_a.tasks.get()
    assert client.get(plan_a.get_absolute_url()).status_code == 200
    assert client.get(reverse("plans:plan_edit", args=[plan_a.pk])).status_code == 403
    assert client.get(reverse("plans:plan_create")).status_code == 403
    assert client.post(reverse("plans:part_delete", args=[plan_a.pk, "task", task.pk])).status_code == 403
    assert client.post(reverse("plans:plan_issue", args=[plan_a.pk])).status_code == 403
    assert Task.objects.filter(pk=task.pk).exists()


def test_it_lets_only_leaders_issue(client_for, official_a, leader_a, plan_a):
    assert client_for(official_a).post(reverse("plans:plan_issue", args=[plan_a.pk])).status_code == 403
    client_for(leader_a).post(reverse("plans:plan_issue", args=[plan_a.pk]))
    plan_a.refresh_from_db()
    assert plan_a.status == Plan.Status.ISSUED
    # Issued plans are read-only: edits go through a new revision.
    assert client_for(official_a).post(reverse("plans:part_add", args=[plan_a.pk, "section"])).status_code == 403


def test_it_revises_an_issued_plan_and_supersedes_it_on_issue(client_for, official_a, leader_a, plan_a):
    plan_a.status = Plan.Status.ISSUED
    plan_a.save()
    response = client_for(official_a).post(reverse("plans:plan_revise", args=[plan_a.pk]))
    revision = Plan.objects.get(previous=plan_a)
    assert response.url == reverse("plans:plan_edit", args=[revision.pk])
    assert (revision.revision, revision.status, revision.tasks.count()) == (1, Plan.Status.DRAFT, 1)
    client_for(leader_a).post(reverse("plans:plan_issue", args=[revision.pk]))
    plan_a.refresh_from_db()
    assert plan_a.status == Plan.Status.SUPERSEDED


def test_it_copies_a_plan_to_the_next_year(client_for, official_a, plan_a, unit_a):
    response = client_for(official_a).post(
        reverse("plans:plan_copy", args=[plan_a.pk]), {"unit": unit_a.pk, "year_shift": 1}
    )
    copy = Plan.objects.exclude(pk=plan_a.pk).get()
    assert response.url == reverse("plans:plan_edit", args=[copy.pk])
    assert (copy.start_year, copy.end_year, copy.status) == (2027, 2027, Plan.Status.DRAFT)
    task = copy.tasks.get()
    assert task.section.plan == copy
    assert task.task_units.get().role == TaskUnit.Role.LEAD
    assert task.schedules.get().kind == ScheduleRule.Kind.YEARLY


def test_it_adds_a_section_in_place_and_keeps_input_on_error(client_for, official_a, plan_a):
    client = client_for(official_a)
    url = reverse("plans:part_add", args=[plan_a.pk, "section"])
    response = client.post(url, {"section-number": "II", "section-title": "TỔ CHỨC THỰC HIỆN"}, HTTP_HX_REQUEST="true")
    assert response["HX-Retarget"] == "#list-outline"
    assert "TỔ CHỨC THỰC HIỆN" in response.content.decode()
    assert Section.objects.filter(plan=plan_a, number="II", order=2).exists()
    bad = client.post(url, {"section-number": "III", "section-parent": "999999"}, HTTP_HX_REQUEST="true")
    assert "HX-Retarget" not in bad
    assert 'value="III"' in bad.content.decode()


def test_it_focuses_the_new_section_title_or_the_first_wrong_field(client_for, official_a, plan_a):
    client = client_for(official_a)
    url = reverse("plans:part_add", args=[plan_a.pk, "section"])

    def focused(response):
        return re.findall(
            r'<(?:input|select|textarea)[^>]*\bname="([^"]+)"[^>]*\bautofocus\b', response.content.decode()
        )

    assert focused(client.get(url, HTTP_HX_REQUEST="true")) == ["section-title"]
    bad = client.post(url, {"section-parent": "999999", "section-title": "II"}, HTTP_HX_REQUEST="true")
    assert focused(bad) == ["section-parent"]


def _task_data(section, **extra):
    data = {
        "task-section": section.pk,
        "task-number": "2",
        "task-content": "Số hóa hồ sơ",
        "task-weight": 1,
        "task-units-TOTAL_FORMS": 2,
        "task-units-INITIAL_FORMS": 0,
        "task-rules-TOTAL_FORMS": 1,
        "task-rules-INITIAL_FORMS": 0,
    }
    return {**data, **extra}


def test_it_adds_a_task_with_units_and_a_schedule(client_for, official_a, plan_a, unit_a1, unit_b):
    section = plan_a.sections.get()
    data = _task_data(
        section,
        **{
            "task-units-0-role": "lead",
            "task-units-0-unit": f"{unit_a1.name} [{unit_a1.code}]",
            "task-units-1-role": "coordinate",
            "task-units-1-unit": unit_b.code,
            "task-rules-0-wording": "trước ngày 08 hằng tháng",
            "task-rules-0-kind": "monthly",
            "task-rules-0-day": 8,
            "task-rules-0-next_working_day": "on",
        },
    )
    response = client_for(official_a).post(
        reverse("plans:part_add", args=[plan_a.pk, "task"]), data, HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 200 and response["HX-Retarget"] == "#list-outline"
    task = plan_a.tasks.get(number="2")
    assert {(tu.unit, tu.role) for tu in task.task_units.all()} == {(unit_a1, "lead"), (unit_b, "coordinate")}
    assert task.schedules.get().day == 8


def test_it_reads_the_rule_from_the_wording_when_none_is_chosen(client_for, official_a, plan_a, unit_a1):
    section = plan_a.sections.get()
    url = reverse("plans:part_add", args=[plan_a.pk, "task"])
    data = _task_data(
        section, **{"task-units-0-role": "lead", "task-units-0-unit": unit_a1.code, "task-units-TOTAL_FORMS": 1}
    )
    client = client_for(official_a)
    unread = client.post(url, {**data, "task-rules-0-wording": "khi có yêu cầu"}, HTTP_HX_REQUEST="true")
    assert "Chưa hiểu thời gian “khi có yêu cầu”; hãy chọn quy tắc" in unread.content.decode()
    assert not plan_a.tasks.filter(number="2").exists()

    client.post(url, {**data, "task-rules-0-wording": "Trước ngày 05/6 hằng năm"}, HTTP_HX_REQUEST="true")
    rule = plan_a.tasks.get(number="2").schedules.get()
    assert (rule.wording, rule.kind, rule.month, rule.day) == ("Trước ngày 05/6 hằng năm", "yearly", 6, 5)
    assert expand(rule, datetime.date(2026, 1, 1), datetime.date(2026, 12, 31)) == [datetime.date(2026, 6, 5)]


def test_it_explains_bad_task_input_in_vietnamese(client_for, official_a, plan_a, unit_b):
    section = plan_a.sections.get()
    data = _task_data(
        section,
        **{
            "task-units-0-role": "lead",
            "task-units-0-unit": unit_b.code,
            "task-units-1-role": "coordinate",
            "task-units-1-unit": "khong-co-don-vi",
            "task-rules-0-wording": "Năm 2030",
            "task-rules-0-kind": "year",
            "task-rules-0-year": 2030,
        },
    )
    response = client_for(official_a).post(
        reverse("plans:part_add", args=[plan_a.pk, "task"]), data, HTTP_HX_REQUEST="true"
    )
    page = response.content.decode()
    assert "Đơn vị chủ trì phải thuộc Sở Khoa học và Công nghệ." in page
    assert "Không tìm thấy đơn vị “khong-co-don-vi”" in page
    assert "Năm 2030 nằm ngoài thời kỳ của kế hoạch (2026)." in page
    assert "Số hóa hồ sơ" in page
    assert not plan_a.tasks.filter(number="2").exists()


def test_it_adds_an_indicator_with_targets_only_inside_the_period(client_for, official_a, plan_a):
    base = {
        "indicator-name": "Tỷ lệ hồ sơ giải quyết đúng hạn",
        "indicator-measure": "%",
        "indicator-direction": "up",
        "indicator-comparator": ">=",
        "indicator-targets-TOTAL_FORMS": 1,
        "indicator-targets-INITIAL_FORMS": 0,
        "indicator-targets-0-year": 2031,
        "indicator-targets-0-value": "98",
    }
    client = client_for(official_a)
    url = reverse("plans:part_add", args=[plan_a.pk, "indicator"])
    bad = client.post(url, base, HTTP_HX_REQUEST="true")
    assert "Năm 2031 nằm ngoài thời kỳ của kế hoạch (2026)." in bad.content.decode()
    client.post(url, {**base, "indicator-targets-0-year": 2026}, HTTP_HX_REQUEST="true")
    assert plan_a.indicators.get().targets.get().value == 98


def test_it_moves_and_deletes_parts(client_for, official_a, plan_a):
    second = Section.objects.create(plan=plan_a, number="II", title="TỔ CHỨC", order=2)
    client = client_for(official_a)
    client.post(reverse("plans:part_move", args=[plan_a.pk, "section", second.pk, "len"]), HTTP_HX_REQUEST="true")
    assert [(s.number, s.title) for s in plan_a.sections.order_by("order")] == [
        ("I", "TỔ CHỨC"),
        ("II", plan_a.sections.exclude(pk=second.pk).get().title),
    ]
    client.post(reverse("plans:part_delete", args=[plan_a.pk, "section", second.pk]), HTTP_HX_REQUEST="true")
    assert not Section.objects.filter(pk=second.pk).exists()


def test_it_names_what_each_delete_button_removes(client_for, official_a, plan_a):
    Indicator.objects.create(plan=plan_a, name="Tỷ lệ hồ sơ đúng hạn", measure="%")
    page = client_for(official_a).get(reverse("plans:plan_edit", args=[plan_a.pk])).content.decode()
    confirms = re.findall(r'hx-post="[^"]*/xoa/" [^>]*hx-confirm="([^"]*)"', page)
    # A task's or an indicator's button asked whether to delete "this section and everything in it".
    assert confirms == [
        "Xóa mục này cùng các mục con và nhiệm vụ trong đó? Không thể hoàn tác.",
        "Xóa nhiệm vụ này? Không thể hoàn tác.",
        "Xóa chỉ tiêu này cùng các mục tiêu theo năm? Không thể hoàn tác.",
    ]


def test_it_shows_the_plan_by_unit_and_by_indicator(client_for, official_a, plan_a, unit_a1):
    client = client_for(official_a)
    by_unit = client.get(plan_a.get_absolute_url(), {"view": "units"})
    assert by_unit.context["by_unit"][0]["unit"] == unit_a1
    assert "Rà soát, đơn giản hóa thủ tục hành chính" in by_unit.content.decode()
    assert client.get(plan_a.get_absolute_url(), {"view": "indicators"}).status_code == 200


def test_it_reads_a_plan_page_in_a_fixed_number_of_queries(
    client_for, official_a, plan_a, unit_a1, django_assert_max_num_queries
):
    section = plan_a.sections.get()
    for n in range(20):
        task = Task.objects.create(plan=plan_a, section=section, number=str(n + 2), content=f"Nhiệm vụ {n}")
        TaskUnit.objects.create(task=task, unit=unit_a1, role=TaskUnit.Role.LEAD)
        ScheduleRule.objects.create(task=task, wording="Hằng năm", kind=ScheduleRule.Kind.ANNUAL)
    client = client_for(official_a)
    with django_assert_max_num_queries(20):
        assert client.get(plan_a.get_absolute_url()).status_code == 200


def test_it_shows_every_plan_to_a_system_admin(client, plan_a, unit_a):
    from tests.factories import UserFactory

    admin = UserFactory(is_superuser=True, is_staff=True)
    empty = Plan.objects.create(unit=unit_a, title="Quyết định không có nhiệm vụ", start_year=2026, end_year=2026)
    client.force_login(admin)
    assert client.get(empty.get_absolute_url()).status_code == 200


def test_it_shows_a_task_directed_by_a_role_without_an_account(client_for, official_a, plan_a):
    plan_a.tasks.update(directing_text="Lãnh đạo Sở")
    response = client_for(official_a).get(plan_a.get_absolute_url())
    assert "Lãnh đạo Sở" in response.content.decode()


def test_it_names_the_plans_changes_in_vietnamese(client_for, official_a, plan_a):
    page = client_for(official_a).get(plan_a.get_absolute_url()).content.decode()
    assert "· Tạo mới · hệ thống ·" in page and "Created" not in page


def test_the_editor_names_each_add_task_button_by_its_section_and_says_how_to_choose_several(
    client_for, official_a, plan_a
):
    client = client_for(official_a)
    section = plan_a.sections.get()
    editor = client.get(reverse("plans:plan_edit", args=[plan_a.pk])).content.decode()
    name = section.number or section.title[:59]
    assert f'aria-label="Thêm nhiệm vụ vào mục {name}' in editor  # a screen reader tells the sections apart
    form = client.get(reverse("plans:part_add", args=[plan_a.pk, "indicator"]), HTTP_HX_REQUEST="true")
    assert "Giữ Ctrl (⌘ trên máy Mac) khi bấm để chọn nhiều mục hoặc bỏ chọn một mục." in form.content.decode()


def test_issuing_a_plan_nobody_signs_says_so_in_its_confirmation(client_for, leader_a, plan_a):
    warning = "Văn bản chưa có người ký: bản in sẽ không có khối chữ ký. Ban hành kế hoạch này?"
    client = client_for(leader_a)
    assert warning in client.get(plan_a.get_absolute_url()).content.decode()
    Plan.objects.filter(pk=plan_a.pk).update(signer_position="Giám đốc", signer_name="Nguyễn Văn Thành")
    page = client.get(plan_a.get_absolute_url()).content.decode()
    assert "Ban hành kế hoạch này?" in page and warning not in page


def test_a_weekly_deadline_takes_its_day_by_name(client_for, official_a, plan_a, unit_a1):
    client = client_for(official_a)
    url = reverse("plans:part_add", args=[plan_a.pk, "task"])
    form = client.get(url, HTTP_HX_REQUEST="true").content.decode()
    assert '<option value="0">Thứ Hai</option>' in form and '<option value="6">Chủ nhật</option>' in form
    data = _task_data(
        plan_a.sections.get(),
        **{
            "task-units-TOTAL_FORMS": 1,
            "task-units-0-role": "lead",
            "task-units-0-unit": unit_a1.code,
            "task-rules-0-wording": "Thứ Năm hằng tuần",
            "task-rules-0-kind": "weekly",
            "task-rules-0-weekday": "3",
        },
    )
    client.post(url, data, HTTP_HX_REQUEST="true")
    assert plan_a.tasks.get(number="2").schedules.get().weekday == 3
