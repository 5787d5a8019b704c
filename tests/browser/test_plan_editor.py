import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from playwright.sync_api import expect

from plans.models import Plan
from tests.browser.signin import login

pytestmark = pytest.mark.browser


def add_section(page, number, title):
    page.get_by_role("button", name="Thêm mục").click()
    form = page.get_by_test_id("part-form-section")
    form.locator('[name="section-number"]').fill(number)
    form.locator('[name="section-title"]').fill(title)
    form.get_by_role("button", name="Lưu").click()
    page.locator("#list-outline").get_by_text(title).wait_for()


def add_task(page, section_title, number, content, units, rule):
    page.locator(".editor-section", has_text=section_title).first.get_by_role("button", name="Nhiệm vụ").first.click()
    form = page.get_by_test_id("part-form-task")
    form.locator('[name="task-number"]').fill(number)
    form.locator('[name="task-content"]').fill(content)
    for i, (role, unit) in enumerate(units):
        form.locator(f'[name="task-units-{i}-role"]').select_option(role)
        form.locator(f'[name="task-units-{i}-unit"]').fill(unit)
    form.locator('[name="task-rules-0-wording"]').fill(rule["wording"])
    form.locator('[name="task-rules-0-kind"]').select_option(rule["kind"])
    for field, value in rule.get("fields", {}).items():
        form.locator(f'[name="task-rules-0-{field}"]').fill(str(value))
    form.get_by_role("button", name="Lưu").click()
    page.locator("#list-outline").get_by_text(content[:40]).wait_for()


