"""The TTHC demo: the procedures and registers of seed 001 (Báo cáo số 340/BC-UBND of UBND huyện Tuy
Phước), a few commune procedures of the Đề án 06 plan of Nhân Lý, and a year of synthetic dossiers for
both units, imported through the same path as a real export. Loading it again changes nothing."""

import io
from datetime import date
from decimal import Decimal

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from portal.demo import upsert
from portal.models import OrgUnit

from . import synthetic
from .imports import dossiers_import
from .indicators import scheme_for
from .models import Criterion766, Delegation, Dossier, ManualValue766, Procedure, Simplification, SystemProposal

L = Procedure.Level
ONLINE = Procedure.OnlineLevel
# (code, name, field, level, working days, fees, online level, units)
PROCEDURES = [
    (
        "1.001653.000.00.00.H08",
        "Đổi, cấp lại Giấy xác nhận khuyết tật",
        "Bảo trợ xã hội",
        L.COMMUNE,
        4,
        "",
        ONLINE.FULL,
        ["bdi-tuyphuoc"],
    ),
    (
        "1.000903.000.00.00.H08",
        "Cấp giấy phép kinh doanh Karaoke",
        "Văn hóa",
        L.DISTRICT,
        5,
        "Theo Thông tư số 01/2021/TT-BTC",
        ONLINE.PARTIAL,
        ["bdi-tuyphuoc"],
    ),
    (
        "1.002425.000.00.00.H08",
        "Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất thực phẩm, kinh doanh "
        "dịch vụ ăn uống thuộc thẩm quyền của UBND cấp tỉnh",
        "An toàn thực phẩm",
        L.DISTRICT,
        15,
        "Theo Thông tư số 67/2021/TT-BTC",
        ONLINE.PARTIAL,
        ["bdi-tuyphuoc"],
    ),
    (
        "1.001193.000.00.00.H08",
        "Đăng ký khai sinh",
        "Hộ tịch",
        L.COMMUNE,
        1,
        "",
        ONLINE.FULL,
        ["bdi-tuyphuoc"],
    ),
    (
        "2.000635.000.00.00.H08",
        "Cấp bản sao trích lục hộ tịch",
        "Hộ tịch",
        L.COMMUNE,
        1,
        "8.000 đồng/bản",
        ONLINE.FULL,
        ["bdi-tuyphuoc"],
    ),
    (
        "2.000815.000.00.00.H08",
        "Chứng thực bản sao từ bản chính giấy tờ, văn bản",
        "Chứng thực",
        L.COMMUNE,
        1,
        "2.000 đồng/trang",
        ONLINE.PARTIAL,
        ["bdi-tuyphuoc"],
    ),
    (
        "1.001193.000.00.00.H43",
        "Đăng ký khai sinh",
        "Hộ tịch",
        L.COMMUNE,
        1,
        "",
        ONLINE.FULL,
        ["lsn-nhanly"],
    ),
    (
        "1.004194.000.00.00.H43",
        "Đăng ký thường trú",
        "Đăng ký, quản lý cư trú",
        L.COMMUNE,
        7,
        "20.000 đồng",
        ONLINE.FULL,
        ["lsn-nhanly"],
    ),
    (
        "2.001023.000.00.00.H43",
        "Đăng ký khai tử",
        "Hộ tịch",
        L.COMMUNE,
        1,
        "",
        ONLINE.FULL,
        ["lsn-nhanly"],
    ),
    (
        "1.011599.000.00.00.H43",
        "Đăng ký thành lập hộ kinh doanh",
        "Thành lập và hoạt động của hộ kinh doanh",
        L.COMMUNE,
        3,
        "100.000 đồng",
        ONLINE.FULL,
        ["lsn-nhanly"],
    ),
]

