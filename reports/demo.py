"""The reports of the example documents, for `manage.py load_demo`.

Seed 001 (Báo cáo số 340/BC-UBND of UBND huyện Tuy Phước, 19/7/2024) is held in full, its text copied as
written (typing slips included): the page breaks of the scan are joined, the HTML tags of its last table
dropped (paragraphs of one cell become lines). The half-year report of Sở KH&CN Quảng Ngãi on its PCI plan
(seed 000) and the October 2026 Đề án 06 reports of Nhân Lý's units, with Công an xã's consolidation, are
written for the demo and go through the services, as people would. Reports are keyed on unit, kind, year,
period and title: a second run finds them and changes nothing.
"""

import datetime
import importlib
from calendar import monthrange
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _

from plans.demo import DE_AN_06_PLAN, PCI_PLAN
from plans.models import Occurrence, Plan, ReportingDuty
from plans.schedules import expand_pairs
from portal.demo import DEMO_PASSWORD, register_numbered, upsert
from portal.models import Membership, OrgUnit, User

from .consolidation import overview, report_consolidate
from .models import Report, ReportSection, ReportTable, TableTemplate, TaskProgress, Transition
from .services import report_approve, report_create, report_send, report_submit

ROLE = ReportSection.Role
STATE = Report.State
STATUS = TaskProgress.Status
M = Membership.Role
TZ = ZoneInfo(settings.TIME_ZONE)
date = datetime.date


def at(year, month, day, hour=0, minute=0):
    """A moment in the portal's time zone (Asia/Ho_Chi_Minh)."""
    return datetime.datetime(year, month, day, hour, minute, tzinfo=TZ)


def S(number, title, role, body="", *children, table=None):
    """A section of a report as written; `table` is the code of the template of the table printed under it."""
    return {"number": number, "title": title, "role": role, "body": body, "children": children, "table": table}


# People the reports need beyond those of portal.demo: (username, full name, position, unit code, role).
PEOPLE = [
    ("tuyphuoc.vt", "Trần Thị Kim Oanh", "Văn thư UBND huyện", "bdi-tuyphuoc", M.CLERK),
    (
        "vpubnd.kstt",
        "Phạm Minh Quân",
        "Chuyên viên Phòng Kiểm soát thủ tục hành chính, Văn phòng UBND tỉnh",
        "bdi-vpubnd",
        M.OFFICIAL,
    ),
    ("nhanly.vp", "Nông Thị Thu Hằng", "Công chức Văn phòng HĐND và UBND xã", "lsn-nhanly-vp", M.OFFICIAL),
    ("nhanly.vhxh", "Chu Văn Thắng", "Công chức Phòng Văn hóa - Xã hội", "lsn-nhanly-vhxh", M.OFFICIAL),
    ("nhanly.kt", "Lăng Thị Mai", "Công chức Phòng Kinh tế", "lsn-nhanly-kt", M.OFFICIAL),
    ("nhanly.hcc", "Hà Văn Tùng", "Viên chức Trung tâm Phục vụ hành chính công", "lsn-nhanly-hcc", M.OFFICIAL),
    ("nhanly.thon01", "Lộc Văn Sơn", "Trưởng thôn 01", "lsn-nhanly-thon01", M.OFFICIAL),
]
USERNAMES = [
    "tuyphuoc.cv",
    "tuyphuoc.pct",
    "giamdoc",
    "pgd.hoa",
    "vanthu",
    "nhanly.ct",
    "nhanly.ca",
    "nhanly.vt",
    *(username for username, *_rest in PEOPLE),
]


