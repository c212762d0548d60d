"""Units, their responsible people, login accounts, short names and duty keywords (督查室 only; the admin
offers the same). The short names and duties feed the 牵头单位 suggestions (luoshi.leads)."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.contrib.auth.password_validation import validate_password
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.views.decorators.http import require_POST

from luoshi.leads import split_terms
from luoshi.ledger import forms, history, submissions, suggestions, throttle
from luoshi.ledger.models import Profile, Role, Unit
from luoshi.ledger.permissions import can


def _require_manager(request: HttpRequest) -> None:
    if not can(request.user, "manage_units"):
        raise PermissionDenied


@login_required
def unit_list(request: HttpRequest) -> HttpResponse:
    _require_manager(request)
    form = forms.UnitForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            unit = form.save()
            history.record(request.user, "新增单位", subject=f"单位 {unit.name}", after={"单位": unit.name})
        messages.success(request, f"已新增单位“{unit.name}”。")
        return redirect("ledger:unit_detail", pk=unit.pk)
    units = Unit.objects.annotate(lead=Count("lead_items", distinct=True), people_count=Count("people", distinct=True))
    return render(request, "ledger/unit_list.html", {"units": units, "form": form},
                  status=400 if form.errors else 200)


@login_required
def unit_detail(request: HttpRequest, pk: int) -> HttpResponse:
    _require_manager(request)
    unit = get_object_or_404(Unit, pk=pk)
    person_form = forms.PersonForm(request.POST if request.POST.get("form") == "person" else None)
    user_form = forms.UnitUserForm(request.POST if request.POST.get("form") == "user" else None)
    before = {"简称": unit.aliases, "职责关键词": unit.duties, "启用": unit.active}
    duties_form = forms.UnitDutiesForm(request.POST if request.POST.get("form") == "duties" else None, instance=unit)
    if request.method == "POST":
        if request.POST.get("form") == "duties" and duties_form.is_valid():
            with transaction.atomic():
                unit = duties_form.save()
                after = {"简称": unit.aliases, "职责关键词": unit.duties, "启用": unit.active}
                history.record(request.user, "修改单位职责", subject=f"单位 {unit.name}",
                               before={k: v for k, v in before.items() if after[k] != v},
                               after={k: v for k, v in after.items() if before[k] != v})
            messages.success(request, f"已保存{unit.name}的简称和职责关键词。")
            return redirect("ledger:unit_detail", pk=unit.pk)
        if request.POST.get("form") == "person" and person_form.is_valid():
            with transaction.atomic():
                person = person_form.save(commit=False)
                person.unit = unit
                person.save()
                history.record(request.user, "新增责任人", subject=f"单位 {unit.name}", after={"责任人": person.name})
            messages.success(request, f"已添加责任人{person.name}。")
            return redirect("ledger:unit_detail", pk=unit.pk)
        if request.POST.get("form") == "user" and user_form.is_valid():
            username, password = user_form.cleaned_data["username"], user_form.cleaned_data["password"]
            try:
                validate_password(password, User(username=username))
            except ValidationError as e:
                user_form.add_error("password", e)
            else:
                if User.objects.filter(username=username).exists():
                    user_form.add_error("username", "该登录名已被使用")
                else:
                    with transaction.atomic():
                        account = User.objects.create_user(  # the password hashed by Django
                            username, password=password, first_name=user_form.cleaned_data["name"].strip())
                        Profile.objects.create(user=account, role=Role.UNIT, unit=unit)
                        history.record(request.user, "新增单位账号", subject=f"单位 {unit.name}",
                                       after={"登录名": username})
                    messages.success(request, f"已为{unit.name}开通账号 {username}。")
                    return redirect("ledger:unit_detail", pk=unit.pk)
    # 试一试: the clerk types a task and sees what the suggester makes of it with the duties as saved
    trial = request.GET.get("try", "").strip()[:500]
    accounts = list(Profile.objects.filter(unit=unit).select_related("user"))
    for profile in accounts:
        profile.locked = throttle.is_locked(profile.user.get_username())  # type: ignore[attr-defined]
    context = {
        "unit": unit,
        "people": unit.people.all(),
        "accounts": accounts,
        "person_form": person_form,
        "user_form": user_form,
        "duties_form": duties_form,
        "duties": split_terms(unit.duties),
        "aliases": split_terms(unit.aliases),
        "trial": trial,
        "trial_suggestions": suggestions.lead_suggestions_for(trial) if trial else [],
    }
    return render(request, "ledger/unit_detail.html", context,
                  status=400 if person_form.errors or user_form.errors or duties_form.errors else 200)


@login_required
@require_POST
def account_action(request: HttpRequest, pk: int, user_pk: int) -> HttpResponse:
    """督查室 only: reset a unit account's password (a one-time link, shown once) or lift its login lock."""
    _require_manager(request)
    profile = get_object_or_404(Profile.objects.select_related("user", "unit"), unit_id=pk, user_id=user_pk)
    account, action = profile.user, request.POST.get("action")
    if action not in ("reset", "unlock"):
        raise PermissionDenied
    page = reverse("ledger:unit_detail", args=[pk])
    subject = f"账号 {account.get_username()}"
    try:
        with submissions.once(request), transaction.atomic():
            if action == "unlock":
                throttle.unlock(account.get_username())
                history.record(request.user, "解除登录锁定", subject=subject)
            else:
                # the old password stops working at once (and signs the account out everywhere); the link
                # holds the new hash, so it works once, for PASSWORD_RESET_TIMEOUT
                account.set_unusable_password()
                account.save(update_fields=["password"])
                history.record(request.user, "重置密码", subject=subject, note="已生成一次性重置链接")
    except submissions.AlreadySubmitted:
        return submissions.replayed(request, page)
    if action == "unlock":
        messages.success(request, f"已解除账号 {account.get_username()} 的登录锁定。")
    else:
        link = request.build_absolute_uri(reverse("password_reset_confirm", kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(account.pk)),
            "token": default_token_generator.make_token(account)}))
        messages.success(request, f"已重置账号 {account.get_username()} 的密码。请把这个一次性链接交给本人，"
                                  f"用它设置新密码（只显示这一次，{_days_valid()}天内有效）：{link}")
    return redirect(page)


def _days_valid() -> int:
    return max(1, settings.PASSWORD_RESET_TIMEOUT // 86400)