SIMPLIFICATIONS = [
    {
        "unit": "bdi-tuyphuoc",
        "procedure": "1.001653.000.00.00.H08",
        "document": "Quyết định số 4476/QĐ-UBND ngày 03/12/2023",
        "time_cut": "cắt giảm thời gian giải quyết thủ tục từ 05 ngày làm việc xuống còn 04 ngày làm việc "
        "(giảm 01 ngày làm việc)",
        "days_before": 5,
        "days_after": 4,
        "since": date(2023, 12, 3),
        "effect": "Người dân sẽ giảm chi phí, tiết kiệm thời gian chờ đợi cán bộ, công chức xác minh, giải quyết "
        "thủ tục và được trả kết quả sớm hơn",
    }
]
DELEGATIONS = [
    {
        "unit": "bdi-tuyphuoc",
        "procedure": "1.000903.000.00.00.H08",
        "document": "Quyết định số 3394/QĐ-UBND ngày 14/11/2013 của UBND tỉnh",
        "since": date(2013, 11, 14),
    },
    {
        "unit": "bdi-tuyphuoc",
        "procedure": "1.002425.000.00.00.H08",
        "document": "Quyết định số 55/2020/QĐ-UBND ngày 12/8/2020 của UBND tỉnh; Công văn số 2417/SYT-NVY ngày "
        "20/8/2020 của Sở Y tế",
        "since": date(2020, 8, 12),
    },
]
A = SystemProposal.Audience
REFERENCE = "Công văn số 1010/UBND-VP ngày 13/6/2024 của UBND huyện Tuy Phước"
# The proposals of seed 001's last table, as written (typing slips included); the text lives in reports'
# demo too, where the printed report carries it, and here as the register the next report fills from.
PROPOSALS = [
    (
        A.OFFICIALS,
        "I",
        "Hiện nay, hệ thống chưa kết hợp được 2 thủ tục (bao gồm cả thu phí, lệ phí) cấp bản chính và bản sao "
        "trên cùng 1 loại thủ tục. Ví dụ: Đăng ký khai sinh bắt buộc người dân phải làm thủ tục cấp bản sao khai "
        "sinh; đăng ký kết hôn kết hợp cấp bản sao kết hôn;...Do đó, vừa tốn thời gian giải quyết cho công chức "
        "vừa tốn thời gian khai các thông tin của người dân.",
        "Đề nghị kết hợp 2 thủ tục trên trong cùng một loại thủ tục trên hệ thống",
    ),
    (
        A.CITIZENS,
        "1",
        "Thông tin khai của công dân khi làm các thủ tục liên quan đến cải chính hoặc cấp bản sao trích lục hộ "
        "tịch quá nhiều trường thông tin. Trong khi đó người dân vẫn phải khai thông tin tờ khai giấy hoặc bản "
        "tương tác. Như vậy người dân phải khai thông tin 2 lần.",
        "Đề xuất bỏ khai thông tin trên hệ thống hoặc tờ khai",
    ),
    (
        A.CITIZENS,
        "2",
        "Việc sử dụng lại dữ liệu số hóa đối với trường hợp nộp hồ sơ ở lĩnh vực Hộ tịch, (cụ thể thủ tục cấp bản "
        "sao trích lục hộ tịch và thủ tục cấp giấy xác nhận tình trạng hôn nhân cho người chưa đăng ký kết hôn "
        "lần nào) chưa thực sự tiện ích vì thành phần hồ sơ không dùng được dữ liệu tái sử dụng",
        "Đề xuất điều chỉnh các thủ tục này sang hồ sơ các TTHC không tính tái sử dụng.",
    ),
    (
        A.CITIZENS,
        "3",
        "- Hiện nay, giao diện kho cá nhân chỉ hiện lên 10 loại giấy tờ. Nếu người dân thực hiện nhiều hơn 10 "
        "loại giấy tờ trả về kho cá nhân phải thực hiện tra cứu (theo tên kết quả hoặc nhóm thủ tục hành chính) "
        "rất khó cho người dân khi tìm kiếm và khai thác tái sử dụng để nộp hồ sơ trực tuyến.\n"
        "- Hồ sơ kết quả chứng thực điện tử trong giao diện kho chỉ có 1 tên gọi theo nhóm thủ tục “Chứng thực "
        "bản sao từ bản chính...” và tên mã kết quả. Khi trả kết quả thủ tục trên nhiều, người dân sẽ khó tra "
        "cứu, khai thác.",
        "Đề nghị mở thêm số lượng kết quả nhìn thấy được. Bên cạnh đó, file kết quả “chứng thực bản sao từ bản "
        "chính” cho phép đặt tên theo loại giấy tờ kèm thủ tục “chứng thực bản sao từ bản chính”",
    ),
    (
        A.OTHER,
        "1",
        "Đối với thủ tục chứng thực bản sao từ bản chính khi hồ sơ chuyển qua trạng thái chờ trả kết quả và công "
        "dân chưa đóng các loại phí, lệ phí theo quy định nhưng file kết quả đã có trong kho của công dân. File "
        "này là file hoàn chỉnh. Nếu công dân không thanh toán phí, lệ phí thì cơ quan chứng thực không thể thu "
        "được tiền phí, lệ phí nêu trên vì đã có kết quả trong kho của công dân.",
        "Đề nghị xem xét tính năng phần mềm: Lúc công chức một cửa chưa trả kết quả thì file kết quả chưa vào kho "
        "công dân.",
    ),
    (
        A.OTHER,
        "2",
        "Việc thống kê tỷ lệ thu phí trực tuyến: Đối với các hồ sơ đã có kết quả nhưng công dân chưa thanh toán "
        "vẫn tính thống kê vào tỷ lệ chung thanh toán trực tuyến. Gây ảnh hưởng tỷ lệ, tiêu chí thực hiện của đơn "
        "vị, địa phương (có trường hợp hơn 30 ngày công dân mới đến nhận kết quả và thanh toán phí).",
        "Đề nghị Hệ thống (mục Thống kê phí, lệ phí trực tuyến và Thống kê 07 chỉ tiêu Dịch vụ công) điều chỉnh "
        "chỉ thống kê đối với các hồ sơ đã thực hiện xong nghĩa vụ tài chính (kể cả các tiêu chí khác như: Tài "
        "sử dụng, cấp kết quả điện tử...).",
    ),
    (
        A.OTHER,
        "3",
        "Hệ thống chứng thực điện tử cho phép người dân nộp trực tuyến và thanh toán trực tuyến. Cán bộ, công chức "
        "kiểm tra trên hệ thống tiếp nhận giải quyết. Khi có kết quả người dân xuất trình bản chính để đối chiếu "
        "bản gốc, thanh toán phí, lệ phí mới trả kết quả. Trường hợp hồ sơ đã chuyển qua trạng thái chờ trả kết "
        "quả nhưng người dân không thanh toán và không đem bản chính đến để đối chiếu sẽ khó cho cơ quan giải "
        "quyết (tính tỷ lệ hồ sơ thanh toán trực tuyến). Nếu người dân nộp hồ sơ mà công chức không tiếp nhận chờ "
        "bản chính để đối chiếu thì quá thời hạn 8 giờ để tiếp nhận hồ sơ theo quy định.",
        "Đề nghị thống kê tỷ lệ hồ sơ thanh toán trực tuyến chỉ thống kê đối với các hồ sơ đã thực hiện xong "
        "nghĩa vụ tài chính.",
    ),
    (
        A.OTHER,
        "4",
        "Hiện nay, các trường hợp hồ sơ người dân nộp không đúng thủ tục hoặc không đúng quy định, khi kiểm tra "
        "các hồ sơ này công chức không từ chối trực tiếp (kèm lý do từ chối) mà phải úp kèm Phiếu từ chối tiếp "
        "nhận giải quyết. Việc này gây tốn thời gian của công chức.",
        "Đề nghị từ chối trực tiếp và chỉ cần nêu lý do từ chối. Việc áp dụng Phiếu từ chối chỉ khi hồ sơ đã được "
        "tiếp nhận vào mà không giải quyết.",
    ),
    (
        A.OTHER,
        "5",
        "Đối với hồ sơ đã có kết quả nhưng bị hủy kết quả giải quyết theo quy định (ví dụ: Đăng ký kết hôn có yếu "
        "tố nước ngoài. Khi có kết quả nếu quá 60 ngày nếu đã giá hạn mà 02 bên không đến nhận kết quả UBND huyện "
        "sẽ hủy kết quả giải quyết hồ sơ trên) hiện nay chưa có hướng dẫn cụ thể trên hệ thống.\n"
        "Kể cả hồ sơ chứng thực đã có kết quả nhưng người dân không chịu xuất trình bản chính để đối chiếu và thực "
        "hiện nộp phí, lệ phí.",
        "Đề nghị xem xét cho mở tính năng hủy hồ sơ đã có kết quả đối với trường hợp nêu trên.\n"
        "Đối với chứng thực điện tử đề nghị quy định thời hạn nếu công dân không xuất trình bản chính hoặc thực "
        "hiện nghĩa vụ tài chính nên quy định thời gian cụ thể để hủy hồ sơ.",
    ),
    (A.OTHER, "6", "Hệ thống thường xuyên xảy ra lỗi truy cập.", "Đề xuất nâng cấp hệ thống chạy ổn định hơn"),
]
# (unit code, year, dossiers, agency prefix of the dossier codes)
SYNTHETIC = [("bdi-tuyphuoc", 2024, 2500, "000.00.53.H08"), ("lsn-nhanly", 2026, 1500, "000.00.12.H43")]

