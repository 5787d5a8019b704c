"""The main journeys from the keyboard alone: after `page.goto` only keys are pressed (no click, no fill).

At each step the test asserts where the focus is and that it can be seen, that a form's error takes the focus to
the first wrong field and is announced, and that Escape closes what a key opened.
"""

import io

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.urls import reverse
from playwright.sync_api import expect

from plans.models import Plan, ReportingDuty
from portal.models import OrgUnit, User
from reports import services
from reports.models import Report

pytestmark = pytest.mark.browser

# The focused element and whether a person can see it: an outline or a box-shadow (Bootstrap's focus ring).
FOCUS = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return {visible: false, what: "body"};
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
  const shadow = style.boxShadow && style.boxShadow !== "none";
  // A date field's calendar button is a stop of its own, inside the field; chromium rings that button itself.
  if (el.matches("input[type=date]:not(:focus):focus-within")) return {visible: true, what: "calendar button"};
  const ring = `outline ${style.outlineStyle} ${style.outlineWidth}, shadow ${style.boxShadow}`;
  const what = `${el.outerHTML.slice(0, 160)} (${ring})`;
  return {visible: (outline || shadow) && box.width > 0 && box.height > 0, what};
}"""

# Controls a screen reader would read out without a name: no label, aria-label(ledby), title, text or alt.
UNNAMED = """() => {
  const named = (el) => {
    if (el.getAttribute("aria-label")?.trim() || el.title?.trim()) return true;
    const ids = el.getAttribute("aria-labelledby");
    if (ids && ids.split(/\\s+/).some((id) => document.getElementById(id)?.textContent.trim())) return true;
    if (el.labels && [...el.labels].some((label) => label.textContent.trim())) return true;
    if (el.matches("input[type=submit], input[type=button], input[type=reset]")) return Boolean(el.value.trim());
    if (!el.matches("button, a, summary")) return false;
    return Boolean(el.textContent.trim() || el.querySelector("img[alt]:not([alt=''])"));
  };
  const controls = document.querySelectorAll("a[href], button, input:not([type=hidden]), select, textarea, summary");
  return [...controls].filter((el) => el.getClientRects().length && !named(el)).map((el) => el.outerHTML.slice(0, 160));
}"""


def focused(page):
    return page.evaluate(FOCUS)


def assert_focus_visible(page):
    state = focused(page)
    assert state["visible"], f"focus cannot be seen on {state['what']}"


def is_focused(locator):
    return locator.evaluate("el => el === document.activeElement")


def tab_to(page, locator, key="Tab", limit=80):
    """Press Tab (or another key) until `locator` has the focus, checking every stop on the way can be seen."""
    for _ in range(limit):
        if is_focused(locator):
            assert_focus_visible(page)
            return
        page.keyboard.press(key)
        assert_focus_visible(page)
    raise AssertionError(f"{limit}×{key} never reached {locator}; the focus is on {focused(page)['what']}")


def choose(page, select, value, limit=30):
    """Move a focused <select> with the arrow keys (down, then up) until it shows `value`."""
    expect(select).to_be_focused()
    for key in ("ArrowDown", "ArrowUp"):
        for _ in range(limit):
            if select.input_value() == value:
                return
            page.keyboard.press(key)
    raise AssertionError(f"{select} never offered {value!r}")


def assert_announced(field):
    """The wrong field has the focus, is marked invalid and is described by its error message."""
    expect(field).to_be_focused()
    expect(field).to_have_attribute("aria-invalid", "true")
    described = field.get_attribute("aria-describedby") or ""
    messages = [field.page.locator(f"#{id_}").inner_text().strip() for id_ in described.split()]
    assert any(messages), f"{field} is not described by an error message"


def assert_named(page):
    assert page.evaluate(UNNAMED) == []


def sign_in(page, username, password="demo2026"):
    page.goto("/dang-nhap/")
    username_field = page.get_by_label("Tên đăng nhập")
    expect(username_field).to_be_focused()
    assert_focus_visible(page)
    page.keyboard.type(username)
    page.keyboard.press("Tab")
    expect(page.get_by_label("Mật khẩu")).to_be_focused()
    page.keyboard.type(password)
    page.keyboard.press("Enter")
    page.get_by_test_id("user-menu").wait_for()


@pytest.fixture
def demo(transactional_db, page):
    cache.clear()  # dashboards are cached by branch id, and ids repeat from test to test
    call_command("load_demo", stdout=io.StringIO())
    # Bootstrap's focus ring fades in; without the fade the computed style is final at once.
    page.emulate_media(reduced_motion="reduce")


def test_it_signs_in_and_skips_to_the_content(page, demo):
    page.goto("/dang-nhap/")
    expect(page.get_by_label("Tên đăng nhập")).to_be_focused()
    page.keyboard.type("giamdoc")
    page.keyboard.press("Tab")
    page.keyboard.type("sai-mat-khau")
    page.keyboard.press("Enter")
    # The refusal is read out, and the person retypes from the first field.
    expect(page.get_by_role("alert")).to_contain_text("Tên đăng nhập")
    expect(page.get_by_label("Tên đăng nhập")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_label("Mật khẩu")).to_be_focused()
    page.keyboard.type("demo2026")
    page.keyboard.press("Enter")
    page.get_by_test_id("user-menu").wait_for()

    # The skip link is the first stop and takes the next Tab past the menu.
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Bỏ qua, đến nội dung chính")
    expect(skip).to_be_focused()
    assert_focus_visible(page)
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.querySelector('main').contains(document.activeElement)")
    assert_focus_visible(page)

    # The menu's dropdown opens with Enter, is walked with the arrows and closes with Escape.
    toggle = page.get_by_role("button", name="Danh mục")
    tab_to(page, toggle, key="Shift+Tab")
    page.keyboard.press("Enter")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    page.keyboard.press("ArrowDown")
    expect(page.get_by_role("link", name="Đơn vị", exact=True)).to_be_focused()
    page.keyboard.press("Escape")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(toggle).to_be_focused()


def test_it_builds_a_plan(page, demo):
    sign_in(page, "giamdoc")
    page.goto(reverse("plans:plan_create"))
    # Sent empty, the form keeps the focus in its first wrong field and says why.
    tab_to(page, page.get_by_role("button", name="Tạo dự thảo"))
    page.keyboard.press("Enter")
    title = page.locator('[name="title"]')
    assert_announced(title)
    expect(page.get_by_role("alert")).to_be_visible()
    page.keyboard.type("Kế hoạch chuyển đổi số của Sở năm 2026")
    for name, value in (("symbol", "KH-SKHCN"), ("start_year", "2026"), ("end_year", "2026")):
        tab_to(page, page.locator(f'[name="{name}"]'))
        page.keyboard.press("Control+A")
        page.keyboard.type(value)
    page.keyboard.press("Enter")
    page.get_by_role("heading", name="Mục và nhiệm vụ").wait_for()
    plan = Plan.objects.get(title="Kế hoạch chuyển đổi số của Sở năm 2026")

    add_section = page.get_by_role("button", name="Thêm mục")
    tab_to(page, add_section)
    page.keyboard.press("Enter")
    section_form = page.get_by_test_id("part-form-section")
    expect(section_form.locator('[name="section-title"]')).to_be_focused()
    # Escape closes the form and gives the focus back to the button that opened it.
    page.keyboard.press("Escape")
    expect(section_form).to_have_count(0)
    expect(add_section).to_be_focused()
    page.keyboard.press("Enter")
    expect(section_form.locator('[name="section-title"]')).to_be_focused()
    page.keyboard.type("NHIỆM VỤ TRỌNG TÂM")
    page.keyboard.press("Enter")
    page.locator("#list-outline").get_by_text("NHIỆM VỤ TRỌNG TÂM").wait_for()
    # Saved, the form closes and the focus goes back where it came from instead of falling to the page.
    expect(add_section).to_be_focused()
    assert_focus_visible(page)

    add_task = page.locator(".editor-section", has_text="NHIỆM VỤ TRỌNG TÂM").get_by_role("button", name="Nhiệm vụ")
    tab_to(page, add_task)
    page.keyboard.press("Enter")
    task_form = page.get_by_test_id("part-form-task")
    expect(task_form.locator('[name="task-content"]')).to_be_focused()
    page.keyboard.type("Xây dựng cơ sở dữ liệu khoa học và công nghệ dùng chung")
    tab_to(page, task_form.locator('[name="task-units-0-role"]'))
    choose(page, task_form.locator('[name="task-units-0-role"]'), "lead")
    unit = task_form.locator('[name="task-units-0-unit"]')
    tab_to(page, unit)
    # Search as you type: the list offers the unit typed without diacritics; a wrong unit is refused first.
    page.keyboard.type("phong khong co")
    tab_to(page, task_form.locator('[name="task-rules-0-wording"]'))
    page.keyboard.type("Trước ngày 05/6 hằng năm")
    tab_to(page, task_form.locator('[name="task-rules-0-kind"]'))
    choose(page, task_form.locator('[name="task-rules-0-kind"]'), "yearly")
    for name, value in (("month", "6"), ("day", "5")):
        tab_to(page, task_form.locator(f'[name="task-rules-0-{name}"]'))
        page.keyboard.type(value)
    page.keyboard.press("Enter")
    assert_announced(task_form.locator('[name="task-units-0-unit"]'))
    expect(task_form.get_by_role("alert")).to_be_visible()
    page.keyboard.press("Control+A")
    page.keyboard.type("phong quan ly cong nghe")
    option = "Phòng Quản lý công nghệ, thị trường công nghệ và chuyên ngành [qng-skhcn-qlcn]"
    page.locator(f'#unit-options option[value="{option}"]').wait_for(state="attached")
    # Headless chromium draws no datalist popup for ArrowDown and Enter to pick from, so the offered value is typed.
    expect(unit).to_be_focused()
    page.keyboard.press("Control+A")
    page.keyboard.type(option)
    assert_named(page)
    page.keyboard.press("Enter")
    page.locator("#list-outline").get_by_text("Xây dựng cơ sở dữ liệu").wait_for()
    expect(add_task).to_be_focused()
    assert_focus_visible(page)

    task = plan.tasks.get()
    assert [(tu.role, tu.unit.code) for tu in task.task_units.all()] == [("lead", "qng-skhcn-qlcn")]
    assert [(r.kind, r.day, r.month) for r in task.schedules.all()] == [("yearly", 5, 6)]
    assert_named(page)


def test_it_writes_and_submits_a_report(page, demo):
    duty = ReportingDuty.objects.get(plan__unit__code="qng-skhcn", recipient__code="qng-sct", kind="half_year")
    leader = User.objects.get(username="giamdoc")
    report = services.report_create(
        unit=OrgUnit.objects.get(code="qng-skhcn"), by=leader, kind="half_year", year=2025, number_in_year=1, duty=duty
    )
    sign_in(page, "giamdoc")
    page.goto(reverse("reports:report_edit", args=[report.pk]))
    # The document's header is folded away; opened with the keyboard, its fields are named too.
    tab_to(page, page.locator("summary", has_text="Thông tin văn bản"))
    page.keyboard.press("Enter")
    expect(page.locator('[name="header-title"]')).to_be_visible()
    assert_named(page)
    results = page.get_by_label("I. KẾT QUẢ THỰC HIỆN")
    tab_to(page, results)
    page.keyboard.type("Sở đã triển khai đầy đủ các nhiệm vụ được giao.")
    percent = page.locator('[name$="-percent"]').first
    tab_to(page, percent)
    page.keyboard.type("150")
    page.keyboard.press("Enter")
    # The refusal is read out and the focus waits in the wrong field; the typing is kept.
    expect(page.get_by_role("alert").first).to_contain_text("Chưa lưu được")
    assert_announced(page.locator('[name$="-percent"]').first)
    assert "Sở đã triển khai" in page.get_by_label("I. KẾT QUẢ THỰC HIỆN").input_value()
    page.keyboard.press("Control+A")
    page.keyboard.type("60")
    tab_to(page, page.get_by_role("button", name="Lưu", exact=True))
    page.keyboard.press("Enter")
    expect(page.get_by_role("alert").first).to_contain_text("Đã lưu báo cáo")
    assert report.sections.filter(body="Sở đã triển khai đầy đủ các nhiệm vụ được giao.").exists()

    tab_to(page, page.get_by_role("link", name="Xem báo cáo"))
    page.keyboard.press("Enter")
    submit = page.get_by_role("button", name="Trình lãnh đạo duyệt")
    tab_to(page, submit)
    asked = []  # parts of the demo report are still empty: the browser asks first, and Enter on OK goes on
    page.once("dialog", lambda dialog: (asked.append(dialog.message), dialog.accept()))
    page.keyboard.press("Enter")
    expect(page.get_by_role("button", name="Duyệt", exact=True)).to_be_visible()
    assert asked and asked[0].startswith("Báo cáo còn ") and asked[0].endswith("Vẫn trình lãnh đạo duyệt?")
    report.refresh_from_db()
    assert report.state == Report.State.SUBMITTED

    tab_to(page, page.get_by_label("Ý kiến"))
    page.keyboard.type("Đồng ý.")
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Duyệt", exact=True)).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_test_id("decision")).to_have_count(0)
    report.refresh_from_db()
    assert report.state == Report.State.APPROVED


def test_it_filters_the_dashboard(page, demo):
    sign_in(page, "giamdoc")
    page.goto(reverse("reports:dashboard"))
    assert_named(page)
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Bỏ qua, đến nội dung chính")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()

    # The filters are walked with Tab, set with the arrows and applied with Enter on "Lọc".
    tab_to(page, page.get_by_label("Năm", exact=True))
    choose(page, page.get_by_label("Năm", exact=True), "2025")
    department = OrgUnit.objects.get(code="qng-skhcn")
    unit = page.get_by_label("Đơn vị", exact=True)
    tab_to(page, unit)
    choose(page, unit, str(department.pk))
    tab_to(page, page.get_by_role("button", name="Lọc"))
    page.keyboard.press("Enter")
    page.wait_for_url("**year=2025**")
    expect(page.get_by_label("Năm", exact=True)).to_have_value("2025")
    expect(page.get_by_test_id("dashboard-unit")).to_have_text(department.name)
    assert_named(page)

    # A chart's table opens with Enter on its summary.
    summary = page.locator("summary", has_text="Bảng số liệu").first
    tab_to(page, summary)
    page.keyboard.press("Enter")
    expect(page.locator("details", has=summary).first).to_have_attribute("open", "")


def test_it_names_every_control_of_the_dossier_import(page, demo):
    sign_in(page, "nhanly.ct")
    page.goto(reverse("tthc:upload", args=[OrgUnit.objects.get(code="lsn-nhanly").pk]))
    # The column mapping is folded away; opened with the keyboard, its fields are named too.
    summary = page.locator("summary", has_text="Tên cột trong tệp")
    tab_to(page, summary)
    page.keyboard.press("Enter")
    assert_named(page)
