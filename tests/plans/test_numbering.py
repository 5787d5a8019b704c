"""The clerk's "Cấp số": the next number of the unit's register, audited, never the same twice."""

import threading
from datetime import date

import pytest
from django.db import connection
from django.urls import reverse

from plans import services
from plans.models import Plan
from portal.models import AuditEntry, RegisterEntry

pytestmark = pytest.mark.django_db


def issued(unit, title="Kế hoạch thử nghiệm", **fields):
    fields = {"symbol": "KH-SKHCN", "start_year": 2026, "end_year": 2026, "issued_on": date(2026, 6, 5), **fields}
    return Plan.objects.create(unit=unit, title=title, status=Plan.Status.ISSUED, **fields)


def test_it_numbers_an_issued_plan_from_the_register_and_audits_it(client_for, clerk_a, unit_a):
    plan = issued(unit_a, signer_name="Nguyễn Văn Thành", recipients="Như trên;\nLưu: VT.")
    response = client_for(clerk_a).post(reverse("plans:plan_number", args=[plan.pk]), follow=True)
    plan.refresh_from_db()
    assert plan.number == 1 and plan.number_symbol == "01/KH-SKHCN"
    assert "Đã cấp số 01/KH-SKHCN từ sổ văn bản đi." in response.content.decode()
    entry = RegisterEntry.objects.get()
    assert (entry.unit, entry.year, entry.issued_on, entry.doc_type) == (unit_a, 2026, date(2026, 6, 5), "Kế hoạch")
    assert entry.signer == "Nguyễn Văn Thành" and entry.numbered_by == clerk_a
    audit = AuditEntry.objects.get(action="plans.plan.numbered")
    assert audit.actor == clerk_a and audit.object_id == str(plan.pk) and audit.data == {"number": "01/KH-SKHCN"}


def test_it_offers_the_button_to_the_clerk_only(client_for, clerk_a, official_a, unit_a):
    plan = issued(unit_a)
    url = reverse("plans:plan_detail", args=[plan.pk])
    assert 'data-testid="number-form"' in client_for(clerk_a).get(url).content.decode()
    assert 'data-testid="number-form"' not in client_for(official_a).get(url).content.decode()


def test_it_refuses_a_draft_or_a_numbered_plan(client_for, clerk_a, unit_a):
    draft = Plan.objects.create(unit=unit_a, title="Dự thảo", symbol="KH-SKHCN", start_year=2026, end_year=2026)
    numbered = issued(unit_a, number=12)
    for plan in (draft, numbered):
        response = client_for(clerk_a).post(reverse("plans:plan_number", args=[plan.pk]), follow=True)
        assert "Chỉ cấp số cho văn bản đã ban hành, chưa có số." in response.content.decode()
    assert not RegisterEntry.objects.exists()


def test_it_checks_ownership(client_for, official_b, viewer_a, official_a, unit_a):
    plan = issued(unit_a)
    url = reverse("plans:plan_number", args=[plan.pk])
    assert client_for(official_b).post(url).status_code == 404
    assert client_for(viewer_a).post(url).status_code == 403
    assert client_for(official_a).post(url).status_code == 403
    assert not RegisterEntry.objects.exists()


# Serialized rollback: a plain flush re-creates content types under new ids, and the next test that restores
# the migrations' data (test_reminder_fault) then collided with them when tests/plans ran on its own.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_it_gives_clerks_clicking_at_once_distinct_consecutive_numbers(clerk_a, unit_a):
    plans = [issued(unit_a, title=f"Kế hoạch {n}") for n in range(6)]
    RegisterEntry.objects.create(
        unit=unit_a, year=2025, number=77, symbol="KH-SKHCN", doc_type="Kế hoạch", title="Năm trước",
        issued_on=date(2025, 12, 30), object_type="x", object_id="1", numbered_by=clerk_a,
    )  # fmt: skip
    start, errors = threading.Barrier(len(plans)), []

    def number(plan):
        try:
            start.wait()
            services.plan_number(plan=plan, by=clerk_a)
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=number, args=(plan,)) for plan in plans]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    numbers = sorted(Plan.objects.filter(pk__in=[p.pk for p in plans]).values_list("number", flat=True))
    assert numbers == [1, 2, 3, 4, 5, 6]  # the year restarts at 1; last year's 77 does not count
    assert sorted(RegisterEntry.objects.filter(year=2026).values_list("number", flat=True)) == numbers
