import io

from django.core.management import call_command

from portal.models import Membership, OrgUnit, User


def test_it_loads_the_units_of_the_example_documents_once(db):
    call_command("load_demo", stdout=io.StringIO())
    counts = (OrgUnit.objects.count(), User.objects.count(), Membership.objects.count())
    call_command("load_demo", stdout=io.StringIO())
    assert (OrgUnit.objects.count(), User.objects.count(), Membership.objects.count()) == counts

    skhcn = OrgUnit.objects.get(abbreviation="SKHCN")
    assert skhcn.parent.name == "Ủy ban nhân dân tỉnh Quảng Ngãi"
    assert skhcn.children.count() == 7
    assert OrgUnit.objects.get(code="hcm-nhabe-mamnon").governing_body == "Ủy ban nhân dân huyện Nhà Bè"
    nhan_ly = OrgUnit.objects.get(name="Ủy ban nhân dân xã Nhân Lý")
    assert nhan_ly.children.filter(kind=OrgUnit.Kind.VILLAGE).count() == 22
    assert nhan_ly.children.filter(name="Công an xã Nhân Lý").exists()
    assert OrgUnit.objects.get(code="tqg-tp").place_name == "TP. Tuyên Quang"
    assert OrgUnit.objects.get(code="bdi-tuyphuoc").valid_to.isoformat() == "2025-06-30"
    assert OrgUnit.objects.get(code="qng-skhdt").successor.name == "Sở Tài chính"


def test_it_gives_one_demo_account_per_role(db):
    call_command("load_demo", stdout=io.StringIO())
    roles = set(Membership.objects.filter(unit__code="qng-skhcn").values_list("role", flat=True))
    assert roles == set(Membership.Role.values) - {Membership.Role.OFFICIAL}
    assert Membership.objects.get(user__username="chuyenvien").role == Membership.Role.OFFICIAL
    leader = User.objects.get(username="giamdoc")
    assert (leader.full_name, leader.position) == ("Nguyễn Văn Thành", "Giám đốc")
    assert leader.check_password("demo2026")
    assert User.objects.get(username="admin").is_superuser
