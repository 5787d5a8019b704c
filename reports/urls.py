from django.urls import path

from . import views, views_dashboard

app_name = "reports"

urlpatterns = [
    path("", views.report_list, name="report_list"),
    path("bang-dieu-khien/", views_dashboard.dashboard_view, name="dashboard"),
    path("bang-dieu-khien/excel/", views_dashboard.dashboard_export, name="dashboard_export"),
    path("bang-dieu-khien/bao-cao-nhanh/", views_dashboard.dashboard_pdf, name="dashboard_pdf"),
    path("bang-dieu-khien/nhiem-vu/<int:pk>/", views_dashboard.task_history, name="dashboard_task"),
    path("bang-dieu-khien/thu-tong-hop/", views_dashboard.digest_toggle, name="digest_toggle"),
    path("tao-moi/", views.report_create, name="report_create"),
    path("<int:pk>/", views.report_detail, name="report_detail"),
    path("<int:pk>/soan-thao/", views.report_edit, name="report_edit"),
    path("<int:pk>/dinh-chinh/", views.report_correct, name="report_correct"),
    path("<int:pk>/so-sanh/", views.report_compare, name="report_compare"),
    path("<int:pk>/cap-so/", views.report_number, name="report_number"),
    path("<int:pk>/dien-tthc/", views.report_fill_tthc, name="report_fill_tthc"),
    path("<int:pk>/<str:action>/", views.report_action, name="report_action"),
    path("tong-hop/<int:duty_pk>/", views.consolidation_view, name="consolidation"),
    path("<int:pk>/bang/them/", views.table_add, name="table_add"),
    path("<int:pk>/tep/them/", views.attachment_add, name="attachment_add"),
    path("<int:pk>/tep/<int:attachment>/", views.attachment_download, name="attachment_download"),
    path("<int:pk>/tep/<int:attachment>/xoa/", views.attachment_delete, name="attachment_delete"),
    path("<int:pk>/bang/<int:table>/", views.table_edit, name="table_edit"),
]
