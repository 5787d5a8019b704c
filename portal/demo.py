"""Units and people of the example documents (../shared/seeds), for `manage.py load_demo`.

Units that the documents name but whose details they do not give (the 22 villages of Nhân Lý,
the officials below the signers) carry neutral names; a real commune replaces them by importing
its own sheet.
"""

import datetime

from django.db import transaction
from django.utils import timezone

from .models import Membership, OrgUnit, RegisterEntry, User

DEMO_PASSWORD = "demo2026"
K = OrgUnit.Kind
R = Membership.Role
DISTRICTS_END = datetime.date(2025, 6, 30)  # district level abolished from 1/7/2025

# (code, parent code, kind, name, short name, abbreviation, place name, extra fields)
UNITS = [
    ("qng", None, K.PROVINCE, "Ủy ban nhân dân tỉnh Quảng Ngãi", "UBND tỉnh Quảng Ngãi", "UBND", "Quảng Ngãi", {}),
    ("qng-skhcn", "qng", K.DEPARTMENT, "Sở Khoa học và Công nghệ", "Sở KH&CN Quảng Ngãi", "SKHCN", "Quảng Ngãi", {}),
    ("qng-skhcn-vp", "qng-skhcn", K.DIVISION, "Văn phòng Sở", "Văn phòng Sở", "VP", "Quảng Ngãi", {}),
    ("qng-skhcn-khtc", "qng-skhcn", K.DIVISION, "Phòng Kế hoạch - Tài chính", "Phòng KH-TC", "KHTC", "Quảng Ngãi", {}),
    (
        "qng-skhcn-qlcn",
        "qng-skhcn",
        K.DIVISION,
        "Phòng Quản lý công nghệ, thị trường công nghệ và chuyên ngành",
        "Phòng QLCN",
        "QLCN",
        "Quảng Ngãi",
        {},
    ),
    ("qng-skhcn-qlkh", "qng-skhcn", K.DIVISION, "Phòng Quản lý Khoa học", "Phòng QLKH", "QLKH", "Quảng Ngãi", {}),
    (
        "qng-skhcn-qlcs",
        "qng-skhcn",
        K.DIVISION,
        "Phòng Quản lý khoa học và công nghệ cơ sở",
        "Phòng QLKH&CN cơ sở",
        "QLCS",
        "Quảng Ngãi",
        {},
    ),
    (
        "qng-skhcn-tdc",
        "qng-skhcn",
        K.DIVISION,
        "Chi cục Tiêu chuẩn Đo lường Chất lượng",
        "Chi cục TĐC",
        "TĐC",
        "Quảng Ngãi",
        {},
    ),
    (
        "qng-skhcn-ttud",
        "qng-skhcn",
        K.DIVISION,
        "Trung tâm Ứng dụng và Dịch vụ khoa học và công nghệ",
        "Trung tâm Ứng dụng và Dịch vụ KH&CN",
        "TTUD",
        "Quảng Ngãi",
        {},
    ),
    ("qng-sct", "qng", K.DEPARTMENT, "Sở Công Thương", "Sở Công Thương Quảng Ngãi", "SCT", "Quảng Ngãi", {}),
    ("qng-stp", "qng", K.DEPARTMENT, "Sở Tư pháp", "Sở Tư pháp Quảng Ngãi", "STP", "Quảng Ngãi", {}),
    ("qng-stc", "qng", K.DEPARTMENT, "Sở Tài chính", "Sở Tài chính Quảng Ngãi", "STC", "Quảng Ngãi", {}),
    (
        "qng-skhdt",
        "qng",
        K.DEPARTMENT,
        "Sở Kế hoạch và Đầu tư",
        "Sở KH&ĐT Quảng Ngãi",
        "SKHĐT",
        "Quảng Ngãi",
        {"valid_to": datetime.date(2025, 2, 28), "successor": "qng-stc"},
    ),
    ("gli", None, K.PROVINCE, "Ủy ban nhân dân tỉnh Gia Lai", "UBND tỉnh Gia Lai", "UBND", "Gia Lai", {}),
    (
        "bdi",
        None,
        K.PROVINCE,
        "Ủy ban nhân dân tỉnh Bình Định",
        "UBND tỉnh Bình Định",
        "UBND",
        "Bình Định",
        {"valid_to": DISTRICTS_END, "successor": "gli"},
    ),
    (
        "bdi-vpubnd",
        "bdi",
        K.DEPARTMENT,
        "Văn phòng Ủy ban nhân dân tỉnh Bình Định",
        "Văn phòng UBND tỉnh Bình Định",
        "VPUBND",
        "Bình Định",
        {"valid_to": DISTRICTS_END},
    ),
    (
        "bdi-tuyphuoc",
        "bdi",
        K.DISTRICT,
        "Ủy ban nhân dân huyện Tuy Phước",
        "UBND huyện Tuy Phước",
        "UBND",
        "Tuy Phước",
        {"valid_to": DISTRICTS_END},
    ),
    (
        "bdi-tuyphuoc-vp",
        "bdi-tuyphuoc",
        K.DIVISION,
        "Văn phòng HĐND và UBND huyện Tuy Phước",
        "Văn phòng HĐND&UBND huyện",
        "VP",
        "Tuy Phước",
        {"valid_to": DISTRICTS_END},
    ),
    (
        "bdi-tuyphuoc-bptn",
        "bdi-tuyphuoc",
        K.DIVISION,
        "Bộ phận Tiếp nhận và Trả kết quả huyện Tuy Phước",
        "Bộ phận một cửa huyện",
        "BPTN",
        "Tuy Phước",
        {"valid_to": DISTRICTS_END},
    ),
    (
        "hcm",
        None,
        K.PROVINCE,
        "Ủy ban nhân dân Thành phố Hồ Chí Minh",
        "UBND Thành phố Hồ Chí Minh",
        "UBND",
        "Thành phố Hồ Chí Minh",
        {},
    ),
    (
        "hcm-nhabe",
        "hcm",
        K.DISTRICT,
        "Ủy ban nhân dân huyện Nhà Bè",
        "UBND huyện Nhà Bè",
        "UBND",
        "Nhà Bè",
        {"valid_to": DISTRICTS_END},
    ),
    (
        "hcm-nhabe-gddt",
        "hcm-nhabe",
        K.DIVISION,
        "Phòng Giáo dục và Đào tạo huyện Nhà Bè",
        "Phòng GD&ĐT Nhà Bè",
        "GDĐT",
        "Nhà Bè",
        {"valid_to": DISTRICTS_END},
    ),
    (
        "hcm-nhabe-mamnon",
        "hcm-nhabe",
        K.SCHOOL,
        "Trường Mầm non Mạ Non",
        "Trường MN Mạ Non",
        "TMNMN",
        "Nhà Bè",
        {"governing_body_name": "Ủy ban nhân dân huyện Nhà Bè"},
    ),
    ("lsn", None, K.PROVINCE, "Ủy ban nhân dân tỉnh Lạng Sơn", "UBND tỉnh Lạng Sơn", "UBND", "Lạng Sơn", {}),
    ("lsn-nhanly", "lsn", K.COMMUNE, "Ủy ban nhân dân xã Nhân Lý", "UBND xã Nhân Lý", "UBND", "Nhân Lý", {}),
    # Công an xã answers to the province's police, whose name heads its documents, while it reports to the
    # commune's committee on the commune's plans.
    (
        "lsn-nhanly-ca",
        "lsn-nhanly",
        K.POLICE,
        "Công an xã Nhân Lý",
        "Công an xã",
        "CAX",
        "Nhân Lý",
        {"governing_body_name": "Công an tỉnh Lạng Sơn"},
    ),
    (
        "lsn-nhanly-vp",
        "lsn-nhanly",
        K.DIVISION,
        "Văn phòng HĐND và UBND xã Nhân Lý",
        "Văn phòng HĐND và UBND",
        "VP",
        "Nhân Lý",
        {},
    ),
    ("lsn-nhanly-vhxh", "lsn-nhanly", K.DIVISION, "Phòng Văn hóa - Xã hội", "Phòng VH-XH", "VHXH", "Nhân Lý", {}),
    ("lsn-nhanly-kt", "lsn-nhanly", K.DIVISION, "Phòng Kinh tế", "Phòng Kinh tế", "KT", "Nhân Lý", {}),
    (
        "lsn-nhanly-hcc",
        "lsn-nhanly",
        K.DIVISION,
        "Trung tâm Phục vụ hành chính công xã Nhân Lý",
        "Trung tâm Phục vụ HCC",
        "TTPVHCC",
        "Nhân Lý",
        {},
    ),
    (
        "lsn-nhanly-dvci",
        "lsn-nhanly",
        K.DIVISION,
        "Trung tâm Dịch vụ công ích xã Nhân Lý",
        "Trung tâm Dịch vụ công ích",
        "TTDVCI",
        "Nhân Lý",
        {},
    ),
    *[
        (f"lsn-nhanly-thon{n:02d}", "lsn-nhanly", K.VILLAGE, f"Thôn {n:02d}", f"Thôn {n:02d}", "", "Nhân Lý", {})
        for n in range(1, 23)
    ],
    ("tqg", None, K.PROVINCE, "Ủy ban nhân dân tỉnh Tuyên Quang", "UBND tỉnh Tuyên Quang", "UBND", "Tuyên Quang", {}),
    (
        "tqg-tp",
        "tqg",
        K.DISTRICT,
        "Ủy ban nhân dân thành phố Tuyên Quang",
        "UBND thành phố Tuyên Quang",
        "UBND",
        "TP. Tuyên Quang",
        {"valid_to": DISTRICTS_END},
    ),
    (
        "tqg-tp-vp",
        "tqg-tp",
        K.DIVISION,
        "Văn phòng HĐND và UBND thành phố Tuyên Quang",
        "Văn phòng HĐND và UBND thành phố",
        "VP",
        "TP. Tuyên Quang",
        {"valid_to": DISTRICTS_END},
    ),
    (
        "tqg-tp-vhtt",
        "tqg-tp",
        K.DIVISION,
        "Phòng Văn hóa và Thông tin thành phố Tuyên Quang",
        "Phòng VH&TT thành phố",
        "VHTT",
        "TP. Tuyên Quang",
        {"valid_to": DISTRICTS_END},
    ),
    (
        "tqg-tp-tp",
        "tqg-tp",
        K.DIVISION,
        "Phòng Tư pháp thành phố Tuyên Quang",
        "Phòng Tư pháp thành phố",
        "TP",
        "TP. Tuyên Quang",
        {"valid_to": DISTRICTS_END},
    ),
    (
        "tqg-tp-ttvh",
        "tqg-tp",
        K.DIVISION,
        "Trung tâm Văn hóa, Truyền thông và Thể thao thành phố Tuyên Quang",
        "Trung tâm VH, TT&TT thành phố",
        "TTVHTTTT",
        "TP. Tuyên Quang",
        {"valid_to": DISTRICTS_END},
    ),
    (
        "tqg-tp-bbt",
        "tqg-tp",
        K.BOARD,
        "Ban Biên tập Trang thông tin điện tử thành phố Tuyên Quang",
        "Ban Biên tập Trang TTĐT",
        "BBT",
        "TP. Tuyên Quang",
        {"valid_to": DISTRICTS_END},
    ),
]

