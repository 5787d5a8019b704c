"""The plans of the example documents, for `manage.py load_demo`.

Seeds 000 (Kế hoạch PCI of Sở KH&CN Quảng Ngãi), 002 (Kế hoạch CCHC of Trường Mầm non Mạ Non) and 004
(Quyết định 4259/QĐ-UBND of UBND thành phố Tuyên Quang with its Quy chế) are held in full, their text copied
as written (typing slips included); the Đề án 06 plan of UBND xã Nhân Lý is written for the demo. Each plan
is a literal structure below; `load_plans()` writes it, keyed on stable values, and touches only what
differs, so a second run changes nothing and the ids that later records point to stay put.
"""

import datetime
import itertools
from decimal import Decimal

from django.db import transaction

from portal.demo import register_numbered, upsert
from portal.models import OrgUnit, User

from .frameworks import load_frameworks
from .models import (
    Framework,
    FrameworkComponent,
    Indicator,
    IndicatorTarget,
    LegalBasis,
    Plan,
    ReportingDuty,
    ScheduleRule,
    Section,
    Task,
    TaskUnit,
)
from .schedules import FIELDS as RULE_FIELDS

K = ScheduleRule.Kind
RK = ReportingDuty.ReportKind
CMP = Indicator.Comparator
DOWN = Indicator.Direction.DOWN
CAN_CU, THUC_HIEN = LegalBasis.Kind.BASIS, LegalBasis.Kind.IMPLEMENTS
date = datetime.date


def S(number, title="", body="", *children, tasks=()):
    """A section; `children` are sections, `tasks` the tasks written under it."""
    return {"number": number, "title": title, "body": body, "children": children, "tasks": tasks}


def T(number, content, *, by="", lead=(), coordinate=(), when=(), output=""):
    """A task. Units are codes; "code*" means "the units under it" ("Các phòng, đơn vị thuộc Sở")."""
    return {
        "number": number,
        "content": content,
        "by": by,
        "lead": lead,
        "coordinate": coordinate,
        "when": when,
        "output": output,
    }


def R(wording, kind, label="", **fields):
    """A schedule rule: the deadline as written plus the fields the calendar expands."""
    return {"wording": wording, "kind": kind, "label": label, "fields": fields}


def Ind(component, name, measure, comparator, targets, *, direction=Indicator.Direction.UP, tasks=()):
    """An indicator of `framework:component`; `targets` maps a year to (value, wording)."""
    return {
        "component": component,
        "name": name,
        "measure": measure,
        "comparator": comparator,
        "direction": direction,
        "targets": targets,
        "tasks": tasks,
    }


def D(title, kind, sender, recipient, *when, sections=(), indicators=()):
    """A reporting duty; `sections` are section paths ("B.I"), `indicators` component codes."""
    return {
        "title": title,
        "kind": kind,
        "sender": sender,
        "recipient": recipient,
        "when": when,
        "sections": sections,
        "indicators": indicators,
    }


# Every plan field the demo sets, so that a re-load also resets what it does not name.
PLAN_DEFAULTS = {
    "number": None,
    "symbol": "",
    "place_name": "",
    "issued_on": None,
    "authority_line": "",
    "preamble": "",
    "closing": "",
    "vision_year": None,
    "signer_authority": Plan.Authority.NONE,
    "signer_collective": "",
    "signer_head": "",
    "signer_position": "",
    "signer_name": "",
    "recipients": "",
    "addressees": "",
}
THON = tuple(f"lsn-nhanly-thon{n:02d}" for n in range(1, 23))


