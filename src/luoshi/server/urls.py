from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from luoshi.ledger.views.account import Login, PasswordChange, PasswordResetConfirm

admin.site.site_header = "luoshi 督办台账管理"
admin.site.site_title = "luoshi"

urlpatterns = [
    path("login/", Login.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("password/", PasswordChange.as_view(), name="password_change"),
    # the one-time link a 督查室 user makes on a unit's page (views/units.py reset_password)
    path("password/reset/<uidb64>/<token>/", PasswordResetConfirm.as_view(), name="password_reset_confirm"),
    path("admin/login/", Login.as_view()),  # the admin's sign-in is throttled the same way
    path("admin/", admin.site.urls),
    path("", include("luoshi.ledger.urls")),
]

# Error pages in Chinese, with the site's frame (a citizen with an old QR code meets the 404).
handler400 = "luoshi.ledger.views.errors.bad_request"
handler403 = "luoshi.ledger.views.errors.permission_denied"
handler404 = "luoshi.ledger.views.errors.page_not_found"
handler500 = "luoshi.ledger.views.errors.server_error"
