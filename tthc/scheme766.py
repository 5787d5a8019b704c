"""Decision 766/QĐ-TTg (2022): groups, indicators, thresholds and points, loaded by a data migration.

The points of each indicator inside its group are not fixed by the text we hold ([check] in DOMAIN.md):
they are data, editable in the admin, and a new version is a new scheme row, never an edit of this one.
`source` names the figure of tthc.indicators the ratio comes from; empty means entered by hand.
"""

from datetime import date

SCHEME = {"code": "qd-766", "version": "2022", "name": "Bộ chỉ số phục vụ người dân, doanh nghiệp (QĐ 766/QĐ-TTg)"}
VALID_FROM = (2022, 6, 23)

# (group code, group name, group points, [(code, name, max points, threshold %, source)])
GROUPS = [
    (
        "cong-khai",
        "Công khai, minh bạch",
        18,
        [
            ("cong-bo-dung-han", "Thủ tục hành chính được công bố, công khai đúng hạn", 4, 100, ""),
            ("csdl-quoc-gia", "Công khai thủ tục trên Cơ sở dữ liệu quốc gia đúng hạn", 4, 100, ""),
            ("day-du", "Công khai đầy đủ, chính xác nội dung thủ tục", 4, 100, ""),
            ("dong-bo", "Hồ sơ được đồng bộ lên Cổng Dịch vụ công quốc gia", 6, 100, ""),
        ],
    ),
    (
        "tien-do",
        "Tiến độ, kết quả giải quyết",
        20,
        [
            ("dung-han", "Hồ sơ giải quyết trước hạn và đúng hạn", 14, 100, "on_time_rate"),
            ("thoi-gian", "Thời gian giải quyết trung bình so với quy định", 6, 100, ""),
        ],
    ),
    (
        "truc-tuyen",
        "Cung cấp dịch vụ công trực tuyến",
        22,
        [
            ("tthc-truc-tuyen", "Thủ tục được cung cấp dịch vụ công trực tuyến", 4, 80, "online_procedure_rate"),
            ("phat-sinh", "Thủ tục trực tuyến có phát sinh hồ sơ trực tuyến", 4, 100, "online_active_rate"),
            ("nop-truc-tuyen", "Hồ sơ nộp trực tuyến", 6, 50, "online_rate"),
            ("tt-co-thanh-toan", "Thủ tục có phí được thanh toán trực tuyến", 4, 100, "payable_procedure_rate"),
            ("thanh-toan", "Hồ sơ thanh toán trực tuyến (đã nộp phí)", 4, 100, "online_payment_rate"),
        ],
    ),
    (
        "so-hoa",
        "Số hóa hồ sơ",
        22,
        [
            ("kq-dien-tu", "Hồ sơ được cấp kết quả điện tử", 6, 100, "e_result_rate"),
            ("so-hoa", "Hồ sơ được số hóa thành phần và kết quả", 6, 80, "digitised_rate"),
            ("tai-su-dung", "Hồ sơ khai thác, tái sử dụng dữ liệu số hóa", 6, 80, "reuse_rate"),
            ("vneid", "Hồ sơ xác thực bằng VNeID, Cơ sở dữ liệu dân cư", 4, 100, "vneid_rate"),
        ],
    ),
    (
        "hai-long",
        "Mức độ hài lòng",
        18,
        [
            ("phan-anh-dung-han", "Phản ánh, kiến nghị được xử lý đúng hạn", 6, 100, ""),
            ("hai-long-phan-anh", "Mức độ hài lòng về xử lý phản ánh, kiến nghị", 6, 100, ""),
            ("hai-long-tthc", "Mức độ hài lòng trong giải quyết thủ tục hành chính", 6, 90, ""),
        ],
    ),
]


def load_scheme(scheme_model, criterion_model):
    """Create or update the 2022 scheme; used by the data migration and by tests of a flushed database."""
    scheme, _created = scheme_model.objects.update_or_create(
        code=SCHEME["code"],
        version=SCHEME["version"],
        defaults={"name": SCHEME["name"], "valid_from": date(*VALID_FROM)},
    )
    order = 0
    for group_code, group_name, group_points, criteria in GROUPS:
        for code, name, points, threshold, source in criteria:
            order += 1
            criterion_model.objects.update_or_create(
                scheme=scheme,
                code=code,
                defaults={
                    "group_code": group_code,
                    "group_name": group_name,
                    "group_points": group_points,
                    "name": name,
                    "max_points": points,
                    "threshold": threshold,
                    "source": source,
                    "order": order,
                },
            )
    return scheme