# Seed 000: Kế hoạch cải thiện PCI 2021 - 2025 of Sở Khoa học và Công nghệ Quảng Ngãi.
QLCN, TDC, KHTC, VP, TTUD = "qng-skhcn-qlcn", "qng-skhcn-tdc", "qng-skhcn-khtc", "qng-skhcn-vp", "qng-skhcn-ttud"
QLKH, QLCS, THUOC_SO = "qng-skhcn-qlkh", "qng-skhcn-qlcs", "qng-skhcn*"
HOA, HIEU = "Phó Giám đốc Trần Công Hòa", "Phó Giám đốc Phan Văn Hiếu"
NGHI_QUYET_2021 = (
    R("Năm 2021", K.YEAR, "Xây dựng và tham mưu UBND tỉnh trình HĐND tỉnh ban hành Nghị quyết", year=2021),
    R("Hàng năm", K.ANNUAL, "Triển khai thực hiện Nghị quyết"),
)
PCI_PLAN = {
    "key": "pci",
    "unit": "qng-skhcn",
    "doc_type": Plan.DocType.PLAN,
    "title": "Cải thiện, nâng cao chỉ số năng lực cạnh tranh cấp tỉnh (PCI) giai đoạn 2021 - 2025",
    "fields": {
        "number": None,
        "symbol": "KH-SKHCN",
        "place_name": "Quảng Ngãi",
        "issued_on": date(2021, 8, 25),
        "start_year": 2021,
        "end_year": 2025,
        "status": Plan.Status.ISSUED,
        "preamble": (
            "Sở Khoa học và Công nghệ xây dựng Kế hoạch Cải thiện, nâng cao chỉ số năng lực cạnh tranh cấp tỉnh "
            "(PCI) giai đoạn 2021 - 2025 đối với các chỉ số thành phần được phân công, cụ thể như sau:"
        ),
        "closing": (
            "Trên đây là Kế hoạch Cải thiện, nâng cao chỉ số năng lực cạnh tranh cấp tỉnh (PCI) giai đoạn 2021 - "
            "2025 đối với các chỉ số thành phần được giao của Sở Khoa học và Công nghệ./."
        ),
        "signer_position": "GIÁM ĐỐC",
        "signer_name": "Nguyễn Văn Thành",
        "recipients": "\n".join(
            (
                "Các Sở: Công Thương, Tư pháp, Kế hoạch và Đầu tư;",
                "GD, các PGĐ Sở;",
                "Các phòng, đơn vị thuộc Sở;",
                "Lưu: VT, QLCN.",
            )
        ),
    },
    "leaders": {HOA: "pgd.hoa", HIEU: "pgd.hieu", "Giám đốc Sở": "giamdoc"},
    "bases": [
        (
            THUC_HIEN,
            "Quyết định",
            "649/QĐ-UBND",
            date(2021, 7, 26),
            "UBND tỉnh",
            (
                "về ban hành Kế hoạch cải thiện, nâng cao chỉ số năng lực cạnh tranh cấp tỉnh (PCI) Quảng Ngãi, "
                "giai đoạn 2021 – 2025"
            ),
        ),
        (
            THUC_HIEN,
            "Công văn",
            "1527/SCT-KHTCTH",
            date(2021, 8, 6),
            "Sở Công Thương",
            (
                "về việc xây dựng Kế hoạch cải thiện, nâng cao chỉ số năng lực cạnh tranh cấp tỉnh (PCI) giai đoạn "
                "2021 - 2025 đối với chỉ số thành phần dịch vụ hỗ trợ doanh nghiệp"
            ),
        ),
        (
            THUC_HIEN,
            "Công văn",
            "1597/SKHĐT-XTĐT",
            date(2021, 8, 13),
            "Sở Kế hoạch và Đầu tư",
            (
                "về việc xây dựng kế hoạch triển khai thực hiện các giải pháp khắc phục, cải thiện nâng cao các chỉ "
                "tiêu trong chỉ số thành phần PCI Quảng Ngãi năm 2021 và các năm tiếp theo"
            ),
        ),
        (
            THUC_HIEN,
            "Công văn",
            "839/STP-HCTP&BTTP",
            date(2021, 8, 18),
            "Sở Tư pháp",
            (
                "về việc xây dựng Kế hoạch cải thiện, nâng cao chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2021 "
                "và giai đoạn 2021 - 2025 đối với Chỉ số “Tính minh bạch”"
            ),
        ),
    ],
    "sections": [
        S(
            "A",
            "Mục đích, yêu cầu",
            "",
            S(
                "I",
                "Mục đích",
                (
                    "Cải thiện, nâng cao các chỉ số thành phần: Dịch vụ hỗ trợ doanh nghiệp, Tính minh bạch, Tính "
                    "năng động của chính quyền tỉnh, góp phần nâng cao chỉ số năng lực cạnh tranh cấp tỉnh của tỉnh "
                    "Quảng Ngãi trong năm 2021 và giai đoạn 2021 – 2025."
                ),
            ),
            S(
                "II",
                "Yêu cầu",
                "",
                S(
                    "1",
                    "Đối với chỉ số thành phần Dịch vụ hỗ trợ doanh nghiệp",
                    "- Chỉ tiêu Doanh nghiệp từng sử dụng dịch vụ liên quan tới công nghệ (%) cần đạt mục tiêu PCI "
                    "năm 2021 là trên 50%; định hướng mục tiêu CPI đến năm 2025 là trên 60%.\n"
                    "- Chỉ tiêu Doanh nghiệp đã sử dụng nhà cung cấp tư nhân cho dịch vụ liên quan tới công nghệ "
                    "(%) cần đạt mục tiêu PCI năm 2021 là trên 30%; định hướng mục tiêu CPI đến năm 2025 là trên "
                    "40%.\n"
                    "- Chỉ tiêu Doanh nghiệp có ý định tiếp tục sử dụng dịch vụ liên quan tới công nghệ (%) cần "
                    "đạt mục tiêu PCI năm 2021 là trên 50%; định hướng mục tiêu CPI đến năm 2025 là trên 60%.",
                ),
                S(
                    "2",
                    "Đối với chỉ số thành phần Tính minh bạch",
                    "- Chỉ tiêu Tỷ lệ doanh nghiệp nhận được thông tin, văn bản sau khi đề nghị Sở cung cấp (%) "
                    "cần đạt mục tiêu PCI năm 2021 là trên 80%; định hướng mục tiêu CPI đến năm 2025 là trên "
                    "90%.\n"
                    "- Chỉ tiêu Số ngày để nhận được thông tin, văn bản sau khi đã đề nghị cung cấp (ngày) cần đạt "
                    "mục tiêu PCI năm 2021 là dưới 3,5 ngày; định hướng mục tiêu CPI đến năm 2025 là dưới 03 ngày.",
                ),
                S(
                    "3",
                    "Đối với chỉ số thành phần Tính năng động của chính quyền tỉnh",
                    (
                        "Chỉ tiêu Có sáng kiến hay ở cấp tỉnh, nhưng chưa được thực thi tốt ở các sở/ngành được cải "
                        "thiện, nâng cao."
                    ),
                ),
            ),
        ),
        S(
            "B",
            "Nhiệm vụ và giải pháp thực hiện",
            "",
            S(
                "I",
                "Đối với chỉ số thành phần Dịch vụ hỗ trợ doanh nghiệp",
                tasks=(
                    T(
                        "1",
                        (
                            "Tham mưu UBND tỉnh trình HĐND tỉnh ban hành: Nghị quyết quy định một số chính sách hỗ "
                            "trợ chuyển giao, đổi mới công nghệ và phát triển thị trường công nghệ trên địa bàn "
                            "tỉnh Quảng Ngãi; Nghị quyết quy định chính sách hỗ trợ phát triển tài sản trí tuệ trên "
                            "địa bàn tỉnh Quảng Ngãi; Nghị quyết quy định chính sách hỗ trợ nâng cao năng suất, "
                            "chất lượng trên địa bàn tỉnh Quảng Ngãi. Triển khai thực hiện có hiệu quả các Nghị "
                            "quyết này sau khi được ban hành."
                        ),
                        by=HOA,
                        lead=(QLCN, TDC),
                        coordinate=(KHTC, VP),
                        when=NGHI_QUYET_2021,
                    ),
                    T(
                        "2",
                        (
                            "Tham mưu UBND tỉnh ban hành Chương trình hỗ trợ hoạt động chuyển giao, đổi mới công "
                            "nghệ và phát triển thị trường công nghệ trên địa bàn tỉnh Quảng Ngãi đến năm 2025; "
                            "Chương trình hỗ trợ phát triển tài sản trí tuệ tỉnh Quảng Ngãi giai đến 2025 và hướng "
                            "dẫn triển khai tổ chức thực hiện có hiệu quả các Chương trình này."
                        ),
                        by=HOA,
                        lead=(QLCN,),
                        coordinate=(KHTC,),
                        when=(
                            R(
                                "Năm 2021 (sau khi Nghị quyết được ban hành)",
                                K.YEAR,
                                "Xây dựng và tham mưu UBND ban hành Chương trình",
                                year=2021,
                            ),
                            R("Hàng năm", K.ANNUAL, "Triển khai thực hiện Chương trình"),
                        ),
                    ),
                    T(
                        "3",
                        (
                            "Tham mưu UBND tỉnh trình HĐND tỉnh ban hành Nghị quyết quy định một số chính sách hỗ "
                            "trợ thúc đẩy phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo, thúc đẩy đổi mới "
                            "sáng tạo trong doanh nghiệp trên địa bàn tỉnh, trong đó chú trọng hỗ trợ doanh nghiệp "
                            "khởi nghiệp đổi mới sáng tạo ứng dụng công nghệ, phát huy sáng kiến, cải tiến kỹ "
                            "thuật. Tổ chức triển khai thực hiện hiệu quả Nghị quyết này."
                        ),
                        by=HOA,
                        lead=(QLCN,),
                        coordinate=(KHTC, VP, TTUD),
                        when=(
                            R("Năm 2023", K.YEAR, "Xây dựng và tham mưu ban hành Nghị quyết", year=2023),
                            R("Hàng năm", K.ANNUAL, "Triển khai thực hiện Nghị quyết"),
                        ),
                    ),
                    T(
                        "4",
                        (
                            "Tham mưu UBND tỉnh ban hành Kế hoạch phát triển thị trường công nghệ trên địa bàn tỉnh "
                            "đến năm 2025 và định hướng đến năm 2030 và tổ chức triển khai Kế hoạch."
                        ),
                        by=HOA,
                        lead=(QLCN,),
                        coordinate=(KHTC, VP),
                        when=(
                            R("Năm 2021", K.YEAR, "Xây dựng và tham mưu UBND tỉnh ban hành Kế hoạch", year=2021),
                            R("Hàng năm", K.ANNUAL, "Triển khai thực hiện Kế hoạch"),
                        ),
                    ),
                    T(
                        "5",
                        (
                            "Điều tra, đánh giá trình độ công nghệ sản xuất trên địa bàn tỉnh Quảng Ngãi và xây "
                            "dựng lộ trình đổi mới công nghệ cho một số doanh nghiệp trên địa bàn tỉnh."
                        ),
                        by=HOA,
                        lead=(QLCN,),
                        coordinate=(TTUD, KHTC, VP),
                        when=(
                            R(
                                "Năm 2022",
                                K.YEAR,
                                "Điều tra, đánh giá trình độ công nghệ sản xuất trên địa bàn tỉnh Quảng Ngãi",
                                year=2022,
                            ),
                            R(
                                "Năm 2022 và các năm tiếp theo",
                                K.YEARS_FROM,
                                "Xây dựng lộ trình đổi mới công nghệ cho một số doanh nghiệp trên địa bàn tỉnh",
                                year=2022,
                            ),
                        ),
                    ),
                    T(
                        "6",
                        (
                            "Cải thiện, nâng cao tỷ lệ Chỉ tiêu doanh nghiệp từng sử dụng dịch vụ liên quan tới "
                            "công nghệ và tỷ lệ Chỉ tiêu doanh nghiệp có ý định tiếp tục sử dụng dịch vụ liên quan "
                            "tới công nghệ do Trung tâm Ứng dụng và Dịch vụ khoa học và công nghệ cung ứng."
                        ),
                        by=HIEU,
                        lead=(TTUD,),
                        coordinate=(QLCN, TDC),
                        when=(R("Hàng năm", K.ANNUAL),),
                    ),
                    T(
                        "7",
                        (
                            "Đẩy mạnh công tác thông tin tuyên truyền về kết quả thực hiện các chương trình, kế "
                            "hoạch hỗ trợ doanh nghiệp trên địa bàn tỉnh Quảng Ngãi (về chuyển giao, đổi mới công "
                            "nghệ và phát triển thị trường công nghệ, phát triển tài sản trí tuệ, nâng cao năng "
                            "suất, chất lượng sản phẩm, hàng hóa); giới thiệu các công nghệ mới."
                        ),
                        by=HIEU,
                        lead=(TTUD,),
                        coordinate=(QLCN, TDC),
                        when=(R("Hàng năm", K.ANNUAL),),
                    ),
                    T(
                        "8",
                        (
                            "Tham mưu UBND tỉnh triển khai các đề tài, dự án nghiên cứu, ứng dụng khoa học và công "
                            "nghệ nhằm nâng cao trình độ và năng lực sản xuất. Trong đó, lấy doanh nghiệp làm trung "
                            "tâm của hoạt động nghiên cứu ứng dụng."
                        ),
                        by="Giám đốc Sở",
                        lead=(QLKH, QLCS, QLCN),
                        coordinate=(KHTC,),
                        when=(R("Hàng năm", K.ANNUAL),),
                    ),
                    T(
                        "9",
                        "Tổ chức hội nghị giới thiệu công nghệ, kết nối cung cầu công nghệ",
                        by=HOA,
                        lead=(QLCN,),
                        coordinate=(KHTC, VP),
                        when=(R("Năm 2021", K.YEAR, year=2021),),
                    ),
                    T(
                        "10",
                        "Tổ chức triển khai có hiệu quả các Chương trình, Kế hoạch, Đề án UBND tỉnh đã phê duyệt, "
                        "cụ thể như sau:\n"
                        "Quyết định số 36/QĐ-UBND ngày 07/01/2020 của Chủ tịch UBND tỉnh về việc phê duyệt kế "
                        "hoạch “Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo trên địa bàn tỉnh Quảng Ngãi giai "
                        "đoạn 2020 - 2025”; Kế hoạch số 66/KH-UBND ngày 18/5/2020 của UBND tỉnh về một số chủ "
                        "trương, chính sách chủ động tham gia Cuộc cách mạng công nghiệp lần thứ tư; Kế hoạch số "
                        "11/KH-UBND ngày 18/01/2021 về việc triển khai thực hiện Chương trình quốc gia hỗ trợ "
                        "doanh nghiệp nâng cao năng suất và chất lượng sản phẩm, hàng hóa, giai đoạn 2021 - 2025 "
                        "trên địa bàn tỉnh; Kế hoạch số 83/KH-UBND ngày 04/6/2021 của UBND tỉnh thực hiện Chiến "
                        "lược quốc gia về nghiên cứu, phát triển và ứng dụng trí tuệ nhân tạo đến năm 2030 trên "
                        "địa bàn tỉnh Quảng Ngãi; Kế hoạch Phát triển công nghiệp tỉnh Quảng Ngãi giai đoạn 2021 – "
                        "2025 được phê duyệt tại Quyết định số 998/QĐ-UBND ngày 07/7/2021; Đề án Phát triển công "
                        "nghiệp hỗ trợ tỉnh Quảng Ngãi đến năm 2025 và tầm nhìn đến năm 2030 được phê duyệt tại "
                        "Quyết định số 1125/QĐ-UBND ngày 30/7/2021.",
                        by="Lãnh đạo Sở",
                        lead=(QLCN, QLKH, QLCS, TDC, TTUD),
                        coordinate=(KHTC, VP),
                        when=(R("Hàng năm", K.ANNUAL),),
                    ),
                ),
            ),
            S(
                "II",
                "Đối với chỉ số thành phần Tính minh bạch",
                tasks=(
                    T(
                        "1",
                        "Xây dựng, duy trì và phát triển trang tin thành phần của Sở Khoa học và công nghệ trên "
                        "Cổng thông tin điện tử của UBND tỉnh\n"
                        "a) Nội dung:\n"
                        "Cập nhật, đăng tải kịp thời các văn bản qui phạm pháp luật về quản lý khoa học và công "
                        "nghệ; tuyên truyền, phổ biến chủ trương, đường lối của Đảng, chính sách của Nhà nước về "
                        "khoa học và công nghệ; thông tin về hoạt động chỉ đạo điều hành của cơ quan cấp trên và "
                        "lãnh đạo Sở liên quan đến hoạt động khoa học và công nghệ; cơ sở dữ liệu các kết quả "
                        "nghiên cứu, ứng dụng khoa học và công nghệ trong tỉnh; các cơ sở dữ liệu thông tin khoa "
                        "học và công nghệ khai thác từ Cục Thông tin Khoa học Công nghệ Quốc gia nhằm xây dựng kho "
                        "tư liệu thông tin, tiến đến hình thành thư viện khoa học và công nghệ số. Cung cấp đầy đủ "
                        "thông tin về thủ tục hành chính trong lĩnh vực khoa học và công nghệ nhằm phục vụ các tổ "
                        "chức, cá nhân, doanh nghiệp trong và ngoài tỉnh.",
                        by=HIEU,
                        lead=(TTUD,),
                        coordinate=(THUOC_SO,),
                        when=(R("Trong năm 2022 và các năm tiếp theo", K.YEARS_FROM, year=2022),),
                    ),
                    T(
                        "2",
                        "Tăng cường ứng dụng công nghệ để đổi mới hình thức cung cấp thông tin\n"
                        "a) Nội dung:\n"
                        "Ứng dụng các nền tảng công nghệ như zalo, facebook,... để đổi mới phương thức cung cấp "
                        "thông tin, giúp tổ chức, cá nhân, doanh nghiệp tiếp cận thông tin một cách dễ dàng thuận "
                        "lợi.",
                        by="Lãnh đạo Sở",
                        lead=(THUOC_SO,),
                        when=(R("Hàng năm", K.ANNUAL),),
                    ),
                    T(
                        "3",
                        "Xây dựng và vận hành thư viện số về thông tin khoa học công nghệ\n"
                        "a) Nội dung:\n"
                        "Xây dựng phần mềm thư viện số về thông tin khoa học và công nghệ; Bổ sung, số hóa dữ liệu "
                        "thông tin khoa học và công nghệ, cập nhật cơ sở dữ liệu khoa học và công nghệ, nhằm cung "
                        "cấp thông tin và thống kê khoa học và công nghệ, phục vụ tốt hơn cho tổ chức, cá nhân và "
                        "doanh nghiệp.",
                        by=HIEU,
                        lead=(TTUD,),
                        coordinate=(THUOC_SO,),
                        when=(
                            R("Năm 2022", K.YEAR, "Xây dựng thư viện số về thông tin khoa học công nghệ", year=2022),
                            R("Hàng năm", K.ANNUAL, "Vận hành thư viện số về thông tin khoa học và công nghệ"),
                        ),
                    ),
                    T(
                        "4",
                        "Xây dựng và vận hành phần mềm Quản lý tiêu chuẩn đo lường chất lượng.\n"
                        "a) Nội dung:\n"
                        "Xây dựng phần mềm quản lý tiêu chuẩn đo lường chất lượng, bổ sung số hóa dữ liệu, cập "
                        "nhật cơ sở dữ liệu.",
                        by=HIEU,
                        lead=(TTUD,),
                        coordinate=(THUOC_SO,),
                        when=(
                            R(
                                "Năm 2022",
                                K.YEAR,
                                "Xây dựng phần mềm Quản lý tiêu chuẩn đo lường chất lượng",
                                year=2022,
                            ),
                            R("Hàng năm", K.ANNUAL, "Vận hành phần mềm Quản lý tiêu chuẩn đo lường chất lượng"),
                        ),
                    ),
                    T(
                        "5",
                        "Thực hiện có hiệu quả công tác cải cách hành chính\n"
                        "a) Nội dung:\n"
                        "Tiếp tục rà soát, đơn giản hóa thủ tục hành chính, rút ngắn thời gian thực hiện tạo điều "
                        "kiện thuận lợi cho tổ chức, cá nhân, doanh nghiệp trong thực hiện thủ tục hành chính. "
                        "Đồng thời, phối hợp với các phòng chuyên môn liên quan và Trung tâm Ứng dụng và Dịch vụ "
                        "khoa học công nghệ đẩy mạnh tuyên truyền hướng dẫn tổ chức, cá nhân, doanh nghiệp thực "
                        "hiện thủ tục hành chính trực tuyến mức độ 3, mức độ 4.",
                        by="Giám đốc Sở",
                        lead=(VP,),
                        coordinate=(THUOC_SO,),
                        when=(R("Hàng năm", K.ANNUAL),),
                    ),
                ),
            ),
            S(
                "III",
                "Đối với chỉ số thành phần Tính năng động của chính quyền tỉnh",
                tasks=(
                    T(
                        "1",
                        (
                            "Thường xuyên truy cập, nghiên cứu các quy định pháp luật chính sách của trung ương; "
                            "đẩy mạnh ứng dụng công nghệ thông tin trong quá trình tham mưu, xử lý công việc để kịp "
                            "thời nắm bắt và áp dụng những chủ trương, định hướng chính sách về pháp luật, văn bản "
                            "quy phạm pháp luật; bám sát các kết luận, chỉ đạo của Tỉnh ủy, HĐND tỉnh, UBND tỉnh "
                            "trong việc thực hiện các nhiệm vụ được giao."
                        ),
                        by="Lãnh đạo Sở",
                        lead=(THUOC_SO,),
                        when=(R("Thường xuyên", K.CONTINUOUS),),
                    ),
                    T(
                        "2",
                        (
                            "Tăng cường phối hợp chặt chẽ, kịp thời giữa các cấp, các ngành trong việc triển khai "
                            "thực hiện nhiệm vụ và giải quyết khó khăn, vướng mắc doanh nghiệp, tạo điều kiện thúc "
                            "đẩy kinh tế tư nhân phát triển."
                        ),
                        by="Lãnh đạo Sở",
                        lead=(THUOC_SO,),
                        when=(R("Thường xuyên", K.CONTINUOUS),),
                    ),
                    T(
                        "3",
                        (
                            "Quán triệt đến các cán bộ, công chức tại phòng, đơn vị nâng cao nhận thức, trách "
                            "nhiệm, năng động, sáng tạo trong thực thi công vụ."
                        ),
                        by="Lãnh đạo Sở",
                        lead=(THUOC_SO,),
                        when=(R("Thường xuyên", K.CONTINUOUS),),
                    ),
                ),
            ),
        ),
        S(
            "C",
            "Tổ chức thực hiện",
            "",
            S(
                "1",
                "",
                (
                    "Cải thiện, nâng cao chỉ số năng lực cạnh tranh cấp tỉnh (PCI) trong năm 2021 và những năm tiếp "
                    "theo của giai đoạn 2021 – 2025 là nhiệm vụ trọng tâm, vừa có tính cấp bách, vừa có tính lâu "
                    "dài. Theo nhiệm vụ được phân công, các đồng chí Lãnh đạo Sở chỉ đạo thủ trưởng các phòng, đơn "
                    "vị chủ trì chủ động xây dựng kế hoạch phối hợp với đơn vị liên quan để triển khai thực hiện có "
                    "hiệu quả các nội dung của Kế hoạch này."
                ),
            ),
            S(
                "2",
                "",
                "Định kỳ hàng năm, Phòng Quản lý công nghệ, thị trường công nghệ và chuyên ngành thực hiện chủ "
                "trì, phối hợp với các phòng, đơn vị có liên quan tham mưu xây dựng kế hoạch triển khai thực hiện "
                "và tham mưu Giám đốc Sở báo cáo kết quả thực hiện gửi về các cơ quan đầu mối, cụ thể như sau:\n"
                "a) Đối với nội dung thuộc chỉ số thành phần Dịch vụ hỗ trợ doanh nghiệp gửi về Sở Công Thương với "
                "thời gian như sau:\n"
                "- Trước ngày 31/01 gửi kế hoạch triển khai thực hiện năm.\n"
                "- Trước ngày 05/6 gửi báo cáo đánh giá kết quả thực hiện kế hoạch hành động 06 tháng đầu năm.\n"
                "- Trước ngày 05/12 gửi báo cáo đánh giá kết quả thực hiện kế hoạch hành động năm.\n"
                "b) Đối với nội dung thuộc chỉ số thành phần Tính minh bạch gửi về Sở Tư pháp với thời gian cụ thể "
                "như sau:\n"
                "- Trước ngày 05/01 hằng năm gửi kế hoạch triển khai thực hiện trong năm.\n"
                "- Trước ngày 05/6 gửi báo cáo đánh giá kết quả thực hiện kế hoạch hành động 06 tháng đầu năm;\n"
                "- Trước ngày 05/12 gửi báo cáo đánh giá kết quả thực hiện kế hoạch hành động cả năm.\n"
                "c) Đối với nội dung thuộc chỉ số thành phần Tính năng động của chính quyền tỉnh, gửi về Sở Kế "
                "hoạch và Đầu tư với thời gian như sau:\n"
                "- Trước ngày 05/02 hằng năm gửi kế hoạch triển khai thực hiện trong năm.\n"
                "- Trước ngày 05/6 gửi báo cáo đánh giá kết quả thực hiện kế hoạch hành động 06 tháng đầu năm;\n"
                "- Trước ngày 05/12 gửi báo cáo đánh giá kết quả thực hiện kế hoạch hành động cả năm.",
            ),
        ),
    ],
    "indicators": [
        Ind(
            "pci:ho-tro-doanh-nghiep",
            "Doanh nghiệp từng sử dụng dịch vụ liên quan tới công nghệ",
            "%",
            CMP.GT,
            {2021: (50, "trên 50%"), 2025: (60, "trên 60%")},
            tasks=("B.I.6",),
        ),
        Ind(
            "pci:ho-tro-doanh-nghiep",
            "Doanh nghiệp đã sử dụng nhà cung cấp tư nhân cho dịch vụ liên quan tới công nghệ",
            "%",
            CMP.GT,
            {2021: (30, "trên 30%"), 2025: (40, "trên 40%")},
        ),
        Ind(
            "pci:ho-tro-doanh-nghiep",
            "Doanh nghiệp có ý định tiếp tục sử dụng dịch vụ liên quan tới công nghệ",
            "%",
            CMP.GT,
            {2021: (50, "trên 50%"), 2025: (60, "trên 60%")},
            tasks=("B.I.6",),
        ),
        Ind(
            "pci:minh-bach",
            "Tỷ lệ doanh nghiệp nhận được thông tin, văn bản sau khi đề nghị Sở cung cấp",
            "%",
            CMP.GT,
            {2021: (80, "trên 80%"), 2025: (90, "trên 90%")},
        ),
        Ind(
            "pci:minh-bach",
            "Số ngày để nhận được thông tin, văn bản sau khi đã đề nghị cung cấp",
            "ngày",
            CMP.LT,
            {2021: ("3.5", "dưới 3,5 ngày"), 2025: (3, "dưới 03 ngày")},
            direction=DOWN,
        ),
    ],
    "duties": [
        D(
            "Kế hoạch triển khai thực hiện năm",
            RK.PLAN,
            QLCN,
            "qng-sct",
            R("Trước ngày 31/01", K.YEARLY, day=31, month=1),
            sections=("B.I",),
            indicators=("ho-tro-doanh-nghiep",),
        ),
        D(
            "Báo cáo đánh giá kết quả thực hiện kế hoạch hành động 06 tháng đầu năm",
            RK.HALF_YEAR,
            QLCN,
            "qng-sct",
            R("Trước ngày 05/6", K.YEARLY, day=5, month=6),
            sections=("B.I",),
            indicators=("ho-tro-doanh-nghiep",),
        ),
        D(
            "Báo cáo đánh giá kết quả thực hiện kế hoạch hành động năm",
            RK.ANNUAL,
            QLCN,
            "qng-sct",
            R("Trước ngày 05/12", K.YEARLY, day=5, month=12),
            sections=("B.I",),
            indicators=("ho-tro-doanh-nghiep",),
        ),
        D(
            "Kế hoạch triển khai thực hiện trong năm",
            RK.PLAN,
            QLCN,
            "qng-stp",
            R("Trước ngày 05/01 hằng năm", K.YEARLY, day=5, month=1),
            sections=("B.II",),
            indicators=("minh-bach",),
        ),
        D(
            "Báo cáo đánh giá kết quả thực hiện kế hoạch hành động 06 tháng đầu năm",
            RK.HALF_YEAR,
            QLCN,
            "qng-stp",
            R("Trước ngày 05/6", K.YEARLY, day=5, month=6),
            sections=("B.II",),
            indicators=("minh-bach",),
        ),
        D(
            "Báo cáo đánh giá kết quả thực hiện kế hoạch hành động cả năm",
            RK.ANNUAL,
            QLCN,
            "qng-stp",
            R("Trước ngày 05/12", K.YEARLY, day=5, month=12),
            sections=("B.II",),
            indicators=("minh-bach",),
        ),
        D(
            "Kế hoạch triển khai thực hiện trong năm",
            RK.PLAN,
            QLCN,
            "qng-skhdt",
            R("Trước ngày 05/02 hằng năm", K.YEARLY, day=5, month=2),
            sections=("B.III",),
        ),
        D(
            "Báo cáo đánh giá kết quả thực hiện kế hoạch hành động 06 tháng đầu năm",
            RK.HALF_YEAR,
            QLCN,
            "qng-skhdt",
            R("Trước ngày 05/6", K.YEARLY, day=5, month=6),
            sections=("B.III",),
        ),
        D(
            "Báo cáo đánh giá kết quả thực hiện kế hoạch hành động cả năm",
            RK.ANNUAL,
            QLCN,
            "qng-skhdt",
            R("Trước ngày 05/12", K.YEARLY, day=5, month=12),
            sections=("B.III",),
        ),
    ],
}


