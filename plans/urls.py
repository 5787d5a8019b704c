from django.urls import path

from . import views, views_deadlines

app_name = "plans"

urlpatterns = [
    path("viec-den-han/", views_deadlines.deadline_list, name="deadlines"),
    path("viec-den-han/<int:pk>/hoan-thanh/", views_deadlines.occurrence_done, name="occurrence_done"),
    path("viec-den-han/<int:pk>/xin-gia-han/", views_deadlines.extension_create, name="extension_create"),
    path("gia-han/<int:pk>/quyet-dinh/", views_deadlines.extension_decide, name="extension_decide"),
    path("lich/<str:token>.ics", views_deadlines.ical_feed, name="ical_feed"),
    path("lich/", views_deadlines.calendar_link, name="calendar_link"),
    path("", views.PlanListView.as_view(), name="plan_list"),
    path("tao-moi/", views.plan_create, name="plan_create"),
    path("<int:pk>/", views.PlanDetailView.as_view(), name="plan_detail"),
    path("<int:pk>/soan-thao/", views.plan_edit, name="plan_edit"),
    path("<int:pk>/ban-hanh/", views.plan_issue, name="plan_issue"),
    path("<int:pk>/sua-doi/", views.plan_revise, name="plan_revise"),
    path("<int:pk>/cap-so/", views.plan_number, name="plan_number"),
    path("<int:pk>/sao-chep/", views.plan_copy, name="plan_copy"),
    path("<int:pk>/xuat-excel/", views.plan_export, name="plan_export"),
    path("<int:pk>/nhap-excel/", views.plan_import, name="plan_import"),
    path("<int:pk>/soan-thao/<str:part>/them/", views.part_form, name="part_add"),
    path("<int:pk>/soan-thao/<str:part>/<int:item>/", views.part_form, name="part_edit"),
    path("<int:pk>/soan-thao/<str:part>/<int:item>/xoa/", views.part_delete, name="part_delete"),
    path("<int:pk>/soan-thao/<str:part>/<int:item>/<str:direction>/", views.part_move, name="part_move"),
]
