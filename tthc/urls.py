from django.urls import path

from . import views

app_name = "tthc"

urlpatterns = [
    path("", views.procedure_list, name="procedure_list"),
    path("don-vi/<int:pk>/", views.unit_months_view, name="months"),
    path("don-vi/<int:pk>/tre-han/", views.late_list, name="late_list"),
    path("don-vi/<int:pk>/chi-so-766/", views.score_766_view, name="score_766"),
    path("don-vi/<int:pk>/chi-so-766/nhap-tay/", views.manual_766_view, name="manual_766"),
    path("don-vi/<int:pk>/nhap-ho-so/", views.dossier_import_view, name="upload"),
    path("lan-nhap/<int:pk>/", views.dossier_import_status_view, name="upload_status"),
    path("lan-nhap/<int:pk>/nhap-dong-hop-le/", views.dossier_import_good_rows_view, name="upload_good_rows"),
    path("don-vi/<int:pk>/nhap-thu-tuc/", views.procedure_import_view, name="procedure_import"),
    path("don-vi/<int:pk>/thu-tuc/goi-y/", views.procedure_options, name="procedure_options"),
    path("don-vi/<int:pk>/so-theo-doi/", views.RegisterListView.as_view(), name="registers"),
    path(
        "don-vi/<int:pk>/so-theo-doi/<slug:register>/them/", views.RegisterCreateView.as_view(), name="register_create"
    ),
    path("so-theo-doi/<slug:register>/<int:pk>/sua/", views.RegisterUpdateView.as_view(), name="register_update"),
    path("so-theo-doi/<slug:register>/<int:pk>/xoa/", views.RegisterDeleteView.as_view(), name="register_delete"),
]