# Seed 002: Kế hoạch CCHC 2024 of Trường Mầm non Mạ Non. It names no signer; the Hiệu trưởng directs every task.
MN = "hcm-nhabe-mamnon"


def MN_T(number, content, **kwargs):
    return T(number, content, by="Hiệu trưởng", lead=(MN,), **kwargs)


def ALWAYS(label, wording="Thường xuyên"):
    return (R(wording, K.CONTINUOUS, label),)


PAR_PLAN = {
    "key": "cchc-mamnon",
    "unit": MN,
    "doc_type": Plan.DocType.PLAN,
    "title": "Thực hiện công tác cải cách hành chính của Trường Mầm non Mạ Non năm 2024",
    "fields": {
        "number": 40,
        "symbol": "KH-TMNMN",
        "place_name": "Nhà Bè",
        "issued_on": date(2024, 2, 19),
        "start_year": 2024,
        "end_year": 2024,
        "status": Plan.Status.ISSUED,
        "preamble": (
            "Trường Mầm non Mạ Non xây dựng Kế hoạch thực hiện công tác cải cách hành chính của đơn vị năm 2024 với "
            "các nội dung sau:"
        ),
        "closing": (
            "Trên đây là Kế hoạch thực hiện công tác cải cách hành chính của Trường Mầm non Mạ Non năm 2024, đề "
            "nghị cán bộ, công chức, viên chức của đơn vị thực hiện nghiêm túc các nội dung nêu trên./."
        ),
    },
    "leaders": {"Hiệu trưởng": "mamnon.ht"},
    "bases": [
        (
            THUC_HIEN,
            "Kế hoạch",
            "172/KH-GDĐT",
            date(2024, 1, 6),
            "Phòng Giáo dục và Đào tạo huyện Nhà Bè",
            "về thực hiện công tác cải cách hành chính của ngành Giáo dục và Đào tạo huyện Nhà Bè năm 2024",
        ),
    ],
    "sections": [
        S(
            "I",
            "MỤC TIÊU",
            "",
            S(
                "1",
                "",
                (
                    "Thực hiện các nội dung của Chương trình tổng thể cải cách hành chính (viết tắt là CCHC) nhà "
                    "nước giai đoạn 2021 - 2030; Chương trình CCHC và giải pháp nâng cao Chỉ số CCHC (PAR Index) "
                    "của Thành phố Hồ Chí Minh giai đoạn 2021 - 2025 đã ban hành."
                ),
            ),
            S(
                "2",
                "",
                (
                    "Xây dựng các nội dung, kế hoạch khắc phục các điểm còn hạn chế, qua đó cải thiện nâng cao Chỉ "
                    "số CCHC của đơn vị dựa trên cơ sở các tiêu chí, tiêu chí thành phần theo Đề án xác định Chỉ số "
                    "CCHC của các Chỉ số cải cách hành chính của Huyện."
                ),
            ),
            S(
                "3",
                "",
                (
                    "Xác định rõ trách nhiệm của người đứng đầu của đơn vị trong việc triển khai nhiệm vụ CCHC và "
                    "đề ra các giải pháp nâng cao Chỉ số CCHC của Huyện."
                ),
            ),
            S(
                "4",
                "",
                (
                    "Thực hiện có hiệu quả công tác CCHC năm 2024 gắn với Chủ đề năm 2024 của Thành phố là “Quyết "
                    "tâm thực hiện hiệu quả Chuyển đổi số và Nghị quyết số 98/2023/QH15 của Quốc hội” và phù hợp "
                    "với Kế hoạch phát triển kinh tế - xã hội của Huyện năm 2024."
                ),
            ),
        ),
        S(
            "II",
            "CHỈ TIÊU",
            "",
            S(
                "1",
                "Về giải quyết hồ sơ thủ tục hành chính (viết tắt là TTHC)",
                "",
                S(
                    "1.1",
                    "",
                    (
                        "Tỷ lệ giải quyết hồ sơ TTHC đúng hạn từ 98% trở lên tại đơn vị, riêng xử lý đơn, giải "
                        "quyết khiếu nại, tố cáo tỷ lệ đạt 95% trở lên."
                    ),
                ),
                S(
                    "1.2",
                    "",
                    "Đơn vị thực hiện công khai và cập nhật kịp thời tỷ lệ giải quyết hồ sơ TTHC đúng hạn/trễ hạn.",
                ),
                S(
                    "1.3",
                    "",
                    (
                        "100% hồ sơ TTHC giải quyết trễ hẹn phải kịp thời thông báo xin lỗi tổ chức, cá nhân theo "
                        "quy định."
                    ),
                ),
                S("1.4", "", "100% thủ tục hành chính nội bộ của đơn vị được công bố, công khai và cập nhật kịp thời."),
            ),
            S(
                "2",
                "Về tỷ lệ khảo sát ý kiến hài lòng của cá nhân và tổ chức.",
                "",
                S(
                    "2.1",
                    "",
                    "Mức độ hài lòng của cá nhân, tổ chức đối với dịch vụ do đơn vị công cung cấp đạt 95% trở lên.",
                ),
                S("2.2", "", "Mức độ hài lòng của cá nhân, tổ chức về giải quyết thủ tục hành chính đạt 95% trở lên."),
                S(
                    "2.3",
                    "",
                    (
                        "100% phản ánh, kiến nghị của cá nhân, tổ chức về quy định, thủ tục hành chính thuộc thẩm "
                        "quyền giải quyết của đơn vị được tiếp nhận, xử lý, trả lời và công khai kết quả trả lời."
                    ),
                ),
            ),
            S(
                "3",
                "",
                (
                    "Đơn vị thực hiện công khai và cập nhật kịp thời tỷ lệ đánh giá hài lòng của người dân khi giải "
                    "quyết TTHC."
                ),
            ),
            S(
                "4",
                "",
                (
                    "Số hóa kết quả và hồ sơ giải quyết thủ tục hành chính đang còn hiệu lực và có giá trị sử dụng "
                    "thuộc thẩm quyền giải quyết của đơn vị đạt tỷ lệ tối thiểu là 60%."
                ),
            ),
            S(
                "5",
                "",
                (
                    "Đơn vị thực hiện ứng dụng thanh toán điện tử trong giải quyết TTHC; đơn ứng dụng thanh toán "
                    "điện tử trong cung ứng dịch vụ công."
                ),
            ),
            S(
                "6",
                "Xây dựng môi trường làm việc điện tử.",
                "",
                S(
                    "6.1",
                    "",
                    "100% các văn bản, tài liệu chính thức trao đổi tại đơn vị được thực hiện trên môi trường điện tử.",
                ),
                S(
                    "6.2",
                    "",
                    (
                        "100% cán bộ, công chức tại đơn vị sử dụng chữ ký số trong thực hiện nhiệm vụ trên môi "
                        "trường điện tử, giải quyết hồ sơ, giải quyết thủ tục hành chính."
                    ),
                ),
                S(
                    "6.3",
                    "",
                    (
                        "Ứng dụng 100% hệ thống báo cáo của đơn vị được kết nối liên thông, chia sẻ dữ liệu với hệ "
                        "thống thông tin báo cáo của Huyện."
                    ),
                ),
                S(
                    "6.4",
                    "",
                    (
                        "100% cán bộ, công chức sử dụng hệ thống thư điện tử công vụ trong trao đổi công việc theo "
                        "đúng quy định của Ủy ban nhân dân Thành phố tại Quyết định số 41/2011/QĐ-UBND ngày 17 "
                        "tháng 6 năm 2011."
                    ),
                ),
            ),
        ),
        S(
            "III",
            "NHIỆM VỤ TRỌNG TÂM",
            "",
            S(
                "1",
                "Công tác chỉ đạo, điều hành và truyền thông về CCHC",
                tasks=(
                    MN_T(
                        "1.1", "Hiệu trưởng của  đơn vị là người trực tiếp quản lý, chỉ đạo công tác CCHC tại đơn vị."
                    ),
                    MN_T(
                        "1.2",
                        (
                            "Triển khai đầy đủ và đúng các quy định trên các lĩnh vực cải cách hành chính do Huyện "
                            "ban hành, chỉ đạo."
                        ),
                    ),
                    MN_T(
                        "1.3",
                        (
                            "Thực hiện nghiêm chế độ thông tin, báo cáo định kỳ, đột xuất theo thời gian quy định "
                            "của Huyện."
                        ),
                    ),
                    MN_T(
                        "1.4",
                        (
                            "Thực hiện tự kiểm tra, khảo sát công tác CCHC thường xuyên, đẩy mạnh theo hướng đột "
                            "xuất. Đặc biệt kiểm tra trách nhiệm người đứng đầu trong chỉ đạo, điều hành công tác "
                            "CCHC và kết quả thực hiện các chỉ tiêu CCHC, xử lý dứt điểm các vấn đề phát hiện qua "
                            "kiểm tra."
                        ),
                        when=ALWAYS("Thực hiện tự kiểm tra, khảo sát công tác CCHC", "thường xuyên"),
                    ),
                    MN_T(
                        "1.5",
                        (
                            "Tự kiểm tra tiến độ thực hiện Quyết định số 2218/QĐ-UBND ngày 24 tháng 11 năm 2021 của "
                            "Ủy ban nhân dân Huyện về ban hành Kế hoạch thực hiện Chương trình tổng thể cải cách "
                            "hành chính nhà nước trên địa bàn huyện Nhà Bè giai đoạn 2021 - 2030; Kế hoạch số "
                            "843/KH-UBND ngày 29 tháng 4 năm 2021 của Ủy ban nhân dân Huyện về thực hiện chương "
                            "trình cải cách hành chính và giải pháp nâng cao Chỉ số cải cách hành chính trên địa "
                            "bàn huyện Nhà Bè giai đoạn 2020 – 2025."
                        ),
                    ),
                    MN_T(
                        "1.6",
                        (
                            "Thực hiện các giải pháp cải thiện, khắc phục hạn chế, thiếu sót trong công tác đánh "
                            "giá, xác định Chỉ số CCHC (PAR Index) của đơn vị."
                        ),
                    ),
                    MN_T(
                        "1.8",
                        (
                            "Khuyến khích cán bộ, công chức, viên chức đưa ra đề xuất, sáng kiến; chủ động phát "
                            "hiện những mô hình, giải pháp sáng tạo trong CCHC để nhân rộng trong toàn đơn vị, kịp "
                            "thời cung cấp bài viết thông tin cải cách hành chính cho Ban Chỉ đạo Cải cách hành "
                            "chính Huyện."
                        ),
                    ),
                    MN_T(
                        "1.9",
                        (
                            "Tăng cường thực hiện thi đua, khen thưởng đối với các đề xuất giải pháp, sáng kiến, "
                            "cách làm mới trong CCHC mang lại hiệu quả, lợi ích thiết thực."
                        ),
                    ),
                    MN_T(
                        "1.10",
                        (
                            "Bồi dưỡng, cập nhật kiến thức, nâng cao năng lực cho đội ngũ cán bộ, công chức, viên "
                            "chức làm công tác CCHC về truyền thông, về chuyên môn, nghiệp vụ thực hiện công tác "
                            "cải cách hành chính."
                        ),
                    ),
                    MN_T(
                        "1.11",
                        (
                            "Tham gia trao đổi, học tập kinh nghiệm về công tác cải cách hành chính và chuyển đổi "
                            "số khi Huyện triển khai."
                        ),
                    ),
                    MN_T(
                        "1.12",
                        "Tuyên truyền, truyền thông về công tác CCHC\n"
                        "- Tuyên truyền CCHC một cách thiết thực, phong phú, đa dạng bằng nhiều hình thức, có mô "
                        "hình truyên truyền rõ ràng, hiệu quả; gắn kết quả công tác CCHC với công tác thi đua, "
                        "khen thưởng.\n"
                        "- Duy trì và nâng cao chất lượng thông tin, giới thiệu giải pháp, mô hình trên các trang "
                        "tin điện tử.\n"
                        "- Tiếp tục nhân rộng sản phẩm, mô hình tuyên truyền hiệu quả về công tác CCHC của từng "
                        "đơn vị.\n"
                        "- Tham gia Hội thi về CCHC theo hình thức phù hợp, sinh động, hiệu quả, có sức lan tỏa.\n"
                        "- Trang thông tin điện tử của đơn vị phải có các chuyên mục dành riêng về công tác CCHC "
                        "để chủ động thông tin về công tác cải cách hành chính của đơn vị, giới thiệu các mô hình, "
                        "giải pháp hay trong thực hiện CCHC tại đơn vị và tiếp nhận ý kiến góp ý, đề xuất các ý "
                        "tưởng, mô hình, cách làm hay trong công tác cải cách hành chính.\n"
                        "- Tiếp tục duy trì chuyên mục, chuyên trang về CCHC để tuyên truyền và phản hồi ý kiến "
                        "của người dân, các cơ quan, tổ chức về công tác CCHC; tuyên truyền, phổ biến kết quả đánh "
                        "giá Chỉ số CCHC, kết quả khảo sát sự hài lòng của cơ quan hành chính nhà nước trên địa "
                        "bàn Huyện.",
                    ),
                ),
            ),
            S(
                "2",
                "Công tác cải cách thể chế",
                tasks=(
                    MN_T(
                        "2.1",
                        (
                            "Nâng cao chất lượng xây dựng văn bản, đảm bảo tính đồng bộ, thống nhất, tính hợp lý, "
                            "tính khả thi và kịp thời phát hiện xử lý các bất cập, vướng mắc trong tổ chức thực "
                            "hiện văn bản tại đơn vị. Thường xuyên theo dõi, tự kiểm tra, đôn đốc việc xây dựng văn "
                            "bản đảm bảo theo đúng tiến độ và thời gian quy định."
                        ),
                        when=ALWAYS("theo dõi, tự kiểm tra, đôn đốc việc xây dựng văn bản"),
                    ),
                    MN_T("2.2", "Xây dựng và ban hành văn bản theo tại đơn vị theo quy định."),
                    MN_T(
                        "2.3",
                        (
                            "Thúc đẩy quá trình chuyển đổi số, phục vụ có hiệu quả việc xây dựng, phát triển chính "
                            "quyền số và xã hội số trên địa bàn Huyện."
                        ),
                    ),
                    MN_T(
                        "2.4",
                        "Thực hiện tự theo dõi thi hành pháp luật, xử lý kịp thời kết quả theo dõi thi hành pháp luật.",
                    ),
                    MN_T("2.5", "Công bố kịp thời danh mục văn bản hết hiệu lực, ngưng hiệu lực."),
                    MN_T(
                        "2.6",
                        (
                            "Tăng cường tuyên truyền phổ biến giáo dục pháp luật tại đơn vị đa dạng về hình thức và "
                            "phù hợp với từng đối tượng."
                        ),
                    ),
                ),
            ),
            S(
                "3",
                "Cải cách thủ tục hành chính",
                tasks=(
                    MN_T(
                        "3.1",
                        (
                            "Tăng cường trách nhiệm của người đứng đầu trong cải cách TTHC và giải quyết TTHC; kết "
                            "quả thực hiện là cơ sở xem xét mức độ hoàn thành nhiệm vụ của người đứng đầu đơn vị."
                        ),
                    ),
                    MN_T(
                        "3.2",
                        (
                            "Tổ chức triển khai thực hiện Nghị quyết số 131/NQ-CP ngày 06 tháng 10 năm 2022 của "
                            "Chính phủ; Chỉ thị số 27/CT-TTg ngày 27 tháng 10 năm 2023 của Thủ tướng Chính phủ; Chỉ "
                            "thị số 06/CT-UBND ngày 18 tháng 10 năm 2023 của Chủ tịch UBND Thành phố."
                        ),
                    ),
                    MN_T(
                        "3.3",
                        (
                            "Thực hiện công khai, minh bạch trong tiếp nhận, giải quyết thủ tục hành chính, bảo đảm "
                            "100% thủ tục hành chính được công bố, công khai đầy đủ, đúng hạn và 100% các hồ sơ thủ "
                            "tục hành chính tiếp nhận, giải quyết tại đơn vị."
                        ),
                    ),
                    MN_T(
                        "3.4",
                        (
                            "Nâng cao chất lượng giải quyết hồ sơ, TTHC đảm bảo chỉ tiêu kế hoạch đề ra. Thực hiện "
                            "nghiêm việc xin lỗi đối với hồ sơ trễ hẹn. Xử lý nghiêm các trường hợp sai phạm, tiêu "
                            "cực phát sinh trong quá trình giải quyết hồ sơ, TTHC (nếu có)."
                        ),
                    ),
                    MN_T(
                        "3.5",
                        (
                            "Thực hiện đơn giản hóa thủ tục hành chính nội bộ theo Quyết định số 4324/QĐ-UBND ngày "
                            "13 tháng 12 năm 2022 của Chủ tịch Ủy ban nhân dân Thành phố ban hành Kế hoạch rà soát, "
                            "đơn giản thủ tục hành chính nội bộ trên địa bàn Thành phố Hồ Chí Minh giai đoạn "
                            "2022-2025."
                        ),
                    ),
                    MN_T(
                        "3.8",
                        (
                            "Tự đánh giá chất lượng phục vụ người dân trong thực hiện thủ tục hành chính, dịch vụ "
                            "công theo thời gian thực trên  môi trường điện tử theo Quyết định số 766/QĐ-TTg ngày "
                            "23 tháng 6 năm 2022 của Thủ tướng Chính phủ về phê duyệt Bộ chỉ số chỉ đạo, điều hành "
                            "và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành "
                            "chính, dịch vụ công theo thời gian thực trên môi trường điện tử."
                        ),
                    ),
                    MN_T(
                        "3.6",
                        (
                            "Số hóa kết quả và hồ sơ giải quyết thủ tục hành chính đang còn hiệu lực và có giá trị "
                            "sử dụng thuộc thẩm quyền giải quyết của cấp huyện đạt tỷ lệ tối thiểu tương ứng là "
                            "60%. Trên 80% người dân khi thực hiện TTHC không phải cung cấp lại các thông tin, giấy "
                            "tờ, tài liệu đã được chấp nhận khi thực hiện thành công TTHC trước đó mà cơ quan nhà "
                            "nước có thẩm quyền giải quyết TTHC đang quản lý, hoặc thông tin, giấy tờ, tài liệu đã "
                            "được cơ quan nhà nước kết nối, chia sẻ."
                        ),
                    ),
                    MN_T(
                        "3.7",
                        (
                            "Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân,  tổ chức về quy định, thủ tục hành "
                            "chính thuộc thẩm quyền giải quyết của Thành phố đảm bảo quy định của Nghị định số "
                            "20/2008/NĐ-CP của Chính phủ (đã sửa đổi, bổ sung), Quyết định số 31/2021/QĐ-TTg của "
                            "Thủ tướng Chính phủ về Quy chế quản lý, vận hành, khai thác Cổng Dịch vụ công Quốc gia "
                            "và  Quyết định số 24/2022/QĐ-UBND ngày 07 tháng 7 năm 2022 của Ủy ban nhân dân Thành "
                            "phố ban hành Quy chế tiếp nhận, xử lý phản ánh kiến nghị của cá nhân, tổ chức về quy "
                            "định hành chính."
                        ),
                    ),
                    MN_T("3.8", "Tăng cường thực hiện tự kiểm tra công tác giải quyết thủ tục hành chính tại đơn vị."),
                    MN_T(
                        "3.9",
                        (
                            "Nâng cao chất lượng tham mưu công tác kiểm soát TTHC của cán bộ đầu mối kiểm soát "
                            "TTHC. Thường xuyên tham gia các lớp tập huấn, bồi dưỡng chuyên môn nghiệp vụ TTHC."
                        ),
                        when=ALWAYS("tham gia các lớp tập huấn, bồi dưỡng chuyên môn nghiệp vụ TTHC"),
                    ),
                ),
            ),
            S(
                "4",
                "Cải cách tổ chức bộ máy hành chính nhà nước",
                tasks=(
                    MN_T("4.1", "Chủ động cải cách tổ chức bộ máy trong từng nội bộ đơn vị."),
                    MN_T(
                        "4.2",
                        (
                            "Thực hiện Kế hoạch thực hiện Chương trình hành động số 33-CTrHĐ/TU ngày 16 tháng 4 năm "
                            "2019 của Ban Thường vụ Thành ủy thực hiện Nghị quyết số 19-NQ/TW ngày 25 tháng 10 năm "
                            "2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương khóa XII về tiếp tục đổi mới hệ "
                            "thống tổ chức và quản lý, nâng cao chất lượng và hiệu quả hoạt động của các đơn vị sự "
                            "nghiệp công lập."
                        ),
                    ),
                    MN_T(
                        "4.3",
                        (
                            "Thực hiện công tác tinh giản biên chế theo Nghị định số 29/2023/NĐ-CP ngày 03 tháng 6 "
                            "năm 2023 của Chính phủ quy định về tinh giản biên chế."
                        ),
                    ),
                    MN_T(
                        "4.4",
                        (
                            "Nghiêm túc thực hiện quy chế phối hợp giữa đơn vị với Ủy ban nhân dân Huyện, xã Phú "
                            "Xuân trong công tác tham mưu và triển khai thực hiện nhiệm vụ quản lý nhà nước."
                        ),
                        coordinate=("hcm-nhabe",),
                    ),
                ),
            ),
            S(
                "5",
                "Cải cách chế độ công vụ",
                tasks=(
                    MN_T(
                        "5.1",
                        (
                            "Thực hiện Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử "
                            "phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030 của ngành "
                            "Nội vụ theo Kế hoạch số 1674/KH-UBND ngày 27 tháng 4 năm 2023 của Ủy ban nhân dân "
                            "Thành phố."
                        ),
                    ),
                    MN_T(
                        "5.2",
                        (
                            "Thực hiện Công văn số 2171/UBND ngày 17 tháng 11 năm 2022 của Ủy ban nhân dân Huyện về "
                            "triển khai thực hiện đề án đẩy mạnh cải cách chế độ công vụ, công chức của Thành phố "
                            "Hồ Chí Minh giai đoạn 2022 - 2027."
                        ),
                    ),
                    MN_T(
                        "5.3",
                        (
                            "Thực hiện Công văn số 2172/UBND ngày 17 tháng 11 năm 2022 của Ủy ban nhân dân huyện "
                            "Nhà Bè về triển khai Đề án nâng cao năng lực, trình độ đội ngũ cán bộ, công chức, viên "
                            "chức làm công tác cải cách hành chính ở các sở - ngành, Ủy ban nhân dân các cấp của Ủy "
                            "ban nhân dân Thành phố trên địa bàn huyện Nhà Bè giai đoạn 2022 - 2025."
                        ),
                    ),
                    MN_T(
                        "5.4",
                        (
                            "Thực hiện phát động phong trào thi đua thực hiện văn hóa công vụ đến toàn thể cán bộ, "
                            "công chức, viên chức và người lao động, đưa nội dung thực hiện văn hóa công vụ vào các "
                            "tiêu chí bình xét thi đua của đơn vị. Kịp thời tham mưu biểu dương, khen thưởng những "
                            "tập thể có thành tích tốt và những cá nhân gương mẫu trong thực hiện văn hóa công vụ; "
                            "xử lý nghiêm tập thể, cá nhân vi phạm quy định hoặc thực hiện chưa tốt văn hóa công "
                            "vụ."
                        ),
                    ),
                    MN_T(
                        "5.5",
                        "Tăng cường công tác tự kiểm tra việc thực hiện quy tắc ứng xử và thực thi công vụ tại đơn vị.",
                    ),
                    MN_T(
                        "5.6",
                        (
                            "Thực hiện các nội dung về chủ trương khuyến khích và bảo vệ cán bộ năng động, sáng tạo "
                            "vì lợi ích chung theo Nghị định số 73/2023/NĐ-CP ngày 19 tháng 9 năm 2023 của Chính "
                            "phủ, Kế hoạch số 124-KH/TU ngày 31 tháng 5 năm 2022 của Thành ủy; Kế hoạch số  "
                            "3815/KH-UBND ngày 18 tháng 10 năm 2022 của UBND Thành phố; Kế hoạch số 5337/KH-UBND "
                            "ngày 18 tháng 10 năm 2023 của UBND Thành phố."
                        ),
                    ),
                ),
            ),
            S(
                "6",
                "Cải cách tài chính công",
                tasks=(
                    MN_T(
                        "6.1",
                        (
                            "Thực hiện nghiêm quy định về sử dụng kinh phí nguồn NSNN; tăng tính hiệu quả của việc "
                            "thực hiện cơ chế tự chủ về sử dụng kinh phí quản lý hành chính."
                        ),
                    ),
                    MN_T(
                        "6.2",
                        (
                            "Đơn vị xây dựng ban hành quy chế quản lý, sử dụng tài sản công; thường xuyên tự kiểm "
                            "tra việc thực hiện các quy định về quản lý tài sản công tại đơn vị."
                        ),
                        when=ALWAYS(
                            "tự kiểm tra việc thực hiện các quy định về quản lý tài sản công tại đơn vị", "thường xuyên"
                        ),
                    ),
                    MN_T(
                        "6.3",
                        "Thực hiện nghiêm và đúng các quy định về cơ chế tự chủ tài chính của đơn vị theo quy định "
                        "của Chính phủ.\n"
                        "- Tăng cường tính hiệu quả của việc thực hiện cơ chế tự chủ tại đơn vị. Có giải pháp hữu "
                        "hiệu nâng cao chất lượng hoạt động của đơn vị trong giáo dục mầm non.\n"
                        "- Thường xuyên tự kiểm tra tại đơn vị về thực hiện chế độ tự chủ, tự chịu trách nhiệm.",
                        when=ALWAYS("tự kiểm tra tại đơn vị về thực hiện chế độ tự chủ, tự chịu trách nhiệm"),
                    ),
                    MN_T(
                        "6.4",
                        (
                            "Đơn vị thực hiện ứng dụng thanh toán điện tử trong giải quyết TTHC; ứng dụng thanh "
                            "toán điện tử trong cung ứng dịch vụ công."
                        ),
                    ),
                ),
            ),
            S(
                "7",
                "Xây dựng và phát triển chính quyền điện tử, chính quyền số",
                tasks=(
                    MN_T(
                        "7.1",
                        "Thực hiện “Chương trình chuyển đổi số của Thành phố” và Đề án “Xây dựng Thành phố Hồ Chí "
                        "Minh trở thành đô thị thông minh”.\n"
                        "- Thực hiện chính quyền điện tử trong thời kỳ chuyển đổi số, chuyển đổi dần chính quyền "
                        "điện tử sang chính quyền số để phù hợp với vai trò của chính quyền quản lý đô thị thông "
                        "minh.\n"
                        "- Tập trung vào phát triển, kết nối, chia sẻ, khai thác, phân tích dữ liệu phục vụ chuyển "
                        "đổi số, phát triển chính quyền số và xã hội số.",
                    ),
                    MN_T(
                        "7.2",
                        (
                            "Ứng dụng kết nối liên thông các phần mềm quản lý văn bản và điều hành nội bộ để bảo "
                            "đảm thông suốt trong việc thực hiện gửi, nhận văn bản điện tử; thực hiện chữ ký số "
                            "trong xử lý, ban hành và phát hành văn bản."
                        ),
                    ),
                    MN_T("7.3", "Cán bộ, công chức ứng dụng chữ ký số trong tiếp nhận và giải quyết hồ sơ TTHC."),
                    MN_T(
                        "7.4",
                        (
                            "Triển khai hiệu quả công tác số hóa hồ sơ, kết quả thủ tục hành chính trong tiếp nhận, "
                            "giải quyết thủ tục hành chính."
                        ),
                    ),
                    MN_T(
                        "7.5",
                        (
                            "Đẩy mạnh ứng dụng công nghệ thông tin trong quản lý, điều hành; trong phối hợp giữa "
                            "các bộ phận trong đơn vị; trong phục vụ người dân; mở rộng việc sử dụng trên nền tảng "
                            "điện thoại thông minh."
                        ),
                    ),
                    MN_T(
                        "7.6",
                        (
                            "Tiếp tục thực hiện theo Quyết định số  06/QĐ-TTg ngày 06 tháng 01 năm 2022 của Thủ "
                            "tướng Chính phủ về việc  phê duyệt Đề án “Phát triển ứng dụng dữ liệu về dân cư, định "
                            "danh và xác thực điện từ phục vụ chuyển đổi số quốc gia giai đoạn 2022-2025, tầm nhìn "
                            "đến  năm 2030” và Kế hoạch số 922/KH-UBND ngày 28 tháng 3 năm 2022 của Ủy ban nhân dân "
                            "Thành phố về triển khai thực hiện Quyết định số 06/QĐ-TTg ngày 06 tháng 01 năm 2022 "
                            "của Thủ tướng Chính phủ về việc phê duyệt Đề án “Phát triển ứng dụng dữ liệu về dân "
                            "cư, định danh và xác thực điện từ phục vụ chuyển đổi số quốc gia giai đoạn 2022-2025, "
                            "tầm nhìn đến năm 2030” trên địa bàn Thành phố Hồ Chí Minh."
                        ),
                    ),
                    MN_T(
                        "7.7",
                        (
                            "Tăng cường sử dụng hệ thống hội họp trực tuyến cho các cuộc họp nhằm giảm chi phí, "
                            "tiết kiệm thời gian đi lại."
                        ),
                    ),
                    MN_T("7.8", "Mở rộng Hệ thống phần mềm quản lý đơn thư, khiếu nại tố cáo."),
                    MN_T("7.9", "Thực hiện chế độ báo cáo qua Hệ thống thông tin báo cáo của Huyện theo yêu cầu."),
                ),
            ),
            S(
                "8",
                "Khảo sát, đánh giá sự hài lòng của người dân",
                tasks=(
                    MN_T(
                        "8.1",
                        "Thông tin, tuyên truyền công tác CCHC một cách có hiệu quả, để người dân hiểu đúng về kết "
                        "quả thực hiện công tác CCHC của đơn vị.\n"
                        "- Đảm bảo đầy đủ thông tin các trường dữ liệu của người dân khi đến thực hiện TTHC trên "
                        "giấy tiếp nhận hồ sơ và hẹn trả kết quả ban hành kèm theo mẫu số 01 của Thông tư số "
                        "01/2018/TT-VPCP ngày 23 tháng 11 năm 2018 của Văn phòng Chính phủ hướng dẫn thi hành một "
                        "số quy định của Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực "
                        "hiện cơ chế một cửa, một cửa liên thông trong giải quyết TTHC.\n"
                        "- Cung cấp đầy đủ, kịp thời danh sách người dân đã thực hiện TTHC tại đơn vị theo yêu cầu.",
                    ),
                    MN_T(
                        "8.2",
                        (
                            "Đảm bảo đánh giá Chỉ số CCHC, đo lường sự hài lòng của người dân thực hiện một cách "
                            "khách quan, khoa học, phản ánh đúng kết quả thực hiện CCHC của Huyện."
                        ),
                    ),
                ),
            ),
            S("", "", "Nội dung chi tiết theo Phụ lục đính kèm."),
        ),
        S(
            "IV",
            "TỔ CHỨC THỰC HIỆN",
            "Căn cứ tình hình thực tế của đơn vị, đơn vị xây dựng Kế hoạch thực hiện công tác cải cách hành chính "
            "của đơn vị năm 2024 và các chỉ tiêu, nội dung của đơn vị đề ra; hiệu trưởng trực tiếp chỉ đạo, quản "
            "lý, đẩy mạnh công tác CCHC tại đơn vị.\n"
            "Lấy kết quả, hiệu quả, sáng tạo trong công tác CCHC để làm căn cứ, đánh giá việc hoàn thành nhiệm vụ "
            "đối với người đứng đầu tổ chức thực hiện đạt các chỉ tiêu của Kế hoạch này.\n"
            "Tiếp tục chủ động, thường xuyên bồi dưỡng cập nhật kiến thức, kỹ năng cho đội ngũ cán bộ, giáo viên "
            "làm công tác pháp chế, công tác tham mưu xây dựng, góp ý, đánh giá, thẩm định dự thảo văn bản tại đơn "
            "vị.\n"
            "Thực hiện hiệu quả công tác ứng dụng thanh toán điện tử trong cung cấp dịch vụ công thuộc lĩnh vực "
            "giáo dục. Tiếp tục xây dựng và triển khai thực hiện Đề án đo lường chất lượng hoạt động và cung cấp "
            "dịch vụ công tại đơn vị trong lĩnh vực giáo dục mầm non.",
        ),
    ],
    "indicators": [
        Ind(
            "par:cai-cach-tthc",
            "Tỷ lệ giải quyết hồ sơ TTHC đúng hạn tại đơn vị",
            "%",
            CMP.GE,
            {2024: (98, "từ 98% trở lên")},
            tasks=("III.3.3.4",),
        ),
        Ind(
            "par:cai-cach-tthc",
            "Tỷ lệ xử lý đơn, giải quyết khiếu nại, tố cáo",
            "%",
            CMP.GE,
            {2024: (95, "đạt 95% trở lên")},
        ),
        Ind(
            "par:cai-cach-tthc",
            "Tỷ lệ hồ sơ TTHC giải quyết trễ hẹn được kịp thời thông báo xin lỗi tổ chức, cá nhân theo quy định",
            "%",
            CMP.EQ,
            {2024: (100, "100%")},
            tasks=("III.3.3.4",),
        ),
        Ind(
            "par:cai-cach-tthc",
            "Tỷ lệ thủ tục hành chính nội bộ của đơn vị được công bố, công khai và cập nhật kịp thời",
            "%",
            CMP.EQ,
            {2024: (100, "100%")},
        ),
        Ind(
            "par:tac-dong",
            "Mức độ hài lòng của cá nhân, tổ chức đối với dịch vụ do đơn vị công cung cấp",
            "%",
            CMP.GE,
            {2024: (95, "đạt 95% trở lên")},
        ),
        Ind(
            "par:tac-dong",
            "Mức độ hài lòng của cá nhân, tổ chức về giải quyết thủ tục hành chính",
            "%",
            CMP.GE,
            {2024: (95, "đạt 95% trở lên")},
        ),
        Ind(
            "par:cai-cach-tthc",
            (
                "Tỷ lệ phản ánh, kiến nghị của cá nhân, tổ chức về quy định, thủ tục hành chính thuộc thẩm quyền "
                "giải quyết của đơn vị được tiếp nhận, xử lý, trả lời và công khai kết quả trả lời"
            ),
            "%",
            CMP.EQ,
            {2024: (100, "100%")},
            tasks=("III.3.3.7",),
        ),
        Ind(
            "par:cai-cach-tthc",
            (
                "Tỷ lệ số hóa kết quả và hồ sơ giải quyết thủ tục hành chính đang còn hiệu lực và có giá trị sử "
                "dụng thuộc thẩm quyền giải quyết của đơn vị"
            ),
            "%",
            CMP.GE,
            {2024: (60, "tối thiểu là 60%")},
            tasks=("III.3.3.6", "III.7.7.4"),
        ),
        Ind(
            "par:cai-cach-tthc",
            (
                "Tỷ lệ người dân khi thực hiện TTHC không phải cung cấp lại các thông tin, giấy tờ, tài liệu đã "
                "được chấp nhận hoặc đã được cơ quan nhà nước kết nối, chia sẻ"
            ),
            "%",
            CMP.GT,
            {2024: (80, "Trên 80%")},
            tasks=("III.3.3.6",),
        ),
        Ind(
            "par:chinh-quyen-so",
            "Tỷ lệ văn bản, tài liệu chính thức trao đổi tại đơn vị được thực hiện trên môi trường điện tử",
            "%",
            CMP.EQ,
            {2024: (100, "100%")},
            tasks=("III.7.7.2",),
        ),
        Ind(
            "par:chinh-quyen-so",
            (
                "Tỷ lệ cán bộ, công chức tại đơn vị sử dụng chữ ký số trong thực hiện nhiệm vụ trên môi trường điện "
                "tử, giải quyết hồ sơ, giải quyết thủ tục hành chính"
            ),
            "%",
            CMP.EQ,
            {2024: (100, "100%")},
            tasks=("III.7.7.3",),
        ),
        Ind(
            "par:chinh-quyen-so",
            (
                "Tỷ lệ hệ thống báo cáo của đơn vị được kết nối liên thông, chia sẻ dữ liệu với hệ thống thông tin "
                "báo cáo của Huyện"
            ),
            "%",
            CMP.EQ,
            {2024: (100, "100%")},
            tasks=("III.7.7.9",),
        ),
        Ind(
            "par:chinh-quyen-so",
            "Tỷ lệ cán bộ, công chức sử dụng hệ thống thư điện tử công vụ trong trao đổi công việc",
            "%",
            CMP.EQ,
            {2024: (100, "100%")},
        ),
    ],
    "duties": [
        D(
            "Thông tin, báo cáo đột xuất theo thời gian quy định của Huyện",
            RK.AD_HOC,
            MN,
            "hcm-nhabe",
            sections=("III.1",),
        ),
        D(
            "Bài viết thông tin cải cách hành chính cho Ban Chỉ đạo Cải cách hành chính Huyện",
            RK.UPDATE,
            MN,
            "hcm-nhabe",
            sections=("III.1",),
        ),
        D(
            "Báo cáo qua Hệ thống thông tin báo cáo của Huyện theo yêu cầu",
            RK.AD_HOC,
            MN,
            "hcm-nhabe",
            sections=("III.7",),
        ),
        D("Danh sách người dân đã thực hiện TTHC tại đơn vị theo yêu cầu", RK.AD_HOC, MN, None, sections=("III.8",)),
    ],
}


