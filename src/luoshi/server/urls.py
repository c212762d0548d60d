from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from luoshi.ledger.views.account import PasswordChange

admin.site.site_header = "luoshi 督办台账管理"
admin.site.site_title = "luoshi"

urlpatterns = [
    path("login/", auth_views.LoginView.as_view(template_name="ledger/login.html"), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("password/", PasswordChange.as_view(), name="password_change"),
    path("admin/", admin.site.urls),
    path("", include("luoshi.ledger.urls")),
]
