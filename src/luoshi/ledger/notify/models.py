"""The notification tables: a unit's channels, the outbox and its delivery log."""

from __future__ import annotations

from django.db import models

from luoshi.ledger.models import Item, Unit


class Channel(models.Model):
    """Where a unit's notices go: an e-mail list or a group robot. Without a unit it is the 督查室's own channel,
    which receives the events it subscribes to for every unit."""

    class Kind(models.TextChoices):
        EMAIL = "email", "电子邮件"
        DINGTALK = "dingtalk", "钉钉群机器人"
        WECOM = "wecom", "企业微信群机器人"

    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, null=True, blank=True, related_name="channels",
                             verbose_name="单位")  # None: the 督查室
    name = models.CharField("名称", max_length=100, blank=True)
    kind = models.CharField("方式", max_length=20, choices=Kind.choices)
    # E-mail: addresses separated by commas; a robot: its webhook URL (which holds its access token).
    address = models.CharField("收件地址 / Webhook 地址", max_length=500)
    secret = models.CharField("钉钉加签密钥", max_length=200, blank=True)
    events = models.JSONField("通知事项", default=list)  # codes of luoshi.ledger.notify.events.EVENTS
    enabled = models.BooleanField("启用", default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = verbose_name_plural = "通知渠道"
        ordering = ["unit__name", "id"]

    def __str__(self) -> str:
        owner = self.unit.name if self.unit is not None else "督查室"
        return f"{owner} · {self.name or self.get_kind_display()}"


class Message(models.Model):
    """One notice for one channel, rendered when queued; ``key`` makes queuing it twice a no-op."""

    class Status(models.TextChoices):
        PENDING = "pending", "待发送"
        SENT = "sent", "已发送"
        FAILED = "failed", "发送失败"
        CANCELLED = "cancelled", "已取消"

    channel = models.ForeignKey(Channel, on_delete=models.CASCADE, related_name="messages", verbose_name="渠道")
    key = models.CharField(max_length=200, unique=True)  # e.g. due_soon:i12:2026-06-30:d3:c4
    event = models.CharField("事项", max_length=30)
    item = models.ForeignKey(Item, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    title = models.CharField("标题", max_length=200)
    body = models.TextField("内容")  # plain lines; each transport formats them
    link = models.CharField("链接", max_length=500, blank=True)
    status = models.CharField("状态", max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField("已尝试次数", default=0)
    # When it may next be tried: now when queued, later after a failure (backoff), or while a sender holds it.
    next_attempt_at = models.DateTimeField("下次尝试")
    claim = models.CharField(max_length=32, blank=True)  # the sending round that holds it (outbox.send_due)
    last_error = models.TextField("最近错误", blank=True)
    created_at = models.DateTimeField("生成时间", auto_now_add=True)
    sent_at = models.DateTimeField("发送时间", null=True, blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "待发消息"
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["status", "next_attempt_at"]), models.Index(fields=["channel", "status"])]

    def __str__(self) -> str:
        return self.title


class Delivery(models.Model):
    """One attempt to deliver a message: when, whether it went, and what the other side said."""

    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="deliveries")
    post = models.CharField(max_length=32)  # the messages sent together in one request share it
    at = models.DateTimeField("时间")
    ok = models.BooleanField("成功")
    http_status = models.PositiveSmallIntegerField("HTTP 状态", null=True, blank=True)
    error = models.TextField("错误", blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "投递记录"
        ordering = ["-at", "-id"]