# Seed 001: Báo cáo số 340/BC-UBND of UBND huyện Tuy Phước.
TITLE_340 = (
    "Kết quả triển khai thực hiện các văn bản chỉ đạo của UBND tỉnh, Chủ tịch UBND tỉnh liên quan đến công tác cải "
    "cách thủ tục hành chính, giải quyết thủ tục hành chính và cung cấp dịch vụ công trực tuyến"
)
REPORT_340_FIELDS = {
    "instruction": (
        "Thực hiện Công văn số 517/VPUBND-KSTT ngày 02/7/2024 của Văn phòng UBND tỉnh về việc báo cáo kết quả triển "
        "khai thực hiện các văn bản chỉ đạo của UBND tỉnh, Chủ tịch UBND tỉnh trong công tác cải cách thủ tục hành "
        "chính, giải quyết thủ tục hành chính và cung cấp dịch vụ công trực tuyến; UBND huyện Tuy Phước báo cáo kết "
        "quả triển khai như sau:"
    ),
    "closing": (
        "Trên đây kết quả triển khai thực hiện các văn bản chỉ đạo của UBND tỉnh, Chủ tịch UBND tỉnh liên quan đến "
        "công tác cải cách thủ tục hành chính, giải quyết thủ tục hành chính và cung cấp dịch vụ công trực tuyến, "
        "UBND huyện Tuy Phước báo cáo Văn phòng UBND tỉnh theo dõi, tổng hợp/."
    ),
    "recipients": "CT, các PCT UBND huyện;\nLĐVP; CVVP K4\nLưu: VT.",
}
SECTIONS_340 = [
    S(
        "I",
        "KẾT QUẢ TRIỂN KHAI THỰC HIỆN",
        ROLE.RESULTS,
        "",
        S(
            "1",
            (
                "Công tác chỉ đạo, điều hành, quản lý, kiểm tra, đôn đốc việc triển khai thực hiện tại cơ quan, đơn "
                "vị, địa phương đối với 06 văn bản quan trọng của Chủ tịch UBND tỉnh trong công tác cải cách thủ tục "
                "hành chính, bao gồm:"
            ),
            ROLE.RESULTS,
            (
                "(i) Thực hiện Công văn số 2009/UBND-KSTT ngày 12/4/2021 của Chủ tịch UBND tỉnh về việc nâng cao "
                "hiệu lực, hiệu quả công tác rà soát, đánh giá, đơn giản hóa và cải cách thủ tục hành chính trên địa "
                "bàn tỉnh; UBND huyện đã ban hành Công văn số 763/UBND-KSTT ngày 10/6/2021 về việc thực hiện ý kiến "
                "chỉ đạo của Chủ tịch UBND tỉnh tại Công văn số 2009/UBND-KSTT ngày 12/04/2021.\n"
                "(ii) Thực hiện Công văn số 6958/UBND-KSTT ngày 21/11/2022 của Chủ tịch UBND tỉnh về việc triển khai "
                "thực hiện Nghị quyết số 131/NQ-CP ngày 06/10/2022 của Chính phủ trên địa bàn tỉnh; UBND huyện đã "
                "thực hiện Sao lục 236/SL-UBND ngày 28/10/2022 về Công văn số 6939/VPCP-KSTT ngày 14/10/2022 của Văn "
                "phòng Chính phủ về việc đôn đốc thực hiện Nghị quyết số 131/NQ-CP ngày 06/10/2022 của Chính phủ để "
                "chỉ đạo các cơ quan, đơn vị, địa phương có liên quan triển khai thực hiện.\n"
                "(iii) Thực hiện Công văn số 3681/UBND-KSTT ngày 07/6/2023 của Chủ tịch UBND tỉnh về việc triển khai "
                "các nhiệm vụ về đẩy mạnh cải cách thủ tục hành chính trong hoạt động sản xuất, kinh doanh của người "
                "dân, doanh nghiệp theo yêu cầu của Thủ tướng Chính phủ; UBND huyện đã thực hiện Sao y số "
                "112/SY-UBND ngày 08/6/2023 về Công văn số 3681/UBND-KSTT ngày 07/6/2023 Triển khai các nhiệm vụ về "
                "đẩy mạnh cải cách thủ tục hành chính trong hoạt động sản xuất, kinh doanh của người dân, doanh "
                "nghiệp theo yêu cầu của Thủ tướng Chính phủ để chỉ đạo các cơ quan, đơn vị, địa phương có liên quan "
                "triển khai thực hiện.\n"
                "(iv) Thực hiện Công văn số 4637/UBND-KSTT ngày 06/7/2023 của Chủ tịch UBND tỉnh về việc triển khai "
                "kết luận chỉ đạo của Phó Thủ tướng Chính phủ Trần Lưu Quang về đẩy mạnh cải cách thủ tục hành "
                "chính; UBND huyện đã chỉ đạo Văn phòng HĐND&UBND huyện chuyên tiếp đến tài khoản Idesk của các cơ "
                "quan, đơn vị để tham mưu triển khai thực hiện.\n"
                "(v) Thực hiện Chỉ thị số 04/CT-UBND ngày 08/3/2024 của Chủ tịch UBND tỉnh Chỉ thị về thúc đẩy cải "
                "cách thủ tục hành chính, cải thiện chất lượng dịch vụ công trực tuyến gắn với đẩy mạnh thực hiện Đề "
                "án 06 nhằm nâng cao chất lượng phục vụ hành chính cho người dân, doanh nghiệp trên địa bàn tỉnh; "
                "UBND huyện đã thực hiện Sao y Chỉ thị số 04/CT-UBND ngày 08/3/2024 về thúc đẩy cải cách thủ tục "
                "hành chính, cải thiện chất lượng dịch vụ công trực tuyến gắn với đẩy mạnh thực hiện Đề án 06 nhằm "
                "nâng cao chất lượng phục vụ hành chính cho người dân, doanh nghiệp trên địa bàn tỉnh để chỉ đạo các "
                "cơ quan, đơn vị, địa phương có liên quan triển khai thực hiện."
            ),
        ),
        S(
            "2",
            "Kết quả thực hiện các nhiệm vụ cải cách thủ tục hành chính",
            ROLE.RESULTS,
            "",
            S("a)", "Kết quả rà soát, đơn giản hóa thủ tục hành chính", ROLE.RESULTS, "", table="don-gian-hoa"),
            S(
                "b)",
                "Kết quả tham mưu Quy chế/Quy định thực hiện liên thông nhóm thủ tục hành chính",
                ROLE.RESULTS,
                "",
                table="lien-thong",
            ),
            S(
                "c)",
                (
                    "Kết quả tái cấu trúc quy trình thực hiện thủ tục hành chính giúp người dân, doanh nghiệp thực "
                    "hiện thủ tục hành chính thuận lợi, dễ dàng hơn"
                ),
                ROLE.RESULTS,
                "",
                table="tai-cau-truc",
            ),
            S(
                "d)",
                (
                    "Kết quả xây dựng biểu mẫu điện tử để nâng cao chất lượng dịch vụ công trực tuyến giúp người "
                    "dân, doanh nghiệp hạn chế việc tự điền thông tin"
                ),
                ROLE.RESULTS,
                "",
                table="bieu-mau-dien-tu",
            ),
            S(
                "đ)",
                "Kết quả phân cấp/ủy quyền giải quyết thủ tục hành chính",
                ROLE.RESULTS,
                "",
                table="phan-cap-uy-quyen",
            ),
            S(
                "e)",
                "Các nội dung kiến nghị, đề xuất khác trước đây liên quan đến công tác cải cách thủ tục hành chính:",
                ROLE.RESULTS,
                (
                    "- Đề nghị UBND tỉnh quan tâm tạo điều kiện mở các lớp tập huấn kỹ năng kiểm soát TTHC cho Tổ "
                    "cán bộ đầu mối thực hiện nhiệm vụ kiểm soát thủ tục hành chính cấp xã. Vì công tác rà soát, đơn "
                    "giản hóa TTHC khá phức tạp và có tính chất quan trọng đối với công cuộc cải cách hành chính "
                    "chung của tỉnh. Trong khi đó, đội ngũ này chỉ hoạt động kiêm nhiệm và cũng chưa có kinh nghiệm "
                    "trong hoạt động kiểm soát TTHC.\n"
                    "- Hệ thống thanh toán trực tuyến thường hay bị treo, lỗi,... kiến nghị UBND tỉnh chỉ đạo các "
                    "đơn vị tư vấn khắc phục để tạo điều kiện phục vụ sớm cho công dân, tổ chức.\n"
                    "- Đề nghị UBND tỉnh xem xét, tạo điều kiện để thành lập đoàn công tác học tập kinh nghiệm về "
                    "cải cách hành chính tại một số địa phương trong và ngoài tỉnh thực hiện tốt về công tác cải "
                    "cách hành chính, trong đó có công tác kiểm soát thủ tục hành chính và nhất là mô hình hoạt động "
                    "của Bộ phận một cửa hiện đại.\n"
                    "Các nội dung đã được các cấp có thẩm quyền hoặc các cơ quan, đơn vị, địa phương liên quan tiếp "
                    "thu, triển khai thực hiện: Công văn số 1010/UBND-VP ngày 13/6/2024 của UBND huyện về tham gia "
                    "đóng góp ý kiến để nâng cao chất lượng Hệ thống thông tin giải quyết thủ tục hành chính của "
                    "tỉnh, cụ thể:"
                ),
                table="kien-nghi-phan-mem",
            ),
        ),
    ),
    S(
        "II",
        "ĐÁNH GIÁ CHUNG",
        ROLE.ASSESSMENT,
        "",
        S(
            "1",
            "Ưu điểm",
            ROLE.STRENGTHS,
            (
                "- Được sự quan tâm lãnh đạo, chỉ đạo của các cấp chính quyền nên hoạt động kiểm soát thủ tục hành "
                "chính đã được triển khai sâu rộng đến từng cán bộ, công chức, viên chức, góp phần thực hiện tốt thủ "
                "tục hành chính tại địa phương, nâng cao chất lượng phục vụ người dân. Các văn bản pháp luật quy "
                "định về kiểm soát thủ tục hành chính và các văn bản pháp luật có liên quan được cụ thể hóa bằng các "
                "văn bản chỉ đạo, hướng dẫn cụ thể cho từng đơn vị, địa phương.\n"
                "- Việc vận hành mô hình Bộ phận Tiếp nhận và Trả kết quả huyện, cấp xã trên địa bàn huyện đã trở "
                "thành địa chỉ tin cậy của người dân, tổ chức, doanh nghiệp đến giao dịch thủ tục hành chính đảm bảo "
                "thuận lợi, giảm thiểu thời gian và chi phí đi lại, góp phần nâng cao tính minh bạch, trách nhiệm "
                "giải trình của các cơ quan quản lý nhà nước, từ đó góp phần nâng cao chất lượng phục vụ, tạo sự hài "
                "lòng của người dân, tổ chức đối với cơ quan hành chính nhà nước trên địa bàn huyện.\n"
                "- Việc triển khai Phần mềm một cửa điện tử từ huyện đến cấp xã trong việc tiếp nhận, luân chuyển hồ "
                "sơ thủ tục hành chính không những tiết kiệm đáng kể thời gian, chi phí hành chính trong công tác "
                "phối hợp giải quyết thủ tục hành chính, nhất là các thủ tục hành chính liên thông trách nhiệm của "
                "nhiều cơ quan, đơn vị, địa phương. Đồng thời, thông qua công tác quản lý vận hành hệ thống Phần mềm "
                "một cửa điện tử Bộ phận Tiếp nhận và Trả kết quả huyện, cấp xã đã thực hiện tốt chức năng theo dõi, "
                "kiểm tra, quản lý, giám sát, phối hợp, đôn đốc việc giải quyết hồ sơ thủ tục hành chính của các cơ "
                "quan, đơn vị, địa phương, góp phần giảm thiểu đáng kể số lượng hồ sơ thủ tục hành chính giải quyết "
                "trễ hạn, quá hạn so với trước đây.\n"
                "- Công tác theo dõi, đôn đốc, kiểm tra, đánh giá và đề xuất xử lý trách nhiệm đối với người đứng "
                "đầu về thực hiện nhiệm vụ cải cách thủ tục hành chính, nhất là thực hiện cơ chế một cửa, một cửa "
                "liên thông và sử dụng Hệ thống thông tin giải quyết thủ tục hành chính được thực hiện nghiêm túc, "
                "thực chất, đúng vấn đề và phù hợp với các quan điểm chỉ đạo của Chính phủ. Việc Văn phòng HĐND và "
                "UBND huyện thông báo đến các cơ quan, đơn vị, địa phương liên quan danh sách các cá nhân giải quyết "
                "hồ sơ thủ tục hành chính trễ hạn định kỳ hàng tháng đã góp phần chấn chỉnh tình trạng giải quyết hồ "
                "sơ thủ tục hành chính trễ hạn."
            ),
        ),
        S(
            "2",
            "Tồn tại, hạn chế và nguyên nhân",
            ROLE.WEAKNESSES,
            (
                "- Việc triển khai công tác số hóa hồ sơ, giấy tờ, kết quả giải quyết thủ tục hành chính tại Bộ phận "
                "Tiếp nhận và Trả kết quả huyện, cấp xã thực hiện còn chậm, chưa phát huy hiệu quả của việc khai "
                "thác, tái sử dụng các kết quả thủ tục hành chính đã được số hóa.\n"
                "- Vẫn còn tình trạng hồ sơ thủ tục hành chính giải quyết trễ hạn (19/28.753 hồ sơ, trong đó: cấp "
                "huyện 10 hồ sơ, cấp xã 09 hồ sơ); tỷ lệ cấp kết quả điện tử, tỷ lệ khai thác, sử dụng lại thông tin "
                "số hóa, Dịch vụ công trực tuyến có phát sinh hồ sơ trực tuyến và tỷ lệ thủ tục hành chính cung cấp "
                "thanh toán trực tuyến có phát sinh giao dịch thanh toán trực tuyến chưa đạt chỉ tiêu do tỉnh, huyện "
                "giao.\n"
                "- Việc thực hiện thủ tục hành chính theo phương thức trực tuyến đã có chuyển biến nhất định nhưng "
                "hiệu quả chưa cao."
            ),
        ),
        S(
            "3",
            "Bài học kinh nghiệm",
            ROLE.LESSONS,
            (
                "- Sự thống nhất, quyết tâm trong lãnh đạo, chỉ đạo, điều hành của cấp ủy và người đứng đầu cơ quan "
                "hành chính các cấp.\n"
                "- Nhận thức của cán bộ, công chức, viên chức trước hết là người đứng đầu các cơ quan hành chính nhà "
                "nước các cấp; người đứng đầu phải đích thân, quyết liệt và tâm huyết trong chỉ đạo điều hành và lấy "
                "sự hài lòng của doanh nghiệp và người dân là mục tiêu trọng tâm của công tác cải cách hành chính. "
                "Đây là yếu tố tiên quyết dẫn đến thành công trong công tác cải cách hành chính nói chung và cải "
                "cách thủ tục hành chính nói riêng.\n"
                "- Công tác theo dõi, giám sát, kiểm tra về cải cách thủ tục hành chính phải được thực hiện thường "
                "xuyên nhằm tạo kết quả chuyển biến thực sự và rõ nét về kỷ luật, kỷ cương hành chính, năng lực quản "
                "lý, điều hành và chất lượng dịch vụ công.\n"
                "- Phải có quy trình, bước đi phù hợp cụ thể trong việc thể chế hoá các quy định của nhà nước về cơ "
                "chế một cửa, một cửa liên thông.\n"
                "- Tổ chức tham quan những mô hình tốt về thực hiện cơ chế một cửa, một cửa liên thông để học hỏi, "
                "rút kinh nghiệm và nhân rộng mô hình điển hình về cơ chế một cửa, một cửa liên thông.\n"
                "- Bổ trí cán bộ, công chức, viên chức có phẩm chất, năng lực và khả năng giao tiếp, ứng xử tốt làm "
                "việc tại Bộ phận tiếp nhận và trả kết quả, cán bộ, công chức, viên chức trực tiếp thụ lý giải quyết "
                "hồ sơ công việc hành chính có liên quan tổ chức và công dân; đồng thời tăng cường đào tạo chuyên "
                "môn, nghiệp vụ cho cán bộ, công chức làm việc tại Bộ phận tiếp nhận và trả kết quả.\n"
                "- Trang bị đầy đủ cơ sở vật chất, địa điểm tiếp nhận và trả kết quả tiện lợi, tăng cường ứng dụng "
                "công nghệ thông tin vào hoạt động của Bộ phận tiếp nhận và trả kết quả.\n"
                "- Đẩy mạnh công tác thông tin, tuyên truyền về thực hiện cơ chế một cửa, cơ chế một cửa liên thông "
                "trên các phương tiện thông tin đại chúng để cán bộ, công chức và nhân dân hiểu rõ ý nghĩa và tác "
                "dụng, góp phần mang lại những hiệu quả thiết thực nhất trong việc thực hiện cơ chế một cửa, cơ chế "
                "một cửa liên thông."
            ),
        ),
    ),
    S("III", "KIẾN NGHỊ, ĐỀ XUẤT (Không)", ROLE.PROPOSALS, ""),
]
TABLES_340 = {
    "don-gian-hoa": [
        ["I", "Thủ tục hành chính", "", "", "", "", "", "", ""],
        [
            "1",
            "(1.001653.000.00.00.H08)",
            "Đổi, cấp lại Giấy xác nhận khuyết tật",
            "Quyết định số 4476/QĐ-UBND ngày 03/12/2023",
            (
                "cắt giảm thời gian giải quyết thủ tục từ 05 ngày làm việc xuống còn 04 ngày làm việc (giảm 01 ngày "
                "làm việc)"
            ),
            "",
            "03",
            "0",
            (
                "Người dân sẽ giảm chi phí, tiết kiệm thời gian chờ đợi cán bộ, công chức xác minh, giải quyết thủ "
                "tục và được trả kết quả sớm hơn"
            ),
        ],
    ],
    "lien-thong": [
        ["", "0", "0", "0", "0", ""],
    ],
    "tai-cau-truc": [
        ["", "0", "0", "0", "0", "0"],
    ],
    "bieu-mau-dien-tu": [
        ["", "0", "0", "0", "0", "0", "0"],
    ],
    "phan-cap-uy-quyen": [
        [
            "1",
            "1.000903.000.00.00.H08",
            "Cấp giấy phép kinh doanh Karaoke",
            "Quyết định số 3394/QĐ-UBND ngày 14/11/2013 của UBND tỉnh",
            "0",
            "0",
            "",
        ],
        [
            "2",
            "1.002425.000.00.00.H08",
            (
                "Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất thực phẩm, kinh "
                "doanh dịch vụ ăn uống thuộc thẩm quyền của UBND cấp tỉnh"
            ),
            (
                "Quyết định số 55/2020/QĐ-UBND ngày 12/8/2020 của UBND tỉnh; Công văn số 2417/SYT-NVY ngày 20/8/2020 "
                "của Sở Y tế"
            ),
            "7",
            "0",
            "",
        ],
    ],
    "kien-nghi-phan-mem": [
        ["I", "Giao diện/tính năng/chức năng dành cho công chức, viên chức", "", ""],
        [
            "I",
            (
                "Hiện nay, hệ thống chưa kết hợp được 2 thủ tục (bao gồm cả thu phí, lệ phí) cấp bản chính và bản "
                "sao trên cùng 1 loại thủ tục. Ví dụ: Đăng ký khai sinh bắt buộc người dân phải làm thủ tục cấp bản "
                "sao khai sinh; đăng ký kết hôn kết hợp cấp bản sao kết hôn;...Do đó, vừa tốn thời gian giải quyết "
                "cho công chức vừa tốn thời gian khai các thông tin của người dân."
            ),
            "Đề nghị kết hợp 2 thủ tục trên trong cùng một loại thủ tục trên hệ thống",
            "",
        ],
        ["II", "Giao diện/tính năng, chức năng dành cho tổ chức, công dân", "", ""],
        [
            "1",
            (
                "Thông tin khai của công dân khi làm các thủ tục liên quan đến cải chính hoặc cấp bản sao trích lục "
                "hộ tịch quá nhiều trường thông tin. Trong khi đó người dân vẫn phải khai thông tin tờ khai giấy "
                "hoặc bản tương tác. Như vậy người dân phải khai thông tin 2 lần."
            ),
            "Đề xuất bỏ khai thông tin trên hệ thống hoặc tờ khai",
            "",
        ],
        [
            "2",
            (
                "Việc sử dụng lại dữ liệu số hóa đối với trường hợp nộp hồ sơ ở lĩnh vực Hộ tịch, (cụ thể thủ tục "
                "cấp bản sao trích lục hộ tịch và thủ tục cấp giấy xác nhận tình trạng hôn nhân cho người chưa đăng "
                "ký kết hôn lần nào) chưa thực sự tiện ích vì thành phần hồ sơ không dùng được dữ liệu tái sử dụng"
            ),
            "Đề xuất điều chỉnh các thủ tục này sang hồ sơ các TTHC không tính tái sử dụng.",
            "",
        ],
        [
            "3",
            (
                "- Hiện nay, giao diện kho cá nhân chỉ hiện lên 10 loại giấy tờ. Nếu người dân thực hiện nhiều hơn "
                "10 loại giấy tờ trả về kho cá nhân phải thực hiện tra cứu (theo tên kết quả hoặc nhóm thủ tục hành "
                "chính) rất khó cho người dân khi tìm kiếm và khai thác tái sử dụng để nộp hồ sơ trực tuyến.\n"
                "- Hồ sơ kết quả chứng thực điện tử trong giao diện kho chỉ có 1 tên gọi theo nhóm thủ tục “Chứng "
                "thực bản sao từ bản chính...” và tên mã kết quả. Khi trả kết quả thủ tục trên nhiều, người dân sẽ "
                "khó tra cứu, khai thác."
            ),
            (
                "Đề nghị mở thêm số lượng kết quả nhìn thấy được. Bên cạnh đó, file kết quả “chứng thực bản sao từ "
                "bản chính” cho phép đặt tên theo loại giấy tờ kèm thủ tục “chứng thực bản sao từ bản chính”"
            ),
            "",
        ],
        ["III", "Các vướng mắc, bất cập khác", "", ""],
        [
            "1",
            (
                "Đối với thủ tục chứng thực bản sao từ bản chính khi hồ sơ chuyển qua trạng thái chờ trả kết quả và "
                "công dân chưa đóng các loại phí, lệ phí theo quy định nhưng file kết quả đã có trong kho của công "
                "dân. File này là file hoàn chỉnh. Nếu công dân không thanh toán phí, lệ phí thì cơ quan chứng thực "
                "không thể thu được tiền phí, lệ phí nêu trên vì đã có kết quả trong kho của công dân."
            ),
            (
                "Đề nghị xem xét tính năng phần mềm: Lúc công chức một cửa chưa trả kết quả thì file kết quả chưa "
                "vào kho công dân."
            ),
            "",
        ],
        [
            "2",
            (
                "Việc thống kê tỷ lệ thu phí trực tuyến: Đối với các hồ sơ đã có kết quả nhưng công dân chưa thanh "
                "toán vẫn tính thống kê vào tỷ lệ chung thanh toán trực tuyến. Gây ảnh hưởng tỷ lệ, tiêu chí thực "
                "hiện của đơn vị, địa phương (có trường hợp hơn 30 ngày công dân mới đến nhận kết quả và thanh toán "
                "phí)."
            ),
            (
                "Đề nghị Hệ thống (mục Thống kê phí, lệ phí trực tuyến và Thống kê 07 chỉ tiêu Dịch vụ công) điều "
                "chỉnh chỉ thống kê đối với các hồ sơ đã thực hiện xong nghĩa vụ tài chính (kể cả các tiêu chí khác "
                "như: Tài sử dụng, cấp kết quả điện tử...)."
            ),
            "",
        ],
        [
            "3",
            (
                "Hệ thống chứng thực điện tử cho phép người dân nộp trực tuyến và thanh toán trực tuyến. Cán bộ, "
                "công chức kiểm tra trên hệ thống tiếp nhận giải quyết. Khi có kết quả người dân xuất trình bản "
                "chính để đối chiếu bản gốc, thanh toán phí, lệ phí mới trả kết quả. Trường hợp hồ sơ đã chuyển qua "
                "trạng thái chờ trả kết quả nhưng người dân không thanh toán và không đem bản chính đến để đối chiếu "
                "sẽ khó cho cơ quan giải quyết (tính tỷ lệ hồ sơ thanh toán trực tuyến). Nếu người dân nộp hồ sơ mà "
                "công chức không tiếp nhận chờ bản chính để đối chiếu thì quá thời hạn 8 giờ để tiếp nhận hồ sơ theo "
                "quy định."
            ),
            (
                "Đề nghị thống kê tỷ lệ hồ sơ thanh toán trực tuyến chỉ thống kê đối với các hồ sơ đã thực hiện xong "
                "nghĩa vụ tài chính."
            ),
            "",
        ],
        [
            "4",
            (
                "Hiện nay, các trường hợp hồ sơ người dân nộp không đúng thủ tục hoặc không đúng quy định, khi kiểm "
                "tra các hồ sơ này công chức không từ chối trực tiếp (kèm lý do từ chối) mà phải úp kèm Phiếu từ "
                "chối tiếp nhận giải quyết. Việc này gây tốn thời gian của công chức."
            ),
            (
                "Đề nghị từ chối trực tiếp và chỉ cần nêu lý do từ chối. Việc áp dụng Phiếu từ chối chỉ khi hồ sơ đã "
                "được tiếp nhận vào mà không giải quyết."
            ),
            "",
        ],
        [
            "5",
            (
                "Đối với hồ sơ đã có kết quả nhưng bị hủy kết quả giải quyết theo quy định (ví dụ: Đăng ký kết hôn "
                "có yếu tố nước ngoài. Khi có kết quả nếu quá 60 ngày nếu đã giá hạn mà 02 bên không đến nhận kết "
                "quả UBND huyện sẽ hủy kết quả giải quyết hồ sơ trên) hiện nay chưa có hướng dẫn cụ thể trên hệ "
                "thống.\n"
                "Kể cả hồ sơ chứng thực đã có kết quả nhưng người dân không chịu xuất trình bản chính để đối chiếu "
                "và thực hiện nộp phí, lệ phí."
            ),
            (
                "Đề nghị xem xét cho mở tính năng hủy hồ sơ đã có kết quả đối với trường hợp nêu trên.\n"
                "Đối với chứng thực điện tử đề nghị quy định thời hạn nếu công dân không xuất trình bản chính hoặc "
                "thực hiện nghĩa vụ tài chính nên quy định thời gian cụ thể để hủy hồ sơ."
            ),
            "",
        ],
        ["6", "Hệ thống thường xuyên xảy ra lỗi truy cập.", "Đề xuất nâng cấp hệ thống chạy ổn định hơn", ""],
    ],
}