# Seed 004: Quyết định 4259/QĐ-UBND of UBND thành phố Tuyên Quang and the Quy chế it issues. The Quy chế is
# printed as written: its own date (31/12/2019), its "Quyết định số 455" and its repeated Điều 6, 8 and 9.
BBT, TTVH, VHTT = "tqg-tp-bbt", "tqg-tp-ttvh", "tqg-tp-vhtt"
TQ_SIGNER = {
    "signer_authority": Plan.Authority.TM,
    "signer_collective": "ỦY BAN NHÂN DÂN",
    "signer_position": "CHỦ TỊCH",
    "signer_name": "Tô Hoàng Linh",
}
TQ_DECISION = {
    "key": "qd-4259",
    "unit": "tqg-tp",
    "doc_type": Plan.DocType.DECISION,
    "title": "V/v ban hành Quy chế hoạt động của Ban biên tập Trang thông tin điện tử Thành phố Tuyên Quang",
    "fields": {
        "number": 4259,
        "symbol": "QĐ-UBND",
        "place_name": "TP. Tuyên Quang",
        "issued_on": date(2019, 12, 11),
        "authority_line": "CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ",
        "start_year": 2019,
        "end_year": 2025,
        "status": Plan.Status.ISSUED,
        "preamble": "Xét đề nghị của Trưởng Ban Biên tập Trang thông tin điện tử thành phố,",
        **TQ_SIGNER,
        "recipients": "\n".join(
            (
                "Như Điều 3 (Thực hiện);",
                "Ủy ban nhân dân tỉnh",
                "Thường trực Thành ủy (Báo cáo);",
                "Thường trực HĐND thành phố",
                "Các ban Đảng, Văn phòng Thành ủy;",
                "Các tổ chức Chính trị xã hội thành phố;",
                "Chủ tịch, các PCT UBND thành phố;",
                "Các PCVP HĐND và UBND thành phố;",
                "Lưu: VT.",
            )
        ),
    },
    "bases": [
        (CAN_CU, "Luật", "", date(2015, 6, 19), "", "tổ chức Chính quyền địa phương"),
        (CAN_CU, "Luật", "", date(2006, 6, 29), "", "Công nghệ thông tin"),
        (
            CAN_CU,
            "Nghị định",
            "64/2007/NĐ-CP",
            date(2007, 4, 10),
            "Chính phủ",
            "về việc ứng dụng Công nghệ thông tin trong hoạt động của cơ quan quản lý nhà nước",
        ),
        (
            CAN_CU,
            "Nghị định",
            "43/2011/NĐ-CP",
            date(2011, 6, 10),
            "Chính phủ",
            (
                "về việc cung cấp thông tin và dịch vụ công trực tuyến trên trang thông tin điện tử hoặc cổng thông "
                "tin điện tử của cơ quan nhà nước"
            ),
        ),
        (
            CAN_CU,
            "Quyết định",
            "3277/QĐ-UBND",
            date(2019, 11, 1),
            "UBND thành phố Tuyên Quang",
            "về việc kiện toàn Ban biên tập Trang thông tin điện tử (Website) thành phố Tuyên Quang",
        ),
    ],
    "sections": [
        S(
            "Điều 1",
            "",
            (
                "Ban hành kèm theo Quyết định này Quy chế sửa đổi, bổ sung tổ chức, hoạt động của Ban Biên tập "
                "Trang thông tin Điện tử thành phố Tuyên Quang."
            ),
        ),
        S(
            "Điều 2",
            "",
            (
                "Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 1848/QĐ-UBND ngày 27/10/2016 "
                "của Chủ tịch Ủy ban nhân dân thành phố về việc ban hành Quy chế tổ chức, hoạt động của Ban Biên "
                "tập Trang thông tin Điện tử thành phố Tuyên Quang"
            ),
        ),
        S(
            "Điều 3",
            "",
            (
                "Thành viên Ban Biên tập Trang thông tin Điện tử thành phố, Thủ trưởng các phòng, ban, cơ quan "
                "thành phố; Chủ tịch UBND các xã, phường và các tổ chức, cá nhân liên quan chịu trách nhiệm thi "
                "hành Quyết định này."
            ),
        ),
    ],
}
TQ_REGULATION = {
    "key": "qc-bbt",
    "attached_to": "qd-4259",
    "unit": "tqg-tp",
    "doc_type": Plan.DocType.REGULATION,
    "title": "Hoạt động của Ban Biên tập Trang thông tin điện tử thành phố Tuyên Quang",
    "fields": {
        "place_name": "TP. Tuyên Quang",
        "issued_on": date(2019, 12, 31),
        "start_year": 2019,
        "end_year": 2025,
        "status": Plan.Status.ISSUED,
        "preamble": "(Ban hành kèm theo Quyết định số 455 ngày 31/12/2019 của Ủy ban nhân dân thành phố Tuyên Quang)",
        **TQ_SIGNER,
    },
    "sections": [
        S(
            "CHƯƠNG I",
            "QUY ĐỊNH CHUNG",
            "",
            S(
                "Điều 1",
                "Phạm vi và đối tượng",
                "Quy chế này quy định chi tiết việc tổ chức và hoạt động của Ban Biên tập Trang thông tin điện tử "
                "thành phố Tuyên Quang (sau đây gọi là Ban Biên tập).\n"
                "Các thành viên Ban Biên tập chịu trách nhiệm thực hiện Quy chế này.",
            ),
            S(
                "Điều 2",
                "Website thành phố Tuyên Quang",
                "1. Website thành phố Tuyên Quang là loại trang thông tin điện tử tổng hợp;\n"
                "2. Địa chỉ truy cập trên Internet: http://thanhphotuyenquang.gov.vn\n"
                "3. Quy định phông chữ tiêu chuẩn: Phông chữ (font) tiêu chuẩn Unicode TCVN 6909:2001.\n"
                "4. Cơ quan chủ quản: Ủy ban nhân dân thành phố Tuyên Quang.\n"
                "5. Cơ quan thường trực Ban Biên tập: Trung tâm Văn hóa, Truyền thông và Thể thao thành phố.",
            ),
            S(
                "Điều 3",
                "Chức năng, nhiệm vụ của Ban Biên tập",
                "1. Chức năng\n"
                "Ban Biên tập Trang thông tin điện tử thành phố do Chủ tịch Ủy ban nhân dân thành phố thành lập, "
                "để tổ chức thu thập, biên tập và cập nhật thông tin trên Trang thông tin điện tử thành phố.\n"
                "2. Nhiệm vụ\n"
                "a. Cung cấp các thông tin cơ bản chung về thành phố Tuyên Quang: Điều kiện tự nhiên, truyền thống "
                "lịch sử, văn hóa; về hệ thống chính trị thành phố; quảng bá tiềm năng phát triển kinh tế, du "
                "lịch; giới thiệu, hình ảnh quê hương và người thành phố Tuyên Quang...\n"
                "b. Thông tin nội dung lãnh đạo, chỉ đạo, điều hành nhiệm vụ chính trị của cấp ủy, chính quyền "
                "thành phố và hướng dẫn triển khai thực hiện của các phòng, ban, đơn vị trên Website thành phố "
                "đúng quy định.\n"
                "c. Thông tin tổng hợp về hoạt động của lãnh đạo thành phố; về tình hình, kết quả thực hiện nhiệm "
                "vụ trên các lĩnh vực: Kinh tế, văn hóa - xã hội, xây dựng và phát triển đô thị, bảo đảm quốc "
                "phòng - an ninh, xây dựng hệ thống chính trị của thành phố; về gương người tốt việc tốt...\n"
                "d. Phối hợp với các cơ quan, đơn vị, tổ chức liên quan thực hiện việc cung cấp thông tin chính "
                "xác, kịp thời trên Website.\n"
                "e. Thực hiện các biện pháp kỹ thuật để bảo đảm Website thành phố hoạt động hiệu quả và an toàn.\n"
                "f. Xây dựng kế hoạch kinh phí và điều kiện duy trì hoạt động của Ban biên tập thành phố; khi cần "
                "thiết, đề nghị điều chỉnh, bổ sung, sửa đổi quy chế hoạt động Website cho phù hợp.\n"
                "g. Theo dõi, tổng hợp ý kiến tham gia, góp ý của người truy cập; đề xuất giải pháp nâng cao chất "
                "lượng hoạt động của Trang thông tin điện tử thành phố; đề xuất khen thưởng và xử lý kỷ luật đối "
                "với tập thể, cá nhân có thành tích hoặc vi phạm (nếu có) các qui định trong hoạt động của Trang "
                "thông tin điện tử.",
            ),
        ),
        S(
            "CHƯƠNG II",
            "PHÂN CÔNG TRÁCH NHIỆM",
            "",
            S(
                "Điều 4",
                "Trách nhiệm của các thành viên trong Ban Biên tập",
                "1. Trưởng Ban biên tập (Trưởng Ban Tuyên giáo Thành ủy)\n"
                "- Phụ trách chung, chịu trách nhiệm về nội dung và hoạt động của Trang thông tin điện tử; chủ trì "
                "các cuộc họp của Ban Biên tập.\n"
                "- Chỉ đạo xây dựng, triển khai kế hoạch hoạt động định kỳ theo quy chế và nâng cao chất lượng "
                "thông tin, tuyên truyền của Trang thông tin điện tử.\n"
                "- Phân công các thành viên Ban biên tập phụ trách các lĩnh vực, chuyên trang, chuyên mục của "
                "Trang thông tin điện tử và các nhiệm vụ cụ thể khác.\n"
                "- Trực tiếp chỉ đạo biên tập, kiểm duyệt nội dung chuyên mục thông tin cơ bản chung về điều kiện "
                "tự nhiên, truyền thống lịch sử, văn hóa; về hệ thống chính trị thành phố và các xã, phường đăng "
                "trên Trang thông tin điện tử.\n"
                "- Chỉ đạo việc phối hợp với các cơ quan liên quan tổng hợp, biên tập và cung cấp thông tin chuyên "
                "trang, chuyên mục về công tác xây dựng Đảng, MTTQ và các tổ chức chính trị - xã hội; về học tập "
                "và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh trên Trang thông tin điện tử.\n"
                "- Chỉ đạo việc phối hợp giữa các cơ quan, đơn vị cung cấp thông tin tổng hợp, dịch vụ hành chính "
                "công và thủ tục hành chính trên Trang thông tin điện tử.\n"
                "- Chỉ đạo việc xây dựng kế hoạch kinh phí bảo đảm hoạt động, chi trả nhuận bút, thù lao tin bài "
                "trên Trang thông tin điện tử theo quy định.\n"
                "2. Phó Trưởng Ban biên tập (Phó Chủ tịch UBND thành phố phụ trách lĩnh vực văn hóa - thông tin).\n"
                "- Trực tiếp phụ trách, chỉ đạo, kiểm tra, đôn đốc việc duy trì, phát triển và bảo đảm hoạt động "
                "của Website thành phố.\n"
                "- Trực tiếp chỉ đạo, kiểm duyệt và quyết định việc cung cấp các dịch vụ hành chính công và thủ "
                "tục hành chính trên Trang thông tin điện tử.\n"
                "- Trực tiếp chỉ đạo việc xây dựng kế hoạch kinh phí bảo đảm hoạt động của Trang thông tin điện tử "
                "thành phố.\n"
                "- Được sử dụng con dấu của Ủy ban nhân dân thành phố trong thực hiện nhiệm vụ của Ban biên tập.\n"
                "3. Thành viên Ban biên tập\n"
                "a. Trách nhiệm chung của các thành viên Ban Biên tập\n"
                "- Thu thập, xử lý thông tin, biên tập, chịu trách nhiệm trước lãnh đạo Ban Biên tập về nội dung "
                "tin, bài trong phạm vi được giao phụ trách; bảo đảm thông tin đúng chủ trương, đường lối của "
                "Đảng, chính sách, pháp luật của Nhà nước và các quy định của pháp luật về bảo vệ bí mật nhà nước, "
                "sở hữu trí tuệ và quản lý thông tin trên Internet.\n"
                "- Thành viên Ban Biên tập được giao phụ trách các chuyên trang, chuyên mục có trách nhiệm theo "
                "dõi, kiểm tra, đôn đốc việc thu thập, tiếp nhận, biên tập, cập nhật thông tin của chuyên trang, "
                "chuyên mục đó; đồng thời tiếp nhận, xử lý theo thẩm quyền được giao hoặc phân loại thông tin, đề "
                "xuất lãnh đạo Ban Biên tập xử lý.\n"
                "- Đề xuất các biện pháp nâng cao chất lượng thông tin, cải tiến giao diện, bảo đảm kỹ thuật, mỹ "
                "thuật của Trang thông tin điện tử và tiện ích cho người dùng; tham gia xây dựng, chỉ đạo và tổ "
                "chức thực hiện kế hoạch công tác định kỳ và hằng năm của Ban Biên tập.\n"
                "b. Trách nhiệm cụ thể từng thành viên Ban Biên tập\n"
                "- Trưởng Phòng Văn hóa và Thông tin thành phố\n"
                "+ Trực tiếp chỉ đạo biên tập, kiểm duyệt nội dung chuyên trang, chuyên mục (bài, ảnh, video clip) "
                "giới thiệu, quảng bá tiềm năng phát triển kinh tế, du lịch; những nét đặc sắc về văn hóa, lễ hội, "
                "hình ảnh quê hương, con người thành phố Tuyên Quang...\n"
                "+ Đề xuất, xây dựng nhiệm vụ, kế hoạch hoạt động hằng tháng, năm: nội dung tập huấn, bồi dưỡng "
                "nghiệp vụ quản trị nội dung, quản trị kỹ thuật cho thành viên Ban biên tập; kế hoạch đầu tư phát "
                "triển nâng cấp kỹ thuật, công nghệ, nội dung, hình thức hoạt động của Trang thông tin điện tử; "
                "việc thực hiện dịch vụ quảng cáo trên Website thành phố.\n"
                "- Giám đốc Trung tâm Văn hóa, Truyền thông và Thể thao thành phố\n"
                "+ Phối hợp với các phòng, ban, cơ quan liên quan, các xã, phường trong việc tổng hợp tin, bài "
                "phản ánh hoạt động chuyên môn và trực tiếp chỉ đạo biên tập, kiểm duyet nội dung chuyên trang, "
                "chuyên mục thông tin tổng hợp (tin, bài, ảnh, video clip) về hoạt động của lãnh đạo thành phố; "
                "tình hình, kết quả thực hiện nhiệm vụ trên các lĩnh vực; gương điển hình tiên tiến, người tốt, "
                "việc tốt...\n"
                "+ Tham mưu, đề xuất xây dựng quy định kinh phí chi phục vụ quản lý và vận hành Trang thông tin "
                "điện tử (nâng cấp cơ sở hạ tầng, trang thiết bị; dịch vụ kết nối Internet; phụ cấp phục vụ quản "
                "lý, vận hành; phụ cấp Ban Biên tập; thù lao, nhuận bút tác giả, tác phẩm, tin bài; thù lao cung "
                "cấp thông tin, tư liệu; các khoản chi khác phục vụ hoạt động Trang thông tin điện tử) theo quy "
                "định của Nhà nước.\n"
                "- Trưởng phòng Tư pháp\n"
                "+ Tham mưu cung cấp và biên tập, cập nhật thông tin trong chuyên mục về tuyên truyền pháp luật, "
                "Luật tiếp cận thông tin.\n"
                "+ Theo dõi, đôn đốc các phòng, ban, đơn vị cập nhật bộ thủ tục hành chính cấp huyện và cấp xã.\n"
                "+ Chịu trách nhiệm tiếp nhận, xử lý phản ánh, kiến nghị của tổ chức, cá nhân về quy định thủ tục "
                "hành chính trên Trang thông tin điện tử thành phố.\n"
                "- Lãnh đạo Văn phòng Thành ủy\n"
                "+ Căn cứ lịch làm việc và yêu cầu của Thường trực Thành ủy, có trách nhiệm trực tiếp trao đổi, "
                "phối hợp với lãnh đạo Ban Biên tập phụ trách nội dung hoặc cơ quan, cá nhân liên quan để cập "
                "nhật, phản ánh kịp thời hoạt động của lãnh đạo thành phố.\n"
                "+ Cung cấp, tổng hợp, biên tập nội dung lãnh đạo, chỉ đạo, điều hành của cấp ủy thành phố (những "
                "nội dung được phép thông tin).\n"
                "- Lãnh đạo Văn phòng HĐND và UBND thành phố\n"
                "+ Căn cứ lịch làm việc và yêu cầu của Thường trực HĐND, lãnh đạo UBND thành phố, có trách nhiệm "
                "trực tiếp trao đổi, phối hợp với lãnh đạo Ban Biên tập phụ trách nội dung hoặc cơ quan, cá nhân "
                "liên quan để cập nhật, phản ánh kịp thời hoạt động của lãnh đạo thành phố;\n"
                "+ Cung cấp, tổng hợp, biên tập nội dung lãnh đạo, chỉ đạo, điều hành của chính quyền thành phố "
                "(những nội dung được phép thông tin).\n"
                "+ Tham mưu, tổ chức việc phối hợp với các cơ quan liên quan cung cấp các dịch vụ hành chính công "
                "và thủ tục hành chính trên Trang thông tin điện tử.\n"
                "- Chuyên viên phòng Văn hóa và Thông tin thành phố\n"
                "+ Tổng hợp, biên tập và cung cấp thông tin chuyên trang, chuyên mục giới thiệu, quảng bá tiềm "
                "năng phát triển kinh tế, du lịch; những nét đặc sắc về văn hóa, lễ hội, hình ảnh quê hương, con "
                "người thành phố Tuyên Quang...\n"
                "+ Theo dõi số lượt người truy cập, tổng hợp ý kiến tham gia, góp ý của người truy cập; đề xuất "
                "giải pháp nâng cao chất lượng hoạt động của Trang thông tin điện tử thành phố.\n"
                "- Chuyên viên Văn phòng HĐND và UBND thành phố\n"
                "+ Tham mưu, phối hợp thông tin, cập nhật văn bản chỉ đạo, điều hành, lịch công tác của chính "
                "quyền thành phố lên Trang thông tin điện tử thành phố (những nội dung yêu cầu phải công khai hoặc "
                "được phép thông tin).\n"
                "+ Phối hợp lựa chọn, dẫn nguồn thông tin từ các cơ quan báo, đài của Trung ương, của tỉnh bổ sung "
                "phong phú thông tin cho Trang thông tin điện tử thành phố.\n"
                "+ Tham mưu, phối hợp, hỗ trợ việc quản trị, vận hành, cập nhật thông tin, dữ liệu lên Trang thông "
                "tin điện tử; thực hiện các biện pháp kỹ thuật để bảo đảm Website thành phố hoạt động hiệu quả và "
                "an toàn.\n"
                "- Viên chức Trung tâm Văn hóa, Truyền thông và Thể thao thành phố\n"
                "Phối hợp tổng hợp, cập nhật tin, bài, ảnh, video clip phản ánh hoạt động của lãnh đạo thành phố; "
                "hoạt động của các cơ quan, đơn vị, xã, phường; về tình hình, kết quả thực hiện nhiệm vụ của thành "
                "phố trên các lĩnh vực; gương điển hình tiên tiến, người tốt, việc tốt... trên Trang thông tin "
                "điện tử thành phố.",
                tasks=(
                    T(
                        "",
                        (
                            "Đề xuất, xây dựng nhiệm vụ, kế hoạch hoạt động hằng tháng, năm: nội dung tập huấn, bồi "
                            "dưỡng nghiệp vụ quản trị nội dung, quản trị kỹ thuật cho thành viên Ban biên tập; kế "
                            "hoạch đầu tư phát triển nâng cấp kỹ thuật, công nghệ, nội dung, hình thức hoạt động "
                            "của Trang thông tin điện tử; việc thực hiện dịch vụ quảng cáo trên Website thành phố."
                        ),
                        lead=(VHTT,),
                        when=(
                            R("hằng tháng, năm", K.MONTHLY, "Nhiệm vụ, kế hoạch hoạt động hằng tháng"),
                            R("hằng tháng, năm", K.ANNUAL, "Nhiệm vụ, kế hoạch hoạt động năm"),
                        ),
                    ),
                ),
            ),
            S(
                "Điều 5",
                "Trách nhiệm của Cơ quan thường trực Ban Biên tập",
                "Thường trực việc thu thập, chuyên thành viên Ban Biên tập phụ trách lĩnh vực để chọn lọc, kiểm "
                "duyệt việc đăng tải các tin, bài, thông tin của các tổ chức, cá nhân gửi đến.\n"
                "Lựa chọn, dẫn nguồn thông tin quan trọng, nổi bật từ các cơ quan báo, đài của Trung ương, của "
                "tỉnh bổ sung phong phú thông tin cho Trang thông tin điện tử thành phố.\n"
                "Xây dựng kế hoạch kinh phí và điều kiện duy trì hoạt động Website thành phố; khi cần thiết, đề "
                "nghị điều chỉnh, bổ sung, sửa đổi quy chế hoạt động ban biên tập cho phù hợp.\n"
                "Tham mưu, đề xuất xây dựng phương án, kế hoạch duy trì, bảo dưỡng và nâng cấp hạ tầng kỹ thuật "
                "bảo đảm hoạt động cho Trang thông tin điện tử thành phố.\n"
                "Theo dõi, tổng hợp và thực hiện việc thanh toán phụ cấp phục vụ quản lý, vận hành; phụ cấp Ban "
                "Biên tập; thù lao, nhuận bút tác giả, tác phẩm, tin bài; thù lao cung cấp thông tin, tư liệu; các "
                "khoản chi khác phục vụ hoạt động Trang thông tin điện tử theo quy định của Nhà nước.\n"
                "Phối hợp với các tổ chức, cá nhân để thực hiện tuyên truyền, quảng cáo trên Trang thông tin điện "
                "tử thành phố theo đúng quy định của pháp luật.\n"
                "Dự thảo các văn bản, chuẩn bị các tài liệu có liên quan và các điều kiện cần thiết cho các phiên "
                "họp của Ban Biên tập.\n"
                "Đề xuất khen thưởng và xử lý kỷ luật đối với tập thể, cá nhân có thành tích hoặc vi phạm (nếu có) "
                "các qui định trong hoạt động của Trang thông tin điện tử.",
            ),
        ),
        S(
            "CHƯƠNG III",
            "QUY ĐỊNH VỀ NỘI DUNG VÀ VIỆC CUNG CẤP, TỔNG HỢP, LƯU TRỮ THÔNG TIN",
            "",
            S(
                "Điều 6",
                "Yêu cầu về nội dung",
                (
                    "Thông tin đăng tải trên Trang thông tin điện tử thành phố phải bảo đảm tính chính xác, đầy đủ, "
                    "đúng quy định của pháp luật và quy định cụ thể tại Nghị định 43/2011/NĐ-CP ngày 13/6/2011 quy "
                    "định về việc cung cấp thông tin và dịch vụ công trực tuyến trên trang thông tin điện tử hoặc "
                    "Trang thông tin điện tử của cơ quan nhà nước."
                ),
            ),
            S(
                "Điều 6",
                "Trách nhiệm cung cấp thông tin",
                (
                    "Các phòng, ban, đơn vị, các tổ chức chính trị - xã hội thành phố, các xã, phường thuộc thành "
                    "phố có trách nhiệm chủ động, kịp thời phối hợp với các cơ quan, đơn vị là thành viên Ban Biên "
                    "tập Website thành phố trong việc cung cấp, thu thập, biên tập thông tin của đơn vị mình để "
                    "thông tin, cập nhật lên Website thành phố; chịu trách nhiệm về tính chính xác của thông tin "
                    "cung cấp cho Ban Biên tập."
                ),
            ),
            S(
                "Điều 7",
                "Thời gian cung cấp thông tin",
                "- Trung tâm Văn hóa, Truyền thông và Thể thao thành phố cung cấp, cập nhật thông tin hằng ngày.\n"
                "- Các thành viên Ban Biên tập phụ trách các chuyên trang, chuyên mục thường xuyên cung cấp, cập "
                "nhật thông tin hằng tuần hoặc khi có thông tin quan trọng, nổi bật.\n"
                "- Các phòng, ban, đơn vị, các tổ chức chính trị - xã hội thành phố, các xã, phường ít nhất 01 "
                "lần/tháng hoặc cung cấp ngay khi có thông tin, sự kiện, kết quả mới, nổi bật.\n"
                "- Tin, bài, ảnh, tư liệu... gửi về Ban Biên tập:\n"
                "Địa chỉ: Trung tâm Văn hóa, Truyền thông và Thể thao thành phố (cơ quan thường trực Ban Biên "
                "tập), phường Tân Quang, thành phố Tuyên Quang.\n"
                "Email: bbt.tpTuyenQuang@gmail.com",
            ),
            S(
                "Điều 8",
                "Tổng hợp thông tin",
                "Trung tâm Văn hóa, Truyền thông và Thể thao thành phố - Cơ quan thường trực Ban Biên tập là đầu "
                "mối tiếp nhận thông tin.\n"
                "Tổng hợp chuyển lãnh đạo Ban Biên tập theo lĩnh vực phê duyệt vào đầu giờ chiều các ngày làm việc "
                "trong tuần.\n"
                "Cập nhật lên Website các thông tin đã được phê duyệt.",
                tasks=(
                    T(
                        "",
                        "Tổng hợp chuyển lãnh đạo Ban Biên tập theo lĩnh vực phê duyệt vào đầu giờ chiều các ngày "
                        "làm việc trong tuần.\n"
                        "Cập nhật lên Website các thông tin đã được phê duyệt.",
                        lead=(TTVH,),
                        when=(R("vào đầu giờ chiều các ngày làm việc trong tuần", K.DAILY),),
                    ),
                ),
            ),
            S(
                "Điều 9",
                "Lưu trữ thông tin",
                (
                    "Ban Biên tập có trách nhiệm lưu trữ thông tin đã được cập nhật lên Website theo quy định hiện "
                    "hành, phục vụ cho công tác đối chiếu, kiểm tra."
                ),
            ),
        ),
        S(
            "CHƯƠNG IV",
            "PHƯƠNG THỨC HOẠT ĐỘNG VÀ QUAN HỆ CÔNG TÁC",
            "",
            S(
                "Điều 8",
                "Phương thức hoạt động",
                "- Các thành viên Ban biên tập làm việc theo chế độ kiêm nhiệm.\n"
                "- Hằng ngày, các thành viên Ban biên tập và cơ quan thường trực Ban Biên tập theo dõi hoạt động "
                "của Website thành phố để kịp thời phát hiện những hạn chế, thiếu sót và đề xuất, kiến nghị điều "
                "chỉnh, khắc phục.\n"
                "- Mỗi quý, Ban biên tập họp 01 lần để đánh giá hoạt động của Ban biên tập và Trang thông tin điện "
                "tử. Trường hợp cần thiết, Ban Biên tập họp bất thường theo yêu cầu của Trưởng Ban Biên tập.\n"
                "Mỗi thành viên Ban biên tập có ý kiến, nhận xét, đánh giá bằng văn bản về tình hình hoạt động của "
                "Website thành phố gửi Ban biên tập, trong đó đi sâu phân tích về lĩnh vực hoặc nội dung công việc "
                "được phân công.\n"
                "Cơ quan thường trực Ban biên tập dự thảo các văn bản, chuẩn bị các tài liệu có liên quan và các "
                "điều kiện cần thiết cho các phiên họp của Ban Biên tập.",
                tasks=(
                    T(
                        "",
                        (
                            "Hằng ngày, các thành viên Ban biên tập và cơ quan thường trực Ban Biên tập theo dõi "
                            "hoạt động của Website thành phố để kịp thời phát hiện những hạn chế, thiếu sót và đề "
                            "xuất, kiến nghị điều chỉnh, khắc phục."
                        ),
                        lead=(BBT, TTVH),
                        when=(R("Hằng ngày", K.DAILY),),
                    ),
                ),
            ),
            S(
                "Điều 9",
                "Quan hệ công tác",
                "1. Ban Biên tập chịu sự chỉ đạo của Thường trực Thành ủy, quản lý, điều hành của Chủ tịch UBND "
                "thành phố về các mặt hoạt động.\n"
                "2. Thành viên Ban Biên tập có trách nhiệm phối hợp chặt chẽ với lãnh đạo các phòng, ban, đơn vị, "
                "các tổ chức chính trị - xã hội thành phố, các xã, phường thuộc thành phố trong việc thu thập "
                "thông tin và thẩm tra nội dung thông tin đăng tải trên Trang thông tin điện tử thành phố.",
            ),
        ),
        S(
            "CHƯƠNG V",
            "KINH PHÍ HOẠT ĐỘNG, KHEN THƯỞNG VÀ KỶ LUẬT",
            "",
            S(
                "Điều 10",
                "Kinh phí hoạt động",
                "Kinh phí hoạt động của Trang thông tin điện tử thành phố được chi trong dự toán giao ngân sách "
                "hằng năm và các nguồn hợp pháp theo quy định của pháp luật.\n"
                "Hằng năm, Trung tâm Văn hóa, Truyền thông và Thể thao thành phố có trách nhiệm chủ trì, phối hợp "
                "với các đơn vị liên quan lập dự toán kinh phí hoạt động của Trang thông tin điện tử thành phố "
                "trình Chủ tịch Ủy ban nhân dân thành phố xem xét, phê duyệt.",
                tasks=(
                    T(
                        "",
                        (
                            "Hằng năm, Trung tâm Văn hóa, Truyền thông và Thể thao thành phố có trách nhiệm chủ "
                            "trì, phối hợp với các đơn vị liên quan lập dự toán kinh phí hoạt động của Trang thông "
                            "tin điện tử thành phố trình Chủ tịch Ủy ban nhân dân thành phố xem xét, phê duyệt."
                        ),
                        lead=(TTVH,),
                        when=(R("Hằng năm", K.ANNUAL),),
                    ),
                ),
            ),
            S(
                "Điều 11",
                "Khen thưởng, kỷ luật",
                "1. Khen thưởng\n"
                "Các đơn vị, cá nhân thực hiện tốt các quy định trong quy chế này hoặc có đóng góp tích cực cho sự "
                "phát triển của Trang thông tin điện tử thành phố được Ban Biên tập đề nghị các cấp có thẩm quyền "
                "khen thưởng theo quy định.\n"
                "2. Kỷ luật\n"
                "Đơn vị, cá nhân vi phạm các quy định trong quy chế này hoặc có hành vi cản trở hoạt động của "
                "Trang thông tin điện tử thành phố, tùy theo mức độ vi phạm, Ban Biên tập đề nghị Chủ tịch Ủy ban "
                "nhân dân thành phố có hình thức xử lý kỷ luật theo mức độ vi phạm đảm bảo đúng quy định của pháp "
                "luật.",
            ),
        ),
        S(
            "CHƯƠNG VI",
            "ĐIỀU KHOẢN THI HÀNH",
            "",
            S(
                "Điều 12",
                "Tổ chức thực hiện",
                "Ban Biên tập Trang thông tin điện tử thành phố, các cơ quan, đơn vị trực thuộc UBND thành phố, "
                "cán bộ, công chức, viên chức có liên quan chịu trách nhiệm thực hiện Quy chế này.\n"
                "Trong quá trình thực hiện, nếu có vướng mắc phát sinh, Ban Biên tập có trách nhiệm báo cáo Chủ "
                "tịch Ủy ban nhân dân thành phố xem xét điều chỉnh, sửa đổi cho phù hợp.",
            ),
        ),
    ],
    "duties": [
        D(
            "Cung cấp, cập nhật thông tin lên Trang thông tin điện tử thành phố",
            RK.UPDATE,
            TTVH,
            BBT,
            R("hằng ngày", K.DAILY),
            sections=("CHƯƠNG III.Điều 7",),
        ),
        D(
            "Cung cấp, cập nhật thông tin chuyên trang, chuyên mục được phân công phụ trách",
            RK.UPDATE,
            BBT,
            TTVH,
            R("hằng tuần hoặc khi có thông tin quan trọng, nổi bật", K.WEEKLY),
            sections=("CHƯƠNG III.Điều 7",),
        ),
        D(
            "Cung cấp thông tin, sự kiện, kết quả mới, nổi bật của phòng, ban, đơn vị",
            RK.UPDATE,
            "tqg-tp*",
            TTVH,
            R("ít nhất 01 lần/tháng hoặc cung cấp ngay khi có thông tin, sự kiện, kết quả mới, nổi bật", K.MONTHLY),
            sections=("CHƯƠNG III.Điều 7",),
        ),
        D(
            "Họp đánh giá hoạt động của Ban biên tập và Trang thông tin điện tử",
            RK.MEETING,
            BBT,
            BBT,
            R("Mỗi quý", K.QUARTERLY),
            sections=("CHƯƠNG IV.Điều 8",),
        ),
        D(
            "Báo cáo vướng mắc phát sinh trong quá trình thực hiện Quy chế",
            RK.AD_HOC,
            BBT,
            "tqg-tp",
            sections=("CHƯƠNG VI.Điều 12",),
        ),
    ],
}


