"""Crafted or mistyped parameters get a message or a 400, never a server error."""

import pytest
from django.urls import reverse

from reports.models import Report, ReportTable, TableTemplate
from tests.factories import MembershipFactory


@pytest.fixture
def receiver(subtree_duty):
    return MembershipFactory(unit=subtree_duty.recipient, role="official").user


@pytest.mark.parametrize("params", [{"year": "abc"}, {"year": 2026, "number": "xx"}, {"year": 99999}])
def test_it_falls_back_to_the_plans_year_on_a_bad_consolidation_period(client_for, receiver, subtree_duty, params):
    response = client_for(receiver).get(reverse("reports:consolidation", args=[subtree_duty.pk]), params)
    assert response.status_code == 200
    assert (response.context["result"].year, response.context["result"].number) == (2026, None)
    assert "Năm hoặc kỳ báo cáo không hợp lệ" in response.content.decode()


def test_it_consolidates_nothing_for_a_bad_period(client_for, receiver, subtree_duty):
    url = reverse("reports:consolidation", args=[subtree_duty.pk])
    response = client_for(receiver).post(url, {"year": "abc"})
    assert response.status_code == 302 and response.url == url
    assert not Report.objects.exists()


def test_it_answers_400_to_a_crafted_table_or_editor_post(client_for, official_a, report):
    template = TableTemplate.objects.create(name="Bảng", code="bang", columns=[{"key": "a", "label": "Cột A"}])
    table = ReportTable.objects.create(report=report, template=template, rows=[["giữ nguyên"]])
    client = client_for(official_a)
    url = reverse("reports:table_edit", args=[report.pk, table.pk])
    assert client.post(url, {"rows": "abc", "lock_version": 0, "r0c0": "x"}).status_code == 400
    assert client.post(url, {"rows": 1, "lock_version": "abc", "r0c0": "x"}).status_code == 400
    table.refresh_from_db()
    assert table.rows == [["giữ nguyên"]]
    edit = reverse("reports:report_edit", args=[report.pk])
    assert client.post(edit, {"lock_version": "abc"}).status_code == 400


@pytest.mark.parametrize("value", ["abc", "²", "٣"])
def test_it_ignores_a_year_or_unit_that_is_no_plain_number(client_for, leader_top, value):
    client = client_for(leader_top)
    params = {"year": value, "unit": value, "plan": value, "indicator": value}
    assert client.get(reverse("reports:dashboard"), params).status_code == 200
    assert client.get(reverse("reports:report_list"), {"year": value}).status_code == 200