REPORT_340 = {
    "unit": "bdi-tuyphuoc",
    "kind": Report.Kind.THEMATIC,
    "year": 2024,
    "number_in_year": None,
    "title": TITLE_340,
    "fields": {
        **REPORT_340_FIELDS,
        "number": 340,
        "symbol": "BC-UBND",
        "place_name": "Tuy Phước",
        "issued_on": date(2024, 7, 19),
        "recipient_text": "Văn phòng Ủy ban nhân dân tỉnh Bình Định",
        "signer_authority": "TM.",
        "signer_collective": "ỦY BAN NHÂN DÂN",
        "signer_head": "KT. CHỦ TỊCH",
        "signer_position": "PHÓ CHỦ TỊCH",
        "signer_name": "Nguyễn Hùng Tân",
    },
    "recipient": "bdi-vpubnd",
    "created": at(2024, 7, 17, 14, 0),
    # (from, to, username, at, comment)
    "transitions": [
        (STATE.DRAFT, STATE.SUBMITTED, "tuyphuoc.cv", at(2024, 7, 18, 15, 30), ""),
        (STATE.SUBMITTED, STATE.APPROVED, "tuyphuoc.pct", at(2024, 7, 19, 8, 45), ""),
        (STATE.APPROVED, STATE.SENT, "tuyphuoc.vt", at(2024, 7, 19, 10, 15), ""),
        (STATE.SENT, STATE.RECEIVED, "vpubnd.kstt", at(2024, 7, 19, 14, 30), ""),
    ],
}


