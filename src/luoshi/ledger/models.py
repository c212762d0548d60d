"""The ledger's tables: units and people, imported documents, review proposals, items and their records.

Items change only through :mod:`luoshi.ledger.workflow`; ``Item.version`` is the optimistic lock that
refuses a stale form, and :class:`HistoryRecord` rows are append-only (saving an existing one or
deleting any raises).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from luoshi.duedates import plan_year_of
from luoshi.proposals import due_fields
from luoshi.targets import OUTCOME_LABELS, target_text, verdict


def model_field(model: type[models.Model], name: str) -> models.Field:
    """A concrete field of ``model`` by name (``get_field`` may also give a reverse relation)."""
    field = model._meta.get_field(name)
    if not isinstance(field, models.Field):
        raise LookupError(f"{model.__name__}.{name} is not a concrete field")
    return field


class Role(models.TextChoices):
    SUPERVISOR = "supervisor", "督查室"
    LEADER = "leader", "领导"
    UNIT = "unit", "责任单位"


class Unit(models.Model):
    name = models.CharField("单位名称", max_length=100, unique=True)
    active = models.BooleanField("启用", default=True)
    # Short names the texts use (发改局) and duty keywords (项目 投资 价格), one per line or separated by spaces or
    # 、; the 牵头单位 suggester (luoshi.leads) matches a task's wording against them.
    aliases = models.TextField("简称", blank=True)
    duties = models.TextField("职责关键词", blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "单位"
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Person(models.Model):
    """A responsible person (责任人): named on items; not necessarily a user of the app."""

    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="people", verbose_name="单位")
    name = models.CharField("姓名", max_length=50)
    title = models.CharField("职务", max_length=50, blank=True)
    phone = models.CharField("电话", max_length=30, blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "责任人"
        ordering = ["unit__name", "name"]

    def __str__(self) -> str:
        return f"{self.name}（{self.unit.name}）"


class Profile(models.Model):
    """A user's role in the ledger and, for a unit user, the unit it acts for."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="ledger_profile")
    role = models.CharField("角色", max_length=20, choices=Role.choices)
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, null=True, blank=True, verbose_name="所属单位")

    class Meta:
        verbose_name = verbose_name_plural = "用户角色"

    def __str__(self) -> str:
        return f"{self.user.get_username()}：{self.get_role_display()}"


class Source(models.Model):
    """An imported speech or report, its clean text and what the extractor found in it."""

    class Status(models.TextChoices):
        REVIEWING = "reviewing", "待审核立项"
        FILED = "filed", "已立项"

    year = models.PositiveIntegerField("立项年度")
    sequence = models.PositiveIntegerField("文件序号")
    title = models.CharField("标题", max_length=300, blank=True)
    date = models.DateField("文件日期", null=True, blank=True)
    region = models.CharField("地区", max_length=100, blank=True)
    filename = models.CharField("文件名", max_length=300, blank=True)
    text = models.TextField("正文")
    extracted = models.JSONField("抽取结果", default=dict)  # luoshi/document@1 without its text
    default_deadline = models.DateField("默认完成时限", null=True, blank=True)
    status = models.CharField("状态", max_length=20, choices=Status.choices, default=Status.REVIEWING)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, verbose_name="上传人")
    created_at = models.DateTimeField("上传时间", auto_now_add=True)

    class Meta:
        verbose_name = verbose_name_plural = "来源文件"
        ordering = ["-year", "-sequence"]
        constraints = [models.UniqueConstraint(fields=["year", "sequence"], name="source_number_unique")]

    @property
    def number(self) -> str:
        return f"{self.year}-{self.sequence:03d}"

    def __str__(self) -> str:
        return f"{self.number} {self.title}"


class Comparator(models.TextChoices):
    AT_LEAST = "at_least", "不低于"
    AT_MOST = "at_most", "不高于"
    ABOUT = "about", "左右"
    RANGE = "range", "区间"
    EXACT = "exact", "等于"