# The Decision 766 values dossiers cannot give, for the year of each unit's synthetic dossiers: without them a
# third of the index read 0 and the demo's score stopped near 48 of 100. Where each figure is read from:
PORTAL_766 = "Số liệu mẫu, theo Bộ chỉ số phục vụ người dân, doanh nghiệp trên Cổng Dịch vụ công quốc gia"
FEEDBACK_766 = "Số liệu mẫu, theo Hệ thống tiếp nhận, trả lời phản ánh, kiến nghị của người dân, doanh nghiệp"
EVIDENCE_766 = {
    "cong-bo-dung-han": "Số liệu mẫu, theo các Quyết định công bố danh mục thủ tục hành chính của Chủ tịch UBND "
    "tỉnh và việc niêm yết tại bộ phận một cửa",
    "csdl-quoc-gia": PORTAL_766,
    "day-du": PORTAL_766,
    "dong-bo": PORTAL_766,
    "thoi-gian": PORTAL_766,
    "phan-anh-dung-han": FEEDBACK_766,
    "hai-long-phan-anh": FEEDBACK_766,
    "hai-long-tthc": "Số liệu mẫu: 100 % trừ tỷ lệ hồ sơ trễ hạn và tỷ lệ hồ sơ bị phản ánh, kiến nghị",
}
MANUAL_766 = {
    "bdi-tuyphuoc": {
        "cong-bo-dung-han": "100",
        "csdl-quoc-gia": "100",
        "day-du": "93.75",
        "dong-bo": "97.2",
        "thoi-gian": "88.5",
        "phan-anh-dung-han": "100",
        "hai-long-phan-anh": "85",
        "hai-long-tthc": "96.4",
    },
    "lsn-nhanly": {
        "cong-bo-dung-han": "100",
        "csdl-quoc-gia": "100",
        "day-du": "95",
        "dong-bo": "98.6",
        "thoi-gian": "92",
        "phan-anh-dung-han": "100",
        "hai-long-phan-anh": "90",
        "hai-long-tthc": "96",
    },
}


