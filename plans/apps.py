from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "plans"
    verbose_name = "Kế hoạch"

    def ready(self):
        from portal.exports import register_exporter

        from .docx import render_plan_docx
        from .models import Plan
        from .pdf import render_plan_html

        register_exporter(
            "plans.plan", queryset=Plan.objects.select_related("unit"), html=render_plan_html, docx=render_plan_docx
        )