# The half-year report of Sở KH&CN Quảng Ngãi to Sở Công Thương on its PCI plan (seed 000, section C.2.a).
PCI_TITLE = (
    "Đánh giá kết quả thực hiện kế hoạch hành động cải thiện, nâng cao chỉ số thành phần Dịch vụ hỗ trợ doanh "
    "nghiệp (PCI) 06 tháng đầu năm 2021"
)
PCI_FIELDS = {
    "number": 96,
    "symbol": "BC-SKHCN",
    "issued_on": date(2021, 6, 4),
    "recipient_text": "Sở Công Thương tỉnh Quảng Ngãi",
    "instruction": (
        "Thực hiện nhiệm vụ cải thiện, nâng cao chỉ số thành phần Dịch vụ hỗ trợ doanh nghiệp trong chỉ số năng lực "
        "cạnh tranh cấp tỉnh (PCI) được giao, Sở Khoa học và Công nghệ báo cáo kết quả thực hiện kế hoạch hành động "
        "06 tháng đầu năm 2021 như sau:"
    ),
    "closing": (
        "Trên đây là báo cáo đánh giá kết quả thực hiện kế hoạch hành động cải thiện, nâng cao chỉ số thành phần Dịch "
        "vụ hỗ trợ doanh nghiệp 06 tháng đầu năm 2021 của Sở Khoa học và Công nghệ, kính gửi Sở Công Thương tổng "
        "hợp, báo cáo UBND tỉnh./."
    ),
    # The Giám đốc signs in his own name: every signer field is given, else report_create's defaults (the
    # deputy's "KT. GIÁM ĐỐC" of the Sở's latest công văn) stayed above his position.
    "signer_authority": "",
    "signer_collective": "",
    "signer_head": "",
    "signer_position": "GIÁM ĐỐC",
    "signer_name": "Nguyễn Văn Thành",
    "recipients": "Như trên;\nGĐ, các PGĐ Sở;\nLưu: VT, QLCN.",
}
PCI_TEXT = {
    ROLE.RESULTS: (
        "Trong 06 tháng đầu năm 2021, Sở Khoa học và Công nghệ đã chỉ đạo các phòng, đơn vị thuộc Sở triển khai các "
        "nhiệm vụ, giải pháp cải thiện chỉ số thành phần Dịch vụ hỗ trợ doanh nghiệp; kết quả từng nhiệm vụ và các "
        "chỉ tiêu được nêu chi tiết tại phần tiến độ nhiệm vụ và kết quả chỉ tiêu kèm theo. Một số kết quả chính:\n"
        "- Hoàn thành dự thảo 03 Nghị quyết của HĐND tỉnh về chính sách hỗ trợ chuyển giao, đổi mới công nghệ và "
        "phát triển thị trường công nghệ, hỗ trợ phát triển tài sản trí tuệ, hỗ trợ nâng cao năng suất, chất lượng; "
        "đã lấy ý kiến các sở, ngành, địa phương và doanh nghiệp.\n"
        "- Trung tâm Ứng dụng và Dịch vụ khoa học và công nghệ cung ứng dịch vụ đo lường, thử nghiệm, tư vấn chuyển "
        "giao công nghệ cho 212 lượt tổ chức, doanh nghiệp; khảo sát ý kiến 164 doanh nghiệp về việc sử dụng dịch vụ "
        "liên quan tới công nghệ.\n"
        "- Triển khai 05 nhiệm vụ khoa học và công nghệ có doanh nghiệp tham gia ứng dụng kết quả; đăng tải 24 tin, "
        "bài giới thiệu các chương trình hỗ trợ doanh nghiệp và công nghệ mới trên Trang thông tin điện tử của Sở."
    ),
    ROLE.STRENGTHS: (
        "- Lãnh đạo Sở quan tâm chỉ đạo sát sao; các nhiệm vụ được phân công rõ đơn vị chủ trì, đơn vị phối hợp và "
        "thời gian thực hiện.\n"
        "- Các phòng, đơn vị chủ động phối hợp trong xây dựng chính sách và cung ứng dịch vụ khoa học và công nghệ "
        "cho doanh nghiệp."
    ),
    ROLE.WEAKNESSES: (
        "- Việc xây dựng các Nghị quyết còn chậm so với yêu cầu do phải lấy ý kiến nhiều đối tượng; số ý kiến góp ý "
        "của doanh nghiệp còn ít.\n"
        "- Do ảnh hưởng của dịch bệnh Covid-19, hội nghị giới thiệu công nghệ, kết nối cung cầu công nghệ chưa tổ "
        "chức được theo kế hoạch.\n"
        "- Chỉ tiêu Doanh nghiệp đã sử dụng nhà cung cấp tư nhân cho dịch vụ liên quan tới công nghệ chưa có số liệu "
        "khảo sát để đánh giá; số liệu nêu trong báo cáo là số ước tính."
    ),
    ROLE.LESSONS: (
        "- Bám sát các chỉ tiêu thành phần của PCI để xác định nhiệm vụ trọng tâm; đo lường kết quả bằng số liệu có "
        "căn cứ kiểm chứng.\n"
        "- Tăng cường đối thoại, lắng nghe ý kiến doanh nghiệp ngay từ khi xây dựng chính sách."
    ),
    ROLE.NEXT: (
        "- Hoàn thiện hồ sơ, tham mưu UBND tỉnh trình HĐND tỉnh ban hành 03 Nghị quyết trong năm 2021.\n"
        "- Tham mưu UBND tỉnh ban hành Kế hoạch phát triển thị trường công nghệ trên địa bàn tỉnh đến năm 2025 và "
        "định hướng đến năm 2030.\n"
        "- Tổ chức hội nghị giới thiệu công nghệ, kết nối cung cầu công nghệ khi tình hình dịch bệnh cho phép.\n"
        "- Khảo sát chỉ tiêu sử dụng nhà cung cấp tư nhân cho dịch vụ liên quan tới công nghệ."
    ),
    ROLE.PROPOSALS: (
        "Đề nghị Sở Công Thương chia sẻ bộ câu hỏi và kết quả khảo sát doanh nghiệp liên quan đến chỉ số thành phần "
        "Dịch vụ hỗ trợ doanh nghiệp để Sở Khoa học và Công nghệ có căn cứ đánh giá, điều chỉnh giải pháp."
    ),
}
# Task number (within B.I) -> (status, percent, done, evidence, blockers).
PCI_PROGRESS = {
    "1": (
        STATUS.OPEN,
        60,
        "Đã xây dựng dự thảo 03 Nghị quyết; lấy ý kiến các sở, ngành, địa phương và đăng tải lấy ý kiến doanh nghiệp "
        "trên Cổng thông tin điện tử tỉnh; đang tổng hợp, tiếp thu, hoàn thiện hồ sơ.",
        "Dự thảo 03 Nghị quyết và bảng tổng hợp ý kiến góp ý (lưu tại Phòng QLCN, Chi cục TĐC).",
        "Số ý kiến góp ý của doanh nghiệp còn ít.",
    ),
    "2": (
        STATUS.OPEN,
        10,
        "Đang nghiên cứu nội dung 02 Chương trình; việc xây dựng Chương trình thực hiện sau khi Nghị quyết được ban "
        "hành.",
        "",
        "Chờ HĐND tỉnh ban hành Nghị quyết.",
    ),
    "3": (STATUS.OPEN, 0, "Chưa đến thời hạn thực hiện (năm 2023).", "", ""),
    "4": (
        STATUS.OPEN,
        30,
        "Đã xây dựng đề cương Kế hoạch phát triển thị trường công nghệ; đang khảo sát nhu cầu công nghệ của doanh "
        "nghiệp.",
        "Đề cương Kế hoạch (lưu tại Phòng QLCN).",
        "",
    ),
    "5": (STATUS.OPEN, 0, "Chưa đến thời hạn thực hiện (năm 2022); đang chuẩn bị đề cương điều tra.", "", ""),
    "6": (
        STATUS.OPEN,
        50,
        "Cung ứng dịch vụ đo lường, thử nghiệm, tư vấn chuyển giao công nghệ cho 212 lượt tổ chức, doanh nghiệp; khảo "
        "sát ý kiến 164 doanh nghiệp trong tháng 5/2021.",
        "Báo cáo kết quả khảo sát doanh nghiệp tháng 5/2021 của Trung tâm Ứng dụng và Dịch vụ KH&CN.",
        "",
    ),
    "7": (
        STATUS.OPEN,
        50,
        "Đăng tải 24 tin, bài về các chương trình hỗ trợ doanh nghiệp và giới thiệu công nghệ mới.",
        "Chuyên mục Hỗ trợ doanh nghiệp trên Trang thông tin điện tử của Sở.",
        "",
    ),
    "8": (
        STATUS.OPEN,
        50,
        "Triển khai 05 nhiệm vụ khoa học và công nghệ có doanh nghiệp tham gia ứng dụng kết quả.",
        "Danh mục nhiệm vụ khoa học và công nghệ năm 2021 (lưu tại Phòng QLKH).",
        "",
    ),
    "9": (
        STATUS.OPEN,
        0,
        "Chưa tổ chức; dự kiến tổ chức trong quý IV năm 2021.",
        "",
        "Dịch bệnh Covid-19 hạn chế tổ chức hội nghị tập trung.",
    ),
    "10": (
        STATUS.OPEN,
        40,
        "Các phòng, đơn vị triển khai các nhiệm vụ được giao tại các chương trình, kế hoạch của UBND tỉnh theo tiến "
        "độ.",
        "",
        "",
    ),
}
# Indicator name -> (value, evidence, note); a value without evidence stays "chưa kiểm chứng".
PCI_VALUES = {
    "Doanh nghiệp từng sử dụng dịch vụ liên quan tới công nghệ": (
        "53.05",
        "Kết quả khảo sát 164 doanh nghiệp trên địa bàn tỉnh do Trung tâm Ứng dụng và Dịch vụ KH&CN thực hiện tháng "
        "5/2021: 87 doanh nghiệp đã từng sử dụng dịch vụ liên quan tới công nghệ.",
        "",
    ),
    "Doanh nghiệp đã sử dụng nhà cung cấp tư nhân cho dịch vụ liên quan tới công nghệ": (
        "28",
        "",
        "Số ước tính của Phòng QLCN, chưa có kết quả khảo sát.",
    ),
    "Doanh nghiệp có ý định tiếp tục sử dụng dịch vụ liên quan tới công nghệ": (
        "62.07",
        "Cùng đợt khảo sát tháng 5/2021: 54/87 doanh nghiệp đã sử dụng dịch vụ có ý định tiếp tục sử dụng.",
        "",
    ),
}
PCI_WORKFLOW = {
    "created": at(2021, 6, 1, 9, 0),
    "submit": ("pgd.hoa", at(2021, 6, 2, 16, 0)),
    "approve": ("giamdoc", at(2021, 6, 3, 9, 0)),
    "send": ("vanthu", at(2021, 6, 4, 8, 30)),
}


