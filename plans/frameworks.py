"""The indicator frameworks shipped with the app (../shared/DOMAIN.md); versions are kept as data."""

FRAMEWORKS = [
    {
        "code": "pci",
        "version": "2013",
        "name": "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)",
        "components": [
            ("gia-nhap-thi-truong", "Chi phí gia nhập thị trường", 5, None),
            ("tiep-can-dat-dai", "Tiếp cận đất đai", 5, None),
            ("minh-bach", "Tính minh bạch", 20, None),
            ("chi-phi-thoi-gian", "Chi phí thời gian", 5, None),
            ("chi-phi-khong-chinh-thuc", "Chi phí không chính thức", 10, None),
            ("canh-tranh-binh-dang", "Cạnh tranh bình đẳng", 5, None),
            ("nang-dong", "Tính năng động của chính quyền tỉnh", 5, None),
            ("ho-tro-doanh-nghiep", "Dịch vụ hỗ trợ doanh nghiệp", 20, None),
            ("dao-tao-lao-dong", "Đào tạo lao động", 20, None),
            ("thiet-che-phap-ly", "Thiết chế pháp lý và an ninh trật tự", 5, None),
        ],
    },
    {
        "code": "par",
        "version": "2023",
        "name": "Chỉ số cải cách hành chính (PAR Index)",
        "components": [
            ("chi-dao-dieu-hanh", "Công tác chỉ đạo, điều hành cải cách hành chính", None, None),
            ("van-ban-qppl", "Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật", None, None),
            ("cai-cach-tthc", "Cải cách thủ tục hành chính", None, None),
            ("to-chuc-bo-may", "Cải cách tổ chức bộ máy hành chính nhà nước", None, None),
            ("che-do-cong-vu", "Cải cách chế độ công vụ", None, None),
            ("tai-chinh-cong", "Cải cách tài chính công", None, None),
            ("chinh-quyen-so", "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", None, None),
            (
                "tac-dong",
                "Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội",
                None,
                None,
            ),
        ],
    },
    {
        "code": "de-an-06",
        "version": "2022",
        "name": "Đề án 06 (dữ liệu dân cư, định danh và xác thực điện tử)",
        "components": [
            ("dinh-danh", "Định danh và xác thực điện tử (VNeID)", None, None),
            ("dich-vu-cong", "Dịch vụ công trực tuyến và thủ tục liên thông", None, None),
            ("du-lieu-dan-cu", "Làm sạch dữ liệu dân cư “đúng, đủ, sạch, sống”", None, None),
            ("an-sinh", "Chi trả an sinh xã hội không dùng tiền mặt", None, None),
            ("so-hoa", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", None, None),
        ],
    },
    {
        "code": "qd-766",
        "version": "2022",
        "name": "Bộ chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg)",
        "components": [
            ("cong-khai", "Công khai, minh bạch", None, 18),
            ("tien-do", "Tiến độ, kết quả giải quyết", None, 20),
            ("truc-tuyen", "Cung cấp dịch vụ công trực tuyến", None, 22),
            ("so-hoa", "Số hóa hồ sơ", None, 22),
            ("hai-long", "Mức độ hài lòng", None, 18),
        ],
    },
    {"code": "rieng", "version": "", "name": "Chỉ tiêu riêng của đơn vị", "components": []},
]


def load_frameworks(framework_model, component_model):
    """Create or update the shipped frameworks; used by the data migration and by tests."""
    for data in FRAMEWORKS:
        framework, _ = framework_model.objects.update_or_create(
            code=data["code"], version=data["version"], defaults={"name": data["name"]}
        )
        for order, (code, name, weight, points) in enumerate(data["components"], start=1):
            component_model.objects.update_or_create(
                framework=framework,
                code=code,
                defaults={"name": name, "weight": weight, "max_points": points, "order": order},
            )
