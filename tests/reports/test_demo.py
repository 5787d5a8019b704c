"""The demo reports: seed 001 in full as received, the PCI half-year report sent, the Đề án 06 monthly
reports of Nhân Lý (one late) and Công an xã's consolidated draft; loading twice changes nothing."""

import datetime

import pytest
from django.apps import apps

from plans.demo import load_plans
from plans.models import Plan, ReportingDuty
from plans.services import plan_copy
from portal.demo import load_units_and_people
from portal.documents import governing_line, register_number
from portal.models import RegisterEntry, User
from reports import demo
from reports.consolidation import overview
from reports.models import Report, ReportSection, TableTemplate

NHAN_LY_UNITS = ["lsn-nhanly-vp", "lsn-nhanly-vhxh", "lsn-nhanly-kt", "lsn-nhanly-hcc", "lsn-nhanly-thon01"]


def _counts():
    return {
        model._meta.label: model.objects.count()
        for app in ("portal", "plans", "reports")
        for model in apps.get_app_config(app).get_models(include_auto_created=True)
    }


@pytest.fixture
def reports(db):
    load_units_and_people()
    load_plans()
    first = demo.load_reports()
    counts = _counts()
    again = demo.load_reports()
    assert _counts() == counts
    assert [r.pk for r in again] == [r.pk for r in first]
    return first


@pytest.fixture
def report_340(reports):
    return Report.objects.get(unit__code="bdi-tuyphuoc", number=340)


def _rows(report, code):
    table = report.tables.get(template__code=code)
    keys = [column["key"] for column in table.template.columns]
    return [dict(zip(keys, row, strict=True)) for row in table.rows]


def test_it_loads_eight_reports_once(reports):
    assert len(reports) == 8
    assert Report.objects.count() == 8


def test_it_holds_the_header_and_signature_of_report_340(report_340):
    r = report_340
    assert (r.number, r.symbol, r.place_name, r.issued_on) == (340, "BC-UBND", "Tuy Phước", datetime.date(2024, 7, 19))
    assert (r.kind, r.year, r.state) == ("thematic", 2024, "received")
    assert r.recipient.code == "bdi-vpubnd"
    assert r.recipient_text == "Văn phòng Ủy ban nhân dân tỉnh Bình Định"
    assert r.title.startswith("Kết quả triển khai thực hiện các văn bản chỉ đạo của UBND tỉnh")
    assert r.title.endswith("giải quyết thủ tục hành chính và cung cấp dịch vụ công trực tuyến")
    assert r.instruction.startswith("Thực hiện Công văn số 517/VPUBND-KSTT ngày 02/7/2024")
    assert r.instruction.endswith("UBND huyện Tuy Phước báo cáo kết quả triển khai như sau:")
    assert r.closing.endswith("theo dõi, tổng hợp/.")
    signer = (r.signer_authority, r.signer_collective, r.signer_head, r.signer_position, r.signer_name)
    assert signer == ("TM.", "ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Hùng Tân")
    assert r.recipients.splitlines() == ["CT, các PCT UBND huyện;", "LĐVP; CVVP K4", "Lưu: VT."]
    steps = [(t.from_state, t.to_state, t.by.username, t.at.date()) for t in r.transitions.order_by("at")]
    assert steps == [
        ("draft", "submitted", "tuyphuoc.cv", datetime.date(2024, 7, 18)),
        ("submitted", "approved", "tuyphuoc.pct", datetime.date(2024, 7, 19)),
        ("approved", "sent", "tuyphuoc.vt", datetime.date(2024, 7, 19)),
        ("sent", "received", "vpubnd.kstt", datetime.date(2024, 7, 19)),
    ]