# A Đề án 06 plan of UBND xã Nhân Lý for 2026 (not a seed: written for the demo as such a commune plan reads).
CA, NL_VP, VHXH, KT, HCC, DVCI = (
    "lsn-nhanly-ca",
    "lsn-nhanly-vp",
    "lsn-nhanly-vhxh",
    "lsn-nhanly-kt",
    "lsn-nhanly-hcc",
    "lsn-nhanly-dvci",
)
JUNE_2026 = "Tháng 6 năm 2026"
H2_2026 = "Từ tháng 7 đến tháng 12 năm 2026"
LATER = R("Giai đoạn 2027 - 2030", K.YEARS_FROM, year=2027, end_year=2030)


def june(label):
    return R(JUNE_2026, K.MONTHS, label, year=2026, month=6)


def second_half(label):
    return R(H2_2026, K.MONTHS, label, year=2026, month=7, end_year=2026, end_month=12)


def later(label):
    return {**LATER, "label": label}


ALWAYS_06 = (R("Thường xuyên", K.CONTINUOUS),)
DE_AN_06_PLAN = {
    "key": "de-an-06-nhanly",
    "unit": "lsn-nhanly",
    "doc_type": Plan.DocType.PLAN,
    "title": "Triển khai Đề án 06 năm 2026",
    "fields": {
        "number": 12,
        "symbol": "KH-UBND",
        "place_name": "Nhân Lý",
        "issued_on": date(2026, 1, 20),
        "start_year": 2026,
        "end_year": 2030,
        "status": Plan.Status.ISSUED,
        "preamble": (
            "Để tiếp tục triển khai có hiệu quả Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực "
            "điện tử phục vụ chuyển đổi số quốc gia (Đề án 06) trên địa bàn xã, Ủy ban nhân dân xã Nhân Lý ban hành "
            "Kế hoạch triển khai Đề án 06 năm 2026 và định hướng giai đoạn 2027 - 2030, cụ thể như sau:"
        ),
        "closing": (
            "Trên đây là Kế hoạch triển khai Đề án 06 năm 2026 của Ủy ban nhân dân xã Nhân Lý. Yêu cầu các cơ quan, "
            "đơn vị, Trưởng các thôn nghiêm túc triển khai thực hiện./."
        ),
        "signer_authority": Plan.Authority.TM,
        "signer_collective": "ỦY BAN NHÂN DÂN",
        "signer_position": "CHỦ TỊCH",
        "signer_name": "Hoàng Văn Dũng",
        "recipients": "\n".join(
            (
                "UBND tỉnh (báo cáo);",
                "Công an tỉnh (báo cáo);",
                "Thường trực Đảng ủy xã;",
                "Thường trực HĐND xã;",
                "Chủ tịch, các Phó Chủ tịch UBND xã;",
                "Các thành viên Tổ công tác Đề án 06 xã;",
                "Các cơ quan, đơn vị thuộc UBND xã;",
                "Trưởng các thôn;",
                "Lưu: VT, CAX.",
            )
        ),
    },
    "bases": [
        (CAN_CU, "Luật", "", date(2025, 6, 16), "", "Tổ chức chính quyền địa phương"),
        (
            CAN_CU,
            "Quyết định",
            "06/QĐ-TTg",
            date(2022, 1, 6),
            "Thủ tướng Chính phủ",
            (
                "về việc phê duyệt Đề án “Phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục "
                "vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030”"
            ),
        ),
        (
            THUC_HIEN,
            "Nghị quyết",
            "57-NQ/TW",
            date(2024, 12, 22),
            "Bộ Chính trị",
            "về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
        ),
    ],
    "sections": [
        S(
            "I",
            "MỤC ĐÍCH, YÊU CẦU",
            "",
            S(
                "1",
                "Mục đích",
                (
                    "Tiếp tục phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển "
                    "đổi số trên địa bàn xã; bảo đảm dữ liệu dân cư “đúng, đủ, sạch, sống”; đẩy mạnh cung cấp dịch "
                    "vụ công trực tuyến, chi trả an sinh xã hội không dùng tiền mặt, số hóa hồ sơ, kết quả giải "
                    "quyết thủ tục hành chính, phục vụ người dân, doanh nghiệp ngày càng tốt hơn."
                ),
            ),
            S(
                "2",
                "Yêu cầu",
                (
                    "Xác định rõ người thực hiện, nhiệm vụ, thời gian, kết quả và trách nhiệm của từng cơ quan, đơn "
                    "vị, thôn. Người đứng đầu các cơ quan, đơn vị và Trưởng các thôn chịu trách nhiệm trước Chủ "
                    "tịch Ủy ban nhân dân xã về kết quả thực hiện nhiệm vụ được giao; kịp thời báo cáo khó khăn, "
                    "vướng mắc để được hướng dẫn, tháo gỡ."
                ),
            ),
        ),
        S(
            "II",
            "CHỈ TIÊU NĂM 2026",
            "Phấn đấu đến hết năm 2026, trên địa bàn xã đạt các chỉ tiêu sau:",
            S(
                "1",
                "",
                (
                    "Tỷ lệ công dân từ đủ 14 tuổi trở lên được cấp và kích hoạt tài khoản định danh điện tử mức độ "
                    "2 đạt từ 90% trở lên."
                ),
            ),
            S(
                "2",
                "",
                "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình đạt từ 60% trở lên.",
            ),
            S(
                "3",
                "",
                (
                    "Tỷ lệ hồ sơ hai nhóm thủ tục hành chính liên thông “Đăng ký khai sinh - Đăng ký thường trú - "
                    "Cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi” và “Đăng ký khai tử - Xóa đăng ký thường trú - "
                    "Trợ cấp mai táng phí” được giải quyết trực tuyến đạt từ 80% trở lên."
                ),
            ),
            S(
                "4",
                "",
                (
                    "100% thông tin công dân trên địa bàn xã trong Cơ sở dữ liệu quốc gia về dân cư được rà soát, "
                    "cập nhật, bảo đảm “đúng, đủ, sạch, sống”."
                ),
            ),
            S(
                "5",
                "",
                (
                    "Tỷ lệ đối tượng hưởng chính sách an sinh xã hội được chi trả qua tài khoản ngân hàng đạt từ "
                    "90% trở lên."
                ),
            ),
            S("6", "", "100% sổ hộ tịch đang lưu trữ tại xã được số hóa, cập nhật vào Cơ sở dữ liệu hộ tịch điện tử."),
            S("7", "", "100% kết quả giải quyết thủ tục hành chính được số hóa."),
        ),
        S(
            "III",
            "NHIỆM VỤ VÀ GIẢI PHÁP",
            "",
            S(
                "1",
                "Công an xã",
                tasks=(
                    T(
                        "1.1",
                        (
                            "Tham mưu Ủy ban nhân dân xã kiện toàn Tổ công tác triển khai Đề án 06 của xã; là cơ "
                            "quan thường trực Tổ công tác, theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch tại "
                            "các cơ quan, đơn vị, thôn; tổng hợp kết quả, tham mưu Ủy ban nhân dân xã báo cáo theo "
                            "quy định."
                        ),
                        lead=(CA,),
                        coordinate=(NL_VP,),
                        when=(R("trước ngày 10 hằng tháng", K.MONTHLY, "Tổng hợp, tham mưu báo cáo kết quả", day=10),),
                        output="Quyết định kiện toàn Tổ công tác; báo cáo tháng, 6 tháng, năm",
                    ),
                    T(
                        "1.2",
                        (
                            "Rà soát, cập nhật, điều chỉnh thông tin công dân trong Cơ sở dữ liệu quốc gia về dân "
                            "cư, bảo đảm “đúng, đủ, sạch, sống”; kịp thời cập nhật các trường hợp sinh, tử, chuyển "
                            "đến, chuyển đi."
                        ),
                        lead=(CA,),
                        coordinate=THON,
                        when=(
                            june("Hoàn thành rà soát, làm sạch dữ liệu dân cư trên địa bàn xã"),
                            second_half("Cập nhật các trường hợp biến động dân cư"),
                            later("Duy trì dữ liệu dân cư “đúng, đủ, sạch, sống”"),
                        ),
                    ),
                    T(
                        "1.3",
                        (
                            "Tổ chức cấp thẻ Căn cước, thu nhận hồ sơ và kích hoạt tài khoản định danh điện tử mức "
                            "độ 2 cho công dân; bố trí lực lượng làm lưu động tại các thôn cho người cao tuổi, "
                            "người khuyết tật, người ốm đau không thể đi lại."
                        ),
                        lead=(CA,),
                        coordinate=THON,
                        when=(
                            june(
                                "Tổ chức đợt cao điểm cấp thẻ Căn cước, kích hoạt tài khoản định danh điện tử "
                                "tại các thôn"
                            ),
                            second_half("Tiếp tục thu nhận hồ sơ, kích hoạt tài khoản định danh điện tử"),
                            later("Duy trì cấp thẻ Căn cước, kích hoạt tài khoản định danh điện tử"),
                        ),
                        output="Danh sách công dân đã được cấp, kích hoạt tài khoản định danh điện tử theo từng thôn",
                    ),
                ),
            ),
            S(
                "2",
                "Văn phòng HĐND và UBND xã",
                tasks=(
                    T(
                        "2.1",
                        (
                            "Tham mưu Ủy ban nhân dân xã chỉ đạo, điều hành việc thực hiện Kế hoạch; đưa kết quả "
                            "thực hiện Đề án 06 vào nội dung giao ban hằng tháng của Ủy ban nhân dân xã."
                        ),
                        lead=(NL_VP,),
                        coordinate=(CA,),
                        when=ALWAYS_06,
                    ),
                    T(
                        "2.2",
                        (
                            "Vận hành hiệu quả hệ thống quản lý văn bản và điều hành; bảo đảm văn bản trao đổi giữa "
                            "các cơ quan, đơn vị thuộc Ủy ban nhân dân xã (trừ văn bản mật) được gửi, nhận trên môi "
                            "trường điện tử và ký số."
                        ),
                        lead=(NL_VP,),
                        when=ALWAYS_06,
                    ),
                ),
            ),
            S(
                "3",
                "Phòng Văn hóa - Xã hội",
                tasks=(
                    T(
                        "3.1",
                        (
                            "Rà soát, lập danh sách đối tượng hưởng chính sách an sinh xã hội chưa có tài khoản "
                            "ngân hàng; phối hợp với ngân hàng, bưu điện hướng dẫn mở tài khoản và chuyển sang chi "
                            "trả qua tài khoản."
                        ),
                        lead=(VHXH,),
                        coordinate=THON,
                        when=(
                            june("Hoàn thành rà soát, lập danh sách"),
                            second_half("Chi trả chế độ an sinh xã hội qua tài khoản ngân hàng"),
                            later("Duy trì chi trả không dùng tiền mặt"),
                        ),
                    ),
                    T(
                        "3.2",
                        (
                            "Phối hợp với Công an xã đối chiếu, làm sạch dữ liệu người có công, đối tượng bảo trợ "
                            "xã hội với Cơ sở dữ liệu quốc gia về dân cư."
                        ),
                        lead=(VHXH,),
                        coordinate=(CA,),
                        when=(june("Hoàn thành đối chiếu, làm sạch dữ liệu"),),
                    ),
                    T(
                        "3.3",
                        (
                            "Tuyên truyền về Đề án 06, lợi ích của tài khoản định danh điện tử, ứng dụng VNeID và "
                            "dịch vụ công trực tuyến trên hệ thống truyền thanh, Trang thông tin điện tử của xã và "
                            "tại các buổi sinh hoạt thôn."
                        ),
                        lead=(VHXH,),
                        coordinate=(CA, *THON),
                        when=ALWAYS_06,
                    ),
                ),
            ),
            S(
                "4",
                "Phòng Kinh tế",
                tasks=(
                    T(
                        "4.1",
                        "Tham mưu Ủy ban nhân dân xã bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách xã.",
                        lead=(KT,),
                        when=(
                            R("Năm 2026", K.YEAR, "Bố trí kinh phí năm 2026", year=2026),
                            later("Bố trí kinh phí các năm tiếp theo"),
                        ),
                    ),
                    T(
                        "4.2",
                        (
                            "Hướng dẫn hộ kinh doanh, hợp tác xã trên địa bàn sử dụng tài khoản định danh điện tử "
                            "của tổ chức, thực hiện thủ tục trực tuyến và thanh toán không dùng tiền mặt."
                        ),
                        lead=(KT,),
                        coordinate=(HCC,),
                        when=(second_half("Hướng dẫn hộ kinh doanh, hợp tác xã"), later("Duy trì hướng dẫn, hỗ trợ")),
                    ),
                ),
            ),
            S(
                "5",
                "Trung tâm Phục vụ hành chính công",
                tasks=(
                    T(
                        "5.1",
                        (
                            "Tiếp nhận, giải quyết hồ sơ thủ tục hành chính trên Hệ thống thông tin giải quyết thủ "
                            "tục hành chính của tỉnh; hướng dẫn, hỗ trợ người dân nộp hồ sơ trực tuyến toàn trình, "
                            "sử dụng tài khoản định danh điện tử để đăng nhập Cổng Dịch vụ công quốc gia."
                        ),
                        lead=(HCC,),
                        when=ALWAYS_06,
                    ),
                    T(
                        "5.2",
                        (
                            "Thực hiện hai nhóm thủ tục hành chính liên thông “Đăng ký khai sinh - Đăng ký thường "
                            "trú - Cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi” và “Đăng ký khai tử - Xóa đăng ký "
                            "thường trú - Trợ cấp mai táng phí” trên môi trường điện tử."
                        ),
                        lead=(HCC,),
                        coordinate=(CA, VHXH),
                        when=(
                            second_half("Giải quyết trực tuyến hai nhóm thủ tục liên thông"),
                            later("Duy trì giải quyết trực tuyến"),
                        ),
                    ),
                    T(
                        "5.3",
                        (
                            "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính khi tiếp nhận và trả kết quả; số "
                            "hóa sổ hộ tịch đang lưu trữ tại xã, cập nhật vào Cơ sở dữ liệu hộ tịch điện tử."
                        ),
                        lead=(HCC,),
                        coordinate=(NL_VP,),
                        when=(
                            june("Hoàn thành số hóa sổ hộ tịch đang lưu trữ tại xã"),
                            R("Thường xuyên", K.CONTINUOUS, "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính"),
                        ),
                    ),
                ),
            ),
            S(
                "6",
                "Trung tâm Dịch vụ công ích",
                tasks=(
                    T(
                        "6.1",
                        (
                            "Triển khai thu giá dịch vụ công ích (thu gom rác thải sinh hoạt, nước sạch) bằng "
                            "phương thức thanh toán không dùng tiền mặt; khai thác dữ liệu dân cư để cập nhật thông "
                            "tin khách hàng sử dụng dịch vụ."
                        ),
                        lead=(DVCI,),
                        when=(
                            second_half("Triển khai thu không dùng tiền mặt"),
                            later("Duy trì thu không dùng tiền mặt"),
                        ),
                    ),
                    T(
                        "6.2",
                        (
                            "Phối hợp với Trung tâm Phục vụ hành chính công bố trí điểm hỗ trợ người dân cài đặt, "
                            "sử dụng ứng dụng VNeID và nộp hồ sơ trực tuyến."
                        ),
                        lead=(DVCI,),
                        coordinate=(HCC,),
                        when=(june("Bố trí điểm hỗ trợ người dân"),),
                    ),
                ),
            ),
            S(
                "7",
                "Các thôn",
                tasks=(
                    T(
                        "7.1",
                        (
                            "Trưởng thôn phối hợp với Công an xã nắm tình hình biến động dân cư; thông báo, vận "
                            "động người dân trong thôn làm thủ tục cấp thẻ Căn cước, kích hoạt tài khoản định danh "
                            "điện tử."
                        ),
                        lead=THON,
                        coordinate=(CA,),
                        when=ALWAYS_06,
                    ),
                    T(
                        "7.2",
                        (
                            "Phát huy vai trò Tổ công nghệ số cộng đồng, hướng dẫn người dân cài đặt, sử dụng ứng "
                            "dụng VNeID, nộp hồ sơ trực tuyến và thanh toán không dùng tiền mặt."
                        ),
                        lead=THON,
                        when=(
                            second_half("Hướng dẫn người dân tại thôn"),
                            later("Duy trì hoạt động của Tổ công nghệ số cộng đồng"),
                        ),
                    ),
                ),
            ),
        ),
        S(
            "IV",
            "TỔ CHỨC THỰC HIỆN",
            "",
            S(
                "1",
                "",
                (
                    "Các cơ quan, đơn vị, Trưởng các thôn căn cứ nhiệm vụ được giao tại Kế hoạch này chủ động triển "
                    "khai thực hiện; người đứng đầu chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân xã về tiến độ, "
                    "kết quả thực hiện."
                ),
            ),
            S(
                "2",
                "",
                (
                    "Các cơ quan, đơn vị thuộc Ủy ban nhân dân xã và các thôn báo cáo kết quả thực hiện, kèm số "
                    "liệu các chỉ tiêu tại Mục II, về Công an xã trước ngày 08 hằng tháng. Công an xã tổng hợp, "
                    "tham mưu Ủy ban nhân dân xã báo cáo trước ngày 10 hằng tháng; báo cáo sơ kết 6 tháng trước "
                    "ngày 10/6 và báo cáo tổng kết năm trước ngày 10/12."
                ),
            ),
            S(
                "3",
                "",
                (
                    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, thôn kịp thời báo "
                    "cáo Ủy ban nhân dân xã (qua Công an xã) để xem xét, giải quyết."
                ),
            ),
        ),
    ],
    "indicators": [
        Ind(
            "de-an-06:dinh-danh",
            "Tỷ lệ công dân từ đủ 14 tuổi trở lên được cấp và kích hoạt tài khoản định danh điện tử mức độ 2",
            "%",
            CMP.GE,
            {2026: (90, "từ 90% trở lên")},
            tasks=("III.1.1.3", "III.7.7.1"),
        ),
        Ind(
            "de-an-06:dich-vu-cong",
            "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình",
            "%",
            CMP.GE,
            {2026: (60, "từ 60% trở lên")},
            tasks=("III.5.5.1",),
        ),
        Ind(
            "de-an-06:dich-vu-cong",
            "Tỷ lệ hồ sơ hai nhóm thủ tục hành chính liên thông được giải quyết trực tuyến",
            "%",
            CMP.GE,
            {2026: (80, "từ 80% trở lên")},
            tasks=("III.5.5.2",),
        ),
        Ind(
            "de-an-06:du-lieu-dan-cu",
            (
                "Tỷ lệ thông tin công dân trong Cơ sở dữ liệu quốc gia về dân cư được rà soát, bảo đảm “đúng, đủ, "
                "sạch, sống”"
            ),
            "%",
            CMP.EQ,
            {2026: (100, "100%")},
            tasks=("III.1.1.2",),
        ),
        Ind(
            "de-an-06:an-sinh",
            "Tỷ lệ đối tượng hưởng chính sách an sinh xã hội được chi trả qua tài khoản ngân hàng",
            "%",
            CMP.GE,
            {2026: (90, "từ 90% trở lên")},
            tasks=("III.3.3.1",),
        ),
        Ind(
            "de-an-06:so-hoa", "Tỷ lệ sổ hộ tịch được số hóa", "%", CMP.EQ, {2026: (100, "100%")}, tasks=("III.5.5.3",)
        ),
        Ind(
            "de-an-06:so-hoa",
            "Tỷ lệ kết quả giải quyết thủ tục hành chính được số hóa",
            "%",
            CMP.EQ,
            {2026: (100, "100%")},
            tasks=("III.5.5.3",),
        ),
    ],
    "duties": [
        D(
            "Báo cáo kết quả triển khai Đề án 06 hằng tháng",
            RK.MONTHLY,
            "lsn-nhanly*",
            CA,
            R("trước ngày 08 hằng tháng", K.MONTHLY, day=8),
            sections=("II", "III"),
            indicators=("dinh-danh", "dich-vu-cong", "du-lieu-dan-cu", "an-sinh", "so-hoa"),
        ),
        D(
            "Báo cáo tổng hợp kết quả triển khai Đề án 06 hằng tháng",
            RK.MONTHLY,
            CA,
            "lsn-nhanly",
            R("trước ngày 10 hằng tháng", K.MONTHLY, day=10),
            sections=("II", "III"),
            indicators=("dinh-danh", "dich-vu-cong", "du-lieu-dan-cu", "an-sinh", "so-hoa"),
        ),
        D(
            "Báo cáo sơ kết 6 tháng triển khai Đề án 06",
            RK.HALF_YEAR,
            CA,
            "lsn-nhanly",
            R("trước ngày 10/6", K.YEARLY, day=10, month=6),
            sections=("II", "III"),
        ),
        D(
            "Báo cáo tổng kết năm triển khai Đề án 06",
            RK.ANNUAL,
            CA,
            "lsn-nhanly",
            R("trước ngày 10/12", K.YEARLY, day=10, month=12),
            sections=("II", "III"),
        ),
    ],
}


