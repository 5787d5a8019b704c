"""The authority block of the closing (Nghị định 30, ô 7a) from the signer fields of a plan or report."""

import pytest

from plans.models import Plan
from portal.documents import signer_lines


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
