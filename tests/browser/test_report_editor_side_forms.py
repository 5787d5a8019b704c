"""Attaching a file right after typing in the report editor keeps the typing: the attachment form left the page
before the editor's autosave (a second after a field is left) had sent it."""

import io

import pytest
from django.core.management import call_command

from reports.models import Report
from tests.browser.signin import login

pytestmark = pytest.mark.browser


def test_it_saves_the_typing_before_attaching_a_file(page, screenshot, transactional_db, tmp_path):
    call_command("load_demo", stdout=io.StringIO())
    report = Report.objects.get(unit__code="lsn-nhanly-ca", state=Report.State.DRAFT)
    evidence = tmp_path / "bien-ban-hop.txt"
    evidence.write_text("Biên bản họp Tổ công tác Đề án 06.")
    login(page, "nhanly.ct")
    page.goto(f"/bao-cao/{report.pk}/soan-thao/")
    page.get_by_label("I. KẾT QUẢ THỰC HIỆN").fill("Kết quả gõ xong rồi đính kèm tệp ngay.")
    page.locator("#att-file").set_input_files(str(evidence))
    page.get_by_role("button", name="Đính kèm").click()
    page.get_by_text("Đã đính kèm “bien-ban-hop.txt”.").wait_for()
    assert page.get_by_label("I. KẾT QUẢ THỰC HIỆN").input_value() == "Kết quả gõ xong rồi đính kèm tệp ngay."
    assert report.sections.get(role="results").body == "Kết quả gõ xong rồi đính kèm tệp ngay."
    screenshot("report-editor-attach-after-typing")
