"""A user's own account: signing in (throttled), changing the password (every role), setting a new one from
a 督查室 reset link; each recorded in the history."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.forms import AuthenticationForm, PasswordChangeForm, SetPasswordForm
from django.contrib.auth.views import LoginView, PasswordChangeView, PasswordResetConfirmView
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.urls import reverse_lazy

from luoshi.ledger import history, throttle


class Login(LoginView):
    """Django's sign-in, refused while the account or the client is locked by too many wrong passwords."""

    template_name = "ledger/login.html"

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        username = request.POST.get("username", "")[:150]
        scope = throttle.locked_scope(request, username)
        if scope is None:
            return super().post(request, *args, **kwargs)
        # refused before the password is even checked: the right one does not get in during the lock
        if throttle.first_refusal(request, username, scope):
            with transaction.atomic():
                history.record(None, "登录被拒（已锁定）", subject=f"账号 {username}",
                               note="按账号锁定" if scope == throttle.ACCOUNT.scope else "按来源地址锁定")
        context = self.get_context_data(form=self.get_form(), locked=throttle.locked_message())
        return self.render_to_response(context, status=429)

    def form_invalid(self, form: AuthenticationForm) -> HttpResponse:
        username = self.request.POST.get("username", "")[:150]
        throttle.record_failure(self.request, username)
        with transaction.atomic():
            history.record(None, "登录失败", subject=f"账号 {username}", note="用户名或密码不正确")
        return super().form_invalid(form)

    def form_valid(self, form: AuthenticationForm) -> HttpResponse:
        throttle.record_success(form.get_user().get_username())
        return super().form_valid(form)


class PasswordChange(PasswordChangeView):
    """Django's password change (old password, new twice, the password validators), in the ledger's pages."""

    template_name = "ledger/password_change.html"
    success_url = reverse_lazy("ledger:dashboard")

    def form_valid(self, form: PasswordChangeForm) -> HttpResponse:
        with transaction.atomic():
            response = super().form_valid(form)  # also keeps this session signed in
            history.record(self.request.user, "修改密码", subject=f"账号 {self.request.user.get_username()}")
        messages.success(self.request, "密码已修改。")
        return response


class PasswordResetConfirm(PasswordResetConfirmView):
    """The one-time link a 督查室 user made (units.reset_password): the user sets a new password. Django's
    token holds the password hash, so the link stops working once it has been used."""

    template_name = "ledger/password_change.html"
    success_url = reverse_lazy("login")

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return {**super().get_context_data(**kwargs), "reset": True}

    def form_valid(self, form: SetPasswordForm) -> HttpResponse:
        with transaction.atomic():
            response = super().form_valid(form)
            history.record(form.user, "通过重置链接设置密码", subject=f"账号 {form.user.get_username()}")
        throttle.unlock(form.user.get_username())
        messages.success(self.request, "新密码已设置，请登录。")
        return response