def load_tthc():
    """Load the catalogue, the registers of seed 001 and the synthetic dossiers; returns the procedures."""
    units = {u.code: u for u in OrgUnit.objects.filter(code__in=["bdi-tuyphuoc", "lsn-nhanly"])}
    procedures = {}
    for code, name, field, level, days, fees, online, unit_codes in PROCEDURES:
        fields = {"name": name, "field": field, "level": level, "working_days": days, "fees": fees}
        procedure = upsert(Procedure, {"code": code}, {**fields, "has_fee": bool(fees), "online_level": online})
        procedure.units.add(*(units[c] for c in unit_codes))
        procedures[code] = procedure
    for order, data in enumerate(SIMPLIFICATIONS, start=1):
        keys = {"unit": units[data["unit"]], "procedure": procedures[data["procedure"]]}
        upsert(
            Simplification, keys, {k: v for k, v in data.items() if k not in ("unit", "procedure")} | {"order": order}
        )
    for order, data in enumerate(DELEGATIONS, start=1):
        keys = {"unit": units[data["unit"]], "procedure": procedures[data["procedure"]]}
        upsert(Delegation, keys, {"document": data["document"], "since": data["since"], "order": order})
    for order, (audience, number, problem, proposal) in enumerate(PROPOSALS, start=1):
        upsert(
            SystemProposal,
            {"unit": units["bdi-tuyphuoc"], "order": order},
            {"audience": audience, "number": number, "problem": problem, "proposal": proposal, "reference": REFERENCE},
        )
    for unit_code, year, count, agency in SYNTHETIC:
        _synthetic_dossiers(units[unit_code], year, count, agency)
        _manual_766(units[unit_code], year, MANUAL_766[unit_code])
    return list(procedures.values())


def _manual_766(unit, year, values):
    criteria = Criterion766.objects.filter(scheme=scheme_for(year), code__in=values)
    for criterion in criteria:
        keys = {"unit": unit, "criterion": criterion, "year": year}
        fields = {"value": Decimal(values[criterion.code]), "evidence": EVIDENCE_766[criterion.code]}
        upsert(ManualValue766, keys, fields)


def _synthetic_dossiers(unit, year, count, agency):
    if Dossier.objects.filter(unit=unit, received_on__year=year).count() >= count:
        return  # already loaded: re-importing would change nothing but take time
    upload = SimpleUploadedFile(f"du-lieu-mau-{unit.code}-{year}.csv", sample_csv(unit, year, count, agency))
    dossiers_import(unit=unit, upload=upload)


def sample_csv(unit, year, count, agency):
    """A one-stop export of `count` synthetic dossiers of the unit's procedures received in `year`."""
    codes = [(p.code, p.working_days, p.has_fee) for p in Procedure.objects.filter(units=unit).order_by("working_days")]
    buffer = io.StringIO()
    synthetic.write(buffer, count, [unit.code], codes, year, seed=year, agency=agency, until=timezone.localdate())
    return buffer.getvalue().encode()
