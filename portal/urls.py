from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from . import views, views_errors, views_exports, views_members, views_register
from .forms_auth import LoginForm, PasswordResetForm

portal_patterns = [
    path("", views.home, name="home"),
    path("don-vi/", views.UnitListView.as_view(), name="unit_list"),
    path("don-vi/<int:pk>/", views.UnitDetailView.as_view(), name="unit_detail"),
    path("don-vi/<int:pk>/sua/", views.UnitUpdateView.as_view(), name="unit_update"),
    path("don-vi/<int:pk>/them-don-vi/", views.UnitCreateView.as_view(), name="unit_create"),
    path("don-vi/<int:pk>/them-nguoi-dung/", views_members.member_create, name="member_create"),
    path("vai-tro/<int:pk>/xoa/", views_members.member_delete, name="member_delete"),
    path("don-vi/goi-y/", views.unit_options, name="unit_options"),
    path("thong-bao/", views.notification_list, name="notifications"),
    path("thong-bao/da-doc/", views.notification_read, name="notifications_read"),
    path("thong-bao/<int:pk>/", views.notification_read, name="notification_read"),
    path("tai-khoan/", views.account, name="account"),
    path("so-van-ban-di/", views_register.register_list, name="register_list"),
    path("van-ban/<str:label>/<int:pk>/xuat/", views_exports.export_panel, name="export_panel"),
    path("van-ban/<str:label>/<int:pk>/xuat/<str:kind>/", views_exports.export_create, name="export_create"),
    path("van-ban/<str:label>/<int:pk>/xem-truoc.png", views_exports.export_preview, name="export_preview"),
    path("van-ban/tep/<int:pk>/", views_exports.export_status, name="export_status"),
    path("van-ban/tep/<int:pk>/tai-ve/", views_exports.export_download, name="export_download"),
    path("nhap-du-lieu/", views.import_sheet, name="import_sheet"),
    path("nhap-du-lieu/mau/<str:kind>.xlsx", views.import_template, name="import_template"),
]

urlpatterns = [
    path("", include((portal_patterns, "portal"))),
    path("ke-hoach/", include("plans.urls")),
    path("bao-cao/", include("reports.urls")),
    path("thu-tuc-hanh-chinh/", include("tthc.urls")),
    path("dang-nhap/", auth_views.LoginView.as_view(authentication_form=LoginForm), name="login"),
    path("dang-xuat/", views_errors.LogoutView.as_view(), name="logout"),
    path("doi-mat-khau/", auth_views.PasswordChangeView.as_view(), name="password_change"),
    path("doi-mat-khau/xong/", auth_views.PasswordChangeDoneView.as_view(), name="password_change_done"),
    path("quen-mat-khau/", auth_views.PasswordResetView.as_view(form_class=PasswordResetForm), name="password_reset"),
    path("quen-mat-khau/da-gui/", auth_views.PasswordResetDoneView.as_view(), name="password_reset_done"),
    path(
        "dat-lai-mat-khau/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path("dat-lai-mat-khau/xong/", auth_views.PasswordResetCompleteView.as_view(), name="password_reset_complete"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("quan-tri/", admin.site.urls),
]
