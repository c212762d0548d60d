"""The ledger's forms, every one of them: the cards of an item's page, the list's filters and 批量交办, the
立项 pages, units, the 考评 rules and 码上督.

Forms that change an item carry the ``version`` they were made from, so a stale form is refused by the
workflow instead of overwriting someone else's change. A card of the item page (:class:`ActionForm`) knows
how it starts from an item (:meth:`~ActionForm.initial_for`) and what it hands to its workflow function
(:meth:`~ActionForm.arguments`); which card an action shows is in :mod:`luoshi.ledger.transitions`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, cast

from django import forms
from django.conf import settings
from django.contrib.auth.validators import UnicodeUsernameValidator
from django.core.validators import MaxLengthValidator, MinValueValidator

from luoshi.duedates import CLERK_REASON
from luoshi.leads import split_terms
from luoshi.ledger.models import AssessmentRules, Comparator, Feedback, Item, Person, Proposal, Unit

# ---------------------------------------------------------------------------------------------- widgets, fields


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


class TextField(forms.CharField):
    """A textarea's text with a browser's CRLF line ends as LF, so a line break counts as the one
    character the textarea's own maxlength counted. Every multi-line field of the ledger is one: a
    4,990-character report with its line breaks sent as CRLF was over 5,000 to a plain CharField."""

    widget = forms.Textarea

    def to_python(self, value):
        return super().to_python(value).replace("\r\n", "\n")


def _set_choices(field: forms.Field, choices: Sequence[tuple[Any, Any]]) -> None:
    cast(forms.ChoiceField, field).choices = choices


# ---------------------------------------------------------------------------------------------- the item's cards


class ActionForm(forms.Form):
    """A card of the item page: how it starts from the item, and the workflow function's arguments it gives."""

    @classmethod
    def initial_for(cls, item: Item) -> dict[str, Any]:
        return {}

    def arguments(self) -> dict[str, Any]:
        """The keyword arguments of the transition's workflow function (after ``user`` and ``item``)."""
        return dict(self.cleaned_data)


class VersionedForm(ActionForm):
    version = forms.IntegerField(widget=forms.HiddenInput)

    @classmethod
    def initial_for(cls, item: Item) -> dict[str, Any]:
        return {"version": item.version}


class AssignForm(VersionedForm):
    lead_unit = forms.ModelChoiceField(Unit.objects.filter(active=True), label="牵头单位")
    co_units = forms.ModelMultipleChoiceField(Unit.objects.filter(active=True), required=False, label="配合单位",
                                              widget=forms.CheckboxSelectMultiple)
    responsible = forms.ModelChoiceField(Person.objects.select_related("unit"), required=False, label="责任人")
    deadline = forms.DateField(label="完成时限", widget=DateInput())
    cadence_days = forms.IntegerField(label="报送周期（天）", min_value=1, max_value=366, initial=30)
    milestones = TextField(
        label="节点（每行一个：名称，YYYY-MM-DD）", required=False, widget=forms.Textarea(attrs={"rows": 3}))

    @classmethod
    def initial_for(cls, item: Item) -> dict[str, Any]:
        return {**super().initial_for(item), "cadence_days": item.cadence_days, "lead_unit": item.lead_unit_id,
                "responsible": item.responsible_id, "co_units": list(item.co_units.values_list("pk", flat=True)),
                "deadline": item.deadline}

    def arguments(self) -> dict[str, Any]:
        # A deadline typed on a page may not be in the past (the demo, calling the workflow, may).
        return {**super().arguments(), "refuse_past": True}

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


class ReturnForm(VersionedForm):
    reason = TextField(label="退回理由", max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))


def _with_files(data: dict[str, Any]) -> dict[str, Any]:
    """A report's arguments: the form's ``attachments`` are the workflow's ``files``."""
    data["files"] = data.pop("attachments")
    return data