class Proposal(models.Model):
    """A row of the proposed 任务分解表 on the review page, before it is filed as an item."""

    class Kind(models.TextChoices):
        TASK = "task", "任务"
        TARGET = "target", "目标"
        MANUAL = "manual", "手工添加"

    class Decision(models.TextChoices):
        PENDING = "pending", "待定"
        ACCEPTED = "accepted", "采纳"
        DROPPED = "dropped", "舍弃"

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="proposals")
    position = models.FloatField(default=0)  # order on the page; a split row goes between its neighbours
    kind = models.CharField(max_length=10, choices=Kind.choices)
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    content = models.TextField("任务内容")
    heading = models.CharField("所属章节", max_length=300, blank=True)
    metric = models.CharField("指标", max_length=200, blank=True)
    target_value = models.FloatField("目标值", null=True, blank=True)
    target_value_max = models.FloatField(null=True, blank=True)
    target_unit = models.CharField("单位", max_length=30, blank=True)
    comparator = models.CharField(max_length=10, choices=Comparator.choices, blank=True)
    deadline_year = models.PositiveIntegerField(null=True, blank=True)
    deadline_text = models.CharField("原文时限", max_length=100, blank=True)  # as written: 6月底前, 3至5年
    lead = models.CharField("原文牵头单位", max_length=100, blank=True)  # the unit the text names, as written
    # 完成时限 derived from the deadline (luoshi.duedates), or set by the clerk; the reason says which.
    due_date = models.DateField("完成时限", null=True, blank=True)
    due_reason = models.CharField("时限来源", max_length=100, blank=True)
    decision = models.CharField(max_length=10, choices=Decision.choices, default=Decision.PENDING)

    class Meta:
        ordering = ["position", "start"]

    def refresh_due(self) -> None:
        """The row's 完成时限 from its deadline year and text (and its document's plan year)."""
        source = self.source
        plan_year = plan_year_of(source.date, source.title, source.text)
        fields = due_fields(self.deadline_year, self.deadline_text, plan_year)
        self.due_date, self.due_reason = fields["due_date"], fields["due_reason"]


class Item(models.Model):
    """One numbered ledger item (编号 2026-003-07), linked to the sentence it came from."""

    class Status(models.TextChoices):
        FILED = "filed", "待交办"
        ASSIGNED = "assigned", "待签收"
        RETURNED = "returned", "已退回"
        IN_PROGRESS = "in_progress", "办理中"
        REVIEW = "review", "办结待审核"
        CLOSED = "closed", "已销号"

    class Light(models.TextChoices):
        GREEN = "green", "绿灯"
        YELLOW = "yellow", "黄灯"
        RED = "red", "红灯"

    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="items", verbose_name="来源文件")
    sequence = models.PositiveIntegerField("序号")
    number = models.CharField("编号", max_length=30, unique=True)
    content = models.TextField("任务内容")
    heading = models.CharField("所属章节", max_length=300, blank=True)
    source_start = models.PositiveIntegerField()
    source_end = models.PositiveIntegerField()
    evidence = models.TextField("原文")  # source.text[source_start:source_end] when filed
    metric = models.CharField("指标", max_length=200, blank=True)
    target_value = models.FloatField("目标值", null=True, blank=True)
    target_value_max = models.FloatField("目标值上限", null=True, blank=True)
    target_unit = models.CharField("计量单位", max_length=30, blank=True)
    comparator = models.CharField("比较方式", max_length=10, choices=Comparator.choices, blank=True)
    deadline_year = models.PositiveIntegerField("目标年度", null=True, blank=True)

    lead_unit = models.ForeignKey(Unit, on_delete=models.PROTECT, null=True, blank=True,
                                  related_name="lead_items", verbose_name="牵头单位")
    co_units = models.ManyToManyField(Unit, blank=True, related_name="co_items", verbose_name="配合单位")
    responsible = models.ForeignKey(Person, on_delete=models.PROTECT, null=True, blank=True, verbose_name="责任人")
    deadline = models.DateField("完成时限", null=True, blank=True)
    # Where the deadline came from (原文“6月底前”, 目标年度2026年, 文件默认时限, 督查室指定), shown to the clerk.
    deadline_reason = models.CharField("时限来源", max_length=100, blank=True)
    deadline_text = models.CharField("原文时限", max_length=100, blank=True)
    named_lead = models.CharField("原文牵头单位", max_length=100, blank=True)
    original_deadline = models.DateField("原定时限", null=True, blank=True)
    cadence_days = models.PositiveIntegerField("报送周期（天）", default=30)

    status = models.CharField("状态", max_length=20, choices=Status.choices, default=Status.FILED)
    light = models.CharField("预警", max_length=10, choices=Light.choices, default=Light.GREEN)
    light_reason = models.CharField("预警原因", max_length=200, blank=True)
    light_since = models.DateTimeField("本色预警起始", null=True, blank=True)  # for 约谈: red for how long
    percent = models.PositiveSmallIntegerField("完成进度", default=0)
    reported_value = models.FloatField("报送值", null=True, blank=True)
    reported_unit = models.CharField("报送单位", max_length=30, blank=True)
    is_public = models.BooleanField("公开", default=False)

    assigned_at = models.DateTimeField(null=True, blank=True)
    signed_at = models.DateTimeField(null=True, blank=True)
    last_report_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1)  # raised by every change; a form carries the one it saw

    class Meta:
        verbose_name = verbose_name_plural = "督办事项"
        ordering = ["source_id", "sequence"]
        constraints = [models.UniqueConstraint(fields=["source", "sequence"], name="item_sequence_unique")]
        indexes = [
            models.Index(fields=["status", "light"]),
            models.Index(fields=["lead_unit", "status"]),
            models.Index(fields=["deadline"]),
            models.Index(fields=["light"]),
        ]

    def __str__(self) -> str:
        return f"{self.number} {self.content[:30]}"

    @property
    def is_quantitative(self) -> bool:
        return self.target_value is not None

    @property
    def target_text(self) -> str:
        """The target as a clerk writes it: 不低于8%, 6%左右, 6～6.5%, 296亿元."""
        return target_text(self.target_value, self.target_value_max, self.target_unit, self.comparator)

    @property
    def verdict(self) -> str | None:
        """达标 / 未达标 / 待报 for a quantitative target; None for an item without one."""
        outcome = verdict(self)
        return OUTCOME_LABELS[outcome] if outcome else None


