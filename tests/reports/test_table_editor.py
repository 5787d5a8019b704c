"""The table editor refuses to save over a table someone else saved since it was opened, keeping what was typed."""

import pytest
from django.urls import reverse

from reports.models import ReportTable, TableTemplate


@pytest.fixture
def table(report):
    template = TableTemplate.objects.create(
        name="Kết quả giải quyết hồ sơ",
        code="ket-qua-ho-so",
        columns=[{"key": "ma", "label": "Mã TTHC"}, {"key": "so", "label": "Số hồ sơ"}],
    )
    return ReportTable.objects.create(report=report, template=template, title="Bảng 1", rows=[["1.001", "3"]])


def url(table):
    return reverse("reports:table_edit", args=[table.report_id, table.pk])


def posted(lock_version, *rows):
    data = {"rows": len(rows), "title": "Bảng 1", "lock_version": lock_version}
    for i, row in enumerate(rows):
        data.update({f"r{i}c{j}": cell for j, cell in enumerate(row)})
    return data


def test_it_refuses_the_second_of_two_saves_and_keeps_its_input(client_for, official_a, table):
    client = client_for(official_a)
    opened = table.lock_version
    first = client.post(url(table), posted(opened, ["1.001", "3"], ["2.002", "5"]))
    assert first.status_code == 302
    second = client.post(url(table), posted(opened, ["1.001", "3"], ["3.003", "7"]))
    page = second.content.decode()
    assert second.status_code == 200 and 'data-testid="conflict"' in page
    assert 'value="3.003"' in page  # the second person's input stays in the cells
    assert "<td>2.002</td>" in page  # and the saved table is shown beside it
    table.refresh_from_db()
    assert table.rows == [["1.001", "3"], ["2.002", "5"]] and table.lock_version == opened + 1
    assert f'name="lock_version" value="{opened + 1}"' in page


def test_it_saves_after_the_conflict_once_the_rows_are_merged(client_for, official_a, table):
    client = client_for(official_a)
    client.post(url(table), posted(0, ["1.001", "3"], ["2.002", "5"]))
    client.post(url(table), posted(0, ["3.003", "7"]))
    merged = client.post(url(table), posted(1, ["1.001", "3"], ["2.002", "5"], ["3.003", "7"]))
    assert merged.status_code == 302
    table.refresh_from_db()
    assert [row[0] for row in table.rows] == ["1.001", "2.002", "3.003"]


def test_it_checks_ownership(client_for, official_b, viewer_a, table):
    assert client_for(official_b).post(url(table), posted(0, ["x", "1"])).status_code == 404
    assert client_for(viewer_a).post(url(table), posted(0, ["x", "1"])).status_code == 403
    table.refresh_from_db()
    assert table.rows == [["1.001", "3"]]