class ReportForm(ActionForm):
    text = TextField(label="进展情况", max_length=5000, widget=forms.Textarea(attrs={"rows": 4}))
    percent = forms.IntegerField(label="完成进度（%）", min_value=0, max_value=100)
    value = forms.FloatField(label="已完成值", required=False)
    value_unit = forms.CharField(label="单位", max_length=30, required=False)
    attachments = MultipleFileField(label="附件")

    @classmethod
    def initial_for(cls, item: Item) -> dict[str, Any]:
        return {"percent": item.percent, "value_unit": item.target_unit}

    def arguments(self) -> dict[str, Any]:
        return _with_files(super().arguments())


class CompleteForm(VersionedForm):
    text = TextField(label="办结情况", max_length=5000, widget=forms.Textarea(attrs={"rows": 4}))
    value = forms.FloatField(label="最终完成值", required=False)
    value_unit = forms.CharField(label="单位", max_length=30, required=False)
    attachments = MultipleFileField(label="佐证材料")

    @classmethod
    def initial_for(cls, item: Item) -> dict[str, Any]:
        return {**super().initial_for(item), "value_unit": item.target_unit}

    def arguments(self) -> dict[str, Any]:
        return _with_files(super().arguments())


class RemindForm(ActionForm):
    message = TextField(label="催办内容", max_length=2000, widget=forms.Textarea(attrs={"rows": 2}),
                              initial="请抓紧推进并按时报送进展情况。")


class ExtensionForm(ActionForm):
    new_deadline = forms.DateField(label="申请延至", widget=DateInput())
    reason = TextField(label="申请理由", max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))


class InstructionForm(ActionForm):
    """领导批示 on an item (and, on its own page, on a document); the workflow refuses a report day in the past."""

    text = TextField(label="批示内容", max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))
    report_due = forms.DateField(label="要求报告时限（选填：请承办单位于此日前报告落实情况）", required=False,
                                 widget=DateInput())


class DecideForm(ActionForm):
    decision = forms.ChoiceField(label="审批", choices=[("approve", "同意延期"), ("refuse", "不同意")],
                                 widget=forms.RadioSelect)
    note = forms.CharField(label="审批意见", max_length=2000, required=False)

    def arguments(self) -> dict[str, Any]:
        return {"approve": self.cleaned_data["decision"] == "approve", "note": self.cleaned_data["note"]}


