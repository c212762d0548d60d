"""The channel form of the 督查室's notification page."""

from __future__ import annotations

from typing import Any

from django import forms

from luoshi.ledger.models import Unit
from luoshi.ledger.notify.events import EVENTS, OFFICE, OFFICE_DEFAULT, UNIT_DEFAULT
from luoshi.ledger.notify.models import Channel
from luoshi.ledger.notify.transports import TRANSPORTS, check_address


class ChannelForm(forms.ModelForm):
    unit = forms.ModelChoiceField(Unit.objects.filter(active=True), required=False, label="单位",
                                  empty_label="督查室（接收全部单位的所选事项）")
    events = forms.MultipleChoiceField(
        label="通知事项", widget=forms.CheckboxSelectMultiple,
        choices=[(e.code, e.label + ("（仅督查室）" if e.audience == OFFICE else "")) for e in EVENTS.values()])
    secret = forms.CharField(label="钉钉加签密钥", required=False, max_length=200,
                             widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "off"}),
                             help_text="钉钉机器人“安全设置 → 加签”中以 SEC 开头的字符串；修改时留空则保留原密钥。")
    clear_secret = forms.BooleanField(label="取消加签", required=False)

    class Meta:
        model = Channel
        fields = ["unit", "name", "kind", "address", "secret", "events", "enabled"]
        help_texts = {
            "name": "便于识别，如“发改局工作群”。",
            "address": "电子邮件：多个地址用逗号分隔；群机器人：粘贴机器人的 Webhook 地址（须 https）。"
                       "钉钉机器人如设置了“自定义关键词”，请加入“督办”。",
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk is None and not self.is_bound:
            unit = self.initial.get("unit")
            self.initial.setdefault("events", UNIT_DEFAULT if unit else OFFICE_DEFAULT)
        if self.instance.pk is None:
            del self.fields["clear_secret"]
        self.fields["address"].widget.attrs["placeholder"] = " 或 ".join(t.example for t in TRANSPORTS.values())

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        kind, address = data.get("kind"), data.get("address")
        if kind and address:
            try:
                data["address"] = check_address(kind, address)
            except forms.ValidationError as e:
                self.add_error("address", e)
        if data.get("secret") and kind != Channel.Kind.DINGTALK:
            self.add_error("secret", "只有钉钉机器人使用加签密钥")
        return data

    def save(self, commit: bool = True) -> Channel:
        channel = super().save(commit=False)
        secret = self.cleaned_data.get("secret", "")
        if self.cleaned_data.get("clear_secret") or channel.kind != Channel.Kind.DINGTALK:
            channel.secret = ""
        elif secret:
            channel.secret = secret
        elif channel.pk is not None:
            channel.secret = Channel.objects.filter(pk=channel.pk).values_list("secret", flat=True).first() or ""
        if commit:
            channel.save()
        return channel