# The October 2026 reports of Nhân Lý's units to Công an xã under the Đề án 06 plan ("trước ngày 08 hằng tháng").
MONTHLY_TITLE = "Kết quả triển khai Đề án 06 tháng 10 năm 2026"
DINH_DANH = "Tỷ lệ công dân từ đủ 14 tuổi trở lên được cấp và kích hoạt tài khoản định danh điện tử mức độ 2"
TOAN_TRINH = "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình"
LIEN_THONG = "Tỷ lệ hồ sơ hai nhóm thủ tục hành chính liên thông được giải quyết trực tuyến"
DAN_CU = "Tỷ lệ thông tin công dân trong Cơ sở dữ liệu quốc gia về dân cư được rà soát, bảo đảm “đúng, đủ, sạch, sống”"
AN_SINH = "Tỷ lệ đối tượng hưởng chính sách an sinh xã hội được chi trả qua tài khoản ngân hàng"
SO_HOA_HO_TICH = "Tỷ lệ sổ hộ tịch được số hóa"
SO_HOA_KET_QUA = "Tỷ lệ kết quả giải quyết thủ tục hành chính được số hóa"


def monthly_fields(unit_name, number, symbol, issued_on):
    return {
        "number": number,
        "symbol": symbol,
        "issued_on": issued_on,
        "recipient_text": "Công an xã Nhân Lý",
        "instruction": (
            "Thực hiện Kế hoạch số 12/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân xã Nhân Lý về triển khai Đề án 06 "
            f"năm 2026, {unit_name} báo cáo kết quả thực hiện tháng 10 năm 2026 như sau:"
        ),
        "closing": (
            f"Trên đây là báo cáo kết quả triển khai Đề án 06 tháng 10 năm 2026 của {unit_name}, gửi Công an xã "
            "tổng hợp./."
        ),
        "recipients": "Công an xã (tổng hợp);\nLưu: VT.",
    }


