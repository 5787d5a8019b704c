import io

import pytest
from django.core.management import call_command

from plans.tasks import reminders_run_task
from tests.browser.signin import login
from tests.processes import Worker, purge_local_queue

pytestmark = pytest.mark.browser


def test_it_shows_a_reminder_arriving_for_a_demo_deadline(page, screenshot, transactional_db):
    call_command("load_demo", stdout=io.StringIO())
    login(page, "nhanly.vt")
    assert page.get_by_test_id("unread-count").count() == 0

    purge_local_queue()
    worker = Worker("--pool=solo")
    try:
        reminders_run_task.delay()  # what beat does every morning, through the real queue and worker
        for _ in range(60):
            page.reload()
            if page.get_by_test_id("unread-count").count():
                break
            page.wait_for_timeout(1000)
    finally:
        worker.stop()
    assert int(page.get_by_test_id("unread-count").inner_text()) >= 1
    page.get_by_test_id("bell").click()
    notices = page.get_by_test_id("notifications")
    assert "Báo cáo" in notices.inner_text() or "báo cáo" in notices.inner_text()
    screenshot("reminder-notifications")
    page.get_by_role("link", name="Việc đến hạn").click()
    assert page.locator("#nhom-overdue, #nhom-week, #nhom-month").count() == 3
    screenshot("deadlines")