class Milestone(models.Model):
    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="milestones")
    title = models.CharField("节点", max_length=200)
    due = models.DateField("节点时限")
    done_at = models.DateTimeField("完成时间", null=True, blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "节点"
        ordering = ["due", "id"]


class ProgressReport(models.Model):
    """A unit's 反馈: progress at the item's cadence, or its 办结 report with evidence."""

    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="reports")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, null=True)
    text = models.TextField("进展情况")
    percent = models.PositiveSmallIntegerField("完成进度")
    value = models.FloatField("完成值", null=True, blank=True)
    value_unit = models.CharField("单位", max_length=30, blank=True)
    is_completion = models.BooleanField("办结报告", default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]


class Attachment(models.Model):
    report = models.ForeignKey(ProgressReport, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to="%Y/%m/")
    name = models.CharField(max_length=200)
    size = models.PositiveBigIntegerField()
    content_type = models.CharField(max_length=100)  # of the type sniffed from the bytes (kind), never the browser's
    # The type its bytes are (luoshi.ledger.attachment_types: "pdf", "png", "docx"…); empty for a file stored
    # before uploads were checked, which is only ever served as a download.
    kind = models.CharField("文件类型", max_length=20, blank=True)
    is_public = models.BooleanField("公开", default=False)


class Reminder(models.Model):
    """A 催办 to the lead unit: sent by the supervisor, or by the daily lights command."""

    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="reminders")
    sender = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True)
    message = models.TextField("催办内容")
    automatic = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]


class ExtensionRequest(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "待审批"
        APPROVED = "approved", "已批准"
        REFUSED = "refused", "未批准"

    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="extensions")
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    reason = models.TextField("申请理由")
    old_deadline = models.DateField("原时限")
    new_deadline = models.DateField("申请延至")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+")
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_note = models.TextField("审批意见", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]


class Instruction(models.Model):
    """领导批示: a leader's written instruction on an item or on a whole document, shown to the units concerned
    and listed in the 进度通报; with ``report_due`` it asks the units for a progress report by that day."""

    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+",
                               verbose_name="批示领导")
    item = models.ForeignKey(Item, on_delete=models.PROTECT, null=True, blank=True, related_name="instructions",
                             verbose_name="督办事项")
    source = models.ForeignKey(Source, on_delete=models.PROTECT, null=True, blank=True,
                               related_name="instructions", verbose_name="来源文件")
    text = models.TextField("批示内容")
    report_due = models.DateField("要求报告时限", null=True, blank=True)
    created_at = models.DateTimeField("批示时间", auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = verbose_name_plural = "领导批示"
        ordering = ["-created_at", "-id"]
        constraints = [models.CheckConstraint(
            condition=models.Q(item__isnull=False, source__isnull=True) | models.Q(item__isnull=True,
                                                                                 source__isnull=False),
            name="instruction_on_item_or_source")]

    @property
    def subject(self) -> str:
        """What it is written on: 事项 2026-003-07, or 文件 2026-003 标题."""
        if self.item is not None:
            return f"事项 {self.item.number}"
        if self.source is not None:
            return f"文件 {self.source.number} {self.source.title}"
        return ""


class SubmissionKey(models.Model):
    """The one-time key of a submitted form, stored in the transaction of the change the form made: a second
    POST of the same form (back and submit again, a double click) finds its key taken and changes nothing."""

    key = models.CharField(max_length=64, unique=True)
    path = models.CharField(max_length=300)  # where it was posted, to say what a replay repeated
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)