MONTHLY = [
    {
        "unit": "lsn-nhanly-vp",
        "by": "nhanly.vp",
        "fields": monthly_fields("Văn phòng HĐND và UBND xã", 112, "BC-VP", date(2026, 10, 5)),
        "text": {
            ROLE.RESULTS: (
                "- Tham mưu Ủy ban nhân dân xã đưa kết quả thực hiện Đề án 06 vào nội dung giao ban tháng 9/2026; "
                "ban hành 02 văn bản đôn đốc các cơ quan, đơn vị, thôn thực hiện Kế hoạch.\n"
                "- 100% văn bản trao đổi giữa các cơ quan, đơn vị thuộc Ủy ban nhân dân xã (trừ văn bản mật) được "
                "gửi, nhận trên Hệ thống quản lý văn bản và điều hành và ký số.\n"
                "- Phối hợp Trung tâm Phục vụ hành chính công hoàn thành số hóa 126/126 quyển sổ hộ tịch đang lưu trữ "
                "tại xã, cập nhật vào Cơ sở dữ liệu hộ tịch điện tử."
            ),
            ROLE.WEAKNESSES: (
                "Một số công chức còn in văn bản giấy song song với văn bản điện tử; đường truyền mạng tại trụ sở có "
                "thời điểm chập chờn."
            ),
            ROLE.NEXT: (
                "Duy trì gửi, nhận văn bản điện tử và ký số; phối hợp Trung tâm Phục vụ hành chính công rà soát chất "
                "lượng dữ liệu hộ tịch sau số hóa."
            ),
        },
        "progress": {
            "2.1": (
                STATUS.OPEN,
                75,
                "Đưa kết quả thực hiện Đề án 06 vào giao ban tháng 9/2026; ban hành 02 văn bản đôn đốc.",
                "Thông báo kết luận giao ban tháng 9/2026 của Ủy ban nhân dân xã.",
                "",
            ),
            "2.2": (
                STATUS.OPEN,
                80,
                "100% văn bản (trừ văn bản mật) được gửi, nhận trên môi trường điện tử và ký số.",
                "Thống kê của Hệ thống quản lý văn bản và điều hành tháng 9/2026.",
                "Đường truyền mạng tại trụ sở có thời điểm chập chờn.",
            ),
        },
        "values": {
            SO_HOA_HO_TICH: (
                "100",
                "Biên bản nghiệm thu số hóa sổ hộ tịch ngày 30/9/2026: 126/126 quyển sổ đã số hóa, cập nhật vào Cơ "
                "sở dữ liệu hộ tịch điện tử.",
                "",
            ),
        },
        "workflow": {
            "created": at(2026, 10, 2, 9, 0),
            "submit": ("nhanly.vp", at(2026, 10, 2, 15, 30)),
            "approve": ("nhanly.ct", at(2026, 10, 5, 8, 30)),
            "send": ("nhanly.vt", at(2026, 10, 5, 9, 20)),
        },
    },
    {
        "unit": "lsn-nhanly-vhxh",
        "by": "nhanly.vhxh",
        "fields": monthly_fields("Phòng Văn hóa - Xã hội", 41, "BC-VHXH", date(2026, 10, 6)),
        "text": {
            ROLE.RESULTS: (
                "- Chi trả trợ cấp xã hội tháng 10/2026 qua tài khoản ngân hàng cho 412/477 đối tượng (đạt 86,37%), "
                "tăng 19 đối tượng so với tháng trước.\n"
                "- Duy trì kết quả đối chiếu dữ liệu người có công, đối tượng bảo trợ xã hội với Cơ sở dữ liệu quốc "
                "gia về dân cư; trong kỳ điều chỉnh 23 trường hợp sai lệch thông tin.\n"
                "- Phát 12 tin, bài tuyên truyền về Đề án 06, ứng dụng VNeID trên hệ thống truyền thanh xã; lồng ghép "
                "tuyên truyền tại 08 buổi sinh hoạt thôn."
            ),
            ROLE.WEAKNESSES: (
                "Còn 65 đối tượng là người cao tuổi, người khuyết tật ở xa điểm giao dịch ngân hàng chưa mở tài khoản, "
                "vẫn nhận trợ cấp bằng tiền mặt."
            ),
            ROLE.NEXT: (
                "Phối hợp với ngân hàng, bưu điện mở tài khoản lưu động tại các thôn cho các đối tượng còn lại; phấn "
                "đấu đạt chỉ tiêu 90% trong tháng 12/2026."
            ),
            ROLE.PROPOSALS: (
                "Đề nghị Ủy ban nhân dân xã chỉ đạo bưu điện văn hóa xã hỗ trợ mở tài khoản tại nhà cho người cao "
                "tuổi, người khuyết tật đặc biệt nặng."
            ),
        },
        "progress": {
            "3.1": (
                STATUS.OPEN,
                85,
                "412/477 đối tượng nhận trợ cấp qua tài khoản ngân hàng.",
                "Danh sách chi trả trợ cấp xã hội tháng 10/2026.",
                "Người cao tuổi, người khuyết tật ở xa điểm giao dịch ngân hàng.",
            ),
            "3.2": (
                STATUS.DONE_ON_TIME,
                100,
                "Hoàn thành đối chiếu, làm sạch dữ liệu ngày 26/6/2026; trong kỳ điều chỉnh 23 trường hợp.",
                "Biên bản đối chiếu dữ liệu với Công an xã ngày 26/6/2026.",
                "",
            ),
            "3.3": (
                STATUS.OPEN,
                70,
                "Phát 12 tin, bài trên hệ thống truyền thanh xã; tuyên truyền tại 08 buổi sinh hoạt thôn.",
                "Lịch phát thanh tháng 9/2026 của Đài truyền thanh xã.",
                "",
            ),
        },
        "values": {
            AN_SINH: (
                "86.37",
                "Danh sách chi trả trợ cấp xã hội tháng 10/2026: 412/477 đối tượng nhận qua tài khoản ngân hàng.",
                "",
            ),
        },
        "workflow": {
            "created": at(2026, 10, 5, 8, 0),
            "submit": ("nhanly.vhxh", at(2026, 10, 5, 14, 0)),
            "approve": ("nhanly.ct", at(2026, 10, 6, 14, 10)),
            "send": ("nhanly.vt", at(2026, 10, 6, 15, 40)),
        },
    },
    {
        "unit": "lsn-nhanly-kt",
        "by": "nhanly.kt",
        "fields": monthly_fields("Phòng Kinh tế", 37, "BC-KT", date(2026, 10, 7)),
        "text": {
            ROLE.RESULTS: (
                "- Dự toán ngân sách xã năm 2026 đã bố trí 85 triệu đồng cho các nhiệm vụ của Kế hoạch; đến nay đã "
                "giải ngân 52 triệu đồng.\n"
                "- Hướng dẫn 31 hộ kinh doanh, 02 hợp tác xã sử dụng tài khoản định danh điện tử của tổ chức, thực "
                "hiện thủ tục trực tuyến và thanh toán không dùng tiền mặt; 31/45 hồ sơ đăng ký hộ kinh doanh trong "
                "kỳ được nộp trực tuyến toàn trình."
            ),
            ROLE.WEAKNESSES: (
                "Nhiều hộ kinh doanh nhỏ lẻ là người cao tuổi, chưa quen sử dụng điện thoại thông minh nên còn nộp hồ "
                "sơ trực tiếp."
            ),
            ROLE.NEXT: (
                "Phối hợp Trung tâm Phục vụ hành chính công và Tổ công nghệ số cộng đồng hướng dẫn hộ kinh doanh tại "
                "chợ xã; tham mưu bố trí kinh phí năm 2027."
            ),
        },
        "progress": {
            "4.1": (
                STATUS.DONE_ON_TIME,
                100,
                "Đã bố trí 85 triệu đồng trong dự toán ngân sách xã năm 2026; giải ngân 52 triệu đồng.",
                "Quyết định giao dự toán ngân sách xã năm 2026.",
                "",
            ),
            "4.2": (
                STATUS.OPEN,
                60,
                "Hướng dẫn 31 hộ kinh doanh, 02 hợp tác xã.",
                "Danh sách hộ kinh doanh, hợp tác xã được hướng dẫn trong kỳ.",
                "Hộ kinh doanh là người cao tuổi chưa quen thao tác trên điện thoại.",
            ),
        },
        "values": {
            TOAN_TRINH: (
                "68.89",
                "Thống kê trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh, lĩnh vực đăng ký hộ kinh "
                "doanh, từ ngày 15/9/2026 đến ngày 06/10/2026: 31/45 hồ sơ trực tuyến toàn trình.",
                "Chỉ tính hồ sơ thuộc lĩnh vực Phòng Kinh tế tham mưu giải quyết.",
            ),
        },
        "workflow": {
            "created": at(2026, 10, 6, 8, 0),
            "submit": ("nhanly.kt", at(2026, 10, 6, 16, 30)),
            "approve": ("nhanly.ct", at(2026, 10, 7, 8, 0)),
            "send": ("nhanly.vt", at(2026, 10, 7, 8, 50)),
        },
    },
    {
        "unit": "lsn-nhanly-hcc",
        "by": "nhanly.hcc",
        "fields": monthly_fields("Trung tâm Phục vụ hành chính công xã", 58, "BC-TTPVHCC", date(2026, 10, 6)),
        "text": {
            ROLE.RESULTS: (
                "- Tiếp nhận 312 hồ sơ thủ tục hành chính, trong đó 201 hồ sơ trực tuyến toàn trình (đạt 64,42%); "
                "100% hồ sơ được giải quyết đúng hạn.\n"
                "- Giải quyết trực tuyến 14/17 hồ sơ hai nhóm thủ tục hành chính liên thông (đạt 82,35%).\n"
                "- Số hóa 305/312 kết quả giải quyết thủ tục hành chính (đạt 97,76%); 07 kết quả chưa số hóa thuộc "
                "lĩnh vực đất đai, chờ ký số để cập nhật."
            ),
            ROLE.STRENGTHS: (
                "Bố trí công chức thường trực hướng dẫn người dân nộp hồ sơ trực tuyến tại Trung tâm nên tỷ lệ hồ sơ "
                "trực tuyến toàn trình tiếp tục tăng."
            ),
            ROLE.WEAKNESSES: (
                "Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh bị gián đoạn ngày 22/9 và 29/9/2026, ảnh "
                "hưởng đến việc tiếp nhận hồ sơ trực tuyến."
            ),
            ROLE.NEXT: "Tiếp tục hướng dẫn người dân nộp hồ sơ trực tuyến; số hóa 100% kết quả giải quyết thủ tục.",
            ROLE.PROPOSALS: (
                "Đề nghị Công an xã hỗ trợ kiểm tra, mở khóa tài khoản định danh điện tử cho người dân đến giao dịch "
                "tại Trung tâm."
            ),
        },
        "progress": {
            "5.1": (
                STATUS.OPEN,
                65,
                "Tiếp nhận 312 hồ sơ, trong đó 201 hồ sơ trực tuyến toàn trình.",
                "Thống kê hồ sơ trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.",
                "Hệ thống bị gián đoạn ngày 22/9 và 29/9/2026.",
            ),
            "5.2": (
                STATUS.OPEN,
                80,
                "Giải quyết trực tuyến 14/17 hồ sơ hai nhóm thủ tục liên thông.",
                "Sổ theo dõi hồ sơ liên thông tháng 9 - 10/2026.",
                "",
            ),
            "5.3": (
                STATUS.OPEN,
                95,
                "Hoàn thành số hóa sổ hộ tịch trong tháng 6/2026; số hóa 305/312 kết quả giải quyết thủ tục trong kỳ.",
                "Biên bản nghiệm thu số hóa sổ hộ tịch ngày 30/6/2026; thống kê kết quả số hóa trên Hệ thống.",
                "",
            ),
        },
        "values": {
            TOAN_TRINH: (
                "64.42",
                "Thống kê trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh từ ngày 15/9/2026 đến ngày "
                "05/10/2026: 201/312 hồ sơ trực tuyến toàn trình.",
                "",
            ),
            LIEN_THONG: (
                "82.35",
                "Sổ theo dõi hồ sơ liên thông: 14/17 hồ sơ được giải quyết trực tuyến.",
                "",
            ),
            SO_HOA_KET_QUA: (
                "97.76",
                "Thống kê kết quả số hóa trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh: 305/312 kết "
                "quả.",
                "",
            ),
        },
        "workflow": {
            "created": at(2026, 10, 5, 9, 0),
            "submit": ("nhanly.hcc", at(2026, 10, 5, 16, 0)),
            "approve": ("nhanly.ct", at(2026, 10, 6, 8, 15)),
            "send": ("nhanly.vt", at(2026, 10, 6, 10, 5)),
        },
    },
    {
        "unit": "lsn-nhanly-thon01",
        "by": "nhanly.thon01",
        "fields": monthly_fields("Thôn 01", None, "BC", date(2026, 10, 12)),
        "text": {
            ROLE.RESULTS: (
                "- Phối hợp Công an xã nắm tình hình biến động dân cư của 274 hộ, 1.012 nhân khẩu; thông báo 06 "
                "trường hợp sinh, 02 trường hợp chuyển đi để Công an xã cập nhật.\n"
                "- Vận động 37 công dân làm thủ tục kích hoạt tài khoản định danh điện tử; lũy kế 578/633 công dân từ "
                "đủ 14 tuổi trở lên đã kích hoạt (đạt 91,31%).\n"
                "- Tổ công nghệ số cộng đồng hướng dẫn 45 lượt người dân cài đặt ứng dụng VNeID, nộp hồ sơ trực tuyến."
            ),
            ROLE.WEAKNESSES: (
                "Báo cáo gửi chậm so với thời hạn do Trưởng thôn đi tập huấn ngoài xã; còn 55 công dân đi làm ăn xa "
                "chưa kích hoạt được tài khoản."
            ),
            ROLE.NEXT: (
                "Tiếp tục vận động công dân còn lại kích hoạt tài khoản khi về địa phương; duy trì sinh hoạt Tổ công "
                "nghệ số cộng đồng hằng tuần."
            ),
        },
        "progress": {
            "7.1": (
                STATUS.OPEN,
                90,
                "Thông báo 06 trường hợp sinh, 02 trường hợp chuyển đi; vận động 37 công dân kích hoạt tài khoản.",
                "Sổ theo dõi biến động dân cư thôn 01.",
                "55 công dân đi làm ăn xa.",
            ),
            "7.2": (
                STATUS.OPEN,
                60,
                "Hướng dẫn 45 lượt người dân cài đặt ứng dụng VNeID, nộp hồ sơ trực tuyến.",
                "Sổ sinh hoạt Tổ công nghệ số cộng đồng thôn 01.",
                "",
            ),
        },
        "values": {
            DINH_DANH: (
                "91.31",
                "Danh sách công dân thôn 01 đã kích hoạt tài khoản định danh điện tử mức độ 2, Công an xã đối chiếu "
                "ngày 05/10/2026: 578/633 người.",
                "",
            ),
            DAN_CU: (
                "100",
                "Biên bản rà soát dữ liệu dân cư thôn 01 ngày 25/9/2026: 274/274 hộ, 1.012/1.012 nhân khẩu.",
                "",
            ),
        },
        "workflow": {
            "created": at(2026, 10, 9, 8, 0),
            "submit": ("nhanly.thon01", at(2026, 10, 9, 16, 0)),
            "approve": ("nhanly.ct", at(2026, 10, 12, 8, 15)),
            "send": ("nhanly.vt", at(2026, 10, 12, 10, 30)),
        },
    },
]
CONSOLIDATED_AT = at(2026, 10, 12, 14, 0)


