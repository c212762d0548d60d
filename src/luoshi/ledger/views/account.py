"""A user's own account: changing the password (every role), recorded in the history."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.forms import PasswordChangeForm
from django.contrib.auth.views import PasswordChangeView
from django.db import transaction
from django.http import HttpResponse
from django.urls import reverse_lazy

from luoshi.ledger import history


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
