"""A refused extension request comes back with what was typed and its error at its own row, not as a bare
message at the top of a list of a hundred deadlines."""

import datetime
import re

import pytest
from django.urls import reverse

from plans import deadlines
from plans.models import ExtensionRequest, Occurrence, Plan


@pytest.fixture
def occurrence(plan_a):
    Plan.objects.filter(pk=plan_a.pk).update(status=Plan.Status.ISSUED)
    deadlines.occurrences_sync(today=datetime.date(2026, 5, 1))
    return Occurrence.objects.get()


def _row_form(page, occurrence):
    return re.search(rf'data-testid="extension-form-{occurrence.pk}">(.*?)</form>', page, re.S).group(1)


def test_it_keeps_the_reason_and_shows_the_error_at_its_row(client_for, official_a, occurrence):
    url = reverse("plans:extension_create", args=[occurrence.pk])
    response = client_for(official_a).post(url, {"requested_date": "2026-06-01", "reason": "Chờ số liệu <quý 2>"})
    assert response.status_code == 200
    page = response.content.decode()
    form = _row_form(page, occurrence)
    assert "Ngày xin gia hạn phải sau hạn hiện tại (05/06/2026)." in form
    assert ">Chờ số liệu &lt;quý 2&gt;</textarea>" in form
    assert 'value="2026-06-01"' in form and 'aria-invalid="true"' in form
    assert '<details class="d-inline-block text-start" open><summary class="btn btn-sm btn-outline-secondary">' in page
    assert "Chưa gửi được đề nghị gia hạn cho việc “Rà soát, đơn giản hóa thủ tục hành chính”" in page
    assert not ExtensionRequest.objects.exists()


def test_it_keeps_the_unit_filter_of_the_list(client_for, official_a, occurrence, unit_a1):
    client = client_for(official_a)
    url = reverse("plans:extension_create", args=[occurrence.pk]) + f"?unit={unit_a1.pk}"
    page = client.post(url, {"requested_date": "2026-06-01", "reason": "Chờ số liệu"}).content.decode()
    assert f'action="{url}"' in page.replace("&amp;", "&")
    response = client.post(url, {"requested_date": "2026-06-30", "reason": "Chờ số liệu"})
    assert response.url == reverse("plans:deadlines") + f"?unit={unit_a1.pk}"
