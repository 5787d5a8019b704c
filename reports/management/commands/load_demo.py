"""Load the demo data of every app. It lives in reports, the app at the top of the dependency
graph, because it is the only one that may import all the others."""

from django.core.management.base import BaseCommand

from plans.demo import load_plans
from portal.demo import DEMO_PASSWORD, ROLE_ACCOUNTS, load_units_and_people
from reports.demo import load_reports
from reports.demo_dashboard import load_dashboard_demo
from tthc.demo import load_tthc


class Command(BaseCommand):
    help = "Nạp dữ liệu mẫu từ các văn bản ví dụ (chạy lại nhiều lần không tạo bản ghi trùng)."

    def handle(self, *args, **options):
        units = load_units_and_people()
        plans = load_plans()
        reports = load_reports()
        procedures = load_tthc()
        load_dashboard_demo()
        self.stdout.write(
            self.style.SUCCESS(
                f"Đã nạp {len(units)} đơn vị, {len(plans)} kế hoạch, {len(reports)} báo cáo mẫu "
                f"và {len(procedures)} thủ tục hành chính kèm hồ sơ."
            )
        )
        self.stdout.write(f"Tài khoản mẫu (mật khẩu: {DEMO_PASSWORD}):")
        for username, label in ROLE_ACCOUNTS:
            self.stdout.write(f"  {username:<12} {label}")