def test_it_numbers_the_sections_of_report_340_as_written(report_340):
    sections = report_340.sections.all()
    assert sections.count() == 14
    top = sections.filter(parent=None)
    assert [(s.number, s.title, s.role) for s in top] == [
        ("I", "KẾT QUẢ TRIỂN KHAI THỰC HIỆN", "results"),
        ("II", "ĐÁNH GIÁ CHUNG", "assessment"),
        ("III", "KIẾN NGHỊ, ĐỀ XUẤT (Không)", "proposals"),
    ]
    results = sections.get(parent=top[0], number="2")
    assert [s.number for s in results.children.all()] == ["a)", "b)", "c)", "d)", "đ)", "e)"]
    assessment = [(s.number, s.title, s.role) for s in top[1].children.all()]
    assert assessment == [
        ("1", "Ưu điểm", ReportSection.Role.STRENGTHS),
        ("2", "Tồn tại, hạn chế và nguyên nhân", ReportSection.Role.WEAKNESSES),
        ("3", "Bài học kinh nghiệm", ReportSection.Role.LESSONS),
    ]
    directing = sections.get(parent=top[0], number="1")
    assert directing.body.count("\n") == 4 and directing.body.startswith("(i) Thực hiện Công văn số 2009/UBND-KSTT")
    assert "theo yêu cầu của Thủ tướng Chính phủ để chỉ đạo" in directing.body  # the page break is joined
    weaknesses = sections.get(role=ReportSection.Role.WEAKNESSES)
    assert "(19/28.753 hồ sơ, trong đó: cấp huyện 10 hồ sơ, cấp xã 09 hồ sơ)" in weaknesses.body
    assert sections.get(role=ReportSection.Role.LESSONS).body.count("\n- ") == 7


def test_it_keeps_the_six_tables_of_report_340_under_their_sections(report_340):
    tables = report_340.tables.select_related("section", "template")
    assert tables.count() == 6
    assert [(t.section.number, t.template.code) for t in tables] == [
        ("a)", "don-gian-hoa"),
        ("b)", "lien-thong"),
        ("c)", "tai-cau-truc"),
        ("d)", "bieu-mau-dien-tu"),
        ("đ)", "phan-cap-uy-quyen"),
        ("e)", "kien-nghi-phan-mem"),
    ]
    group, procedure = _rows(report_340, "don-gian-hoa")
    assert (group["stt"], group["ma"]) == ("I", "Thủ tục hành chính")
    assert procedure["ma"] == "(1.001653.000.00.00.H08)"
    assert procedure["ten"] == "Đổi, cấp lại Giấy xác nhận khuyết tật"
    assert procedure["quyet_dinh"] == "Quyết định số 4476/QĐ-UBND ngày 03/12/2023"
    assert procedure["giam_thoi_gian"].endswith("(giảm 01 ngày làm việc)")
    assert (procedure["dung_han"], procedure["tre_han"]) == ("03", "0")
    assert procedure["hieu_qua"].endswith("giải quyết thủ tục và được trả kết quả sớm hơn")
    assert _rows(report_340, "lien-thong") == [
        {"stt": "", "quyet_dinh": "0", "trien_khai": "0", "don_le": "0", "lien_thong": "0", "kho_khan": ""}
    ]
    assert [list(row.values())[1:] for row in _rows(report_340, "tai-cau-truc")] == [["0"] * 5]
    assert [list(row.values())[1:] for row in _rows(report_340, "bieu-mau-dien-tu")] == [["0"] * 6]
    karaoke, food = _rows(report_340, "phan-cap-uy-quyen")
    assert karaoke["van_ban"] == "Quyết định số 3394/QĐ-UBND ngày 14/11/2013 của UBND tỉnh"
    assert (food["ma"], food["dung_han"], food["tre_han"]) == ("1.002425.000.00.00.H08", "7", "0")
    software = _rows(report_340, "kien-nghi-phan-mem")
    assert len(software) == 13
    assert [row["stt"] for row in software] == ["I", "I", "II", "1", "2", "3", "III", "1", "2", "3", "4", "5", "6"]
    assert software[0]["tinh_nang"] == "Giao diện/tính năng/chức năng dành cho công chức, viên chức"
    assert "<" not in str(software)
    assert software[7]["de_xuat"] == (
        "Đề nghị xem xét tính năng phần mềm: Lúc công chức một cửa chưa trả kết quả thì file kết quả chưa vào kho "
        "công dân."
    )
    assert software[11]["tinh_nang"].count("\n") == 1 and software[12]["de_xuat"].startswith("Đề xuất nâng cấp")


