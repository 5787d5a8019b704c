"""A new report starts with the closing block the unit last signed, so its PDF has a signer and a "Nơi nhận"
from the start: reports made from a duty started with both empty and printed neither."""

import pytest

from plans.models import Plan
from reports import services

pytestmark = pytest.mark.django_db


def _new(duty, unit, by, number=3):
    return services.report_create(unit=unit, by=by, kind="quarterly", year=2026, number_in_year=number, duty=duty)


def test_it_takes_the_closing_of_the_units_last_report_of_the_duty(report, duty, unit_a, official_a):
    report.signer_authority, report.signer_position, report.signer_name = "KT.", "PHÓ GIÁM ĐỐC", "Trần Công Hòa"
    report.signer_collective, report.recipients = "GIÁM ĐỐC", "Sở Tư pháp;\nLưu: VT, QLCN."
    report.save()
    later = _new(duty, unit_a, official_a)
    assert (later.signer_authority, later.signer_collective, later.signer_position, later.signer_name) == (
        "KT.",
        "GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Trần Công Hòa",
    )
    assert later.recipients == "Sở Tư pháp;\nLưu: VT, QLCN."


def test_without_a_signed_report_it_takes_the_signer_of_the_units_issued_plan(duty, unit_a, unit_b, official_a):
    Plan.objects.filter(pk=duty.plan_id).update(
        signer_authority="KT.", signer_collective="GIÁM ĐỐC", signer_position="PHÓ GIÁM ĐỐC", signer_name="Lê Văn A"
    )
    report = _new(duty, unit_a, official_a)
    assert (report.signer_position, report.signer_name) == ("PHÓ GIÁM ĐỐC", "Lê Văn A")
    assert report.recipients == f"{unit_b.name};\nLưu: VT."


def test_a_units_first_report_keeps_at_least_the_archive(duty, unit_a, official_a):
    report = _new(duty, unit_a, official_a)
    assert report.signer_name == "" and report.recipients.endswith("Lưu: VT.")