class HistoryRecord(models.Model):
    """One change, append-only; ``hash`` covers the record and the previous record's hash (全程留痕)."""

    seq = models.PositiveBigIntegerField(unique=True)
    item = models.ForeignKey(Item, on_delete=models.PROTECT, null=True, blank=True, related_name="history")
    subject = models.CharField(max_length=100)  # the item number or what else changed ("来源 2026-003")
    actor = models.CharField(max_length=150)  # the username as it was, so a record outlives its user
    action = models.CharField(max_length=40)
    before = models.JSONField(default=dict)
    after = models.JSONField(default=dict)
    note = models.TextField(blank=True)
    created_at = models.DateTimeField()
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64, unique=True)

    class Meta:
        verbose_name = verbose_name_plural = "操作留痕"
        ordering = ["seq"]

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise PermissionError("history records are append-only")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionError("history records are append-only")


class Feedback(models.Model):
    """码上督: a citizen's feedback or clue on a published item, routed as a 核查 sub-item to the lead unit.

    即时联、现时办: the unit answers by ``response_due``; the answer is public once the supervisor approves.
    ``contact`` and ``client_key`` are never shown on a public page.
    """

    CONTACT_MAX_CHARS = 100
    ANSWER_MAX_CHARS = 2000

    class Status(models.TextChoices):
        NEW = "new", "待答复"
        ANSWERED = "answered", "已答复待审核"
        PUBLISHED = "published", "已公开"
        DISMISSED = "dismissed", "不予公开"

    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="feedback", verbose_name="督办事项")
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, null=True, related_name="feedback",
                             verbose_name="承办单位")
    text = models.TextField("反馈内容")
    contact = models.CharField("联系方式", max_length=CONTACT_MAX_CHARS, blank=True)
    client_key = models.CharField(max_length=64, db_index=True)  # a keyed hash of the client address
    created_at = models.DateTimeField("提交时间", auto_now_add=True, db_index=True)
    response_due = models.DateField("答复时限")
    status = models.CharField("状态", max_length=10, choices=Status.choices, default=Status.NEW)
    answer = models.TextField("答复", blank=True)
    answered_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                    related_name="+")
    answered_at = models.DateTimeField("答复时间", null=True, blank=True)
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                    related_name="+")
    reviewed_at = models.DateTimeField(null=True, blank=True)
    review_note = models.TextField("审核意见", blank=True)
    # 查询码 (FK-7KQ3-M9XD): given to the citizen on sending, to look the feedback's state up on a public page;
    # random, so one code does not lead to the next (luoshi.ledger.tracking).
    tracking = models.CharField("查询码", max_length=16, unique=True, null=True, blank=True, editable=False)

    class Meta:
        verbose_name = verbose_name_plural = "群众反馈（核查）"
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["unit", "status"]), models.Index(fields=["item", "status"])]


class AssessmentRules(models.Model):
    """考评 and 约谈 rules the supervisor configures (one row, pk=1)."""

    base_points = models.IntegerField("基础分", default=100)
    on_time_points = models.IntegerField("按期办结加分（每项）", default=2)
    missed_report_points = models.IntegerField("漏报进展扣分（每次）", default=10)
    overdue_points = models.IntegerField("逾期事项扣分（每项）", default=5)
    late_feedback_points = models.IntegerField("群众反馈超时答复扣分（每条）", default=3)
    summons_red_days = models.PositiveIntegerField("红灯持续天数达到即列入约谈", default=30)
    summons_red_items = models.PositiveIntegerField("红灯事项数达到即列入约谈", default=3)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = verbose_name_plural = "考评规则"

    @classmethod
    def current(cls) -> AssessmentRules:
        return cls.objects.get_or_create(pk=1)[0]


class ChainHead(models.Model):
    """The single row that serialises appends to the history chain (locked by each writer)."""

    seq = models.PositiveBigIntegerField(default=0)
    hash = models.CharField(max_length=64, default="0" * 64)