def test_it_prints_the_merged_headers_of_the_templates(reports):
    top, bottom = TableTemplate.objects.get(code="don-gian-hoa").header_rows()
    assert top == [
        ("STT", 1, 2),
        ("Mã TTHC", 1, 2),
        ("Tên TTHC", 1, 2),
        ("Quyết định của UBND tỉnh thông qua Phương án đơn giản hóa", 1, 2),
        ("Hình thức đơn giản hóa", 2, 1),
        ("Số lượng hồ sơ đã giải quyết", 2, 1),
        ("Đánh giá hiệu quả mang lại", 1, 2),
    ]
    assert bottom == [
        ("Giảm thời gian giải quyết (ngày)", 1, 1),
        ("Đề xuất cắt giảm thành phần hồ sơ/các bước thực hiện", 1, 1),
        ("Đúng hạn", 1, 1),
        ("Trễ hạn", 1, 1),
    ]
    _top, bottom = TableTemplate.objects.get(code="phan-cap-uy-quyen").header_rows()
    assert [label for label, _c, _r in bottom] == ["Đúng hạn", "Trễ hạn"]
    (only,) = TableTemplate.objects.get(code="kien-nghi-phan-mem").header_rows()
    assert [label for label, _c, _r in only] == [
        "STT",
        "Tính năng, chức năng còn thiếu hoặc đã có nhưng chưa tiện ích, cần cải tiến",
        "Đề xuất điều chỉnh/bổ sung mới",
        "Ghi chú (có thể kèm hình ảnh minh họa)",
    ]


def test_it_sends_the_half_year_pci_report_on_time(reports):
    report = Report.objects.get(unit__code="qng-skhcn", kind="half_year", year=2021, number_in_year=1)
    assert report.state == "sent" and report.recipient.code == "qng-sct"
    assert report.duty.title == "Báo cáo đánh giá kết quả thực hiện kế hoạch hành động 06 tháng đầu năm"
    assert report.sent_at.date() == report.issued_on == datetime.date(2021, 6, 4)
    assert [t.to_state for t in report.transitions.all()] == ["submitted", "approved", "sent"]
    assert [t.by.username for t in report.transitions.all()] == ["pgd.hoa", "giamdoc", "vanthu"]
    deadline = report.occurrence
    assert (deadline.original_due_date, deadline.due_date) == (datetime.date(2021, 6, 5), datetime.date(2021, 6, 7))
    assert deadline.done_on == datetime.date(2021, 6, 4) and deadline.status() == "done_on_time"
    assert report.progress.count() == 10
    assert set(report.progress.values_list("task__section__number", flat=True)) == {"I"}
    assert all(row.done for row in report.progress.all())
    values = list(report.values.all())
    assert len(values) == 3
    assert [v.verified for v in values] == [True, False, True]
    assert all(s.body for s in report.sections.exclude(role=ReportSection.Role.ASSESSMENT))


def test_it_has_five_monthly_reports_one_late_and_a_consolidated_draft(reports):
    duty = ReportingDuty.objects.get(plan__unit__code="lsn-nhanly", kind="monthly", recipient__code="lsn-nhanly-ca")
    monthly = Report.objects.filter(duty=duty, year=2026, number_in_year=10)
    assert sorted(monthly.values_list("unit__code", flat=True)) == sorted(NHAN_LY_UNITS)
    assert set(monthly.values_list("state", flat=True)) == {"sent"}
    for report in monthly:
        assert report.values.exclude(value=None).exists()
        assert all(v.verified for v in report.values.exclude(value=None))
        assert report.sections.get(role=ReportSection.Role.RESULTS).body
    result = overview(duty=duty, year=2026, number=10)
    assert result.due_date == datetime.date(2026, 10, 8)
    assert sorted(u.code for u in result.expected if u.pk in result.received) == sorted(NHAN_LY_UNITS)
    assert [r.unit.code for r in monthly if r.unit_id in result.late] == ["lsn-nhanly-thon01"]
    assert monthly.get(unit__code="lsn-nhanly-thon01").sent_at.date() == datetime.date(2026, 10, 12)

    consolidated = Report.objects.get(unit__code="lsn-nhanly-ca", year=2026, number_in_year=10)
    assert consolidated.state == "draft" and consolidated.created_by.username == "nhanly.ca"
    # Addressed as Công an xã itself reports under the plan (duty 20): to UBND xã, with it in "Nơi nhận".
    assert consolidated.addressed_to == "Ủy ban nhân dân xã Nhân Lý"
    assert consolidated.recipients.startswith("Ủy ban nhân dân xã Nhân Lý;")
    # Headed by the province's police it answers to, not by the committee it reports to.
    assert governing_line(consolidated.unit) == "Công an tỉnh Lạng Sơn"
    assert sorted(consolidated.sources.values_list("unit__code", flat=True)) == sorted(NHAN_LY_UNITS)
    assert "- Phòng VH-XH:" in consolidated.sections.get(role=ReportSection.Role.RESULTS).body.splitlines()
    toan_trinh = consolidated.values.get(indicator__name=demo.TOAN_TRINH)
    assert str(toan_trinh.value) == "66.66"  # the average of Phòng Kinh tế's 68.89 and the Trung tâm's 64.42


