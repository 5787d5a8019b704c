from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "reports"
    verbose_name = "Báo cáo"

    def ready(self):
        from portal.exports import register_exporter

        from .docx import render_report_docx
        from .models import Report
        from .pdf import render_report_html

        register_exporter(
            "reports.report",
            queryset=Report.objects.select_related("unit"),
            html=render_report_html,
            docx=render_report_docx,
        )
