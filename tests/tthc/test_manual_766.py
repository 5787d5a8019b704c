"""Values of Decision 766 that dossiers cannot give are typed on the 766 page by the unit's officials and
leaders; viewers may not, outsiders do not see the unit."""

import io
from decimal import Decimal

import openpyxl
import pytest
from django.urls import reverse

from portal.models import AuditEntry
from tthc.indicators import score_766
from tthc.models import Criterion766, ManualValue766

pytestmark = pytest.mark.django_db


@pytest.fixture
def criterion():
    return Criterion766.objects.filter(source="").order_by("order").first()


def _post(client, unit, criterion, value="87.5"):
    url = reverse("tthc:manual_766", args=[unit.pk]) + "?nam=2025"
    return client.post(url, {"criterion": criterion.pk, "value": value, "evidence": "Báo cáo số 12/BC-UBND"})


@pytest.mark.parametrize("persona", ["official_a", "leader_a"])
def test_it_saves_a_hand_entered_value_that_counts_in_the_score(request, client_for, unit_a, criterion, persona):
    response = _post(client_for(request.getfixturevalue(persona)), unit_a, criterion)
    assert response.status_code == 302 and response.url.endswith("?nam=2025")
    manual = ManualValue766.objects.get(unit=unit_a, criterion=criterion, year=2025)
    assert (manual.value, manual.evidence) == (Decimal("87.50"), "Báo cáo số 12/BC-UBND")
    scored = next(c for g in score_766(unit_a, 2025).groups for c in g.criteria if c.code == criterion.code)
    assert scored.value == Decimal("87.50") and scored.manual and scored.points > 0
    assert AuditEntry.objects.filter(action="tthc.manual766.saved").exists()


def test_it_shows_and_exports_what_a_hand_entered_value_rests_on(client_for, official_a, viewer_a, unit_a, criterion):
    _post(client_for(official_a), unit_a, criterion)
    url = reverse("tthc:score_766", args=[unit_a.pk]) + "?nam=2025"
    assert "Căn cứ: Báo cáo số 12/BC-UBND" in client_for(viewer_a).get(url).text
    sheet = openpyxl.load_workbook(io.BytesIO(client_for(viewer_a).get(url + "&format=xlsx").content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][-2:] == ("Nguồn", "Căn cứ")
    assert next(row for row in rows if row[1] == criterion.name)[-2:] == ("Nhập tay", "Báo cáo số 12/BC-UBND")


def test_it_replaces_the_previous_value_of_the_year(client_for, official_a, unit_a, criterion):
    _post(client_for(official_a), unit_a, criterion, "50")
    _post(client_for(official_a), unit_a, criterion, "60")
    assert list(ManualValue766.objects.values_list("value", flat=True)) == [Decimal("60.00")]


def test_it_shows_the_form_to_officials_only(client_for, official_a, viewer_a, unit_a, criterion):
    url = reverse("tthc:score_766", args=[unit_a.pk]) + "?nam=2025"
    assert 'data-testid="manual-766"' in client_for(official_a).get(url).text
    assert 'data-testid="manual-766"' not in client_for(viewer_a).get(url).text


def test_it_refuses_a_value_out_of_range(client_for, official_a, unit_a, criterion):
    response = _post(client_for(official_a), unit_a, criterion, "120")
    assert response.status_code == 200 and not ManualValue766.objects.exists()
    assert response.context["form"].errors["value"]


def test_it_refuses_a_read_only_member(client_for, viewer_a, unit_a, criterion):
    assert _post(client_for(viewer_a), unit_a, criterion).status_code == 403
    assert not ManualValue766.objects.exists()


def test_it_checks_ownership(client_for, official_b, unit_a, criterion):
    assert _post(client_for(official_b), unit_a, criterion).status_code == 404


def test_it_tells_criteria_to_type_from_criteria_that_wait_for_dossiers(client_for, official_a, unit_a, criterion):
    """A year without dossiers: the dossier criteria are not for typing, so the page says what fills them."""
    page = client_for(official_a).get(reverse("tthc:score_766", args=[unit_a.pk]) + "?nam=2025").text
    score = score_766(unit_a, 2025)
    manual, computed = len(score.missing_manual), len(score.missing_computed)
    assert manual == Criterion766.objects.filter(source="").count()
    assert computed and manual + computed == len(score.missing)
    assert f"{manual} chỉ số nhập tay chưa có giá trị" in page
    assert f"{computed} chỉ số tính từ hồ sơ chưa có số liệu (tính 0 điểm): năm 2025 chưa có hồ sơ" in page
    assert reverse("tthc:upload", args=[unit_a.pk]) in page