# (username, full name, position, [(unit code, role)], is superuser)
PEOPLE = [
    ("admin", "Quản trị hệ thống", "Quản trị hệ thống", [], True),
    ("giamdoc", "Nguyễn Văn Thành", "Giám đốc", [("qng-skhcn", R.LEADER)], False),
    ("pgd.hoa", "Trần Công Hòa", "Phó Giám đốc", [("qng-skhcn", R.LEADER)], False),
    ("pgd.hieu", "Phan Văn Hiếu", "Phó Giám đốc", [("qng-skhcn", R.LEADER)], False),
    ("chuyenvien", "Võ Thị Thu Hà", "Chuyên viên Phòng QLCN", [("qng-skhcn-qlcn", R.OFFICIAL)], False),
    ("vanthu", "Đỗ Thị Lan", "Văn thư Văn phòng Sở", [("qng-skhcn", R.CLERK)], False),
    ("quantri", "Huỳnh Văn Tâm", "Chánh Văn phòng Sở", [("qng-skhcn", R.UNIT_ADMIN)], False),
    ("xem", "Phạm Quốc Bảo", "Chuyên viên Phòng KH-TC", [("qng-skhcn", R.VIEWER)], False),
    ("tuyphuoc.pct", "Nguyễn Hùng Tân", "Phó Chủ tịch UBND huyện", [("bdi-tuyphuoc", R.LEADER)], False),
    (
        "tuyphuoc.cv",
        "Lê Văn Phúc",
        "Chuyên viên Văn phòng HĐND và UBND huyện",
        [("bdi-tuyphuoc-vp", R.OFFICIAL)],
        False,
    ),
    ("mamnon.ht", "Nguyễn Thị Hồng", "Hiệu trưởng", [("hcm-nhabe-mamnon", R.LEADER)], False),
    ("mamnon.cv", "Trần Thị Mai", "Giáo viên, cán bộ đầu mối CCHC", [("hcm-nhabe-mamnon", R.OFFICIAL)], False),
    ("nhanly.ct", "Hoàng Văn Dũng", "Chủ tịch UBND xã", [("lsn-nhanly", R.LEADER)], False),
    ("nhanly.ca", "Lương Văn Khánh", "Trưởng Công an xã", [("lsn-nhanly-ca", R.LEADER)], False),
    ("nhanly.vt", "Vi Thị Hạnh", "Văn thư Văn phòng HĐND và UBND xã", [("lsn-nhanly", R.CLERK)], False),
    ("tuyenquang.ct", "Tô Hoàng Linh", "Chủ tịch UBND thành phố", [("tqg-tp", R.LEADER)], False),
]

