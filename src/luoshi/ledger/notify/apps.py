from django.apps import AppConfig


class NotifyConfig(AppConfig):
    name = "luoshi.ledger.notify"
    label = "notify"
    verbose_name = "消息通知"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from luoshi.ledger.notify import signals

        signals.connect()
