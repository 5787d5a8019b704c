"""The six tables of the report on administrative procedure reform (seed 001, Báo cáo số 340/BC-UBND of
UBND huyện Tuy Phước), with their column labels as printed and their merged header cells as groups."""

from django.db import migrations

MA, TEN, STT = ("ma", "Mã TTHC"), ("ten", "Tên TTHC"), ("stt", "STT")
HIEU_QUA = ("hieu_qua", "Đánh giá hiệu quả mang lại")

# (code, name, [(key, label) or (key, label, group)]); adjacent columns of one group share a header cell.
TABLE_TEMPLATES = [
    (
        "don-gian-hoa",
        "Kết quả rà soát, đơn giản hóa thủ tục hành chính",
        [
            STT,
            MA,
            TEN,
            ("quyet_dinh", "Quyết định của UBND tỉnh thông qua Phương án đơn giản hóa"),
            ("giam_thoi_gian", "Giảm thời gian giải quyết (ngày)", "Hình thức đơn giản hóa"),
            ("cat_giam", "Đề xuất cắt giảm thành phần hồ sơ/các bước thực hiện", "Hình thức đơn giản hóa"),
            ("dung_han", "Đúng hạn", "Số lượng hồ sơ đã giải quyết"),
            ("tre_han", "Trễ hạn", "Số lượng hồ sơ đã giải quyết"),
            HIEU_QUA,
        ],
    ),
    (
        "lien-thong",
        "Kết quả tham mưu Quy chế/Quy định thực hiện liên thông nhóm thủ tục hành chính",
        [
            STT,
            (
                "quyet_dinh",
                "Quyết định của UBND tỉnh ban hành Quy chế/Quy định thực hiện liên thông nhóm TTHC",
            ),
            (
                "trien_khai",
                "Công tác triển khai, theo dõi, quản lý, kiểm tra, giám sát việc thực hiện Quy chế/Quy định",
            ),
            ("don_le", "theo từng trường hợp đơn lẻ", "Số lượng hồ sơ giải quyết"),
            ("lien_thong", "Theo nhóm TTHC liên thông", "Số lượng hồ sơ giải quyết"),
            ("kho_khan", "Khó khăn, vướng mắc"),
        ],
    ),
    (
        "tai-cau-truc",
        "Kết quả tái cấu trúc quy trình thực hiện thủ tục hành chính",
        [
            STT,
            MA,
            TEN,
            ("van_ban", "Văn bản thể hiện việc tái cấu trúc"),
            ("noi_dung", "Nội dung tái cấu trúc"),
            HIEU_QUA,
        ],
    ),
    (
        "bieu-mau-dien-tu",
        "Kết quả xây dựng biểu mẫu điện tử để nâng cao chất lượng dịch vụ công trực tuyến",
        [
            STT,
            MA,
            TEN,
            ("van_ban", "Văn bản triển khai của cơ quan/đơn vị/ địa phương"),
            (
                "khong_cung_cap",
                "Người dân, doanh nghiệp không phải cung cấp mẫu đơn, tờ khai (đánh dấu X)",
            ),
            ("so_truong", "Số trường dữ liệu không phải điền lại thông tin"),
            HIEU_QUA,
        ],
    ),
    (
        "phan-cap-uy-quyen",
        "Kết quả phân cấp/ủy quyền giải quyết thủ tục hành chính",
        [
            STT,
            MA,
            TEN,
            ("van_ban", "Văn bản phân cấp/ủy quyền"),
            ("dung_han", "Đúng hạn", "Số lượng hồ sơ phát sinh từ khi phân cấp/ủy quyền"),
            ("tre_han", "Trễ hạn", "Số lượng hồ sơ phát sinh từ khi phân cấp/ủy quyền"),
            HIEU_QUA,
        ],
    ),
    (
        "kien-nghi-phan-mem",
        "Tính năng, chức năng của Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh cần điều chỉnh, bổ sung",
        [
            STT,
            (
                "tinh_nang",
                "Tính năng, chức năng còn thiếu hoặc đã có nhưng chưa tiện ích, cần cải tiến",
            ),
            ("de_xuat", "Đề xuất điều chỉnh/bổ sung mới"),
            ("ghi_chu", "Ghi chú (có thể kèm hình ảnh minh họa)"),
        ],
    ),
]
CODES = [code for code, _name, _columns in TABLE_TEMPLATES]


def columns_of(spec):
    return [
        {"key": column[0], "label": column[1], **({"group": column[2]} if len(column) > 2 else {})} for column in spec
    ]


def load_table_templates(model):
    """Create or update the templates by code; the demo loader calls it too, for a flushed database."""
    return [
        model.objects.update_or_create(code=code, defaults={"name": name, "columns": columns_of(spec)})[0]
        for code, name, spec in TABLE_TEMPLATES
    ]


def load(apps, schema_editor):
    load_table_templates(apps.get_model("reports", "TableTemplate"))


def unload(apps, schema_editor):
    apps.get_model("reports", "TableTemplate").objects.filter(code__in=CODES).delete()


class Migration(migrations.Migration):
    dependencies = [("reports", "0001_initial")]

    operations = [migrations.RunPython(load, unload)]