# The accounts `make run` prints: one per role, and first the one whose plans run in the current year (the
# Sở's plan of seed 000 ended in 2025, so its dashboard opens on an empty year).
ROLE_ACCOUNTS = [
    ("nhanly.ct", "Lãnh đạo UBND xã Nhân Lý: kế hoạch, báo cáo và số liệu TTHC năm 2026"),
    ("admin", "Quản trị hệ thống"),
    ("giamdoc", "Lãnh đạo (Giám đốc Sở KH&CN Quảng Ngãi; Kế hoạch PCI 2021 – 2025)"),
    ("chuyenvien", "Chuyên viên (Phòng QLCN)"),
    ("vanthu", "Văn thư (Sở KH&CN)"),
    ("quantri", "Quản trị đơn vị (Sở KH&CN)"),
    ("xem", "Chỉ xem (Sở KH&CN)"),
]


@transaction.atomic
def load_units_and_people():
    """Create or update the demo units and people; running it again changes nothing."""
    units = {}
    for code, parent, kind, name, short, abbreviation, place, extra in UNITS:
        fields = {
            "parent": units.get(parent),
            "kind": kind,
            "name": name,
            "short_name": short,
            "abbreviation": abbreviation,
            "place_name": place,
            **{key: value for key, value in extra.items() if key != "successor"},
        }
        units[code] = upsert(OrgUnit, {"code": code}, fields)
    for code, _parent, _kind, _name, _short, _abbr, _place, extra in UNITS:
        if "successor" in extra and units[code].successor_id != units[extra["successor"]].pk:
            units[code].successor = units[extra["successor"]]
            units[code].save()
    for username, full_name, position, memberships, superuser in PEOPLE:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "full_name": full_name,
                "position": position,
                "email": f"{username}@demo.congkehoach.vn",
                "is_superuser": superuser,
                "is_staff": superuser,
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
        for code, role in memberships:
            Membership.objects.get_or_create(user=user, unit=units[code], role=role)
    return units