class ReviewForm(VersionedForm):
    decision = forms.ChoiceField(label="审核", choices=[("accept", "同意销号"), ("send_back", "退办")],
                                 widget=forms.RadioSelect)
    note = TextField(label="审核意见（退办时必填）", max_length=2000, required=False,
                     widget=forms.Textarea(attrs={"rows": 2}))

    def arguments(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {"version": data["version"], "accept": data["decision"] == "accept", "note": data["note"]}


class EditForm(VersionedForm):
    """The item's own fields (the workflow's ``EDITABLE_FIELDS``), each shown with its current value."""

    content = TextField(label="任务内容", max_length=5000, widget=forms.Textarea(attrs={"rows": 3}))
    metric = forms.CharField(label="指标", max_length=200, required=False)
    target_value = forms.FloatField(label="目标值", required=False)
    target_value_max = forms.FloatField(label="目标值上限（区间）", required=False)
    target_unit = forms.CharField(label="计量单位", max_length=30, required=False)
    comparator = forms.ChoiceField(label="比较方式", choices=[("", "—"), *Comparator.choices], required=False)
    cadence_days = forms.IntegerField(label="报送周期（天）", min_value=1, max_value=366)
    is_public = forms.BooleanField(label="在成绩单公开", required=False)

    @classmethod
    def initial_for(cls, item: Item) -> dict[str, Any]:
        return {name: getattr(item, name) for name in cls.base_fields}

    def arguments(self) -> dict[str, Any]:
        data = super().arguments()
        data["target_unit"] = data["target_unit"] or ""
        return data


class MilestoneForm(ActionForm):
    title = forms.CharField(label="节点名称", max_length=200)
    due = forms.DateField(label="节点时限", widget=DateInput())


# ---------------------------------------------------------------------------------------------- the item list


class ItemFilterForm(forms.Form):
    """The list's filters; every field optional, bad values ignored rather than failing the page.

    ``blanks`` are the labels of "any status" and "any light" (the JSON API leaves them empty)."""

    q = forms.CharField(label="搜索", required=False, max_length=100)
    status = forms.ChoiceField(label="状态", required=False)
    light = forms.ChoiceField(label="预警", required=False)
    unit = forms.ModelChoiceField(Unit.objects.all(), label="单位", required=False, empty_label="全部单位")
    # A source id within the database integer: a larger number overflowed the query (a 500 before).
    source = forms.IntegerField(label="来源文件", required=False, widget=forms.HiddenInput, min_value=1,
                                max_value=2**63 - 1)
    due_before = forms.DateField(label="时限早于", required=False, widget=DateInput())

    def __init__(self, *args: Any, blanks: tuple[str, str] = ("全部状态", "全部"), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _set_choices(self.fields["status"], [("", blanks[0]), *Item.Status.choices])
        _set_choices(self.fields["light"], [("", blanks[1]), *Item.Light.choices])

    def choice_label(self, name: str, value: str) -> str:
        """The label of ``value`` among the choices of the field ``name`` (the value itself if unknown)."""
        choices = cast(list[tuple[Any, Any]], cast(forms.ChoiceField, self.fields[name]).choices)
        return str(dict(choices).get(value, value))


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

    def __init__(self, *args: Any, choices: Sequence[int] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _set_choices(self.fields["items"], [(pk, pk) for pk in choices])


# ---------------------------------------------------------------------------------------------- 立项


class ImportForm(forms.Form):
    # An empty file reaches the reader, so the refusal names the file like any other unreadable one.
    file = forms.FileField(label="上传文件", required=False, allow_empty_file=True)
    text = TextField(label="或粘贴正文", required=False, widget=forms.Textarea(attrs={"rows": 10}))
    title = forms.CharField(label="标题（可选，不填则自动识别）", required=False, max_length=300)

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        has_file, has_text = data.get("file") is not None, bool((data.get("text") or "").strip())
        if has_file == has_text:
            raise forms.ValidationError("请上传一个文件，或粘贴正文（二者选一）。")
        return data


class ProposalForm(forms.ModelForm):
    class Meta:
        model = Proposal
        fields = ["content", "heading", "metric", "target_value", "target_value_max", "target_unit",
                  "comparator", "deadline_year", "deadline_text", "due_date"]
        labels = {"target_value_max": "目标值上限", "comparator": "比较方式", "deadline_year": "目标年度",
                  "target_unit": "计量单位", "deadline_text": "原文时限（如 6月底前、年内）",
                  "due_date": "完成时限（留空则按原文时限推算）"}
        widgets = {"content": forms.Textarea(attrs={"rows": 3}), "due_date": DateInput()}
        field_classes = {"content": TextField}

    def save(self, commit: bool = True) -> Proposal:
        """A 完成时限 the clerk types is kept as 督查室指定; otherwise it follows the (edited) deadline."""
        proposal = super().save(commit=False)
        typed = "due_date" in self.changed_data and proposal.due_date is not None
        if typed:
            proposal.due_reason = CLERK_REASON
        elif proposal.due_reason == CLERK_REASON and proposal.due_date is not None:
            pass  # set by hand earlier and not touched now
        else:
            proposal.refresh_due()
        if commit:
            proposal.save()
        return proposal

    def clean_content(self) -> str:
        content = self.cleaned_data["content"].strip()
        if not content:
            raise forms.ValidationError("任务内容不能为空")
        return content

    def clean_deadline_year(self) -> int | None:
        year = self.cleaned_data["deadline_year"]
        if year is not None and not 1949 <= year <= 2100:
            raise forms.ValidationError("目标年度须在1949至2100之间")
        return year

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        low, high = data.get("target_value"), data.get("target_value_max")
        if high is not None and low is None:
            self.add_error("target_value", "填写上限时须同时填写目标值")
        elif low is not None and high is not None and high < low:
            self.add_error("target_value_max", "上限不能小于目标值")
        return data


class DeadlineForm(forms.Form):
    default_deadline = forms.DateField(label="默认完成时限", required=False, widget=DateInput())


# ---------------------------------------------------------------------------------------------- units


class UnitForm(forms.ModelForm):
    class Meta:
        model = Unit
        fields = ["name", "active"]


class UnitDutiesForm(forms.ModelForm):
    """The unit's short names and duty keywords, as the 督查室 keeps them for the suggestions."""

    class Meta:
        model = Unit
        fields = ["aliases", "duties", "active"]
        widgets = {
            "aliases": forms.Textarea(attrs={"rows": 2, "placeholder": "发改局、县发改局、发改部门"}),
            "duties": forms.Textarea(attrs={"rows": 5, "placeholder": "重大项目、固定资产投资、价格、能源"}),
        }
        field_classes = {"aliases": TextField, "duties": TextField}
        help_texts = {
            "aliases": "文件中对本单位的简称，每行一个或用顿号、空格分隔；原文点名时优先建议本单位。",
            "duties": "本单位职责关键词，每行一个或用顿号、空格分隔；任务原文含这些词时建议本单位牵头或配合。",
        }

    def clean_aliases(self) -> str:
        return "、".join(split_terms(self.cleaned_data["aliases"]))

    def clean_duties(self) -> str:
        return "、".join(split_terms(self.cleaned_data["duties"]))


class PersonForm(forms.ModelForm):
    class Meta:
        model = Person
        fields = ["name", "title", "phone"]


class UnitUserForm(forms.Form):
    # Django's own rule for user names (letters, digits and @.+-_), with the reason in Chinese.
    username = forms.CharField(label="登录名", max_length=150, validators=[UnicodeUsernameValidator(
        message="登录名只能包含字母、数字和 @ . + - _ 符号")])
    password = forms.CharField(label="初始密码", widget=forms.PasswordInput, min_length=10)
    # Shown instead of the login name wherever the account acts (留痕, 进展, 延期申请).
    name = forms.CharField(label="姓名（选填，页面上显示姓名而非登录名）", max_length=150, required=False)


# ---------------------------------------------------------------------------------------------- 考评


RULE_FIELDS = ["base_points", "on_time_points", "missed_report_points", "overdue_points", "late_feedback_points",
               "summons_red_days", "summons_red_items"]


class RulesForm(forms.ModelForm):
    class Meta:
        model = AssessmentRules
        fields = RULE_FIELDS
        widgets = {name: forms.NumberInput(attrs={"inputmode": "numeric", "min": 0}) for name in RULE_FIELDS}

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            # Points are added or deducted by their rule's name: a negative number would turn the sense round.
            if isinstance(field, forms.IntegerField):
                field.min_value = 0
            field.validators.append(MinValueValidator(0))


# ---------------------------------------------------------------------------------------------- 码上督


class FeedbackForm(forms.Form):
    """A citizen's feedback on a public item's page."""

    text = TextField(label="反馈意见或问题线索", widget=forms.Textarea(attrs={"rows": 5}))
    contact = forms.CharField(label="联系方式（选填，仅承办单位和督查室可见）", required=False,
                              max_length=Feedback.CONTACT_MAX_CHARS)
    # The honeypot: hidden by CSS, so people leave it empty and form-filling bots do not.
    website = forms.CharField(label="网址（请勿填写）", required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        limit = settings.LUOSHI_FEEDBACK_MAX_CHARS
        self.fields["text"].validators.append(MaxLengthValidator(limit))
        self.fields["text"].widget.attrs.update(maxlength=str(limit), placeholder=f"请如实反映情况，不超过{limit}字")
        self.fields["text"].error_messages["max_length"] = f"反馈内容不能超过{limit}字（现为%(show_value)d字）"
        self.fields["website"].widget.attrs.update(tabindex="-1", autocomplete="off")


class FeedbackAnswerForm(forms.Form):
    answer = TextField(label="答复内容（经督查室审核后公开）", max_length=Feedback.ANSWER_MAX_CHARS,
                       widget=forms.Textarea(attrs={"rows": 4}))


class FeedbackReviewForm(forms.Form):
    decision = forms.ChoiceField(label="审核结果", widget=forms.RadioSelect, choices=[
        ("publish", "同意公开"), ("return", "退回重答"), ("dismiss", "不予公开")])
    note = TextField(label="审核意见（退回重答时必填，不公开）", required=False,
                     widget=forms.Textarea(attrs={"rows": 2}))
