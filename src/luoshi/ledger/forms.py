"""The forms of the 督办 cycle. Forms that change an item carry the ``version`` they were made from, so a
stale form is refused by the workflow instead of overwriting someone else's change."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.conf import settings

from luoshi.ledger.models import Comparator, Person, Unit


class DateInput(forms.DateInput):
    """A browser date picker. Its value must be ISO (2026-12-31): the zh-hans input format (2026/12/31)
    is one ``<input type=date>`` cannot show, which left the box empty."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Zero or more files, each within the attachment size limit."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        kwargs.setdefault("required", False)
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else ([data] if data else [])
        cleaned = [super(MultipleFileField, self).clean(f, initial) for f in files]
        limit = settings.LUOSHI_ATTACHMENT_MAX_BYTES
        for f in cleaned:
            if f.size > limit:
                raise forms.ValidationError(
                    f"附件“{f.name}”为{f.size / 1048576:.1f} MB，超过{limit / 1048576:.0f} MB的上限")
        return cleaned


class VersionedForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)


class AssignForm(VersionedForm):
    lead_unit = forms.ModelChoiceField(Unit.objects.filter(active=True), label="牵头单位")
    co_units = forms.ModelMultipleChoiceField(Unit.objects.filter(active=True), required=False, label="配合单位",
                                              widget=forms.CheckboxSelectMultiple)
    responsible = forms.ModelChoiceField(Person.objects.select_related("unit"), required=False, label="责任人")
    deadline = forms.DateField(label="完成时限", widget=DateInput())
    cadence_days = forms.IntegerField(label="报送周期（天）", min_value=1, max_value=366, initial=30)
    milestones = forms.CharField(
        label="节点（每行一个：名称，YYYY-MM-DD）", required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def clean_milestones(self) -> list[tuple[str, dt.date]]:
        parsed = []
        for number, line in enumerate(self.cleaned_data["milestones"].splitlines(), 1):
            if not line.strip():
                continue
            title, sep, due = line.replace(",", "，").rpartition("，")
            try:
                parsed.append((title.strip(), dt.date.fromisoformat(due.strip())))
            except ValueError:
                raise forms.ValidationError(f"第{number}行应为“节点名称，YYYY-MM-DD”") from None
            if not sep or not title.strip():
                raise forms.ValidationError(f"第{number}行缺少节点名称")
        return parsed


class BulkAssignForm(forms.Form):
    """批量交办: the values to set on every ticked item; a field left empty keeps each item's own."""

    items = forms.TypedMultipleChoiceField(coerce=int, label="事项", error_messages={
        "required": "请先勾选要交办的事项", "invalid_choice": "勾选的事项不存在，请刷新页面"})
    lead_unit = forms.ModelChoiceField(Unit.objects.filter(active=True), required=False, label="牵头单位",
                                       empty_label="（不变：各项原有）")
    co_units = forms.ModelMultipleChoiceField(Unit.objects.filter(active=True), required=False, label="配合单位",
                                              widget=forms.CheckboxSelectMultiple)
    responsible = forms.ModelChoiceField(Person.objects.select_related("unit"), required=False, label="责任人",
                                         empty_label="（不变：各项原有）")
    deadline = forms.DateField(label="完成时限", required=False, widget=DateInput())
    only_empty = forms.BooleanField(label="只填空白项（已设置的牵头单位、配合单位、责任人和督查室指定的时限不变）",
                                    required=False)

    def __init__(self, *args, choices: list[int] = (), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["items"].choices = [(pk, pk) for pk in choices]


class ReturnForm(VersionedForm):
    reason = forms.CharField(label="退回理由", max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))


class ReportForm(forms.Form):
    text = forms.CharField(label="进展情况", max_length=5000, widget=forms.Textarea(attrs={"rows": 4}))
    percent = forms.IntegerField(label="完成进度（%）", min_value=0, max_value=100)
    value = forms.FloatField(label="已完成值", required=False)
    value_unit = forms.CharField(label="单位", max_length=30, required=False)
    attachments = MultipleFileField(label="附件")


class CompleteForm(VersionedForm):
    text = forms.CharField(label="办结情况", max_length=5000, widget=forms.Textarea(attrs={"rows": 4}))
    value = forms.FloatField(label="最终完成值", required=False)
    value_unit = forms.CharField(label="单位", max_length=30, required=False)
    attachments = MultipleFileField(label="佐证材料")


class RemindForm(forms.Form):
    message = forms.CharField(label="催办内容", max_length=2000, widget=forms.Textarea(attrs={"rows": 2}),
                              initial="请抓紧推进并按时报送进展情况。")


class ExtensionForm(forms.Form):
    new_deadline = forms.DateField(label="申请延至", widget=DateInput())
    reason = forms.CharField(label="申请理由", max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))


class DecideForm(forms.Form):
    decision = forms.ChoiceField(label="审批", choices=[("approve", "同意延期"), ("refuse", "不同意")],
                                 widget=forms.RadioSelect)
    note = forms.CharField(label="审批意见", max_length=2000, required=False)


class ReviewForm(VersionedForm):
    decision = forms.ChoiceField(label="审核", choices=[("accept", "同意销号"), ("send_back", "退办")],
                                 widget=forms.RadioSelect)
    note = forms.CharField(label="审核意见（退办时必填）", max_length=2000, required=False,
                           widget=forms.Textarea(attrs={"rows": 2}))


class EditForm(VersionedForm):
    content = forms.CharField(label="任务内容", max_length=5000, widget=forms.Textarea(attrs={"rows": 3}))
    metric = forms.CharField(label="指标", max_length=200, required=False)
    target_value = forms.FloatField(label="目标值", required=False)
    target_value_max = forms.FloatField(label="目标值上限（区间）", required=False)
    target_unit = forms.CharField(label="计量单位", max_length=30, required=False)
    comparator = forms.ChoiceField(label="比较方式", choices=[("", "—"), *Comparator.choices], required=False)
    cadence_days = forms.IntegerField(label="报送周期（天）", min_value=1, max_value=366)
    is_public = forms.BooleanField(label="在成绩单公开", required=False)


class MilestoneForm(forms.Form):
    title = forms.CharField(label="节点名称", max_length=200)
    due = forms.DateField(label="节点时限", widget=DateInput())


class ItemFilterForm(forms.Form):
    """The list's filters; every field optional, bad values ignored rather than failing the page."""

    q = forms.CharField(label="搜索", required=False, max_length=100)
    status = forms.ChoiceField(label="状态", required=False)
    light = forms.ChoiceField(label="预警", required=False)
    unit = forms.ModelChoiceField(Unit.objects.all(), label="单位", required=False, empty_label="全部单位")
    source = forms.IntegerField(label="来源文件", required=False, widget=forms.HiddenInput)
    due_before = forms.DateField(label="时限早于", required=False, widget=DateInput())


class UnitForm(forms.ModelForm):
    class Meta:
        model = Unit
        fields = ["name", "active"]


class PersonForm(forms.ModelForm):
    class Meta:
        model = Person
        fields = ["name", "title", "phone"]


class UnitUserForm(forms.Form):
    username = forms.CharField(label="登录名", max_length=150)
    password = forms.CharField(label="初始密码", widget=forms.PasswordInput, min_length=10)