def upsert(model, keys, fields):
    """get_or_create on `keys`, then save only the fields that differ, so that loading the demo again
    writes nothing (no new history rows, no new updated_at). Shared by every app's demo loader. Where people
    made rows with the same keys (a demo plan copied to the next year keeps its title), the demo's is the first
    made; theirs are left alone."""
    obj = model.objects.filter(**keys).order_by("pk").first()
    if obj is None:
        return model.objects.create(**keys, **fields)
    changed = [name for name, value in fields.items() if _differs(obj, name, value)]
    if changed:
        for name in changed:
            setattr(obj, name, fields[name])
        obj.save()
    return obj


def _differs(obj, name, value):
    field = obj._meta.get_field(name)
    if field.is_relation:  # compare ids, without fetching the related row
        return getattr(obj, field.attname) != (value.pk if value is not None else None)
    return getattr(obj, name) != value


def register_numbered(obj, *, doc_type, recipients):
    """The register line of a demo document that came already numbered (as the seeds are), so that the unit's
    clerk numbers the next one after it rather than from 01. Entered by the unit's clerk, or the administrator
    where the unit has none, at 8:00 on the document's date."""
    clerks = User.objects.filter(memberships__unit=obj.unit, memberships__role=Membership.Role.CLERK)
    by = clerks.order_by("pk").first() or User.objects.filter(is_superuser=True).order_by("pk").first()
    fields = {
        "unit": obj.unit,
        "year": obj.issued_on.year,
        "number": obj.number,
        "symbol": obj.symbol,
        "doc_type": str(doc_type),
        "title": obj.title,
        "issued_on": obj.issued_on,
        "signer": obj.signer_name,
        "recipients": recipients,
        "numbered_by": by,
        "numbered_at": timezone.make_aware(datetime.datetime.combine(obj.issued_on, datetime.time(8))),
    }
    return upsert(RegisterEntry, {"object_type": obj._meta.label_lower, "object_id": str(obj.pk)}, fields)
