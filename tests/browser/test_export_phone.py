"""The export panel's list of files reads on a 390 px phone."""

import pytest

from portal.models import GeneratedDocument
from tests.browser.signin import login

pytestmark = pytest.mark.browser


def test_it_keeps_each_exported_file_on_one_line_on_a_phone(
    transactional_db, page, official_a, plan_a, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    for kind in ("pdf", "docx"):
        GeneratedDocument.objects.create(
            object_type="plans.plan", object_id=str(plan_a.pk), kind=kind, version=kind * 8, state="done",
            progress=100, created_by=official_a,
        )  # fmt: skip
    login(page, official_a.username, "matkhau-thu-2026")
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(plan_a.get_absolute_url())
    cells = page.get_by_test_id("export-files").locator("tbody tr").first.locator("td")
    cells.first.wait_for()
    lines = cells.evaluate_all(
        "tds => tds.map(td => { const r = document.createRange(); r.selectNodeContents(td);"
        " return new Set([...r.getClientRects()].map(b => Math.round(b.top))).size; })"
    )
    # The time went under the date, and "Tải về" to three lines (icon, "Tải", "về").
    assert lines[1] == 1 and lines[-1] == 1, lines
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
