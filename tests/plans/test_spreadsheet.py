import io

import openpyxl
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from plans.models import Indicator, IndicatorTarget, Plan, ScheduleRule


def _workbook(client, plan):
    response = client.get(reverse("plans:plan_export", args=[plan.pk]))
    return openpyxl.load_workbook(io.BytesIO(response.content))


def _upload(client, plan, workbook):
    buffer = io.BytesIO()
    workbook.save(buffer)
    upload = SimpleUploadedFile("ke-hoach.xlsx", buffer.getvalue())
    return client.post(reverse("plans:plan_import", args=[plan.pk]), {"file": upload})


def test_it_round_trips_tasks_and_targets(client_for, official_a, plan_a, unit_a1, unit_b):
    indicator = Indicator.objects.create(plan=plan_a, name="Tỷ lệ hồ sơ đúng hạn", measure="%", comparator=">=")
    IndicatorTarget.objects.create(indicator=indicator, year=2026, value=95, wording="từ 95% trở lên")
    client = client_for(official_a)
    workbook = _workbook(client, plan_a)
    tasks, targets = workbook["Nhiệm vụ"], workbook["Chỉ tiêu"]
    assert [c.value for c in tasks[2]][3:7] == ["Rà soát, đơn giản hóa thủ tục hành chính", None, "so-a-phong", None]
    assert tasks[2][8].value == "Trước ngày 05/6 hằng năm"

    tasks[2][4].value = "Phó Giám đốc Trần Công Hòa"
    tasks[2][6].value = unit_b.code
    tasks.append(
        [None, "I", "2", "-Tổ chức tập huấn", None, "so-a-phong", None, None, "Xây dựng: Năm 2026\nThường xuyên"]
    )
    targets[2][5].value = 98
    response = _upload(client, plan_a, workbook)
    assert response.status_code == 302
    notice = [str(m) for m in client.get(response.url).context["messages"]]
    assert notice == ["Đã cập nhật kế hoạch theo tệp Excel: 2 nhiệm vụ (1 mới) và 1 mục tiêu theo năm (0 mới)."]

    first = plan_a.tasks.get(number="1")
    assert first.directing_text == "Phó Giám đốc Trần Công Hòa"
    assert {(tu.role, tu.unit) for tu in first.task_units.all()} == {("lead", unit_a1), ("coordinate", unit_b)}
    added = plan_a.tasks.get(number="2")
    assert added.content == "-Tổ chức tập huấn"
    assert [(r.label, r.kind, r.year) for r in added.schedules.all()] == [
        ("Xây dựng", ScheduleRule.Kind.YEAR, 2026),
        ("", ScheduleRule.Kind.CONTINUOUS, None),
    ]
    assert IndicatorTarget.objects.get(indicator=indicator).value == 98

    # Exported again, the text is neutralised for spreadsheets, and importing it restores it.
    again = _workbook(client, plan_a)
    assert again["Nhiệm vụ"][3][3].value == "'-Tổ chức tập huấn"
    assert _upload(client, plan_a, again).status_code == 302
    assert plan_a.tasks.get(number="2").content == "-Tổ chức tập huấn"


def test_it_names_bad_rows_and_writes_nothing(client_for, official_a, plan_a, unit_b):
    indicator = Indicator.objects.create(plan=plan_a, name="Tỷ lệ hồ sơ đúng hạn", measure="%")
    IndicatorTarget.objects.create(indicator=indicator, year=2026, value=95)
    client = client_for(official_a)
    workbook = _workbook(client, plan_a)
    tasks, targets = workbook["Nhiệm vụ"], workbook["Chỉ tiêu"]
    tasks[2][3].value = "Nội dung đã sửa"
    tasks.append([None, "IX", "3", "Nhiệm vụ mới", None, unit_b.code, "khong-co", None, "khi nào rảnh"])
    targets[2][4].value = 2030
    targets[2][5].value = "chín mươi"
    response = _upload(client, plan_a, workbook)
    found = {(e["sheet"], e["line"], e["column"]) for e in response.context["checked"].errors}
    assert found == {
        ("Nhiệm vụ", 3, "Mục"),
        ("Nhiệm vụ", 3, "Đơn vị chủ trì"),
        ("Nhiệm vụ", 3, "Đơn vị phối hợp"),
        ("Nhiệm vụ", 3, "Thời gian thực hiện"),
        ("Chỉ tiêu", 2, "Năm"),
        ("Chỉ tiêu", 2, "Giá trị mục tiêu"),
    }
    assert "Không hiểu thời hạn “khi nào rảnh”" in response.content.decode()
    assert plan_a.tasks.get().content == "Rà soát, đơn giản hóa thủ tục hành chính"
    assert plan_a.tasks.count() == 1


def test_it_checks_ownership_of_export_and_import(client_for, official_b, viewer_a, plan_a):
    assert client_for(official_b).get(reverse("plans:plan_export", args=[plan_a.pk])).status_code == 404
    assert client_for(official_b).get(reverse("plans:plan_import", args=[plan_a.pk])).status_code == 404
    assert client_for(viewer_a).get(reverse("plans:plan_import", args=[plan_a.pk])).status_code == 403


