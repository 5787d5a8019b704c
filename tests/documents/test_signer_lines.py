"""The authority block of the closing (Nghị định 30, ô 7a) from the signer fields of a plan or report."""

import pytest
from django.urls import reverse

from plans.models import Plan
from portal.documents import signer_lines
from reports.models import Report


@pytest.mark.parametrize(
    ("authority", "collective", "head", "position", "expected"),
    [
        # A deputy signing for the chairman of a People's Committee signs on the committee's behalf.
        ("KT.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]),
        ("TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]),
        # As the demo's report types it: the head with its own prefix.
        (
            "TM.",
            "ỦY BAN NHÂN DÂN",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        ),
        # A department has no collective: the head's title follows the authority.
        ("KT.", "GIÁM ĐỐC", "", "PHÓ GIÁM ĐỐC", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]),
        # … or in the head's box, as its label asks: "KT." printed alone on a line above "GIÁM ĐỐC".
        ("KT.", "", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]),
        ("", "", "GIÁM ĐỐC", "", ["GIÁM ĐỐC"]),
        ("", "", "", "GIÁM ĐỐC", ["GIÁM ĐỐC"]),
        (
            "TL.",
            "ỦY BAN NHÂN DÂN",
            "CHỦ TỊCH",
            "CHÁNH VĂN PHÒNG",
            ["TM. ỦY BAN NHÂN DÂN", "TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"],
        ),
    ],
)
def test_it_prints_the_authority_block_as_the_decree_does(authority, collective, head, position, expected):
    plan = Plan(signer_authority=authority, signer_collective=collective, signer_head=head, signer_position=position)
    assert signer_lines(plan) == expected


DEPUTY = {
    "signer_authority": "KT.",
    "signer_collective": "ỦY BAN NHÂN DÂN",
    "signer_head": "CHỦ TỊCH",
    "signer_position": "PHÓ CHỦ TỊCH",
    "signer_name": "Nguyễn Hùng Tân",
}


def test_the_plan_and_report_pages_show_the_block_as_the_pdf_prints_it(client_for, official_a, plan_a, unit_a):
    Plan.objects.filter(pk=plan_a.pk).update(**DEPUTY)
    report = Report.objects.create(unit=unit_a, kind="monthly", year=2026, title="Báo cáo tháng 6", **DEPUTY)
    client = client_for(official_a)
    for url in (reverse("plans:plan_detail", args=[plan_a.pk]), reverse("reports:report_detail", args=[report.pk])):
        page = client.get(url).content.decode()
        # The pages printed "KT. ỦY BAN NHÂN DÂN / CHỦ TỊCH", a form the decree does not know and the PDF corrects.
        assert "TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH<br>" in page, url
        assert "KT. ỦY BAN NHÂN DÂN" not in page, url


def test_the_plan_and_report_pages_list_the_recipients_as_the_pdf_does(client_for, official_a, plan_a, unit_a):
    recipients = "Như trên;\n- Giám đốc Sở (để báo cáo);\nLưu: VT."
    Plan.objects.filter(pk=plan_a.pk).update(recipients=recipients)
    report = Report.objects.create(
        unit=unit_a, kind="monthly", year=2026, title="Báo cáo tháng 6", recipients=recipients
    )
    client = client_for(official_a)
    for url in (reverse("plans:plan_detail", args=[plan_a.pk]), reverse("reports:report_detail", args=[report.pk])):
        page = client.get(url).content.decode()
        # The pages left off the "- " the PDF puts before each line the clerk wrote without one.
        assert "- Như trên;<br>- Giám đốc Sở (để báo cáo);<br>- Lưu: VT." in page, url