# A công văn of Sở KH&CN Quảng Ngãi asking its divisions for the year's results on the PCI plan (seed 000):
# no document type line, its "V/v …" under the number, two addressees listed under "Kính gửi".
PCI_LETTER = {
    "key": "cv-pci-2021",
    "unit": "qng-skhcn",
    "doc_type": Plan.DocType.LETTER,
    "title": "V/v báo cáo kết quả thực hiện Kế hoạch cải thiện, nâng cao chỉ số PCI năm 2021",
    "fields": {
        "number": 1985,
        "symbol": "SKHCN-QLCN",
        "place_name": "Quảng Ngãi",
        "issued_on": date(2021, 12, 6),
        "start_year": 2021,
        "end_year": 2021,
        "status": Plan.Status.ISSUED,
        "addressees": "Các phòng chuyên môn thuộc Sở\nCác đơn vị sự nghiệp trực thuộc Sở",
        "preamble": "\n".join(
            (
                (
                    "Thực hiện Kế hoạch ngày 25/8/2021 của Sở Khoa học và Công nghệ về cải thiện, nâng cao chỉ số "
                    "năng lực cạnh tranh cấp tỉnh (PCI) giai đoạn 2021 - 2025; để có cơ sở tổng hợp, báo cáo Sở Kế "
                    "hoạch và Đầu tư, Ủy ban nhân dân tỉnh kết quả thực hiện năm 2021, Giám đốc Sở Khoa học và Công "
                    "nghệ đề nghị các phòng, đơn vị thuộc Sở:"
                ),
                (
                    "1. Báo cáo kết quả thực hiện các nhiệm vụ được giao tại Kế hoạch, trong đó nêu rõ nhiệm vụ đã "
                    "hoàn thành, đang thực hiện, chưa thực hiện; khó khăn, vướng mắc và nguyên nhân; đề xuất giải "
                    "pháp thực hiện trong năm 2022."
                ),
                (
                    "2. Cập nhật số liệu các chỉ tiêu được giao, kèm căn cứ kiểm chứng (văn bản, đường dẫn, tệp đính "
                    "kèm), trên Cổng Kế hoạch – Báo cáo."
                ),
            )
        ),
        "closing": (
            "Báo cáo gửi về Sở (qua Phòng Quản lý công nghệ, thị trường công nghệ và chuyên ngành) trước ngày "
            "15/12/2021 để tổng hợp. Đề nghị các phòng, đơn vị quan tâm thực hiện đúng thời gian quy định./."
        ),
        "signer_authority": Plan.Authority.KT,
        "signer_collective": "GIÁM ĐỐC",
        "signer_position": "PHÓ GIÁM ĐỐC",
        "signer_name": "Trần Công Hòa",
        "recipients": "Như trên;\nGiám đốc Sở (để báo cáo);\nLưu: VT, QLCN.",
    },
    "sections": [],
}