@transaction.atomic
def load_reports():
    """Create the demo reports, or find them; running it again changes nothing."""
    load_table_templates()
    people = _people()
    reports = [_report_340(people), _pci_half_year(people)]
    reports += _de_an_06_october(people)
    for report in reports:
        if report.number is not None:
            register_numbered(report, doc_type=_("Báo cáo"), recipients=report.addressed_to)
    return reports


def load_table_templates():
    """The templates come with a migration, but a flushed database (tests, a reset) has lost them."""
    migration = importlib.import_module("reports.migrations.0002_table_templates")
    return {template.code: template for template in migration.load_table_templates(TableTemplate)}


def _people():
    units = {unit.code: unit for unit in OrgUnit.objects.filter(code__in=[p[3] for p in PEOPLE])}
    for username, full_name, position, code, role in PEOPLE:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={"full_name": full_name, "position": position, "email": f"{username}@demo.congkehoach.vn"},
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
        Membership.objects.get_or_create(user=user, unit=units[code], role=role)
    return {user.username: user for user in User.objects.filter(username__in=USERNAMES)}


def _find(unit, kind, year, number, title):
    return (
        Report.objects.filter(unit=unit, kind=kind, year=year, number_in_year=number, title=title)
        .order_by("version", "pk")
        .first()
    )


