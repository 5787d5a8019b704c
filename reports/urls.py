from django.urls import path

from . import views

app_name = "reports"

urlpatterns = [
    path("", views.report_list, name="report_list"),
    path("tao-moi/", views.report_create, name="report_create"),
    path("<int:pk>/", views.report_detail, name="report_detail"),
    path("<int:pk>/soan-thao/", views.report_edit, name="report_edit"),
    path("<int:pk>/dinh-chinh/", views.report_correct, name="report_correct"),
    path("<int:pk>/so-sanh/", views.report_compare, name="report_compare"),
    path("<int:pk>/<str:action>/", views.report_action, name="report_action"),
    path("tong-hop/<int:duty_pk>/", views.consolidation_view, name="consolidation"),
    path("<int:pk>/bang/them/", views.table_add, name="table_add"),
    path("<int:pk>/tep/them/", views.attachment_add, name="attachment_add"),
    path("<int:pk>/tep/<int:attachment>/", views.attachment_download, name="attachment_download"),
    path("<int:pk>/bang/<int:table>/", views.table_edit, name="table_edit"),
]