def test_it_types_a_whole_plan_and_finds_it_after_reload(page, screenshot, transactional_db):
    call_command("load_demo", stdout=io.StringIO())
    login(page, "giamdoc")
    page.get_by_role("link", name="Kế hoạch", exact=True).click()
    page.get_by_role("link", name="Tạo kế hoạch").click()
    page.locator('[name="title"]').fill("Kế hoạch chuyển đổi số của Sở năm 2026 – 2027")
    page.locator('[name="symbol"]').fill("KH-SKHCN")
    page.locator('[name="start_year"]').fill("2026")
    page.locator('[name="end_year"]').fill("2027")
    page.get_by_role("button", name="Tạo dự thảo").click()
    page.get_by_role("heading", name="Mục và nhiệm vụ").wait_for()

    add_section(page, "I", "NHIỆM VỤ TRỌNG TÂM")
    add_section(page, "II", "TỔ CHỨC THỰC HIỆN")

    # Search-as-you-type: typing without diacritics offers the unit in the datalist.
    page.get_by_role("button", name="Thêm mục").click()
    page.get_by_test_id("part-form-section").get_by_role("button", name="Hủy").click()
    add_task(
        page,
        "NHIỆM VỤ TRỌNG TÂM",
        "1",
        "Xây dựng cơ sở dữ liệu khoa học và công nghệ dùng chung",
        [
            ("lead", "Phòng Quản lý công nghệ, thị trường công nghệ và chuyên ngành [qng-skhcn-qlcn]"),
            ("lead", "qng-skhcn-ttud"),
            ("coordinate", "qng-skhcn-khtc"),
        ],
        {"wording": "Trước ngày 05/6 hằng năm", "kind": "yearly", "fields": {"day": 5, "month": 6}},
    )
    add_task(
        page,
        "NHIỆM VỤ TRỌNG TÂM",
        "2",
        "Số hóa hồ sơ thủ tục hành chính lĩnh vực khoa học và công nghệ",
        [("lead", "qng-skhcn-vp")],
        {"wording": "Năm 2026", "kind": "year", "fields": {"year": 2026}},
    )
    add_task(
        page,
        "TỔ CHỨC THỰC HIỆN",
        "1",
        "Theo dõi, đôn đốc và tổng hợp kết quả thực hiện kế hoạch",
        [("lead", "qng-skhcn-vp")],
        {"wording": "Thường xuyên", "kind": "continuous"},
    )

    page.get_by_role("button", name="Thêm chỉ tiêu").click()
    form = page.get_by_test_id("part-form-indicator")
    form.locator('[name="indicator-name"]').fill("Tỷ lệ hồ sơ TTHC được số hóa")
    form.locator('[name="indicator-measure"]').fill("%")
    form.locator('[name="indicator-comparator"]').select_option(">=")
    for i, (year, value) in enumerate([(2026, 80), (2027, 100)]):
        form.locator(f'[name="indicator-targets-{i}-year"]').fill(str(year))
        form.locator(f'[name="indicator-targets-{i}-value"]').fill(str(value))
    form.get_by_role("button", name="Lưu").click()
    page.locator("#list-indicator").get_by_text("Tỷ lệ hồ sơ TTHC được số hóa").wait_for()

    page.get_by_role("button", name="Thêm nhiệm vụ báo cáo").click()
    form = page.get_by_test_id("part-form-duty")
    form.locator('[name="duty-title"]').fill("Báo cáo kết quả thực hiện 6 tháng")
    form.locator('[name="duty-kind"]').select_option("half_year")
    unit_input = form.locator('[name="duty-recipient"]')
    unit_input.press_sequentially("so cong thuong")
    page.locator('#unit-options option[value="Sở Công Thương [qng-sct]"]').wait_for(state="attached")
    unit_input.fill("Sở Công Thương [qng-sct]")
    form.locator('[name="duty-rules-0-wording"]').fill("Trước ngày 05/6 hằng năm")
    form.locator('[name="duty-rules-0-kind"]').select_option("yearly")
    form.locator('[name="duty-rules-0-day"]').fill("5")
    form.locator('[name="duty-rules-0-month"]').fill("6")
    form.get_by_role("button", name="Lưu").click()
    page.locator("#list-duty").get_by_text("Báo cáo kết quả thực hiện 6 tháng").wait_for()
    screenshot("plan-editor")

    page.reload()
    plan = Plan.objects.get(title__startswith="Kế hoạch chuyển đổi số")
    assert plan.sections.count() == 2 and plan.tasks.count() == 3
    first = plan.tasks.get(content__startswith="Xây dựng cơ sở dữ liệu")
    assert sorted((tu.role, tu.unit.code) for tu in first.task_units.all()) == [
        ("coordinate", "qng-skhcn-khtc"),
        ("lead", "qng-skhcn-qlcn"),
        ("lead", "qng-skhcn-ttud"),
    ]
    assert [t.value for t in plan.indicators.get().targets.order_by("year")] == [80, 100]
    assert plan.duties.get().recipient.code == "qng-sct"

    page.get_by_role("link", name="Xem như văn bản").click()
    text = page.locator("main").inner_text()
    for expected in [
        "NHIỆM VỤ TRỌNG TÂM",
        "TỔ CHỨC THỰC HIỆN",
        "Số hóa hồ sơ thủ tục hành chính",
        "Trung tâm Ứng dụng và Dịch vụ khoa học và công nghệ",
        "Phòng Kế hoạch - Tài chính",
        "Tỷ lệ hồ sơ TTHC được số hóa",
        "Sở Công Thương",
        "Trước ngày 05/6 hằng năm",
    ]:
        assert expected in text, expected
    screenshot("plan-detail")


def test_it_puts_the_keyboard_in_the_part_it_opens(page, transactional_db, official_a, plan_a):
    login(page, official_a.username, "matkhau-thu-2026")
    page.goto(reverse("plans:plan_edit", args=[plan_a.pk]))
    page.get_by_role("button", name="Thêm mục").click()
    # The person types the new section's title at once, and Enter saves it.
    expect(page.get_by_test_id("part-form-section").locator('[name="section-title"]')).to_be_focused()
    page.keyboard.type("TỔ CHỨC THỰC HIỆN")
    page.keyboard.press("Enter")
    page.locator("#list-outline").get_by_text("TỔ CHỨC THỰC HIỆN").wait_for()

    page.locator(".editor-section", has_text="NHIỆM VỤ TRỌNG TÂM").get_by_role("button", name="Nhiệm vụ").click()
    expect(page.get_by_test_id("part-form-task").locator('[name="task-content"]')).to_be_focused()