def test_it_keeps_each_rule_exactly_through_an_unchanged_round_trip(client_for, official_a, plan_a):
    Plan.objects.filter(pk=plan_a.pk).update(end_year=2030)
    task = plan_a.tasks.get()
    task.schedules.update(year=2026, end_year=2030)
    # The fields say more than the wording: the day of "Hằng tháng", and no move off days off.
    ScheduleRule.objects.create(
        task=task, order=1, label="Báo cáo", wording="Hằng tháng", kind="monthly", day=25, next_working_day=False
    )
    fields = ("label", "wording", "kind", "year", "end_year", "month", "day", "next_working_day")
    before = list(task.schedules.values_list(*fields))
    client = client_for(official_a)
    assert _upload(client, plan_a, _workbook(client, plan_a)).status_code == 302
    assert list(task.schedules.values_list(*fields)) == before


def test_it_names_a_second_target_for_the_same_year_and_writes_nothing(client_for, official_a, plan_a):
    stored = Indicator.objects.create(plan=plan_a, name="Tỷ lệ hồ sơ đúng hạn", measure="%")
    IndicatorTarget.objects.create(indicator=stored, year=2026, value=95)
    Indicator.objects.create(plan=plan_a, name="Số thủ tục được đơn giản hóa", measure="thủ tục")
    client = client_for(official_a)
    workbook = _workbook(client, plan_a)
    targets = workbook["Chỉ tiêu"]
    targets.append([None, "Tỷ lệ hồ sơ đúng hạn", "%", ">=", 2026, 90, None])
    targets.append([None, "Số thủ tục được đơn giản hóa", "thủ tục", ">=", 2026, 10, None])
    targets.append([None, "Số thủ tục được đơn giản hóa", "thủ tục", ">=", 2026, 12, None])
    response = _upload(client, plan_a, workbook)
    errors = {(e["sheet"], e["line"], e["column"]): e["message"] for e in response.context["checked"].errors}
    target = IndicatorTarget.objects.get()
    assert errors == {
        ("Chỉ tiêu", 3, "Năm"): (
            f"Chỉ tiêu “Tỷ lệ hồ sơ đúng hạn” đã có mục tiêu năm 2026 (mã {target.pk}); hãy sửa dòng có mã đó."
        ),
        ("Chỉ tiêu", 5, "Năm"): "Chỉ tiêu “Số thủ tục được đơn giản hóa” năm 2026 đã có ở dòng 4.",
    }
    assert (IndicatorTarget.objects.count(), target.value) == (1, 95)


def test_it_names_a_deadline_year_outside_the_plan_period(client_for, official_a, plan_a):
    client = client_for(official_a)
    workbook = _workbook(client, plan_a)
    workbook["Nhiệm vụ"].append([None, "I", "2", "Tổng kết", None, "so-a-phong", None, None, "Năm 2026 - 2035"])
    response = _upload(client, plan_a, workbook)
    errors = [(e["line"], e["column"], e["message"]) for e in response.context["checked"].errors]
    assert errors == [(3, "Thời gian thực hiện", "Năm 2035 nằm ngoài thời kỳ của kế hoạch (2026).")]
    assert plan_a.tasks.count() == 1


def test_it_asks_for_the_section_of_a_new_row_left_blank(client_for, official_a, plan_a):
    client = client_for(official_a)
    workbook = _workbook(client, plan_a)
    workbook["Nhiệm vụ"].append([None, None, "2", "Tổng kết", None, "so-a-phong", None, None, "Thường xuyên"])
    workbook["Nhiệm vụ"].append([None, "IX", "3", "Sơ kết", None, "so-a-phong", None, None, "Thường xuyên"])
    response = _upload(client, plan_a, workbook)
    errors = [(e["line"], e["column"], e["message"]) for e in response.context["checked"].errors]
    assert errors == [
        (
            3,
            "Mục",
            "Chưa ghi mục của nhiệm vụ mới: ghi số của mục như trong kế hoạch (ví dụ: I, II); mục chưa có số thì "
            "đánh số cho mục đó trong trang soạn thảo trước.",
        ),
        (4, "Mục", "Không tìm thấy mục “IX” trong kế hoạch."),
    ]
    assert plan_a.tasks.count() == 1


def test_it_shows_how_to_write_a_deadline_it_cannot_read(client_for, official_a, plan_a):
    client = client_for(official_a)
    workbook = _workbook(client, plan_a)
    workbook["Nhiệm vụ"].append([None, "I", "2", "Tổng kết", None, "so-a-phong", None, None, "khi nào rảnh"])
    response = _upload(client, plan_a, workbook)
    [error] = response.context["checked"].errors
    # The sheet has no rule to choose, unlike the editor: the person rewrites the cell.
    assert error["message"] == (
        "Không hiểu thời hạn “khi nào rảnh”; hãy ghi như “Trước ngày 05/6 hằng năm”, “Trước ngày 08 hằng tháng”, "
        "“Hằng quý” hoặc “Thường xuyên”."
    )