def test_it_records_the_numbered_demo_documents_in_their_units_registers(reports):
    lines = {(e.unit.code, e.number_symbol): e for e in RegisterEntry.objects.select_related("unit", "numbered_by")}
    numbered = [*Plan.objects.filter(number__isnull=False), *Report.objects.filter(number__isnull=False)]
    assert len(lines) == len(numbered)
    assert {("bdi-tuyphuoc", "340/BC-UBND"), ("qng-skhcn", "96/BC-SKHCN")} <= set(lines)
    assert {p.number for p in numbered if isinstance(p, Plan)} >= {4259, 1985}
    line = lines["bdi-tuyphuoc", "340/BC-UBND"]
    assert (line.year, line.doc_type, line.signer) == (2024, "Báo cáo", "Nguyễn Hùng Tân")
    assert line.numbered_by.username == "tuyphuoc.vt" and "van phong uy ban nhan dan tinh" in line.search_text
    # The clerk's next number follows the demo's, instead of starting again at 01.
    report = Report.objects.filter(unit=line.unit).exclude(pk=line.object_id).first() or Report.objects.create(
        unit=line.unit, kind=Report.Kind.THEMATIC, year=2024, title="Báo cáo tiếp theo"
    )
    clerk = User.objects.get(username="tuyphuoc.vt")
    entry = register_number(
        unit=line.unit, obj=report, symbol="BC-UBND", doc_type="Báo cáo", title=report.title, by=clerk,
        issued_on=datetime.date(2024, 8, 1),
    )  # fmt: skip
    assert entry.number == 341


def test_it_leaves_alone_a_copy_that_people_made_of_a_demo_plan(reports):
    """Copied as a new draft of the same year, the Đề án 06 plan keeps its title: loading the demo again took the
    copy for the demo's plan, to overwrite it and number it a second time (make run stopped on the register's
    unique number)."""
    original = Plan.objects.get(unit__code="lsn-nhanly", doc_type="KH")
    copy = plan_copy(plan=original, by=User.objects.get(username="nhanly.ct"))
    load_plans()
    demo.load_reports()
    copy.refresh_from_db()
    assert (copy.status, copy.number, copy.title) == ("draft", None, original.title)
    assert copy.sections.count() == original.sections.count()
    assert not Report.objects.filter(duty__plan=copy).exists()


def test_it_finds_the_consolidated_draft_of_an_earlier_version_by_what_it_consolidates(reports):
    consolidated = Report.objects.get(unit__code="lsn-nhanly-ca", year=2026, number_in_year=10)
    assert consolidated.title == "Tổng hợp báo cáo kết quả triển khai Đề án 06 tháng 10 năm 2026"
    old = "Tổng hợp: Báo cáo kết quả triển khai Đề án 06 hằng tháng – tháng 10 năm 2026"
    Report.objects.filter(pk=consolidated.pk).update(title=old)
    demo.load_reports()
    assert list(Report.objects.filter(unit__code="lsn-nhanly-ca").values_list("title", flat=True)) == [old]