def _report_340(people):
    """Seed 001 as the recipient holds it: written directly, since its sections are not the standard ones."""
    data = REPORT_340
    keys = {
        "unit": OrgUnit.objects.get(code=data["unit"]),
        "kind": data["kind"],
        "year": data["year"],
        "number_in_year": data["number_in_year"],
        "title": data["title"],
    }
    sent = next(when for _from, to, _who, when, _comment in data["transitions"] if to == STATE.SENT)
    fields = {
        **data["fields"],
        "recipient": OrgUnit.objects.get(code=data["recipient"]),
        "plan": None,
        "duty": None,
        "occurrence": None,
        "state": data["transitions"][-1][1],
        "sent_at": sent,
        "created_by": people[data["transitions"][0][2]],
    }
    report = upsert(Report, keys, fields)
    templates = {template.code: template for template in TableTemplate.objects.filter(code__in=TABLES_340)}
    sections, tables = [], []
    order = iter(range(1, 1000))

    def write(items, parent):
        for item in items:
            section = upsert(
                ReportSection,
                {"report": report, "order": next(order)},
                {
                    "parent": parent,
                    "number": item["number"],
                    "title": item["title"],
                    "role": item["role"],
                    "body": item["body"],
                },
            )
            sections.append(section)
            if item["table"]:
                tables.append(
                    upsert(
                        ReportTable,
                        {"report": report, "order": len(tables) + 1},
                        {
                            "section": section,
                            "template": templates[item["table"]],
                            "title": "",
                            "rows": TABLES_340[item["table"]],
                        },
                    )
                )
            write(item["children"], section)

    write(SECTIONS_340, None)
    report.tables.exclude(pk__in=[t.pk for t in tables]).delete()
    report.sections.exclude(pk__in=[s.pk for s in sections]).delete()
    steps = [
        upsert(
            Transition,
            {"report": report, "from_state": from_state, "to_state": to_state},
            {"by": people[username], "at": when, "comment": comment},
        )
        for from_state, to_state, username, when, comment in data["transitions"]
    ]
    report.transitions.exclude(pk__in=[t.pk for t in steps]).delete()
    Report.objects.filter(pk=report.pk).exclude(created_at=data["created"]).update(created_at=data["created"])
    return report


def _occurrence(duty, year, month=None):
    """The deadline of `duty` in that year (or month), as occurrences_sync() would have made it then."""
    rule = duty.schedules.order_by("order", "pk").first()
    start = date(year, month or 1, 1)
    end = date(year, month, monthrange(year, month)[1]) if month else date(year, 12, 31)
    nominal, due = expand_pairs(rule, start, end)[0]
    occurrence, _created = Occurrence.objects.get_or_create(
        rule=rule,
        original_due_date=nominal,
        defaults={"plan": duty.plan, "duty": duty, "unit": duty.sender or duty.plan.unit, "due_date": due},
    )
    return occurrence


def _plan(data):
    # The first made: a copy that people made of it keeps its title.
    plans = Plan.objects.filter(unit__code=data["unit"], doc_type=data["doc_type"], title=data["title"])
    return plans.order_by("pk").first()


def _pci_half_year(people):
    unit = OrgUnit.objects.get(code="qng-skhcn")
    report = _find(unit, Report.Kind.HALF_YEAR, 2021, 1, PCI_TITLE)
    if report:
        return report
    duty = ReportingDuty.objects.get(
        plan=_plan(PCI_PLAN), recipient__code="qng-sct", kind=ReportingDuty.ReportKind.HALF_YEAR
    )
    report = report_create(
        unit=unit,
        by=people["giamdoc"],
        kind=Report.Kind.HALF_YEAR,
        year=2021,
        number_in_year=1,
        duty=duty,
        occurrence=_occurrence(duty, 2021),
        title=PCI_TITLE,
        **PCI_FIELDS,
    )
    # The plan is the Sở's own, so every task was pre-filled; this duty reports on section B.I only.
    report.progress.exclude(task__section__in=duty.sections.all()).delete()
    _fill(report, PCI_TEXT, PCI_PROGRESS, PCI_VALUES)
    return _workflow(report, PCI_WORKFLOW, people)


def _fill(report, texts, progress, values):
    for section in report.sections.filter(role__in=texts):
        section.body = texts[section.role]
        section.save(update_fields=["body"])
    for row in report.progress.select_related("task"):
        row.status, row.percent, row.done, row.evidence, row.blockers = progress[row.task.number]
        row.save(update_fields=["status", "percent", "done", "evidence", "blockers"])
    for row in report.values.select_related("indicator").filter(indicator__name__in=values):
        value, row.evidence, row.note = values[row.indicator.name]
        row.value = Decimal(value)
        row.save(update_fields=["value", "evidence", "note"])


def _workflow(report, steps, people):
    """Submit, approve and send through the services, then date each step when it happened in the story."""
    report_submit(report=report, by=people[steps["submit"][0]])
    report_approve(report=report, by=people[steps["approve"][0]])
    report_send(report=report, by=people[steps["send"][0]])
    for state, step in ((STATE.SUBMITTED, "submit"), (STATE.APPROVED, "approve"), (STATE.SENT, "send")):
        report.transitions.filter(to_state=state).update(at=steps[step][1])
    sent = steps["send"][1]
    Report.objects.filter(pk=report.pk).update(sent_at=sent, created_at=steps["created"], updated_at=sent)
    if report.occurrence_id:
        Occurrence.objects.filter(pk=report.occurrence_id).update(done_on=sent.astimezone(TZ).date())
    report.refresh_from_db()
    return report


def _de_an_06_october(people):
    """Five units report for October 2026 (one late), and Công an xã drafts the consolidated report."""
    duty = ReportingDuty.objects.get(
        plan=_plan(DE_AN_06_PLAN),
        kind=ReportingDuty.ReportKind.MONTHLY,
        sender__code="lsn-nhanly",
        sender_whole_subtree=True,
        recipient__code="lsn-nhanly-ca",
    )
    # One deadline for the whole subtree: the reports do not close it, each is judged late or not by its date.
    _occurrence(duty, 2026, 10)
    reports = [_monthly(duty, data, people) for data in MONTHLY]
    police = OrgUnit.objects.get(code="lsn-nhanly-ca")
    # Found by what it consolidates, not by its title: data folders of earlier versions hold it by an older one.
    consolidated = (
        Report.objects.filter(
            unit=police, kind=Report.Kind.MONTHLY, year=2026, number_in_year=10, sources__isnull=False
        )
        .order_by("pk")
        .first()
    )
    if consolidated is None:
        result = overview(duty=duty, year=2026, number=10)
        consolidated = report_consolidate(result=result, unit=police, by=people["nhanly.ca"])
        Report.objects.filter(pk=consolidated.pk).update(created_at=CONSOLIDATED_AT, updated_at=CONSOLIDATED_AT)
        consolidated.refresh_from_db()
    return [*reports, consolidated]


def _monthly(duty, data, people):
    unit = OrgUnit.objects.get(code=data["unit"])
    report = _find(unit, Report.Kind.MONTHLY, 2026, 10, MONTHLY_TITLE)
    if report:
        return report
    report = report_create(
        unit=unit,
        by=people[data["by"]],
        kind=Report.Kind.MONTHLY,
        year=2026,
        number_in_year=10,
        duty=duty,
        title=MONTHLY_TITLE,
        **data["fields"],
    )
    _fill(report, data["text"], data["progress"], data["values"])
    return _workflow(report, data["workflow"], people)