PLANS = [PCI_PLAN, PAR_PLAN, TQ_DECISION, TQ_REGULATION, DE_AN_06_PLAN, PCI_LETTER]


@transaction.atomic
def load_plans():
    """Create or update the demo plans; running it again changes nothing."""
    # The frameworks come with a migration, but a flushed database (tests, a reset) has lost them.
    load_frameworks(Framework, FrameworkComponent)
    units = {unit.code: unit for unit in OrgUnit.objects.all()}
    plans = {}
    for data in PLANS:
        plans[data["key"]] = _PlanLoader(data, units, plans).load()
    for plan in plans.values():
        if plan.number is not None:
            register_numbered(plan, doc_type=plan.get_doc_type_display(), recipients=plan.addressees or plan.recipients)
    return list(plans.values())


def _keep_only(queryset, kept):
    queryset.exclude(pk__in=[obj.pk for obj in kept]).delete()


def _component(spec):
    framework, code = spec.split(":")
    # The newest version of the framework, should a later one be loaded beside it.
    components = FrameworkComponent.objects.filter(framework__code=framework, code=code)
    component = components.order_by("-framework__version").first()
    if component is None:
        raise FrameworkComponent.DoesNotExist(spec)
    return component


class _PlanLoader:
    """Writes one plan of PLANS. Sections and tasks are named by their path ("B.I", "B.I.6") for the
    indicators and duties that point at them."""

    def __init__(self, data, units, plans):
        self.data, self.units, self.plans = data, units, plans
        self.leaders = {text: User.objects.get(username=name) for text, name in data.get("leaders", {}).items()}
        self.sections, self.tasks = [], []  # (path, row), in document order; a path may repeat ("Điều 6")

    def unit(self, code):
        """ "code" or "code*" (the unit's sub-units) -> (OrgUnit, whole_subtree)."""
        return self.units[code.rstrip("*")], code.endswith("*")

    def load(self):
        data = self.data
        fields = {**PLAN_DEFAULTS, **data["fields"], "attached_to": self.plans.get(data.get("attached_to"))}
        keys = {"unit": self.unit(data["unit"])[0], "doc_type": data["doc_type"], "title": data["title"]}
        plan = self.plan = upsert(Plan, keys, fields)
        names = ("kind", "doc_kind", "doc_number", "doc_date", "issuer", "summary")
        bases = [
            upsert(LegalBasis, {"plan": plan, "order": order}, dict(zip(names, basis, strict=True)))
            for order, basis in enumerate(data.get("bases", ()), start=1)
        ]
        _keep_only(plan.bases, bases)
        self.load_sections(data["sections"], None, "", itertools.count(1))
        _keep_only(plan.tasks, [task for _, task in self.tasks])
        _keep_only(plan.sections, [section for _, section in self.sections])
        indicators = [self.load_indicator(order, item) for order, item in enumerate(data.get("indicators", ()), 1)]
        _keep_only(plan.indicators, indicators)
        duties = [self.load_duty(order, item) for order, item in enumerate(data.get("duties", ()), 1)]
        _keep_only(plan.duties, duties)
        return plan

    def load_sections(self, items, parent, path, counter):
        """Depth first, so that `order` runs through the plan as the document reads."""
        for item in items:
            section = upsert(
                Section,
                {"plan": self.plan, "order": next(counter)},
                {"parent": parent, "number": item["number"], "title": item["title"], "body": item["body"]},
            )
            key = f"{path}.{item['number']}" if path else item["number"]
            self.sections.append((key, section))
            for order, task in enumerate(item["tasks"], start=1):
                self.tasks.append((f"{key}.{task['number']}", self.load_task(section, order, task)))
            self.load_sections(item["children"], section, key, counter)

    def load_task(self, section, order, data):
        task = upsert(
            Task,
            {"plan": self.plan, "section": section, "order": order},
            {
                "number": data["number"],
                "content": data["content"],
                "directing_text": data["by"],
                "directing_leader": self.leaders.get(data["by"]),
                "output": data["output"],
            },
        )
        kept = []
        rows = [(TaskUnit.Role.LEAD, code) for code in data["lead"]]
        rows += [(TaskUnit.Role.COORDINATE, code) for code in data["coordinate"]]
        for n, (role, code) in enumerate(rows):  # one sequence: the rows come back as a person enters them
            unit, subtree = self.unit(code)
            keys = {"task": task, "unit": unit, "role": role}
            kept.append(upsert(TaskUnit, keys, {"whole_subtree": subtree, "order": n}))
        _keep_only(task.task_units, kept)
        self.load_rules({"task": task}, data["when"])
        return task

    def load_rules(self, owner, rules):
        kept = []
        for order, rule in enumerate(rules, start=1):
            fields = {**dict.fromkeys(RULE_FIELDS), **rule["fields"]}
            fields.update(label=rule["label"], wording=rule["wording"], kind=rule["kind"])
            kept.append(upsert(ScheduleRule, {**owner, "order": order}, fields))
        _keep_only(ScheduleRule.objects.filter(**owner), kept)

    def load_indicator(self, order, data):
        indicator = upsert(
            Indicator,
            {"plan": self.plan, "order": order},
            {
                "component": _component(data["component"]),
                "name": data["name"],
                "measure": data["measure"],
                "direction": data["direction"],
                "comparator": data["comparator"],
            },
        )
        targets = [
            upsert(
                IndicatorTarget, {"indicator": indicator, "year": year}, {"value": Decimal(str(value)), "wording": text}
            )
            for year, (value, text) in data["targets"].items()
        ]
        _keep_only(indicator.targets, targets)
        tasks = dict(self.tasks)
        indicator.tasks.set([tasks[path] for path in data["tasks"]])
        return indicator

    def load_duty(self, order, data):
        sender, subtree = self.unit(data["sender"])
        duty = upsert(
            ReportingDuty,
            {"plan": self.plan, "order": order},
            {
                "title": data["title"],
                "kind": data["kind"],
                "sender": sender,
                "sender_whole_subtree": subtree,
                "recipient": self.unit(data["recipient"])[0] if data["recipient"] else None,
            },
        )
        self.load_rules({"duty": duty}, data["when"])
        sections = dict(self.sections)
        duty.sections.set([sections[path] for path in data["sections"]])
        duty.indicators.set(self.plan.indicators.filter(component__code__in=data["indicators"]))
        return duty
