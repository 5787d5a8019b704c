"""The quick report's "(*) Số liệu chưa có căn cứ kiểm chứng" sits under the indicator table only when a value
in it carries the "*": it was printed under every table, marking nothing."""

from portal.documents import render_html
from reports.pdf_dashboard import dashboard_summary_context
from tests.reports.test_dashboard import build, indicator_with_value, issued_plan

FOOTNOTE = "(*) Số liệu chưa có căn cứ kiểm chứng."


def summary(user):
    return render_html("documents/dashboard_summary.html", dashboard_summary_context(build(user), by=user))


def test_it_prints_the_footnote_only_under_a_value_without_evidence(leader_top, unit_a):
    plan = issued_plan(unit_a, years=(2026, 2027))
    indicator_with_value(plan, unit_a, "Doanh nghiệp hài lòng", 60, 70, "Phiếu khảo sát")
    verified = summary(leader_top)
    assert "Doanh nghiệp hài lòng" in verified and FOOTNOTE not in verified
    indicator_with_value(plan, unit_a, "Hồ sơ trực tuyến", 80, 40, "")
    unverified = summary(leader_top)
    assert FOOTNOTE in unverified and "40*" in unverified.replace(" ", "")
